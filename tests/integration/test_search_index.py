"""The search index a process loads: a shard's active searches, read a page at a time."""

from __future__ import annotations

import asyncio

import pytest

from core.chat.service import Concierge
from core.matching import PARSER_VERSION, parse_query
from core.postings import search_index
from core.postings.search_index import SearchIndex
from core.store.postgres.store import PostgresStore
from core.store.sqlite import SqliteStore
from core.workers import WHOLE, Shard
from tests.conftest import ALICE, BOB, FakeClock, open_test_store, query, statements_run
from tests.integrity import QUERIES


async def _saved(store: SqliteStore, service: Concierge) -> dict[int, int]:
    """Every test query saved (Alice the first half, Bob the rest), Bob's first paused; the
    active ids with their shard keys, by id."""
    half = len(QUERIES) // 2
    for n, text in enumerate(QUERIES):
        await service.handle_text(ALICE if n < half else BOB, f"/add {text}")
    await service.handle_text(BOB, "/pause 1")
    return {s.id: s.shard_key for s in sorted(await store.active_searches(), key=lambda s: s.id)}


async def test_a_shard_s_active_searches_are_read_by_id_a_page_at_a_time(
    store: SqliteStore, service: Concierge
) -> None:
    keys = await _saved(store, service)
    active = list(keys)
    assert len(active) == len(QUERIES) - 1
    shard = Shard(1, 3)
    own = [sid for sid in active if keys[sid] % 3 == 1]
    assert [s.id for s in await store.active_searches(shard)] == own
    assert [s.id for s in await store.active_searches(shard, own[0], 2)] == own[1:3]
    assert [s.id for s in await store.active_searches(WHOLE, active[-2])] == active[-1:]


async def test_a_search_index_loads_its_shard_across_pages(
    store: SqliteStore, service: Concierge, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = await _saved(store, service)
    monkeypatch.setattr(search_index, "LOAD_PAGE", 2)
    for shard in (WHOLE, Shard(0, 2), Shard(1, 2)):
        index = await SearchIndex.load(store, shard)
        assert len(index) == sum(1 for key in keys.values() if shard.holds(key))
        assert index.cursor == await store.search_change_cursor()
    assert len(await SearchIndex.load(store, None)) == 0


async def _outdated(store: SqliteStore, clock: FakeClock) -> dict[int, str]:
    """Every test query saved by Alice as the parser before this one stored it; id → text."""
    alice = await store.subscriber(ALICE, clock.now())
    saved = {}
    for text in QUERIES:
        search = await store.add_search(
            alice.id, text, "{}", PARSER_VERSION - 1, "normal", 100, clock.now()
        )
        assert search is not None
        saved[search.id] = text
    return saved


async def _stored_forms(store: SqliteStore) -> dict[int, tuple[str, int]]:
    return {s.id: (s.parsed_json, s.parser_version) for s in await store.active_searches()}


async def test_a_parser_change_rewrites_the_searches_in_one_write_a_page(
    store: SqliteStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    outdated = await _outdated(store, clock)
    monkeypatch.setattr(search_index, "LOAD_PAGE", 4)
    async with statements_run(store) as seen:
        index = await SearchIndex.load(store, WHOLE)
    assert len(index) == len(outdated)
    # One write a page, not one a search: a transaction of SQLite, a statement of PostgreSQL.
    writes = [
        sql
        for sql in seen
        if sql.startswith("BEGIN") or (isinstance(store, PostgresStore) and "UPDATE" in sql)
    ]
    assert len(writes) == -(-len(outdated) // 4)
    assert await _stored_forms(store) == {
        sid: (parse_query(text).to_json(), PARSER_VERSION) for sid, text in outdated.items()
    }


async def test_processes_starting_at_once_after_a_parser_change_each_rewrite_once(
    store: SqliteStore, database_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    outdated = await _outdated(store, clock)
    monkeypatch.setattr(search_index, "LOAD_PAGE", 3)
    cursor = await store.search_change_cursor()
    others = [await open_test_store(database_url) for _ in range(3)]
    try:
        shards = (WHOLE, WHOLE, Shard(0, 2), Shard(1, 2))
        loaded = await asyncio.gather(
            *(SearchIndex.load(s, shard) for s, shard in zip([store, *others], shards, strict=True))
        )
    finally:
        for other in others:
            await other.close()
    assert [len(index) for index in loaded[:2]] == [len(outdated)] * 2
    assert sum(len(index) for index in loaded[2:]) == len(outdated)
    assert await _stored_forms(store) == {
        sid: (parse_query(text).to_json(), PARSER_VERSION) for sid, text in outdated.items()
    }
    # Each search rewritten once: every index applies the logged change once.
    changes = await query(store, f"SELECT search_id FROM search_changes WHERE id > {cursor}")
    assert sorted(row[0] for row in changes) == sorted(outdated)


async def test_an_older_process_leaves_a_newer_parser_s_searches_as_they_are(
    store: SqliteStore, clock: FakeClock
) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    text = QUERIES[0]
    newer = parse_query(text).to_json()
    search = await store.add_search(
        alice.id, text, newer, PARSER_VERSION + 1, "normal", 5, clock.now()
    )
    assert search is not None
    assert len(await SearchIndex.load(store, WHOLE)) == 1
    assert await _stored_forms(store) == {search.id: (newer, PARSER_VERSION + 1)}
