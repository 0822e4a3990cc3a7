"""PostgreSQL queries for retention: the prune rules (SQLite's, in $n form), the last report."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

import asyncpg

from core.retention import COUNTED_TABLES, PRUNED_TABLES, Cutoffs, PruneReport
from core.store.codec import from_iso, iso
from core.store.postgres.base import PgBase, dollar_params, rows_changed
from core.store.retention import (
    _CLOSE_PASSED,
    _EXPIRED,
    _IDLE,
    _MATCHES_OF_EXPIRED,
    _MESSAGES_OF_IDLE,
    _NOTES_OF_CLOSED,
    _OLD_CHAT_STATES,
    _OLD_MESSAGES,
    _OLD_POSTING_CHANGES,
    _PAST_EVERY_KEY,
    _SENT_OF_GONE_POSTINGS,
    _SENT_OF_IDLE,
    _SENT_WINDOW_END,
    BATCH,
    POSTINGS_BATCH,
    SEEN_EVERY,
    prune_parameters,
)

Run = Callable[[str, Mapping[str, Any]], Awaitable[int]]
Fetch = Callable[[str, tuple[Any, ...]], Awaitable[list[Any]]]
# The tables' own size with their indexes, in the schema the store uses.
_SIZE = (
    "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
)


class RetentionQueries(PgBase):
    """The retention half of the PostgreSQL store."""

    async def close_passed(self, now: datetime) -> int:
        """Close the open postings whose closing date is before now, as of that date."""
        return await self._write_one(_CLOSE_PASSED.replace("?", "$1"), iso(now))

    async def prune(self, cutoffs: Cutoffs, *, dry_run: bool) -> dict[str, int]:
        """Delete what the cutoffs allow, in batches; a dry run deletes in one rolled-back go."""
        params = prune_parameters(cutoffs)
        if not dry_run:

            async def write(sql: str, values: Mapping[str, Any]) -> int:
                return await self._write_one(*_numbered(sql, values))

            async def read(sql: str, values: tuple[Any, ...]) -> list[Any]:
                return await self._all(*_numbered(sql, values))

            return await _apply_rules(write, read, params)

        async def dry(conn: asyncpg.Connection) -> dict[str, int]:
            async def run(sql: str, values: Mapping[str, Any]) -> int:
                return rows_changed(await conn.execute(*_numbered(sql, values)))

            async def fetch(sql: str, values: tuple[Any, ...]) -> list[Any]:
                return list(await conn.fetch(*_numbered(sql, values)))

            savepoint = conn.transaction()
            await savepoint.start()
            try:
                return await _apply_rules(run, fetch, params)
            finally:
                await savepoint.rollback()

        return await self._tx(dry)

    async def save_prune_report(self, report: PruneReport) -> None:
        """Keep the report of the last real prune (one row)."""

        async def save(conn: asyncpg.Connection) -> None:
            await conn.execute("DELETE FROM prune_runs")
            await conn.execute(
                "INSERT INTO prune_runs (ran_at, removed_json) VALUES ($1, $2)",
                iso(report.ran_at),
                json.dumps(report.removed),
            )

        await self._tx(save)

    async def last_prune_report(self) -> PruneReport | None:
        """The report of the last real prune, if any."""
        rows = await self._all("SELECT ran_at, removed_json FROM prune_runs")
        if not rows:
            return None
        removed = {str(k): int(v) for k, v in json.loads(rows[0][1]).items()}
        return PruneReport(from_iso(rows[0][0]), removed)

    async def storage(self) -> dict[str, int]:
        """The tables' size in bytes, and the rows of the tables prune bounds.

        PostgreSQL reuses the space of deleted rows itself (autovacuum): free_bytes is 0.
        """
        figures = {"database_bytes": int((await self._all(_SIZE))[0][0]), "free_bytes": 0}
        for table in COUNTED_TABLES:
            rows = await self._all(f"SELECT COUNT(*) FROM {table}")
            figures[f"rows_{table}"] = int(rows[0][0])
        return figures

    async def _note_seen(self, row: Any, now: datetime) -> None:
        """Record that a subscriber wrote, at most once per SEEN_EVERY (idle ones are pruned)."""
        seen = row["last_seen_at"] or row["created_at"]
        if from_iso(seen) <= now - SEEN_EVERY:
            await self._write_one(
                "UPDATE subscribers SET last_seen_at = $1 WHERE id = $2", iso(now), row["id"]
            )


def _numbered(sql: str, values: Mapping[str, Any] | tuple[Any, ...]) -> tuple[str, ...]:
    """SQLite's statement with $n marks, then its values in order (for a call's *args)."""
    text, args = dollar_params(sql, values)
    return (text, *args)


async def _apply_rules(run: Run, fetch: Fetch, params: dict[str, Any]) -> dict[str, int]:
    """Run every rule to the end, in the order the module docstring of core.retention gives."""
    removed = dict.fromkeys(PRUNED_TABLES, 0)
    removed["outbox"] += await _until_done(run, _OLD_MESSAGES, params, BATCH)
    removed["posting_notes"] += await _until_done(run, _NOTES_OF_CLOSED, params, BATCH)
    while True:
        removed["matches"] += await run(_MATCHES_OF_EXPIRED, params)
        done = await run(_EXPIRED, params)
        removed["postings"] += done
        if done < POSTINGS_BATCH:
            break
    low: tuple[int, str] = (0, "")
    while True:
        ends = await fetch(_SENT_WINDOW_END, (*low, BATCH))
        high = (int(ends[0][0]), str(ends[0][1])) if ends else _PAST_EVERY_KEY
        window = dict(zip(("low_subscriber", "low_posting"), low, strict=True))
        window |= dict(zip(("high_subscriber", "high_posting"), high, strict=True))
        removed["sent"] += await run(_SENT_OF_GONE_POSTINGS, params | window)
        if not ends:
            break
        low = high
    removed["sent"] += await _until_done(run, _SENT_OF_IDLE, params, BATCH)
    removed["outbox"] += await _until_done(run, _MESSAGES_OF_IDLE, params, BATCH)
    removed["subscribers"] += await _until_done(run, _IDLE, params, BATCH)
    removed["posting_changes"] += await _until_done(run, _OLD_POSTING_CHANGES, params, BATCH)
    removed["chat_states"] += await _until_done(run, _OLD_CHAT_STATES, params, BATCH)
    return removed


async def _until_done(run: Run, sql: str, params: Mapping[str, Any], batch: int) -> int:
    """Repeat a delete of at most batch rows until it deletes fewer; rows deleted."""
    total = 0
    while (done := await run(sql, params)) > 0:
        total += done
        if done < batch:
            break
    return total
