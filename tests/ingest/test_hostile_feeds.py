"""Hostile RSS hosts on loopback: bodies naming local files, entity bombs. Refused, bounded."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web

from core.sources.ingest import FetchError, FetchState, FormatError, IngestClient, SourceSpec, poll
from tests.ingest.conftest import FIXTURES, NOW, Server

# Generous: a poll that opens a FIFO hangs for ever, one that reads /dev/zero for many seconds.
PROMPTLY = 20.0
BIG = "A" * 100_000
RSS = (
    '{prolog}<rss version="2.0"><channel><title>t</title>'
    "<item><title>Engineer {refs}</title><link>https://x.example/1</link></item></channel></rss>"
)


def _feed(prolog: str, refs: str) -> str:
    return RSS.format(prolog=prolog, refs=refs)


LAUGHS = "\n".join(
    ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
)
# Served, each is about 100 KB; expanded, 30 MB (the laughs: 3 GB).
BOMBS = {
    "internal entity": _feed(
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "{BIG}">\n]>\n', "&big;" * 300
    ),
    "billion laughs": _feed(f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{LAUGHS}\n]>\n', "&lol9;"),
    "after a syntax error": _feed(
        f'\n<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "{BIG}">\n]>\n', "&big;" * 300
    ),
    "parameter entity": _feed(
        f"<!DOCTYPE rss [<!ENTITY % p '<!ENTITY big \"{BIG}\">'> %p;]>\n", "&big;" * 300
    ),
}


async def _poll_rss(server: Server, client: IngestClient, body: bytes) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, content_type="application/rss+xml")

    spec = SourceSpec.parse("rss", "hostile", server.add("/jobs.rss", handler))
    async with asyncio.timeout(PROMPTLY):
        await poll(spec, client, FetchState(), NOW)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "feed.fifo"
    os.mkfifo(path)
    yield path
    with contextlib.suppress(OSError):  # a reader stuck in open() gets end of file
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("target", ["xml file", "/dev/zero", "fifo"])
async def test_a_body_naming_a_local_file_is_only_data(
    server: Server, client: IngestClient, tmp_path: Path, fifo: Path, target: str
) -> None:
    local = tmp_path / "local.rss"
    local.write_bytes((FIXTURES / "jobs.rss").read_bytes())
    body = {"xml file": str(local), "/dev/zero": "/dev/zero", "fifo": str(fifo)}[target]
    with pytest.raises(FormatError, match="not a valid RSS or Atom feed"):
        await _poll_rss(server, client, body.encode())


def _utf16(feed: str) -> bytes:
    return feed.replace('version="1.0"?>', 'version="1.0" encoding="utf-16"?>').encode("utf-16")


BOMB_BODIES = {
    **{name: feed.encode() for name, feed in BOMBS.items()},
    "internal entity in UTF-16": _utf16(BOMBS["internal entity"]),
    "billion laughs in UTF-16": _utf16(BOMBS["billion laughs"]),
}


@pytest.mark.parametrize("bomb", sorted(BOMB_BODIES))
async def test_entity_declarations_are_refused_within_bounded_memory(
    server: Server, client: IngestClient, bomb: str
) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FormatError, match=r"declares XML entities \(<!ENTITY>\), refused"):
            await _poll_rss(server, client, BOMB_BODIES[bomb])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # expanded, the document would hold 30 MB or far more


async def test_a_local_rss_file_with_entities_is_refused(
    client: IngestClient, tmp_path: Path
) -> None:
    path = tmp_path / "bomb.rss"
    path.write_text(BOMBS["internal entity"], encoding="utf-8")
    spec = SourceSpec.parse("rss", "bomb", str(path))
    with pytest.raises(FormatError, match="declares XML entities"):
        async with asyncio.timeout(PROMPTLY):
            await poll(spec, client, FetchState(), NOW)


async def test_a_doctype_without_entities_still_reads(server: Server, client: IngestClient) -> None:
    doctype = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">'
    body = (FIXTURES / "jobs.rss").read_text(encoding="utf-8").replace("?>", "?>\n" + doctype, 1)

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text=body, content_type="application/rss+xml")

    spec = SourceSpec.parse("rss", "old", server.add("/old.rss", handler))
    assert len((await poll(spec, client, FetchState(), NOW)).postings) == 2


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
async def test_a_local_rss_source_must_be_a_regular_file(
    client: IngestClient, fifo: Path, target: str
) -> None:
    spec = SourceSpec.parse("rss", "odd", str(fifo) if target == "fifo" else target)
    with pytest.raises(FetchError, match="not a regular file"):
        async with asyncio.timeout(PROMPTLY):
            await poll(spec, client, FetchState(), NOW)
