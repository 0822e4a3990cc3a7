"""A new user of other fields in the terminal chat: operating room, state codes that are
words, K-12, contract lengths, employers and "associate" as a title."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_or_nurse_is_echoed_as_an_operating_room_specialty(service: Concierge) -> None:
    shown = await chat(service, "/add OR nurse", "/add icu nurse")
    # was 'title "nurse"' alone and 'title "icu nurse"'
    assert 'Saved search #1: title "nurse" · specialty Operating Room' in shown
    assert 'Saved search #2: title "nurse" · specialty ICU' in shown


async def test_a_state_code_after_a_role_is_echoed_as_the_state(service: Concierge) -> None:
    shown = await chat(service, "/add nurse ca", "/add teacher ma")
    assert 'Saved search #1: title "nurse" · in California' in shown  # was "nurse ca"
    assert 'Saved search #2: title "teacher" · in Massachusetts' in shown


async def test_k12_contract_length_faa_and_associate_are_echoed_as_read(
    service: Concierge,
) -> None:
    shown = await chat(
        service,
        "/add k-12 teacher",
        "/add travel nurse 13 weeks",
        "/add atc jobs faa",
        "/add associate attorney",
    )
    assert 'Saved search #1: title "teacher" · specialty K-12' in shown  # was "k teacher"
    assert 'Saved search #2: title "travel nurse"' in shown  # was "travel nurse weeks"
    assert "not the length of its contract" in shown
    assert 'title "air traffic controller" · specialty FAA' in shown  # was "... controller faa"
    assert 'Saved search #4: title "associate attorney"' in shown  # was "junior attorney"


async def test_other_fields_short_names_and_tools_are_echoed_as_read(service: Concierge) -> None:
    shown = await chat(
        service, "/add pharm tech", "/add staff nurse", "/add devops engineer terraform or pulumi"
    )
    assert 'Saved search #1: title "pharmacy technician"' in shown  # was "pharm tech"
    assert 'Saved search #2: title "registered nurse"' in shown  # the NHS's name of one
    assert "any of: Terraform, Pulumi" in shown  # was the title "devops engineer pulumi"
