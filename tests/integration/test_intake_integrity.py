"""Two connections on one SQLite file: searches changed mid-batch, failed match writes."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from types import FrameType

import pytest

from core.chat import actions
from core.chat.service import Concierge, build_concierge
from core.matching import PARSER_VERSION, parse_query
from core.matching.features import features
from core.matching.scoring import evaluate, evaluate_features
from core.model import NewMatch, Posting, SavedSearch
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.postings.search_index import SearchIndex
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, FakeClock
from tests.integrity import (
    QUERIES,
    exhaustive_pairs,
    foreign_key_problems,
    generated_records,
    stored_pairs,
)

# These tests write and read the SQLite file directly (other connections, raw SQL).
pytestmark = pytest.mark.sqlite_only


def _postings(count: int) -> list[Posting]:
    return [posting_from_record(r) for r in generated_records(count)]


@pytest.fixture
async def other(db_path: Path, clock: FakeClock) -> AsyncIterator[Concierge]:
    """The chat process: its own connection to the same file, with its own index."""
    store = await SqliteStore.open(db_path)
    yield await build_concierge(store, clock)
    await store.close()


async def _importer(db_path: Path, clock: FakeClock) -> tuple[SqliteStore, Concierge]:
    """The import process: a second connection, whose index is loaded once, now."""
    store = await SqliteStore.open(db_path)
    return store, await build_concierge(store, clock)


def _ids(db: Path) -> list[int]:
    """The ids of the saved searches, oldest first."""
    with sqlite3.connect(db) as conn:
        return [int(row[0]) for row in conn.execute("SELECT id FROM searches ORDER BY id")]


async def test_a_search_removed_by_another_process_mid_batch_is_skipped_not_a_crash(
    db_path: Path, clock: FakeClock, other: Concierge
) -> None:
    for query in QUERIES[:4]:
        await other.handle_text(ALICE, f"/add {query}")
    store, importer = await _importer(db_path, clock)
    postings = _postings(700)
    try:
        await importer.intake.record(postings[:350])
        removed = _ids(db_path)[0]
        await other.handle_action(ALICE, actions.remove(removed))
        summary = await importer.intake.record(postings[350:])
        assert summary.new == 350
        assert removed not in {sid for sid, _ in stored_pairs(db_path)}
        assert stored_pairs(db_path) == await exhaustive_pairs(store)
    finally:
        await store.close()
    assert foreign_key_problems(db_path) == []


async def test_searches_added_and_paused_by_another_process_mid_batch_are_followed(
    db_path: Path, clock: FakeClock, other: Concierge
) -> None:
    for query in QUERIES[:3]:
        await other.handle_text(ALICE, f"/add {query}")
    store, importer = await _importer(db_path, clock)
    postings = _postings(700)
    try:
        await importer.intake.record(postings[:350])
        added = await other.handle_text(ALICE, f"/add {QUERIES[3]}")
        assert "Saved search #4" in str(added)
        paused = _ids(db_path)[1]
        await other.handle_action(ALICE, actions.pause(paused))
        await importer.intake.record(postings[350:])
        pairs = stored_pairs(db_path)
        assert pairs == await exhaustive_pairs(store)
        new_search = _ids(db_path)[3]
        assert {pid for sid, pid in pairs if sid == new_search} & {p.id for p in postings[350:]}
    finally:
        await store.close()
    with sqlite3.connect(db_path) as conn:
        late = conn.execute(
            "SELECT COUNT(*) FROM matches WHERE search_id = ? AND posting_ref > 350",
            (paused,),
        ).fetchone()[0]
    assert late == 0, "a paused search got matches"


async def test_a_failed_match_write_leaves_the_postings_unstored_so_a_rerun_matches_them(
    db_path: Path, clock: FakeClock, other: Concierge
) -> None:
    for query in QUERIES[:4]:
        await other.handle_text(ALICE, f"/add {query}")
    store, importer = await _importer(db_path, clock)
    postings = _postings(400)
    try:
        with sqlite3.connect(db_path) as conn:
            conn.execute(
                "CREATE TRIGGER refuse_matches BEFORE INSERT ON matches "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        with pytest.raises(sqlite3.DatabaseError, match="disk full"):
            await importer.intake.record(postings)
        assert await store.count_open_postings() == 0
        with sqlite3.connect(db_path) as conn:
            conn.execute("DROP TRIGGER refuse_matches")
        summary = await importer.intake.record(postings)
        assert (summary.new, summary.unchanged) == (400, 0)
        assert summary.matches > 0
        assert stored_pairs(db_path) == await exhaustive_pairs(store)
    finally:
        await store.close()


async def test_every_change_to_a_search_is_logged_even_by_a_cascade(
    db_path: Path, store: SqliteStore, clock: FakeClock
) -> None:
    service = await build_concierge(store, clock)
    await service.handle_text(ALICE, "/add civil engineer")
    await service.handle_text(ALICE, "/add accountant")
    first, second = _ids(db_path)
    await service.handle_action(ALICE, actions.pause(first))
    await service.handle_action(ALICE, actions.resume(first))
    await service.handle_text(ALICE, "/sensitivity 1 strict")
    await service.handle_action(ALICE, actions.remove(first))
    async with store._transaction() as conn:
        await conn.execute("DELETE FROM subscribers")
    rows = await store._all("SELECT search_id, kind FROM search_changes ORDER BY id")
    assert [tuple(row) for row in rows] == [
        (first, "add"),
        (second, "add"),
        (first, "pause"),
        (first, "resume"),
        (first, "sensitivity"),
        (first, "remove"),
        (second, "remove"),
    ]


async def test_an_intake_with_an_empty_index_replays_the_change_log(
    db_path: Path, clock: FakeClock, other: Concierge
) -> None:
    for query in QUERIES[:3]:
        await other.handle_text(ALICE, f"/add {query}")
    await other.handle_action(ALICE, actions.pause(_ids(db_path)[0]))
    store = await SqliteStore.open(db_path)
    try:
        intake = Intake(store, SearchIndex(), clock)
        await intake.record(_postings(200))
        assert intake.indexed_searches == 2
        assert stored_pairs(db_path) == await exhaustive_pairs(store)
    finally:
        await store.close()


async def _saved_unscanned(store: SqliteStore, clock: FakeClock, query: str) -> SavedSearch:
    """A search saved as /add saves it, by a process that dies before its scan commits."""
    subscriber = await store.subscriber(ALICE, clock.now())
    parsed = parse_query(query).to_json()
    search = await store.add_search(
        subscriber.id, query, parsed, PARSER_VERSION, "normal", 25, clock.now()
    )
    assert search is not None

    def killed(postings: Sequence[Posting]) -> list[NewMatch]:
        raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        await store.rescore_search(search.id, killed, clock.now())
    return search


async def test_a_scan_cut_short_is_finished_by_the_next_process_that_records(
    db_path: Path, clock: FakeClock
) -> None:
    store, importer = await _importer(db_path, clock)  # its index loaded before the /add
    try:
        await importer.intake.record(_postings(300)[:250])
        search = await _saved_unscanned(store, clock, "backend engineer python")
        assert await store.unfinished_scans() == [(search, 0)]
        assert {sid for sid, _ in stored_pairs(db_path)} == set()
        await importer.intake.record(_postings(300)[250:])
        assert await store.unfinished_scans() == []
        pairs = stored_pairs(db_path)
        assert pairs == await exhaustive_pairs(store)
        assert any(pid in {f"g{n}" for n in range(250)} for _, pid in pairs)  # scanned, not new
    finally:
        await store.close()


async def test_a_scan_cut_short_midway_is_finished_from_where_it_got_at_start(
    db_path: Path, clock: FakeClock
) -> None:
    store, importer = await _importer(db_path, clock)
    try:
        await importer.intake.record(_postings(200))
        search = await _saved_unscanned(store, clock, "software developer remote")
        await importer.intake.match_search(search, parse_query(search.raw_text))
        with sqlite3.connect(db_path) as conn:  # as if it died after the postings up to ref 100
            conn.execute(
                "DELETE FROM matches WHERE search_id = ? AND posting_ref > 100",
                (search.id,),
            )
            conn.execute(
                "INSERT INTO search_scans (search_id, after_ref) VALUES (?, 100)", (search.id,)
            )
        assert await store.unfinished_scans() == [(search, 100)]
        assert stored_pairs(db_path) != await exhaustive_pairs(store)
        await build_concierge(store, clock)  # the next process to start
        assert await store.unfinished_scans() == []
        assert stored_pairs(db_path) == await exhaustive_pairs(store)
    finally:
        await store.close()


async def test_a_cut_short_scan_is_finished_off_the_event_loop(
    db_path: Path, clock: FakeClock
) -> None:
    store, importer = await _importer(db_path, clock)
    try:
        await importer.intake.record(_postings(300))
        search = await _saved_unscanned(store, clock, "backend engineer python")
        watched = {evaluate.__code__, evaluate_features.__code__, features.__wrapped__.__code__}
        on_loop: list[str] = []

        def profile(frame: FrameType, event: str, arg: object) -> None:
            if event == "call" and frame.f_code in watched:
                on_loop.append(frame.f_code.co_name)

        sys.setprofile(profile)  # this thread's calls only: the event loop's
        try:
            await build_concierge(store, clock)  # the next process to start finishes it
        finally:
            sys.setprofile(None)
        assert await store.unfinished_scans() == []
        assert stored_pairs(db_path) == await exhaustive_pairs(store)
        assert any(sid == search.id for sid, _ in stored_pairs(db_path))
        assert on_loop == []
    finally:
        await store.close()
