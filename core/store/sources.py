"""Store queries for job sources: the sources table, posting lifecycle and duplicate links.

Id lists travel as one JSON parameter (json_each), so no SQL is ever built from values.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from core.model import Posting
from core.sources.ingest import SourceSpec
from core.sources.model import RunCounts, Source, SourceRun
from core.store.base import SqliteBase
from core.store.codec import from_iso, iso, posting_from_row


def _prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds of the ids starting with prefix ("kind:name:"), for the primary-key index."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _when(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def source_from_row(row: sqlite3.Row) -> Source:
    """Build a Source from a sources row."""
    return Source(
        id=int(row["id"]),
        kind=row["kind"],
        name=row["name"],
        url=row["url"],
        company=row["company"],
        interval=int(row["interval_seconds"]),
        paused=bool(row["paused"]),
        created_at=from_iso(row["created_at"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_run_at=_when(row["last_run_at"]),
        last_success_at=_when(row["last_success_at"]),
        next_run_at=_when(row["next_run_at"]),
        failures=int(row["failures"]),
        last_error=row["last_error"] or "",
        counts=RunCounts(
            int(row["last_new"]),
            int(row["last_updated"]),
            int(row["last_unchanged"]),
            int(row["last_closed"]),
            int(row["last_skipped"]),
        ),
        empty_polls=int(row["empty_polls"]),
    )


class SourceQueries(SqliteBase):
    """The sources half of the SQLite store."""

    async def add_source(self, spec: SourceSpec, interval: int, now: datetime) -> Source | None:
        """Store a new source due now; None if kind:name exists."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO sources (kind, name, url, company, interval_seconds, "
                "created_at, next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (spec.kind, spec.name, spec.url, spec.company, interval, iso(now), iso(now)),
            )
            if cursor.rowcount == 0:
                return None
            source_id = cursor.lastrowid
        assert source_id is not None
        return await self.source_by_id(source_id)

    async def sources(self) -> list[Source]:
        """Every source, by kind and name."""
        rows = await self._all("SELECT * FROM sources ORDER BY kind, name")
        return [source_from_row(row) for row in rows]

    async def source_by_id(self, source_id: int) -> Source | None:
        """One source."""
        rows = await self._all("SELECT * FROM sources WHERE id = ?", (source_id,))
        return source_from_row(rows[0]) if rows else None

    async def due_sources(self, now: datetime) -> list[Source]:
        """Unpaused sources whose next run has come, most overdue first."""
        rows = await self._all(
            "SELECT * FROM sources WHERE paused = 0 AND (next_run_at IS NULL OR next_run_at <= ?) "
            "ORDER BY next_run_at, id",
            (iso(now),),
        )
        return [source_from_row(row) for row in rows]

    async def claim_source(
        self, source_id: int, due_by: datetime, lease_until: datetime
    ) -> Source | None:
        """The source if unpaused and due by due_by, its next run set to lease_until meanwhile."""
        async with self._transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT * FROM sources WHERE id = ? AND paused = 0 "
                "AND (next_run_at IS NULL OR next_run_at <= ?)",
                (source_id, iso(due_by)),
            )
            if not rows:
                return None
            await conn.execute(
                "UPDATE sources SET next_run_at = ? WHERE id = ?", (iso(lease_until), source_id)
            )
        return source_from_row(next(iter(rows)))

    async def remove_source(self, source_id: int) -> bool:
        """Forget a source (its postings stay); False if it was gone."""
        async with self._transaction() as conn:
            cursor = await conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            return cursor.rowcount > 0

    async def set_source_paused(self, source_id: int, paused: bool, next_run_at: datetime) -> bool:
        """Pause or resume a source; resuming clears its failures and last error."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "UPDATE sources SET paused = ?, next_run_at = ?, "
                "failures = CASE WHEN ? THEN failures ELSE 0 END, "
                "last_error = CASE WHEN ? THEN last_error ELSE '' END WHERE id = ?",
                (int(paused), iso(next_run_at), int(paused), int(paused), source_id),
            )
            return cursor.rowcount > 0

    async def record_source_run(self, source_id: int, run: SourceRun) -> None:
        """Store the outcome of a run."""
        counts = run.counts
        keep_counts = counts is None
        counts = counts or RunCounts()
        state = run.state
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE sources SET last_run_at = :at, "
                "last_success_at = CASE WHEN :ok THEN :at ELSE last_success_at END, "
                "next_run_at = :next, failures = :failures, last_error = :error, "
                "etag = CASE WHEN :keep_state THEN etag ELSE :etag END, "
                "last_modified = CASE WHEN :keep_state THEN last_modified ELSE :modified END, "
                "last_new = CASE WHEN :keep THEN last_new ELSE :new END, "
                "last_updated = CASE WHEN :keep THEN last_updated ELSE :updated END, "
                "last_unchanged = CASE WHEN :keep THEN last_unchanged ELSE :unchanged END, "
                "last_closed = CASE WHEN :keep THEN last_closed ELSE :closed END, "
                "last_skipped = CASE WHEN :keep THEN last_skipped ELSE :skipped END, "
                "empty_polls = :empty WHERE id = :id",
                {
                    "id": source_id,
                    "at": iso(run.at),
                    "ok": int(run.ok),
                    "next": iso(run.next_run_at),
                    "failures": run.failures,
                    "error": run.error or None,
                    "keep_state": int(state is None),
                    "etag": state.etag if state else None,
                    "modified": state.last_modified if state else None,
                    "keep": int(keep_counts),
                    "new": counts.new,
                    "updated": counts.updated,
                    "unchanged": counts.unchanged,
                    "closed": counts.closed,
                    "skipped": counts.skipped,
                    "empty": run.empty_polls,
                },
            )

    async def source_links(self, prefix: str) -> dict[str, tuple[str | None, str | None]]:
        """(duplicate_of, dup_key) of every stored posting whose id starts with prefix."""
        rows = await self._all(
            "SELECT id, duplicate_of, dup_key FROM postings WHERE id >= ? AND id < ?",
            _prefix_range(prefix),
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    async def dedup_candidates(self, keys: Sequence[str], prefix: str) -> list[Posting]:
        """Open, unlinked postings with these dup keys not under prefix, oldest first."""
        if not keys:
            return []
        low, high = _prefix_range(prefix)
        rows = await self._all(
            "SELECT id, source, title, company, location FROM postings "
            "WHERE dup_key IN (SELECT value FROM json_each(?)) AND closed_at IS NULL "
            "AND duplicate_of IS NULL AND NOT (id >= ? AND id < ?) ORDER BY ref",
            (json.dumps(list(keys)), low, high),
        )
        return [
            Posting(id=r[0], source=r[1], title=r[2], company=r[3], location=r[4]) for r in rows
        ]

    async def set_dup_keys(self, rows: Sequence[tuple[str, str]]) -> None:
        """Store (posting id, dup key) pairs."""
        async with self._transaction() as conn:
            await conn.executemany(
                "UPDATE postings SET dup_key = ? WHERE id = ? AND dup_key IS NOT ?",
                [(key, pid, key) for pid, key in rows],
            )

    async def postings_without_dup_key(self, limit: int) -> list[Posting]:
        """Postings whose dup key was never computed."""
        rows = await self._all(
            "SELECT id, source, title, company, location FROM postings "
            "WHERE dup_key IS NULL LIMIT ?",
            (limit,),
        )
        return [
            Posting(id=r[0], source=r[1], title=r[2], company=r[3], location=r[4]) for r in rows
        ]

    async def set_duplicate_of(self, rows: Sequence[tuple[str, str | None]]) -> None:
        """Store (posting id, original id or None) pairs."""
        async with self._transaction() as conn:
            await conn.executemany(
                "UPDATE postings SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NOT ?",
                [(original, pid, original) for pid, original in rows],
            )

    async def close_missing(self, prefix: str, keep: Sequence[str], now: datetime) -> list[str]:
        """Close the open postings under prefix not in keep; their ids."""
        kept = set(keep)
        async with self._transaction() as conn:
            async with conn.execute(
                "SELECT id FROM postings WHERE id >= ? AND id < ? AND closed_at IS NULL",
                _prefix_range(prefix),
            ) as cursor:
                gone = [row[0] for row in await cursor.fetchall() if row[0] not in kept]
            await conn.executemany(
                "UPDATE postings SET closed_at = ? WHERE id = ?", [(iso(now), pid) for pid in gone]
            )
        return gone

    async def orphaned_duplicates(self, closed: Sequence[str]) -> list[tuple[str, Posting]]:
        """(original id, posting) of open postings linked to one of these ids, oldest first."""
        if not closed:
            return []
        rows = await self._all(
            "SELECT p.id, p.source, p.title, p.company, p.location, p.workplace, p.salary_min, "
            "p.salary_max, p.currency, p.url, p.description, p.tags_json, p.posted_at, "
            "p.closes_at, p.duplicate_of FROM postings p WHERE p.duplicate_of IN "
            "(SELECT value FROM json_each(?)) AND p.closed_at IS NULL ORDER BY p.ref",
            (json.dumps(list(closed)),),
        )
        return [(row["duplicate_of"], posting_from_row(row)) for row in rows]

    async def duplicate_links(self, posting_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """(source, url) of the other open postings of the same job as each posting, oldest first.

        A job's postings are its original and every posting linked to it (duplicate_of).
        """
        if not posting_ids:
            return {}
        rows = await self._all(
            "WITH given AS (SELECT p.id, coalesce(p.duplicate_of, p.id) AS root FROM postings p "
            "WHERE p.id IN (SELECT value FROM json_each(?))), "
            "family AS (SELECT given.id AS asked, o.ref, o.id, o.source, o.url, o.closed_at "
            "FROM given JOIN postings o ON o.id = given.root UNION ALL "
            "SELECT given.id, o.ref, o.id, o.source, o.url, o.closed_at "
            "FROM given JOIN postings o ON o.duplicate_of = given.root) "
            "SELECT asked, source, url FROM family WHERE id != asked AND closed_at IS NULL "
            "AND url != '' ORDER BY ref",
            (json.dumps(list(posting_ids)),),
        )
        links: dict[str, list[tuple[str, str]]] = {}
        for asked, source, url in rows:
            links.setdefault(asked, []).append((source, url))
        return links

    async def job_roots(self, posting_ids: Sequence[str]) -> dict[str, str]:
        """The original of each of these postings that is linked to one (the same job)."""
        if not posting_ids:
            return {}
        rows = await self._all(
            "SELECT id, duplicate_of FROM postings WHERE id IN (SELECT value FROM json_each(?)) "
            "AND duplicate_of IS NOT NULL",
            (json.dumps(list(posting_ids)),),
        )
        return {str(row[0]): str(row[1]) for row in rows}
