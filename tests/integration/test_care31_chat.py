"""A carer in Britain searches the bundled sample in their own words (probe care31)."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_carer_london_finds_the_care_job_in_london(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add carer london")
    assert "Care Worker – Home Care" in shown, shown  # was read as "carver": nothing
    assert "Bow Common Home Care" in shown, shown
    assert "Didsbury Grange" not in shown, shown  # Manchester's


async def test_care_assistant_manchester_finds_the_care_home_job(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add care assistant manchester")
    assert "Care Worker – Residential Care Home" in shown, shown
    assert "Bow Common Home Care" not in shown, shown
