"""The non-storage ports: the clock and the platforms' push channel."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from core.chat.replies import Reply
from core.model import SubscriberKey


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
