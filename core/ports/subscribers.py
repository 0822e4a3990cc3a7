"""The subscribers ports: who they are, and who is due a digest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from core.model import DigestSettings, Subscriber, SubscriberKey


class SubscriberStore(Protocol):
    """Subscribers: identity, digest settings, who is due alerts, paused pushes."""

    async def subscriber(self, key: SubscriberKey, now: datetime) -> Subscriber:
        """Return the subscriber with this key, creating it on first sight."""
        ...

    async def move_subscriber(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Give a subscriber a new identity (a migrated group); False if there was none."""
        ...

    async def forget_subscriber(self, subscriber_id: int) -> list[int]:
        """Delete a subscriber and all that is theirs (searches and their matches, settings,
        feedback, mutes, messages sent or waiting, list pages); the ids of the searches gone."""
        ...

    async def save_settings(self, subscriber_id: int, settings: DigestSettings) -> None:
        """Store a subscriber's digest settings (including the next digest time)."""
        ...

    async def alert_subscribers(self, min_score: int) -> list[Subscriber]:
        """Subscribers with alerts on, not paused, and matches of min_score since their check."""
        ...

    async def pause_deliveries(self, subscriber_id: int, reason: str) -> None:
        """Stop pushing to a subscriber until they write again."""
        ...


class DueDigestStore(Protocol):
    """Who is due a digest: claimed for a lease, renewed while built, given back on failure."""

    async def due_subscribers(self, now: datetime, limit: int = 1000) -> list[Subscriber]:
        """Subscribers whose digest time has come and whose deliveries are not paused.

        A store shared by several processes claims them for a lease (each digest is built once).
        """
        ...

    async def release_due(self, subscribers: Sequence[Subscriber], now: datetime) -> None:
        """Give back the claims due_subscribers(now) took on these, after a failed build."""
        ...

    async def renew_due(
        self, subscribers: Sequence[Subscriber], claimed: datetime, renewed: datetime
    ) -> None:
        """Extend the claims taken (or last renewed) as of claimed to as of renewed.

        Only claims still held as taken then: one that ran out and was taken by another
        process stays that process's.
        """
        ...

    async def next_digest_due(self) -> datetime | None:
        """The earliest digest time (or claim's end) of a subscriber whose pushes run."""
        ...
