"""Sharing a search, and exporting and importing searches with settings, on a real store."""

from __future__ import annotations

from core.chat.commands import AcceptShared, ImportSearches, OpenShared, ShareSearch
from core.chat.replies import Choice, ErrorText, Reply, SharedSearch, Text, TextFile
from core.chat.service import Concierge, Limits, build_concierge
from core.chat.transfer import MAX_IMPORT_BYTES, UNKNOWN_SHARE, read_import_file
from core.model import Actor, SubscriberKey
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock

CHANNEL = SubscriberKey("slack", "T1", "", "C1")


async def searches(service: Concierge, key: SubscriberKey) -> list[tuple[str, str]]:
    """A subscriber's saved searches as (text, sensitivity)."""
    subscriber = await service._store.subscriber(key, service._clock.now())
    return [(s.raw_text, s.sensitivity) for s in await service._store.searches(subscriber.id)]


def text_of(reply: Reply) -> str:
    return "\n".join(m.text for m in reply if isinstance(m, Text | ErrorText))


async def export(service: Concierge, key: SubscriberKey) -> TextFile:
    (file,) = await service.handle_text(key, "/export")
    assert isinstance(file, TextFile) and file.name == "searches.txt"
    return file


async def test_export_then_import_restores_searches_sensitivity_and_settings(
    service: Concierge,
) -> None:
    for line in (
        "/add senior python backend remote",
        "/add --sensitivity loose data engineer berlin",
        "/time 07:15",
        "/tz Europe/Berlin",
        "/frequency weekly mon",
        "/alerts on",
        "/quiet 22:00-07:00",
    ):
        assert not any(isinstance(m, ErrorText) for m in await service.handle_text(ALICE, line))
    await service.handle_text(ALICE, "/sensitivity 1 strict")
    file = await export(service, ALICE)
    assert file.text.splitlines()[1:] == [
        "/add --sensitivity strict senior python backend remote",
        "/add --sensitivity loose data engineer berlin",
        "/time 07:15",
        "/tz Europe/Berlin",
        "/frequency weekly mon",
        "/alerts on",
        "/quiet 22:00-07:00",
    ]
    reply = await service.handle(BOB, ImportSearches(file.text))
    assert text_of(reply) == "Imported 2 searches and 5 settings."
    assert await searches(service, BOB) == await searches(service, ALICE)
    assert (await export(service, BOB)).text == file.text


async def test_import_reports_duplicates_and_unreadable_lines_and_applies_the_rest(
    service: Concierge,
) -> None:
    await service.handle_text(ALICE, "/add senior python backend remote")
    before = await service._store.subscriber(ALICE, service._clock.now())
    text = "\n".join(
        [
            "# a comment",
            "/add senior python backend remote",  # line 2: already saved
            "hello there",  # line 3: not a command
            "/time 25:99",  # line 4: a bad time
            "/remove 1",  # line 5: not an /add or settings line
            "/add --sensitivity sloppy golang",  # line 6: bad sensitivity
            "",
            "/add golang developer",  # line 8: new
            "/add golang developer",  # line 9: a duplicate of line 8
            "/time 06:45",  # line 10
        ]
    )
    reply = text_of(await service.handle(ALICE, ImportSearches(text)))
    assert reply.startswith("Imported 1 search and 1 setting.")
    assert "Already saved: line 2, line 9." in reply
    for number in (3, 4, 5, 6):
        assert f"line {number}: " in reply
    assert await searches(service, ALICE) == [
        ("senior python backend remote", "normal"),
        ("golang developer", "normal"),
    ]
    after = await service._store.subscriber(ALICE, service._clock.now())
    assert after.settings.digest_time == "06:45"
    assert after.settings.timezone == before.settings.timezone


async def test_import_respects_the_search_cap(store: SqliteStore, clock: FakeClock) -> None:
    service = await build_concierge(store, clock, Limits(max_searches=3))
    await service.handle_text(ALICE, "/add rust developer")
    lines = [f"/add {word} developer" for word in ("go", "java", "kotlin", "scala")]
    reply = text_of(await service.handle(ALICE, ImportSearches("\n".join(lines))))
    assert "Imported 2 searches" in reply
    assert "you reached 3 searches, the most I keep: line 3, line 4." in reply
    assert len(await searches(service, ALICE)) == 3


