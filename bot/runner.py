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
from adapters.console.notifier import ConsoleNotifier
from adapters.slack.app import SlackConfig, build_notifier, run_slack
from adapters.telegram.app import TelegramConfig, build_application, run_telegram
from adapters.telegram.notifier import TelegramNotifier
from bot.app import open_concierge
from bot.config import Settings
from bot.digest_jobs import register_digest_jobs
from bot.ingest_jobs import register_ingest_jobs
from bot.retention_jobs import register_retention_jobs
from core.clock import SystemClock
from core.ports import Notifier
from core.service import Concierge

log = logging.getLogger(__name__)

SHUTDOWN_SECONDS = 10.0


async def run_bot(settings: Settings, *, console_only: bool = False) -> None:
    """Run every configured adapter and the scheduler until input ends or a signal arrives."""
    stop = asyncio.Event()
    _install_signal_handlers(stop)
    async with open_concierge(settings, with_sample=True) as service:
        notifiers: dict[str, Notifier] = {}
        jobs = [] if console_only else _platform_jobs(service, settings, stop, notifiers)
        # The terminal chat runs only when no platform does; it ends at end of input.
        console = None
        if not jobs:
            notifiers["console"] = ConsoleNotifier(sys.stdout)
            console = asyncio.create_task(ConsoleChat(service, sys.stdin, sys.stdout).run())
        scheduler = AsyncIOScheduler(timezone=UTC)
        register_digest_jobs(scheduler, service, notifiers, SystemClock())
        register_retention_jobs(scheduler, settings, SystemClock())
        if service.sources is not None:
            register_ingest_jobs(scheduler, service.sources, SystemClock())
        scheduler.start()
        platforms = [asyncio.create_task(job) for job in jobs]
        stopper = asyncio.create_task(stop.wait())
        watched: list[asyncio.Task[Any]] = [*platforms, stopper, *([console] if console else [])]
        try:
            await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.set()
            scheduler.shutdown(wait=False)
            if console:
                console.cancel()  # a blocked read of stdin has nothing to finish
            if platforms:
                # Platforms finish the work they acknowledged, then close their connections.
                _, late = await asyncio.wait(platforms, timeout=SHUTDOWN_SECONDS)
                for task in late:
                    task.cancel()
            for task in watched:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            log.info("stopped cleanly")


def _platform_jobs(
    service: Concierge, settings: Settings, stop: asyncio.Event, notifiers: dict[str, Notifier]
) -> list[Coroutine[Any, Any, None]]:
    """Build the Telegram and Slack adapters whose credentials are configured."""
    jobs: list[Coroutine[Any, Any, None]] = []
    if settings.telegram_token:
        telegram = TelegramConfig(
            token=settings.telegram_token,
            api_base_url=settings.telegram_api_base_url,
            webhook_url=settings.telegram_webhook_url,
            webhook_secret=settings.telegram_webhook_secret,
            webhook_port=settings.telegram_webhook_port,
            webhook_listen=settings.telegram_webhook_listen,
        )
        application = build_application(service, telegram)
        notifiers["telegram"] = TelegramNotifier(application.bot, service)
        jobs.append(run_telegram(service, telegram, stop, application))
    if settings.slack_bot_token:
        slack = SlackConfig(
            bot_token=settings.slack_bot_token,
            signing_secret=settings.slack_signing_secret,
            app_token=settings.slack_app_token,
            port=settings.slack_port,
            api_url=settings.slack_api_url,
        )
        notifier = build_notifier(slack)
        notifiers["slack"] = notifier
        jobs.append(run_slack(service, slack, stop, notifier))
    return jobs


def _install_signal_handlers(stop: asyncio.Event) -> None:
    """Turn SIGINT and SIGTERM into a clean stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
