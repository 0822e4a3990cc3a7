"""A new user of other fields in the terminal chat: codes, time zones, shifts, nearest roles."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.conftest import ALICE, posting
from tests.integration.test_console_transfer import chat


async def test_a_state_code_in_a_term_is_echoed_as_a_title_word(service: Concierge) -> None:
    shown = await chat(service, "/add nc programmer", "/add nurse tx")
    assert 'Saved search #1: title "nc programmer"' in shown  # was "programmer" · in NC
    assert 'Saved search #2: title "nurse" · in Texas' in shown


async def test_a_time_zone_after_remote_is_echoed_as_its_region(service: Concierge) -> None:
    shown = await chat(service, "/add backend remote est")
    assert 'Saved search #1: title "backend" · remote open to North America' in shown
    assert 'I read "est" as a time zone of North America' in shown


async def test_no_nights_is_echoed_as_night_shifts_left_out(service: Concierge) -> None:
    shown = await chat(service, "/add registered nurse no nights")
    assert 'title "registered nurse" · no nights (in the title or text)' in shown
    assert '"night" in title' not in shown


async def test_explore_offers_roles_near_every_title_named(service: Concierge) -> None:
    await service.intake.record(
        [
            posting("p1", "Paralegal Specialist", location="Boston, MA"),
            posting("a1", "Attorney Advisor", location="Boston, MA"),
        ]
    )
    reply = str(await service.handle_text(ALICE, "/explore attorney or paralegal in tokyo"))
    assert "/explore Attorney Advisor" in reply
    assert "/explore Paralegal Specialist" in reply  # was left out: only "attorney" was looked at
