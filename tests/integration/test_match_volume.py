"""Matches stored compactly and digests built in batches: same answers, bounded work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from core.chat.service import build_concierge
from core.digests.delivery import ALERT_SCORE
from core.digests.reply_codec import reply_from_json
from core.model import MatchCount, Posting, SearchChange, SubscriberKey
from core.postings.search_index import SearchIndex
from core.store.codec import from_iso, micros
from core.store.match_rows import SCORED_TOGETHER
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from core.store.postgres.digests import DIGEST_LEASE
from core.store.sqlite import SqliteStore
from core.workers import Shard
from tests.conftest import (
    ALICE,
    BACKEND_POSTINGS,
    BOB,
    FakeClock,
    open_test_store,
    query,
    statements_run,
    write,
    write_and_close,
)
from tests.integrity import exhaustive_pairs

NOW = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)


# Queueing one subscriber's digest fails, as a full disk would fail it.
_REFUSE_OUTBOX = (
    "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox WHEN NEW.subscriber_id = {id:d} "
    "BEGIN SELECT RAISE(ABORT, 'disk full'); END",
)
_PG_REFUSE_OUTBOX = (
    """CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'disk full';
    END
    $$""",
    "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW "
    "WHEN (NEW.subscriber_id = {id:d}) EXECUTE FUNCTION refuse_outbox()",
)


def _user(n: int) -> SubscriberKey:
    return SubscriberKey("console", "local", f"u{n}", "terminal")


# The schema just before matches became compact.
BEFORE_COMPACT = next(
    n for n, steps in enumerate(MIGRATIONS) if any("matches_compact" in s for s in steps)
)


async def test_upgrade_keeps_every_match_with_its_reasons_and_cascades(db_path: Path) -> None:
    await (await SqliteStore.open(db_path, target_version=BEFORE_COMPACT)).close()
    at = "2026-12-01T08:00:00.000000+00:00"
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'alice', 'terminal', ?)",
            (at,),
        )
        conn.executemany(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) VALUES (?, 1, ?, '{}', 0, ?, ?)",
            [(1, "go developer", at, "go developer"), (2, "python", at, "python")],
        )
        conn.executemany(
            "INSERT INTO postings (id, source, title, first_seen, updated_at, ref) "
            "VALUES (?, 'import', ?, ?, ?, ?)",
            [("import:a", "Go Developer", at, at, 7), ("import:b", "Python Dev", at, at, 9)],
        )
        conn.executemany(
            "INSERT INTO matches (search_id, posting_id, score, reasons_json, matched_at, notify)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (1, "import:a", 81.5, '["title ≈ \\"go developer\\" (100)"]', at, 1),
                (2, "import:a", 60.25, "[]", at, 1),
                (2, "import:b", 70.0, "[]", at, 0),
            ],
        )
    store = await SqliteStore.open(db_path)
    try:
        best = await store.best_matches(1, 10)
        assert [(m.posting.id, m.score, m.search_ids, m.ref) for m in best] == [
            ("import:a", 81.5, (1, 2), 7),
            ("import:b", 70.0, (2,), 9),
        ]
        assert best[0].reasons == ('title ≈ "go developer" (100)',) and best[1].reasons == ()
        assert [m.posting.id for m in await store.unsent_matches(1)] == ["import:a"]  # notify 0
        assert await store.match_counts(1, 500) == {1: MatchCount(1), 2: MatchCount(2)}
        assert await store.searches_matching(1, "import:a") == [1, 2]
    finally:
        await store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.execute("DELETE FROM postings WHERE id = 'import:b'")
        assert conn.execute("SELECT posting_ref, search_id FROM matches").fetchall() == [
            (7, 1),
            (7, 2),
        ]
        conn.execute("DELETE FROM subscribers WHERE id = 1")  # cascades to the searches
        assert conn.execute("SELECT COUNT(*) FROM matches").fetchone()[0] == 0


async def test_a_tick_reads_in_batches_and_queues_what_each_digest_would_be(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await build_concierge(store, clock)
    await service.intake.record(BACKEND_POSTINGS)
    for n in range(30):
        await service.handle_text(_user(n), "/add senior backend engineer python")
        if n % 3 == 0:
            await service.handle_text(_user(n), "/add golang developer")
    subscriber = await store.subscriber(_user(0), clock.now())
    pending = await service.digests.pending(subscriber)
    assert pending
    expected, shown = await service.digests.compose(
        subscriber, pending, f"Your job digest: {len(pending)} new matches."
    )
    async with statements_run(store) as statements:
        tick = await service.digests.run_due(NOW)
    assert tick.digests == 30
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    # A constant number of reads for the whole batch, not several per subscriber (one of them
    # each subscriber's last sent time: what is left over from before is not called new).
    assert len(reads) <= 13, "\n".join(reads)
    rows = await query(
        store,
        "SELECT payload FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id "
        "WHERE s.user_id = 'u0' AND o.kind = 'digest'",
    )
    assert [reply_from_json(row[0]) for row in rows] == [expected]
    sent = await query(
        store, f"SELECT posting_id FROM sent WHERE subscriber_id = {subscriber.id:d}"
    )
    assert sorted(row[0] for row in sent) == sorted(shown)
    again = await service.digests.run_due(NOW)
    assert again.digests == 0


async def test_a_failing_batch_queues_nothing_and_the_next_tick_queues_each_once(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await build_concierge(store, clock)
    await service.intake.record(BACKEND_POSTINGS)
    for n in range(5):
        await service.handle_text(_user(n), "/add senior backend engineer python")
    sqlite = isinstance(store, SqliteStore)
    refused = (await store.subscriber(_user(3), clock.now())).id
    for statement in _REFUSE_OUTBOX if sqlite else _PG_REFUSE_OUTBOX:
        await write(store, statement.replace("{id:d}", f"{refused:d}"))
    try:
        await service.digests.run_due(NOW)
    except (sqlite3.IntegrityError, asyncpg.RaiseError):
        pass
    else:
        raise AssertionError("the refused insert did not fail the tick")
    counts = await query(store, "SELECT (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM sent)")
    assert tuple(counts[0]) == (0, 0)
    await write(store, "DROP TRIGGER refuse_outbox" + ("" if sqlite else " ON outbox"))
    # PostgreSQL's tick claimed the subscribers for a lease, which the failure left in place.
    assert (await service.digests.run_due(NOW if sqlite else NOW + DIGEST_LEASE)).digests == 5
    per_user = await query(store, "SELECT subscriber_id, COUNT(*) FROM outbox GROUP BY 1")
    assert sorted(row[1] for row in per_user) == [1] * 5


class _ThreadNoting:
    """The real index, noting the threads that score postings on it."""

    def __init__(self, index: SearchIndex) -> None:
        self._index, self.threads = index, set[int]()

    @property
    def shard(self) -> Shard | None:
        return self._index.shard

    @property
    def cursor(self) -> int:
        return self._index.cursor

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        self._index.apply(changes, cursor)

    def passing(self, posting: Posting) -> Sequence[tuple[float, Sequence[int]]]:
        self.threads.add(threading.get_ident())
        return self._index.passing(posting)

    def passing_by_id(self, posting: Posting) -> tuple[list[int], list[float]]:
        self.threads.add(threading.get_ident())
        return self._index.passing_by_id(posting)


async def test_ingest_scores_postings_off_the_event_loop_and_stores_every_match(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await build_concierge(store, clock)
    for text in ("/add senior backend engineer python", "/add backend developer", "/add golang"):
        await service.handle_text(ALICE, text)
    await service.handle_text(BOB, "/add python engineer")
    # Several scoring batches, some postings matching no search.
    postings = [
        replace(p, id=f"{p.id}-{n}")
        for n in range(2 * SCORED_TOGETHER // len(BACKEND_POSTINGS) + 1)
        for p in BACKEND_POSTINGS
    ]
    index = _ThreadNoting(service.intake.index)
    recorded = await store.record_postings(postings, clock.now(), index)
    assert index.threads and threading.get_ident() not in index.threads
    rows = await query(
        store, "SELECT m.search_id, p.id FROM matches m JOIN postings p ON p.ref = m.posting_ref"
    )
    stored = {(int(sid), str(pid)) for sid, pid in rows}
    assert stored == await exhaustive_pairs(store)
    assert recorded.matches == len(rows) > 2 * SCORED_TOGETHER


async def _store_before_integer_times(url: str) -> Any:
    """The store at the schema version before matched_at became an integer."""
    if url.startswith("postgresql://"):
        from core.store.postgres.migrations import MIGRATIONS as PG_MIGRATIONS
        from core.store.postgres.store import PostgresStore

        before = next(
            n
            for n, steps in enumerate(PG_MIGRATIONS)
            if any("alerts_checked_us" in s for s in steps)
        )
        return await PostgresStore.open(url, target_version=before)
    return await SqliteStore.open(
        Path(url.removeprefix("sqlite:///")), target_version=BEFORE_INTEGER_TIMES
    )


# The SQLite schema just before matched_at became microseconds (the migration making matches_us).
BEFORE_INTEGER_TIMES = next(
    n for n, steps in enumerate(MIGRATIONS) if any("matches_us (" in s for s in steps)
)


async def test_upgrade_to_integer_match_times_keeps_every_match_and_the_alert_cursor(
    database_url: str,
) -> None:
    created, checked = "2026-12-01T08:00:00.000000+00:00", "2026-12-01T09:00:00.250000+00:00"
    before, after = "2026-12-01T08:30:00.000000+00:00", "2026-12-01T09:00:00.250001+00:00"
    old = await _store_before_integer_times(database_url)
    statements: list[tuple[str, tuple[Any, ...]]] = [
        (
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at, "
            "alerts, alerts_checked_at) VALUES (1, 'console', 'local', 'alice', 'terminal', ?, "
            "1, ?)",
            (created, checked),
        ),
        (
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) VALUES (1, 1, 'go developer', '{}', 0, ?, 'go developer')",
            (created,),
        ),
    ]
    for pid, ref in (("import:a", 7), ("import:b", 9)):
        statements.append(
            (
                "INSERT INTO postings (id, source, title, first_seen, updated_at, ref) "
                "VALUES (?, 'import', 'Go Developer', ?, ?, ?)",
                (pid, before, before, ref),
            )
        )
    # One strong match read before the cursor, one recorded a microsecond after it.
    for ref, score, at in ((7, 95.0, before), (9, 91.5, after)):
        statements.append(
            (
                "INSERT INTO matches (search_id, posting_ref, score, reasons_json, matched_at, "
                "notify) VALUES (1, ?, ?, NULL, ?, 1)",
                (ref, score, at),
            )
        )
    await write_and_close(old, statements)
    store = await open_test_store(database_url)
    try:
        rows = await query(
            store, "SELECT posting_ref, score, matched_at FROM matches ORDER BY posting_ref"
        )
        assert rows == [
            (7, 95.0, micros(from_iso(before))),
            (9, 91.5, micros(from_iso(after))),
        ]
        assert [(m.posting.id, m.score) for m in await store.best_matches(1, 10)] == [
            ("import:a", 95.0),
            ("import:b", 91.5),
        ]
        assert [s.id for s in await store.alert_subscribers(ALERT_SCORE)] == [1]
        found = await store.new_alert_matches(1, ALERT_SCORE)
        assert [m.posting.id for m in found.matches] == ["import:b"]
        assert found.read_until == from_iso(after)
        await store.mark_alerts_checked(1, found.read_until)
        assert await store.alert_subscribers(ALERT_SCORE) == []
        assert (await store.stats(from_iso(after)))["matches_today"] == 1
    finally:
        await store.close()
