"""PostgreSQL queries for the /explores owed: asked while the index was built, answered later."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from core.ports.explores import OwedExplore
from core.store.codec import iso
from core.store.postgres.base import PgBase
from core.store.postgres.wakeups import notify


class ExploreQueries(PgBase):
    """The owed_explores table."""

    async def owe_explore(self, subscriber_id: int, query: str, now: datetime) -> int:
        """Keep an /explore to answer later; its id."""
        rows = await self._all(
            "INSERT INTO owed_explores (subscriber_id, query, asked_at) VALUES ($1, $2, $3) "
            "RETURNING id",
            subscriber_id,
            query,
            iso(now),
        )
        return int(rows[0][0])

    async def owed_explores(self) -> list[OwedExplore]:
        """Every /explore still to answer, oldest first."""
        rows = await self._all("SELECT id, subscriber_id, query FROM owed_explores ORDER BY id")
        return [OwedExplore(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def answer_explore(self, owed_id: int, kind: str, payload: str, now: datetime) -> bool:
        """Atomically queue an owed /explore's answer in the outbox (as kind) and forget
        it; False when it was answered already (by another process)."""

        async def answer(conn: asyncpg.Connection) -> bool:
            subscriber = await conn.fetchval(
                "DELETE FROM owed_explores WHERE id = $1 RETURNING subscriber_id", owed_id
            )
            if subscriber is None:
                return False
            await conn.execute(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, next_attempt_at) "
                "VALUES ($1, $2, $3, $4, $4)",
                subscriber,
                kind,
                payload,
                iso(now),
            )
            await notify(conn, "outbox")
            return True

        return await self._tx(answer)
