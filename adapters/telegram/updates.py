"""Updates of different chats run concurrently; each chat's run one at a time, in order."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from core.api import LaneFull, Lanes

log = logging.getLogger(__name__)

# PTB's own bound counts updates waiting for their chat too: it must never be what holds a
# chat back, so it is far above what the lanes let run and wait.
ACCEPTED = 100_000


class PerChatProcessor(BaseUpdateProcessor):
    """Hands PTB's updates to per-chat lanes: one chat's flood never delays another chat.

    PTB's ConversationHandler, keyed per chat and user, relies on this per-chat order.
    """

    def __init__(self, lanes: Lanes | None = None) -> None:
        """Run updates in these lanes (by default 32 at once, 100 waiting per chat)."""
        super().__init__(max_concurrent_updates=ACCEPTED)
        self._lanes = lanes or Lanes()
        # Run after each update, still in its chat's turn (writing the chat's state back).
        self.after_each: Callable[[], Awaitable[None]] | None = None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates and a running slot, then handle it."""
        try:
            async with self._lanes.turn(_chat_id(update)):
                try:
                    await coroutine
                finally:
                    if self.after_each is not None:
                        await self.after_each()
        except LaneFull:
            log.warning("dropped an update: its chat has too many waiting")
            if asyncio.iscoroutine(coroutine):
                coroutine.close()  # never started: close it rather than leave it un-awaited

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB waits for the update tasks itself."""


def _chat_id(update: object) -> int | None:
    """The chat an update belongs to, else its user; None when it has neither. A group's
    migration belongs to the supergroup it moves to: that chat's updates wait for the move."""
    if not isinstance(update, Update):
        return None
    message = update.effective_message
    if message is not None and message.migrate_to_chat_id:
        return message.migrate_to_chat_id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
