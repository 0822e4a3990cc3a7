"""A new user's chat over the bundled sample (probe 25): /more after /add goes on from the
cards /add showed, and /jobs with every match muted or hidden says so and how to undo it."""

from __future__ import annotations

import re

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


async def test_more_after_add_goes_on_from_its_cards(sampled: Concierge) -> None:
    added = await chat(sampled, "/add senior backend engineer")
    first = _jobs(added)
    assert len(first) == 5, added
    more = await chat(sampled, "/more")
    # Was "More matches: 127 new matches." starting at 1 with the same 5 jobs again.
    assert "More matches of #1: 6–15 of " in more, more
    assert not set(first) & set(_jobs(more)), more
    numbers = re.findall(r"^(\d+)\. ", more, re.MULTILINE)
    assert numbers == [str(n) for n in range(6, 16)], more
    # The digest was not used up by the pages.
    digest = await chat(sampled, "/digest")
    assert "Your digest:" in digest, digest


async def test_more_after_a_later_jobs_follows_the_jobs(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add senior backend engineer", "/jobs 1", "/more")
    assert "More matches of #1: 11–20 of " in shown, shown


async def test_more_after_an_add_with_no_matches_is_the_digests(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add underwater basket weaver", "/more")
    assert "More matches of" not in shown, shown


async def test_jobs_of_a_search_whose_matches_are_muted_says_so(sampled: Concierge) -> None:
    added = await chat(sampled, "/add golang k8s berlin")
    (job,) = _jobs(added)
    shown = await chat(sampled, f"/mute {job}", "/jobs 1", "/jobs")
    # Was "No open posting matches #1 yet. I keep looking."
    assert "No open posting matches" not in shown, shown
    assert (
        "#1 has 1 match, from a company you muted: /muted lists them, /unmute N shows "
        "their jobs again." in shown
    ), shown
    assert "Your searches have 1 match, from a company you muted" in shown, shown


async def test_jobs_of_a_search_whose_matches_are_hidden_says_so(sampled: Concierge) -> None:
    added = await chat(sampled, "/add golang k8s berlin")
    (job,) = _jobs(added)
    shown = await chat(sampled, f"/hide {job}", "/jobs 1")
    assert "No open posting matches" not in shown, shown
    assert "#1 has 1 match, hidden with 👎." in shown, shown


async def test_jobs_of_a_search_with_no_match_at_all_keeps_looking(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add underwater basket weaver", "/jobs 1")
    assert "No open posting matches #1 yet. I keep looking." in shown, shown
