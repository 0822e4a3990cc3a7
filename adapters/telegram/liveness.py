"""Whether long polling works now: getUpdates' own HTTP client reports each change of state."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import TelegramError
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\d+:[\w-]{20,}")  # a bot token, should an error quote a URL
# Called with why polling fails, or with "" once getUpdates is answered again.
OnChange = Callable[[str], Awaitable[None]]


class PollingWatch(HTTPXRequest):
    """The getUpdates client (one connection, as PTB's default) that tells when polling breaks."""

    def __init__(self) -> None:
        """Report nowhere until run_telegram sets on_change."""
        super().__init__(connection_pool_size=1)
        self.on_change: OnChange | None = None
        self._failing = ""  # why the last poll failed; "" once one is answered

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """PTB's request, noting whether Telegram answered it."""
        try:
            status, payload = await super().do_request(*args, **kwargs)
        except TelegramError as exc:
            await self._note(_TOKEN.sub("***", f"getUpdates failed: {type(exc).__name__}: {exc}"))
            raise
        await self._note("" if status < 500 else f"getUpdates failed: HTTP {status}")
        return status, payload

    async def _note(self, failing: str) -> None:
        """Pass on each failure and the first answer after one; a listener never stops polling."""
        recovered = not failing and bool(self._failing)
        self._failing = failing
        if not failing and not recovered:
            return
        if self.on_change is not None:
            try:
                await self.on_change(failing)
            except Exception:
                log.exception("recording Telegram's polling state failed")


def log_polling_error(exc: TelegramError) -> None:
    """One line per failed poll instead of PTB's traceback; PTB retries on its own."""
    log.warning("polling Telegram failed: %s: %s", type(exc).__name__, exc)
