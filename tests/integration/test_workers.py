"""The workers table and the figures `concierge stats` adds for a scaled-out deployment."""

from __future__ import annotations

from datetime import timedelta

from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.store.postgres.store import PostgresStore
from core.store.sqlite import SqliteStore
from core.workers import Shard, ShardLag
from tests.conftest import ALICE, BOB, FakeClock, write
from tests.integrity import generated_records


async def test_workers_register_beat_and_retire(store: SqliteStore, clock: FakeClock) -> None:
    chat = await store.register_worker("chat", "", "host-a", 11, clock.now())
    clock.advance(seconds=20)
    shard = await store.register_worker("match", "1/2", "host-b", 12, clock.now())
    clock.advance(seconds=20)
    await store.beat_worker(shard, clock.now())
    alive = await store.workers(clock.now() - timedelta(seconds=30))
    assert [(w.id, w.role, w.shard, w.host, w.pid) for w in alive] == [
        (shard, "match", "1/2", "host-b", 12)
    ]
    assert alive[0].beat_at == clock.now() and alive[0].started_at < clock.now()
    assert {w.id for w in await store.workers(clock.now() - timedelta(hours=1))} == {chat, shard}
    await store.retire_worker(shard)
    assert [w.id for w in await store.workers(clock.now() - timedelta(hours=1))] == [chat]
    clock.advance(days=2)
    await store.register_worker("digest", "", "host-a", 13, clock.now())  # drops long-silent rows
    assert [w.role for w in await store.workers(clock.now() - timedelta(days=30))] == ["digest"]


async def test_the_oldest_due_digest_is_the_longest_waiting_unpaused_one(
    store: SqliteStore, clock: FakeClock
) -> None:
    assert await store.oldest_due_digest(clock.now()) is None
    for key in (ALICE, BOB):
        await store.subscriber(key, clock.now())
    await write(store, "UPDATE subscribers SET next_digest_at = '2026-11-27T09:00:00.000000+00:00'")
    await write(
        store,
        "UPDATE subscribers SET next_digest_at = '2026-11-26T09:00:00.000000+00:00', "
        "delivery_paused = '2026-11-01T00:00:00.000000+00:00' WHERE user_id = 'bob'",
    )
    due = await store.oldest_due_digest(clock.now())
    assert due is not None and due.isoformat() == "2026-11-27T09:00:00+00:00"
    assert await store.oldest_due_digest(due - timedelta(seconds=1)) is None


async def test_a_shard_lag_counts_the_changes_past_its_cursor(
    store: SqliteStore, clock: FakeClock
) -> None:
    if not isinstance(store, PostgresStore):
        assert await store.shard_lags(2) == []  # one process matches as it records
        return
    intake = await Intake.load(store, clock, matching=False)
    await intake.record([posting_from_record(r) for r in generated_records(30)])
    latest = await store.posting_change_cursor()
    from core.postings.shards import ShardWorker

    worker = await ShardWorker.load(store, Shard(0, 2), clock)
    await worker.step()  # one step of 100 changes at most: all 30
    await intake.record([posting_from_record(r) for r in generated_records(40)[30:]])
    lags = await store.shard_lags(2)
    assert [(lag.shard, lag.cursor, lag.behind) for lag in lags] == [(Shard(0, 2), latest, 10)]
    assert isinstance(lags[0], ShardLag) and lags[0].oldest_unmatched is not None
