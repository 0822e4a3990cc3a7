"""The chat process's index over open postings follows postings written by another process.

On both stores: another process is a second store on the same SQLite file or PostgreSQL schema.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from core.chat.replies import JobCards, SearchList, Text
from core.chat.service import Concierge, build_concierge
from core.errors import ChangesPrunedError, SearchGoneError
from core.matching import PostingIndex, parse_query, rank
from core.model import NewMatch, Posting
from core.postings import intake
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.retention import RetentionPolicy, prune
from core.store.postgres.store import PostgresStore
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock, open_test_store
from tests.conftest import query as rows_of
from tests.integrity import QUERIES, exhaustive_pairs, generated_records


def _postings(start: int, count: int) -> list[Posting]:
    records = generated_records(start + count)[start:]
    return [posting_from_record(r) for r in records]


@pytest.fixture
async def chat(database_url: str, clock: FakeClock) -> AsyncIterator[Concierge]:
    """The chat process: its own connection to the database, its own indexes."""
    store = await open_test_store(database_url)
    yield await build_concierge(store, clock)
    await store.close()


@pytest.fixture
async def importer(database_url: str) -> AsyncIterator[SqliteStore]:
    """Another process recording and closing postings on the same database."""
    store = await open_test_store(database_url)
    yield store
    await store.close()


async def stored_pairs(store: Any) -> set[tuple[int, str]]:
    """(search id, posting id) of the stored matches of active searches and open postings."""
    rows = await rows_of(
        store,
        "SELECT m.search_id, p.id FROM matches m JOIN searches s ON s.id = m.search_id "
        "JOIN postings p ON p.ref = m.posting_ref WHERE s.active = 1 AND p.closed_at IS NULL",
    )
    return {(int(sid), str(pid)) for sid, pid in rows}


async def _record(store: SqliteStore, clock: FakeClock, postings: list[Posting]) -> None:
    """Record postings as another process's intake does (its own search index)."""
    await (await Intake.load(store, clock)).record(postings)


async def test_postings_added_changed_and_closed_elsewhere_are_matched_by_the_next_add(
    database_url: str, clock: FakeClock, chat: Concierge, importer: SqliteStore
) -> None:
    await _record(importer, clock, _postings(0, 120))
    await chat.handle_text(ALICE, f"/add {QUERIES[0]}")  # loads the chat's posting index
    await _record(importer, clock, _postings(120, 120))  # new postings, after the load
    changed = _postings(0, 40)
    await _record(importer, clock, [_retitled(p) for p in changed])  # changed ones
    await importer.close_missing("g1", [], clock.now())  # g1, g10…g19, g100…: closed
    for query in QUERIES[1:]:
        await chat.handle_text(ALICE, f"/add {query}")
    store = await open_test_store(database_url)
    try:
        assert await stored_pairs(store) == await exhaustive_pairs(store)
    finally:
        await store.close()


def _retitled(posting: Posting) -> Posting:
    return replace(posting, title=f"Senior {posting.title}")


async def test_postings_changed_between_finding_and_storing_are_scored_in_the_transaction(
    database_url: str, clock: FakeClock, chat: Concierge, importer: SqliteStore
) -> None:
    """The matches found on a stale snapshot are fixed for what changed meanwhile."""
    await _record(importer, clock, _postings(0, 100))
    store = await open_test_store(database_url)
    try:
        page = await store.open_postings_page()
        cursor = page.cursor
        index = PostingIndex()
        for posting in page.postings:
            index.put(posting)
        await chat.handle_text(BOB, f"/add {QUERIES[0]}")
        search = (await store.active_searches())[0]
        query = parse_query(search.raw_text)
        found = index.search(query, search.sensitivity)  # the snapshot, before the changes
        await _record(importer, clock, _postings(100, 100))
        await importer.close_missing("g2", [], clock.now())

        def rescore(changed: Sequence[Posting]) -> list[NewMatch]:
            return [
                NewMatch(search.id, p.id, r.score, r.reasons)
                for p, r in rank(query, changed, search.sensitivity)
            ]

        matches = [NewMatch(search.id, p.id, r.score, r.reasons) for p, r in found.matches]
        await store.store_search_matches(search.id, matches, cursor, clock.now(), rescore)
        assert await stored_pairs(store) == await exhaustive_pairs(store)
    finally:
        await store.close()


