"""Ports: the interfaces the outside world implements for the core."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from core.chat.replies import Reply
from core.model import (
    DigestSettings,
    Posting,
    SavedSearch,
    Sensitivity,
    Subscriber,
    SubscriberKey,
)

UpsertOutcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A posting matched to one or more of a subscriber's searches, best score first."""

    posting: Posting
    score: float
    reasons: tuple[str, ...]
    search_ids: tuple[int, ...]
    ref: int = 0
    folded: tuple[str, ...] = ()  # ids of the same job on other sources, shown in this card


@dataclass(frozen=True, slots=True)
class NewMatch:
    """A match to record: which search, which posting, how good and why."""

    search_id: int
    posting_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AlertCheck:
    """What one alert check read: the alertable matches, and how far it read."""

    matches: list[StoredMatch]
    read_until: datetime | None  # the newest match time read; None when nothing was new


@dataclass(frozen=True, slots=True)
class SearchChange:
    """A saved search changed by some process: its row now, None when deleted."""

    search_id: int
    search: SavedSearch | None


@dataclass(frozen=True, slots=True)
class Recorded:
    """What storing a batch of postings with their matches did."""

    outcomes: list[UpsertOutcome]
    matches: int


class LiveIndex(Protocol):
    """The in-memory search index, kept in step inside the store's write transactions."""

    @property
    def cursor(self) -> int:
        """The id of the last search change applied."""
        ...

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        """Apply the search changes logged up to cursor."""
        ...

    def matches(self, postings: Sequence[Posting]) -> list[NewMatch]:
        """The matches of these postings against the indexed searches."""
        ...


Scorer = Callable[[Sequence[Posting]], list[NewMatch]]


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message waiting to be pushed to a subscriber."""

    id: int
    subscriber: Subscriber
    kind: str
    payload: str
    attempts: int


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One 👍 or 👎 a subscriber gave."""

    search_id: int | None
    kind: str
    company_key: str
    title_key: str


class Clock(Protocol):
    """Tells the time (aware, UTC); tests pass a controllable one."""

    def now(self) -> datetime:
        """Return the current time."""
        ...


class Notifier(Protocol):
    """Pushes a reply to a subscriber's chat on one platform (digests and alerts)."""

    platform: str

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        """Send the reply; raise DeliveryError (permanent or not, with retry_after) on failure."""
        ...


