"""The one order matches are listed in, on every surface (search, /add, /jobs, digests)."""

from __future__ import annotations

OrderKey = tuple[int, int, float, float]


def best_first(missing: int, unmet: int, score: float, prefer: float = 0.0) -> OrderKey:
    """The sort key of a match: postings meeting every part asked for (title, skills, place,
    pay, level) at least in part first, then those fitting every part fully, then by score; a
    shift preferred breaks ties (its points cannot lift a score above 100)."""
    return (missing, unmet, -score, -prefer)
