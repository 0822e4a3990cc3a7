"""An /add whose words contradict each other, read as a search the person has, is answered
with the contradiction alone: it is no duplicate of what they asked."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_a_contradiction_read_as_a_saved_search_gets_its_one_line(
    service: Concierge,
) -> None:
    shown = await chat(service, "/add developer", "/add senior junior developer", "/list")
    # Was: … You already have that search as #1 "developer". /list shows it.
    assert "! junior and senior contradict each other: send /add again with one of them." in shown
    assert "already have" not in shown and "Saved search #2" not in shown
