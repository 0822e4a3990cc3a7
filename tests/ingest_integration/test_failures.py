"""Bad sources are marked failing with the reason and back off; nothing stored is lost."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiohttp import web

from tests.ingest.conftest import Server
from tests.ingest_integration.conftest import Board, Env, gh_job


async def _seeded(env: Env, server: Server) -> Board:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer"), gh_job(2, "Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base, interval="30m")
    await env.manager.poll_one(await env.manager.find("acme"))
    return board


@pytest.mark.parametrize(
    ("status", "raw", "reason"),
    [
        (500, None, "HTTP 500"),
        (404, None, "not found"),
        (200, '{"jobs": [', "malformed JSON"),
        (200, '{"jobs": "none"}', '"jobs" should be a list'),
        (200, "<html><script>alert(1)</script></html>", "malformed JSON"),
        (200, '{"jobs": [{"id": 1}, {"title": "x"}]}', "all 2 records were skipped"),
    ],
)
async def test_a_failing_source_keeps_its_postings(
    env: Env, server: Server, status: int, raw: str | None, reason: str
) -> None:
    board = await _seeded(env, server)
    board.status, board.raw = status, raw
    env.clock.advance(minutes=30)
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.status == "failed" and reason in report.error
    source = await env.manager.find("acme")
    assert source.failures == 1 and reason in source.last_error
    assert await env.store.count_open_postings() == 2


async def test_back_off_doubles_honours_retry_after_and_resets(env: Env, server: Server) -> None:
    board = await _seeded(env, server)
    board.status = 503
    delays = []
    for _ in range(3):
        env.clock.advance(hours=30)
        await env.manager.poll_one(await env.manager.find("acme"))
        source = await env.manager.find("acme")
        assert source.next_run_at is not None
        delays.append(source.next_run_at - env.clock.now())
    assert delays == [timedelta(minutes=5), timedelta(minutes=10), timedelta(minutes=20)]
    board.status, board.headers = 429, {"Retry-After": "36000"}
    await env.manager.poll_one(await env.manager.find("acme"))
    source = await env.manager.find("acme")
    assert source.next_run_at == env.clock.now() + timedelta(hours=10)
    assert "429" in source.last_error and source.failures == 4
    board.status = 200
    await env.manager.poll_one(source)
    source = await env.manager.find("acme")
    assert source.failures == 0 and source.last_error == ""


async def test_timeouts_and_redirect_loops_fail_cleanly(env: Env, server: Server) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(3)
        return web.json_response({"jobs": []})

    async def loop(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(request.path)

    server.add("/v1/boards/slow/jobs", slow)
    server.add("/v1/boards/loop/jobs", loop)
    await env.manager.add("greenhouse", "slow", url=server.base)
    await env.manager.add("greenhouse", "loop", url=server.base)
    reports = {r.source.name: r for r in await env.manager.poll_due()}
    assert "timed out" in reports["slow"].error
    assert "redirects" in reports["loop"].error


async def test_one_bad_source_does_not_stop_the_others(env: Env, server: Server) -> None:
    good = Board(server, "/v1/boards/good/jobs")
    good.jobs = [gh_job(1, "Backend Engineer", company="Good")]
    await env.manager.add("greenhouse", "good", url=server.base)
    await env.manager.add("greenhouse", "missing", url=server.base)
    reports = {r.source.name: r.status for r in await env.manager.poll_due()}
    assert reports == {"good": "baseline", "missing": "failed"}
    assert [p.id for p in await env.store.open_postings()] == ["greenhouse:good:1"]


async def test_every_fixture_kind_polls_through_the_manager(env: Env, server: Server) -> None:
    server.fixture("/v1/boards/acme/jobs", "greenhouse.json")
    server.fixture("/v0/postings/acme", "lever.json")
    server.fixture("/posting-api/job-board/acme", "ashby.json")
    server.fixture("/api", "remoteok.json")
    server.fixture("/api/remote-jobs", "remotive.json")
    rss = server.fixture("/jobs.rss", "jobs.rss", "application/rss+xml")
    feed = server.fixture("/postings.jsonl", "postings.jsonl", "application/x-ndjson")
    for kind in ("greenhouse", "lever", "ashby", "remoteok", "remotive"):
        await env.manager.add(kind, "acme", url=server.base)
    await env.manager.add("rss", rss)
    await env.manager.add("feed", feed)
    reports = await env.manager.poll_due()
    assert len(reports) == 7
    for report in reports:
        assert report.status == "baseline", (report.source.label, report.error)
        assert report.counts.new > 0
    skipped = {r.source.kind: r.counts.skipped for r in reports}
    assert skipped["greenhouse"] > 0  # the fixture's bad records are skipped with reasons
    assert (await env.manager.find("rss:127.0.0.1")).counts.new == len(
        [p for p in await env.store.open_postings() if p.id.startswith("rss:")]
    )
