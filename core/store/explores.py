"""Store queries for the /explores owed: asked while the index was built, answered later."""

from __future__ import annotations

from datetime import datetime

from core.ports.explores import OwedExplore
from core.store.base import SqliteBase
from core.store.codec import iso


class ExploreQueries(SqliteBase):
    """The owed_explores table."""

    async def owe_explore(self, subscriber_id: int, query: str, now: datetime) -> int:
        """Keep an /explore to answer later; its id."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO owed_explores (subscriber_id, query, asked_at) VALUES (?, ?, ?)",
                (subscriber_id, query, iso(now)),
            )
            owed = cursor.lastrowid
        assert owed is not None
        return owed

    async def owed_explores(self) -> list[OwedExplore]:
        """Every /explore still to answer, oldest first."""
        rows = await self._all("SELECT id, subscriber_id, query FROM owed_explores ORDER BY id")
        return [OwedExplore(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def answer_explore(self, owed_id: int, kind: str, payload: str, now: datetime) -> bool:
        """Atomically queue an owed /explore's answer in the outbox (as kind) and forget
        it; False when it was answered already."""
        async with self._transaction() as conn:
            rows = list(
                await conn.execute_fetchall(
                    "DELETE FROM owed_explores WHERE id = ? RETURNING subscriber_id", (owed_id,)
                )
            )
            if rows:
                await conn.execute(
                    "INSERT INTO outbox (subscriber_id, kind, payload, created_at, "
                    "next_attempt_at) VALUES (?, ?, ?, ?, ?)",
                    (rows[0][0], kind, payload, iso(now), iso(now)),
                )
        return bool(rows)
