"""The pool, transaction, retry and query helpers shared by the PostgreSQL store's modules."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

import asyncpg

from core.errors import StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")

# A lost connection (server restart, pg_terminate_backend, network), or a transaction the
# server chose to abort: the whole transaction runs again on a fresh connection.
TRANSIENT: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.DeadlockDetectedError,
    asyncpg.exceptions.SerializationError,
    OSError,
    TimeoutError,
)
FIRST_RETRY_SECONDS = 0.1
LAST_RETRY_SECONDS = 2.0
# How long one store call keeps retrying before it fails (a chat user then gets an apology).
PATIENCE_SECONDS = 10.0

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def dollar_params(
    sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
) -> tuple[str, list[Any]]:
    """Turn SQLite-style `?` or `:name` marks into PostgreSQL's `$n`, with the values in order."""
    if isinstance(params, Mapping):
        names: list[str] = []

        def number(match: re.Match[str]) -> str:
            if match.group(1) not in names:
                names.append(match.group(1))
            return f"${names.index(match.group(1)) + 1}"

        return _NAMED.sub(number, sql), [params[name] for name in names]
    count = iter(range(1, sql.count("?") + 1))
    return re.sub(r"\?", lambda _: f"${next(count)}", sql), list(params)


def rows_changed(status: str) -> int:
    """The row count of a command status such as "UPDATE 3" or "INSERT 0 1"."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class PgBase:
    """Owns the pool; every transaction is retried whole when the connection is lost."""

    def __init__(self, pool: asyncpg.Pool, *, patience: float = PATIENCE_SECONDS) -> None:
        """Wrap an open pool on a migrated database."""
        self._pool = pool
        self._patience = patience

    async def _retrying(self, work: Callable[[], Awaitable[T]]) -> T:
        """Run work, again with a growing pause after each transient failure, within patience."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._patience
        pause = FIRST_RETRY_SECONDS
        while True:
            try:
                return await work()
            except TRANSIENT as exc:
                if self._pool.is_closing() or loop.time() + pause > deadline:
                    raise StoreError(f"the database is unavailable: {one_line(exc)}") from exc
                log.warning("database call failed, retrying in %.1fs: %s", pause, one_line(exc))
                await asyncio.sleep(pause)
                pause = min(pause * 2, LAST_RETRY_SECONDS)

    async def _tx(self, work: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        """Run work in one transaction; all of it again if the connection is lost meanwhile."""

        async def once() -> T:
            async with self._pool.acquire() as conn, conn.transaction():
                return await work(conn)

        return await self._retrying(once)

    async def _all(self, sql: str, *args: Any) -> list[Any]:
        """Fetch every row of a query."""
        return list(await self._retrying(lambda: self._pool.fetch(sql, *args)))

    async def _write_one(self, sql: str, *args: Any) -> int:
        """Run one statement on its own (atomic by itself); return rows changed."""
        return rows_changed(await self._retrying(lambda: self._pool.execute(sql, *args)))


def one_line(exc: BaseException) -> str:
    """A failure in one line, never empty (asyncpg's messages never carry the password)."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
