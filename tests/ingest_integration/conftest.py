"""Sources end to end: a real SQLite file, real HTTP on 127.0.0.1, a controllable clock."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web

from core.chat.service import Concierge, build_concierge
from core.sources.ingest import make_client
from core.sources.manager import SourceManager
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, FakeClock, open_test_store
from tests.ingest import conftest as ingest_fixtures
from tests.ingest.conftest import Server

server = ingest_fixtures.server  # the loopback job server fixture, shared with tests/ingest


@pytest.fixture
async def sstore(database_url: str) -> AsyncIterator[SqliteStore]:
    store = await open_test_store(database_url)
    yield store
    await store.close()


@dataclass
class Env:
    """The service (for chat and searches), the source manager, the store and the clock."""

    service: Concierge
    manager: SourceManager
    store: SqliteStore
    clock: FakeClock


@pytest.fixture
async def env(sstore: SqliteStore, clock: FakeClock) -> AsyncIterator[Env]:
    service = await build_concierge(sstore, clock)
    manager = SourceManager(
        sstore,
        service.intake,
        clock,
        client_factory=lambda: make_client(timeout=1.0, max_bytes=256 * 1024),
    )
    await service.handle_text(ALICE, "/add backend engineer")
    try:
        yield Env(service, manager, sstore, clock)
    finally:
        await manager.aclose()


def gh_job(num: int, title: str, location: str = "Berlin", company: str = "Acme") -> dict[str, Any]:
    """A Greenhouse board job."""
    return {
        "id": num,
        "title": title,
        "location": {"name": location},
        "absolute_url": f"https://boards.greenhouse.io/{company.lower()}/jobs/{num}",
        "company_name": company,
        "content": "&lt;p&gt;Python, PostgreSQL and Kafka.&lt;/p&gt;",
        "updated_at": "2026-11-20T10:00:00Z",
    }


def lever_job(ident: str, title: str, location: str = "Berlin") -> dict[str, Any]:
    """A Lever site posting."""
    return {
        "id": ident,
        "text": title,
        "categories": {"location": location, "team": "Engineering"},
        "hostedUrl": f"https://jobs.lever.co/acme/{ident}",
        "descriptionPlain": "Python, PostgreSQL and Kafka.",
        "createdAt": 1793433600000,
    }


class Board:
    """A job board on the test server: a mutable list, ETag validation, scripted failures."""

    def __init__(self, server: Server, path: str, wrap: bool = True) -> None:
        self.jobs: list[dict[str, Any]] = []
        self.wrap = wrap
        self.status = 200
        self.headers: dict[str, str] = {}
        self.raw: str | None = None
        self.hits = 0
        self.url = server.add(path, self.handle)

    def body(self) -> str:
        if self.raw is not None:
            return self.raw
        return json.dumps({"jobs": self.jobs} if self.wrap else self.jobs)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.hits += 1
        if self.status != 200:
            return web.Response(status=self.status, headers=self.headers, text="nope")
        body = self.body()
        etag = '"' + hashlib.sha1(body.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=body, content_type="application/json", headers={"ETag": etag})
