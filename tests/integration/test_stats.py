"""`concierge stats` counters on a real store: each counts exactly the rows it names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.chat.replies import Reply
from core.chat.service import Concierge
from core.model import NewMatch, SubscriberKey
from core.sources.ingest import SourceSpec
from core.sources.model import SourceRun
from core.store.codec import micros
from core.store.sqlite import SqliteStore, _insert_matches
from tests.conftest import ALICE, BOB, FakeClock, posting

# These tests write and read the SQLite file directly (other connections, raw SQL).
pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
YESTERDAY = NOW - timedelta(days=1, hours=1)
CAROL = SubscriberKey("telegram", "", "7", "7")

# Each counter gets its own value, so a query that counts the wrong rows shows.
EXPECTED = {
    "subscribers": 3,
    "subscribers_console": 2,
    "subscribers_telegram": 1,
    "subscribers_paused": 1,
    "searches_active": 3,
    "searches_paused": 1,
    "postings_open": 4,
    "postings_closed": 1,
    "matches_today": 2,
    "digests_sent_today": 1,
    "alerts_sent_today": 2,
    "on_demand_digests_today": 3,
    "deliveries_failed": 1,
    "deliveries_pending": 2,
    "sources": 2,
    "sources_failing": 1,
}


async def _fill(store: SqliteStore) -> None:
    """Rows that each counter must count, and rows next to them it must not."""
    alice = await store.subscriber(ALICE, YESTERDAY)
    bob = await store.subscriber(BOB, YESTERDAY)
    await store.subscriber(CAROL, NOW)
    await store.pause_deliveries(bob.id, "blocked")
    searches = []
    for who, text in ((alice, "python"), (alice, "go"), (alice, "rust"), (bob, "java")):
        saved = await store.add_search(who.id, text, "{}", 1, "normal", 25, YESTERDAY)
        assert saved is not None
        searches.append(saved.id)
    await store.set_search_active(alice.id, searches[2], False)
    await store.upsert_postings([posting(f"t:a:{n}", f"Job {n}") for n in range(5)], YESTERDAY)
    await store.close_missing("t:a:", [f"t:a:{n}" for n in range(4)], YESTERDAY)
    old = [NewMatch(searches[0], "t:a:0", 1.0, ())]
    new = [NewMatch(searches[0], "t:a:1", 1.0, ()), NewMatch(searches[1], "t:a:1", 1.0, ())]
    for matches, at in ((old, YESTERDAY), (new, NOW)):
        async with store._transaction() as conn:
            await _insert_matches(conn, matches, micros(at))
    for kind, at in (("digest", YESTERDAY), ("digest", NOW), ("alert", NOW), ("alert", NOW)):
        outbox_id = await store.enqueue(alice, kind, "[]", [], at, None)
        await store.delivery_succeeded(outbox_id, at)
    for _ in range(3):
        await store.mark_sent(alice.id, ["t:a:1"], NOW)
    await store.mark_sent(alice.id, ["t:a:2"], YESTERDAY)
    failed = await store.enqueue(alice, "digest", "[]", [], NOW, None)
    await store.delivery_failed(failed, "chat gone", None)
    for _ in range(2):
        await store.enqueue(bob, "alert", "[]", [], NOW, None)
    for name in ("ok", "broken"):
        source = await store.add_source(SourceSpec("greenhouse", name), 1800, NOW)
        assert source is not None
        if name == "broken":
            await store.record_source_run(source.id, SourceRun(NOW, False, NOW, 1, "HTTP 500"))


@pytest.fixture
async def figures(store: SqliteStore) -> dict[str, int]:
    await _fill(store)
    return await store.stats(NOW - timedelta(days=1))


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items(), ids=list(EXPECTED))
async def test_each_counter_counts_its_rows(
    figures: dict[str, int], name: str, expected: int
) -> None:
    assert figures[name] == expected


async def test_no_counter_is_missing_or_unexplained(figures: dict[str, int]) -> None:
    assert set(figures) == set(EXPECTED)


class _Quiet:
    """A notifier that accepts every message."""

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        return None


async def test_what_was_sent_is_counted_by_kind(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/alerts on")
    await service.handle_text(BOB, "/add senior backend engineer python")
    await service.handle_text(BOB, "/digest")  # on demand, answered in chat
    clock.advance(minutes=1)
    hot = posting("hot", "Senior Backend Engineer", description="Python", tags=("python",))
    await service.intake.record([hot])
    assert (await service.digests.run_due(clock.now())).alerts == 1  # Alice's alert
    assert (await service.digests.deliver({"console": _Quiet()}, clock.now())).delivered == 1
    figures = await store.stats(clock.now() - timedelta(days=1))
    assert figures["alerts_sent_today"] == 1 and figures["on_demand_digests_today"] == 1
    assert figures["digests_sent_today"] == 0 and figures["deliveries_pending"] == 0
