"""Let running scheduler jobs finish at shutdown instead of cancelling them mid-way."""

from __future__ import annotations

import asyncio

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler

_FINISHED = EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED


class RunningJobs:
    """Counts the scheduler's job runs in flight, from its own events."""

    def __init__(self, scheduler: AsyncIOScheduler) -> None:
        """Listen to the scheduler's submissions and completions."""
        self._running: dict[str, int] = {}
        self._idle = asyncio.Event()
        self._idle.set()
        scheduler.add_listener(self._on_event, EVENT_JOB_SUBMITTED | _FINISHED)

    def _on_event(self, event: JobEvent) -> None:
        """Count one submission or completion."""
        step = 1 if event.code == EVENT_JOB_SUBMITTED else -1
        count = self._running.get(event.job_id, 0) + step
        if count > 0:
            self._running[event.job_id] = count
        else:
            self._running.pop(event.job_id, None)
        if self._running:
            self._idle.clear()
        else:
            self._idle.set()

    async def wait(self, timeout: float) -> None:
        """Return when no job is running, or after timeout seconds."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            pass


async def stop_scheduler(scheduler: AsyncIOScheduler, running: RunningJobs, timeout: float) -> None:
    """Start no new job, let the running ones finish (up to timeout), then shut down."""
    scheduler.pause()
    await running.wait(timeout)
    scheduler.shutdown(wait=False)
