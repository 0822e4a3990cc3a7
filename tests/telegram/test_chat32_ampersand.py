"""An "&" a person types is escaped once in Telegram's HTML."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot
from tests.telegram.test_flows import ALICE_KEY, said, saved


async def test_a_search_with_an_ampersand_is_escaped_once(
    bot: RunningBot, service: Concierge
) -> None:
    bot.api.send_text(ALICE_CHAT, ALICE, "/add A&E nurse")
    await said(bot.api, 111, "Saved search #1")
    assert await saved(service, ALICE_KEY) == ["A&E nurse"]
    bot.api.send_text(ALICE_CHAT, ALICE, "A&E nurse")
    hint = (await said(bot.api, 111, "To save that as a search")).params["text"]
    assert "/add A&amp;E nurse" in hint and "&amp;amp;" not in hint, hint
