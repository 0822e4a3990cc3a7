"""A demanding new user in the terminal chat: titles named with "or"."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_titles_named_with_or_are_one_search_whatever_their_order(
    service: Concierge,
) -> None:
    shown = await chat(service, "/add nurse or midwife", "/add midwife or nurse", "/list")
    assert 'Saved search #1: title "nurse" or "midwife"' in shown
    # Was saved as #2: the same two titles in another order.
    assert '! You already have that search as #1 "nurse or midwife". /list shows it.' in shown
    assert "#2" not in shown.split("Your saved searches:")[-1]
