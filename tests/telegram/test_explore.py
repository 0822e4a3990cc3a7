"""/explore over PTB's real HTTP path: figures with Follow, the chart as a photo, a refusal."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot, buttons
from tests.telegram.fake_bot_api import Failure
from tests.telegram.test_transfer import ALICE_KEY, said, saved


async def test_explore_sends_figures_with_follow_and_the_chart_as_a_photo(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/explore backend python")
    figures = await said(api, 111, "Market for “backend python”")
    text = figures.params["text"]
    assert "<b>Market for “backend python”</b>" in text
    assert "Open postings: 2 · new in the last 7 days" in text
    assert "Top companies: Acme (1) · Globex (1)" in text
    follow = [b for b in buttons(figures) if b["text"] == "Follow this role"]
    assert len(follow) == 1
    photo = (await api.wait_calls("sendPhoto", 1, 111))[0]
    assert photo.params["photo"].startswith(b"\x89PNG")
    assert photo.params["caption"].startswith("Chart for “backend python”: top skills")
    assert "Python 100%" in photo.params["caption"]

    api.press(ALICE_CHAT, ALICE, figures.message_id, follow[0]["callback_data"])
    await said(api, 111, "Saved search #1")
    assert await saved(service, ALICE_KEY) == [("backend python", "normal")]


async def test_a_photo_telegram_refuses_leaves_one_line_and_the_figures(
    bot: RunningBot,
) -> None:
    api = bot.api
    api.failures[111] = Failure("photo", times=1)
    api.send_text(ALICE_CHAT, ALICE, "/explore backend python")
    await said(api, 111, "Chart missing: Telegram did not take the image.")
    assert any("Open postings: 2" in text for text in api.texts(111))


async def test_nothing_matching_offers_nearest_roles(bot: RunningBot) -> None:
    api = bot.api
    api.send_text(ALICE_CHAT, ALICE, "/explore senior backend engineer python in tokyo")
    answer = await said(api, 111, "No open posting matches")
    assert "/explore Senior Backend Engineer (Python)" in answer.params["text"]
    assert not api.sent(111, "sendPhoto")
