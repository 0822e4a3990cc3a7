"""The operator's HTTP endpoints: /healthz, /readyz and /metrics on CONCIERGE_HTTP_PORT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

from aiohttp import web
from apscheduler.schedulers.base import BaseScheduler
from prometheus_client import CONTENT_TYPE_LATEST

from bot.metrics import Metrics
from core.errors import ConfigError
from core.ports import PlatformStatusStore

log = logging.getLogger(__name__)

DATABASE_SECONDS = 2.0  # longer than this and the database counts as not answering


class Readiness:
    """Checks that the database answers, the scheduler runs and each platform is connected."""

    def __init__(
        self, store: PlatformStatusStore, scheduler: BaseScheduler, platforms: tuple[str, ...]
    ) -> None:
        """Check these configured platforms' states as bot.supervise records them in store."""
        self._store = store
        self._scheduler = scheduler
        self._platforms = platforms

    async def failing(self) -> dict[str, str]:
        """Each part that is not ready, with the reason; empty when all are."""
        failing: dict[str, str] = {}
        if not self._scheduler.running:
            failing["scheduler"] = "not running"
        try:
            states = await asyncio.wait_for(self._store.platform_states(), DATABASE_SECONDS)
        except TimeoutError:
            failing["database"] = f"no answer within {DATABASE_SECONDS:.0f} s"
            return failing
        except Exception as exc:
            failing["database"] = f"{type(exc).__name__}: {exc}"
            return failing
        known = {state.platform: state for state in states}
        for name in self._platforms:
            state = known.get(name)
            if state is None:
                failing[name] = "not started"
            elif state.state != "running":
                failing[name] = f"{state.state}: {state.last_error}".rstrip(": ")
        return failing


class HealthServer:
    """An aiohttp server of its own for the probes and the Prometheus scrape."""

    def __init__(self, host: str, port: int, readiness: Readiness, metrics: Metrics) -> None:
        """Serve on host:port (0 picks a free port; see .port after start)."""
        self._host = host
        self.port = port
        self._readiness = readiness
        self._metrics = metrics
        self._runner: web.AppRunner | None = None
        self._lag: asyncio.Task[None] | None = None

    def application(self) -> web.Application:
        """The routes; nothing else is served here."""
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics_text)
        return app

    async def start(self) -> None:
        """Start listening and measuring the event loop's lag."""
        self._runner = web.AppRunner(self.application(), access_log=None, handle_signals=False)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self._host, self.port).start()
        except OSError as exc:
            await self.stop()
            raise ConfigError(
                f"CONCIERGE_HTTP_PORT {self.port} cannot be used on {self._host} "
                f"({os.strerror(exc.errno) if exc.errno else exc}): "
                "choose another port, or 0 to turn it off"
            ) from None
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else self.port
        self._lag = asyncio.create_task(self._metrics.watch_loop_lag())
        log.info("health and metrics on http://%s:%d/metrics", self._host, self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._lag is not None:
            self._lag.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._lag
            self._lag = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        """The process is alive: answered at once, waiting on nothing."""
        return web.Response(text="ok\n")

    async def _readyz(self, request: web.Request) -> web.Response:
        """200 when every part is ready, else 503 naming each failing part."""
        failing = await self._readiness.failing()
        if not failing:
            return web.Response(text="ready\n")
        lines = "".join(f"{part}: {why}\n" for part, why in failing.items())
        return web.Response(status=503, text=f"not ready\n{lines}")

    async def _metrics_text(self, request: web.Request) -> web.Response:
        """Every metric in the Prometheus text format."""
        body = await self._metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
