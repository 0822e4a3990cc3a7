"""An /add while the index over open postings is still being built (a start after a big
import) is answered at once; its matches follow as a message, as digests are delivered."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import Any

import pytest

from adapters.console.app import LEAVING, ConsoleChat
from adapters.console.notifier import ConsoleNotifier
from core.chat.lanes import Lanes
from core.chat.replies import Exploration, JobCards, Text
from core.chat.service import Concierge, Limits, build_concierge
from core.model import SubscriberKey
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.postings.lookup import REBUILD_AFTER
from core.store.postgres.store import PostgresStore
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock, open_test_store
from tests.conftest import query as rows_of
from tests.integrity import QUERIES, exhaustive_pairs, generated_records

# Guards against a hang on code that makes the /add wait for the build: never reached here.
HANG = 60.0


class _GatedIndexing:
    """A store whose open postings can be read for the index only once the gate opens."""

    gate: asyncio.Event

    async def open_postings_page(self, *args: Any, **kwargs: Any) -> Any:
        await self.gate.wait()
        return await super().open_postings_page(*args, **kwargs)  # type: ignore[misc]


class _SqliteGated(_GatedIndexing, SqliteStore):
    """On SQLite."""


class _PostgresGated(_GatedIndexing, PostgresStore):
    """On PostgreSQL."""


async def _gated(database_url: str) -> Any:
    """A store over database_url whose open postings the index can read once its gate opens."""
    if database_url.startswith("postgresql://"):
        store = await _PostgresGated.open(database_url)
    else:
        store = await _SqliteGated.open(Path(database_url.removeprefix("sqlite:///")))
    store.gate = asyncio.Event()
    return store


async def _chat_while_indexing(importer: Any, store: Any, clock: FakeClock) -> Concierge:
    """120 postings recorded by another process, then a chat over store started as `concierge
    chat` starts it: 120 stand for a big store here (past Limits.small_store, not waited for)."""
    await (await Intake.load(importer, clock)).record(
        [posting_from_record(r) for r in generated_records(120)]
    )
    chat = await build_concierge(store, clock, Limits(small_store=100))
    chat.intake.preload()
    return chat


async def test_the_first_add_answers_before_the_index_is_built_and_its_matches_follow(
    database_url: str, clock: FakeClock
) -> None:
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        reply = await asyncio.wait_for(chat.handle_text(ALICE, f"/add {QUERIES[0]}"), HANG)
        texts = [m.text for m in reply if isinstance(m, Text)]
        assert texts[0].startswith("Saved search #1:")
        assert texts[-1] == (
            "Saved. Looking for matching jobs among 120 postings — I'll send them in a minute."
        )
        assert not any(isinstance(m, JobCards) for m in reply)
        assert await rows_of(store, "SELECT COUNT(*) FROM matches") == [(0,)]
        listed = await chat.handle_text(ALICE, "/help")  # the chat goes on meanwhile
        assert listed and isinstance(listed[0], Text)

        store.gate.set()
        await chat.settle()
        shown = io.StringIO()
        report = await chat.digests.deliver({"console": ConsoleNotifier(shown)}, clock.now())
        assert report.delivered == 1
        assert "Top matches of #1" in shown.getvalue()
        assert await _stored_pairs(store) == await exhaustive_pairs(importer)
        best = await store.best_matches(1, 1)
        assert best and best[0].posting.title in shown.getvalue()
    finally:
        await store.close()
        await importer.close()


async def test_an_add_on_a_small_store_or_a_built_index_shows_its_matches_in_its_answer(
    database_url: str, clock: FakeClock
) -> None:
    store = await open_test_store(database_url)
    try:
        postings = [posting_from_record(r) for r in generated_records(60)]
        await (await Intake.load(store, clock)).record(postings)
        small = await build_concierge(store, clock, Limits(small_store=60))
        built = await build_concierge(store, clock, Limits(small_store=0))
        await built.intake.load_postings()
        for chat, query in ((small, QUERIES[0]), (built, QUERIES[1])):
            reply = await chat.handle_text(ALICE, f"/add {query}")
            assert any(isinstance(m, JobCards) for m in reply)
            assert not any("Looking for matching jobs" in getattr(m, "text", "") for m in reply)
    finally:
        await store.close()


async def _stored_pairs(store: Any) -> set[tuple[int, str]]:
    rows = await rows_of(
        store,
        "SELECT m.search_id, p.id FROM matches m JOIN postings p ON p.ref = m.posting_ref "
        "WHERE p.closed_at IS NULL",
    )
    return {(int(sid), str(pid)) for sid, pid in rows}


async def test_an_add_after_a_big_import_elsewhere_answers_at_once_and_its_matches_follow(
    database_url: str, clock: FakeClock
) -> None:
    """The chat's index built, then more than REBUILD_AFTER postings imported by another
    process: catching up is left to the search's matching, after the answer."""
    importer = await open_test_store(database_url)
    store = await open_test_store(database_url)
    try:
        postings = [posting_from_record(r) for r in generated_records(REBUILD_AFTER + 100)]
        await (await Intake.load(importer, clock)).record(postings[:50])
        chat = await build_concierge(store, clock, Limits(small_store=100))
        await chat.intake.load_postings()
        await (await Intake.load(importer, clock)).record(postings[50:])
        reply = await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
        assert [m.text for m in reply if isinstance(m, Text)][-1].startswith(
            f"Saved. Looking for matching jobs among {len(postings):,} postings"
        )
        await chat.settle()
        shown = io.StringIO()
        await chat.digests.deliver({"console": ConsoleNotifier(shown)}, clock.now())
        assert "Top matches of #1" in shown.getvalue()
        assert await _stored_pairs(store) == await exhaustive_pairs(importer)
    finally:
        await store.close()
        await importer.close()


