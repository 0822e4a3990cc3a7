"""A new user's probe of the terminal chat over the sample postings: digest groups, the remote
tip, paused searches, paste-mode imports, counts, big numbers and plain questions."""

from __future__ import annotations

import pytest

from core.chat.service import Concierge, build_concierge
from core.postings.sample import sample_postings
from tests.conftest import FakeClock
from tests.integration.test_console_transfer import chat


@pytest.fixture
async def sampled(store: object, clock: FakeClock) -> Concierge:
    """The service over the bundled sample postings, as `make run` starts it."""
    concierge = await build_concierge(store, clock)  # type: ignore[arg-type]
    await concierge.intake.record(sample_postings())
    return concierge


def _group_of(digest: str, job: str) -> str:
    """The 'For #N …' heading a job's card is under in a digest."""
    heading = ""
    for line in digest.splitlines():
        if line.startswith("For #"):
            heading = line
        if line.strip().startswith(f"job #{job} "):
            return heading
    raise AssertionError(f"job #{job} not in the digest")


async def test_a_digest_card_is_under_the_search_whose_score_and_reasons_it_shows(
    sampled: Concierge,
) -> None:
    shown = await chat(
        sampled, "/add java developer berlin", "/add backend developer remote", "/digest"
    )
    digest = shown.split("Your digest:")[1]
    card = digest.split("Java, Spring Boot Backend Developer — Helix Labs")[1].split("👍")[0]
    # Was under "For #1 … in Berlin" with #2's 100.0 and "remote ✓".
    assert "(100.0)" in card and "remote ✓" in card
    assert _group_of(digest, "253").startswith('For #2 title "backend developer"')
    assert "(#1: skills: Java; Remote (EU) ✓ (open to Berlin))" in card


async def test_the_remote_tip_keeps_the_search_and_its_exclusions(service: Concierge) -> None:
    shown = await chat(
        service,
        "/add java developer remote us not senior",
        "/add backend developer remote europe 100k+ no php",
        '/add backend developer remote emea -company:"Fernhill Bank"',
    )
    # Each was built from the excluded word: "senior remote or US", "php remote or Europe".
    assert '("java developer remote or US not senior" also takes jobs in US)' in shown
    assert '("backend developer remote or Europe 100k+ no php" also takes' in shown
    assert '("backend developer remote or EMEA -company:"Fernhill Bank"" also takes' in shown
