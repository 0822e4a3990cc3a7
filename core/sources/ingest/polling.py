"""Polling one source: fetch (conditionally, page by page), parse, report."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from core.errors import SourceError
from core.sources.ingest import arbeitnow, ashby, feed, greenhouse, lever, remoteok, remotive, rss
from core.sources.ingest.build import Page
from core.sources.ingest.errors import (
    FetchError,
    FormatError,
    ResponseTooLargeError,
    SourceSpecError,
)
from core.sources.ingest.fetch.addresses import AddressPolicy
from core.sources.ingest.fetch.http import DEFAULT_MAX_BYTES, HttpClient, fetch
from core.sources.ingest.spec import (
    SOURCE_KINDS,
    FetchState,
    PollResult,
    SourceSpec,
    default_url,
    local_path,
)

log = logging.getLogger("core.sources.ingest")

MAX_PAGES = 20
Parser = Callable[[bytes, SourceSpec, datetime], Page]
_PARSERS: dict[str, Parser] = {
    "greenhouse": greenhouse.parse,
    "lever": lever.parse,
    "ashby": ashby.parse,
    "rss": rss.parse,
    "remoteok": remoteok.parse,
    "remotive": remotive.parse,
    "arbeitnow": arbeitnow.parse,
}
_ACCEPT = {
    "rss": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    "feed": "application/json, application/x-ndjson, text/csv;q=0.9, */*;q=0.5",
}


async def poll(
    spec: SourceSpec, client: HttpClient, state: FetchState, now: datetime
) -> PollResult:
    """Fetch and parse one source; raise a SourceError subclass when the source fails.

    A failure after the first page keeps what was read and notes it in skipped (with
    retry_after when the server asked for a pause); a 304 on the first page is not_modified.
    """
    if spec.kind not in SOURCE_KINDS:
        raise SourceSpecError(f'unknown source kind "{spec.kind}"')
    url = default_url(spec)
    path = local_path(spec.kind, url)
    if path is not None:
        return await _poll_file(spec, path, client, now)
    policy = AddressPolicy.for_url(url)
    result = PollResult(state=state)
    seen: set[str] = set()
    for number in range(1, MAX_PAGES + 1):
        seen.add(url)
        try:
            fetched = await fetch(
                client,
                url,
                state if number == 1 else FetchState(),
                now,
                policy=policy,
                accept=_ACCEPT.get(spec.kind, "application/json"),
            )
        except FetchError as exc:
            if number == 1:
                raise
            result.skipped.append(f"stopped at page {number}: {exc}")
            result.retry_after = exc.retry_after
            break
        if fetched.body is None:
            if number == 1:
                result.not_modified = True
                result.state = fetched.state
            break
        if number == 1:
            result.state = fetched.state
        page = await _parse(spec, fetched.body, fetched.url, fetched.content_type, now)
        _merge(result, page)
        url = page.next_url or ""
        if not url:
            break
        if url in seen or urlsplit(url).netloc != urlsplit(fetched.url).netloc:
            result.skipped.append(f"stopped at page {number}: bad next-page link {url}")
            break
    else:
        result.skipped.append(f"stopped after {MAX_PAGES} pages")
    _log(spec, result)
    return result


async def _parse(spec: SourceSpec, body: bytes, url: str, content_type: str, now: datetime) -> Page:
    """Parse in a thread: feeds and big boards take a while and must not stall the loop."""
    try:
        if spec.kind == "feed":
            return await asyncio.to_thread(feed.parse, body, spec, url, content_type)
        return await asyncio.to_thread(_PARSERS[spec.kind], body, spec, now)
    except SourceError:
        raise
    except Exception as exc:  # a parser bug must not take the scheduler down
        log.exception("parsing %s failed", spec.label)
        raise FormatError(f"the response could not be read ({type(exc).__name__})") from exc


async def _poll_file(spec: SourceSpec, path: Path, client: HttpClient, now: datetime) -> PollResult:
    max_bytes = getattr(client, "max_bytes", DEFAULT_MAX_BYTES)
    if spec.kind == "feed":
        page = await asyncio.to_thread(feed.parse_file, path, spec)
    else:
        body = await asyncio.to_thread(_read_file, path, max_bytes)
        page = await _parse(spec, body, str(path), "", now)
    result = PollResult()
    _merge(result, page)
    _log(spec, result)
    return result


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        # Opened without blocking and read only if regular: a FIFO or a device never hangs a poll.
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise FetchError(f"{path}: not a regular file")
            body = fh.read(max_bytes + 1)
    except OSError as exc:
        raise FetchError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(body) > max_bytes:
        raise ResponseTooLargeError(f"{path}: larger than {max_bytes / (1024 * 1024):g} MB")
    return body


def _merge(result: PollResult, page: Page) -> None:
    result.postings.extend(page.postings)
    result.skipped.extend(page.skipped)
    if page.skipped_count > len(page.skipped):
        result.skipped.append(f"... and {page.skipped_count - len(page.skipped)} more")


def _log(spec: SourceSpec, result: PollResult) -> None:
    if result.skipped:
        log.warning(
            "%s: %d postings, %d notes on skipped records",
            spec.label,
            len(result.postings),
            len(result.skipped),
        )
