"""PostgreSQL queries for the running processes, the match shards and the posting notes."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg

from core.model import Posting
from core.ports import LiveIndex
from core.store.codec import POSTING_COLUMNS, from_iso, iso, micros, posting_from_row
from core.store.postgres.base import PgBase, dollar_params, rows_changed
from core.store.sqlite import _check_not_pruned
from core.store.workers import FORGET_AFTER, OLDEST_DUE, WORKER_COLUMNS, worker_from_row
from core.workers import Shard, ShardLag, Worker

# Open postings matched per transaction when a shard rescans them all.
_RESCAN = 1000
_POSTING_FIELDS = ", ".join(f"p.{name.strip()}" for name in POSTING_COLUMNS.split(","))
# A shard's postings with the notes on how to match them, locked against a concurrent
# update (FOR KEY SHARE, in id order as writers lock them) while their matches are replaced.
_NOTED_POSTINGS = (
    f"SELECT {_POSTING_FIELDS}, p.ref, n.notify, n.matched FROM postings p "
    "LEFT JOIN posting_notes n ON n.posting_id = p.id WHERE p.closed_at IS NULL AND "
)


class WorkerQueries(PgBase):
    """The workers, shard_cursors and posting_notes tables; the shards' matching steps."""

    async def register_worker(
        self, role: str, shard: str, host: str, pid: int, now: datetime
    ) -> int:
        """Note a process starting (dropping rows long silent); its worker id."""

        async def register(conn: asyncpg.Connection) -> int:
            await conn.execute("DELETE FROM workers WHERE beat_at < $1", iso(now - FORGET_AFTER))
            return int(
                await conn.fetchval(
                    "INSERT INTO workers (role, shard, host, pid, started_at, beat_at) "
                    "VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                    role,
                    shard,
                    host,
                    pid,
                    iso(now),
                )
            )

        return await self._tx(register)

    async def beat_worker(self, worker_id: int, now: datetime) -> None:
        """Note that a process is still running."""
        await self._write_one("UPDATE workers SET beat_at = $1 WHERE id = $2", iso(now), worker_id)

    async def retire_worker(self, worker_id: int) -> None:
        """Forget a process stopping cleanly."""
        await self._write_one("DELETE FROM workers WHERE id = $1", worker_id)

    async def workers(self, since: datetime) -> list[Worker]:
        """The processes that beat since then, by role and shard."""
        rows = await self._all(
            f"SELECT {WORKER_COLUMNS} FROM workers WHERE beat_at >= $1 ORDER BY role, shard, id",
            iso(since),
        )
        return [worker_from_row(tuple(row)) for row in rows]

    async def shard_lags(self, shards: int) -> list[ShardLag]:
        """Each cursor of the shards of this count and how far the posting change log is past
        it; those of another count (an earlier deployment's) are not reported."""
        rows = await self._all(
            "SELECT s.shard, s.shards, s.cursor, s.beat_at, "
            "(SELECT COALESCE(MAX(id), 0) FROM posting_changes) - s.cursor AS behind, "
            "(SELECT c.at FROM posting_changes c WHERE c.id > s.cursor ORDER BY c.id LIMIT 1) "
            "AS oldest FROM shard_cursors s WHERE s.shards = $1 ORDER BY s.shard",
            shards,
        )
        return [
            ShardLag(
                Shard(int(r["shard"]), int(r["shards"])),
                int(r["cursor"]),
                max(int(r["behind"]), 0),
                from_iso(r["oldest"]) if r["oldest"] else None,
                from_iso(r["beat_at"]),
            )
            for r in rows
        ]

    async def drop_stale_shard_cursors(self, shards: int, alive_since: datetime) -> int:
        """Forget the cursors of shards of another count that no match process beating since
        then holds (resharding); how many."""
        return await self._write_one(
            "DELETE FROM shard_cursors c WHERE c.shards <> $1 AND NOT EXISTS (SELECT 1 FROM "
            "workers w WHERE w.role = 'match' AND w.shard = c.shard || '/' || c.shards "
            "AND w.beat_at >= $2)",
            shards,
            iso(alive_since),
        )

    async def oldest_due_digest(self, now: datetime) -> datetime | None:
        """When the longest-waiting due digest fell due (None: none is due)."""
        sql, args = dollar_params(OLDEST_DUE, (iso(now),))
        rows = await self._all(sql, *args)
        return from_iso(rows[0][0]) if rows and rows[0][0] else None

    async def note_postings(self, notes: Sequence[tuple[str, bool, bool]]) -> None:
        """Note (posting id, notify, matched) of postings to match quietly or not at all."""
        if not notes:
            return
        rows = {pid: (n, m) for pid, n, m in notes}  # the last note of a posting wins
        await self._write_one(
            "INSERT INTO posting_notes (posting_id, notify, matched) "
            "SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) "
            "ON CONFLICT (posting_id) DO UPDATE SET notify = excluded.notify, "
            "matched = excluded.matched",
            list(rows),
            [int(n) for n, _ in rows.values()],
            [int(m) for _, m in rows.values()],
        )

    async def clear_posting_notes(self, posting_ids: Sequence[str]) -> list[str]:
        """Drop the notes of these postings; the ids that had one."""
        if not posting_ids:
            return []
        rows = await self._all(
            "DELETE FROM posting_notes WHERE posting_id = ANY($1::text[]) RETURNING posting_id",
            list(posting_ids),
        )
        return [str(row[0]) for row in rows]

    async def relog_postings(self, posting_ids: Sequence[str]) -> None:
        """Log these postings as changed, so that every shard matches them again."""
        if not posting_ids:
            return
        from core.store.postgres.store import _SHARE_POSTING_LOG

        async def relog(conn: asyncpg.Connection) -> None:
            await conn.execute(_SHARE_POSTING_LOG)
            await conn.execute(
                "INSERT INTO posting_changes (posting_id) SELECT unnest($1::text[])",
                list(posting_ids),
            )

        await self._tx(relog)

    async def match_shard(
        self, shard: Shard, index: LiveIndex, now: datetime, limit: int
    ) -> tuple[int, int]:
        """Match the postings changed past the shard's cursor (at most limit changes) against
        the index and store the matches, advancing the cursor in the same transaction; the
        changes done and the matches stored. ChangesPrunedError when the log past the cursor
        was pruned.

        The transaction shares the search-change lock, as a posting batch does: the index
        caught up inside it, so each search it names exists. A shard killed before the commit
        does the same changes again from the same cursor: match rows are upserted by key.
        """
        # Imported here: the store module builds its class from this one.
        from core.store.postgres.store import _SHARE_SEARCH_LOG, _catch_up, _settled_cursor

        until = await self._tx(_settled_cursor)  # every change up to it has committed

        async def step(conn: asyncpg.Connection) -> tuple[int, int]:
            await conn.execute(_SHARE_SEARCH_LOG)
            cursor = await _claim_cursor(conn, shard, now)
            await _catch_up(conn, index)
            if cursor >= until:
                return 0, 0
            rows = await conn.fetch(
                "SELECT posting_id, MAX(id) AS at FROM (SELECT id, posting_id FROM "
                "posting_changes WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3) AS c "
                "GROUP BY posting_id",
                cursor,
                until,
                limit,
            )
            _check_not_pruned(cursor, await conn.fetchval("SELECT MIN(id) FROM posting_changes"))
            reached = max((int(row["at"]) for row in rows), default=until)
            postings = await conn.fetch(
                _NOTED_POSTINGS + "p.id = ANY($1::text[]) ORDER BY p.id FOR KEY SHARE OF p",
                sorted(str(row["posting_id"]) for row in rows),
            )
            stored = await _replace_shard_matches(conn, shard, postings, index, micros(now))
            await _set_cursor(conn, shard, reached, now)
            return len(rows), stored

        return await self._tx(step)

    async def rescan_shard(self, shard: Shard, index: LiveIndex, now: datetime) -> int:
        """Match every open posting against the index, then set the cursor to the log as it
        was before; the matches stored. Killed midway, the next start rescans again."""
        from core.store.postgres.store import _SHARE_SEARCH_LOG, _catch_up, _settled_cursor

        until = await self._tx(_settled_cursor)
        after, stored = 0, 0
        while True:

            async def step(conn: asyncpg.Connection, after: int = after) -> tuple[int, int]:
                await conn.execute(_SHARE_SEARCH_LOG)
                await _catch_up(conn, index)
                rows = await conn.fetch(
                    _NOTED_POSTINGS + "p.ref > $1 ORDER BY p.ref LIMIT $2 FOR KEY SHARE OF p",
                    after,
                    _RESCAN,
                )
                done = await _replace_shard_matches(conn, shard, rows, index, micros(now))
                return (int(rows[-1]["ref"]) if len(rows) == _RESCAN else 0), done

            after, done = await self._tx(step)
            stored += done
            if not after:
                break

        async def finish(conn: asyncpg.Connection) -> None:
            await _claim_cursor(conn, shard, now)
            await _set_cursor(conn, shard, until, now)

        await self._tx(finish)
        return stored


