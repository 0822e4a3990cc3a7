"""Leases among processes sharing PostgreSQL: a session advisory lock on a connection of its own.

PgLease is the one implementation; Telegram long polling (one poller per bot) and SenderLease
(one sender per bot token) both hold one.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Awaitable, Callable

import asyncpg

from core.store.postgres.base import TRANSIENT, one_line
from core.store.postgres.opening import CONNECT_TIMEOUT_SECONDS, describe, split_timeout

log = logging.getLogger(__name__)

RETRY_SECONDS = 1.0  # how often a standby asks for the lock
CHECK_SECONDS = 2.0  # how often the holder checks that its connection (and so the lock) lives
# A holder notices a lost lock within two checks (a pause, then a check timing out); a new
# holder waits a little longer than that.
SETTLE_CHECKS = 2.5
# Two-key form: a key space of its own, apart from the store's one-key locks; per schema,
# as everything else in the database is.
_TRY = "SELECT pg_try_advisory_lock(hashtext('concierge:lease:' || current_schema()), hashtext($1))"
# The server drops a dead holder's connection, and with it the lock, within about 10 s even
# when its machine vanished without closing the connection.
_KEEPALIVES = {
    "tcp_keepalives_idle": "5",
    "tcp_keepalives_interval": "2",
    "tcp_keepalives_count": "3",
}
_FAILURES = (*TRANSIENT, asyncpg.PostgresError)


class PgLease:
    """A named lease held by at most one process: a session advisory lock on its own connection.

    A process that dies loses its connection and with it the lock; the holder checks its
    connection every CHECK_SECONDS and gives the lease up as soon as a check fails. The server
    may free the lock before the old holder's next check, so a new holder waits that long
    before it acts (settle, the default): two holders never act at once.
    """

    def __init__(
        self,
        url: str,
        *,
        retry: float = RETRY_SECONDS,
        check: float = CHECK_SECONDS,
        settle: bool = True,
        application_name: str = "concierge lease",
    ) -> None:
        """Lease through the database at url (a postgresql:// DATABASE_URL).

        Without settle, acquire returns as soon as the lock is taken: for a holder whose
        every act checks `held` (a lost connection shows at once) rather than one that acts
        until lost() returns.
        """
        self._url = url
        self._retry = retry
        self._check = check
        self._settle = settle
        self._settings = {**_KEEPALIVES, "application_name": application_name}
        self._conn: asyncpg.Connection | None = None
        self._held = False

    def __repr__(self) -> str:
        """The database without its password."""
        return f"PgLease({describe(self._url)}, held={self.held})"

    @property
    def held(self) -> bool:
        """Whether this process holds the lease now, as far as its connection tells."""
        return self._held and self._conn is not None and not self._conn.is_closed()

    async def acquire(self, name: str) -> None:
        """Wait until this process holds the lease called name (no secret: it is logged).

        Returns once any earlier holder has had the time to notice that it lost the lease.
        """
        failing = False
        while True:
            try:
                conn = self._conn or await self._connect()
                taken = await conn.fetchval(_TRY, name)
                if failing:
                    log.warning("asking for the %s lease again: the database answers", name)
                    failing = False
                if taken:
                    self._held = True
                    if self._settle:
                        await asyncio.sleep(SETTLE_CHECKS * self._check)
                    return
            except _FAILURES as exc:
                if not failing:  # one line per outage, not one per second
                    log.warning("cannot ask for the %s lease: %s", name, one_line(exc))
                    failing = True
                await self.release()
            await asyncio.sleep(self._retry)

    async def lost(self) -> None:
        """Return once the lease is no longer held: its connection failed a check."""
        while True:
            await asyncio.sleep(self._check)
            conn = self._conn
            if conn is None or conn.is_closed():
                await self.release()  # the next acquire connects afresh
                return
            try:
                async with asyncio.timeout(self._check):
                    await conn.fetchval("SELECT 1")
            except _FAILURES as exc:
                log.warning("lost the lease's database connection: %s", one_line(exc))
                await self.release()
                return

    async def release(self) -> None:
        """Give the lease up (closing its connection frees the lock at once)."""
        conn, self._conn, self._held = self._conn, None, False
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(*_FAILURES):
                await asyncio.wait_for(conn.close(), self._check)
            if not conn.is_closed():
                conn.terminate()

    async def _connect(self) -> asyncpg.Connection:
        dsn, timeout = split_timeout(self._url, CONNECT_TIMEOUT_SECONDS)
        self._conn = await asyncpg.connect(dsn, timeout=timeout, server_settings=self._settings)
        return self._conn


class SenderLease:
    """The right to send with one bot token: a PgLease named by a hash of the token.

    A standby asks for the lock every RETRY_SECONDS and, once it has it, sends at once: the
    old holder sends only while `held`, which turns false the moment its connection closes
    (or a check finds it dead), well before the server frees the lock of a silently lost one.
    """

    def __init__(self, url: str, name: str, token: str) -> None:
        """A lease for the platform `name` sending with `token` (only its hash is used)."""
        self.name = name
        self._key = f"{name} sender:" + hashlib.sha256(token.encode()).hexdigest()[:16]
        self._lease = PgLease(url, settle=False, application_name=f"concierge {name} sender")
        self._dropped = asyncio.Event()
        self._aside: float | None = None  # seconds to stand aside once the lease is given up

    def __repr__(self) -> str:
        """Names the platform, never the token."""
        return f"SenderLease({self.name!r}, held={self.held})"

    @property
    def held(self) -> bool:
        """Whether this process holds the lease now."""
        return self._lease.held and not self._dropped.is_set()

    async def run(self, stop: asyncio.Event, on_taken: Callable[[], None]) -> None:
        """Take the lease when it is free and hold it until stop; on_taken is told each time."""
        try:
            while await _unless(self._lease.acquire(self._key), stop, self._dropped):
                log.info("this process now sends for %s (sender lease taken)", self.name)
                on_taken()
                if not await _unless(self._lease.lost(), stop, self._dropped):
                    return
                aside, self._aside = self._aside, None
                if aside is None:
                    log.warning("the %s sender lease was lost: standing by", self.name)
                    continue
                log.warning("stood aside as %s sender; asking again in %.0f s", self.name, aside)
                if not await _unless(asyncio.sleep(aside), stop, self._dropped):
                    return
        finally:
            await self._lease.release()

    async def step_aside(self, seconds: float) -> None:
        """Give the lease up now, for a standby to send, and ask for it again after seconds.

        For a holder whose platform keeps failing here: a standby elsewhere may reach it.
        """
        self._aside = seconds
        await self._lease.release()

    async def drop(self) -> None:
        """Let the lease go at once and for good, as a process that dies does."""
        self._dropped.set()
        await self._lease.release()


async def _unless(work: Awaitable[None], *events: asyncio.Event) -> bool:
    """Await work unless one of events is set first: True if work finished."""
    task = asyncio.ensure_future(work)
    waits = [asyncio.create_task(event.wait()) for event in events]
    try:
        await asyncio.wait([task, *waits], return_when=asyncio.FIRST_COMPLETED)
    finally:
        for pending in (task, *waits):
            pending.cancel()
        await asyncio.gather(task, *waits, return_exceptions=True)
    return task.done() and not task.cancelled() and not any(e.is_set() for e in events)
