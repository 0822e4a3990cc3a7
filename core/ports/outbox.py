"""The outbox port: queued pushes and the sent-ledger."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from core.model import OutboxItem, QueuedDigest, Subscriber


class OutboxStore(Protocol):
    """The durable outbox of digests and alerts, and the ledger of postings sent."""

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

    async def enqueue_digests(
        self, digests: Sequence[QueuedDigest], now: datetime, claimed_by: datetime | None = None
    ) -> int:
        """Queue many digests in one transaction, as enqueue does each; how many were queued.

        claimed_by: the time given to due_subscribers when it claimed them; a store that
        claims queues only those still under that claim (each digest once).
        """
        ...

    async def mark_sent(
        self, subscriber_id: int, posting_ids: Sequence[str], now: datetime
    ) -> None:
        """Record postings shown in chat as sent."""
        ...

    async def pending_deliveries(
        self,
        now: datetime,
        platforms: Collection[str],
        limit: int = 100,
        claim: timedelta | None = None,
    ) -> list[OutboxItem]:
        """Queued messages for these platforms whose next attempt is due, oldest first.

        A store shared by several processes claims them for a lease (each goes to one sender),
        of `claim` when given (a sender holding its platform's sender lease claims briefly).
        """
        ...

    async def next_pending_at(self, platforms: Collection[str]) -> datetime | None:
        """When the soonest queued message for these platforms is due; None when none is."""
        ...

    async def delivery_succeeded(self, outbox_id: int, now: datetime) -> None:
        """Mark a queued message delivered."""
        ...

    async def delivery_failed(self, outbox_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt: retry at retry_at, or give up when it is None."""
        ...
