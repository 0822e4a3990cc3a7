"""Scheduling: poll_due under a controllable clock, and the APScheduler jobs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.ingest_jobs import JOB_PREFIX, SYNC_JOB, jitter_for, register_ingest_jobs
from tests.ingest.conftest import Server
from tests.ingest_integration.conftest import Board, Env, gh_job


async def test_poll_due_follows_intervals_and_back_off(env: Env, server: Server) -> None:
    fast = Board(server, "/v1/boards/fast/jobs")
    fast.jobs = [gh_job(1, "Backend Engineer", company="Fast")]
    broken = Board(server, "/v1/boards/broken/jobs")
    broken.status = 500
    await env.manager.add("greenhouse", "fast", url=server.base, interval="30m")
    await env.manager.add("greenhouse", "broken", url=server.base, interval="30m")

    async def due_names() -> list[str]:
        return sorted(r.source.name for r in await env.manager.poll_due())

    assert await due_names() == ["broken", "fast"]
    assert await due_names() == []
    env.clock.advance(minutes=4)
    assert await due_names() == []
    env.clock.advance(minutes=1)
    assert await due_names() == ["broken"]  # 1st failure: tried again in 5 minutes
    env.clock.advance(minutes=9)
    assert await due_names() == []  # 2nd: waits 10
    env.clock.advance(minutes=1)
    assert await due_names() == ["broken"]
    env.clock.advance(minutes=15)
    assert await due_names() == ["fast"]  # 3rd: waits 20, while fast keeps its 30
    env.clock.advance(minutes=5)
    assert await due_names() == ["broken"]
    broken_source = await env.manager.find("broken")
    assert broken_source.failures == 4
    assert broken_source.next_run_at == env.clock.now() + timedelta(minutes=40)
    assert (fast.hits, broken.hits) == (2, 4)


async def test_a_failed_poll_moves_the_source_job_to_its_retry_in_every_process(
    env: Env, server: Server
) -> None:
    broken = Board(server, "/v1/boards/broken/jobs")
    broken.status = 503
    source = await env.manager.add("greenhouse", "broken", url=server.base, interval="2h")
    polling, other = AsyncIOScheduler(timezone=UTC), AsyncIOScheduler(timezone=UTC)
    for scheduler in (polling, other):
        register_ingest_jobs(scheduler, env.manager, env.clock, rng=lambda: 0.0)
        sync = scheduler.get_job(SYNC_JOB)
        assert sync is not None
        await sync.func()
    job_id = f"{JOB_PREFIX}{source.id}"
    job = polling.get_job(job_id)
    assert job is not None and job.next_run_time == env.clock.now()
    # The job ticks every 2 hours; the poll fails and the retry comes in 5 minutes instead.
    other_job = other.get_job(job_id)
    assert other_job is not None
    other_job.modify(next_run_time=env.clock.now() + timedelta(hours=2))  # it polled last
    job.modify(next_run_time=env.clock.now() + timedelta(hours=2))  # as the scheduler does
    await job.func()
    retry = env.clock.now() + timedelta(minutes=5)
    assert (await env.manager.find("broken")).next_run_at == retry
    assert job.next_run_time == retry
    sync = other.get_job(SYNC_JOB)
    assert sync is not None
    await sync.func()  # the other process's job follows the stored retry
    assert other_job.next_run_time == retry
    env.clock.advance(minutes=5)
    job.modify(next_run_time=env.clock.now() + timedelta(hours=2))
    await job.func()
    assert broken.hits == 2
    assert job.next_run_time == env.clock.now() + timedelta(minutes=10)


async def test_jobs_follow_the_sources(env: Env, server: Server) -> None:
    scheduler = AsyncIOScheduler(timezone=UTC)
    register_ingest_jobs(scheduler, env.manager, env.clock, rng=lambda: 0.0)
    sync = scheduler.get_job(SYNC_JOB)
    assert sync is not None and sync.coalesce and sync.max_instances == 1
    a = await env.manager.add("greenhouse", "a", url=server.base, interval="2h")
    b = await env.manager.add("greenhouse", "b", url=server.base, interval="30m")
    await sync.func()
    job = scheduler.get_job(f"{JOB_PREFIX}{a.id}")
    assert job is not None and job.coalesce and job.max_instances == 1
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval == timedelta(hours=2) and job.trigger.jitter == jitter_for(7200)
    assert scheduler.get_job(f"{JOB_PREFIX}{b.id}") is not None
    await env.manager.pause("b")
    await env.manager.remove("a")
    await sync.func()
    assert [j.id for j in scheduler.get_jobs()] == [SYNC_JOB]
    await env.manager.resume("b")
    await sync.func()
    assert scheduler.get_job(f"{JOB_PREFIX}{b.id}") is not None


async def test_a_running_scheduler_polls_a_new_source(env: Env, server: Server) -> None:
    env.clock.current = datetime.now(UTC)  # APScheduler runs on the real clock
    board = Board(server, "/v1/boards/live/jobs")
    board.jobs = [gh_job(1, "Backend Engineer", company="Live")]
    missing = await env.manager.add("greenhouse", "gone", url=server.base, interval="10s")
    await env.manager.add("greenhouse", "live", url=server.base, interval="10s")
    scheduler = AsyncIOScheduler(timezone=UTC)
    register_ingest_jobs(scheduler, env.manager, env.clock, rng=lambda: 0.0)
    scheduler.start()
    try:
        for _ in range(200):  # until both polls are recorded, not merely under way
            live = await env.manager.find("live")
            if live.last_success_at and (await env.manager.find("gone")).failures:
                break
            await asyncio.sleep(0.05)
    finally:
        scheduler.shutdown(wait=False)
    assert (await env.manager.find("live")).last_success_at is not None
    assert (await env.manager.find(missing.label)).failures == 1
