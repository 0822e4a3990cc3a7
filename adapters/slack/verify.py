"""The checks HTTP mode makes before Bolt reads a request: a valid signature, then no replay."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping

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


class RequestGate:
    """Lets each request signed with the signing secret through once."""

    def __init__(self, signing_secret: str, timer: Callable[[], float] = time.time) -> None:
        """Verify with this secret; remember handled requests for REMEMBER_SECONDS."""
        self._verifier = SignatureVerifier(signing_secret)
        self._seen: TTLCache[tuple[str, str], bool] = TTLCache(
            MAX_REMEMBERED, REMEMBER_SECONDS, timer=timer
        )

    def check(self, body: bytes, headers: Mapping[str, str]) -> Verdict:
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
        key = (timestamp, signature)
        if key in self._seen:
            return Verdict.REPLAYED
        self._seen.expire()
        if len(self._seen) >= self._seen.maxsize:
            return Verdict.BUSY  # forgetting one would let it be replayed
        self._seen[key] = True
        return Verdict.ACCEPT
