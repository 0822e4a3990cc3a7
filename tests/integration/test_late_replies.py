"""Messages that follow an answer (an /add's matches found while the index was built) say the
search's number and the settings as they are when sent, and are dropped when the search is
gone; /list says a search is still being counted; an /import's promise is kept."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.console.app import ConsoleChat
from adapters.console.notifier import ConsoleNotifier
from core.chat.replies import SearchList
from core.chat.service import Concierge, Limits, build_concierge
from core.matching import parse_query
from tests.conftest import ALICE, FakeClock, open_test_store
from tests.integration.test_add_while_indexing import (
    HANG,
    _chat_while_indexing,
    _gated,
    _Watched,
)
from tests.integrity import QUERIES


@pytest.fixture
async def indexing(database_url: str, clock: FakeClock) -> AsyncIterator[tuple[Concierge, Any]]:
    """A chat whose postings index is being built until the store's gate is set."""
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        yield await _chat_while_indexing(importer, store, clock), store
    finally:
        await store.close()
        await importer.close()


async def _delivered(chat: Concierge, clock: FakeClock) -> str:
    shown = io.StringIO()
    await chat.digests.deliver({"console": ConsoleNotifier(shown)}, clock.now())
    return shown.getvalue()


async def test_late_matches_carry_the_number_the_search_has_when_they_are_sent(
    indexing: tuple[Concierge, Any], clock: FakeClock
) -> None:
    chat, store = indexing
    await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
    await chat.handle_text(ALICE, f"/add {QUERIES[1]}")
    await chat.handle_text(ALICE, "/remove 1")
    store.gate.set()
    await chat.settle()
    shown = await _delivered(chat, clock)
    # Was: Top matches of #2 title "civil engineer" … /jobs 2 — #1 since the /remove.
    assert f"Top matches of #1 {parse_query(QUERIES[1]).describe()}" in shown
    assert "#2" not in shown and "/jobs 2" not in shown


async def test_late_matches_of_a_search_removed_after_they_were_queued_are_not_sent(
    indexing: tuple[Concierge, Any], clock: FakeClock
) -> None:
    chat, store = indexing
    await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
    store.gate.set()
    await chat.settle()  # queued
    await chat.handle_text(ALICE, "/remove 1")
    assert await _delivered(chat, clock) == ""


async def test_a_late_reply_says_the_digest_time_set_after_it_was_queued(
    indexing: tuple[Concierge, Any], clock: FakeClock
) -> None:
    chat, store = indexing
    await chat.handle_text(ALICE, "/add zookeeper")  # matches none of the postings
    store.gate.set()
    await chat.settle()
    await chat.handle_text(ALICE, "/time 12:00")
    shown = await _delivered(chat, clock)
    assert "No current posting matches it yet" in shown
    assert "12:00" in shown and "08:00" not in shown  # was the 08:00 of before the /time


async def test_list_says_a_search_is_still_being_counted(
    indexing: tuple[Concierge, Any], clock: FakeClock
) -> None:
    chat, store = indexing
    await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
    listed = await asyncio.wait_for(chat.handle_text(ALICE, "/list"), HANG)
    assert isinstance(listed[0], SearchList)
    # Was "0 matches" while they were being found.
    assert listed[0].items[0].matches == "matches still being counted"
    store.gate.set()
    await chat.settle()
    listed = await chat.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList)
    assert listed[0].items[0].matches != "matches still being counted"


async def test_an_import_then_quit_shows_the_matches_it_promised(
    indexing: tuple[Concierge, Any], clock: FakeClock
) -> None:
    chat, store = indexing
    out = _Watched()
    lines = io.StringIO(f"/import\n/add {QUERIES[0]}\n\n/quit\n")
    running = asyncio.create_task(ConsoleChat(chat, lines, out).run())
    await asyncio.wait_for(out.seen.wait(), HANG)  # LEAVING: "I show them before closing"
    store.gate.set()
    await asyncio.wait_for(running, HANG)
    shown = await _delivered(chat, clock)  # as `concierge chat` delivers on closing
    # Was: the promise printed, then nothing shown.
    assert "Top matches of #1" in shown


async def test_an_explore_owed_when_the_process_stopped_is_answered_at_the_next_start(
    database_url: str, clock: FakeClock
) -> None:
    """Was: an /explore asked while the index was built was queued in memory only; a stop
    before the build ended lost it. Now it is kept in the store and the next start answers it."""
    importer = await open_test_store(database_url)
    store = await _gated(database_url)
    try:
        first = await _chat_while_indexing(importer, store, clock)
        reply = await asyncio.wait_for(first.handle_text(ALICE, "/explore backend engineer"), HANG)
        assert "follows here as soon as they are read" in str(reply)
        await first.close()  # the process stops before the build ends
        await first.intake.close()
        assert await _delivered(first, clock) == ""

        store.gate.set()
        again = await build_concierge(store, clock, Limits(small_store=100))
        assert await again.answer_owed() == 1
        await again.settle()
        shown = await _delivered(again, clock)
        assert "open postings match “backend engineer”" in shown
        assert await again.answer_owed() == 0  # answered once: nothing owed any more
        await again.settle()
        assert await _delivered(again, clock) == ""
    finally:
        await store.close()
        await importer.close()
