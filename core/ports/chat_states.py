"""The chat front-end port: state several processes serving one chat platform must share."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class ChatStateStore(Protocol):
    """Opaque per-chat state of the chat front-ends, and the requests they already took."""

    async def chat_state(self, scope: str, key: str, since: datetime | None) -> str | None:
        """The text stored under scope and key (written at or after since, when given), or None."""
        ...

    async def set_chat_state(self, scope: str, key: str, data: str | None, now: datetime) -> None:
        """Store data under scope and key; None forgets it."""
        ...

    async def first_use(self, key: str, now: datetime, until: datetime) -> bool:
        """True the first time key is seen (it is remembered until `until`), False after."""
        ...
