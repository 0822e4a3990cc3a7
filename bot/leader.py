"""Leadership among processes sharing PostgreSQL: an advisory lock on a connection of its own."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import asyncpg

from core.store.postgres.base import TRANSIENT
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
    before it acts: two holders never act at once.
    """

    def __init__(
        self, url: str, *, retry: float = RETRY_SECONDS, check: float = CHECK_SECONDS
    ) -> None:
        """Lease through the database at url (a postgresql:// DATABASE_URL)."""
        self._url = url
        self._retry = retry
        self._check = check
        self._conn: asyncpg.Connection | None = None

    def __repr__(self) -> str:
        """The database without its password."""
        return f"PgLease({describe(self._url)})"

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
                    await asyncio.sleep(SETTLE_CHECKS * self._check)
                    return
            except _FAILURES as exc:
                if not failing:  # one line per outage, not one per second
                    log.warning("cannot ask for the %s lease: %s", name, _reason(exc))
                    failing = True
                await self.release()
            await asyncio.sleep(self._retry)

    async def lost(self) -> None:
        """Return once the lease is no longer held: its connection failed a check."""
        while True:
            await asyncio.sleep(self._check)
            conn = self._conn
            if conn is None or conn.is_closed():
                return
            try:
                async with asyncio.timeout(self._check):
                    await conn.fetchval("SELECT 1")
            except _FAILURES as exc:
                log.warning("lost the lease's database connection: %s", _reason(exc))
                await self.release()
                return

    async def release(self) -> None:
        """Give the lease up (closing its connection frees the lock at once)."""
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(*_FAILURES):
                await asyncio.wait_for(conn.close(), self._check)
            if not conn.is_closed():
                conn.terminate()

    async def _connect(self) -> asyncpg.Connection:
        dsn, timeout = split_timeout(self._url, CONNECT_TIMEOUT_SECONDS)
        self._conn = await asyncpg.connect(dsn, timeout=timeout, server_settings=_KEEPALIVES)
        return self._conn


def _reason(exc: BaseException) -> str:
    """A failure in one line, never empty (asyncpg's messages never carry the password)."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
