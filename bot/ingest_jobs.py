"""APScheduler jobs that poll job sources: one per source on its interval, and a re-sync job.

Each source job fires every interval (with jitter, coalesced, one run at a time) and polls
only when the source is due: a failing source's back-off or a server's Retry-After moves its
next_run_at later, and the ticks before it pass without a request. A failed poll is tried
again sooner than its interval (minutes, doubling): the job is moved to the source's stored
next run, at once in the process that polled and by the next sync in every other. The sync job
adds, drops and reschedules source jobs when sources change from chat or another process.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.logs import log_context
from core.errors import StoreError
from core.ports import Clock
from core.sources.manager import SourceManager
from core.sources.model import Source

log = logging.getLogger(__name__)

SYNC_SECONDS = 60
JOB_PREFIX = "ingest:"
SYNC_JOB = "ingest-sync"
MAX_JITTER = 300.0

# Told of each scheduled poll: the source's kind and whether the poll failed.
PollObserver = Callable[[str, bool], None]


def jitter_for(interval: int) -> float:
    """Seconds of random spread per tick: a tenth of the interval, at most five minutes."""
    return min(interval / 10, MAX_JITTER)


def register_ingest_jobs(
    scheduler: AsyncIOScheduler,
    manager: SourceManager,
    clock: Clock,
    *,
    sync_seconds: float = SYNC_SECONDS,
    rng: Callable[[], float] = random.random,
    on_poll: PollObserver | None = None,
) -> None:
    """Add the re-sync job; it runs at once and then creates a job per unpaused source."""
    scheduled: dict[int, int] = {}  # source id → interval its job was made with

    async def sync() -> None:
        """Bring the source jobs in line with the stored sources."""
        try:
            sources = await manager.sources()
        except StoreError as exc:
            log.warning("reading the sources failed (%s); the jobs stay as they are", exc)
            return
        except Exception:
            log.exception("reading the sources failed; the jobs stay as they are")
            return
        wanted = {source.id: source for source in sources if not source.paused}
        for source_id in list(scheduled):
            if scheduled[source_id] != getattr(wanted.get(source_id), "interval", None):
                _remove(scheduler, source_id)
                del scheduled[source_id]
        for source in wanted.values():
            if source.id not in scheduled:
                _add(scheduler, manager, source, clock, rng, on_poll)
                scheduled[source.id] = source.interval
            elif source.next_run_at is not None:
                _follow(scheduler, source, source.next_run_at, clock.now(), rng)

    scheduler.add_job(
        sync,
        "interval",
        seconds=sync_seconds,
        id=SYNC_JOB,
        next_run_time=clock.now(),
        coalesce=True,
        max_instances=1,
        misfire_grace_time=int(sync_seconds),
    )


def _add(
    scheduler: AsyncIOScheduler,
    manager: SourceManager,
    source: Source,
    clock: Clock,
    rng: Callable[[], float],
    on_poll: PollObserver | None,
) -> None:
    jitter = jitter_for(source.interval)
    now = clock.now()
    due = _fire_time(source, source.next_run_at or now, now, rng)

    async def run() -> None:
        """Poll the source if it is due; a failure is recorded by the manager, never raised."""
        with log_context(source=source.label):
            try:
                report = await manager.poll_id(source.id, tolerance=jitter)
            except StoreError as exc:  # the database is down; its retries were logged
                log.warning("polling source %s failed: %s", source.label, exc)
                failed, polled = True, True
            except Exception:
                log.exception("polling source %s failed", source.label)
                failed, polled = True, True
            else:
                failed = report is not None and report.status == "failed"
                polled = report is not None  # None: not due yet, nothing was fetched
                if report is not None and failed:
                    log.warning("source %s failed: %s", source.label, report.error)
                if report is not None and report.next_run_at is not None:
                    _follow(scheduler, source, report.next_run_at, clock.now(), rng)
        if on_poll is not None and polled:
            on_poll(source.kind, failed)

    scheduler.add_job(
        run,
        IntervalTrigger(seconds=source.interval, jitter=int(jitter) or None),
        id=f"{JOB_PREFIX}{source.id}",
        name=f"poll {source.label}",
        next_run_time=due,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=max(60, source.interval // 2),
        replace_existing=True,
    )


def _fire_time(
    source: Source, next_run: datetime, now: datetime, rng: Callable[[], float]
) -> datetime:
    """When a source's job should fire for a run due at next_run: then, plus its jitter."""
    return max(next_run, now) + timedelta(seconds=jitter_for(source.interval) * rng())


def _follow(
    scheduler: AsyncIOScheduler,
    source: Source,
    next_run: datetime,
    now: datetime,
    rng: Callable[[], float],
) -> None:
    """Fire the source's job at its stored next run if that comes before the job's next tick
    (a failed poll's retry is sooner than the interval); a later one is left to the ticks."""
    job = scheduler.get_job(f"{JOB_PREFIX}{source.id}")
    latest = next_run + timedelta(seconds=jitter_for(source.interval))
    if job is not None and job.next_run_time is not None and latest < job.next_run_time:
        job.modify(next_run_time=_fire_time(source, next_run, now, rng))


def _remove(scheduler: AsyncIOScheduler, source_id: int) -> None:
    job = scheduler.get_job(f"{JOB_PREFIX}{source_id}")
    if job is not None:
        job.remove()
