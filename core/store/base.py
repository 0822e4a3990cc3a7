"""The shared connection, transaction and query helpers of the SQLite store."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

# Positional values for `?` marks, or a mapping for `:name` marks (passed on as it is).
Params = Sequence[Any] | Mapping[str, Any]


class SqliteBase:
    """Owns the connection; serialises writers so transactions never interleave."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        """Wrap an open, migrated connection."""
        self._conn = conn
        self._write_lock = asyncio.Lock()

    @asynccontextmanager
    async def _transaction(self, *, commit: bool = True) -> AsyncIterator[aiosqlite.Connection]:
        """Run statements atomically, one writer at a time; commit=False rolls them back."""
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT" if commit else "ROLLBACK")

    async def _write_one(self, sql: str, params: Params = ()) -> int:
        """Run one write statement on its own (SQLite makes it atomic); return rows changed."""
        async with self._write_lock:
            cursor = await self._conn.execute(sql, params)
            return cursor.rowcount

    async def _all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Fetch every row of a query (one trip to the database thread, not three)."""
        return list(await self._conn.execute_fetchall(sql, params))
