"""Politeness and failures over real HTTP: validators, limits, errors, pagination guards."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from email.utils import format_datetime

import httpx
import pytest
from aiohttp import web

from core.sources.ingest import (
    USER_AGENT,
    FetchState,
    FormatError,
    IngestClient,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseTooLargeError,
    ServerError,
    SourceSpec,
    backoff_delay,
    make_client,
    poll,
)
from core.sources.ingest.fetch.http import parse_retry_after
from tests.ingest.conftest import NOW, Server

ONE_JOB = {"jobs": [{"id": 1, "title": "Engineer", "absolute_url": "https://x.example/1"}]}


def _json(
    payload: object, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    return web.Response(
        text=json.dumps(payload), status=status, content_type="application/json", headers=headers
    )


def _greenhouse(server: Server) -> SourceSpec:
    return SourceSpec.parse("greenhouse", "acme", server.base)


def _serve(server: Server, response: web.StreamResponse) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return response

    server.add("/v1/boards/acme/jobs", handler)


async def test_conditional_requests_and_user_agent(server: Server, client: IngestClient) -> None:
    stamp = "Wed, 25 Nov 2026 10:00:00 GMT"

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"'})
        return _json(ONE_JOB, headers={"ETag": '"v1"', "Last-Modified": stamp})

    server.add("/v1/boards/acme/jobs", handler)
    first = await poll(_greenhouse(server), client, FetchState(), NOW)
    assert first.state == FetchState('"v1"', stamp)
    assert len(first.postings) == 1 and not first.not_modified
    second = await poll(_greenhouse(server), client, first.state, NOW)
    assert second.not_modified and second.postings == [] and second.state == first.state
    again = server.requests[1].headers
    assert again["If-None-Match"] == '"v1"' and again["If-Modified-Since"] == stamp
    assert (
        again["User-Agent"] == USER_AGENT == "JobConcierge/0.1 (+https://github.com/job-concierge)"
    )


@pytest.mark.parametrize("retry_after", ["120", "date"])
async def test_429_carries_retry_after(
    server: Server, client: IngestClient, retry_after: str
) -> None:
    value = format_datetime(NOW + timedelta(seconds=120), usegmt=True)
    _serve(server, _json({}, 429, {"Retry-After": retry_after if retry_after != "date" else value}))
    with pytest.raises(RateLimitedError, match="rate limited") as caught:
        await poll(_greenhouse(server), client, FetchState(), NOW)
    assert caught.value.retry_after == 120 and caught.value.status == 429


@pytest.mark.parametrize(("status", "retry"), [(500, None), (502, None), (503, 30.0)])
async def test_5xx_is_a_server_error(
    server: Server, client: IngestClient, status: int, retry: float | None
) -> None:
    headers = {"Retry-After": "30"} if retry else {}
    _serve(server, _json({}, status, headers))
    with pytest.raises(ServerError, match=f"HTTP {status}") as caught:
        await poll(_greenhouse(server), client, FetchState(), NOW)
    assert caught.value.retry_after == retry


async def test_unknown_board_is_not_found(server: Server, client: IngestClient) -> None:
    spec = SourceSpec.parse("lever", "nobody", server.base)
    with pytest.raises(NotFoundError, match="unknown board"):
        await poll(spec, client, FetchState(), NOW)


async def test_empty_board_is_no_postings(server: Server, client: IngestClient) -> None:
    _serve(server, _json({"jobs": [], "meta": {"total": 0}}))
    result = await poll(_greenhouse(server), client, FetchState(), NOW)
    assert result.postings == [] and result.skipped == []


async def test_timeout(server: Server) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.5)
        return _json(ONE_JOB)

    server.add("/v1/boards/acme/jobs", slow)
    client = make_client(timeout=0.1)
    try:
        with pytest.raises(NetworkError, match="timed out"):
            await poll(_greenhouse(server), client, FetchState(), NOW)
    finally:
        await client.aclose()
    await asyncio.sleep(0.5)  # let the handler finish before the server stops


async def test_redirect_loop(server: Server, client: IngestClient) -> None:
    async def loop(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(request.path + "?n=" + str(len(server.requests)))

    server.add("/v1/boards/acme/jobs", loop)
    with pytest.raises(NetworkError, match="too many redirects"):
        await poll(_greenhouse(server), client, FetchState(), NOW)
    assert len(server.requests) == 6


@pytest.mark.parametrize("chunked", [False, True])
async def test_oversized_response(server: Server, client: IngestClient, chunked: bool) -> None:
    async def huge(request: web.Request) -> web.StreamResponse:
        if not chunked:
            return web.Response(body=b"[" + b" " * 2_000_000 + b"]")
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        for _ in range(40):
            await response.write(b" " * 64 * 1024)
        await response.write_eof()
        return response

    server.add("/v1/boards/acme/jobs", huge)
    with pytest.raises(ResponseTooLargeError, match="response larger than 1 MB"):
        await poll(_greenhouse(server), client, FetchState(), NOW)


async def test_connection_refused(client: IngestClient) -> None:
    spec = SourceSpec.parse("greenhouse", "acme", "http://127.0.0.1:9")
    with pytest.raises(NetworkError, match="cannot reach the server"):
        await poll(spec, client, FetchState(), NOW)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"jobs": [', "malformed JSON"),
        (b"[" * 100_000, "malformed JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'[{"id": 1}]', "the response should be an object, not a list"),
        (b'{"jobs": {"id": 1}}', '"jobs" should be a list'),
    ],
)
async def test_malformed_bodies(
    server: Server, client: IngestClient, body: bytes, message: str
) -> None:
    _serve(server, web.Response(body=body, content_type="application/json"))
    with pytest.raises(FormatError, match=message):
        await poll(_greenhouse(server), client, FetchState(), NOW)


async def test_gigantic_description_is_capped(server: Server, client: IngestClient) -> None:
    job = {"id": 7, "title": "Writer", "content": "&lt;p&gt;" + "word " * 100_000}
    _serve(server, _json({"jobs": [job]}))
    (posting,) = (await poll(_greenhouse(server), client, FetchState(), NOW)).postings
    assert len(posting.description) == 20_000 and posting.description.endswith("…")


async def test_failure_on_a_later_page_keeps_earlier_ones(
    server: Server, client: IngestClient
) -> None:
    async def paged(request: web.Request) -> web.StreamResponse:
        page = int(request.query.get("page", "1"))
        if page == 3:
            return _json({}, 429, {"Retry-After": "60"})
        job = {"slug": f"job-{page}", "title": "Engineer", "url": "https://a.example/j"}
        nxt = f"{server.base}/api/job-board-api?page={page + 1}"
        return _json({"data": [job], "links": {"next": nxt}})

    url = server.add("/api/job-board-api", paged)
    result = await poll(SourceSpec.parse("arbeitnow", "an", url), client, FetchState(), NOW)
    assert [p.id for p in result.postings] == ["arbeitnow:an:job-1", "arbeitnow:an:job-2"]
    assert result.retry_after == 60
    assert result.skipped == ["stopped at page 3: rate limited (HTTP 429); retry after 60 s"]


async def test_pagination_guards(server: Server, client: IngestClient) -> None:
    async def looping(request: web.Request) -> web.StreamResponse:
        job = {"slug": "same", "title": "Engineer"}
        return _json({"data": [job], "links": {"next": str(request.url)}})

    async def elsewhere(request: web.Request) -> web.StreamResponse:
        job = {"slug": "x", "title": "Engineer"}
        return _json({"data": [job], "links": {"next": "https://evil.example/api?page=2"}})

    spec = SourceSpec.parse("arbeitnow", "an", server.add("/loop", looping))
    result = await poll(spec, client, FetchState(), NOW)
    assert len(result.postings) == 1 and "bad next-page link" in result.skipped[0]
    spec = SourceSpec.parse("arbeitnow", "an", server.add("/away", elsewhere))
    result = await poll(spec, client, FetchState(), NOW)
    assert len(result.postings) == 1 and "bad next-page link" in result.skipped[0]


def test_backoff_delay() -> None:
    assert backoff_delay(0, 60, 3600) == 0
    assert [backoff_delay(n, 60, 3600) for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff_delay(10, 60, 3600) == 3600
    assert backoff_delay(10_000, 60, 3600) == 3600
    assert backoff_delay(3, 60, 3600, jitter=0.5, rng=lambda: 1.0) == 120
    assert backoff_delay(3, 60, 3600, jitter=0.5, rng=lambda: 0.0) == 240


def test_parse_retry_after() -> None:
    assert parse_retry_after("15", NOW) == 15
    assert parse_retry_after("Sunday", NOW) is None
    assert parse_retry_after(None, NOW) is None
    past = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(past, NOW) == 0
    assert parse_retry_after("99999999", NOW) == 24 * 3600


async def test_plain_httpx_client_works_too(server: Server) -> None:
    _serve(server, _json(ONE_JOB))
    async with httpx.AsyncClient() as plain:
        result = await poll(_greenhouse(server), plain, FetchState(), NOW)
    assert len(result.postings) == 1