def test_import_files_that_are_huge_binary_or_empty_are_refused() -> None:
    assert "at most 64 KB" in str(read_import_file(b"/add x\n" * (MAX_IMPORT_BYTES // 7 + 1)))
    assert "not text" in str(read_import_file(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert "not text" in str(read_import_file(b"\xff\xfe/add x"))
    assert "empty" in str(read_import_file(b"  \n"))
    assert read_import_file("\ufeff/add x\n".encode()) == ImportSearches("/add x\n")


async def test_a_huge_pasted_import_changes_nothing(service: Concierge) -> None:
    text = "/add golang developer\n" + "x" * MAX_IMPORT_BYTES
    reply = await service.handle(ALICE, ImportSearches(text))
    assert isinstance(reply[0], ErrorText) and "nothing was imported" in reply[0].text
    assert await searches(service, ALICE) == []


async def test_pasted_import_lines_arrive_through_the_chat_parser(service: Concierge) -> None:
    reply = await service.handle_text(ALICE, "/import /add golang developer\n/alerts on")
    assert text_of(reply) == "Imported 1 search and 1 setting."
    assert "/import" in text_of(await service.handle_text(ALICE, "/import"))


async def test_in_a_shared_channel_only_admins_import(service: Concierge) -> None:
    member = await service.handle(CHANNEL, ImportSearches("/add golang"), Actor("U2", False))
    assert "Only an admin" in text_of(member)
    admin = await service.handle(CHANNEL, ImportSearches("/add golang"), Actor("U1", True))
    assert text_of(admin) == "Imported 1 search and 0 settings."


async def test_a_shared_search_opens_for_confirmation_and_saves_once(service: Concierge) -> None:
    await service.handle_text(ALICE, "/add --sensitivity loose senior python backend remote")
    (shared,) = await service.handle(ALICE, ShareSearch(1))
    assert isinstance(shared, SharedSearch)
    assert shared.add_line == "/add --sensitivity loose senior python backend remote"
    assert len(shared.payload) <= 64 and shared.payload.replace("-", "").replace("_", "").isalnum()
    (question,) = await service.handle_text(BOB, f"/start {shared.payload}")
    assert isinstance(question, Choice)
    assert [o.label for o in question.options] == ["Save it", "No thanks"]
    assert await searches(service, BOB) == []
    declined = await service.handle_action(BOB, question.options[1].data)
    assert "not saved" in text_of(declined)
    saved = await service.handle_action(BOB, question.options[0].data)
    assert "Saved search #1" in text_of(saved)
    assert await searches(service, BOB) == [("senior python backend remote", "loose")]


async def test_forged_unknown_or_expired_share_codes_get_a_friendly_answer(
    service: Concierge, clock: FakeClock
) -> None:
    await service.handle_text(ALICE, "/add senior python backend remote")
    (shared,) = await service.handle(ALICE, ShareSearch(1))
    assert isinstance(shared, SharedSearch)
    for payload in ("nosuchcode", "bad code!", "é" * 10, "a" * 65, "../../etc"):
        assert await service.handle(BOB, OpenShared(payload)) == (ErrorText(UNKNOWN_SHARE),)
        assert await service.handle(BOB, AcceptShared(payload)) == (ErrorText(UNKNOWN_SHARE),)
    assert await service.handle_action(BOB, "sv:" + "x" * 80) != ()
    clock.advance(days=91)
    assert await service.handle(BOB, OpenShared(shared.payload)) == (ErrorText(UNKNOWN_SHARE),)
    assert await searches(service, BOB) == []


async def test_expired_share_codes_leave_the_store_when_the_next_is_made(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    await service.handle_text(ALICE, "/add senior python backend remote")
    await service.handle(ALICE, ShareSearch(1))
    clock.advance(days=60)
    await service.handle(ALICE, ShareSearch(1))
    assert len(await store._all("SELECT code FROM shared_searches")) == 2
    clock.advance(days=31)  # the first is now 91 days old, the second 31
    (fresh,) = await service.handle(ALICE, ShareSearch(1))
    assert isinstance(fresh, SharedSearch)
    assert len(await store._all("SELECT code FROM shared_searches")) == 2


async def test_share_of_a_missing_search_explains(service: Concierge) -> None:
    none = "You have no saved searches to share. /add one first."
    assert none in text_of(await service.handle_text(ALICE, "/share 3"))
    await service.handle_text(ALICE, "/add senior backend python")
    assert "no search #3" in text_of(await service.handle_text(ALICE, "/share 3"))
    assert "/share N" in text_of(await service.handle_text(ALICE, "/share"))
