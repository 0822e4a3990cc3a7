"""`concierge run` and `concierge chat`: the long-running bot and its clean shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Coroutine
from datetime import UTC
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from adapters.console.app import ConsoleChat
from bot.app import open_concierge
from bot.config import Settings

log = logging.getLogger(__name__)

# Platforms whose adapters this version ships; tokens for others are reported and ignored.
AVAILABLE_PLATFORMS: frozenset[str] = frozenset()


async def run_bot(settings: Settings, *, console_only: bool = False) -> None:
    """Run every configured adapter and the scheduler until input ends or a signal arrives."""
    stop = asyncio.Event()
    _install_signal_handlers(stop)
    async with open_concierge(settings, with_sample=True) as service:
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.start()
        jobs: list[Coroutine[Any, Any, None]] = []
        platforms = () if console_only else settings.platforms
        for platform in platforms:
            if platform not in AVAILABLE_PLATFORMS:
                log.warning(
                    "%s credentials are set, but this version has no %s adapter yet",
                    platform,
                    platform,
                )
        if not any(p in AVAILABLE_PLATFORMS for p in platforms):
            jobs.append(ConsoleChat(service, sys.stdin, sys.stdout).run())
        tasks = [asyncio.create_task(job) for job in jobs]
        stopper = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in [*tasks, stopper]:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            scheduler.shutdown(wait=False)
            log.info("stopped cleanly")


def _install_signal_handlers(stop: asyncio.Event) -> None:
    """Turn SIGINT and SIGTERM into a clean stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
