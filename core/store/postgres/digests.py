"""PostgreSQL queries for digests: settings, who is due, the outbox, the sent-ledger, feedback."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import cast

import asyncpg

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
from core.store.digests import _COUNTERS, ON_DEMAND, P_COLUMNS, group_matches
from core.store.postgres.base import PgBase, dollar_params, rows_changed
from core.store.postgres.wakeups import notify

__all__ = ["P_COLUMNS", "DigestQueries"]

# How long a claimed digest or message stays another process's before it is taken over. A
# batch of digests takes seconds to build, and its builder renews the claim every
# DIGEST_HEARTBEAT (core/digests/delivery.py) meanwhile, so a killed builder's batch is taken
# over within this; one built again after its claim ran out is queued once (enqueue_digests'
# claimed_by): a short lease costs nothing but a rebuild. A digest claim is kept in its own
# column (digest_claim), never in next_digest_at: the batch taken over keeps its own time.
DIGEST_LEASE = timedelta(seconds=30)
DELIVERY_LEASE = timedelta(minutes=5)


class DigestQueries(PgBase):
    """The digest half of the PostgreSQL store."""

    async def save_settings(self, subscriber_id: int, settings: DigestSettings) -> None:
        """Store a subscriber's digest settings (including the next digest time)."""

        async def save(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "UPDATE subscribers SET digest_time = $1, timezone = $2, timezone_set = $3, "
                "frequency = $4, alerts = $5, quiet = $6, next_digest_at = $7, "
                "delivery_paused = $8, digest_claim = NULL WHERE id = $9",
                *settings_values(settings),
                subscriber_id,
            )
            # A time set while a batch is built stands: the builder's claim is gone, so its
            # digest is not queued (enqueue_digests' fence). A digest worker wakes for a time
            # sooner than its next tick; resumed deliveries may have messages waiting.
            if settings.next_digest_at is not None:
                await notify(conn, "digests", iso(settings.next_digest_at))
            if not settings.delivery_paused:
                await notify(conn, "outbox")

        await self._tx(save)

    async def due_subscribers(self, now: datetime, limit: int = 1000) -> list[Subscriber]:
        """Subscribers whose digest time has come and whose deliveries are not paused."""
        # Claimed for a lease: another process skips them until the digest is queued (which
        # sets the next digest time and drops the claim) or the lease runs out (this process
        # died meanwhile). Their digest time stays as it is: a batch taken over goes at it.
        rows = await self._all(
            "WITH due AS (SELECT * FROM subscribers WHERE next_digest_at IS NOT NULL "
            "AND next_digest_at <= $1 AND (digest_claim IS NULL OR digest_claim <= $1) "
            "AND delivery_paused IS NULL ORDER BY next_digest_at "
            "LIMIT $2 FOR UPDATE SKIP LOCKED), claimed AS (UPDATE subscribers s "
            "SET digest_claim = $3 FROM due WHERE s.id = due.id) "
            "SELECT * FROM due ORDER BY next_digest_at, id",
            iso(now),
            limit,
            iso(now + DIGEST_LEASE),
        )
        return [subscriber_from_row(row) for row in rows]

    async def release_due(self, subscribers: Sequence[Subscriber], now: datetime) -> None:
        """Give back the claims due_subscribers(now) took on these, after a failed build.

        Only claims still held as taken: one taken over meanwhile stays its new holder's.
        """
        await self._write_one(
            "UPDATE subscribers SET digest_claim = NULL WHERE id = ANY($1::bigint[]) "
            "AND digest_claim = $2",
            [s.id for s in subscribers],
            iso(now + DIGEST_LEASE),
        )

    async def renew_due(
        self, subscribers: Sequence[Subscriber], claimed: datetime, renewed: datetime
    ) -> None:
        """Extend the claims taken (or last renewed) as of claimed to as of renewed.

        Only claims still held as taken then: one that ran out and was taken by another
        process carries that process's time and stays its.
        """
        await self._write_one(
            "UPDATE subscribers SET digest_claim = $2 WHERE id = ANY($1::bigint[]) "
            "AND digest_claim = $3",
            [s.id for s in subscribers],
            iso(renewed + DIGEST_LEASE),
            iso(claimed + DIGEST_LEASE),
        )

    async def next_digest_due(self) -> datetime | None:
        """The earliest digest time (or claim's end) of a subscriber whose pushes run."""
        at = await self._all(
            "SELECT MIN(GREATEST(next_digest_at, digest_claim)) FROM subscribers "
            "WHERE delivery_paused IS NULL"
        )
        return from_iso(at[0][0]) if at and at[0][0] else None

    async def alert_subscribers(self, min_score: int) -> list[Subscriber]:
        """Subscribers with alerts on, not paused, and strong matches since their last check.

        A tick thus costs what is new: one probe of matches_strong_by_time per search of a
        subscriber with alerts on (the score bound is in the text, so the planner can use that
        partial index), and nothing at all for those with nothing new.
        """
        rows = await self._all(
            "SELECT * FROM subscribers sub WHERE sub.alerts = 1 AND sub.delivery_paused IS NULL "
            "AND EXISTS (SELECT 1 FROM searches s JOIN matches m ON m.search_id = s.id "
            f"WHERE s.subscriber_id = sub.id AND m.score >= {int(min_score):d} "
            "AND m.matched_at > COALESCE(sub.alerts_checked_us, -1)) ORDER BY sub.id"
        )
        return [subscriber_from_row(row) for row in rows]

    async def unsent_matches(self, subscriber_id: int) -> list[StoredMatch]:
        """Matches of active searches on open postings never sent to this subscriber, best first."""
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.ref = m.posting_ref "
            "WHERE s.subscriber_id = $1 AND s.active = 1 AND p.closed_at IS NULL AND m.notify = 1 "
            "AND NOT EXISTS (SELECT 1 FROM sent WHERE sent.subscriber_id = $1 "
            "AND sent.posting_id = p.id) ORDER BY m.score DESC, p.ref DESC",
            subscriber_id,
        )
        return group_matches(rows)

    async def digest_inputs(self, subscriber_ids: Sequence[int]) -> dict[int, DigestInputs]:
        """Each subscriber's unsent matches, searches, mutes and feedback, read in bulk.

        One row per (subscriber, posting) with its best score, that row's reasons and every
        search that matched it, as unsent_matches folds them; each posting is read once
        however many share it. Those first matched before the subscriber's last sent posting
        are earlier: left over. Six queries in all, however many subscribers.
        """
        ids = sorted(set(subscriber_ids))
        rows = await self._all(
            "SELECT s.subscriber_id, m.posting_ref, MAX(m.score) AS score, "
            "(array_agg(m.reasons_json ORDER BY m.score DESC, m.search_id))[1] AS reasons, "
            "array_agg(m.search_id ORDER BY m.search_id) AS search_ids, "
            "MIN(m.matched_at) AS first_matched FROM searches s "
            "JOIN matches m ON m.search_id = s.id JOIN postings p ON p.ref = m.posting_ref "
            "WHERE s.subscriber_id = ANY($1::bigint[]) AND s.active = 1 AND p.closed_at IS NULL "
            "AND m.notify = 1 AND NOT EXISTS (SELECT 1 FROM sent "
            "WHERE sent.subscriber_id = s.subscriber_id AND sent.posting_id = p.id) "
            "GROUP BY s.subscriber_id, m.posting_ref "
            "ORDER BY s.subscriber_id, score DESC, m.posting_ref DESC",
            ids,
        )
        postings = {
            int(row["ref"]): posting_from_row(row)
            for row in await self._all(
                f"SELECT {P_COLUMNS} FROM postings p WHERE p.ref = ANY($1::bigint[])",
                sorted({int(row["posting_ref"]) for row in rows}),
            )
        }
        found = {sid: DigestInputs([], [], [], []) for sid in subscriber_ids}
        last_sent = {
            int(row["subscriber_id"]): micros(from_iso(row["at"]))
            for row in await self._all(
                "SELECT subscriber_id, MAX(sent_at) AS at FROM sent "
                "WHERE subscriber_id = ANY($1::bigint[]) GROUP BY subscriber_id",
                ids,
            )
        }
        for row in rows:
            ref = int(row["posting_ref"])
            if int(row["first_matched"]) <= last_sent.get(row["subscriber_id"], -1):
                found[row["subscriber_id"]].earlier.add(postings[ref].id)
            reasons = row["reasons"]
            found[row["subscriber_id"]].matches.append(
                StoredMatch(
                    postings[ref],
                    float(row["score"]),
                    tuple(str(r) for r in json.loads(reasons)) if reasons else (),
                    tuple(int(n) for n in row["search_ids"]),
                    ref,
                )
            )
        for row in await self._all(
            f"SELECT {SEARCH_COLUMNS} FROM searches WHERE subscriber_id = ANY($1::bigint[]) "
            "ORDER BY id",
            ids,
        ):
            found[row["subscriber_id"]].searches.append(saved_search_from_row(row))
        for sid, key in await self._all(
            "SELECT subscriber_id, company_key FROM muted_companies "
            "WHERE subscriber_id = ANY($1::bigint[])",
            ids,
        ):
            found[sid].muted.append(key)
        for sid, search_id, kind, company, title in await self._all(
            "SELECT subscriber_id, search_id, kind, company_key, title_key FROM feedback "
            "WHERE subscriber_id = ANY($1::bigint[]) ORDER BY id",
            ids,
        ):
            found[sid].feedback.append(FeedbackRow(search_id, kind, company, title))
        return found

    async def new_alert_matches(self, subscriber_id: int, min_score: int) -> AlertCheck:
        """Strong matches recorded since the subscriber's last alert check, for alerting.

        Only matches of postings first seen after their search was saved are alertable; only
        ones never sent, on active searches and open postings count. read_until covers every
        row read.
        """
        # The score bound is written into the text so the planner can use the partial index
        # matches_strong_by_time, whose WHERE clause the query must imply.
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json, m.matched_at, "
            "(s.active = 1 AND p.closed_at IS NULL AND m.notify = 1 "
            "AND p.first_seen > s.created_at AND NOT EXISTS (SELECT 1 FROM sent "
            "WHERE sent.subscriber_id = s.subscriber_id AND sent.posting_id = p.id)) "
            "AS alertable FROM searches s JOIN matches m ON m.search_id = s.id "
            "JOIN postings p ON p.ref = m.posting_ref "
            f"WHERE s.subscriber_id = $1 AND m.score >= {int(min_score):d} AND m.matched_at > "
            "COALESCE((SELECT alerts_checked_us FROM subscribers WHERE id = $1), -1) "
            "ORDER BY m.score DESC, p.ref DESC",
            subscriber_id,
        )
        read_until = max((row["matched_at"] for row in rows), default=None)
        return AlertCheck(
            group_matches([row for row in rows if row["alertable"]]),
            from_micros(read_until) if read_until is not None else None,
        )

    async def mark_alerts_checked(self, subscriber_id: int, until: datetime) -> None:
        """Move the subscriber's alert cursor: later checks read only newer matches."""
        await self._write_one(
            "UPDATE subscribers SET alerts_checked_us = $1 WHERE id = $2",
            micros(until),
            subscriber_id,
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

        async def enqueue(conn: asyncpg.Connection) -> int:
            outbox_id = await conn.fetchval(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, next_attempt_at) "
                "VALUES ($1, $2, $3, $4, $4) RETURNING id",
                subscriber.id,
                kind,
                payload,
                iso(now),
            )
            await _record_sent(conn, subscriber.id, posting_ids, now)
            await notify(conn, "outbox")
            if kind == "digest":
                await conn.execute(
                    "UPDATE subscribers SET next_digest_at = $1, digest_claim = NULL WHERE id = $2",
                    iso(next_digest_at) if next_digest_at else None,
                    subscriber.id,
                )
            return cast(int, outbox_id)

        return await self._tx(enqueue)

    async def enqueue_digests(
        self, digests: Sequence[QueuedDigest], now: datetime, claimed_by: datetime | None = None
    ) -> int:
        """Queue many digests in one transaction, as enqueue does each; how many were queued.

        Three statements in all, each from arrays: every subscriber's next digest time (also
        of those with nothing new), the outbox rows and the sent-ledger rows. A digest built
        ahead of its time is held back until then (its next attempt). claimed_by: the time
        given to the due_subscribers call that claimed them; only subscribers still under that
        claim are queued, so a batch whose claim ran out and was built again by another
        process (this one being slow) is queued once.
        """
        at = iso(now)
        fence = iso(claimed_by + DIGEST_LEASE) if claimed_by is not None else None

        async def enqueue(conn: asyncpg.Connection) -> int:
            moved = await conn.fetch(
                "UPDATE subscribers s SET next_digest_at = v.at, digest_claim = NULL "
                "FROM unnest($1::bigint[], $2::text[]) AS v(id, at) WHERE s.id = v.id "
                "AND ($3::text IS NULL OR s.digest_claim = $3) RETURNING s.id",
                [d.subscriber_id for d in digests],
                [iso(d.next_digest_at) if d.next_digest_at else None for d in digests],
                fence,
            )
            ours = {int(row[0]) for row in moved}
            queued = [d for d in digests if d.payload is not None and d.subscriber_id in ours]
            if not queued:
                return 0
            await conn.execute(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, next_attempt_at) "
                "SELECT v.subscriber_id, 'digest', v.payload, $3, COALESCE(v.send_at, $3) "
                "FROM unnest($1::bigint[], $2::text[], $4::text[]) WITH ORDINALITY "
                "AS v(subscriber_id, payload, send_at, n) ORDER BY v.n",
                [d.subscriber_id for d in queued],
                [d.payload for d in queued],
                at,
                [iso(d.send_at) if d.send_at else None for d in queued],
            )
            sent = [(d.subscriber_id, pid) for d in queued for pid in d.posting_ids]
            await conn.execute(
                "INSERT INTO sent (subscriber_id, posting_id, sent_at) "
                "SELECT *, $3 FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING",
                [sid for sid, _ in sent],
                [pid for _, pid in sent],
                at,
            )
            await notify(conn, "outbox")
            return len(queued)

        return await self._tx(enqueue) if digests else 0

    async def mark_sent(
        self, subscriber_id: int, posting_ids: Sequence[str], now: datetime
    ) -> None:
        """Record postings shown in chat (/digest, /more) as sent, and the message as delivered."""

        async def mark(conn: asyncpg.Connection) -> None:
            # The reply went out with the chat answer: the outbox row only counts it.
            await conn.execute(
                "INSERT INTO outbox (subscriber_id, kind, payload, created_at, state, attempts, "
                "next_attempt_at, delivered_at) VALUES ($1, $2, '', $3, 'delivered', 1, $3, $3)",
                subscriber_id,
                ON_DEMAND,
                iso(now),
            )
            await _record_sent(conn, subscriber_id, posting_ids, now)

        await self._tx(mark)

    async def pending_deliveries(
        self,
        now: datetime,
        platforms: Collection[str],
        limit: int = 100,
        claim: timedelta | None = None,
    ) -> list[OutboxItem]:
        """Queued messages for these platforms whose next attempt is due, oldest first."""
        # Claimed for a lease, as due_subscribers: each message goes to one sender, and to
        # another once the lease runs out if that one died before recording the outcome.
        # The holder of a sender lease claims briefly: it alone sends for its platform.
        rows = await self._all(
            "WITH due AS (SELECT o.id FROM outbox o JOIN subscribers s "
            "ON s.id = o.subscriber_id WHERE o.state = 'pending' AND o.next_attempt_at <= $1 "
            "AND s.delivery_paused IS NULL AND s.platform = ANY($2::text[]) ORDER BY o.id "
            "LIMIT $3 FOR UPDATE OF o SKIP LOCKED) "
            "UPDATE outbox o SET next_attempt_at = $4 FROM due, subscribers s "
            "WHERE o.id = due.id AND s.id = o.subscriber_id "
            "RETURNING o.id AS outbox_id, o.kind, o.payload, o.attempts, s.*",
            iso(now),
            sorted(platforms),
            limit,
            iso(now + (claim or DELIVERY_LEASE)),
        )
        rows.sort(key=lambda row: int(row["outbox_id"]))
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
        rows = await self._all(
            "SELECT MIN(o.next_attempt_at) FROM outbox o JOIN subscribers s "
            "ON s.id = o.subscriber_id WHERE o.state = 'pending' "
            "AND s.delivery_paused IS NULL AND s.platform = ANY($1::text[])",
            sorted(platforms),
        )
        return from_iso(rows[0][0]) if rows and rows[0][0] else None

    async def delivery_succeeded(self, outbox_id: int, now: datetime) -> None:
        """Mark a queued message delivered (one statement: atomic without a transaction)."""
        await self._write_one(
            "UPDATE outbox SET state = 'delivered', delivered_at = $1, attempts = attempts + 1 "
            "WHERE id = $2",
            iso(now),
            outbox_id,
        )

    async def delivery_failed(self, outbox_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt: retry at retry_at, or give up when it is None."""
        await self._write_one(
            "UPDATE outbox SET last_error = $1, attempts = attempts + 1, "
            "state = CASE WHEN $2::text IS NULL THEN 'failed' ELSE state END, "
            "next_attempt_at = COALESCE($2, next_attempt_at) WHERE id = $3",
            error[:500],
            iso(retry_at) if retry_at else None,
            outbox_id,
        )

    async def pause_deliveries(self, subscriber_id: int, reason: str) -> None:
        """Stop pushing to a subscriber (bot blocked, chat gone) until they write again."""
        await self._write_one(
            "UPDATE subscribers SET delivery_paused = $1 WHERE id = $2",
            reason[:300] or "delivery failed",
            subscriber_id,
        )

    async def posting_by_ref(self, ref: int) -> tuple[Posting, int] | None:
        """A posting by its short ref number, with the ref."""
        rows = await self._all(f"SELECT {P_COLUMNS} FROM postings p WHERE p.ref = $1", ref)
        return (posting_from_row(rows[0]), int(rows[0]["ref"])) if rows else None

    async def searches_matching(self, subscriber_id: int, posting_id: str) -> list[int]:
        """Ids of the subscriber's searches that matched a posting."""
        rows = await self._all(
            "SELECT m.search_id FROM matches m JOIN searches s ON s.id = m.search_id "
            "WHERE s.subscriber_id = $1 AND m.posting_ref = (SELECT ref FROM postings "
            "WHERE id = $2) ORDER BY m.search_id",
            subscriber_id,
            posting_id,
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

        async def record(conn: asyncpg.Connection) -> bool:
            replaced = await conn.execute(
                "DELETE FROM feedback WHERE subscriber_id = $1 AND company_key = $2 "
                "AND title_key = $3 AND kind <> $4",
                subscriber_id,
                *keys,
                kind,
            )
            await conn.execute(
                "INSERT INTO feedback (subscriber_id, search_id, posting_id, kind, company_key, "
                "title_key, created_at) SELECT $1, unnest($2::bigint[]), $3, $4, $5, $6, $7 "
                "ON CONFLICT DO NOTHING",
                subscriber_id,
                list(search_ids),
                posting_id,
                kind,
                *keys,
                iso(now),
            )
            return rows_changed(replaced) > 0

        return await self._tx(record)

    async def feedback(self, subscriber_id: int) -> list[FeedbackRow]:
        """Every 👍 and 👎 of a subscriber."""
        rows = await self._all(
            "SELECT search_id, kind, company_key, title_key FROM feedback "
            "WHERE subscriber_id = $1 ORDER BY id",
            subscriber_id,
        )
        return [FeedbackRow(r[0], r[1], r[2], r[3]) for r in rows]

    async def mute_company(self, subscriber_id: int, key: str, company: str, now: datetime) -> bool:
        """Mute a company for a subscriber; False if it already was."""
        done = await self._write_one(
            "INSERT INTO muted_companies (subscriber_id, company_key, company, created_at) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            subscriber_id,
            key,
            company,
            iso(now),
        )
        return done > 0

    async def muted_companies(self, subscriber_id: int) -> list[tuple[str, str]]:
        """A subscriber's muted companies as (key, name), oldest first."""
        rows = await self._all(
            "SELECT company_key, company FROM muted_companies WHERE subscriber_id = $1 "
            "ORDER BY created_at, company_key",
            subscriber_id,
        )
        return [(row[0], row[1]) for row in rows]

    async def unmute_company(self, subscriber_id: int, key: str) -> bool:
        """Unmute a company; False if it was not muted."""
        done = await self._write_one(
            "DELETE FROM muted_companies WHERE subscriber_id = $1 AND company_key = $2",
            subscriber_id,
            key,
        )
        return done > 0

    async def stats(self, since: datetime) -> dict[str, int]:
        """Operator figures: subscribers, searches, postings, matches and messages since since."""
        figures = {}
        for name, named_sql in _COUNTERS.items():
            sql, args = dollar_params(named_sql, {"since": iso(since), "us": micros(since)})
            figures[name] = int((await self._all(sql, *args))[0][0])
        for row in await self._all("SELECT platform, COUNT(*) FROM subscribers GROUP BY platform"):
            figures[f"subscribers_{row[0]}"] = int(row[1])
        return figures


async def _record_sent(
    conn: asyncpg.Connection, subscriber_id: int, posting_ids: Sequence[str], now: datetime
) -> None:
    """Insert sent-ledger rows in one statement, ignoring ones already there."""
    await conn.execute(
        "INSERT INTO sent (subscriber_id, posting_id, sent_at) "
        "SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING",
        subscriber_id,
        list(posting_ids),
        iso(now),
    )
