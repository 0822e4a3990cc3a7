"""Store queries for the chat front-ends' shared state: per-chat state and requests taken."""

from __future__ import annotations

from datetime import datetime

from core.store.base import SqliteBase
from core.store.codec import iso


class ChatStateQueries(SqliteBase):
    """The chat_states and used_requests tables."""

    async def chat_state(self, scope: str, key: str, since: datetime | None) -> str | None:
        """The text stored under scope and key (written at or after since, when given), or None."""
        rows = await self._all(
            "SELECT data FROM chat_states WHERE scope = ? AND key = ? AND updated_at >= ?",
            (scope, key, iso(since) if since else ""),
        )
        return str(rows[0][0]) if rows else None

    async def set_chat_state(self, scope: str, key: str, data: str | None, now: datetime) -> None:
        """Store data under scope and key; None forgets it."""
        if data is None:
            await self._write_one(
                "DELETE FROM chat_states WHERE scope = ? AND key = ?", (scope, key)
            )
            return
        await self._write_one(
            "INSERT INTO chat_states (scope, key, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (scope, key) DO UPDATE SET data = excluded.data, "
            "updated_at = excluded.updated_at",
            (scope, key, data, iso(now)),
        )

    async def first_use(self, key: str, now: datetime, until: datetime) -> bool:
        """True the first time key is seen (it is remembered until `until`), False after."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM used_requests WHERE expires_at <= ?", (iso(now),))
            cursor = await conn.execute(
                "INSERT INTO used_requests (key, expires_at) VALUES (?, ?) "
                "ON CONFLICT (key) DO NOTHING",
                (key, iso(until)),
            )
            return cursor.rowcount == 1
