"""The feedback port."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from core.model import FeedbackRow


class FeedbackStore(Protocol):
    """A subscriber's 👍 and 👎, and the companies they muted."""

    async def add_feedback(
        self,
        subscriber_id: int,
        search_ids: Sequence[int | None],
        posting_id: str,
        kind: str,
        keys: tuple[str, str],
        now: datetime,
    ) -> bool:
        """Record 👍 or 👎 on a posting, once per search that matched it, in place of the other
        reaction to the same company and title; True if it replaced one."""
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
