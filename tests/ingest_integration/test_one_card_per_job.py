"""A job on two sources is listed once everywhere, with an Open button per source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import cli_search
from bot.config import load_settings
from core.chat.replies import JobCard, JobCards, Reply
from core.errors import UserError
from tests.conftest import BOB
from tests.ingest.conftest import Server
from tests.ingest_integration.conftest import Board, Env, gh_job, lever_job

GREENHOUSE_URL = "https://boards.greenhouse.io/acme/jobs/1"
LEVER_URL = "https://jobs.lever.co/acme/a"


async def _same_job_on_two_sources(env: Env, server: Server) -> None:
    """Greenhouse and Lever list the same senior role; the store links them."""
    greenhouse = Board(server, "/v1/boards/acme/jobs")
    lever = Board(server, "/v0/postings/acme", wrap=False)
    greenhouse.jobs = [gh_job(1, "Senior Backend Engineer", "Berlin, Germany")]
    lever.jobs = [lever_job("a", "Sr. Backend Engineer", "Berlin")]
    for kind in ("greenhouse", "lever"):
        await env.manager.add(kind, "acme", url=server.base)
        await env.manager.poll_one(await env.manager.find(f"{kind}:acme"))
    links = await env.store.duplicate_links(["greenhouse:acme:1"])
    assert links["greenhouse:acme:1"] == [("lever:acme", LEVER_URL)]  # linked as one job


def senior_cards(reply: Reply) -> list[JobCard]:
    cards = [c for m in reply if isinstance(m, JobCards) for c in m.cards]
    return [c for c in cards if "Senior" in c.title or "Sr." in c.title]


def opens(card: JobCard) -> set[str]:
    return {action.url for action in card.actions if action.url}


@pytest.mark.parametrize("listing", ["/add", "/jobs", "/digest", "/more"])
async def test_a_search_added_later_lists_the_job_once(
    env: Env, server: Server, listing: str
) -> None:
    await _same_job_on_two_sources(env, server)
    added = await env.service.handle_text(BOB, "/add senior backend engineer")
    # /more goes on from /add's cards (chat30): the one card is not shown again
    reply = added if listing in ("/add", "/more") else await env.service.handle_text(BOB, listing)
    [card] = senior_cards(reply)
    assert opens(card) == {GREENHOUSE_URL, LEVER_URL}
    if listing in ("/digest", "/more"):  # both postings were recorded as sent with the card
        again = await env.service.handle_text(BOB, "/more")
        assert senior_cards(again) == []


async def test_concierge_search_lists_the_job_once(
    env: Env, server: Server, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await _same_job_on_two_sources(env, server)
    settings = load_settings({"DATABASE_URL": database_url})
    assert await cli_search.search(settings, "senior backend engineer", 20, True) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["posting_id"], row["same_job"]) for row in rows] == [
        ("greenhouse:acme:1", ["lever:acme:a"])
    ]
    assert await cli_search.search(settings, "senior backend engineer", 20, False) == 0
    printed = capsys.readouterr().out
    assert printed.count("Backend Engineer") == 1
    assert "the same job on: lever:acme:a" in printed


async def test_one_file_under_two_spellings_is_one_source(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "jobs.xml").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = await env.manager.add("feed", "./jobs.xml")
    assert first.url == str(tmp_path / "jobs.xml")  # polls from any folder read the same file
    for kind, target, url in (
        ("feed", "copy", "jobs.xml"),
        ("rss", "copy", "./jobs.xml"),
        ("feed", str(tmp_path / "jobs.xml"), None),
        ("rss", "jobs.xml", None),
        ("feed", "copy", f"file://{tmp_path}/./jobs.xml"),
    ):
        with pytest.raises(UserError, match=f"{first.label} (already reads .*jobs|is already a)"):
            await env.manager.add(kind, target, url=url)
    assert [s.label for s in await env.manager.sources()] == [first.label]


async def test_a_file_named_without_dot_slash_is_a_file_source(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "feeds").mkdir()
    for name in ("jobs.csv", "feeds/jobs.jsonl"):
        (tmp_path / name).write_text("id,title\n1,Backend Engineer\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    added = [await env.manager.add("feed", name) for name in ("jobs.csv", "feeds/jobs.jsonl")]
    assert [(s.label, s.url) for s in added] == [
        ("feed:jobs", str(tmp_path / "jobs.csv")),
        ("feed:jobs-2", str(tmp_path / "feeds" / "jobs.jsonl")),
    ]
    with pytest.raises(UserError, match="needs a URL or a file path"):
        await env.manager.add("rss", "news")


async def test_one_url_under_two_spellings_is_one_source(env: Env) -> None:
    await env.manager.add("feed", "jobs", url="https://jobs.example/feed.xml")
    with pytest.raises(UserError, match="feed:jobs already reads"):
        await env.manager.add("rss", "again", url="HTTPS://Jobs.Example/feed.xml/")
