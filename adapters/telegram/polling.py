"""Long polling by one process of several: the lease holder polls, the others stand by."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from telegram.ext import Application

log = logging.getLogger(__name__)


class Lease(Protocol):
    """A lease held by one process at a time (PostgreSQL's: core/store/postgres/lease.py)."""

    async def acquire(self, name: str) -> None:
        """Wait until this process holds the lease called name."""

    async def lost(self) -> None:
        """Return once the lease is no longer held."""

    async def release(self) -> None:
        """Give the lease up."""


async def poll(
    application: Application,  # type: ignore[type-arg]
    start: Callable[[], Awaitable[Any]],
    stop: asyncio.Event,
    lease: Lease | None,
    on_ready: Callable[[], Awaitable[None]] | None,
) -> None:
    """Poll (start starts PTB's polling) until stop is set; with a lease, only while held.

    Telegram answers 409 Conflict when two processes poll one bot: the lease, named after the
    bot's id (never its token), lets one poll. A standby is still up: it sends messages.
    """
    updater = application.updater
    assert updater is not None
    if lease is None:
        await start()
        log.info("Telegram bot @%s is running", application.bot.username)
        if on_ready is not None:
            await on_ready()
        await stop.wait()
        return
    name = f"telegram-polling:{application.bot.id}"
    if on_ready is not None:
        await on_ready()
    try:
        while not stop.is_set():
            log.info("Telegram bot @%s waits for the polling lease", application.bot.username)
            if not await _unless_stopped(lease.acquire(name), stop):
                return
            await start()
            log.info("Telegram bot @%s is running: this process polls", application.bot.username)
            try:
                if not await _unless_stopped(lease.lost(), stop):
                    return
            finally:
                if updater.running:
                    await updater.stop()
            log.warning("lost the Telegram polling lease: stopped polling, standing by")
    finally:
        await lease.release()


async def _unless_stopped(work: Awaitable[None], stop: asyncio.Event) -> bool:
    """Await work unless stop is set first: True if work finished."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait([task, stopped], return_when=asyncio.FIRST_COMPLETED)
    finally:
        for pending in (task, stopped):
            if not pending.done():
                pending.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pending
    if task.done() and not task.cancelled():
        task.result()
        return True
    return False
