"""Telegram over PTB's real HTTP path: Share buttons, deep links, /export files, /import uploads."""

from __future__ import annotations

from typing import Any

from core.chat.service import Concierge
from core.chat.transfer import MAX_IMPORT_BYTES
from core.model import SubscriberKey
from tests.telegram.conftest import ALICE, ALICE_CHAT, BOB, GROUP, RunningBot, buttons
from tests.telegram.fake_bot_api import BOT_USERNAME, FakeBotApi

ALICE_KEY = SubscriberKey("telegram", "", "111", "111")
BOB_KEY = SubscriberKey("telegram", "", "222", "222")
BOB_CHAT = {"id": 222, "type": "private", "first_name": "Bob"}


async def said(api: FakeBotApi, chat_id: int, needle: str) -> Any:
    """Wait for the bot to send a message containing needle to the chat; return that call."""
    return await api.wait_for(
        lambda _: next((c for c in api.sent(chat_id) if needle in c.params["text"]), None)
    )


async def saved(service: Concierge, key: SubscriberKey) -> list[tuple[str, str]]:
    subscriber = await service._store.subscriber(key, service._clock.now())
    return [(s.raw_text, s.sensitivity) for s in await service._store.searches(subscriber.id)]


async def test_share_button_gives_a_deep_link_that_ends_in_one_saved_search(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/add --sensitivity strict senior python backend remote")
    await said(api, 111, "Saved search #1")
    api.send_text(ALICE_CHAT, ALICE, "/list")
    listed = await api.wait_for(
        lambda _: next(
            (c for c in api.sent(111) if any(b["text"] == "Share #1" for b in buttons(c))), None
        )
    )
    share = next(b for b in buttons(listed) if b["text"] == "Share #1")
    api.press(ALICE_CHAT, ALICE, listed.message_id, share["callback_data"])
    link_message = await said(api, 111, f"https://t.me/{BOT_USERNAME}?start=")
    text = link_message.params["text"]
    payload = text.split("?start=")[1].split('"')[0]
    assert 0 < len(payload) <= 64
    assert "/add --sensitivity strict senior python backend remote" in text

    api.send_text(BOB_CHAT, BOB, f"/start {payload}")  # what opening the link sends
    question = await said(api, 222, "Save it?")
    labels = [b["text"] for b in buttons(question)]
    assert labels == ["Save it", "No thanks"]
    assert "Step 1 of 3" not in "".join(api.texts(222))  # not the newcomer's guided flow
    assert await saved(service, BOB_KEY) == []
    api.press(BOB_CHAT, BOB, question.message_id, buttons(question)[0]["callback_data"])
    await said(api, 222, "Saved search #1")
    assert await saved(service, BOB_KEY) == [("senior python backend remote", "strict")]


async def test_forged_deep_link_payloads_get_a_friendly_message(
    bot: RunningBot, service: Concierge
) -> None:
    for number, payload in enumerate(("AAAAAAAAAAAA", "x" * 64, "not-a-code_"), start=1):
        bot.api.send_text(BOB_CHAT, BOB, f"/start {payload}")
        await bot.api.wait_for(
            lambda _, n=number: len([t for t in bot.api.texts(222) if "unknown" in t]) >= n
        )
    assert await saved(service, BOB_KEY) == []


async def test_export_sends_searches_txt_that_imports_back_as_an_upload(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/add --sensitivity loose data engineer berlin")
    await said(api, 111, "Saved search #1")
    api.send_text(ALICE_CHAT, ALICE, "/alerts on")
    await said(api, 111, "Instant alerts are on")
    api.send_text(ALICE_CHAT, ALICE, "/export")
    (document,) = await api.wait_calls("sendDocument", 1, chat_id=111)
    content: bytes = document.params["document"]
    assert "/add --sensitivity loose data engineer berlin" in content.decode()
    assert "/import" in document.params["caption"]

    api.send_document(BOB_CHAT, BOB, content)
    await said(api, 222, "Imported 1 search and 5 settings.")
    assert await saved(service, BOB_KEY) == [("data engineer berlin", "loose")]
    bob = await service._store.subscriber(BOB_KEY, service._clock.now())
    assert bob.settings.alerts


async def test_import_uploads_that_are_huge_or_binary_are_refused(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_document(BOB_CHAT, BOB, b"/add go\n", declared_size=20 * 1024 * 1024)
    await said(api, 222, "at most 64 KB")
    huge = b"/add go\n" * (MAX_IMPORT_BYTES // 8 + 1)
    api.send_document(BOB_CHAT, BOB, huge, declared_size=10)  # a lying size is checked again
    await api.wait_for(lambda _: len([t for t in api.texts(222) if "at most 64 KB" in t]) == 2)
    api.send_document(BOB_CHAT, BOB, b"\x7fELF\x02\x01\x01\x00\x00", file_name="a.out")
    await said(api, 222, "not text")
    assert await saved(service, BOB_KEY) == []
    assert len(api.sent(method="getFile")) == 2  # the file declared huge was never fetched


async def test_in_a_group_a_captioned_import_needs_an_admin(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.admins[GROUP["id"]] = {ALICE["id"]}
    api.send_document(GROUP, BOB, b"/add golang developer\n", caption="/import")
    await said(api, GROUP["id"], "Only an admin")
    api.send_document(GROUP, ALICE, b"/add rust developer\n")  # no caption: not for the bot
    api.send_document(GROUP, ALICE, b"/add golang developer\n", caption="/import")
    await said(api, GROUP["id"], "Imported 1 search")
    group = SubscriberKey("telegram", "", "", str(GROUP["id"]))
    assert await saved(service, group) == [("golang developer", "normal")]
