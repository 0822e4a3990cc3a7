"""A demanding new user in the terminal chat: what they type and what they should read back."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_a_search_worded_otherwise_but_read_the_same_is_not_saved_twice(
    service: Concierge,
) -> None:
    shown = await chat(
        service,
        "/add senior backend python, remote or Berlin, no PHP, 120k+",
        "/add Senior Backend Python remote or berlin no php 120k+",  # was saved as #2
        "/add backedn pyhton senior",
        "/add --sensitivity loose senior backend python",
        "/add senior backend python kafka",  # another search: saved
        "/list",
    )
    assert (
        '! You already have that search: #1 "senior backend python, remote or Berlin, no PHP, '
        '120k+" reads the same. /list shows it.' in shown
    )
    assert (
        '! You already have that search: #2 "backedn pyhton senior" reads the same. '
        "/sensitivity 2 loose makes it loose." in shown
    )
    assert "Saved search #3:" in shown and "#4 " not in shown.split("Your saved searches:")[1]
