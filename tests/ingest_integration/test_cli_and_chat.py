"""`concierge sources …` / `concierge ingest` functions, and /sources for operators in chat."""

from __future__ import annotations

import re

import pytest

from bot import cli_sources
from bot.config import load_settings
from core.chat.replies import ErrorText, Text
from core.chat.service import Concierge, Limits
from core.errors import UserError
from core.model import Actor, SubscriberKey
from core.sources.commands import (
    AddSource,
    ListSources,
    SourcesUsage,
    is_operator,
    parse_sources,
)
from core.sources.model import format_interval, name_from_address, parse_interval
from tests.conftest import ALICE, BOB
from tests.ingest.conftest import FIXTURES, Server
from tests.ingest_integration.conftest import Board, Env, gh_job


async def test_cli_add_list_ingest_pause_remove(
    database_url: str, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"DATABASE_URL": database_url})
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer"), {"id": 2}]
    assert await cli_sources.add(settings, "greenhouse", "acme", url=server.base) == 0
    assert await cli_sources.add(settings, "feed", str(FIXTURES / "postings.csv")) == 0
    assert await cli_sources.ingest(settings) == 0
    captured = capsys.readouterr()
    assert "Added greenhouse:acme" in captured.out and "Added feed:postings" in captured.out
    assert "Polled 2 source(s): " in captured.out and "0 failed" in captured.out
    assert "[2/2]" in captured.err and "first poll" in captured.err
    board.status = 503
    assert await cli_sources.ingest(settings, "acme") == 1
    assert "1 failed" in capsys.readouterr().out
    assert await cli_sources.list_sources(settings) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("SOURCE") and "LAST ERROR" in table[0]
    acme = next(line for line in table if line.startswith("greenhouse:acme"))
    assert "failing (1x)" in acme and "HTTP 503" in acme and " 30m " in acme
    # Only a source whose own URL is on a private network may reach it; the list says which.
    assert "greenhouse:acme: private network allowed: URL configured in 127.0.0.0/8" in table
    assert not any(line.startswith("feed:postings:") for line in table)
    assert await cli_sources.pause(settings, "acme") == 0
    assert await cli_sources.resume(settings, "greenhouse:acme") == 0
    assert await cli_sources.remove(settings, "postings") == 0
    assert "closed its 1 open posting" in capsys.readouterr().out
    with pytest.raises(UserError, match="already a source"):
        await cli_sources.add(settings, "greenhouse", "acme", url=server.base)
    with pytest.raises(UserError, match="at most every 5m"):
        await cli_sources.add(settings, "greenhouse", "stripe", interval="1m")


def test_intervals_and_names() -> None:
    assert [parse_interval(t) for t in ("90s", "30m", "2h", "1d", "1h30m", "45")] == [
        90, 1800, 7200, 86400, 5400, 2700,
    ]  # fmt: skip
    assert [format_interval(s) for s in (90, 1800, 7200, 86400, 5400)] == [
        "1m30s", "30m", "2h", "1d", "1h30m",
    ]  # fmt: skip
    for bad in ("", "soon", "-5m", "0m", "30x", "99d"):
        with pytest.raises(UserError):
            parse_interval(bad)
    assert name_from_address("https://www.weworkremotely.com/remote-jobs.rss") == (
        "weworkremotely.com"
    )
    assert name_from_address("/data/My Jobs.jsonl") == "my-jobs"


def test_parsing_and_operators() -> None:
    assert parse_sources("") == ListSources()
    assert parse_sources("add lever acme —interval 1h --url=https://api.eu.lever.co") == AddSource(
        "lever", "acme", "https://api.eu.lever.co", "1h"
    )
    assert isinstance(parse_sources("frobnicate"), SourcesUsage)
    admins = {"console:alice", "slack:T1:U2", "telegram::7:7"}
    assert is_operator(ALICE, Actor("alice"), admins)
    assert not is_operator(BOB, Actor("bob"), admins)
    assert is_operator(SubscriberKey("slack", "T1", "", "C9"), Actor("U2"), admins)
    assert is_operator(SubscriberKey("telegram", "", "7", "7"), Actor("7"), admins)
    assert not is_operator(SubscriberKey("telegram", "", "", "-100"), Actor("7"), admins)


async def test_sources_in_chat_for_operators_only(env: Env, server: Server) -> None:
    board = Board(server, "/v1/boards/acme/jobs")
    board.jobs = [gh_job(1, "Senior Backend Engineer")]
    service = Concierge(
        env.store,
        env.service.intake,
        env.clock,
        Limits(),
        sources=env.manager,
        admins={"console:alice"},
    )

    async def say(key: SubscriberKey, text: str, user: str = "alice") -> str:
        reply = await service.handle(key, parse_sources(text), Actor(user))
        assert all(isinstance(m, Text | ErrorText) for m in reply)
        return "\n".join(m.text for m in reply)  # type: ignore[union-attr]

    alice, bob = ALICE, BOB
    assert "for the bot's operators" in await say(bob, "list", "bob")
    assert "No job sources yet" in await say(alice, "")
    added = await say(alice, f"add greenhouse acme --url {server.base} --interval 1h")
    assert "Added greenhouse:acme, polled every 1h" in added
    assert "only be added with" in await say(alice, f"add feed {FIXTURES / 'postings.csv'}")
    polled = await say(alice, "poll acme")
    assert "1 new" in polled and "first poll" in polled
    assert "not modified" in await say(alice, "poll acme")
    listing = await say(alice, "list")
    assert "greenhouse:acme — every 1h — ok" in listing and "next run" in listing
    assert f"  {server.base}\n  private network allowed: URL configured in 127.0.0.0/8" in listing
    assert "Paused" in await say(alice, "pause acme")
    assert "paused" in await say(alice, "list")
    assert "Resumed" in await say(alice, "resume acme")
    assert "1 open postings are closed" in await say(alice, "remove acme")
    unknown = await say(alice, "poll nope")
    assert unknown == 'There is no source "nope". /sources shows them.'  # not the CLI's words
    assert "There is no source" in await say(alice, "pause acme")


async def test_resuming_a_failing_source_clears_its_error_and_says_when_it_polls(
    database_url: str, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"DATABASE_URL": database_url})
    board = Board(server, "/v1/boards/acme/jobs")
    board.status = 503
    assert await cli_sources.add(settings, "greenhouse", "acme", url=server.base) == 0
    assert await cli_sources.ingest(settings) == 1
    assert await cli_sources.pause(settings, "acme") == 0
    capsys.readouterr()
    assert await cli_sources.resume(settings, "acme") == 0
    said = capsys.readouterr().out
    assert re.search(r"Resumed greenhouse:acme, next poll at \d{4}-\d\d-\d\d \d\d:\d\d UTC", said)
    assert await cli_sources.list_sources(settings) == 0
    acme = next(line for line in capsys.readouterr().out.splitlines() if "acme" in line)
    assert " resumed " in acme and "503" not in acme and " new " not in acme
