"""Waking scheduler jobs at once on PostgreSQL's NOTIFY, and the sender leases of bot tokens.

The interval of each job stays as the fallback: a wake-up only brings its next run forward.
With SQLite nothing here runs (one process does all the work).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.config import Settings

if TYPE_CHECKING:
    from core.store.postgres.lease import SenderLease
    from core.store.postgres.wakeups import Topic

log = logging.getLogger(__name__)

STOP_SECONDS = 5.0


class Waker:
    """Runs one scheduler job now when asked; if it is running then, once more right after."""

    def __init__(self, scheduler: AsyncIOScheduler, job_id: str) -> None:
        """Wake the job job_id of scheduler (its function must be made by wrap)."""
        self._scheduler = scheduler
        self._job_id = job_id
        self._running = False
        self._again = False
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at: datetime | None = None

    def wrap(self, work: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
        """The job function: work, again as long as a wake-up came while it ran."""

        async def run() -> None:
            self._running = True
            try:
                while True:
                    self._again = False
                    await work()
                    if not self._again:
                        return
            finally:
                self._running = False

        return run

    def wake(self, _payload: str = "") -> None:
        """Run the job now, or again right after the run under way."""
        if self._running:
            self._again = True
            return
        with contextlib.suppress(JobLookupError):
            self._scheduler.modify_job(self._job_id, next_run_time=datetime.now(UTC))

    def wake_at(self, at: datetime) -> None:
        """Run the job at `at`, unless its next run comes first anyway."""
        job = self._scheduler.get_job(self._job_id)
        if job is None or (job.next_run_time is not None and job.next_run_time <= at):
            return
        if self._timer is not None and self._timer_at is not None and self._timer_at <= at:
            return
        if self._timer is not None:
            self._timer.cancel()
        delay = max((at - datetime.now(UTC)).total_seconds(), 0.0)
        self._timer_at = at
        self._timer = asyncio.get_running_loop().call_later(delay, self._fire)

    def _fire(self) -> None:
        self._timer = self._timer_at = None
        self.wake()


def sender_leases(store: object, settings: Settings) -> dict[str, SenderLease]:
    """A sender lease per platform bot token configured, on PostgreSQL; none on SQLite."""
    if not settings.postgres_url:
        return {}
    from core.store.postgres.store import PostgresStore

    assert isinstance(store, PostgresStore)
    tokens: dict[str, str] = {}
    if settings.telegram:
        tokens["telegram"] = settings.telegram.token
    if settings.slack:
        # One app: its bot token, or with OAuth (many workspaces) its client id.
        tokens["slack"] = settings.slack.bot_token or settings.slack.client_id or ""
    return {name: store.sender_lease(name, token) for name, token in tokens.items() if token}


@contextlib.asynccontextmanager
async def waking(
    store: object,
    handlers: Mapping[Topic, Callable[[str], None]],
    leases: Mapping[str, SenderLease],
    on_taken: Callable[[], None],
) -> AsyncIterator[None]:
    """LISTEN for the handlers' topics and run the sender leases, until the block ends."""
    from core.store.postgres.store import PostgresStore

    assert isinstance(store, PostgresStore)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(lease.run(stop, on_taken)) for lease in leases.values()]
    if handlers:
        tasks.append(asyncio.create_task(store.listener(handlers).run(stop)))
    try:
        yield
    finally:
        stop.set()
        _, late = await asyncio.wait(tasks, timeout=STOP_SECONDS) if tasks else ((), ())
        for task in late:
            task.cancel()
