"""Each connector against its API's documented shape, served over real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from aiohttp import web

from core.sources.ingest import FetchState, FormatError, IngestClient, PollResult, SourceSpec, poll
from tests.ingest.conftest import NOW, Server


async def _poll(kind: str, name: str, url: str, client: IngestClient) -> PollResult:
    return await poll(SourceSpec.parse(kind, name, url), client, FetchState(), NOW)


async def test_greenhouse_board(server: Server, client: IngestClient) -> None:
    server.fixture("/v1/boards/acme/jobs", "greenhouse.json")
    result = await _poll("greenhouse", "acme", server.base, client)
    first, second = result.postings
    assert first.id == "greenhouse:acme:4012345"
    assert first.source == "greenhouse:acme"
    assert first.company == "Acme"
    assert first.location == "Berlin, Germany"
    assert first.url == "https://boards.greenhouse.io/acme/jobs/4012345"
    assert (
        first.description
        == "About the role\n\nBuild & run our Python services.\n\n• PostgreSQL\n• Kafka"
    )
    assert "alert" not in first.description
    assert first.tags == ("Engineering",)
    assert first.posted_at == datetime(2026, 11, 1, 14, 0, tzinfo=UTC)
    assert second.workplace == "remote" and second.title == "Data Engineer II"
    assert second.posted_at is None  # "not a date" is dropped, the posting kept
    assert second.company == "Acme"  # no company_name: the board token
    assert len(result.skipped) == 3
    assert any('missing "title"' in reason for reason in result.skipped)
    assert any("expected a JSON object" in reason for reason in result.skipped)
    query = server.requests[0].query
    assert query["content"] == "true"


async def test_lever_site_with_millisecond_dates(server: Server, client: IngestClient) -> None:
    server.fixture("/v0/postings/globex", "lever.json")
    result = await _poll("lever", "globex", server.base, client)
    platform, support = result.postings
    assert platform.id == "lever:globex:5ac21346-8e0c-4494-8e7a-3eb92ff77902"
    assert platform.posted_at == datetime.fromtimestamp(1793520000, tz=UTC)
    assert platform.location == "London / Manchester"
    assert platform.workplace == "hybrid"
    assert (platform.salary_min, platform.salary_max, platform.currency) == (72000, 90000, "GBP")
    assert platform.url == "https://jobs.lever.co/globex/5ac21346-8e0c-4494-8e7a-3eb92ff77902"
    assert "Requirements\n• Go\n• Kubernetes" in platform.description
    assert platform.description.endswith("We offer a great team.")
    assert platform.tags == ("Platform", "Full-time")
    assert (support.salary_min, support.salary_max, support.currency) == (62400, 83200, "USD")
    assert support.workplace == "remote" and support.posted_at is None
    assert result.skipped == ['record 3: missing or invalid "id"']
    assert server.requests[0].query["mode"] == "json"


async def test_ashby_board_skips_unlisted(server: Server, client: IngestClient) -> None:
    server.fixture("/posting-api/job-board/initech", "ashby.json")
    result = await _poll("ashby", "initech", server.base, client)
    staff, designer = result.postings
    assert staff.title == "Staff Software Engineer"
    assert staff.location == "New York / San Francisco"
    assert staff.workplace == "onsite"
    assert (staff.salary_min, staff.salary_max, staff.currency) == (200000, 250000, "USD")
    assert staff.url == "https://jobs.ashbyhq.com/initech/0f7a9f4e-1111-4111-8111-111111111111"
    assert staff.company == "Initech"
    assert designer.workplace == "remote" and designer.posted_at is None
    assert (designer.salary_min, designer.salary_max, designer.currency) == (104000, None, "EUR")
    assert all("Secret" not in p.title for p in result.postings)
    assert len(result.skipped) == 1 and 'missing "title"' in result.skipped[0]
    assert server.requests[0].query["includeCompensation"] == "true"


async def test_remoteok_skips_the_legal_notice(server: Server, client: IngestClient) -> None:
    url = server.fixture("/api", "remoteok.json")
    result = await _poll("remoteok", "remoteok", url, client)
    (job,) = result.postings
    assert job.id == "remoteok:remoteok:1089999"
    assert job.company == "Acme Inc." and job.workplace == "remote"
    assert (job.salary_min, job.salary_max, job.currency) == (90000, None, "USD")
    assert job.url == "https://remoteok.com/remote-jobs/remote-senior-backend-engineer-acme-1089999"
    assert job.description == "Work on our backend & APIs."
    assert job.posted_at == datetime.fromtimestamp(1793433600, tz=UTC)
    assert len(result.skipped) == 1 and "1090000" in result.skipped[0]


async def test_remotive(server: Server, client: IngestClient) -> None:
    url = server.fixture("/api/remote-jobs", "remotive.json")
    result = await _poll("remotive", "remotive", url, client)
    frontend, support = result.postings
    assert (frontend.salary_min, frontend.salary_max, frontend.currency) == (60000, 75000, "EUR")
    assert frontend.location == "Europe" and frontend.workplace == "remote"
    assert "react" in frontend.tags and "full time" in frontend.tags
    assert frontend.posted_at == datetime(2026, 11, 15, 12, 0, tzinfo=UTC)
    assert (support.salary_min, support.currency) == (52000, "USD")
    assert result.skipped == []


async def test_arbeitnow_follows_pages(server: Server, client: IngestClient) -> None:
    pages = {None: server.text("arbeitnow_1.json"), "2": server.text("arbeitnow_2.json")}

    async def paged(request: web.Request) -> web.StreamResponse:
        return web.Response(text=pages[request.query.get("page")], content_type="application/json")

    url = server.add("/api/job-board-api", paged)
    result = await _poll("arbeitnow", "arbeitnow", url, client)
    assert [p.company for p in result.postings] == ["Acme GmbH", "Globex"]
    backend, student = result.postings
    assert backend.workplace is None and student.workplace == "remote"
    assert backend.id == "arbeitnow:arbeitnow:backend-engineer-berlin-acme-123"
    assert backend.posted_at == datetime.fromtimestamp(1793433600, tz=UTC)
    assert "working student" in student.tags
    assert [r.query.get("page") for r in server.requests] == [None, "2"]
    assert len(result.skipped) == 1 and "slug" in result.skipped[0]


async def test_rss_and_atom(server: Server, client: IngestClient) -> None:
    rss_url = server.fixture("/jobs.rss", "jobs.rss", "application/rss+xml")
    atom_url = server.fixture("/jobs.atom", "jobs.atom", "application/atom+xml")
    rss = await _poll("rss", "example", rss_url, client)
    python, office = rss.postings
    assert python.id == "rss:example:job-42"
    assert python.url == "https://jobs.example.com/jobs/42"
    assert python.workplace == "remote"
    assert python.description == "Write Python.\n\nSalary €70k"
    assert python.posted_at == datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
    assert python.tags == ("python", "remote")
    assert office.posted_at is None and office.id == "rss:example:https://jobs.example.com/jobs/43"
    assert len(rss.skipped) == 1
    atom = await _poll("rss", "atom", atom_url, client)
    (qa,) = atom.postings
    assert qa.workplace == "hybrid" and qa.description == "Test & ship."
    assert qa.posted_at == datetime(2026, 11, 20, 18, 30, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "body", [b"<html><body>Not a feed</body></html>", b"<rss><channel><item><title>x", b""]
)
async def test_rss_that_is_not_a_feed(server: Server, client: IngestClient, body: bytes) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, content_type="text/html")

    url = server.add("/feed", handler)
    with pytest.raises(FormatError, match="not a valid RSS or Atom feed"):
        await _poll("rss", "broken", url, client)
