"""Store queries for retention: the prune rules in SQL, the last prune report, storage figures."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from core.model import DigestSettings
from core.retention import COUNTED_TABLES, PRUNED_TABLES, Cutoffs, PruneReport
from core.store.base import SqliteBase
from core.store.codec import from_iso, iso

BATCH = 1000  # rows per delete statement, so other writers wait for one batch at most
POSTINGS_BATCH = 50  # expired postings per statement (each with its matches)
PAUSE_SECONDS = 0.02  # between two batches of a real prune
SEEN_EVERY = timedelta(hours=1)  # how stale last_seen_at may get before it is rewritten

# Closed long enough, and no open posting names it as its original (its cards link to it);
# oldest first, so the matches statement and the postings statement take the same postings.
_EXPIRED_POSTINGS = (
    "SELECT p.id FROM postings p WHERE p.closed_at < :closed AND NOT EXISTS "
    "(SELECT 1 FROM postings d WHERE d.duplicate_of = p.id AND d.closed_at IS NULL) "
    "ORDER BY p.closed_at LIMIT :postings"
)
# Past their closing date: closed as of it, so a prune counts closed_days from then.
_CLOSE_PASSED = (
    "UPDATE postings SET closed_at = closes_at WHERE closed_at IS NULL AND closes_at < ?"
)
# Nothing stored but the row itself: no searches, feedback, mutes, settings or waiting message.
_IDLE_SUBSCRIBERS = (
    "SELECT s.id FROM subscribers s WHERE COALESCE(s.last_seen_at, s.created_at) < :idle "
    "AND s.digest_time = :digest_time AND s.timezone = :timezone AND s.timezone_set = 0 "
    "AND s.frequency = :frequency AND s.alerts = 0 AND s.quiet IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM searches WHERE subscriber_id = s.id) "
    "AND NOT EXISTS (SELECT 1 FROM feedback WHERE subscriber_id = s.id) "
    "AND NOT EXISTS (SELECT 1 FROM muted_companies WHERE subscriber_id = s.id) "
    "AND NOT EXISTS (SELECT 1 FROM outbox WHERE subscriber_id = s.id AND state = 'pending')"
)
_OLD_MESSAGES = (
    "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE state != 'pending' "
    "AND COALESCE(delivered_at, created_at) < :delivered LIMIT :batch)"
)
_MATCHES_OF_EXPIRED = (
    "DELETE FROM matches WHERE posting_ref IN "
    f"(SELECT ref FROM postings WHERE id IN ({_EXPIRED_POSTINGS}))"
)
_EXPIRED = f"DELETE FROM postings WHERE id IN ({_EXPIRED_POSTINGS})"
# The sent-ledger has no index by posting, so it is walked in key order, :batch rows a window.
_SENT_WINDOW_END = (
    "SELECT subscriber_id, posting_id FROM sent WHERE (subscriber_id, posting_id) >= (?, ?) "
    "ORDER BY subscriber_id, posting_id LIMIT 1 OFFSET ?"
)
_SENT_OF_GONE_POSTINGS = (
    "DELETE FROM sent WHERE (subscriber_id, posting_id) >= (:low_subscriber, :low_posting) "
    "AND (subscriber_id, posting_id) < (:high_subscriber, :high_posting) "
    "AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.id = sent.posting_id)"
)
_PAST_EVERY_KEY = (2**63 - 1, "")
_SENT_OF_IDLE = (
    "DELETE FROM sent WHERE (subscriber_id, posting_id) IN (SELECT subscriber_id, posting_id "
    f"FROM sent WHERE subscriber_id IN ({_IDLE_SUBSCRIBERS}) LIMIT :batch)"
)
_MESSAGES_OF_IDLE = (
    "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox "
    f"WHERE subscriber_id IN ({_IDLE_SUBSCRIBERS}) LIMIT :batch)"
)
_IDLE = f"DELETE FROM subscribers WHERE id IN ({_IDLE_SUBSCRIBERS} LIMIT :batch)"
# All but the newest :changes_kept posting changes, oldest first (the newest always stays, so
# a cursor older than the oldest row left is a cursor behind what was pruned).
_OLD_POSTING_CHANGES = (
    "DELETE FROM posting_changes WHERE id IN (SELECT id FROM posting_changes WHERE id <= "
    "(SELECT MAX(id) FROM posting_changes) - :changes_kept ORDER BY id LIMIT :batch)"
)

# Notes on how the match shards are to match a posting, once it is closed (they match open
# postings only); before the postings go, so none is left naming a posting that is gone.
_NOTES_OF_CLOSED = (
    "DELETE FROM posting_notes WHERE posting_id IN (SELECT n.posting_id FROM posting_notes n "
    "JOIN postings p ON p.id = n.posting_id WHERE p.closed_at IS NOT NULL LIMIT :batch)"
)
_OLD_CHAT_STATES = (
    "DELETE FROM chat_states WHERE (scope, key) IN (SELECT scope, key FROM chat_states "
    "WHERE updated_at < :chat_states LIMIT :batch)"
)

Run = Callable[[str, Mapping[str, Any]], Awaitable[int]]


def prune_parameters(cutoffs: Cutoffs) -> dict[str, Any]:
    """The named values the prune statements of either store read."""
    defaults = DigestSettings()
    return {
        "delivered": iso(cutoffs.delivered),
        "closed": iso(cutoffs.closed),
        "idle": iso(cutoffs.idle),
        "changes_kept": max(cutoffs.changes_kept, 1),
        "chat_states": iso(cutoffs.chat_states),
        "digest_time": defaults.digest_time,
        "timezone": defaults.timezone,
        "frequency": defaults.frequency,
        "batch": BATCH,
        "postings": POSTINGS_BATCH,
    }


class RetentionQueries(SqliteBase):
    """The retention half of the SQLite store."""

    async def prune(self, cutoffs: Cutoffs, *, dry_run: bool) -> dict[str, int]:
        """Delete what the cutoffs allow, in batches; a dry run deletes in one rolled-back go."""
        params = prune_parameters(cutoffs)
        if not dry_run:

            async def write(sql: str, values: Mapping[str, Any]) -> int:
                done = await self._write_one(sql, values)
                # SQLite's waiting writers poll: a pause lets them in between two batches.
                await asyncio.sleep(PAUSE_SECONDS)
                return done

            return await self._apply_rules(write, params)
        async with self._transaction(commit=False) as conn:

            async def run(sql: str, values: Mapping[str, Any]) -> int:
                return (await conn.execute(sql, values)).rowcount

            return await self._apply_rules(run, params)

    async def _apply_rules(self, run: Run, params: dict[str, Any]) -> dict[str, int]:
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
            ends = await self._all(_SENT_WINDOW_END, (*low, BATCH))
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

    async def close_passed(self, now: datetime) -> int:
        """Close the open postings whose closing date is before now, as of that date."""
        return await self._write_one(_CLOSE_PASSED, (iso(now),))

    async def save_prune_report(self, report: PruneReport) -> None:
        """Keep the report of the last real prune (one row)."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM prune_runs")
            await conn.execute(
                "INSERT INTO prune_runs (ran_at, removed_json) VALUES (?, ?)",
                (iso(report.ran_at), json.dumps(report.removed)),
            )

    async def last_prune_report(self) -> PruneReport | None:
        """The report of the last real prune, if any."""
        rows = await self._all("SELECT ran_at, removed_json FROM prune_runs")
        if not rows:
            return None
        removed = {str(k): int(v) for k, v in json.loads(rows[0][1]).items()}
        return PruneReport(from_iso(rows[0][0]), removed)

    async def storage(self) -> dict[str, int]:
        """Database size and free space in bytes, and the rows of the tables prune bounds."""
        size = await self._pragma("page_size")
        figures = {
            "database_bytes": size * await self._pragma("page_count"),
            "free_bytes": size * await self._pragma("freelist_count"),
        }
        for table in COUNTED_TABLES:
            rows = await self._all(f"SELECT COUNT(*) FROM {table}")
            figures[f"rows_{table}"] = int(rows[0][0])
        return figures

    async def _pragma(self, name: str) -> int:
        """One integer PRAGMA."""
        return int((await self._all(f"PRAGMA {name}"))[0][0])

    async def _note_seen(self, row: sqlite3.Row, now: datetime) -> None:
        """Record that a subscriber wrote, at most once per SEEN_EVERY (idle ones are pruned)."""
        seen = row["last_seen_at"] or row["created_at"]
        if from_iso(seen) <= now - SEEN_EVERY:
            await self._write_one(
                "UPDATE subscribers SET last_seen_at = ? WHERE id = ?", (iso(now), row["id"])
            )


async def _until_done(run: Run, sql: str, params: Mapping[str, Any], batch: int) -> int:
    """Repeat a delete of at most batch rows until it deletes fewer; rows deleted."""
    total = 0
    while (done := await run(sql, params)) > 0:
        total += done
        if done < batch:
            break
    return total
