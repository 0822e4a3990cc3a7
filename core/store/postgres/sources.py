"""PostgreSQL queries for job sources: the sources table, posting lifecycle and duplicate links."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

import asyncpg

from core.model import Posting
from core.sources.ingest import SourceSpec
from core.sources.model import POLL_LEASE, RunCounts, Source, SourceRun
from core.store.codec import iso, posting_from_row
from core.store.postgres.base import PgBase, rows_changed
from core.store.postgres.wakeups import notify
from core.store.sources import _prefix_range, source_from_row

_SHORT_POSTING = "id, source, title, company, location"


class SourceQueries(PgBase):
    """The sources half of the PostgreSQL store."""

    async def add_source(self, spec: SourceSpec, interval: int, now: datetime) -> Source | None:
        """Store a new source due now; None if kind:name exists."""

        async def add(conn: asyncpg.Connection) -> object:
            await notify(conn, "sources")  # sent only if the source is stored (at commit)
            return await conn.fetchval(
                "INSERT INTO sources (kind, name, url, company, interval_seconds, created_at, "
                "next_run_at) VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING "
                "RETURNING id",
                spec.kind,
                spec.name,
                spec.url,
                spec.company,
                interval,
                iso(now),
            )

        source_id = await self._tx(add)
        return None if source_id is None else await self.source_by_id(cast(int, source_id))

    async def sources(self) -> list[Source]:
        """Every source, by kind and name."""
        rows = await self._all("SELECT * FROM sources ORDER BY kind, name")
        return [source_from_row(row) for row in rows]

    async def source_by_id(self, source_id: int) -> Source | None:
        """One source."""
        rows = await self._all("SELECT * FROM sources WHERE id = $1", source_id)
        return source_from_row(rows[0]) if rows else None

    async def due_sources(self, now: datetime) -> list[Source]:
        """Unpaused sources whose next run has come, most overdue first."""
        # Claimed for a lease: another process skips them until the run is recorded (which
        # sets the next run) or the lease runs out (this process died meanwhile).
        rows = await self._all(
            "WITH due AS (SELECT * FROM sources WHERE paused = 0 "
            "AND (next_run_at IS NULL OR next_run_at <= $1) FOR UPDATE SKIP LOCKED), "
            "claimed AS (UPDATE sources s SET next_run_at = $2 FROM due WHERE s.id = due.id) "
            "SELECT * FROM due ORDER BY next_run_at NULLS FIRST, id",
            iso(now),
            iso(now + POLL_LEASE),
        )
        return [source_from_row(row) for row in rows]

    async def claim_source(
        self, source_id: int, due_by: datetime, lease_until: datetime
    ) -> Source | None:
        """The source if unpaused and due by due_by, its next run set to lease_until meanwhile."""
        rows = await self._all(
            "WITH due AS (SELECT * FROM sources WHERE id = $1 AND paused = 0 "
            "AND (next_run_at IS NULL OR next_run_at <= $2) FOR UPDATE SKIP LOCKED), "
            "claimed AS (UPDATE sources s SET next_run_at = $3 FROM due WHERE s.id = due.id) "
            "SELECT * FROM due",
            source_id,
            iso(due_by),
            iso(lease_until),
        )
        return source_from_row(rows[0]) if rows else None

    async def remove_source(self, source_id: int) -> bool:
        """Forget a source (its postings stay); False if it was gone."""
        return await self._changing_sources("DELETE FROM sources WHERE id = $1", source_id) > 0

    async def set_source_paused(self, source_id: int, paused: bool, next_run_at: datetime) -> bool:
        """Pause or resume a source; resuming clears its failures and last error."""
        done = await self._changing_sources(
            "UPDATE sources SET paused = $1::boolean::int, next_run_at = $2, "
            "failures = CASE WHEN $1::boolean THEN failures ELSE 0 END, "
            "last_error = CASE WHEN $1::boolean THEN last_error ELSE '' END WHERE id = $3",
            paused,
            iso(next_run_at),
            source_id,
        )
        return done > 0

    async def _changing_sources(self, sql: str, *args: object) -> int:
        """Run one statement on sources and wake the ingest workers; rows changed."""

        async def change(conn: asyncpg.Connection) -> int:
            await notify(conn, "sources")
            return rows_changed(await conn.execute(sql, *args))

        return await self._tx(change)

    async def record_source_run(self, source_id: int, run: SourceRun) -> None:
        """Store the outcome of a run."""
        keep = run.counts is None
        counts = run.counts or RunCounts()
        state = run.state
        await self._write_one(
            "UPDATE sources SET last_run_at = $2, "
            "last_success_at = CASE WHEN $3 THEN $2 ELSE last_success_at END, "
            "next_run_at = $4, failures = $5, last_error = $6, "
            "etag = CASE WHEN $7 THEN etag ELSE $8 END, "
            "last_modified = CASE WHEN $7 THEN last_modified ELSE $9 END, "
            "last_new = CASE WHEN $10 THEN last_new ELSE $11 END, "
            "last_updated = CASE WHEN $10 THEN last_updated ELSE $12 END, "
            "last_unchanged = CASE WHEN $10 THEN last_unchanged ELSE $13 END, "
            "last_closed = CASE WHEN $10 THEN last_closed ELSE $14 END, "
            "last_skipped = CASE WHEN $10 THEN last_skipped ELSE $15 END, "
            "empty_polls = $16 WHERE id = $1",
            source_id,
            iso(run.at),
            run.ok,
            iso(run.next_run_at),
            run.failures,
            run.error or None,
            state is None,
            state.etag if state else None,
            state.last_modified if state else None,
            keep,
            counts.new,
            counts.updated,
            counts.unchanged,
            counts.closed,
            counts.skipped,
            run.empty_polls,
        )

    async def source_links(self, prefix: str) -> dict[str, tuple[str | None, str | None]]:
        """(duplicate_of, dup_key) of every stored posting whose id starts with prefix."""
        rows = await self._all(
            "SELECT id, duplicate_of, dup_key FROM postings WHERE id >= $1 AND id < $2",
            *_prefix_range(prefix),
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    async def dedup_candidates(self, keys: Sequence[str], prefix: str) -> list[Posting]:
        """Open, unlinked postings with these dup keys not under prefix, oldest first."""
        if not keys:
            return []
        low, high = _prefix_range(prefix)
        rows = await self._all(
            f"SELECT {_SHORT_POSTING} FROM postings WHERE dup_key = ANY($1::text[]) "
            "AND closed_at IS NULL AND duplicate_of IS NULL AND NOT (id >= $2 AND id < $3) "
            "ORDER BY ref",
            list(keys),
            low,
            high,
        )
        return [
            Posting(id=r[0], source=r[1], title=r[2], company=r[3], location=r[4]) for r in rows
        ]

    async def set_dup_keys(self, rows: Sequence[tuple[str, str]]) -> None:
        """Store (posting id, dup key) pairs, in one statement."""
        await self._write_one(
            "UPDATE postings p SET dup_key = v.key FROM unnest($1::text[], $2::text[]) "
            "AS v(id, key) WHERE p.id = v.id AND p.dup_key IS DISTINCT FROM v.key",
            [pid for pid, _ in rows],
            [key for _, key in rows],
        )

    async def postings_without_dup_key(self, limit: int) -> list[Posting]:
        """Postings whose dup key was never computed."""
        rows = await self._all(
            f"SELECT {_SHORT_POSTING} FROM postings WHERE dup_key IS NULL ORDER BY ref LIMIT $1",
            limit,
        )
        return [
            Posting(id=r[0], source=r[1], title=r[2], company=r[3], location=r[4]) for r in rows
        ]

    async def set_duplicate_of(self, rows: Sequence[tuple[str, str | None]]) -> None:
        """Store (posting id, original id or None) pairs, in one statement."""
        await self._write_one(
            "UPDATE postings p SET duplicate_of = v.original FROM unnest($1::text[], $2::text[]) "
            "AS v(id, original) WHERE p.id = v.id AND p.duplicate_of IS DISTINCT FROM v.original",
            [pid for pid, _ in rows],
            [original for _, original in rows],
        )

    async def close_missing(self, prefix: str, keep: Sequence[str], now: datetime) -> list[str]:
        """Close the open postings under prefix not in keep; their ids."""

        async def close(conn: asyncpg.Connection) -> list[str]:
            rows = await conn.fetch(
                "UPDATE postings SET closed_at = $3 WHERE id >= $1 AND id < $2 "
                "AND closed_at IS NULL AND NOT (id = ANY($4::text[])) RETURNING id",
                *_prefix_range(prefix),
                iso(now),
                list(keep),
            )
            return sorted(str(row[0]) for row in rows)

        return await self._tx(close)

    async def orphaned_duplicates(self, closed: Sequence[str]) -> list[tuple[str, Posting]]:
        """(original id, posting) of open postings linked to one of these ids, oldest first."""
        if not closed:
            return []
        rows = await self._all(
            "SELECT p.id, p.source, p.title, p.company, p.location, p.workplace, p.salary_min, "
            "p.salary_max, p.currency, p.url, p.description, p.tags_json, p.posted_at, "
            "p.closes_at, p.duplicate_of FROM postings p WHERE p.duplicate_of = ANY($1::text[]) "
            "AND p.closed_at IS NULL ORDER BY p.ref",
            list(closed),
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
            "WHERE p.id = ANY($1::text[])), "
            "family AS (SELECT given.id AS asked, o.ref, o.id, o.source, o.url, o.closed_at "
            "FROM given JOIN postings o ON o.id = given.root UNION ALL "
            "SELECT given.id, o.ref, o.id, o.source, o.url, o.closed_at "
            "FROM given JOIN postings o ON o.duplicate_of = given.root) "
            "SELECT asked, source, url FROM family WHERE id != asked AND closed_at IS NULL "
            "AND url != '' ORDER BY ref",
            list(posting_ids),
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
            "SELECT id, duplicate_of FROM postings WHERE id = ANY($1::text[]) "
            "AND duplicate_of IS NOT NULL",
            list(posting_ids),
        )
        return {str(row[0]): str(row[1]) for row in rows}
