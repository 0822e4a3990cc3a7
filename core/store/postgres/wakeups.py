"""LISTEN/NOTIFY that wakes idle workers.

The listener holds a connection of its own, outside the pool: a LISTEN lives as long as its
connection, and a pooled connection is reset when it goes back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable, Mapping
from typing import Literal

import asyncpg

from core.store.postgres.base import TRANSIENT, one_line
from core.store.postgres.opening import CONNECT_TIMEOUT_SECONDS, split_timeout

log = logging.getLogger(__name__)

# What changed: messages queued, a digest time moved, sources added, removed or (un)paused.
Topic = Literal["outbox", "digests", "sources"]
FIRST_RETRY_SECONDS = 0.5
LAST_RETRY_SECONDS = 30.0
HEARTBEAT_SECONDS = 5.0
LISTENER_NAME = "concierge listener"

# A channel per topic and schema (processes of other schemas of the database are not woken);
# the schema is hashed, since a channel name has at most 63 bytes.
_CHANNEL = "'concierge_' || $1::text || '_' || left(md5(current_schema()), 12)"
NOTIFY = f"SELECT pg_notify({_CHANNEL}, $2::text)"
_FAILURES = (*TRANSIENT, asyncpg.PostgresError)


def channel(topic: str, schema: str) -> str:
    """The channel NOTIFY computes in SQL for a topic, computed here for LISTEN."""
    return f"concierge_{topic}_{hashlib.md5(schema.encode()).hexdigest()[:12]}"


async def notify(conn: asyncpg.Connection, topic: Topic, payload: str = "") -> None:
    """Wake the listeners of a topic; inside a transaction they are woken when it commits."""
    await conn.execute(NOTIFY, topic, payload)


async def _connect(url: str, name: str) -> asyncpg.Connection:
    """A connection of its own to url, named for pg_stat_activity; connect_timeout applies."""
    dsn, timeout = split_timeout(url, CONNECT_TIMEOUT_SECONDS)
    settings = {"application_name": name}
    return await asyncpg.connect(
        dsn, timeout=timeout, command_timeout=None, server_settings=settings
    )


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    """Wait seconds, or less if stop is set meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def _keep(conn: asyncpg.Connection, stop: asyncio.Event) -> None:
    """Return at stop; raise when the connection is lost (told at once, or by a heartbeat)."""
    lost = asyncio.Event()
    conn.add_termination_listener(lambda _conn: lost.set())
    waits = [asyncio.create_task(stop.wait()), asyncio.create_task(lost.wait())]
    try:
        while not stop.is_set():
            await asyncio.wait(
                waits, timeout=HEARTBEAT_SECONDS, return_when=asyncio.FIRST_COMPLETED
            )
            if lost.is_set():
                raise ConnectionError("the connection was lost")
            if not stop.is_set():
                # A connection lost silently (a network gone) shows up here.
                await conn.fetchval("SELECT 1", timeout=HEARTBEAT_SECONDS)
    finally:
        for wait in waits:
            wait.cancel()


class Listener:
    """LISTENs to topics on a connection of its own and calls each topic's handler.

    A lost connection is opened again with back-off; once listening again every handler is
    called with an empty payload, since a notification sent meanwhile was missed.
    """

    def __init__(self, url: str, handlers: Mapping[Topic, Callable[[str], None]]) -> None:
        """Listen on the database of url (and its search_path's schema)."""
        self._url = url
        self._handlers = dict(handlers)

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until stop is set."""
        pause = FIRST_RETRY_SECONDS
        while not stop.is_set():
            try:
                await self._listen(stop)
            except _FAILURES as exc:
                log.warning("listening for work failed, again in %.1fs: %s", pause, one_line(exc))
                await _pause(stop, pause)
                pause = min(pause * 2, LAST_RETRY_SECONDS)
                continue
            pause = FIRST_RETRY_SECONDS

    async def _listen(self, stop: asyncio.Event) -> None:
        """One connection's life: listen, then check it is alive until stop or its loss."""
        conn = await _connect(self._url, LISTENER_NAME)
        try:
            schema = str(await conn.fetchval("SELECT current_schema()"))
            # Named with its schema, so an operator (or a test) can tell whose it is.
            await conn.execute(
                "SELECT set_config('application_name', $1, false)", f"{LISTENER_NAME} {schema}"
            )
            for topic, handler in self._handlers.items():
                await conn.add_listener(channel(topic, schema), _calling(handler))
            for handler in self._handlers.values():
                handler("")
            await _keep(conn, stop)
        finally:
            with contextlib.suppress(*_FAILURES):
                await conn.close(timeout=1)


def _calling(handler: Callable[[str], None]) -> Callable[..., None]:
    """asyncpg's listener callback (connection, pid, channel, payload) for a handler."""

    def called(_conn: object, _pid: int, _channel: str, payload: str) -> None:
        handler(payload)

    return called
