"""The one order matches are listed in, on every surface (search, /add, /jobs, digests)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from core.model import Posting, StoredMatch

OrderKey = tuple[int, int, float, float, float, str]
T = TypeVar("T")


def best_first(
    posting: Posting, missing: int, unmet: int, score: float, prefer: float = 0.0
) -> OrderKey:
    """The sort key of a match: postings meeting every part asked for (title, skills, place,
    pay, level) at least in part first, then those fitting every part fully; among those fitting
    alike, those naming a workplace or shift the search prefers ("nurse hospital", "nurse
    nights"), then by score (its 3 points stay in it), then the newest posting, then the
    posting's id: equal matches list alike wherever they are read from."""
    return (missing, unmet, -prefer, -score, -_posted(posting), posting.id)


def _posted(posting: Posting) -> float:
    """When the posting was posted, as a timestamp; undated ones the oldest."""
    return posting.posted_at.timestamp() if posting.posted_at is not None else -math.inf


def by_score(
    items: Iterable[T], posting: Callable[[T], Posting], score: Callable[[T], float]
) -> list[T]:
    """Items in best_first() order of matches scored alone (no part, shift known): as three
    stable sorts on plain keys, faster than one on best_first's tuples (/explore sorts tens of
    thousands of matches)."""
    ordered = sorted(items, key=lambda item: posting(item).id)
    ordered.sort(key=lambda item: -_posted(posting(item)))
    ordered.sort(key=lambda item: -score(item))
    return ordered


def stored_first(match: StoredMatch) -> OrderKey:
    """best_first() of a stored match."""
    return best_first(match.posting, match.missing, match.unmet, match.score, match.prefer)


# The three parts of the one order, as `concierge search --json` names a match's ("fit").
FITS = ("every part", "in part", "missing a part")


def fit_group(short: Sequence[str], lacking: Sequence[str]) -> int:
    """Which part of the one order a match is in: 0 fits every part asked for, 1 meets every
    part but some only in part (short), 2 misses one altogether (lacking)."""
    return 2 if lacking else 1 if short else 0


def parting_lines(
    matches: Sequence[tuple[Sequence[str], Sequence[str]]],
    prefers: Sequence[float] = (),
    preferred: Sequence[str] = (),
) -> list[str]:
    """The line shown above each of a list's matches, given as (short, lacking) in the one order:
    empty but where fewer parts asked for start to fit fully than above, where it names the
    parts the matches from there on fall short on, so a higher score listed later is explained
    ("Short on 1 part (level or pay):", "Missing 1 part (skills), short on 1 more (place):"),
    and where, among matches fitting alike, those naming none of the preferred workplaces or
    shifts start (prefers: each match's best_first prefer; "Not naming hospital:")."""
    lines = []
    above = (0, 0)
    for at, (short, lacking) in enumerate(matches):
        tier = (len(lacking), len(short))
        if tier <= above:
            dropped = at and prefers and prefers[at] <= 0 < prefers[at - 1]
            lines.append(f"Not naming {' or '.join(preferred)}:" if dropped and preferred else "")
            continue
        above = tier
        alike = [(s, lack) for s, lack in matches[at:] if (len(lack), len(s)) == tier]
        missing, unmet = tier
        partly = _among([n for s, lack in alike for n in s if n not in lack], unmet - missing)
        if not missing:
            lines.append(f"Short on {_parts(unmet)} ({partly}):")
            continue
        missed = _among([n for _, lack in alike for n in lack], missing)
        also = f", short on {unmet - missing} more ({partly})" if unmet > missing else ""
        lines.append(f"Missing {_parts(missing)} ({missed}){also}:")
    return lines


def _parts(n: int) -> str:
    """'1 part', '2 parts'."""
    return f"{n} part" + ("" if n == 1 else "s")


def _among(names: Sequence[str], n: int) -> str:
    """The parts named, once each: 'pay and level' when each match is short on all of them,
    else 'level, pay or title' (each on n of them)."""
    *rest, last = dict.fromkeys(names) or [""]
    if not rest:
        return last
    return f"{', '.join(rest)} {'and' if len(rest) + 1 == n else 'or'} {last}"
