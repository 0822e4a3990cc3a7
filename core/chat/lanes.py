"""One lane per chat: a chat's messages are handled one at a time, in order; chats side by side."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass

RUNNING = 32  # messages handled at once, across chats
WAITING = 100  # messages one chat may have queued; beyond that its flood is dropped


class LaneFull(Exception):
    """The chat already has as many messages waiting as a lane holds."""


@dataclass(slots=True)
class _Lane:
    """One chat's lock (asyncio wakes waiters first come, first served) and queue length."""

    lock: asyncio.Lock
    size: int = 0


class Lanes:
    """Serialises each key's work and runs different keys' work side by side, bounded.

    Waiting for its key's turn takes no running slot, so a chat that floods queues behind
    itself only; everyone else's work starts as soon as one of the running slots is free.
    """

    def __init__(self, running: int = RUNNING, waiting: int = WAITING) -> None:
        """At most running at once; at most waiting queued (the running one included) per key."""
        self._running = asyncio.BoundedSemaphore(running)
        self._waiting = waiting
        self._lanes: dict[Hashable, _Lane] = {}

    @asynccontextmanager
    async def turn(self, key: Hashable | None) -> AsyncIterator[None]:
        """Wait for key's earlier work and a running slot; None waits for a slot only.

        Raises LaneFull, before waiting, when key's lane is full.
        """
        if key is None:
            async with self._running:
                yield
            return
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane(asyncio.Lock())
        if lane.size >= self._waiting:
            raise LaneFull
        lane.size += 1
        try:
            async with lane.lock, self._running:
                yield
        finally:
            lane.size -= 1
            if lane.size == 0:
                del self._lanes[key]
