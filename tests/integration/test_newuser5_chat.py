"""Every surface lists a search's matches in the one order `concierge search` uses
(core/matching/order.py): the level asked before a higher one a senior search accepts."""

from __future__ import annotations

from core.chat.service import Concierge, build_concierge
from core.matching import parse_query, rank
from core.postings.sample import sample_postings
from tests.conftest import FakeClock
from tests.integration.test_console_transfer import chat

QUERY = "sr. golang dev remote eu 90k€+"  # both pay ranges start above the floor


async def test_jobs_and_the_digest_list_matches_as_concierge_search_does(
    store: object, clock: FakeClock
) -> None:
    sampled = await build_concierge(store, clock)  # type: ignore[arg-type]
    await sampled.intake.record(sample_postings())
    searched = [p.title for p, _ in rank(parse_query(QUERY), sample_postings())]
    # Since remote32 the staff one, open to Europe, fits "remote eu" in full and comes first.
    assert searched[:2] == ["Staff Engineer, Energy Platform", "Backend Engineer – Senior (Go)"]
    shown = await chat(sampled, f"/add {QUERY}", "/jobs", "/digest")
    jobs = shown.split("Your best matches now:\n")[1]
    digest = shown.split("Your digest:")[1]
    for listed in (jobs, digest):
        # Was: by score alone, the Staff Engineer (86.0) before the Senior one asked (84.1).
        titles = [t for t in searched if t in listed]
        assert sorted(titles, key=listed.index) == titles


async def test_a_wording_read_as_a_saved_search_says_how_it_was_read(service: Concierge) -> None:
    shown = await chat(service, "/add registered nurse", "/add registered nurse 10 years")
    # Was only: You already have that search … — not why "10 years" was no title word.
    assert (
        '! I left "10 years" out: I match a posting\'s level, not its years; add junior, mid '
        'or senior if you mean one. You already have that search as #1 "registered nurse".'
    ) in shown
