"""The share-code port: searches a person shared, kept under short codes."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class ShareStore(Protocol):
    """Where share codes are kept."""

    async def add_share(
        self, code: str, raw_text: str, sensitivity: str, now: datetime, expired: datetime
    ) -> None:
        """Remember what a new share code stands for; forget the codes made before `expired`."""
        ...

    async def shared_query(self, code: str, since: datetime) -> tuple[str, str] | None:
        """The (text, sensitivity) behind a code made after `since`, or None."""
        ...
