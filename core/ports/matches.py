"""The matches port."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from core.model import AlertCheck, DigestInputs, MatchCount, StoredMatch


class MatchStore(Protocol):
    """A subscriber's stored matches: the best, counts per search, unsent ones, new strong ones."""

    async def best_matches(
        self, subscriber_id: int, limit: int, search_id: int | None = None
    ) -> list[StoredMatch]:
        """The subscriber's best matches over active searches (or one search, paused or not),
        open postings."""
        ...

    async def match_counts(self, subscriber_id: int, at_most: int) -> dict[int, MatchCount]:
        """How many open postings each search of one subscriber has stored matches with,
        counted up to at_most (more past it, or when the search passed more than it keeps)."""
        ...

    async def searches_matching(self, subscriber_id: int, posting_id: str) -> list[int]:
        """Ids of the subscriber's searches that matched a posting."""
        ...

    async def unsent_matches(self, subscriber_id: int) -> list[StoredMatch]:
        """Matches never sent to this subscriber, best first."""
        ...

    async def digest_inputs(self, subscriber_ids: Sequence[int]) -> dict[int, DigestInputs]:
        """Each subscriber's unsent matches, searches, mutes and feedback, read in bulk."""
        ...

    async def new_alert_matches(self, subscriber_id: int, min_score: int) -> AlertCheck:
        """Strong matches recorded since the last alert check, of postings newer than searches."""
        ...

    async def mark_alerts_checked(self, subscriber_id: int, until: datetime) -> None:
        """Move the subscriber's alert cursor: later checks read only newer matches."""
        ...
