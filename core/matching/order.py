"""The one order matches are listed in, on every surface (search, /add, /jobs, digests)."""

from __future__ import annotations

import math

from core.model import Posting, StoredMatch

OrderKey = tuple[int, int, float, float, float, str]


def best_first(
    posting: Posting, missing: int, unmet: int, score: float, prefer: float = 0.0
) -> OrderKey:
    """The sort key of a match: postings meeting every part asked for (title, skills, place,
    pay, level) at least in part first, then those fitting every part fully, then by score; a
    shift preferred breaks ties (its points cannot lift a score above 100), then the newest
    posting, then the posting's id: equal matches list alike wherever they are read from."""
    posted = posting.posted_at.timestamp() if posting.posted_at is not None else -math.inf
    return (missing, unmet, -score, -prefer, -posted, posting.id)


def stored_first(match: StoredMatch) -> OrderKey:
    """best_first() of a stored match."""
    return best_first(match.posting, match.missing, match.unmet, match.score, match.prefer)