async def test_the_hint_of_a_broad_search_names_it_as_read(
    chat: Concierge, importer: SqliteStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _record(importer, clock, _postings(0, 300))
    monkeypatch.setattr(intake, "STORED_MATCHES", 5)
    reply = await chat.handle_text(ALICE, "/add developer 999999999k+")
    cards = next(m for m in reply if isinstance(m, JobCards))
    # Was "/explore developer 999999999k+ counts every one": the junk ignored, repeated.
    assert "/explore software developer counts every one" in cards.footer


async def test_a_query_matching_most_postings_stores_the_best_and_says_how_many_pass(
    chat: Concierge,
    importer: SqliteStore,
    clock: FakeClock,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await _record(importer, clock, _postings(0, 300))
    monkeypatch.setattr(intake, "STORED_MATCHES", 5)
    reply = await chat.handle_text(ALICE, "/add developer")
    cards = next(m for m in reply if isinstance(m, JobCards))
    # One figure wherever the kept matches are counted: /add, /list and /resume all say "5+"
    # (was: /add "At least 7", /list "5+"); /explore, which keeps nothing, counts every one.
    assert cards.footer.startswith("5+ postings match; I keep the best 5 ")
    assert "/explore software developer counts every one" in cards.footer
    listed = next(m for m in await chat.handle_text(ALICE, "/list") if isinstance(m, SearchList))
    assert listed.items[0].matches == "5+ matches"
    store = await open_test_store(database_url)
    try:
        search = (await store.active_searches())[0]
        want = rank(parse_query("developer"), await store.open_postings())
        assert len(want) > 5
        kept = await store.best_matches(search.subscriber_id, 100, search_id=search.id)
        assert sorted(m.score for m in kept) == sorted(r.score for _, r in want[:5])
        paused = await chat.handle_text(ALICE, "/pause 1")
        assert isinstance(paused[0], Text)
        resumed = await chat.handle_text(ALICE, "/resume 1")
        assert resumed[0].text.endswith("— 5+ current matches (the best 5 kept).")  # type: ignore[union-attr]
    finally:
        await store.close()


async def test_the_posting_index_loads_in_the_background_and_stops_with_the_app(
    database_url: str, clock: FakeClock, importer: SqliteStore
) -> None:
    await _record(importer, clock, _postings(0, 50))
    store = await open_test_store(database_url)
    try:
        loaded = await Intake.load(store, clock)
        loaded.preload()
        assert await loaded.load_postings() == 50  # after (or with) the background load
        stopped = await Intake.load(store, clock)
        stopped.preload()
        await stopped.close()  # cancelled mid-load: no error, no task left behind
        await loaded.close()
    finally:
        await store.close()


async def _change_rows(store: Any) -> list[int]:
    return [int(r[0]) for r in await rows_of(store, "SELECT id FROM posting_changes ORDER BY id")]


async def test_a_chat_whose_unread_posting_changes_were_pruned_rebuilds_its_index(
    database_url: str, clock: FakeClock, chat: Concierge, importer: SqliteStore
) -> None:
    await _record(importer, clock, _postings(0, 120))
    await chat.handle_text(ALICE, f"/add {QUERIES[0]}")  # loads the chat's posting index
    await _record(importer, clock, _postings(120, 120))  # not read by the chat yet
    await _record(importer, clock, [_retitled(p) for p in _postings(0, 40)])
    await importer.close_missing("g1", [], clock.now())
    newest = (await _change_rows(importer))[-1]
    report = await prune(importer, RetentionPolicy(changes_kept=10), clock.now())
    assert report.removed["posting_changes"] == newest - 10
    assert (await _change_rows(importer)) == list(range(newest - 9, newest + 1))
    for query in QUERIES[1:]:
        await chat.handle_text(ALICE, f"/add {query}")
    store = await open_test_store(database_url)
    try:
        assert await stored_pairs(store) == await exhaustive_pairs(store)
    finally:
        await store.close()


async def test_storing_matches_found_before_a_prune_of_the_changes_since_is_refused(
    database_url: str, clock: FakeClock, chat: Concierge, importer: SqliteStore
) -> None:
    await _record(importer, clock, _postings(0, 50))
    await chat.handle_text(BOB, f"/add {QUERIES[0]}")
    search = (await importer.active_searches())[0]
    cursor = await importer.posting_change_cursor()
    await _record(importer, clock, _postings(50, 50))
    await prune(importer, RetentionPolicy(changes_kept=5), clock.now())
    with pytest.raises(ChangesPrunedError):
        await importer.store_search_matches(search.id, [], cursor, clock.now(), lambda _: [])
    with pytest.raises(ChangesPrunedError):
        await importer.posting_changes(cursor)
    assert (await importer.posting_changes((await _change_rows(importer))[0] - 1))[0]


async def test_storing_matches_of_a_search_deleted_meanwhile_is_refused_cleanly(
    database_url: str, clock: FakeClock, chat: Concierge, importer: SqliteStore
) -> None:
    """A search removed while its matches were found (an /add's late matching, then /remove):
    a SearchGoneError, nothing stored (was: a foreign key failure on capped_searches)."""
    await _record(importer, clock, _postings(0, 50))
    await chat.handle_text(BOB, f"/add {QUERIES[0]}")
    search = (await importer.active_searches())[0]
    cursor = await importer.posting_change_cursor()
    await importer.delete_search(search.subscriber_id, search.id)
    match = NewMatch(search.id, "g1", 90.0, ())
    for more in (True, False):
        with pytest.raises(SearchGoneError):
            await importer.store_search_matches(
                search.id, [match], cursor, clock.now(), lambda _: [], more=more
            )
    assert await rows_of(importer, "SELECT COUNT(*) FROM capped_searches") == [(0,)]


async def test_the_posting_index_is_kept_out_of_full_garbage_collections(
    database_url: str, clock: FakeClock, importer: SqliteStore
) -> None:
    """Full passes over millions of index objects would stall every chat for a second."""
    await _record(importer, clock, _postings(0, 50))
    store = await open_test_store(database_url)
    try:
        loaded = await Intake.load(store, clock)  # the search index freezes its own objects
        gc.unfreeze()
        assert await loaded.load_postings() == 50
        assert gc.get_freeze_count() > 50 * 10  # each posting's own objects at least
    finally:
        gc.unfreeze()
        await store.close()


class _PrunedMeanwhile:
    """A store where another process imports and prunes between a find and its storing."""

    importer: SqliteStore
    clock: FakeClock
    pending: list[Posting]

    async def store_search_matches(self, *args: Any, **kwargs: Any) -> int:
        if self.pending:
            await _record(self.importer, self.clock, self.pending)
            self.pending = []
            await prune(self.importer, RetentionPolicy(changes_kept=3), self.clock.now())
        return await super().store_search_matches(*args, **kwargs)  # type: ignore[misc]


class _SqlitePrunedMeanwhile(_PrunedMeanwhile, SqliteStore):
    """On SQLite."""


class _PostgresPrunedMeanwhile(_PrunedMeanwhile, PostgresStore):
    """On PostgreSQL."""


async def test_an_add_whose_changes_since_were_pruned_searches_a_rebuilt_index(
    database_url: str, clock: FakeClock, importer: SqliteStore
) -> None:
    await _record(importer, clock, _postings(0, 80))
    store: Any
    if database_url.startswith("postgresql://"):
        store = await _PostgresPrunedMeanwhile.open(database_url)
    else:
        store = await _SqlitePrunedMeanwhile.open(Path(database_url.removeprefix("sqlite:///")))
    assert isinstance(store, _PrunedMeanwhile)
    try:
        store.importer, store.clock, store.pending = importer, clock, []
        chat = await build_concierge(store, clock)
        await chat.handle_text(ALICE, f"/add {QUERIES[1]}")  # loads the chat's posting index
        store.pending = [_retitled(p) for p in _postings(0, 40)] + _postings(80, 80)
        reply = await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
        assert not store.pending and any(isinstance(m, JobCards) for m in reply)
        pairs = await stored_pairs(store)
        assert pairs == await exhaustive_pairs(importer)
        assert {posting for search, posting in pairs if search == 2} & {
            p.id for p in _postings(80, 80)
        }
    finally:
        await store.close()
