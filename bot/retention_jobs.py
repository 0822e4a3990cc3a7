"""The APScheduler job that closes postings past their closing date hourly and prunes the
database once a day (README, Retention)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.bootstrap import open_store
from bot.config import Settings
from core.errors import StoreError
from core.ports import Clock
from core.retention import prune_if_due

log = logging.getLogger(__name__)

PRUNE_JOB = "retention-prune"
# The job looks hourly and prunes when the last prune, kept in the database, is a day old:
# restarts neither skip a day nor prune twice, and other processes see the same last run.
CHECK_SECONDS = 3600


def register_retention_jobs(scheduler: AsyncIOScheduler, settings: Settings, clock: Clock) -> None:
    """Add the prune job; it first looks at start."""

    async def prune() -> None:
        """Prune on a connection of its own when a day has passed since the last prune."""
        try:
            store = await open_store(settings)
            try:
                # Hourly: a posting whose closing date passed leaves /jobs, digests and search.
                if closed := await store.close_passed(clock.now()):
                    log.info("closed %d postings past their closing date", closed)
                report = await prune_if_due(store, settings.retention, clock.now())
            finally:
                await store.close()
        except asyncio.CancelledError:
            # Shutdown: the batches done so far stay done; the next start prunes the rest.
            log.info("pruning stopped by shutdown")
            return
        except (sqlite3.OperationalError, StoreError) as exc:  # locked, or the server is away
            log.warning("pruning the database failed (%s); the job tries again in an hour", exc)
            return
        except Exception:
            log.exception("pruning the database failed; the job tries again in an hour")
            return
        if report is not None:
            log.info("pruned the database: %s", report.summary())

    scheduler.add_job(
        prune,
        "interval",
        seconds=CHECK_SECONDS,
        id=PRUNE_JOB,
        next_run_time=datetime.now(UTC),
        coalesce=True,
        max_instances=1,
        misfire_grace_time=CHECK_SECONDS,
    )
