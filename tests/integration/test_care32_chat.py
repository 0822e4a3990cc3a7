"""An HCA in Britain searches the bundled sample in their own words (care32; probe27 found none:
"hca london" was the nursing assistant only, and London's care job a carer's)."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_hca_london_finds_the_care_job_in_london(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add hca london")
    assert "Care Worker – Home Care" in shown, shown
    assert "Bow Common Home Care" in shown, shown
    assert "Didsbury Grange" not in shown, shown  # Manchester's


async def test_a_caregiver_finds_the_care_jobs_before_the_nursing_assistant(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add caregiver")
    assert 'I read "caregiver" as care worker' in shown, shown
    # the sample's caregiver and home health aide (lead32) come first; no nursing assistant before
    # a care job
    assert "Nursing Assistant —" not in shown[: shown.index("Bow Common Home Care")], shown
    assert "Desert Bloom Senior Care" in shown and "Lakeshore Home Care" in shown, shown


async def test_a_cryptography_engineer_is_never_told_to_drop_cryptography(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add cryptography engineer")
    assert "No current posting matches it yet." in shown, shown
    assert "without Cryptography" not in shown, shown  # was: "Tip: without Cryptography, …"
