"""The index over open postings is built a page of postings at a time, on both stores: one
page of full postings is held at once, and the index equals the one over every open posting,
postings changed meanwhile included."""

from __future__ import annotations

import gc
import uuid
from dataclasses import replace
from typing import Any, cast

import pytest

from core.matching import PostingIndex, parse_query, rank
from core.matching.features import features
from core.matching.postings_snapshot import encode
from core.model import Posting, PostingPage
from core.ports import IntakeStore, PostingStore
from core.postings import lookup
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock
from tests.integrity import QUERIES, generated_records

PREFIX = f"paged{uuid.uuid4().hex[:8]}"  # this process's: no other test's postings


def _postings(start: int, count: int) -> list[Posting]:
    records = generated_records(start + count)[start:]
    return [replace(posting_from_record(r), id=f"{PREFIX}:{r['id']}") for r in records]


def _full_postings_alive() -> int:
    """Postings of these tests with their description, alive anywhere in the process."""
    gc.collect()
    return sum(
        1
        for item in gc.get_objects()
        if type(item) is Posting and item.id.startswith(PREFIX) and item.description
    )


class _Paging:
    """The store, counting what each page call returns and the full postings alive when it
    is made; on_page runs before a page's read (a change meanwhile)."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.returned: list[int] = []
        self.held: list[int] = []
        self.on_page: dict[int, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def open_postings_page(self, after: int = 0, limit: int | None = None) -> PostingPage:
        self.held.append(_full_postings_alive())
        change = self.on_page.get(len(self.returned))
        if change is not None:
            await change()
        page = await self.store.open_postings_page(after, limit)
        self.returned.append(len(page.postings))
        return page


async def test_the_index_is_built_holding_one_page_and_equals_the_unpaged_one(
    store: SqliteStore, clock: FakeClock
) -> None:
    await store.upsert_postings(_postings(0, 23), clock.now())
    await store.close_missing(f"{PREFIX}:g2", [], clock.now())  # g2, g20-g22: 19 left open
    features.cache_clear()  # it holds the postings an earlier test analysed
    paging = _Paging(store)
    before = _full_postings_alive()  # any an earlier test left (another store's)
    index, cursor = await lookup.index_open_postings(cast(PostingStore, paging), size=4)
    assert paging.returned == [4, 4, 4, 4, 3]
    assert max(paging.held) <= before  # the page before is let go before the next read
    assert len(index) == 19
    every = PostingIndex()
    for posting in await store.open_postings():
        every.put(posting)
    assert encode(index, cursor) == encode(every, cursor)


async def test_postings_changed_while_the_pages_are_read_are_caught_up(
    store: SqliteStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lookup, "PAGE", 6)
    features.cache_clear()
    await store.upsert_postings(_postings(0, 40), clock.now())
    paging = _Paging(store)

    async def change() -> None:
        # Read already: retitled, closed; not read yet: closed; and new ones.
        retitled = replace(_postings(0, 1)[0], title="Accountant")
        await store.upsert_postings([retitled], clock.now())
        await store.close_missing(f"{PREFIX}:g3", [], clock.now())
        await store.upsert_postings(_postings(40, 5), clock.now())

    paging.on_page[2] = change
    before = _full_postings_alive()
    intake = await Intake.load(cast(IntakeStore, paging), clock)
    assert await intake.load_postings() == 40 - 11 + 5  # g3, g30-g39 closed; g40-g44 new
    assert paging.returned[:2] == [6, 6] and max(paging.held) <= before
    for text in [*QUERIES, "accountant"]:
        query = parse_query(text)
        found = await intake.search_open_postings(query, "normal")
        every = rank(query, await store.open_postings(), "normal")
        # The same postings and scores (the index lists equal scores in its own order).
        got = sorted((p.id, r.score) for p, r in found.matches)
        assert got == sorted((p.id, r.score) for p, r in every)
        assert [r.score for _, r in found.matches] == [r.score for _, r in every]
