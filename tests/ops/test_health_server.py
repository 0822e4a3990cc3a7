"""The health server in process: probes answer during heavy work and name what is not ready."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.health import HealthServer, Readiness
from bot.metrics import Metrics
from core.matching.query import parse_query
from core.matching.scoring import compile_query, evaluate
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore


class Probe:
    """A started health server and what it checks."""

    def __init__(self, store: SqliteStore, scheduler: AsyncIOScheduler) -> None:
        self.store = store
        self.scheduler = scheduler
        readiness = Readiness(store, scheduler, ("telegram",))
        self.server = HealthServer("127.0.0.1", 0, readiness, Metrics(store))

    async def get(self, path: str) -> tuple[int, str]:
        url = f"http://127.0.0.1:{self.server.port}{path}"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            return response.status, await response.text()


@pytest.fixture
async def probe(tmp_path: Path) -> AsyncIterator[Probe]:
    store = await SqliteStore.open(tmp_path / "health.db")
    scheduler = AsyncIOScheduler(timezone=UTC)
    probe = Probe(store, scheduler)
    await probe.server.start()
    try:
        yield probe
    finally:
        await probe.server.stop()
        if scheduler.running:
            scheduler.shutdown(wait=False)
        await store.close()


def _match_until(stop: threading.Event, started: threading.Event) -> int:
    """Score the sample postings against a query over and over until stop; rounds done."""
    compiled = compile_query(parse_query("senior backend engineer python remote"))
    postings = sample_postings()
    rounds = 0
    started.set()
    while not stop.is_set():
        for posting in postings:
            evaluate(compiled, posting, explain=True)
        rounds += 1
    return rounds


async def test_healthz_answers_while_matching_runs_in_a_thread(probe: Probe) -> None:
    stop, started = threading.Event(), threading.Event()
    work = asyncio.ensure_future(asyncio.to_thread(_match_until, stop, started))
    try:
        await asyncio.to_thread(started.wait)
        answer = await probe.get("/healthz")
        still_matching = not work.done()
    finally:
        stop.set()
    assert answer == (200, "ok\n")
    assert still_matching
    assert await work >= 1


async def test_readyz_names_the_scheduler_and_each_platform_not_running(probe: Probe) -> None:
    status, body = await probe.get("/readyz")
    assert status == 503
    assert body == "not ready\nscheduler: not running\ntelegram: not started\n"
    probe.scheduler.start()
    now = datetime.now(UTC)
    await probe.store.set_platform_state("telegram", "failing", "cannot reach Telegram", now)
    assert await probe.get("/readyz") == (
        503,
        "not ready\ntelegram: failing: cannot reach Telegram\n",
    )
    await probe.store.set_platform_state("telegram", "running", "", now)
    assert await probe.get("/readyz") == (200, "ready\n")


async def test_readyz_names_the_database_when_it_cannot_be_read(probe: Probe) -> None:
    probe.scheduler.start()
    await probe.store.close()
    status, body = await probe.get("/readyz")
    assert status == 503
    assert body.startswith("not ready\ndatabase: "), body
    assert (await probe.get("/healthz"))[0] == 200  # alive all the same
