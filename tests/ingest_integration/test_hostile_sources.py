"""Hostile sources through the manager and the CLI: each fails with its reason, others go on."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import web

from bot import cli_sources
from bot.config import load_settings
from tests.ingest.conftest import FIXTURES, Server
from tests.ingest.test_hostile_feeds import BOMBS, PROMPTLY
from tests.ingest_integration.conftest import Board, Env, gh_job


def _serve(server: Server, path: str, body: str) -> str:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text=body, content_type="application/rss+xml")

    return server.add(path, handler)


async def test_hostile_feeds_fail_with_their_reason_and_the_others_carry_on(
    env: Env, server: Server
) -> None:
    good = Board(server, "/v1/boards/good/jobs")
    good.jobs = [gh_job(1, "Backend Engineer", company="Good")]
    await env.manager.add("greenhouse", "good", url=server.base)
    await env.manager.add("rss", "path", url=_serve(server, "/p.rss", str(FIXTURES / "jobs.rss")))
    await env.manager.add("rss", "bomb", url=_serve(server, "/b.rss", BOMBS["internal entity"]))

    async def to_metadata(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")

    await env.manager.add("rss", "ssrf", url=server.add("/r.rss", to_metadata))
    async with asyncio.timeout(PROMPTLY):
        reports = {r.source.name: r for r in await env.manager.poll_due()}
    assert {name: r.status for name, r in reports.items()} == {
        "good": "baseline", "path": "failed", "bomb": "failed", "ssrf": "failed"
    }  # fmt: skip
    assert "not a valid RSS or Atom feed" in (await env.manager.find("path")).last_error
    assert "declares XML entities" in (await env.manager.find("bomb")).last_error
    assert (await env.manager.find("ssrf")).last_error.startswith(
        "refused to connect to 169.254.169.254 (169.254.169.254, a cloud metadata address)"
    )
    assert [p.id for p in await env.store.open_postings()] == ["greenhouse:good:1"]


async def test_concierge_ingest_refuses_a_local_feed_with_entities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"})
    bomb = tmp_path / "bomb.rss"
    bomb.write_text(BOMBS["billion laughs"], encoding="utf-8")
    assert await cli_sources.add(settings, "rss", str(bomb)) == 0
    assert await cli_sources.ingest(settings) == 1
    captured = capsys.readouterr()
    assert "rss:bomb: failed — the feed declares XML entities" in captured.err
    assert "1 failed" in captured.out


async def test_sources_list_names_the_private_range_a_source_may_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"})
    assert await cli_sources.add(settings, "rss", "http://127.0.0.1:8080/jobs.rss") == 0
    assert await cli_sources.add(settings, "rss", "https://example.com/jobs.rss") == 0
    assert await cli_sources.list_sources(settings) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "rss:127.0.0.1: private network allowed: URL configured in 127.0.0.0/8"
    assert not any(line.startswith("rss:example.com:") for line in lines)
