"""The figures of one exploration: plain frozen data, light to import (adapters render it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MIN_FOR_PERCENTILES = 5  # below this many values, percentiles say nothing: the values are shown


@dataclass(frozen=True, slots=True)
class Share:
    """A name and the share (0–1) of postings it applies to."""

    name: str
    share: float


@dataclass(frozen=True, slots=True)
class Count:
    """A name and how many postings it applies to."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class Pay:
    """Annual pay in one currency: quartiles (None below MIN_FOR_PERCENTILES), range and n."""

    currency: str | None  # None: the postings state pay without a currency
    n: int
    low: float
    high: float
    p25: float | None = None
    p50: float | None = None
    p75: float | None = None
    values: tuple[float, ...] = field(default=(), repr=False, compare=False)  # for the chart


@dataclass(frozen=True, slots=True)
class Market:
    """What the open postings a query matches look like now."""

    query: str
    understood: str
    open: int
    new_7d: int
    new_prev_7d: int
    skills: tuple[Share, ...]
    pay: tuple[Pay, ...]  # most postings first
    workplace: tuple[Share, ...]  # remote, hybrid, onsite, not stated
    locations: tuple[Count, ...]
    companies: tuple[Count, ...]
    levels: tuple[Share, ...]
    read_from: int  # postings whose text was read for skills, workplace and level (a sample)
    unnamed: int = 0  # of those read, the postings naming no skill (federal ones have no text)
    # What /add's matches say when none of them states the place, workplace or pay asked
    # (core.matching.unstated): the count is of postings kept as maybes.
    unstated: str = ""
    # The skills and specialties asked ("ICU"), and how many postings read name every one of
    # them: what the count of matches holds besides the postings that do ("icu nurse": every
    # nurse posting, 1 naming ICU). Empty when none was asked.
    asked: str = ""
    naming: int = 0

    @property
    def few_name_skills(self) -> bool:
        """Whether most postings read name no skill: the skills' shares are of few postings."""
        return self.unnamed * 2 > self.read_from

    def to_json(self) -> dict[str, Any]:
        """The figures as `concierge explore --json` prints them."""
        return {
            "query": self.query,
            "understood": self.understood,
            "open": self.open,
            "new_7d": self.new_7d,
            "new_prev_7d": self.new_prev_7d,
            "skills": [{"name": s.name, "share": round(s.share, 3)} for s in self.skills],
            "pay": [
                {
                    "currency": p.currency,
                    "p25": _whole(p.p25),
                    "p50": _whole(p.p50),
                    "p75": _whole(p.p75),
                    "n": p.n,
                }
                for p in self.pay
            ],
            "workplace": {s.name: round(s.share, 3) for s in self.workplace},
            "locations": [{"name": c.name, "count": c.count} for c in self.locations],
            "companies": [{"name": c.name, "count": c.count} for c in self.companies],
            "levels": {s.name: round(s.share, 3) for s in self.levels},
        }


def _whole(value: float | None) -> int | None:
    """An amount rounded to the unit, or None."""
    return None if value is None else round(value)
