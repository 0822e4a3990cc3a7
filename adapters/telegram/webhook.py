"""The webhook listener: an aiohttp server that checks Telegram's secret token on every request."""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20


class WebhookServer:
    """Receives updates over HTTP and feeds them to the application's update queue."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        secret: str,
        listen: str,
        port: int,
        path: str,
    ) -> None:
        """Listen on listen:port for POSTs to path carrying the secret token header."""
        self._application = application
        self._secret = secret.encode()
        self._listen = listen
        self._port = port
        self._path = path if path.startswith("/") else "/" + path
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Start listening."""
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self._path, self._receive)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        log.info("webhook listening on %s:%d%s", self._listen, self._port, self._path)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        """Queue one update if the secret matches; reject anything else."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            log.warning("rejected a webhook request without the right secret token")
            return web.Response(status=403, text="forbidden")
        update = self._parse(await request.read())
        if update is None:
            return web.Response(status=400, text="bad update")
        await self._application.update_queue.put(update)
        return web.Response(text="ok")

    def _parse(self, body: bytes) -> Update | None:
        """The update in a body, or None (logged in one line) when it holds no update."""
        try:
            data: Any = json.loads(body)
            if not isinstance(data, dict):
                raise TypeError(f"a JSON {type(data).__name__}, not an object")
            # Like PTB's own webhook handler: any failure to build the update refuses it.
            return Update.de_json(data, self._application.bot)
        except Exception as exc:
            log.warning("rejected a malformed webhook update: %s", type(exc).__name__)
            return None