class _Watched(io.StringIO):
    """The terminal's output; seen is set once it shows LEAVING."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = asyncio.Event()

    def write(self, text: str) -> int:
        written = super().write(text)
        if LEAVING in self.getvalue():
            self.seen.set()
        return written


async def test_quit_before_a_late_adds_matches_waits_for_them(
    database_url: str, clock: FakeClock
) -> None:
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        out = _Watched()
        lines = io.StringIO(f"/add {QUERIES[0]}\n/quit\n")
        running = asyncio.create_task(ConsoleChat(chat, lines, out).run())
        await asyncio.wait_for(out.seen.wait(), HANG)
        assert not running.done()  # was: /quit left at once, and the matches were never shown
        store.gate.set()
        await asyncio.wait_for(running, HANG)
        shown = io.StringIO()  # what `concierge chat` delivers as the terminal closes
        await chat.digests.deliver({"console": ConsoleNotifier(shown)}, clock.now())
        assert "Top matches of #1" in shown.getvalue()
    finally:
        await store.close()
        await importer.close()


async def test_a_late_adds_matches_left_behind_by_a_quit_are_shown_at_the_next_start(
    database_url: str, clock: FakeClock
) -> None:
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        out = _Watched()
        lines = io.StringIO(f"/add {QUERIES[0]}\n/quit\n")
        running = asyncio.create_task(ConsoleChat(chat, lines, out).run())
        await asyncio.wait_for(out.seen.wait(), HANG)
        running.cancel()  # Ctrl-C while it waits
        await asyncio.gather(running, return_exceptions=True)
        await chat.close()
        await chat.intake.close()
    finally:
        await store.close()
    again = await open_test_store(database_url)
    try:
        started = await build_concierge(again, clock)
        out = io.StringIO()
        await ConsoleChat(started, io.StringIO(""), out).run()
        assert out.getvalue().startswith("Top matches of #1 ")
        best = await again.best_matches(1, 1)
        assert best and best[0].posting.title in out.getvalue()
        out = io.StringIO()
        await ConsoleChat(started, io.StringIO(""), out).run()
        assert out.getvalue() == ""  # shown once
    finally:
        await again.close()
        await importer.close()


async def test_jobs_while_a_late_adds_matches_are_found_says_so(
    database_url: str, clock: FakeClock
) -> None:
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
        for asked in ("/jobs 1", "/jobs"):
            reply = await asyncio.wait_for(chat.handle_text(ALICE, asked), HANG)
            # Was: "No open posting matches #1 yet. I keep looking." — a minute before they came.
            assert [m.text for m in reply if isinstance(m, Text)] == [
                "I'm still finding the matches of #1: they come in a minute."
            ]
        store.gate.set()
        await chat.settle()
        assert any(isinstance(m, JobCards) for m in await chat.handle_text(ALICE, "/jobs 1"))
    finally:
        await store.close()
        await importer.close()


async def test_a_search_removed_before_its_late_matches_are_found_is_dropped_quietly(
    database_url: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """/add, then /remove of it while the index is built: its matching ends without a word
    (was: a traceback of a foreign key failure ~25 s later), queues nothing and indexes nothing."""
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
        removed = await chat.handle_text(ALICE, "/remove 1")  # a chat line removes at once
        assert next(m.text for m in removed if isinstance(m, Text)).startswith("Removed #1:")
        caplog.set_level(logging.DEBUG, logger="core")
        store.gate.set()
        await chat.settle()
        assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
        assert chat.intake.indexed_searches == 0
        assert await rows_of(store, "SELECT COUNT(*) FROM matches") == [(0,)]
        shown = io.StringIO()
        report = await chat.digests.deliver({"console": ConsoleNotifier(shown)}, clock.now())
        assert report.delivered == 0 and shown.getvalue() == ""
        # A posting that would have matched it finds no stale search to store a match for.
        later = [posting_from_record(r) for r in generated_records(130)][120:]
        await chat.intake.record(later)
        assert await rows_of(store, "SELECT COUNT(*) FROM matches") == [(0,)]
    finally:
        await store.close()
        await importer.close()


async def test_explores_while_the_index_is_built_are_answered_when_it_is(
    database_url: str, clock: FakeClock
) -> None:
    """Was: /explore waited out the build (23.5 s on 57,630 postings), and so did every command
    the chat sent after it; then it answered at once 'send /explore … again in a minute', to
    the first and the second alike. Now each is answered when the postings are read."""
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        chat = await _chat_while_indexing(importer, store, clock)
        said = []
        for query in ("backend engineer", "python developer", "backend engineer"):
            reply = await asyncio.wait_for(chat.handle_text(ALICE, f"/explore {query}"), HANG)
            assert len(reply) == 1 and isinstance(reply[0], Text)
            said.append(reply[0].text)
        assert said[0] == (
            "I'm still reading the 120 open postings (a minute or two after a start or a big "
            "import): the market for “backend engineer” follows here as soon as they are read."
        )
        assert "again" not in said[1] and "“python developer” follows here" in said[1]
        assert said[2] == "The market for “backend engineer” is on its way: it follows here."
        # A query that is no search gets its own answer, not a wait.
        bad = await asyncio.wait_for(chat.handle_text(ALICE, "/explore the of"), HANG)
        assert "find a job title or skill to search for" in str(bad)
        store.gate.set()
        await chat.settle()
        delivered: list[Any] = []
        report = await chat.digests.deliver({"console": _Kept(delivered)}, clock.now())
        assert report.delivered == 2
        explorations = [m for reply in delivered for m in reply if isinstance(m, Exploration)]
        assert [e.market.query for e in explorations] == ["backend engineer", "python developer"]
        now = await chat.handle_text(ALICE, "/explore backend engineer")
        assert isinstance(now[0], Exploration)
        assert explorations[0].lines == now[0].lines and explorations[0].chart
        assert explorations[0].follow is not None
        followed = await chat.handle_action(ALICE, explorations[0].follow.data)
        assert "Saved search #1" in str(followed)
    finally:
        await store.close()
        await importer.close()


class _Kept:
    """A notifier that keeps what it is given."""

    platform = "console"

    def __init__(self, kept: list[Any]) -> None:
        self._kept = kept

    async def deliver(self, key: SubscriberKey, reply: Any) -> None:
        self._kept.append(reply)


async def test_a_slow_explore_in_one_chat_holds_up_no_other_chat(
    database_url: str, clock: FakeClock
) -> None:
    """Chats run in lanes, as the Telegram and Slack adapters run them: one chat's /explore
    waiting for the index (a small store's, waited for) never delays another chat's /list."""
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        await (await Intake.load(importer, clock)).record(
            [posting_from_record(r) for r in generated_records(120)]
        )
        chat = await build_concierge(store, clock, Limits(small_store=1000))
        lanes = Lanes()

        async def in_lane(key: SubscriberKey, text: str) -> Any:
            async with lanes.turn(key):
                return await chat.handle_text(key, text)

        exploring = asyncio.create_task(in_lane(ALICE, "/explore backend engineer"))
        listed = await asyncio.wait_for(in_lane(BOB, "/list"), HANG)
        assert not exploring.done()  # the explore is still waiting for the index
        assert next(m.text for m in listed if isinstance(m, Text)).startswith("You have no saved")
        store.gate.set()
        explored = await asyncio.wait_for(exploring, HANG)
        assert isinstance(explored[0], Exploration)
    finally:
        await store.close()
        await importer.close()
