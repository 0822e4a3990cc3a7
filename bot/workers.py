"""Each `concierge run` process registers in the workers table and beats while it runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator

from core.errors import StoreError
from core.ports import Clock
from core.ports.workers import WorkerStore
from core.workers import BEAT_SECONDS

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def registered(store: WorkerStore, role: str, shard: str, clock: Clock) -> AsyncIterator[int]:
    """Register this process for as long as the block runs, beating every BEAT_SECONDS;
    its worker id. A killed process's row stops beating and counts as gone."""
    worker = await store.register_worker(
        role, shard, socket.gethostname(), os.getpid(), clock.now()
    )
    beating = asyncio.create_task(_beat(store, worker, clock), name="worker beat")
    try:
        yield worker
    finally:
        beating.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beating
        try:
            await store.retire_worker(worker)
        except Exception:  # the database went away: the row stops beating instead
            log.warning("could not retire worker %d", worker, exc_info=True)


async def _beat(store: WorkerStore, worker: int, clock: Clock) -> None:
    """Note every BEAT_SECONDS that this process still runs; a failed beat is retried later."""
    while True:
        await asyncio.sleep(BEAT_SECONDS)
        try:
            await store.beat_worker(worker, clock.now())
        except StoreError as exc:  # the database is down: its retries were logged
            log.warning("worker beat failed (%s); retrying", exc)
        except Exception:
            log.warning("worker beat failed; retrying", exc_info=True)
