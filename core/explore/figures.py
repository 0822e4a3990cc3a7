"""The figures of a market from the postings a query matches: pure, CPU-bound (run off the loop)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

import numpy as np

from core.explore.model import MIN_FOR_PERCENTILES, Count, Market, Pay, Share
from core.matching.features import GOVERNMENT, Features, features
from core.matching.query.model import skill_members
from core.matching.vocab import vocabulary
from core.model import Posting

# The matcher's reading of a posting's text (skills, workplace, level) costs about 0.4 ms, so
# at most this many postings, evenly spread over the matches, are read; counts, pay, places
# and companies always use every match.
READ_AT_MOST = 400
TOP_SKILLS = 8
TOP_PLACES = 5
WORKPLACES = ("remote", "hybrid", "onsite")
NOT_STATED = "not stated"
LEVELS = ("intern", "junior", "mid", "senior", "staff", "principal", "lead")
WEEK = timedelta(days=7)
T = TypeVar("T")


def market(
    query: str,
    understood: str,
    postings: Sequence[Posting],
    now: datetime,
    analysed: Sequence[Features] | None = None,
    unknown: str = "",
    asked: Sequence[str] = (),
) -> Market:
    """The figures over these postings (one per job) as of now.

    analysed: each posting's features when known already (the index over open postings keeps
    them), else the sampled postings' text is read; unknown: what none of them states of the
    place, workplace or pay asked (core.matching.unstated); asked: the query's skill keys (an
    any-of group's members joined as the matcher keeps them), counted where postings name them.
    """
    dated = [p.posted_at for p in postings if p.posted_at is not None]
    read = spread(range(len(postings)), READ_AT_MOST)
    seen = [features(postings[i]) if analysed is None else analysed[i] for i in read]
    skill_names = vocabulary().skill_names
    # The employer being a government is what its postings are, no skill they ask for.
    named = [[key for key in f.skills if key != GOVERNMENT] for f in seen]
    skills = Counter(key for keys in named for key in keys)
    return Market(
        query=query,
        understood=understood,
        open=len(postings),
        new_7d=sum(1 for at in dated if now - WEEK < at <= now),
        new_prev_7d=sum(1 for at in dated if now - 2 * WEEK < at <= now - WEEK),
        skills=tuple(
            Share(skill_names.get(key, key), n / len(read))
            for key, n in sorted(skills.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SKILLS]
        ),
        pay=pay_by_currency(postings),
        workplace=_shares((f.workplace for f in seen), WORKPLACES, len(read)),
        locations=top_names((p.location for p in postings), TOP_PLACES),
        companies=top_names((p.company for p in postings), TOP_PLACES),
        levels=_shares((f.seniority for f in seen), LEVELS, len(read)),
        read_from=len(read),
        unnamed=sum(1 for keys in named if not keys),
        unstated=unknown,
        asked=" and ".join(_skill_name(key) for key in asked),
        naming=sum(1 for keys in named if all(_named_in(key, keys) for key in asked)),
    )


def _skill_name(key: str) -> str:
    """A skill key as people read it: "ICU", an any-of group "Go or Rust"."""
    names = vocabulary().skill_names
    return " or ".join(names.get(m, m) for m in skill_members(key))


def _named_in(key: str, named: Sequence[str]) -> bool:
    """Whether a posting naming these skills names the skill key (an any-of group: a member)."""
    return any(member in named for member in skill_members(key))


def spread(items: Sequence[T], at_most: int) -> Sequence[T]:
    """All items, or at_most of them evenly spaced (the same ones every time)."""
    if len(items) <= at_most:
        return items
    step = len(items) / at_most
    return [items[int(i * step)] for i in range(at_most)]


def _shares(values: Iterable[str | None], order: tuple[str, ...], total: int) -> tuple[Share, ...]:
    """The share of each known value, in order, then of the rest as "not stated"; zeros left out."""
    counts = Counter(value if value in order else NOT_STATED for value in values)
    return tuple(
        Share(name, counts[name] / total) for name in (*order, NOT_STATED) if counts[name] and total
    )


def top_names(values: Iterable[str], limit: int) -> tuple[Count, ...]:
    """The most frequent non-empty names, compared without case, as first written."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    # Each distinct value is folded once (tens of thousands of matches, a few hundred names);
    # a Counter keeps first sight order, so ties and spellings come out as one pass over all:
    # equal counts in the order of their first posting (the one order, core.matching.order).
    for value, n in Counter(values).items():
        name = " ".join(value.split())
        if name:
            key = name.casefold()
            counts[key] += n
            shown.setdefault(key, name)
    return tuple(Count(shown[key], n) for key, n in counts.most_common(limit))


def annual_pay(posting: Posting) -> float | None:
    """One figure for a posting's (already annual) pay: the middle of its range."""
    low, high = posting.salary_min, posting.salary_max
    if low is not None and low > 0:
        return (low + high) / 2 if high is not None and high > 0 else float(low)
    if high is not None and high > 0:
        return float(high)
    return None


def _stated(posting: Posting) -> tuple[float, float]:
    """The bottom and top of a posting's pay as stated (one figure: both)."""
    said = [x for x in (posting.salary_min, posting.salary_max) if x is not None and x > 0]
    return min(said), max(said)


def pay_by_currency(postings: Iterable[Posting]) -> tuple[Pay, ...]:
    """Pay per currency, most postings first: the range from the lowest bottom to the highest top
    stated ("€30k–€36k" and "€55k–€65k": €30k–€65k), quartiles of the postings' middles from
    MIN_FOR_PERCENTILES values on."""
    by_currency: dict[str | None, list[tuple[float, Posting]]] = {}
    for posting in postings:
        amount = annual_pay(posting)
        if amount is not None:
            by_currency.setdefault(posting.currency or None, []).append((amount, posting))
    rows = []
    for currency, paid in sorted(by_currency.items(), key=lambda kv: (-len(kv[1]), kv[0] or "")):
        values = [amount for amount, _ in paid]
        spans = [_stated(posting) for _, posting in paid]
        low, high = min(b for b, _ in spans), max(t for _, t in spans)
        row = Pay(currency, len(values), low, high, values=tuple(values))
        if len(values) >= MIN_FOR_PERCENTILES:
            p25, p50, p75 = (float(q) for q in np.percentile(values, [25, 50, 75]))
            row = Pay(currency, row.n, row.low, row.high, p25, p50, p75, row.values)
        rows.append(row)
    return tuple(rows)
