"""Shard keys: equal queries fall in one match shard CHUNK copies at a time, each search in
exactly one of K; an upgraded database gives the searches it holds theirs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from core.chat.service import Concierge
from core.model import SavedSearch, SubscriberKey
from core.postings.search_index import SearchIndex
from core.store.migrations import MIGRATIONS
from core.store.sqlite import SqliteStore
from core.workers import CHUNK, WHOLE, Shard, query_hash, shard_key
from tests.conftest import open_test_store, query, write_and_close
from tests.integrity import QUERIES

COPIES = 4  # subscribers saving every test query, typed a little differently each
PARSED = ('{"title": ["engineer"]}', '{"locations": ["münchen"], "title": ["ingénieur"]}')
KEY_OF_PARSED_1 = 0x28B6982
NOW = datetime(2026, 12, 2, tzinfo=UTC)


async def _saved_by_many(store: SqliteStore, service: Concierge) -> list[SavedSearch]:
    """Every test query saved by COPIES subscribers (in upper case by every other one); the
    active searches."""
    for n in range(COPIES):
        user = SubscriberKey("console", "local", f"u{n}", "terminal")
        for text in QUERIES:
            await service.handle_text(user, f"/add {text.upper() if n % 2 else text}")
    return await store.active_searches()


async def test_equal_queries_land_in_one_shard_and_each_search_in_exactly_one(
    store: SqliteStore, service: Concierge
) -> None:
    active = await _saved_by_many(store, service)
    assert len(active) == COPIES * len(QUERIES)
    everyone = {s.id for s in active}
    for count in range(1, 7):
        held = [await store.active_searches(Shard(i, count)) for i in range(count)]
        ids = [s.id for shard in held for s in shard]
        assert sorted(ids) == sorted(everyone)  # each active search in exactly one shard
        # Every copy of a query is in the same shard: a shard scores each query it holds once.
        shard_of = {s.parsed_json: i for i, shard in enumerate(held) for s in shard}
        for i, shard in enumerate(held):
            assert {shard_of[s.parsed_json] for s in shard} <= {i}
        queries = sum(len({s.parsed_json for s in shard}) for shard in held)
        assert queries == len(QUERIES)


async def test_a_shard_s_index_holds_each_of_its_queries_once(
    store: SqliteStore, service: Concierge
) -> None:
    await _saved_by_many(store, service)
    indexes = [await SearchIndex.load(store, Shard(i, 3)) for i in range(3)]
    assert sum(len(index) for index in indexes) == COPIES * len(QUERIES)
    assert sum(index.distinct_queries for index in indexes) == len(QUERIES)
    assert (await SearchIndex.load(store, WHOLE)).distinct_queries == len(QUERIES)


async def test_copies_of_a_query_go_to_one_shard_chunk_at_a_time(store: SqliteStore) -> None:
    saved = []
    for n in range(CHUNK + 2):
        subscriber = await store.subscriber(SubscriberKey("console", "local", f"u{n}", "t"), NOW)
        for parsed, raw in zip(PARSED, ("engineer", "ingénieur münchen"), strict=True):
            added = await store.add_search(subscriber.id, raw, parsed, 0, "normal", 25, NOW)
            assert added is not None
            saved.append(added)
    keys = [[s.shard_key for s in saved if s.parsed_json == parsed] for parsed in PARSED]
    for parsed, copies in zip(PARSED, keys, strict=True):
        hashed = query_hash(parsed)
        assert copies == [hashed] * CHUNK + [hashed + 1] * 2  # the 33rd copy: the next key
    everyone = sorted(s.id for s in saved)
    for count in range(1, 7):
        held = [[s.id for s in await store.active_searches(Shard(i, count))] for i in range(count)]
        assert sorted(sid for ids in held for sid in ids) == everyone  # each in exactly one
        first_chunk = {s.id for s in saved[: 2 * CHUNK : 2]}
        assert sum(bool(first_chunk & set(ids)) for ids in held) == 1  # <= CHUNK copies: one
        rest = {s.id for s in saved[2 * CHUNK :: 2]}
        assert any(rest <= set(ids) and not first_chunk & set(ids) for ids in held) == (count > 1)


@given(
    queries=st.lists(st.text(max_size=40), min_size=1, max_size=30),
    count=st.integers(min_value=1, max_value=16),
    earlier=st.integers(min_value=0, max_value=10_000),
)
def test_every_key_is_held_by_exactly_one_of_k_shards(
    queries: list[str], count: int, earlier: int
) -> None:
    for text in queries:
        key = shard_key(query_hash(text), earlier)
        holders = [i for i in range(count) if Shard(i, count).holds(key)]
        assert len(holders) == 1
        # A copy of the text saved in the same chunk: the same key.
        first = earlier - earlier % CHUNK
        assert shard_key(query_hash(str(text)), first + CHUNK - 1) == key
    assert all(0 <= query_hash(text) < 2**28 for text in queries)


def test_the_shard_key_is_stable_across_processes() -> None:
    # Fixed values (MD5's first 7 hex digits): another process or release computes the same.
    assert query_hash("") == 0xD41D8CD
    assert query_hash(PARSED[1]) == KEY_OF_PARSED_1
    assert [shard_key(KEY_OF_PARSED_1, n) for n in (0, 31, 32, 64)] == [
        KEY_OF_PARSED_1 + k for k in (0, 0, 1, 2)
    ]


async def _store_before_shard_keys(url: str) -> Any:
    """The store at the schema version before searches had a shard key."""
    if url.startswith("postgresql://"):
        from core.store.postgres.migrations import MIGRATIONS as PG_MIGRATIONS
        from core.store.postgres.store import PostgresStore

        return await PostgresStore.open(url, target_version=_step_adding_keys(PG_MIGRATIONS))
    return await SqliteStore.open(
        Path(url.removeprefix("sqlite:///")), target_version=_step_adding_keys(MIGRATIONS)
    )


def _step_adding_keys(migrations: tuple[tuple[str, ...], ...]) -> int:
    """The schema version before the migration adding searches.shard_key."""
    return next(n for n, steps in enumerate(migrations) if any("shard_key" in s for s in steps))


async def test_the_upgrade_keys_every_search_from_its_stored_query(database_url: str) -> None:
    created = "2026-12-01T08:00:00.000000+00:00"
    old = await _store_before_shard_keys(database_url)
    statements: list[tuple[str, tuple[Any, ...]]] = [
        (
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (?, 'console', 'local', ?, 'terminal', ?)",
            (n, f"u{n}", created),
        )
        for n in (1, 2, 3, 4)
    ]
    # Two subscribers with the same two queries (the second typed in other case), one paused;
    # a fourth holds CHUNK more copies of the first: 34 in all, the last two a chunk further.
    rows: list[tuple[int, str, str, int]] = [
        (1, PARSED[0], "engineer", 1),
        (1, PARSED[1], "ingénieur münchen", 1),
        (2, PARSED[0], "Engineer", 0),
        (2, PARSED[1], "Ingénieur München", 1),
    ]
    rows += [(4, PARSED[0], f"engineer {n}", 1) for n in range(CHUNK)]
    for subscriber, parsed, raw, active in rows:
        statements.append(
            (
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "active, created_at, query_key) VALUES (?, ?, ?, 0, ?, ?, ?)",
                (subscriber, raw, parsed, active, created, raw.casefold()),
            )
        )
    await write_and_close(old, statements)
    store = await open_test_store(database_url)
    try:
        got = await query(
            store,
            "SELECT id, subscriber_id, raw_text, active, query_hash, shard_key FROM searches "
            "ORDER BY id",
        )
        hashes = [query_hash(parsed) for parsed in PARSED]
        assert hashes[0] % 2 != hashes[1] % 2  # the two queries in other shards of 2
        assert got[:4] == [
            (1, 1, "engineer", 1, hashes[0], hashes[0]),
            (2, 1, "ingénieur münchen", 1, hashes[1], hashes[1]),
            (3, 2, "Engineer", 0, hashes[0], hashes[0]),
            (4, 2, "Ingénieur München", 1, hashes[1], hashes[1]),
        ]
        # Copies 3 to 32 of the first query share its first key; 33 and 34 take the next.
        assert [row[4:] for row in got[4:]] == [(hashes[0], hashes[0])] * (CHUNK - 2) + [
            (hashes[0], hashes[0] + 1)
        ] * 2
        # A search saved after the upgrade counts the copies before it: the 35th, a chunk on.
        added = await store.add_search(3, "engineer", PARSED[0], 0, "normal", 25, NOW)
        assert added is not None and added.shard_key == hashes[0] + 1
        keys = {sid: key for sid, *_, key in got} | {added.id: added.shard_key}
        active = [sid for sid in sorted(keys) if sid != 3]
        for i in range(2):
            held = [s.id for s in await store.active_searches(Shard(i, 2))]
            assert held == [sid for sid in active if keys[sid] % 2 == i]
    finally:
        await store.close()
