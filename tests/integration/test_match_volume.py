"""Matches stored compactly and digests built in batches: same answers, bounded work."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from core.chat.service import build_concierge
from core.digests.reply_codec import reply_from_json
from core.model import SubscriberKey
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from core.store.sqlite import SqliteStore
from tests.conftest import BACKEND_POSTINGS, FakeClock

NOW = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)


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
        assert await store.match_counts(1) == {1: 1, 2: 2}
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
    statements: list[str] = []
    await store._conn.set_trace_callback(statements.append)
    tick = await service.digests.run_due(NOW)
    await store._conn.set_trace_callback(None)
    assert tick.digests == 30
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    # A constant number of reads for the whole batch, not several per subscriber.
    assert len(reads) <= 12, reads
    rows = await store._all(
        "SELECT payload FROM outbox o JOIN subscribers s ON s.id = o.subscriber_id "
        "WHERE s.user_id = 'u0' AND o.kind = 'digest'"
    )
    assert [reply_from_json(row[0]) for row in rows] == [expected]
    sent = await store._all("SELECT posting_id FROM sent WHERE subscriber_id = ?", (subscriber.id,))
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
    await store._conn.execute(
        "CREATE TEMP TRIGGER refuse_outbox BEFORE INSERT ON outbox "
        "WHEN NEW.subscriber_id = (SELECT id FROM subscribers WHERE user_id = 'u3') "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    try:
        await service.digests.run_due(NOW)
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("the refused insert did not fail the tick")
    counts = await store._all("SELECT (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM sent)")
    assert tuple(counts[0]) == (0, 0)
    await store._conn.execute("DROP TRIGGER temp.refuse_outbox")
    assert (await service.digests.run_due(NOW)).digests == 5
    per_user = await store._all("SELECT subscriber_id, COUNT(*) FROM outbox GROUP BY 1")
    assert sorted(row[1] for row in per_user) == [1] * 5
