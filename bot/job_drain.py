"""Let running scheduler jobs finish at shutdown instead of cancelling them mid-way."""

from __future__ import annotations

import asyncio
import contextlib

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler

_FINISHED = EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED


class JobDrain:
    """Stops a scheduler once its job runs in flight end (counted from its own events).

    APScheduler's shutdown cancels running asyncio jobs, which logs a CancelledError traceback.
    """

    def __init__(self, scheduler: AsyncIOScheduler, grace_seconds: float) -> None:
        """Listen to the scheduler's submissions and completions."""
        self._scheduler = scheduler
        self._grace = grace_seconds
        self._running: dict[str, int] = {}
        self._idle = asyncio.Event()
        self._idle.set()
        scheduler.add_listener(self._on_event, EVENT_JOB_SUBMITTED | _FINISHED)

    def _on_event(self, event: JobEvent) -> None:
        """Count one submission or completion."""
        count = self._running.get(event.job_id, 0)
        count += 1 if event.code == EVENT_JOB_SUBMITTED else -1
        if count > 0:
            self._running[event.job_id] = count
        else:
            self._running.pop(event.job_id, None)
        if self._running:
            self._idle.clear()
        else:
            self._idle.set()

    async def stop(self) -> None:
        """Start no new job, let the running ones finish (within the grace), then shut down."""
        self._scheduler.pause()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._grace):
                await self._idle.wait()
        self._scheduler.shutdown(wait=False)
