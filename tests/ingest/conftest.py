"""A real HTTP server on 127.0.0.1 serving API fixtures, and an ingest client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from core.sources.ingest import IngestClient, make_client

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Server:
    """Routes set per test; every request is recorded."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[web.Request] = []
        self.base = ""

    def add(self, path: str, handler: Handler) -> str:
        """Serve path with handler; return its full URL."""
        self.routes[path] = handler
        return self.base + path

    def text(self, name: str) -> str:
        """A fixture file's text, {base} replaced by the server's address."""
        return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)

    def fixture(self, path: str, name: str, content_type: str = "application/json") -> str:
        """Serve a fixture file at path."""
        text = self.text(name)

        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(text=text, content_type=content_type)

        return self.add(path, handler)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        handler = self.routes.get(request.path)
        if handler is None:
            return web.json_response({"status": 404, "error": "Not found"}, status=404)
        return await handler(request)


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    state = Server()
    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", state.dispatch)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    state.base = f"http://{host}:{port}"
    try:
        yield state
    finally:
        await runner.cleanup()


@pytest.fixture
async def client() -> AsyncIterator[IngestClient]:
    http = make_client(timeout=2.0, max_bytes=1024 * 1024)
    try:
        yield http
    finally:
        await http.aclose()
