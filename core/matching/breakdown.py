"""The arithmetic `concierge explain` shows: every part in points of 100, rounded to tenths so
that the parts shown add up to the score shown and none is above the points it is out of."""

from __future__ import annotations

import math
from collections.abc import Sequence

from core.scores import score_text

_NOISE = 1e-9  # float sums of exact tenths land a hair below them
_NO_CAP = 10**12  # tenths: no part is worth this many


def tenths(values: Sequence[float], total: int, caps: Sequence[int] | None = None) -> list[int]:
    """Values (≥ 0) as whole tenths adding up to total (in tenths): each rounded down, then
    those with the largest remainders up, the earliest first on a tie, none above its cap.

    A value that rounds to its cap (a part met in full) is its cap, the others sharing the rest,
    so that "100% of 63.2 points" is 63.2, never 63.1 (when the rest can still add up)."""
    if caps is not None:
        full = [
            i for i, (v, cap) in enumerate(zip(values, caps, strict=True)) if _half_up(v) >= cap
        ]
        rest = [i for i in range(len(values)) if i not in full]
        left = total - sum(caps[i] for i in full)
        shared = _spread([values[i] for i in rest], left, [caps[i] for i in rest])
        if full and left >= 0 and sum(shared) == left:
            out = list(caps)
            for i, got in zip(rest, shared, strict=True):
                out[i] = got
            return out
    return _spread(values, total, caps)


def _half_up(value: float) -> int:
    """A value in whole tenths, halves up."""
    return math.floor(value * 10.0 + 0.5 + _NOISE)


def _spread(values: Sequence[float], total: int, caps: Sequence[int] | None) -> list[int]:
    """tenths without pinning the parts met in full."""
    scaled = [v * 10.0 for v in values]
    top = list(caps) if caps is not None else [_NO_CAP] * len(scaled)
    out = [min(math.floor(s + _NOISE), t) for s, t in zip(scaled, top, strict=True)]
    short = total - sum(out)
    order = sorted(range(len(out)), key=lambda i: (out[i] - scaled[i], i))
    while short > 0 and any(out[i] < top[i] for i in order):
        for i in order:
            if short and out[i] < top[i]:
                out[i] += 1
                short -= 1
    return out


def shown(points: int) -> str:
    """Tenths as shown: "43.6", as a score is (core.scores)."""
    return score_text(points / 10)


def in_all(parts: Sequence[int]) -> str:
    """The sum line of parts in tenths: "in all: 43.6 + 22.7 = 66.3 of 100" ("in all: 85.0 of
    100" for one)."""
    added = f"{' + '.join(map(shown, parts))} = " if len(parts) > 1 else ""
    return f"in all: {added}{shown(sum(parts))} of 100"
