"""Searches share the index over open postings (each in its own worker thread); catching it
up on posting changes waits until no search is reading it."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from types import FrameType

from core.chat.service import build_concierge
from core.matching import PostingIndex, parse_query, rank
from core.postings.importing import posting_from_record
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock
from tests.integrity import generated_records

SEARCH = PostingIndex.search.__code__


async def test_two_searches_read_the_index_at_once(store: SqliteStore, clock: FakeClock) -> None:
    postings = [posting_from_record(r) for r in generated_records(240)]
    await store.upsert_postings(postings[:200], clock.now())
    intake = (await build_concierge(store, clock)).intake
    await intake.load_postings()
    # Each search waits in the index for the other: taking turns, neither would get in.
    together = threading.Barrier(2, timeout=10)
    met: list[bool] = []

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call" and frame.f_code is SEARCH:
            try:
                together.wait()
                met.append(True)
            except threading.BrokenBarrierError:
                met.append(False)

    threading.setprofile(profile)  # threads started from now on: the new executor's
    try:
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(4))
        query = parse_query("software developer")
        await store.upsert_postings(postings[200:], clock.now())  # caught up first, once
        first, second = await asyncio.gather(
            intake.search_open_postings(query, "normal"),
            intake.search_open_postings(query, "normal"),
        )
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
    assert met == [True, True]
    expected = [(p.id, r.score) for p, r in rank(query, postings, "normal")]
    for found in (first, second):
        assert sorted((p.id, r.score) for p, r in found.matches) == sorted(expected)
