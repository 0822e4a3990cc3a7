"""A fourth new user on Telegram: no matches yet, a question in plain words."""

from __future__ import annotations

from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot
from tests.telegram.test_flows import said, start_to_zone


async def test_the_start_flow_without_matches_names_the_digest_time_it_set(
    bot: RunningBot,
) -> None:
    api = bot.api
    await start_to_zone(api, "paralegal toronto", "any", "21:00")
    api.send_text(ALICE_CHAT, ALICE, "toronto")
    saved = await said(api, 111, "No current posting matches it yet.")
    # The search was saved before the flow's time: its answer named the next 09:00 digest, the
    # line after it 21:00.
    assert "New ones come in your digest, next " in saved.params["text"]
    assert "21:00 America/Toronto (/settings changes when)" in saved.params["text"]
    assert "09:00" not in saved.params["text"]


async def test_a_question_in_plain_words_is_answered_with_help(bot: RunningBot) -> None:
    bot.api.send_text(ALICE_CHAT, ALICE, "How do I change my time zone?")
    await said(bot.api, 111, "/tz — your timezone, so the digest comes at your time")
    assert not [c for c in bot.api.sent(111) if "/add How do" in c.params["text"]]


async def test_a_command_that_may_take_a_while_shows_typing_first(bot: RunningBot) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/add senior backend python")
    await said(api, 111, "Saved search #1")
    methods = [c.method for c in api.calls if c.params.get("chat_id") == 111]
    # Was: nothing at all until the answer, however long matching took.
    assert methods.index("sendChatAction") < methods.index("sendMessage")
    (typing,) = [c for c in api.calls if c.method == "sendChatAction"]
    assert typing.params["action"] == "typing"
    api.send_text(ALICE_CHAT, ALICE, "/settings")
    await said(api, 111, "Your settings:")
    assert len([c for c in api.calls if c.method == "sendChatAction"]) == 1  # a quick one: none


async def test_a_pasted_description_in_the_start_flow_is_refused_at_its_step(
    bot: RunningBot,
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/start")
    await said(api, 111, "Step 1 of 3")
    pasted = "We are hiring a senior backend engineer. " * 20
    api.send_text(ALICE_CHAT, ALICE, pasted)
    # Was: on to "Step 2 of 3" and 3, then, after the time zone, "That search is 819
    # characters long" — the three answers lost.
    answer = await said(api, 111, f"That search is {len(pasted.strip())} characters long")
    assert "Step 1 of 3" in answer.params["text"]
    assert not [c for c in api.sent(111) if "Step 2 of 3" in c.params["text"]]
    api.send_text(ALICE_CHAT, ALICE, "senior backend engineer")
    await said(api, 111, "Step 2 of 3")
