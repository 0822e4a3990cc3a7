"""Updates of different chats run concurrently; each chat's run one at a time, in order."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

RUNNING = 32  # updates handled at once, across chats
WAITING = 100  # updates one chat may have queued; beyond that a flood is dropped
# PTB's own bound counts waiting updates too: it must never be what holds a chat back.
ACCEPTED = 100_000


@dataclass(slots=True)
class _Lane:
    """One chat's queue: its lock (asyncio wakes waiters first come, first served) and size."""

    lock: asyncio.Lock
    size: int = 0


class PerChatProcessor(BaseUpdateProcessor):
    """Serialises each chat's updates and runs different chats' updates side by side, bounded.

    Waiting for its chat's turn takes no running slot, so a chat that floods the bot queues
    behind itself only; everyone else's updates start as soon as a running slot is free.
    PTB's ConversationHandler, keyed per chat and user, relies on this per-chat order.
    """

    def __init__(self, running: int = RUNNING, waiting: int = WAITING) -> None:
        """At most running updates at once; at most waiting queued per chat."""
        super().__init__(max_concurrent_updates=ACCEPTED)
        self._running = asyncio.BoundedSemaphore(running)
        self._waiting = waiting
        self._lanes: dict[int, _Lane] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then for a running slot, then handle it."""
        chat = _chat_id(update)
        if chat is None:
            async with self._running:
                await coroutine
            return
        lane = self._lanes.get(chat)
        if lane is None:
            lane = self._lanes[chat] = _Lane(asyncio.Lock())
        if lane.size >= self._waiting:
            log.warning("dropped an update: a chat has %d waiting", lane.size)
            if asyncio.iscoroutine(coroutine):
                coroutine.close()  # never started: close it rather than leave it un-awaited
            return
        lane.size += 1
        try:
            async with lane.lock, self._running:
                await coroutine
        finally:
            lane.size -= 1
            if lane.size == 0:
                del self._lanes[chat]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB waits for the update tasks itself."""


def _chat_id(update: object) -> int | None:
    """The chat an update belongs to, else its user; None when it has neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
