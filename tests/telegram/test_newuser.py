"""What a new user types on Telegram beyond the commands: greetings, "help", a country as zone."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot
from tests.telegram.test_flows import ALICE_KEY, said, saved, start_to_zone


async def test_a_greeting_gets_the_welcome_and_help_the_commands(bot: RunningBot) -> None:
    bot.api.send_text(ALICE_CHAT, ALICE, "Hello!")
    await said(bot.api, 111, "I'm Job Concierge")  # was "To save that as a search, send /add"
    bot.api.send_text(ALICE_CHAT, ALICE, "help")
    await said(bot.api, 111, "What I can do:")
    assert not [c for c in bot.api.sent(111) if "/add Hello" in c.params["text"]]


async def test_the_start_flow_takes_a_country_as_the_timezone(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    await start_to_zone(api, "registered nurse", "any", "21:00")
    api.send_text(ALICE_CHAT, ALICE, "India")  # was read as Kindia, Guinea (Africa/Conakry)
    await said(api, 111, "Saved search #1")
    answer = await said(api, 111, "21:00")
    assert "Asia/Kolkata" in answer.params["text"]
    assert "Conakry" not in answer.params["text"]
    assert await saved(service, ALICE_KEY) == ["registered nurse"]


async def test_a_zone_name_several_zones_share_is_asked_within_the_start_flow(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    await start_to_zone(api, "air traffic controller", "any", "7am")
    api.send_text(ALICE_CHAT, ALICE, "usa")
    # Was: the search saved and the digest set to 07:00 UTC, the question never shown.
    question = await said(api, 111, "USA has several timezones. Which one?")
    data = [
        b["callback_data"]
        for row in question.params["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    # A button names its place, for the answer to name it too.
    assert "tg:tz:Chicago, Illinois" in data and "tg:tz:Denver, Colorado" in data
    assert await saved(service, ALICE_KEY) == []
    api.press(ALICE_CHAT, ALICE, question.message_id, "tg:tz:Chicago, Illinois")
    await said(api, 111, "Saved search #1")
    answer = await said(api, 111, "07:00")
    assert "America/Chicago" in answer.params["text"]
