"""Store queries for shared searches: a short random code stands for a search's text."""

from __future__ import annotations

from datetime import datetime

from core.store.base import SqliteBase
from core.store.codec import iso


class ShareQueries(SqliteBase):
    """The shared_searches table."""

    async def add_share(
        self, code: str, raw_text: str, sensitivity: str, now: datetime, expired: datetime
    ) -> None:
        """Remember what a new share code stands for; forget the codes made before `expired`."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM shared_searches WHERE created_at < ?", (iso(expired),))
            await conn.execute(
                "INSERT INTO shared_searches (code, raw_text, sensitivity, created_at) "
                "VALUES (?, ?, ?, ?)",
                (code, raw_text, sensitivity, iso(now)),
            )

    async def shared_query(self, code: str, since: datetime) -> tuple[str, str] | None:
        """The (text, sensitivity) behind a code made after `since`; None if unknown or expired."""
        rows = await self._all(
            "SELECT raw_text, sensitivity FROM shared_searches WHERE code = ? AND created_at >= ?",
            (code, iso(since)),
        )
        return (rows[0][0], rows[0][1]) if rows else None
