"""A UK nurse's probe of the terminal chat: a search finding nothing names the word not known."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_a_search_finding_nothing_names_the_word_not_known(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add gnissab nurse")
    # Was silent: 'Saved search #1: title "gnissab nurse"' and no posting matches it.
    assert "I don't know these words as a job title or skill: gnissab" in shown
    assert shown.index("gnissab —") < shown.index("No current posting matches it yet.")
