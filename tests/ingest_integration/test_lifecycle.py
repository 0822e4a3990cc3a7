"""Polling a source into the store: baseline, updates, closing, reopening, 304s, partial polls."""

from __future__ import annotations

from aiohttp import web

from tests.conftest import ALICE
from tests.ingest.conftest import Server
from tests.ingest_integration.conftest import Board, Env, gh_job


async def _open_ids(env: Env) -> set[str]:
    return {p.id for p in await env.store.open_postings()}


async def _unsent(env: Env) -> list[str]:
    subscriber = await env.store.subscriber(ALICE, env.clock.now())
    return [m.posting.id for m in await env.store.unsent_matches(subscriber.id)]


async def test_first_poll_is_a_silent_baseline_then_new_postings_notify(
    env: Env, server: Server
) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer"), gh_job(2, "Office Manager")]
    source = await env.manager.add("greenhouse", "acme", url=server.base)
    report = await env.manager.poll_one(source)
    assert report is not None and report.status == "baseline"
    assert (report.counts.new, report.counts.closed) == (2, 0)
    assert await _open_ids(env) == {"greenhouse:acme:1", "greenhouse:acme:2"}
    assert await _unsent(env) == []  # nobody is flooded by the first poll ...
    jobs = await env.service.handle_text(ALICE, "/jobs")
    assert "Senior Backend Engineer" in repr(jobs)  # ... but /jobs shows the matches

    board.jobs.append(gh_job(3, "Backend Engineer, Payments"))
    env.clock.advance(minutes=30)
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.status == "ok"
    assert (report.counts.new, report.counts.unchanged) == (1, 2)
    assert await _unsent(env) == ["greenhouse:acme:3"]


async def test_repeated_polls_update_and_never_duplicate(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base)
    for _ in range(3):
        await env.manager.poll_one(await env.manager.find("acme"))
    board.jobs[0]["title"] = "Senior Backend Engineer (Go)"
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.counts.updated == 1
    postings = await env.store.open_postings()
    assert [(p.id, p.title) for p in postings] == [
        ("greenhouse:acme:1", "Senior Backend Engineer (Go)")
    ]


async def test_not_modified_changes_nothing_but_records_the_run(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base)
    await env.manager.poll_one(await env.manager.find("acme"))
    env.clock.advance(minutes=30)
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.status == "not_modified"
    assert server.requests[-1].headers["If-None-Match"]
    source = await env.manager.find("acme")
    assert source.last_run_at == env.clock.now() and source.counts.new == 1
    assert await _open_ids(env) == {"greenhouse:acme:1"}


async def test_gone_postings_close_and_come_back(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer"), gh_job(2, "Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base)
    await env.manager.poll_one(await env.manager.find("acme"))
    board.jobs = board.jobs[:1]
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.counts.closed == 1
    assert await _open_ids(env) == {"greenhouse:acme:1"}
    assert await env.store.posting("greenhouse:acme:2") is not None  # closed, not deleted
    assert "greenhouse:acme:2" not in repr(await env.service.handle_text(ALICE, "/jobs"))
    board.jobs.append(gh_job(2, "Backend Engineer"))
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.counts.updated == 1  # reopened
    assert await _open_ids(env) == {"greenhouse:acme:1", "greenhouse:acme:2"}


async def test_an_empty_answer_closes_only_when_repeated(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base)
    await env.manager.poll_one(await env.manager.find("acme"))
    board.jobs = []
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.counts.closed == 0 and "no postings" in report.error
    assert await _open_ids(env) == {"greenhouse:acme:1"}
    board.raw = '{"jobs": [], "meta": {}}'  # a different body, so not a 304
    report = await env.manager.poll_one(await env.manager.find("acme"))
    assert report is not None and report.counts.closed == 1
    assert await _open_ids(env) == set()


async def test_a_partial_poll_closes_nothing(env: Env, server: Server) -> None:
    pages = {None: server.text("arbeitnow_1.json")}

    async def paged(request: web.Request) -> web.StreamResponse:
        page = pages.get(request.query.get("page"))
        if page is None:
            return web.Response(status=503, headers={"Retry-After": "7200"})
        return web.Response(text=page, content_type="application/json")

    server.add("/api/job-board-api", paged)
    pages["2"] = server.text("arbeitnow_2.json")
    await env.manager.add("arbeitnow", "arbeitnow", url=server.base)
    first = await env.manager.poll_one(await env.manager.find("arbeitnow"))
    assert first is not None and first.counts.new == 2
    del pages["2"]
    report = await env.manager.poll_one(await env.manager.find("arbeitnow"))
    assert report is not None and report.status == "partial"
    assert report.counts.closed == 0 and "stopped at page 2" in report.error
    assert len(await _open_ids(env)) == 2
    source = await env.manager.find("arbeitnow")
    assert source.next_run_at is not None
    assert (source.next_run_at - env.clock.now()).total_seconds() == 7200  # Retry-After


async def test_remove_closes_the_postings_and_pause_resume(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer")]
    await env.manager.add("greenhouse", "acme", url=server.base, interval="1h")
    assert await env.manager.poll_due() != []
    paused = await env.manager.pause("greenhouse:acme")
    env.clock.advance(hours=2)
    assert (await env.manager.find(paused.label)).paused and await env.manager.poll_due() == []
    await env.manager.resume("acme")
    assert [r.source.label for r in await env.manager.poll_due()] == ["greenhouse:acme"]
    _, closed = await env.manager.remove("acme")
    assert closed == 1 and await _open_ids(env) == set()
    assert await env.manager.sources() == []
