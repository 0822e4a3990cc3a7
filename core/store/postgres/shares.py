"""PostgreSQL queries for shared searches: a short random code stands for a search's text."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from core.store.codec import iso
from core.store.postgres.base import PgBase


class ShareQueries(PgBase):
    """The shared_searches table."""

    async def add_share(
        self, code: str, raw_text: str, sensitivity: str, now: datetime, expired: datetime
    ) -> None:
        """Remember what a new share code stands for; forget the codes made before `expired`."""

        async def add(conn: asyncpg.Connection) -> None:
            await conn.execute("DELETE FROM shared_searches WHERE created_at < $1", iso(expired))
            await conn.execute(
                "INSERT INTO shared_searches (code, raw_text, sensitivity, created_at) "
                "VALUES ($1, $2, $3, $4)",
                code,
                raw_text,
                sensitivity,
                iso(now),
            )

        await self._tx(add)

    async def shared_query(self, code: str, since: datetime) -> tuple[str, str] | None:
        """The (text, sensitivity) behind a code made after `since`; None if unknown or expired."""
        rows = await self._all(
            "SELECT raw_text, sensitivity FROM shared_searches WHERE code = $1 "
            "AND created_at >= $2",
            code,
            iso(since),
        )
        return (rows[0][0], rows[0][1]) if rows else None
