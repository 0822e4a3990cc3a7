"""End to end over PTB's real HTTP path: guided flows, /add, list buttons, forged buttons."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest

from adapters.telegram.app import TelegramConfig
from core.chat.service import Concierge
from core.model import SubscriberKey
from tests.conftest import posting
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot, buttons, running
from tests.telegram.fake_bot_api import Failure, FakeBotApi

ALICE_KEY = SubscriberKey("telegram", "", "111", "111")
BOB_KEY = SubscriberKey("telegram", "", "222", "222")


async def said(api: FakeBotApi, chat_id: int, needle: str) -> Any:
    """Wait for the bot to send a message containing needle to the chat; return that call."""
    return await api.wait_for(
        lambda _: next((c for c in api.sent(chat_id) if needle in c.params["text"]), None)
    )


async def saved(service: Concierge, key: SubscriberKey) -> list[str]:
    """The raw texts of a subscriber's saved searches."""
    subscriber = await service._store.subscriber(key, service._clock.now())
    return [s.raw_text for s in await service._store.searches(subscriber.id)]


async def start_to_zone(api: FakeBotApi, search: str, place: str, at: str) -> None:
    """Walk Alice's /start flow through its three steps until it asks for her time zone."""
    api.send_text(ALICE_CHAT, ALICE, "/start")
    await said(api, 111, "Step 1 of 3")
    api.send_text(ALICE_CHAT, ALICE, search)
    where = await said(api, 111, "Step 2 of 3")
    api.press(ALICE_CHAT, ALICE, where.message_id, f"tg:place:{place}")
    await said(api, 111, "Step 3 of 3")
    api.send_text(ALICE_CHAT, ALICE, at)
    await said(api, 111, "time zone")


async def test_startup_registers_the_command_menu(bot: RunningBot) -> None:
    call = (await bot.api.wait_calls("setMyCommands", 1))[0]
    names = [c["command"] for c in call.params["commands"]]
    assert {"start", "add", "list", "jobs", "cancel", "help"} <= set(names)
    assert all(
        call.method != "getUpdates" or "webhook" not in call.params for call in bot.api.calls
    )
    assert bot.api.sent(method="deleteWebhook")  # polling mode clears any webhook


