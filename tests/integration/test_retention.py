"""Retention on a real store: prune removes exactly what the policy says, and nothing needed."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import load_settings
from bot.retention_jobs import CHECK_SECONDS, PRUNE_JOB, register_retention_jobs
from core import retention
from core.chat.replies import JobCards, Reply
from core.chat.service import Concierge, build_concierge
from core.model import SubscriberKey
from core.retention import RetentionPolicy
from core.store.migrations import MIGRATIONS
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock, posting, query, write

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
POLICY = RetentionPolicy()  # 30 days delivered, 90 days closed, 30 days idle
TITLE = "Senior Backend Engineer (Python)"


def job(pid: str, company: str) -> object:
    return posting(f"feed:{pid}", TITLE, company=company, description="Python services.")


def key(name: str) -> SubscriberKey:
    return SubscriberKey("console", "local", name, "terminal")


def card_actions(reply: Reply) -> dict[str, list[str]]:
    return {
        c.posting_id: [a.data for a in c.actions]
        for m in reply
        if isinstance(m, JobCards)
        for c in m.cards
    }


async def _world(store: SqliteStore, clock: FakeClock) -> Concierge:
    """Rows of every age: some the policy removes, the rest it must keep."""
    service = await build_concierge(store, clock)
    clock.current = NOW - 100 * DAY
    await service.handle_text(ALICE, "/add senior backend engineer python")
    postings = [job(p, f"Co {p}") for p in ("a:old", "a:recent", "a:open", "a:orig", "b:dup")]
    await service.intake.record(postings)  # type: ignore[arg-type]
    await service.handle_text(ALICE, "/digest")  # on-demand: sends all five, an outbox row
    alice = await store.subscriber(ALICE, clock.now())
    await service.handle_action(ALICE, "fd:1")  # 👎 on posting 1, feed:a:old
    await store.mark_sent(alice.id, ["feed:gone"], clock.now())  # a posting already gone
    # a:old and a:orig closed 100 days ago; an open posting still names a:orig its original.
    await store.close_missing("feed:a:", ["feed:a:recent", "feed:a:open"], clock.now())
    await store.set_duplicate_of([("feed:b:dup", "feed:a:orig")])
    await store.close_missing("feed:a:r", [], NOW - 10 * DAY)  # a:recent closed 10 days ago
    # Messages: delivered and failed 40 days ago go; delivered 10 days ago and pending stay.
    for at, outcome in ((40, "delivered"), (40, "failed"), (10, "delivered"), (40, "pending")):
        outbox_id = await store.enqueue(alice, "digest", "[]", [], NOW - at * DAY, None)
        if outcome == "delivered":
            await store.delivery_succeeded(outbox_id, NOW - at * DAY)
        elif outcome == "failed":
            await store.delivery_failed(outbox_id, "chat gone", None)
    # Subscribers: only the stranger who said hi 40 days ago and nothing since goes.
    for name, days_ago, text in (
        ("stranger", 40, "hi"),
        ("newcomer", 10, "hi"),
        ("zoned", 40, "/tz berlin"),
        ("returning", 40, "hi"),
        ("returning", 5, "/help"),
        ("waiting", 40, "hi"),
    ):
        clock.current = NOW - days_ago * DAY
        await service.handle_text(key(name), text)
    waiting = await store.subscriber(key("waiting"), clock.now())
    await store.enqueue(waiting, "alert", "[]", [], NOW - 40 * DAY, None)
    clock.current = NOW - 40 * DAY
    await service.handle_text(BOB, "/add senior backend engineer python")
    await service.handle_action(BOB, "fm:3")  # mutes the company of posting 3, feed:a:open
    await service.handle_text(BOB, "/remove 1")  # no searches left, but a mute to keep
    # Match shards' notes (PostgreSQL's ingest writes them; the table is alike in both): the
    # closed posting's goes, the open one's stays.
    await write(
        store,
        "INSERT INTO posting_notes (posting_id, notify, matched) "
        "VALUES ('feed:a:recent', 0, 1), ('feed:a:open', 0, 1)",
    )
    # Chat front-ends' state: written 8 days ago goes, 6 days ago stays (kept 7 days).
    await store.set_chat_state("tg:flow:add", "1,2", '"title"', NOW - 8 * DAY)
    await store.set_chat_state("tg:chat", "1", '{"kinds": {}}', NOW - 6 * DAY)
    clock.current = NOW
    return service


async def _table_rows(store: SqliteStore) -> dict[str, int]:
    # Not posting_changes: deleting a posting logs a change.
    tables = (
        "outbox",
        "matches",
        "postings",
        "sent",
        "subscribers",
        "feedback",
        "muted_companies",
        "posting_notes",
        "chat_states",
    )
    return {t: int((await query(store, f"SELECT COUNT(*) FROM {t}"))[0][0]) for t in tables}


async def test_prune_removes_exactly_what_the_policy_says(
    store: SqliteStore, clock: FakeClock
) -> None:
    await _world(store, clock)
    assert await query(store, "SELECT id FROM postings WHERE ref = 1") == [("feed:a:old",)]
    before = await _table_rows(store)
    expected = {
        "outbox": 4,
        "matches": 1,
        "postings": 1,
        "sent": 2,
        "subscribers": 1,
        "posting_changes": 0,
        "posting_notes": 1,
        "chat_states": 1,
    }

    dry = await retention.prune(store, POLICY, NOW, dry_run=True)
    assert dry.removed == expected and dry.dry_run
    assert await _table_rows(store) == before and await store.last_prune_report() is None

    report = await retention.prune(store, POLICY, NOW)
    assert report.removed == expected
    after = await _table_rows(store)
    assert {t: before[t] - after[t] for t in before} == {
        **{t: n for t, n in expected.items() if t != "posting_changes"},
        "feedback": 0,
        "muted_companies": 0,
    }
    assert await query(store, "SELECT posting_id FROM posting_notes") == [("feed:a:open",)]
    assert await query(store, "SELECT scope FROM chat_states") == [("tg:chat",)]
    assert {r[0] for r in await query(store, "SELECT id FROM postings")} == {
        "feed:a:recent",
        "feed:a:open",
        "feed:a:orig",
        "feed:b:dup",
    }
    assert {r[0] for r in await query(store, "SELECT posting_id FROM sent")} == {
        "feed:a:recent",
        "feed:a:open",
        "feed:a:orig",
        "feed:b:dup",
    }
    assert sorted(await query(store, "SELECT kind, state FROM outbox")) == [
        ("alert", "pending"),
        ("digest", "delivered"),
        ("digest", "pending"),
    ]
    assert {r[0] for r in await query(store, "SELECT user_id FROM subscribers")} == {
        "alice",
        "bob",
        "newcomer",
        "zoned",
        "returning",
        "waiting",
    }
    # The 👎 on the deleted posting still hides its twin, and the last prune is kept.
    last = await store.last_prune_report()
    assert last is not None and last.ran_at == NOW and last.removed == expected
    again = await retention.prune(store, POLICY, NOW)
    assert again.total == 0


async def test_a_hidden_job_stays_hidden_after_its_posting_is_pruned(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await _world(store, clock)
    await retention.prune(store, POLICY, NOW)
    await service.intake.record([job("c:twin", "Co a:old")])  # type: ignore[list-item]
    assert "feed:c:twin" not in card_actions(await service.handle_text(ALICE, "/jobs"))


async def test_a_digest_after_prune_sends_nothing_twice(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await _world(store, clock)
    await retention.prune(store, POLICY, NOW)
    tick = await service.digests.run_due(NOW + DAY)
    assert tick.due >= 1 and tick.digests == 0
    reply = await service.handle_text(ALICE, "/digest")
    assert "Nothing new" in reply[0].text  # type: ignore[union-attr]


async def test_repeated_thumbs_up_is_stored_once(
    service: Concierge, clock: FakeClock, store: SqliteStore
) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    for _ in range(200):
        await service.handle_action(ALICE, "fu:1")
    assert await query(store, "SELECT COUNT(*) FROM feedback") == [(1,)]


async def test_the_migration_collapses_stored_duplicate_feedback(db_path: Path) -> None:
    # The version just before the migration that adds feedback_once (later ones may follow).
    before = next(n for n, step in enumerate(MIGRATIONS) if "feedback_once" in "".join(step))
    old = await SqliteStore.open(db_path, target_version=before)
    await old.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at)"
            " VALUES (1, 'console', 'local', 'alice', 'terminal', '2026-01-01T00:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version,"
            " created_at) VALUES (5, 1, 'python', '{}', 0, '2026-01-01T00:00:00+00:00')"
        )
        presses = [(5, "p1", "up")] * 3 + [(5, "p1", "down")] * 2 + [(5, "p2", "up")]
        conn.executemany(
            "INSERT INTO feedback (subscriber_id, search_id, posting_id, kind, company_key,"
            " title_key, created_at) VALUES (1, ?, ?, ?, 'acme', 'dev', '2026-01-01')",
            presses,
        )
    store = await SqliteStore.open(db_path)
    rows = sorted(await query(store, "SELECT posting_id, kind FROM feedback"))
    await store.close()
    assert rows == [
        ("p1", "down"),
        ("p1", "up"),
        ("p2", "up"),
    ]


async def test_the_daily_job_is_registered_and_prunes_once_a_day(
    store: SqliteStore, clock: FakeClock, database_url: str
) -> None:
    settings = load_settings({"DATABASE_URL": database_url})
    scheduler = AsyncIOScheduler(timezone=UTC)
    register_retention_jobs(scheduler, settings, clock)
    job = scheduler.get_job(PRUNE_JOB)
    assert job is not None and job.coalesce and job.max_instances == 1
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval == timedelta(seconds=CHECK_SECONDS)

    clock.current = NOW - 40 * DAY
    await store.subscriber(key("stranger"), clock.now())
    clock.current = NOW
    await job.func()
    first = await store.last_prune_report()
    assert first is not None and first.ran_at == NOW and first.removed["subscribers"] == 1

    clock.current = NOW - 40 * DAY
    await store.subscriber(key("another"), clock.now())
    clock.current = NOW + 23 * timedelta(hours=1)
    await job.func()  # not a day yet: nothing pruned
    assert (await store.last_prune_report()) == first
    clock.current = NOW + DAY
    await job.func()
    second = await store.last_prune_report()
    assert second is not None and second.ran_at == NOW + DAY
    assert second.removed["subscribers"] == 1


async def test_a_database_away_at_prune_time_is_one_warning_line(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    # Was a logged traceback when the prune job's first look fell in a PostgreSQL outage.
    settings = load_settings({"DATABASE_URL": "postgresql://postgres@127.0.0.1:9/none"})
    scheduler = AsyncIOScheduler(timezone=UTC)
    register_retention_jobs(scheduler, settings, clock)
    job = scheduler.get_job(PRUNE_JOB)
    assert job is not None
    with caplog.at_level(logging.WARNING, logger="bot.retention_jobs"):
        await job.func()
    [record] = [r for r in caplog.records if r.name == "bot.retention_jobs"]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "pruning the database failed" in record.getMessage()
    assert "\n" not in record.getMessage()


async def test_a_job_that_reappears_after_its_posting_was_pruned_is_new(
    store: SqliteStore, clock: FakeClock
) -> None:
    service = await build_concierge(store, clock)
    clock.current = NOW - 100 * DAY
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.intake.record([job("x:back", "Acme")])  # type: ignore[list-item]
    assert "feed:x:back" in card_actions(await service.handle_text(ALICE, "/digest"))
    await store.close_missing("feed:x:", [], clock.now())
    clock.current = NOW
    assert (await retention.prune(store, POLICY, NOW)).removed["sent"] == 1
    await service.intake.record([job("x:back", "Acme")])  # type: ignore[list-item]
    assert "feed:x:back" in card_actions(await service.handle_text(ALICE, "/digest"))


async def test_the_sent_ledger_is_walked_to_its_end(store: SqliteStore, clock: FakeClock) -> None:
    await store.upsert_postings([posting("open:1", "Backend"), posting("zz:2", "Go")], NOW)
    gone = [f"gone:{n:05}" for n in range(1300)]  # more than one window of the walk
    for who in (ALICE, BOB):
        subscriber = await store.subscriber(who, NOW)
        await store.mark_sent(subscriber.id, ["open:1", *gone, "zz:2"], NOW)
    dry = await retention.prune(store, POLICY, NOW, dry_run=True)
    report = await retention.prune(store, POLICY, NOW)
    assert dry.removed["sent"] == report.removed["sent"] == 2600
    assert (await store.storage())["rows_sent"] == 4
