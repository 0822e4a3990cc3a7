"""Import-schema feeds (URL and file) and source definitions."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import web

from core.errors import UserError
from core.sources.ingest import (
    SOURCE_KINDS,
    FetchState,
    FormatError,
    IngestClient,
    SourceSpec,
    SourceSpecError,
    default_url,
    poll,
)
from tests.ingest.conftest import FIXTURES, NOW, Server


async def test_jsonl_file_by_path(client: IngestClient) -> None:
    spec = SourceSpec.parse("feed", "mine", str(FIXTURES / "postings.jsonl"))
    result = await poll(spec, client, FetchState(), NOW)
    backend, frontend = result.postings
    assert backend.id == "feed:mine:a1" and backend.source == "feed:mine"
    assert backend.url == "https://acme.example/jobs/a1" and backend.workplace == "hybrid"
    assert (frontend.salary_min, frontend.currency) == (50000, "EUR")
    assert [r.split(":")[0] for r in result.skipped] == ["line 2", "line 3"]


async def test_csv_file_by_file_url(client: IngestClient) -> None:
    spec = SourceSpec.parse("feed", "csv", (FIXTURES / "postings.csv").as_uri())
    result = await poll(spec, client, FetchState(), NOW)
    (analyst,) = result.postings
    assert analyst.id == "feed:csv:c1" and analyst.salary_min == 70000
    assert len(result.skipped) == 1


@pytest.mark.parametrize(
    ("name", "path", "content_type"),
    [
        ("postings.jsonl", "/export", "application/x-ndjson"),
        ("postings.csv", "/export.csv", "text/plain"),
        ("postings.csv", "/export", "text/csv"),
    ],
)
async def test_feed_by_url(
    server: Server, client: IngestClient, name: str, path: str, content_type: str
) -> None:
    url = server.fixture(path, name, content_type)
    result = await poll(SourceSpec.parse("feed", "remote", url), client, FetchState(), NOW)
    assert result.postings and all(p.id.startswith("feed:remote:") for p in result.postings)


async def test_json_array_feed_by_url(server: Server, client: IngestClient) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        body = '[{"id": "j1", "title": "Engineer"}, {"title": "no id"}]'
        return web.Response(text=body, content_type="application/json")

    url = server.add("/all.json", handler)
    result = await poll(SourceSpec.parse("feed", "arr", url), client, FetchState(), NOW)
    assert [p.id for p in result.postings] == ["feed:arr:j1"] and len(result.skipped) == 1


async def test_unreadable_feeds(tmp_path: Path, server: Server, client: IngestClient) -> None:
    missing = SourceSpec.parse("feed", "gone", str(tmp_path / "nope.jsonl"))
    with pytest.raises(FormatError, match="no such file"):
        await poll(missing, client, FetchState(), NOW)

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text="name,city\nx,y\n", content_type="text/csv")

    url = server.add("/bad.csv", handler)
    with pytest.raises(FormatError, match='no "title" column'):
        await poll(SourceSpec.parse("feed", "bad", url), client, FetchState(), NOW)


async def test_rss_from_a_file(client: IngestClient) -> None:
    spec = SourceSpec.parse("rss", "local", str(FIXTURES / "jobs.rss"))
    assert len((await poll(spec, client, FetchState(), NOW)).postings) == 2


def test_spec_validation() -> None:
    assert set(SOURCE_KINDS) == {
        "greenhouse", "lever", "ashby", "rss", "feed", "remoteok", "remotive", "arbeitnow"
    }  # fmt: skip
    assert SourceSpec.parse(" Greenhouse ", "Acme").name == "acme"
    with pytest.raises(SourceSpecError, match='unknown source kind "workday"'):
        SourceSpec.parse("workday", "acme")
    for bad in ("", "a b", "../etc", "x:y", "a/b"):
        with pytest.raises(SourceSpecError, match="board token"):
            SourceSpec.parse("lever", bad)
    with pytest.raises(SourceSpecError, match="needs a URL or a file path"):
        SourceSpec.parse("rss", "news")
    with pytest.raises(SourceSpecError, match="not an http"):
        SourceSpec.parse("greenhouse", "acme", "ftp://x.example/")
    with pytest.raises(SourceSpecError, match="not an http"):
        SourceSpec.parse("lever", "acme", "/etc/passwd")
    assert issubclass(SourceSpecError, UserError) and issubclass(SourceSpecError, ValueError)


def test_default_urls() -> None:
    def url(kind: str, name: str, given: str | None = None) -> str:
        return default_url(SourceSpec.parse(kind, name, given))

    assert url("greenhouse", "acme") == (
        "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true"
    )
    assert url("lever", "globex") == "https://api.lever.co/v0/postings/globex?mode=json"
    assert url("lever", "globex", "https://api.eu.lever.co") == (
        "https://api.eu.lever.co/v0/postings/globex?mode=json"
    )
    assert url("ashby", "initech") == (
        "https://api.ashbyhq.com/posting-api/job-board/initech?includeCompensation=true"
    )
    assert url("remoteok", "remoteok") == "https://remoteok.com/api"
    assert url("remotive", "remotive") == "https://remotive.com/api/remote-jobs"
    assert url("arbeitnow", "arbeitnow") == "https://www.arbeitnow.com/api/job-board-api"
    assert url("rss", "x", "https://a.example/feed.xml") == "https://a.example/feed.xml"


async def test_a_spec_built_by_hand_with_an_unknown_kind(client: IngestClient) -> None:
    with pytest.raises(SourceSpecError, match="unknown source kind"):
        await poll(SourceSpec("workday", "acme"), client, FetchState(), NOW)
