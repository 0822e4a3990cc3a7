"""The concierge service on the real SQLite store: commands in, typed replies out."""

from __future__ import annotations

from pathlib import Path

from core.chat.commands import AddSearch
from core.chat.replies import ErrorText, JobCards, Reply, SearchList, Text
from core.chat.service import APOLOGY, Concierge, Limits, build_concierge
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock, posting


def texts(reply: Reply) -> str:
    """All the plain text of a reply, for loose assertions."""
    parts = []
    for message in reply:
        if isinstance(message, Text | ErrorText):
            parts.append(message.text)
        elif isinstance(message, JobCards):
            parts.append(message.heading)
            parts.extend(card.title for card in message.cards)
        elif isinstance(message, SearchList):
            parts.extend(f"#{i.number} {i.raw_text}" for i in message.items)
    return "\n".join(parts)


def cards(reply: Reply) -> list[str]:
    return [c.posting_id for m in reply if isinstance(m, JobCards) for c in m.cards]


async def test_start_and_help_explain_how_to_begin(service: Concierge) -> None:
    assert "/add" in texts(await service.handle_text(ALICE, "/start"))
    help_text = texts(await service.handle_text(ALICE, "/help"))
    for command in ("/add", "/list", "/remove", "/pause", "/resume", "/jobs", "/cancel"):
        assert command in help_text
    assert "-php" in texts(await service.handle_text(ALICE, "/help add"))


async def test_add_echoes_the_search_and_shows_matches_at_once(service: Concierge) -> None:
    reply = await service.handle_text(ALICE, "/add senior backend engineer python")
    assert texts(reply).startswith("Saved search #1: ")
    found = cards(reply)
    assert found[:2] and set(found) <= {"p1", "p2"}
    assert "p3" not in found and "p5" not in found


async def test_list_remove_list(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/add golang kubernetes")
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList)
    assert [i.raw_text for i in listed[0].items] == [
        "senior backend engineer python",
        "golang kubernetes",
    ]
    removed = await service.handle_text(ALICE, "/remove 1")
    assert "Removed #1" in texts(removed)
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList)
    assert [(i.number, i.raw_text) for i in listed[0].items] == [(1, "golang kubernetes")]


async def test_out_of_range_numbers_change_nothing(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add backend python")
    for line in ("/remove 7", "/pause 2", "/resume 9", "/remove 0", "/remove x"):
        reply = await service.handle_text(ALICE, line)
        assert isinstance(reply[0], ErrorText), line
    assert "There is no search #7 — you have one search" in texts(
        await service.handle_text(ALICE, "/remove 7")
    )
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList) and len(listed[0].items) == 1


