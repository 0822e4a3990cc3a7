"""Keeps each chat platform going on its own: a failure is logged, recorded and retried."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from core.errors import ConciergeError, ConfigError, PlatformError, StoreError
from core.model import PlatformStateName
from core.ports import Notifier, PlatformStatusStore

log = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 5.0
LAST_RETRY_SECONDS = 300.0

# Runs a platform until stop is set: calls its first argument once the platform is up (and again
# whenever it comes back), its second with why whenever its connection drops while it runs.
PlatformRun = Callable[
    [Callable[[], Awaitable[None]], Callable[[str], Awaitable[None]]], Awaitable[None]
]


@dataclass(frozen=True)
class Platform:
    """A chat platform to keep going: how to run it and how to push messages to it."""

    name: str
    run: PlatformRun
    notifier: Notifier


async def supervise(
    platform: Platform,
    stop: asyncio.Event,
    store: PlatformStatusStore,
    notifiers: dict[str, Notifier],
    *,
    first_retry: float = FIRST_RETRY_SECONDS,
    on_up: Callable[[], None] | None = None,
) -> None:
    """Run one platform until stop is set, retrying after each failure (doubling the wait).

    Its notifier joins notifiers once it is up and leaves if it fails: meanwhile its messages
    wait in the outbox. on_up is told each time it joins (what waits goes then, not at the
    next delivery run).
    """
    wait = first_retry

    async def record(state: PlatformStateName, error: str = "") -> None:
        if state == "failing":  # kept at stop: a delivery may still be under way
            notifiers.pop(platform.name, None)
        try:
            await store.set_platform_state(platform.name, state, error, datetime.now(UTC))
        except StoreError as exc:  # the database is away: the platform keeps going regardless
            log.warning("could not record %s as %s: %s", platform.name, state, exc)

    async def ready() -> None:
        nonlocal wait
        wait = first_retry
        notifiers[platform.name] = platform.notifier
        if on_up is not None:
            on_up()
        await record("running")

    async def lost(reason: str) -> None:
        # The platform reconnects on its own; its notifier stays, deliveries retry by themselves.
        log.warning("%s lost its connection: %s", platform.name, reason)
        await store.set_platform_state(platform.name, "failing", reason, datetime.now(UTC))

    await record("starting")
    while not stop.is_set():
        try:
            await platform.run(ready, lost)
            if stop.is_set():
                break
            raise PlatformError("it stopped on its own")
        except ConfigError:
            raise  # a setting that cannot work stops the bot at start, named in one line
        except Exception as exc:
            reason = _one_line(exc)
            log.warning("%s is down: %s; retrying in %.0f s", platform.name, reason, wait)
            await record("failing", reason)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)
            wait = min(wait * 2, LAST_RETRY_SECONDS)
    await record("stopped")


def _one_line(exc: Exception) -> str:
    """Our own errors say what to do; anything else is named by its type and first line."""
    if isinstance(exc, ConciergeError):
        return str(exc)
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