async def _claim_cursor(conn: asyncpg.Connection, shard: Shard, now: datetime) -> int:
    """The shard's cursor (0 for a new shard), its row locked until the commit."""
    await conn.execute(
        "INSERT INTO shard_cursors (shard, shards, cursor, beat_at) VALUES ($1, $2, 0, $3) "
        "ON CONFLICT (shards, shard) DO NOTHING",
        shard.index,
        shard.count,
        iso(now),
    )
    return int(
        await conn.fetchval(
            "SELECT cursor FROM shard_cursors WHERE shards = $1 AND shard = $2 FOR UPDATE",
            shard.count,
            shard.index,
        )
    )


async def _set_cursor(conn: asyncpg.Connection, shard: Shard, cursor: int, now: datetime) -> None:
    """Move the shard's cursor (never back) and note that it beat."""
    await conn.execute(
        "UPDATE shard_cursors SET cursor = GREATEST(cursor, $1), beat_at = $2 "
        "WHERE shards = $3 AND shard = $4",
        cursor,
        iso(now),
        shard.count,
        shard.index,
    )


def _scored(
    rows: Sequence[Any], index: LiveIndex
) -> dict[int, tuple[list[int], list[int], list[float]]]:
    """(search ids, posting refs, scores) of these postings' matches, one batch per notify
    value: a source's first poll is matched quietly, a duplicate of another's not at all."""
    batches: dict[int, tuple[list[int], list[int], list[float]]] = {}
    for row in rows:
        if row["matched"] == 0:
            continue  # the same job as another source's posting: its card shows it
        posting: Posting = posting_from_row(row)
        search_ids, refs, scores = batches.setdefault(0 if row["notify"] == 0 else 1, ([], [], []))
        for score, ids in index.passing(posting):
            search_ids += ids
            refs += [int(row["ref"])] * len(ids)
            scores += [score] * len(ids)
    return batches


async def _replace_shard_matches(
    conn: asyncpg.Connection, shard: Shard, rows: Sequence[Any], index: LiveIndex, now: int
) -> int:
    """Replace the shard's matches of these open postings (rows of _NOTED_POSTINGS) with the
    index's; how many were stored. Other shards' matches of them are left as they are."""
    from core.store.postgres.store import _MATCH_ROWS

    if not rows:
        return 0
    await conn.execute(
        "DELETE FROM matches m USING searches s WHERE m.posting_ref = ANY($1::bigint[]) "
        "AND s.id = m.search_id AND s.shard_key % $2 = $3",
        [int(row["ref"]) for row in rows],
        shard.count,
        shard.index,
    )
    # Scored in a worker thread: the loop keeps answering /healthz and beating meanwhile.
    batches = await asyncio.to_thread(_scored, rows, index)
    stored = 0
    for notify, (search_ids, refs, scores) in batches.items():
        if search_ids:
            status = await conn.execute(_MATCH_ROWS, search_ids, refs, scores, now, notify)
            stored += rows_changed(status)
    return stored