async def test_newcomer_start_flow_ends_in_one_saved_search(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/start")
    await said(api, 111, "Step 1 of 3")
    api.send_text(ALICE_CHAT, ALICE, "senior backend engineer python")
    where = await said(api, 111, "Step 2 of 3")
    labels = [b["text"] for b in buttons(where)]
    assert any("Remote" in label for label in labels)
    api.press(ALICE_CHAT, ALICE, where.message_id, "tg:place:remote")
    when = await said(api, 111, "Step 3 of 3")
    assert any(b["callback_data"] == "tg:time:08:00" for b in buttons(when))
    api.send_text(ALICE_CHAT, ALICE, "8:30")
    await said(api, 111, "time zone")
    api.send_text(ALICE_CHAT, ALICE, "Atlantis/Nowhere")
    await said(api, 111, "Try a city")  # asked again; nothing saved yet
    assert await saved(service, ALICE_KEY) == []
    api.send_text(ALICE_CHAT, ALICE, "Europe/Berlin")
    added = await said(api, 111, "Saved search #1")
    assert "python" in added.params["text"].lower()
    await said(api, 111, "Senior Backend Engineer")  # the first look at matches
    time_reply = await said(api, 111, "08:30")
    assert "Europe/Berlin" in time_reply.params["text"]
    assert await saved(service, ALICE_KEY) == ["senior backend engineer python remote"]


async def test_add_with_arguments_saves_and_shows_matches(
    bot: RunningBot, service: Concierge
) -> None:
    bot.api.send_text(ALICE_CHAT, ALICE, "/add senior python backend remote")
    await said(bot.api, 111, "Saved search #1")
    cards = await said(bot.api, 111, "Top matches now")
    assert "Senior Backend Engineer (Python)" in cards.params["text"]
    assert cards.params["parse_mode"] == "HTML"
    assert cards.params["link_preview_options"] == {"is_disabled": True}
    assert await saved(service, ALICE_KEY) == ["senior python backend remote"]


async def test_add_without_arguments_asks_step_by_step(bot: RunningBot, service: Concierge) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/add")
    await said(api, 111, "Step 1 of 2")
    api.send_text(ALICE_CHAT, ALICE, "django developer")
    await said(api, 111, "Step 2 of 2")
    api.send_text(ALICE_CHAT, ALICE, "London")
    await said(api, 111, "Saved search #1")
    assert await saved(service, ALICE_KEY) == ["django developer London"]
    assert not [c for c in api.sent(111) if "Step 3" in c.params["text"]]


async def test_the_where_answer_is_read_as_a_place_and_never_doubled(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    answers = (
        ("backend engineer python berlin", "Berlin"),  # said already: not twice
        ("django developer", "Fernhill"),  # a place the parser does not know
        ("golang developer", "Fernhill Bay"),  # two words, not "Fernhill" and a word "bay"
    )
    for number, (role, place) in enumerate(answers, 1):
        api.send_text(ALICE_CHAT, ALICE, "/add")
        await api.wait_for(
            lambda _, n=number: (
                len([c for c in api.sent(111) if "Step 1 of 2" in c.params["text"]]) >= n or None
            )
        )
        api.send_text(ALICE_CHAT, ALICE, role)
        await api.wait_for(
            lambda _, n=number: (
                len([c for c in api.sent(111) if "Step 2 of 2" in c.params["text"]]) >= n or None
            )
        )
        api.send_text(ALICE_CHAT, ALICE, place)
        await said(api, 111, f"Saved search #{number}")
    assert await saved(service, ALICE_KEY) == [
        "backend engineer python berlin",
        "django developer in Fernhill",
        'golang developer location:"Fernhill Bay"',
    ]
    listing = "\n".join(c.params["text"] for c in api.sent(111))
    assert "in Fernhill" in listing and "in Fernhill Bay" in listing


async def test_cancel_leaves_a_flow_without_saving(bot: RunningBot, service: Concierge) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/add")
    await said(api, 111, "Step 1 of 2")
    api.send_text(ALICE_CHAT, ALICE, "/cancel")
    await said(api, 111, "nothing saved")
    api.send_text(ALICE_CHAT, ALICE, "golang developer")  # no longer an answer
    await said(api, 111, "To save that as a search")
    assert await saved(service, ALICE_KEY) == []


async def test_another_command_mid_flow_ends_it_and_runs(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/start")
    await said(api, 111, "Step 1 of 3")
    api.send_text(ALICE_CHAT, ALICE, "/add rust engineer")
    await said(api, 111, "Saved search #1")
    assert await saved(service, ALICE_KEY) == ["rust engineer"]


@pytest.mark.parametrize("shared", [True, False], ids=["in the store", "in memory"])
async def test_an_abandoned_flow_times_out_quietly(
    service: Concierge, config: TelegramConfig, api: FakeBotApi, shared: bool
) -> None:
    async with running(service, replace(config, flow_timeout=0.3), api, shared=shared):
        api.send_text(ALICE_CHAT, ALICE, "/add")
        await said(api, 111, "Step 1 of 2")
        before = len(api.sent(111))
        await asyncio.sleep(0.6)
        assert len(api.sent(111)) == before  # nothing said when it timed out
        api.send_text(ALICE_CHAT, ALICE, "data engineer")
        await said(api, 111, "To save that as a search")
    assert await saved(service, ALICE_KEY) == []


async def test_list_buttons_pause_and_delete_with_confirmation(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    await service.handle_text(ALICE_KEY, "/add python backend")
    await service.handle_text(ALICE_KEY, "/add golang berlin")
    api.send_text(ALICE_CHAT, ALICE, "/list")
    listing = await said(api, 111, "Your saved searches")
    pause = next(b for b in buttons(listing) if b["text"] == "Pause #1")
    api.press(ALICE_CHAT, ALICE, listing.message_id, pause["callback_data"])
    answer = (await api.wait_calls("answerCallbackQuery", 1))[0]
    assert "Paused #1" in answer.params["text"]
    await api.wait_calls("editMessageText", 1)
    redrawn = api.message(111, listing.message_id)
    assert "paused" in redrawn["text"]
    labels = [b["text"] for row in redrawn["reply_markup"]["inline_keyboard"] for b in row]
    assert "Resume #1" in labels

    delete = next(b for b in buttons(listing) if b["text"] == "Delete #2")
    api.press(ALICE_CHAT, ALICE, listing.message_id, delete["callback_data"])
    question = await said(api, 111, "Delete #2")
    assert await saved(service, ALICE_KEY) == ["python backend", "golang berlin"]  # not yet
    yes = next(b for b in buttons(question) if b["text"].startswith("Yes"))
    api.press(ALICE_CHAT, ALICE, question.message_id, yes["callback_data"])
    await api.wait_for(lambda _: "Removed #2" in api.message(111, question.message_id)["text"])
    assert "reply_markup" not in api.message(111, question.message_id)  # answered once
    assert await saved(service, ALICE_KEY) == ["python backend"]
    assert len(api.sent(method="answerCallbackQuery")) == 3  # every press answered


async def test_a_forged_button_cannot_touch_another_users_search(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    await service.handle_text(BOB_KEY, "/add python backend")
    bob_list = await service.handle_text(BOB_KEY, "/list")
    bob_pause = bob_list[0].items[0].actions[0].data  # type: ignore[union-attr]
    bob_delete = bob_list[0].items[0].actions[1].data.replace("d:", "D:")  # type: ignore[union-attr]
    for forged in (bob_pause, bob_delete, "p:999999", "D:abc", "x" * 64, "tg:place:remote"):
        api.press(ALICE_CHAT, ALICE, 1, forged)
    answers = await api.wait_calls("answerCallbackQuery", 6)
    assert all(a.params.get("text") for a in answers)  # each one a polite answer
    assert "out of date" in answers[0].params["text"]
    assert not api.sent(111) and not api.sent(method="editMessageText")
    assert await saved(service, BOB_KEY) == ["python backend"]
    bob_now = await service.handle_text(BOB_KEY, "/list")
    assert bob_now[0].items[0].active  # type: ignore[union-attr]


async def test_one_bad_update_never_stops_the_bot(bot: RunningBot) -> None:
    api = bot.api
    api.failures[111] = Failure("bad_request", times=1)
    api.send_text(ALICE_CHAT, ALICE, "/help")
    await said(api, 111, "Sorry, something went wrong")  # the error handler's apology
    api.send_text(ALICE_CHAT, ALICE, "/list")
    await said(api, 111, "no saved searches")


async def test_the_start_flow_reads_a_digest_time_as_time_does(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    await start_to_zone(api, "golang developer", "remote", "6pm")
    api.send_text(ALICE_CHAT, ALICE, "Europe/Berlin")
    time_reply = await said(api, 111, "Digest time set to 18:00")
    assert "Europe/Berlin" in time_reply.params["text"]


async def test_cards_after_the_full_fits_come_under_a_line_saying_what_they_lack(
    bot: RunningBot, service: Concierge
) -> None:
    await service.intake.record(
        [
            posting("fits", "Senior Software Engineer, Backend", description="Python services."),
            posting("staff", "Staff Backend <Engineer> (Python)", description="Python services."),
        ]
    )
    bot.api.send_text(ALICE_CHAT, ALICE, "/add senior backend engineer python")
    cards = (await said(bot.api, 111, "Top matches now")).params["text"]
    first = cards.index("Senior Software Engineer, Backend")
    line = "<i>Short on 1 part (level):</i>\n<b>"
    assert first < cards.index(line) < cards.index("Staff Backend &lt;Engineer&gt; (Python)")