async def test_pause_hides_matches_and_resume_brings_them_back(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    assert cards(await service.handle_text(ALICE, "/jobs"))
    assert "Paused #1" in texts(await service.handle_text(ALICE, "/pause 1"))
    assert "already paused" in texts(await service.handle_text(ALICE, "/pause 1"))
    assert "paused" in texts(await service.handle_text(ALICE, "/jobs"))
    assert "Resumed #1" in texts(await service.handle_text(ALICE, "/resume 1"))
    assert cards(await service.handle_text(ALICE, "/jobs"))


async def test_paused_search_misses_new_postings_until_resumed(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add golang developer")
    await service.handle_text(ALICE, "/pause 1")
    await service.intake.record([posting("g1", "Senior Golang Developer", description="Go, k8s")])
    await service.handle_text(ALICE, "/resume 1")
    assert "g1" in cards(await service.handle_text(ALICE, "/jobs"))


async def test_new_postings_are_matched_against_saved_searches(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add golang developer")
    assert not cards(await service.handle_text(ALICE, "/jobs"))
    summary = await service.intake.record(
        [posting("g1", "Senior Go Developer", description="Golang")]
    )
    assert summary.new == 1 and summary.matches >= 1
    assert cards(await service.handle_text(ALICE, "/jobs")) == ["g1"]


async def test_subscribers_never_see_each_other(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    assert "no saved searches" in texts(await service.handle_text(BOB, "/list"))
    assert isinstance((await service.handle_text(BOB, "/remove 1"))[0], ErrorText)
    assert not cards(await service.handle_text(BOB, "/jobs"))
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList) and len(listed[0].items) == 1


async def test_search_cap_is_explained(store: SqliteStore, clock: FakeClock) -> None:
    service = await build_concierge(store, clock, Limits(max_searches=2))
    await service.handle_text(ALICE, "/add python")
    await service.handle_text(ALICE, "/add golang")
    reply = await service.handle_text(ALICE, "/add rust")
    assert isinstance(reply[0], ErrorText) and "2 saved searches" in reply[0].text


async def test_duplicate_search_is_pointed_out(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add backend python")
    reply = await service.handle_text(ALICE, "/add Backend Python")
    assert "already have that search as #1" in texts(reply)


async def test_weird_text_is_answered_and_stored_verbatim(service: Concierge) -> None:
    for query in (
        "python'; DROP TABLE searches;--",
        "مهندس python",
        "🚀 python 🐍",
        'python" OR 1=1',
    ):
        reply = await service.handle_text(ALICE, f"/add {query}")
        assert reply, query
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList)  # the table is there: nothing typed is ever run
    raw = [i.raw_text for i in listed[0].items]
    assert "مهندس python" in raw
    # SQL is answered as such, with what of it reads as a search, and not saved (parse16)
    reply = await service.handle_text(ALICE, "/add python'; DROP TABLE searches;--")
    assert isinstance(reply[0], ErrorText) and reply[0].text.startswith("That reads as SQL")
    assert "python'; DROP TABLE searches;--" not in raw


async def test_unusable_query_is_explained_and_not_saved(service: Concierge) -> None:
    reply = await service.handle(ALICE, AddSearch("-- not the and"))
    assert isinstance(reply[0], ErrorText)
    assert "no saved searches" in texts(await service.handle_text(ALICE, "/list"))


async def test_a_crash_answers_with_an_apology(service: Concierge, store: SqliteStore) -> None:
    await store.close()  # every store call now fails
    reply = await service.handle_text(ALICE, "/list")
    assert reply == (ErrorText(APOLOGY),)


async def test_sensitivity_changes_are_confirmed(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add backend python")
    assert "now strict" in texts(await service.handle_text(ALICE, "/sensitivity 1 strict"))
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList) and listed[0].items[0].sensitivity == "strict"


async def test_searches_survive_a_restart(db_path: Path, clock: FakeClock) -> None:
    store = await SqliteStore.open(db_path)
    service = await build_concierge(store, clock)
    await service.handle_text(ALICE, "/add golang developer")
    await store.close()
    store = await SqliteStore.open(db_path)
    service = await build_concierge(store, clock)
    await service.intake.record([posting("g1", "Golang Developer")])
    assert cards(await service.handle_text(ALICE, "/jobs")) == ["g1"]
    await store.close()


async def test_a_second_start_shows_the_digest_schedule_as_set(service: Concierge) -> None:
    first = texts(await service.handle_text(ALICE, "/start"))
    assert "Every day at 09:00 (UTC)" in first
    await service.handle_text(ALICE, "/tz berlin")
    await service.handle_text(ALICE, "/time 18:00")
    await service.handle_text(ALICE, "/frequency weekly fri")
    again = texts(await service.handle_text(ALICE, "/start"))
    assert "Every Friday at 18:00 (Europe/Berlin)" in again and "09:00" not in again
    await service.handle_text(ALICE, "/frequency off")
    off = texts(await service.handle_text(ALICE, "/start"))
    assert "Digests are off; /frequency daily turns them on." in off


async def test_help_lists_quit_for_the_terminal(service: Concierge) -> None:
    assert "/quit — leave the chat (terminal only)" in texts(
        await service.handle_text(ALICE, "/help")
    )


async def test_digest_with_nothing_to_send_says_why(service: Concierge) -> None:
    assert "no saved searches yet" in texts(await service.handle_text(ALICE, "/digest"))
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/pause 1")
    assert "All your searches are paused" in texts(await service.handle_text(ALICE, "/digest"))
    await service.handle_text(ALICE, "/resume 1")
    assert "new matches" in texts(await service.handle_text(ALICE, "/digest"))
    assert "Nothing new since your last digest" in texts(await service.handle_text(ALICE, "/more"))
