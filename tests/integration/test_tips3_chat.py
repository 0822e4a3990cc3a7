"""An /add finding few postings or none says which part of the search to leave out to find the
most, counted on the postings (tips3): in its answer, below its cards, and in the matches sent
after an answer when the index was still being built."""

from __future__ import annotations

from typing import Any

from core.chat.service import Concierge
from tests.conftest import ALICE, FakeClock
from tests.integration.test_console_transfer import chat
from tests.integration.test_late_replies import _delivered, indexing  # noqa: F401


async def test_a_search_finding_none_is_told_the_part_no_posting_has(sampled: Concierge) -> None:
    shown = await chat(sampled, "/frequency off", "/add python backend hybrid amsterdam")
    # was: "Tip: a posting must name Python to match; …" when Amsterdam was what none had
    assert (
        "No current posting matches it yet. Tip: without Amsterdam, 14 postings match. "
        "Digests are off" in shown
    )
    assert "must name" not in shown


async def test_a_search_finding_few_gets_the_tip_below_its_cards(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add data analyst hybrid")
    assert "Top matches now:" in shown
    assert "\nTip: without hybrid, 5 postings match.\n" in shown + "\n"


async def test_the_loose_tip_names_the_command_of_the_search(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse", "/add nurse oncology")
    assert (
        "Tip: at loose sensitivity, which also lists postings naming no skill asked and titles "
        "related by meaning, 27 postings match — /sensitivity 2 loose shows them." in shown
    )


async def test_matches_sent_after_the_answer_carry_the_tip(
    indexing: tuple[Concierge, Any],  # noqa: F811
    clock: FakeClock,
) -> None:
    service, store = indexing
    await service.handle_text(ALICE, "/add civil engineer antarctica")
    store.gate.set()
    await service.settle()
    shown = await _delivered(service, clock)
    assert "No current posting matches it yet. Tip: without Antarctica, " in shown
