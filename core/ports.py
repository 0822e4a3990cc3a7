"""Ports: the interfaces the outside world implements for the core."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from core.model import Posting, SavedSearch, Sensitivity, Subscriber, SubscriberKey

UpsertOutcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A posting matched to one or more of a subscriber's searches, best score first."""

    posting: Posting
    score: float
    reasons: tuple[str, ...]
    search_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class NewMatch:
    """A match to record: which search, which posting, how good and why."""

    search_id: int
    posting_id: str
    score: float
    reasons: tuple[str, ...]


class Clock(Protocol):
    """Tells the time (aware, UTC); tests pass a controllable one."""

    def now(self) -> datetime:
        """Return the current time."""
        ...


class Store(Protocol):
    """Durable storage of subscribers, searches, postings and matches."""

    async def close(self) -> None:
        """Release the store."""
        ...

    async def subscriber(self, key: SubscriberKey, now: datetime) -> Subscriber:
        """Return the subscriber with this key, creating it on first sight."""
        ...

    async def add_search(
        self,
        subscriber_id: int,
        raw_text: str,
        parsed_json: str,
        parser_version: int,
        sensitivity: Sensitivity,
        limit: int,
        now: datetime,
    ) -> SavedSearch | None:
        """Save a search, or return None when the subscriber already has limit searches."""
        ...

    async def searches(self, subscriber_id: int) -> list[SavedSearch]:
        """Return one subscriber's searches, oldest first."""
        ...

    async def active_searches(self) -> list[SavedSearch]:
        """Return every active search of every subscriber."""
        ...

    async def delete_search(self, subscriber_id: int, search_id: int) -> bool:
        """Delete a subscriber's search and its matches; False if it was not theirs."""
        ...

    async def set_search_active(self, subscriber_id: int, search_id: int, active: bool) -> bool:
        """Pause or resume a subscriber's search; False if it was not theirs."""
        ...

    async def set_search_sensitivity(
        self, subscriber_id: int, search_id: int, sensitivity: Sensitivity
    ) -> bool:
        """Change a subscriber's search sensitivity; False if it was not theirs."""
        ...

    async def update_parsed(self, search_id: int, parsed_json: str, parser_version: int) -> None:
        """Store a re-parsed form of a search after the parser changed."""
        ...

    async def upsert_postings(
        self, postings: Sequence[Posting], now: datetime
    ) -> list[UpsertOutcome]:
        """Insert or update postings by id; one outcome per posting, in order."""
        ...

    async def posting(self, posting_id: str) -> Posting | None:
        """Return one posting by id, open or closed."""
        ...

    async def open_postings(self) -> list[Posting]:
        """Return every posting not marked closed."""
        ...

    async def count_open_postings(self) -> int:
        """Count the postings not marked closed."""
        ...

    async def replace_search_matches(
        self, search_id: int, matches: Sequence[NewMatch], now: datetime
    ) -> None:
        """Replace every stored match of one search."""
        ...

    async def replace_posting_matches(
        self, posting_ids: Sequence[str], matches: Sequence[NewMatch], now: datetime
    ) -> None:
        """Replace every stored match of these postings."""
        ...

    async def best_matches(self, subscriber_id: int, limit: int) -> list[StoredMatch]:
        """Return the subscriber's best matches over active searches and open postings."""
        ...

    async def match_counts(self, subscriber_id: int) -> dict[int, int]:
        """Return the number of stored matches per search of one subscriber."""
        ...
