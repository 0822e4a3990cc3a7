"""`concierge run` and `concierge chat`: the long-running bot and its clean shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from adapters.console.app import ConsoleChat
from adapters.console.notifier import ConsoleNotifier
from bot.bootstrap import open_app, open_store
from bot.config import Settings
from bot.digest_jobs import BUILD_AHEAD, register_digest_jobs
from bot.ingest_jobs import SYNC_JOB, register_ingest_jobs
from bot.job_drain import JobDrain
from bot.retention_jobs import register_retention_jobs
from bot.roles import Role, check_role
from bot.supervise import Platform, supervise
from bot.wakeups import Waker, sender_leases, waking
from bot.workers import registered
from core.chat.service import Concierge
from core.clock import SystemClock
from core.errors import StoreError
from core.ports import Notifier
from core.workers import Shard

if TYPE_CHECKING:
    from adapters.telegram.polling import Lease
    from core.store.postgres.store import PostgresStore
    from core.store.sqlite import SqliteStore

log = logging.getLogger(__name__)

_T = TypeVar("_T")

SHUTDOWN_SECONDS = 10.0
# A match shard's pauses after a step failed past the store's own retries (doubling).
MATCH_RETRY_FIRST = 1.0
MATCH_RETRY_LAST = 30.0


async def run_bot(
    settings: Settings,
    *,
    console_only: bool = False,
    role: Role = "all",
    shard: str | None = None,
) -> None:
    """Run every configured adapter and the scheduler until input ends or a signal arrives.

    role: the share of the work this process does (bot.roles); `all` does everything.
    shard: with role `match`, the shard of the saved searches it matches (I/K).
    """
    match_shard = check_role(role, settings, shard)
    stop = asyncio.Event()
    _install_signal_handlers(stop)
    if match_shard is not None:
        await _run_match(settings, match_shard, stop)
        return
    async with open_app(settings) as app, contextlib.AsyncExitStack() as stack:
        if not console_only:
            await stack.enter_async_context(registered(app.store, role, "", SystemClock()))
        service = await app.service()
        await app.load_sample()
        notifiers: dict[str, Notifier] = {}
        serving = not console_only and bool(settings.platforms)
        port = settings.health_port(serving_platforms=serving)
        metrics = None
        if port:
            from bot.metrics import Metrics  # prometheus: only when /metrics is served

            metrics = Metrics(app.store)
            service = metrics.metered(service)
        chats = role in ("all", "chat")
        if chats:
            await service.answer_owed()  # the /explores a stop left unanswered: queued once built
        platforms = (
            [] if console_only or not chats else _platforms(service, app.store, settings, stop)
        )
        scheduler = AsyncIOScheduler(timezone=UTC)
        queues, delivers = role in ("all", "digest"), chats
        leases = sender_leases(app.store, settings) if delivers else {}
        digest_jobs = register_digest_jobs(
            scheduler,
            service,
            notifiers,
            SystemClock(),
            queue=queues,
            push=delivers,
            senders=leases,
            ahead=BUILD_AHEAD if settings.postgres_url else timedelta(0),
        )
        wake = digest_jobs.handlers()
        if queues:
            register_retention_jobs(scheduler, settings, SystemClock())
        if role in ("all", "ingest"):
            polled = metrics.source_polled if metrics else None
            register_ingest_jobs(scheduler, app.sources(), SystemClock(), on_poll=polled)
            wake["sources"] = Waker(scheduler, SYNC_JOB).wake
        if settings.postgres_url:
            # NOTIFY wakes the jobs above at once; the sender leases pick one sender per token.
            await stack.enter_async_context(
                waking(app.store, wake, leases, digest_jobs.deliver_now)
            )
        drain = JobDrain(scheduler, SHUTDOWN_SECONDS)
        # Started before anything else runs, so that a port in use stops the start at once.
        health = None
        if metrics is not None:
            from bot.health import HealthServer, Readiness  # aiohttp: only when served

            # /readyz reads through a connection of its own: never queued behind an /add's scan.
            probes = await open_store(settings)
            stack.push_async_callback(probes.close)
            readiness = Readiness(probes, scheduler, tuple(p.name for p in platforms))
            health = HealthServer(settings.http_host, port, readiness, metrics)
            await health.start()
        # Each platform is kept going on its own: one that is down never stops the others.
        # A platform coming up sends what waits at once (its sender lease may be taken first).
        jobs = [
            supervise(platform, stop, app.store, notifiers, on_up=digest_jobs.deliver_now)
            for platform in platforms
        ]
        # The terminal chat runs only when no platform does; it ends at end of input.
        console = None
        if not jobs and chats:
            notifiers["console"] = ConsoleNotifier(sys.stdout)
            console = asyncio.create_task(ConsoleChat(service, sys.stdin, sys.stdout).run())
        scheduler.start()
        running = [asyncio.create_task(job) for job in jobs]
        stopper = asyncio.create_task(stop.wait())
        watched: list[asyncio.Task[Any]] = [*running, stopper, *([console] if console else [])]
        try:
            await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.set()
            await drain.stop()
            if health is not None:
                await health.stop()
            if console:
                console.cancel()  # a blocked read of stdin has nothing to finish
                if console.done() and not console.cancelled() and console.exception() is None:
                    # Its input ended: what it queued last (an /add's matches) is shown.
                    with contextlib.suppress(StoreError):
                        await service.digests.deliver(notifiers, SystemClock().now())
            if running:
                # Platforms finish the work they acknowledged, then close their connections.
                _, late = await asyncio.wait(running, timeout=SHUTDOWN_SECONDS)
                for task in late:
                    task.cancel()
            for task in watched:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            log.info("stopped cleanly")


async def _run_match(settings: Settings, shard: Shard, stop: asyncio.Event) -> None:
    """Match the posting change log against one shard of the saved searches until stopped."""
    from core.postings.shards import ShardWorker
    from core.store.postgres.store import PostgresStore

    async with open_app(settings) as app, contextlib.AsyncExitStack() as stack:
        assert isinstance(app.store, PostgresStore)  # check_role refused SQLite
        if port := settings.health_port(serving_platforms=False):
            from bot.health import HealthServer, Readiness
            from bot.metrics import Metrics

            # /healthz and /readyz as the other roles serve them (a scheduler with no jobs).
            scheduler = AsyncIOScheduler(timezone=UTC)
            scheduler.start()
            stack.callback(scheduler.shutdown, wait=False)
            readiness = Readiness(app.store, scheduler, ())
            health = HealthServer(settings.http_host, port, readiness, Metrics(app.store))
            await health.start()
            stack.push_async_callback(health.stop)
        await stack.enter_async_context(registered(app.store, "match", str(shard), SystemClock()))
        store = app.store
        worker = await _until_done(
            f"match shard {shard} loading",
            lambda: ShardWorker.load(store, shard, SystemClock()),
            stop,
        )
        if worker is not None:
            log.info("match shard %s ready: %d searches", shard, len(worker.index))
            await _until_done(f"match shard {worker}", lambda: worker.run(stop), stop)
    log.info("stopped cleanly")


async def _until_done(
    label: str, attempt: Callable[[], Awaitable[_T]], stop: asyncio.Event
) -> _T | None:
    """Run attempt; when the database is down past its retries, again with back-off until it
    completes (its result) or stop is set (None).

    A shard's step is one transaction that moves its cursor and its load reads only, so one
    that failed is redone whole.
    """
    loop = asyncio.get_running_loop()
    pause = MATCH_RETRY_FIRST
    while not stop.is_set():
        started = loop.time()
        try:
            return await attempt()
        except StoreError as exc:
            if loop.time() - started > MATCH_RETRY_LAST:
                pause = MATCH_RETRY_FIRST  # it ran a while: a new outage
            log.warning("%s: %s; again in %.0fs", label, exc, pause)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), pause)
            pause = min(pause * 2, MATCH_RETRY_LAST)
    return None


def _platforms(
    service: Concierge,
    store: SqliteStore | PostgresStore,
    settings: Settings,
    stop: asyncio.Event,
) -> list[Platform]:
    """Build the Telegram and Slack adapters whose credentials are configured (each loaded
    only then: the terminal chat never pays for PTB, slack-bolt or aiohttp)."""
    platforms: list[Platform] = []
    if telegram := settings.telegram:
        from adapters.telegram.app import build_application, run_telegram
        from adapters.telegram.notifier import TelegramNotifier

        # Guided flows and chat data in the database: any process continues them.
        application = build_application(service, telegram, store)
        # Processes sharing PostgreSQL take turns at long polling: one polls, the others wait.
        lease: Lease | None = None
        if settings.postgres_url:
            from core.store.postgres.lease import (
                PgLease,  # SQLite deployments never load the driver
            )

            lease = PgLease(settings.postgres_url)
        run = functools.partial(run_telegram, service, telegram, stop, application, lease=lease)
        platforms.append(Platform("telegram", run, TelegramNotifier(application.bot, service)))
    if slack := settings.slack:
        from adapters.slack.app import build_notifier, run_slack
        from adapters.slack.config import check_config

        check_config(slack)
        notifier = build_notifier(slack, store)
        run = functools.partial(
            run_slack, service, slack, stop, notifier, installs=store, used=store
        )
        platforms.append(Platform("slack", run, notifier))
    return platforms


def _install_signal_handlers(stop: asyncio.Event) -> None:
    """Turn SIGINT and SIGTERM into a clean stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
