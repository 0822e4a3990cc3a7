"""The search index a process loads: a shard's active searches, read a page at a time."""

from __future__ import annotations

import pytest

from core.chat.service import Concierge
from core.postings import search_index
from core.postings.search_index import SearchIndex
from core.store.sqlite import SqliteStore
from core.workers import WHOLE, Shard
from tests.conftest import ALICE, BOB
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
