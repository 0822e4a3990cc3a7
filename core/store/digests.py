"""Store queries for digests: settings, due subscribers, the outbox, the sent-ledger, feedback."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

import aiosqlite

from core.model import (
    AlertCheck,
    DigestInputs,
    DigestSettings,
    FeedbackRow,
    OutboxItem,
    Posting,
    QueuedDigest,
    StoredMatch,
    Subscriber,
)
from core.store.base import SqliteBase
from core.store.codec import (
    SEARCH_COLUMNS,
    from_iso,
    from_micros,
    iso,
    micros,
    posting_from_row,
    saved_search_from_row,
    settings_values,
    subscriber_from_row,
)

P_COLUMNS = (
    "p.id, p.source, p.title, p.company, p.location, p.workplace, p.salary_min, p.salary_max, "
    "p.currency, p.url, p.description, p.tags_json, p.posted_at, p.closes_at, p.ref"
)
ON_DEMAND = "on-demand"  # the outbox kind of a digest asked for in chat (/digest, /more)


class DigestQueries(SqliteBase):
    """The digest half of the SQLite store."""

    async def save_settings(self, subscriber_id: int, settings: DigestSettings) -> None:
        """Store a subscriber's digest settings (including the next digest time)."""
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE subscribers SET digest_time = ?, timezone = ?, timezone_set = ?, "
                "frequency = ?, alerts = ?, quiet = ?, next_digest_at = ?, delivery_paused = ? "
                "WHERE id = ?",
                (*settings_values(settings), subscriber_id),
            )

    async def due_subscribers(self, now: datetime, limit: int = 1000) -> list[Subscriber]:
        """Subscribers whose digest time has come and whose deliveries are not paused."""
        rows = await self._all(
            "SELECT * FROM subscribers WHERE next_digest_at IS NOT NULL AND next_digest_at <= ? "
            "AND delivery_paused IS NULL ORDER BY next_digest_at LIMIT ?",
            (iso(now), limit),
        )
        return [subscriber_from_row(row) for row in rows]

    async def release_due(self, subscribers: Sequence[Subscriber], now: datetime) -> None:
        """Nothing to give back: one process does all the work here, and claims nothing."""

    async def renew_due(
        self, subscribers: Sequence[Subscriber], claimed: datetime, renewed: datetime
    ) -> None:
        """Nothing to renew: nothing is claimed here."""

    async def next_digest_due(self) -> datetime | None:
        """The earliest digest time of a subscriber whose pushes run."""
        rows = await self._all(
            "SELECT MIN(next_digest_at) FROM subscribers WHERE delivery_paused IS NULL"
        )
        return from_iso(rows[0][0]) if rows and rows[0][0] else None

    async def alert_subscribers(self, min_score: int) -> list[Subscriber]:
        """Subscribers with alerts on, not paused, and strong matches since their last check.

        A tick thus costs what is new: one probe of matches_strong_by_time per search of a
        subscriber with alerts on, and nothing at all for those with nothing new.
        """
        rows = await self._all(
            "SELECT * FROM subscribers sub WHERE sub.alerts = 1 AND sub.delivery_paused IS NULL "
            "AND EXISTS (SELECT 1 FROM searches s JOIN matches m ON m.search_id = s.id "
            f"WHERE s.subscriber_id = sub.id AND m.score >= {int(min_score):d} "
            "AND m.matched_at > IFNULL(sub.alerts_checked_us, -1)) ORDER BY sub.id"
        )
        return [subscriber_from_row(row) for row in rows]

    async def unsent_matches(self, subscriber_id: int) -> list[StoredMatch]:
        """Matches of active searches on open postings never sent to this subscriber, best first."""
        # The unary + keeps SQLite on the subscriber's index rather than the unselective
        # active/closed ones.
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.ref = m.posting_ref "
            "WHERE s.subscriber_id = ? AND +s.active = 1 AND +p.closed_at IS NULL AND m.notify = 1 "
            "AND NOT EXISTS (SELECT 1 FROM sent WHERE sent.subscriber_id = ? "
            "AND sent.posting_id = p.id) ORDER BY m.score DESC, p.ref DESC",
            (subscriber_id, subscriber_id),
        )
        return group_matches(rows)

    async def digest_inputs(self, subscriber_ids: Sequence[int]) -> dict[int, DigestInputs]:
        """Each subscriber's unsent matches, searches, mutes and feedback, read in bulk.

        One row per (subscriber, posting) with its best score and every search that matched
        it, as unsent_matches folds them; each posting is read once however many share it.
        Those first matched before the subscriber's last sent posting are earlier: left over.
        """
        ids = (json.dumps(list(subscriber_ids)),)
        wanted = "subscriber_id IN (SELECT value FROM json_each(?))"
        # Bare reasons_json comes from the row of the MAX(score): SQLite's documented rule.
        rows = await self._all(
            "SELECT s.subscriber_id, m.posting_ref, MAX(m.score) AS score, m.reasons_json, "
            "group_concat(m.search_id) AS search_ids, MIN(m.matched_at) FROM searches s "
            "JOIN matches m ON m.search_id = s.id JOIN postings p ON p.ref = m.posting_ref "
            f"WHERE s.{wanted} AND +s.active = 1 AND +p.closed_at IS NULL AND m.notify = 1 "
            "AND NOT EXISTS (SELECT 1 FROM sent WHERE sent.subscriber_id = s.subscriber_id "
            "AND sent.posting_id = p.id) GROUP BY s.subscriber_id, m.posting_ref "
            "ORDER BY s.subscriber_id, score DESC, m.posting_ref DESC",
            ids,
        )
        refs = json.dumps(sorted({int(row[1]) for row in rows}))
        postings = {
            int(row["ref"]): posting_from_row(row)
            for row in await self._all(
                f"SELECT {P_COLUMNS} FROM postings p "
                "WHERE p.ref IN (SELECT value FROM json_each(?))",
                (refs,),
            )
        }
        found: dict[int, DigestInputs] = {
            sid: DigestInputs([], [], [], []) for sid in subscriber_ids
        }
        last_sent = {
            int(sid): micros(from_iso(at))
            for sid, at in await self._all(
                f"SELECT subscriber_id, MAX(sent_at) FROM sent WHERE {wanted} "
                "GROUP BY subscriber_id",
                ids,
            )
        }
        for sid, ref, score, reasons, search_ids, first_matched in rows:
            if first_matched <= last_sent.get(sid, -1):
                found[sid].earlier.add(postings[ref].id)
            found[sid].matches.append(
                StoredMatch(
                    postings[ref],
                    float(score),
                    tuple(str(r) for r in json.loads(reasons)) if reasons else (),
                    tuple(sorted(int(n) for n in search_ids.split(","))),
                    ref,
                )
            )
        for row in await self._all(
            f"SELECT {SEARCH_COLUMNS} FROM searches WHERE {wanted} ORDER BY id", ids
        ):
            found[row["subscriber_id"]].searches.append(saved_search_from_row(row))
        for sid, key in await self._all(
            f"SELECT subscriber_id, company_key FROM muted_companies WHERE {wanted}", ids
        ):
            found[sid].muted.append(key)
        for sid, search_id, kind, company, title in await self._all(
            "SELECT subscriber_id, search_id, kind, company_key, title_key FROM feedback "
            f"WHERE {wanted}",
            ids,
        ):
            found[sid].feedback.append(FeedbackRow(search_id, kind, company, title))
        return found

    async def new_alert_matches(self, subscriber_id: int, min_score: int) -> AlertCheck:
        """Strong matches recorded since the subscriber's last alert check, for alerting.

        Only matches of postings first seen after their search was saved are alertable (the
        others were in the /add reply and wait for the digest); only ones never sent, on
        active searches and open postings count. read_until covers every row read.
        """
        # The score bound is written into the text so SQLite can use the partial index
        # matches_strong_by_time, whose WHERE clause must appear in the query as it is.
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json, m.matched_at, "
            "(+s.active = 1 AND p.closed_at IS NULL AND m.notify = 1 "
            "AND p.first_seen > s.created_at AND NOT EXISTS (SELECT 1 FROM sent "
            "WHERE sent.subscriber_id = s.subscriber_id AND sent.posting_id = p.id)) "
            "AS alertable FROM searches s JOIN matches m ON m.search_id = s.id "
            "JOIN postings p ON p.ref = m.posting_ref "
            f"WHERE s.subscriber_id = ? AND m.score >= {int(min_score):d} AND m.matched_at > "
            "IFNULL((SELECT alerts_checked_us FROM subscribers WHERE id = ?), -1) "
            "ORDER BY m.score DESC, p.ref DESC",
            (subscriber_id, subscriber_id),
        )
        read_until = max((row["matched_at"] for row in rows), default=None)
        return AlertCheck(
            group_matches([row for row in rows if row["alertable"]]),
            from_micros(read_until) if read_until is not None else None,
        )

    async def mark_alerts_checked(self, subscriber_id: int, until: datetime) -> None:
        """Move the subscriber's alert cursor: later checks read only newer matches."""
        await self._write_one(
            "UPDATE subscribers SET alerts_checked_us = ? WHERE id = ?",
            (micros(until), subscriber_id),
        )

    async def enqueue(
        self,
        subscriber: Subscriber,
        kind: str,
        payload: str,
        posting_ids: Sequence[str],
        now: datetime,
        next_digest_at: datetime | None,
    ) -> int:
        """Atomically queue a message, record its postings as sent and set the next digest time."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, next_attempt_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (subscriber.id, kind, payload, iso(now), iso(now)),
            )
            await _record_sent(conn, subscriber.id, posting_ids, now)
            if kind == "digest":
                await conn.execute(
                    "UPDATE subscribers SET next_digest_at = ? WHERE id = ?",
                    (iso(next_digest_at) if next_digest_at else None, subscriber.id),
                )
            outbox_id = cursor.lastrowid
        assert outbox_id is not None
        return outbox_id

    async def enqueue_digests(
        self, digests: Sequence[QueuedDigest], now: datetime, claimed_by: datetime | None = None
    ) -> int:
        """Queue many digests in one transaction, as enqueue does each; how many were queued.

        claimed_by is unused: nothing is claimed here (one process does all the work).
        """
        at = iso(now)
        queued = [d for d in digests if d.payload is not None]
        async with self._transaction() as conn:
            await conn.executemany(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, next_attempt_at) "
                "VALUES (?, 'digest', ?, ?, ?)",
                [
                    (d.subscriber_id, d.payload, at, iso(d.send_at) if d.send_at else at)
                    for d in queued
                ],
            )
            await conn.executemany(
                "INSERT OR IGNORE INTO sent (subscriber_id, posting_id, sent_at) VALUES (?, ?, ?)",
                [(d.subscriber_id, pid, at) for d in queued for pid in d.posting_ids],
            )
            await conn.executemany(
                "UPDATE subscribers SET next_digest_at = ? WHERE id = ?",
                [
                    (iso(d.next_digest_at) if d.next_digest_at else None, d.subscriber_id)
                    for d in digests
                ],
            )
        return len(queued)

    async def mark_sent(
        self, subscriber_id: int, posting_ids: Sequence[str], now: datetime
    ) -> None:
        """Record postings shown in chat (/digest, /more) as sent, and the message as delivered."""
        async with self._transaction() as conn:
            # The reply went out with the chat answer: the outbox row only counts it.
            await conn.execute(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, state, attempts, "
                "next_attempt_at, delivered_at) VALUES (?, ?, '', ?, 'delivered', 1, ?, ?)",
                (subscriber_id, ON_DEMAND, iso(now), iso(now), iso(now)),
            )
            await _record_sent(conn, subscriber_id, posting_ids, now)

    async def pending_deliveries(
        self,
        now: datetime,
        platforms: Collection[str],
        limit: int = 100,
        claim: timedelta | None = None,
    ) -> list[OutboxItem]:
        """Queued messages for these platforms whose next attempt is due, oldest first.

        Nothing is claimed (claim is unused): one process does all the work here.
        """
        wanted = sorted(platforms)
        marks = ", ".join("?" * len(wanted))
        rows = await self._all(
            "SELECT o.id AS outbox_id, o.kind, o.payload, o.attempts, s.* FROM outbox o "
            "JOIN subscribers s ON s.id = o.subscriber_id WHERE o.state = 'pending' "
            f"AND o.next_attempt_at <= ? AND s.delivery_paused IS NULL AND s.platform IN ({marks}) "
            "ORDER BY o.id LIMIT ?",
            (iso(now), *wanted, limit),
        )
        return [
            OutboxItem(
                row["outbox_id"],
                subscriber_from_row(row),
                row["kind"],
                row["payload"],
                row["attempts"],
            )
            for row in rows
        ]

    async def next_pending_at(self, platforms: Collection[str]) -> datetime | None:
        """When the soonest queued message for these platforms is due; None when none is."""
        wanted = sorted(platforms)
        marks = ", ".join("?" * len(wanted))
        rows = await self._all(
            "SELECT MIN(o.next_attempt_at) FROM outbox o JOIN subscribers s "
            "ON s.id = o.subscriber_id WHERE o.state = 'pending' "
            f"AND s.delivery_paused IS NULL AND s.platform IN ({marks})",
            tuple(wanted),
        )
        return from_iso(rows[0][0]) if rows and rows[0][0] else None

    async def delivery_succeeded(self, outbox_id: int, now: datetime) -> None:
        """Mark a queued message delivered (one statement: atomic without a transaction)."""
        await self._write_one(
            "UPDATE outbox SET state = 'delivered', delivered_at = ?, attempts = attempts + 1 "
            "WHERE id = ?",
            (iso(now), outbox_id),
        )

    async def delivery_failed(self, outbox_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt: retry at retry_at, or give up when it is None."""
        async with self._transaction() as conn:
            if retry_at is None:
                await conn.execute(
                    "UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 "
                    "WHERE id = ?",
                    (error[:500], outbox_id),
                )
            else:
                await conn.execute(
                    "UPDATE outbox SET last_error = ?, attempts = attempts + 1, "
                    "next_attempt_at = ? WHERE id = ?",
                    (error[:500], iso(retry_at), outbox_id),
                )

    async def pause_deliveries(self, subscriber_id: int, reason: str) -> None:
        """Stop pushing to a subscriber (bot blocked, chat gone) until they write again."""
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE subscribers SET delivery_paused = ? WHERE id = ?",
                (reason[:300] or "delivery failed", subscriber_id),
            )

    async def posting_by_ref(self, ref: int) -> tuple[Posting, int] | None:
        """A posting by its short ref number, with the ref."""
        rows = await self._all(f"SELECT {P_COLUMNS} FROM postings p WHERE p.ref = ?", (ref,))
        return (posting_from_row(rows[0]), int(rows[0]["ref"])) if rows else None

    async def searches_matching(self, subscriber_id: int, posting_id: str) -> list[int]:
        """Ids of the subscriber's searches that matched a posting."""
        rows = await self._all(
            "SELECT m.search_id FROM matches m JOIN searches s ON s.id = m.search_id "
            "WHERE s.subscriber_id = ? AND m.posting_ref = (SELECT ref FROM postings WHERE id = ?) "
            "ORDER BY m.search_id",
            (subscriber_id, posting_id),
        )
        return [int(row[0]) for row in rows]

    async def add_feedback(
        self,
        subscriber_id: int,
        search_ids: Sequence[int | None],
        posting_id: str,
        kind: str,
        keys: tuple[str, str],
        now: datetime,
    ) -> bool:
        """Record 👍 or 👎 on a posting, once per search that matched it, in place of the other
        reaction to the same company and title; repeats change nothing. True if it replaced one."""
        async with self._transaction() as conn:
            replaced = await conn.execute(
                "DELETE FROM feedback WHERE subscriber_id = ? AND company_key = ? "
                "AND title_key = ? AND kind <> ?",
                (subscriber_id, *keys, kind),
            )
            await conn.executemany(
                "INSERT OR IGNORE INTO feedback (subscriber_id, search_id, posting_id, kind, "
                "company_key, title_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(subscriber_id, sid, posting_id, kind, *keys, iso(now)) for sid in search_ids],
            )
        return replaced.rowcount > 0

    async def feedback(self, subscriber_id: int) -> list[FeedbackRow]:
        """Every 👍 and 👎 of a subscriber."""
        rows = await self._all(
            "SELECT search_id, kind, company_key, title_key FROM feedback WHERE subscriber_id = ? "
            "ORDER BY id",
            (subscriber_id,),
        )
        return [FeedbackRow(r[0], r[1], r[2], r[3]) for r in rows]

    async def mute_company(self, subscriber_id: int, key: str, company: str, now: datetime) -> bool:
        """Mute a company for a subscriber; False if it already was."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO muted_companies (subscriber_id, company_key, company, "
                "created_at) VALUES (?, ?, ?, ?)",
                (subscriber_id, key, company, iso(now)),
            )
            return cursor.rowcount > 0

    async def muted_companies(self, subscriber_id: int) -> list[tuple[str, str]]:
        """A subscriber's muted companies as (key, name), oldest first."""
        rows = await self._all(
            "SELECT company_key, company FROM muted_companies WHERE subscriber_id = ? "
            "ORDER BY created_at, company_key",
            (subscriber_id,),
        )
        return [(row[0], row[1]) for row in rows]

    async def unmute_company(self, subscriber_id: int, key: str) -> bool:
        """Unmute a company; False if it was not muted."""
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM muted_companies WHERE subscriber_id = ? AND company_key = ?",
                (subscriber_id, key),
            )
            return cursor.rowcount > 0

    async def stats(self, since: datetime) -> dict[str, int]:
        """Operator figures: subscribers, searches, postings, matches and messages since since."""
        figures = {
            name: int((await self._all(sql, {"since": iso(since), "us": micros(since)}))[0][0])
            for name, sql in _COUNTERS.items()
        }
        for row in await self._all("SELECT platform, COUNT(*) FROM subscribers GROUP BY platform"):
            figures[f"subscribers_{row[0]}"] = int(row[1])
        return figures


