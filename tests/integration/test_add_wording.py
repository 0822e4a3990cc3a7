"""/add's option and its mistakes are answered as such, never saved as search words."""

from __future__ import annotations

from core.chat.replies import ErrorText, SearchList
from core.chat.service import Concierge
from tests.conftest import ALICE


async def test_a_bare_sensitivity_flag_asks_for_its_level_and_saves_nothing(
    service: Concierge,
) -> None:
    reply = await service.handle_text(ALICE, "/add --sensitivity")
    assert isinstance(reply[0], ErrorText)
    assert reply[0].text == "Send /add --sensitivity strict|normal|loose QUERY."
    listed = await service.handle_text(ALICE, "/list")
    assert not (isinstance(listed[0], SearchList) and listed[0].items)
