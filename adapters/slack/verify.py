"""The checks HTTP mode makes before Bolt reads a request: a valid signature, then no replay."""

from __future__ import annotations

import enum
import hashlib
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Protocol

from cachetools import TTLCache
from slack_sdk.signature import SignatureVerifier

# slack_sdk accepts a timestamp up to five minutes either side of now, so a signed request
# can come back until ten minutes after it first arrived: remember it that long.
WINDOW_SECONDS = 5 * 60
REMEMBER_SECONDS = 2 * WINDOW_SECONDS
MAX_REMEMBERED = 20_000


class Verdict(enum.Enum):
    """What to do with one request."""

    ACCEPT = "accept"
    FORGED = "forged"  # no signature, a wrong one, a bad or stale timestamp: 401
    REPLAYED = "replayed"  # signed and already handled: 200 with no effect
    BUSY = "busy"  # more signed requests in the window than we can remember: 503


class UsedRequests(Protocol):
    """The store's memory of requests taken (SqliteStore and PostgresStore have it)."""

    async def first_use(self, key: str, now: datetime, until: datetime) -> bool:
        """True the first time key is seen (it is remembered until `until`), False after."""


class RequestGate:
    """Lets each request signed with the signing secret through once.

    With the store's memory (used) once across every process serving the app, so a replay
    sent to another replica behind the load balancer is refused too; else once per process.
    """

    def __init__(
        self,
        signing_secret: str,
        timer: Callable[[], float] = time.time,
        used: UsedRequests | None = None,
    ) -> None:
        """Verify with this secret; remember handled requests for REMEMBER_SECONDS."""
        self._verifier = SignatureVerifier(signing_secret)
        self._timer = timer
        self._used = used
        self._seen: TTLCache[tuple[str, str], bool] = TTLCache(
            MAX_REMEMBERED, REMEMBER_SECONDS, timer=timer
        )

    async def check(self, body: bytes, headers: Mapping[str, str]) -> Verdict:
        """Judge a request from its raw body and headers alone."""
        timestamp = headers.get("X-Slack-Request-Timestamp")
        signature = headers.get("X-Slack-Signature")
        if timestamp is None or signature is None:
            return Verdict.FORGED
        try:
            valid = self._verifier.is_valid(body, timestamp, signature)
        except (ValueError, TypeError):  # a timestamp that is not a number, a body not UTF-8
            return Verdict.FORGED
        if not valid:
            return Verdict.FORGED
        if self._used is not None:
            now = datetime.fromtimestamp(self._timer(), UTC)
            # A fixed-size key; the signature proves the request, so it names it.
            key_text = hashlib.sha256(f"{timestamp}:{signature}".encode()).hexdigest()
            until = now + timedelta(seconds=REMEMBER_SECONDS)
            first = await self._used.first_use(f"slack:{key_text}", now, until)
            return Verdict.ACCEPT if first else Verdict.REPLAYED
        key = (timestamp, signature)
        if key in self._seen:
            return Verdict.REPLAYED
        self._seen.expire()
        if len(self._seen) >= self._seen.maxsize:
            return Verdict.BUSY  # forgetting one would let it be replayed
        self._seen[key] = True
        return Verdict.ACCEPT