def _sent_since(kind: str) -> str:
    """Count the messages of one kind delivered since :since."""
    return (
        f"SELECT COUNT(*) FROM outbox WHERE kind = '{kind}' AND state = 'delivered' "
        "AND delivered_at >= :since"
    )


_COUNTERS = {
    "subscribers": "SELECT COUNT(*) FROM subscribers",
    "subscribers_paused": "SELECT COUNT(*) FROM subscribers WHERE delivery_paused IS NOT NULL",
    "searches_active": "SELECT COUNT(*) FROM searches WHERE active = 1",
    "searches_paused": "SELECT COUNT(*) FROM searches WHERE active = 0",
    "postings_open": "SELECT COUNT(*) FROM postings WHERE closed_at IS NULL",
    "postings_closed": "SELECT COUNT(*) FROM postings WHERE closed_at IS NOT NULL",
    "matches_today": "SELECT COUNT(*) FROM matches WHERE matched_at >= :us",
    "digests_sent_today": _sent_since("digest"),
    "alerts_sent_today": _sent_since("alert"),
    "on_demand_digests_today": _sent_since(ON_DEMAND),
    "deliveries_failed": "SELECT COUNT(*) FROM outbox WHERE state = 'failed'",
    "deliveries_pending": "SELECT COUNT(*) FROM outbox WHERE state = 'pending'",
    "sources": "SELECT COUNT(*) FROM sources",
    "sources_failing": "SELECT COUNT(*) FROM sources WHERE failures > 0",
}


async def _record_sent(
    conn: aiosqlite.Connection, subscriber_id: int, posting_ids: Sequence[str], now: datetime
) -> None:
    """Insert sent-ledger rows, ignoring ones already there."""
    await conn.executemany(
        "INSERT OR IGNORE INTO sent (subscriber_id, posting_id, sent_at) VALUES (?, ?, ?)",
        [(subscriber_id, pid, iso(now)) for pid in posting_ids],
    )


def group_matches(rows: Sequence[sqlite3.Row]) -> list[StoredMatch]:
    """Fold match rows (one per search) into one StoredMatch per posting, keeping row order."""
    grouped: dict[str, StoredMatch] = {}
    for row in rows:
        pid = row["id"]
        found = grouped.get(pid)
        if found is None:
            stored = row["reasons_json"]
            reasons = tuple(str(r) for r in json.loads(stored)) if stored else ()
            grouped[pid] = StoredMatch(
                posting_from_row(row),
                float(row["score"]),
                reasons,
                (int(row["search_id"]),),
                int(row["ref"]),
            )
        else:
            ids = tuple(sorted({*found.search_ids, int(row["search_id"])}))
            grouped[pid] = StoredMatch(found.posting, found.score, found.reasons, ids, found.ref)
    return list(grouped.values())