class DigestStore(Protocol):
    """Durable digest state: settings, the outbox, the sent-ledger, feedback and mutes."""

    async def save_settings(self, subscriber_id: int, settings: DigestSettings) -> None:
        """Store a subscriber's digest settings (including the next digest time)."""
        ...

    async def due_subscribers(self, now: datetime, limit: int = 1000) -> list[Subscriber]:
        """Subscribers whose digest time has come and whose deliveries are not paused."""
        ...

    async def alert_subscribers(self) -> list[Subscriber]:
        """Subscribers with instant alerts on and deliveries not paused."""
        ...

    async def unsent_matches(self, subscriber_id: int) -> list[StoredMatch]:
        """Matches never sent to this subscriber, best first."""
        ...

    async def new_alert_matches(self, subscriber_id: int, min_score: int) -> AlertCheck:
        """Strong matches recorded since the last alert check, of postings newer than searches."""
        ...

    async def mark_alerts_checked(self, subscriber_id: int, until: datetime) -> None:
        """Move the subscriber's alert cursor: later checks read only newer matches."""
        ...

    async def enqueue(
        self,
        subscriber: Subscriber,
        kind: str,
        payload: str,
        posting_ids: Sequence[str],
        now: datetime,
        next_digest_at: datetime | None,
    ) -> int:
        """Atomically queue a message, record its postings as sent and set the next digest."""
        ...

    async def mark_sent(
        self, subscriber_id: int, posting_ids: Sequence[str], now: datetime
    ) -> None:
        """Record postings as sent to a subscriber."""
        ...

    async def pending_deliveries(
        self, now: datetime, platforms: Collection[str], limit: int = 100
    ) -> list[OutboxItem]:
        """Queued messages for these platforms whose next attempt is due, oldest first."""
        ...

    async def delivery_succeeded(self, outbox_id: int, now: datetime) -> None:
        """Mark a queued message delivered."""
        ...

    async def delivery_failed(self, outbox_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt: retry at retry_at, or give up when it is None."""
        ...

    async def pause_deliveries(self, subscriber_id: int, reason: str) -> None:
        """Stop pushing to a subscriber until they write again."""
        ...

    async def posting_by_ref(self, ref: int) -> tuple[Posting, int] | None:
        """A posting by its short ref number, with the ref."""
        ...

    async def searches_matching(self, subscriber_id: int, posting_id: str) -> list[int]:
        """Ids of the subscriber's searches that matched a posting."""
        ...

    async def add_feedback(
        self,
        subscriber_id: int,
        search_ids: Sequence[int | None],
        posting_id: str,
        kind: str,
        keys: tuple[str, str],
        now: datetime,
    ) -> None:
        """Record 👍 or 👎 on a posting, once per search that matched it."""
        ...

    async def feedback(self, subscriber_id: int) -> list[FeedbackRow]:
        """Every 👍 and 👎 of a subscriber."""
        ...

    async def mute_company(self, subscriber_id: int, key: str, company: str, now: datetime) -> bool:
        """Mute a company for a subscriber; False if it already was."""
        ...

    async def muted_companies(self, subscriber_id: int) -> list[tuple[str, str]]:
        """A subscriber's muted companies as (key, name)."""
        ...

    async def unmute_company(self, subscriber_id: int, key: str) -> bool:
        """Unmute a company; False if it was not muted."""
        ...

    async def stats(self, since: datetime) -> dict[str, int]:
        """Operator figures."""
        ...

    async def duplicate_links(self, posting_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """(source, url) of the other open postings of the same job as each posting."""
        ...

    async def job_roots(self, posting_ids: Sequence[str]) -> dict[str, str]:
        """The original of each of these postings that is linked to one (the same job)."""
        ...


class Store(DigestStore, Protocol):
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
        created_by: str = "",
    ) -> SavedSearch | None:
        """Save a search, or None at limit searches; DuplicateSearchError if it is there."""
        ...

    async def move_subscriber(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Give a subscriber a new identity (a migrated group); False if there was none."""
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
        """Replace every stored match of one search (while it exists and is active)."""
        ...

    async def search_change_cursor(self) -> int:
        """The id of the latest logged search change (0 when none)."""
        ...

    async def record_postings(
        self,
        postings: Sequence[Posting],
        now: datetime,
        index: LiveIndex,
        *,
        rematch: Collection[str] = frozenset(),
        duplicates: Collection[str] = frozenset(),
        notify: bool = True,
    ) -> Recorded:
        """Upsert postings and replace the matches of the new or changed ones, together."""
        ...

    async def rematch_postings(
        self, posting_ids: Sequence[str], now: datetime, index: LiveIndex, *, notify: bool
    ) -> int:
        """Replace the matches of stored open postings; how many were stored."""
        ...

    async def rescore_search(self, search_id: int, score: Scorer, now: datetime) -> None:
        """Replace one search's matches, scoring every open posting in short transactions."""
        ...

    async def find_postings(self, ident: str) -> list[Posting]:
        """Postings whose id is ident, else those whose id ends in ":" + ident."""
        ...

    async def best_matches(
        self, subscriber_id: int, limit: int, search_id: int | None = None
    ) -> list[StoredMatch]:
        """The subscriber's best matches over active searches (or one search), open postings."""
        ...

    async def match_counts(self, subscriber_id: int) -> dict[int, int]:
        """Return the number of stored matches per search of one subscriber."""
        ...
