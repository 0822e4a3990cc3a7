"""Match shards on PostgreSQL: each holds its searches, follows the posting log from its own
cursor, and together they store what one process matching everything stores."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from core.chat.service import Concierge, Limits
from core.matching import parse_query, rank
from core.model import SubscriberKey
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.postings.shards import ShardWorker
from core.workers import CHUNK, Shard
from tests.conftest import FakeClock, open_test_store, queries_run, search_rows_read, write
from tests.conftest import query as rows_of
from tests.e2e.test_cli import concierge
from tests.integration.test_posting_index_sync import stored_pairs
from tests.integrity import QUERIES, exhaustive_pairs, generated_records

pytestmark = pytest.mark.postgres_only
SHARDS = 3


def _postings(start: int, count: int) -> list[Any]:
    return [posting_from_record(r) for r in generated_records(start + count)[start:]]


def _user(n: int) -> SubscriberKey:
    return SubscriberKey("console", "local", f"u{n}", "terminal")


class _Process:
    """A process that leaves matching to the shards: its own connection, no search held."""

    def __init__(self, store: Any, service: Concierge) -> None:
        self.store = store
        self.service = service
        self.intake = service.intake

    async def handle_text(self, key: SubscriberKey, text: str) -> object:
        return await self.service.handle_text(key, text)


async def _process(url: str, clock: FakeClock, stack: list[Any]) -> _Process:
    store = await open_test_store(url)
    stack.append(store)
    intake = await Intake.load(store, clock, matching=False)
    return _Process(store, Concierge(store, intake, clock, Limits()))


async def _with_searches(url: str, clock: FakeClock, stack: list[Any], postings: int) -> _Process:
    """A process that saved every test query (one user each), then recorded postings."""
    process = await _process(url, clock, stack)
    await _add_all(process)
    await process.intake.record(_postings(0, postings))
    return process


async def _add_all(process: _Process) -> None:
    for n, text in enumerate(QUERIES):
        await process.handle_text(_user(n), f"/add {text}")


async def _keys(store: Any) -> dict[int, int]:
    """Each saved search's shard key, by id."""
    return {
        int(sid): int(key)
        for sid, key in await rows_of(store, "SELECT id, shard_key FROM searches")
    }


async def _shard(url: str, shard: Shard, clock: FakeClock, stack: list[Any]) -> ShardWorker:
    """A match shard process: its own connection and index."""
    store = await open_test_store(url)
    stack.append(store)
    return await ShardWorker.load(store, shard, clock)


@pytest.fixture
async def opened() -> AsyncIterator[list[Any]]:
    """Stores opened by the test, closed after it."""
    stores: list[Any] = []
    yield stores
    for store in stores:
        await store.close()


