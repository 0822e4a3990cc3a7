"""Saying when none of the postings a search found states what it asks of place, workplace or
pay: they are kept as maybes, and ranked after any that state it and meet it."""

from __future__ import annotations

from collections.abc import Iterable

from core.matching.money import money
from core.matching.query.model import ParsedQuery
from core.model import Posting


def unstated(query: ParsedQuery, postings: Iterable[Posting]) -> str:
    """The note for found postings none of which states the place, workplace or pay asked for
    ("nurse in ohio": federal postings naming no place), or "" when one does."""
    shown = list(postings)
    if not shown:
        return ""
    asked = {
        "place": bool(query.locations) and not any(p.location for p in shown),
        "workplace": bool(query.workplaces) and not any(p.workplace for p in shown),
        "pay": query.salary_min is not None
        and not any(p.salary_min or p.salary_max for p in shown),
    }
    missing = [what for what, none in asked.items() if none]
    if not missing:
        return ""
    wants = [query.where] if {"place", "workplace"} & set(missing) and query.where else []
    if "pay" in missing and query.salary_min is not None:
        wants.append(f"paying ≥ {money(query.salary_min, query.currency)}")
    said = ", ".join(missing[:-1]) + " or " + missing[-1] if len(missing) > 1 else missing[0]
    return f"None of these states its {said}: I found no posting known to be {', '.join(wants)}."
