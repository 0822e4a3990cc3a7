"""Store queries for the running processes and the match shards' lag (SQLite: one process)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from core.store.base import SqliteBase
from core.store.codec import from_iso, iso
from core.workers import ShardLag, Worker

# A worker row silent this long is dropped when another process registers.
FORGET_AFTER = timedelta(days=1)
WORKER_COLUMNS = "id, role, shard, host, pid, started_at, beat_at"
OLDEST_DUE = (
    "SELECT MIN(next_digest_at) FROM subscribers WHERE next_digest_at IS NOT NULL "
    "AND next_digest_at <= ? AND delivery_paused IS NULL"
)


def worker_from_row(row: tuple[object, ...]) -> Worker:
    """A Worker from a row of WORKER_COLUMNS."""
    wid, role, shard, host, pid, started, beat = row
    return Worker(
        int(str(wid)),
        str(role),
        str(shard),
        str(host),
        int(str(pid)),
        from_iso(str(started)),
        from_iso(str(beat)),
    )


class WorkerQueries(SqliteBase):
    """The workers table; SQLite runs no match shards, so it reports no shard lag."""

    async def register_worker(
        self, role: str, shard: str, host: str, pid: int, now: datetime
    ) -> int:
        """Note a process starting (dropping rows long silent); its worker id."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM workers WHERE beat_at < ?", (iso(now - FORGET_AFTER),))
            cursor = await conn.execute(
                "INSERT INTO workers (role, shard, host, pid, started_at, beat_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (role, shard, host, pid, iso(now), iso(now)),
            )
            return int(cursor.lastrowid or 0)

    async def beat_worker(self, worker_id: int, now: datetime) -> None:
        """Note that a process is still running."""
        await self._write_one("UPDATE workers SET beat_at = ? WHERE id = ?", (iso(now), worker_id))

    async def retire_worker(self, worker_id: int) -> None:
        """Forget a process stopping cleanly."""
        await self._write_one("DELETE FROM workers WHERE id = ?", (worker_id,))

    async def workers(self, since: datetime) -> list[Worker]:
        """The processes that beat since then, by role and shard."""
        rows = await self._all(
            f"SELECT {WORKER_COLUMNS} FROM workers WHERE beat_at >= ? ORDER BY role, shard, id",
            (iso(since),),
        )
        return [worker_from_row(tuple(row)) for row in rows]

    async def shard_lags(self, shards: int) -> list[ShardLag]:
        """No shards on SQLite: one process matches everything as it records."""
        return []

    async def oldest_due_digest(self, now: datetime) -> datetime | None:
        """When the longest-waiting due digest fell due (None: none is due)."""
        rows = await self._all(OLDEST_DUE, (iso(now),))
        return from_iso(rows[0][0]) if rows and rows[0][0] else None

    async def note_postings(self, notes: Sequence[tuple[str, bool, bool]]) -> None:
        """Nothing to note: SQLite's one process matches postings as it records them."""

    async def clear_posting_notes(self, posting_ids: Sequence[str]) -> list[str]:
        """No notes on SQLite: none to drop."""
        return []

    async def relog_postings(self, posting_ids: Sequence[str]) -> None:
        """Nothing to log again: SQLite's one process matches postings as it records them."""