async def test_shards_hold_their_searches_and_match_as_one_process_does(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _with_searches(pg_url, clock, opened, 120)
    assert ingest.intake.indexed_searches == 0
    assert await stored_pairs(ingest.store) == set()  # recorded only: the shards match

    workers = [await _shard(pg_url, Shard(i, SHARDS), clock, opened) for i in range(SHARDS)]
    keys = await _keys(ingest.store)
    for worker in workers:
        assert len(worker.index) == sum(
            1 for key in keys.values() if key % SHARDS == worker.index.shard.index
        )
        assert await worker.catch_up() > 0
    expected = await exhaustive_pairs(ingest.store)
    assert len(expected) > 50
    assert await stored_pairs(ingest.store) == expected
    by_shard = await rows_of(ingest.store, "SELECT shard, cursor FROM shard_cursors ORDER BY shard")
    latest = await ingest.store.posting_change_cursor()
    assert by_shard == [(i, latest) for i in range(SHARDS)]


async def test_a_shard_redoing_from_its_cursor_stores_no_duplicate(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _with_searches(pg_url, clock, opened, 80)
    worker = await _shard(pg_url, Shard(1, 2), clock, opened)
    await worker.catch_up()
    before = await rows_of(ingest.store, "SELECT search_id, posting_ref FROM matches ORDER BY 1, 2")
    keys = await _keys(ingest.store)
    assert before and all(keys[sid] % 2 == 1 for sid, _ in before)
    # A restart from an older cursor (as a shard killed before its commit) redoes the changes.
    await write(ingest.store, "UPDATE shard_cursors SET cursor = 0")
    again = await _shard(pg_url, Shard(1, 2), clock, opened)
    assert await again.catch_up() > 0
    after = await rows_of(ingest.store, "SELECT search_id, posting_ref FROM matches ORDER BY 1, 2")
    assert after == before


async def test_a_search_added_by_another_process_is_matched_by_its_shard(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    chat = await _process(pg_url, clock, opened)
    await ingest.handle_text(_user(0), "/add civil engineer")
    await ingest.intake.record(_postings(0, 60))
    workers = [await _shard(pg_url, Shard(i, 2), clock, opened) for i in range(2)]
    for worker in workers:
        await worker.catch_up()
    await chat.handle_text(_user(1), "/add backend engineer python")
    await chat.handle_text(_user(2), "/add accountant")
    (paused,) = await rows_of(chat.store, "SELECT id FROM searches WHERE raw_text = 'accountant'")
    await chat.handle_text(_user(2), "/pause 1")  # its first search
    await ingest.intake.record(_postings(60, 60))
    for worker in workers:
        await worker.catch_up()
    held = {w.index.shard.index: len(w.index) for w in workers}
    # Searches 1 and 2 are held, each by the shard its key names; the paused 3 by none. Which
    # shard that is follows the parsed query's hash (it changes with PARSER_VERSION).
    keys = await _keys(chat.store)
    active = [key for sid, key in keys.items() if sid != paused[0]]
    assert held == {i: sum(1 for key in active if key % 2 == i) for i in range(2)}
    assert sum(held.values()) == 2
    pairs = await stored_pairs(chat.store)
    assert pairs == await exhaustive_pairs(chat.store)
    assert any(sid == 2 and int(pid[1:]) >= 60 for sid, pid in pairs)
    # Its matches from before the pause stay; none is added for postings recorded since.
    late = await rows_of(
        chat.store,
        "SELECT p.id FROM matches m JOIN postings p ON p.ref = m.posting_ref "
        f"WHERE m.search_id = {paused[0]}",
    )
    assert late and all(int(pid[1:]) < 60 for (pid,) in late)


async def test_a_shard_whose_changes_were_pruned_rescans_the_open_postings(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _with_searches(pg_url, clock, opened, 60)
    worker = await _shard(pg_url, Shard(0, 1), clock, opened)
    await worker.catch_up()
    await ingest.intake.record(_postings(60, 60))
    await write(
        ingest.store,
        "DELETE FROM posting_changes WHERE id < (SELECT MAX(id) - 5 FROM posting_changes)",
    )
    await worker.catch_up()
    assert await stored_pairs(ingest.store) == await exhaustive_pairs(ingest.store)
    (cursor,) = await rows_of(ingest.store, "SELECT cursor FROM shard_cursors")
    assert cursor == (await ingest.store.posting_change_cursor(),)


async def test_shards_match_a_first_poll_quietly_and_a_duplicate_not_at_all(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    await ingest.handle_text(_user(0), "/add backend engineer python")
    first, second = _postings(0, 40), _postings(40, 40)
    await ingest.intake.record(first, notify=False)
    duplicate = second[0].id
    await ingest.intake.record(second, duplicates={duplicate})
    await (await _shard(pg_url, Shard(0, 1), clock, opened)).catch_up()
    rows = await rows_of(
        ingest.store,
        "SELECT p.id, m.notify FROM matches m JOIN postings p ON p.ref = m.posting_ref",
    )
    quiet = {int(pid[1:]) < 40 for pid, notify in rows if not notify}
    loud = {int(pid[1:]) >= 40 for pid, notify in rows if notify}
    assert quiet == {True} and loud == {True}
    assert duplicate not in {pid for pid, _ in rows}


async def test_a_quiet_first_poll_stays_quiet_for_a_lagging_shard_until_a_posting_changes(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    await ingest.handle_text(_user(0), "/add software engineer")
    postings = _postings(0, 60)
    await ingest.intake.record(postings, notify=False)  # a new source's first poll
    await ingest.intake.record(postings)  # the next poll, before any shard ran: unchanged
    (target, _), *_ = rank(parse_query("software engineer"), postings, "normal")
    changed = replace(target, title=f"{target.title} (Python)")
    await ingest.intake.record([changed if p.id == target.id else p for p in postings])
    await (await _shard(pg_url, Shard(0, 1), clock, opened)).catch_up()
    rows = await rows_of(
        ingest.store,
        "SELECT p.id, m.notify FROM matches m JOIN postings p ON p.ref = m.posting_ref",
    )
    assert len(rows) > 10 and {notify for pid, notify in rows if pid != changed.id} == {0}
    assert (changed.id, 1) in rows  # changed since its quiet first poll: pushed as new


async def test_a_shard_loads_and_follows_only_its_own_searches(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    chat = await _with_searches(pg_url, clock, opened, 30)
    store = await open_test_store(pg_url)
    opened.append(store)
    keys = await _keys(chat.store)
    # Every shard loads; the one followed below is chosen once the changes are known: keys hash
    # the parsed queries (and the parser's version), so which shard holds which changes with them.
    workers: dict[Shard, ShardWorker] = {}
    for i in range(SHARDS):
        shard = Shard(i, SHARDS)
        own = [sid for sid, key in keys.items() if shard.holds(key)]
        async with queries_run(store) as loading:
            workers[shard] = await ShardWorker.load(store, shard, clock)
        # The rows it read of the searches table are its own: selected in SQL, not after.
        assert await search_rows_read(store, loading) == len(own)
        assert len(workers[shard].index) == len(own) < len(keys)
    loaded_at = min(worker.index.cursor for worker in workers.values())

    # Another process adds searches and pauses one of each shard: the shard reads its own.
    for n, text in enumerate(QUERIES[:6]):
        await chat.handle_text(_user(100 + n), f"/add {text}")
    await chat.handle_text(_user(0), "/pause 1")
    await chat.handle_text(_user(1), "/pause 1")
    changed = [
        int(r[0])
        for r in await rows_of(
            chat.store, f"SELECT search_id FROM search_changes WHERE id > {loaded_at}"
        )
    ]
    keys = await _keys(chat.store)
    held = {s: {sid for sid in changed if s.holds(keys[sid])} for s in workers}
    shard = next(s for s in workers if 0 < len(held[s]) < len(set(changed)))
    worker, mine = workers[shard], held[shard]
    await chat.intake.record(_postings(30, 10))
    async with queries_run(store) as following:
        assert await worker.catch_up() > 0
    assert await search_rows_read(store, following) == len(mine)
    active = [
        int(r[0]) for r in await rows_of(chat.store, "SELECT id FROM searches WHERE active = 1")
    ]
    assert len(worker.index) == sum(1 for sid in active if shard.holds(keys[sid]))
    expected = await exhaustive_pairs(chat.store)
    stored = await stored_pairs(chat.store)
    assert {p for p in stored if shard.holds(keys[p[0]])} == {
        p for p in expected if shard.holds(keys[p[0]])
    }


async def test_a_process_leaving_matching_to_the_shards_reads_no_search_it_does_not_hold(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    chat = await _process(pg_url, clock, opened)
    await _add_all(chat)
    async with queries_run(ingest.store) as recording:
        await ingest.intake.record(_postings(0, 30))
    assert await search_rows_read(ingest.store, recording) == 0
    assert ingest.intake.index.cursor == await ingest.store.search_change_cursor()


async def test_resharding_drops_the_old_count_s_cursors_and_stats_shows_the_current_one(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _with_searches(pg_url, clock, opened, 40)
    for i in range(3):
        await (await _shard(pg_url, Shard(i, 3), clock, opened)).catch_up()
    # Shard 2/3 is still running (it beats), as in a rolling restart: its cursor stays.
    await ingest.store.register_worker("match", "2/3", "host", 1, clock.now())
    clock.advance(seconds=10)
    workers = [await _shard(pg_url, Shard(i, 2), clock, opened) for i in range(2)]
    cursors = "SELECT shard, shards FROM shard_cursors ORDER BY shards, shard"
    assert await rows_of(ingest.store, cursors) == [(2, 3)]
    for worker in workers:
        await worker.catch_up()
    latest = await ingest.store.posting_change_cursor()
    lags = await ingest.store.shard_lags(2)
    assert [(lag.shard, lag.cursor, lag.behind) for lag in lags] == [
        (Shard(0, 2), latest, 0),
        (Shard(1, 2), latest, 0),
    ]
    stats = concierge("stats", db=pg_url, CONCIERGE_MATCH_SHARDS="2")
    assert stats.returncode == 0, stats.stderr
    shown = [line.split()[1] for line in stats.stdout.splitlines() if line.startswith("shard ")]
    assert shown == ["0/2", "1/2"]
    # Once it stopped beating, the next shard to start drops its cursor too.
    clock.advance(minutes=1)
    await _shard(pg_url, Shard(1, 2), clock, opened)
    assert await rows_of(ingest.store, cursors) == [(0, 2), (1, 2)]


async def _matched_as_by_one_process(
    ingest: _Process, workers: list[ShardWorker], url: str, clock: FakeClock, stack: list[Any]
) -> set[tuple[int, str]]:
    """The matches the shards store once caught up, checked equal to one process's (which
    then stays stored) and to the exhaustive ones."""
    for worker in workers:
        await worker.catch_up()
    by_shards = await stored_pairs(ingest.store)
    await write(ingest.store, "TRUNCATE matches, shard_cursors")
    await (await _shard(url, Shard(0, 1), clock, stack)).catch_up()
    assert by_shards == await stored_pairs(ingest.store) == await exhaustive_pairs(ingest.store)
    return by_shards


async def test_copies_of_a_query_share_a_shard_which_stores_what_one_process_does(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    for n in range(4):  # every test query saved by four people, two typing it in upper case
        for text in QUERIES:
            await ingest.handle_text(_user(n), f"/add {text.upper() if n % 2 else text}")
    postings = _postings(0, 60)
    await ingest.intake.record(postings)
    workers = [await _shard(pg_url, Shard(i, SHARDS), clock, opened) for i in range(SHARDS)]
    # Each query is held (and scored) by one shard only, with all its copies.
    assert sum(worker.index.distinct_queries for worker in workers) == len(QUERIES)
    assert sum(len(worker.index) for worker in workers) == 4 * len(QUERIES)
    await _matched_as_by_one_process(ingest, workers, pg_url, clock, opened)

    # One copy deleted, one paused: the shard holding them drops them, keeps the others, and
    # a posting matched again gets the same matches as from one process.
    await ingest.handle_text(_user(0), "/remove 1")
    await ingest.handle_text(_user(1), "/pause 1")
    changed = replace(postings[0], title=f"{postings[0].title} (Python)")
    await ingest.intake.record([changed, *postings[1:]])
    for worker in workers:
        await worker.catch_up()
    assert sum(len(worker.index) for worker in workers) == 4 * len(QUERIES) - 2
    assert sum(worker.index.distinct_queries for worker in workers) == len(QUERIES)
    expected = {p for p in await exhaustive_pairs(ingest.store) if p[1] == changed.id}
    assert expected and {p for p in await stored_pairs(ingest.store) if p[1] == changed.id} == (
        expected
    )


async def test_a_popular_query_s_copies_spread_over_shards_which_store_what_one_process_does(
    pg_url: str, clock: FakeClock, opened: list[Any]
) -> None:
    ingest = await _process(pg_url, clock, opened)
    for n in range(CHUNK + 4):
        await ingest.handle_text(_user(n), f"/add {QUERIES[0]}")
    await ingest.intake.record(_postings(0, 60))
    workers = [await _shard(pg_url, Shard(i, SHARDS), clock, opened) for i in range(SHARDS)]
    # The first CHUNK copies in one shard, the other 4 in the next: the query is in two.
    assert sorted(len(worker.index) for worker in workers) == [0] * (SHARDS - 2) + [4, CHUNK]
    assert sum(worker.index.distinct_queries for worker in workers) == 2
    by_shards = await _matched_as_by_one_process(ingest, workers, pg_url, clock, opened)
    assert by_shards and len(by_shards) % (CHUNK + 4) == 0  # every copy: the same matches
