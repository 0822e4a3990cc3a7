"""A new user's chat over the bundled sample (probe 27): /more after a complete /jobs says
that was all and leaves the digest alone, /more pages number cards by position, imports keep
a posting whose pay is a formatted string, and the wording of /import, /sensitivity and counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


@pytest.mark.parametrize("jobs", ["/jobs", "/jobs 1"])
async def test_more_after_a_complete_jobs_says_that_was_all(sampled: Concierge, jobs: str) -> None:
    listed = await chat(sampled, "/add icu nurse", jobs)
    shown = re.split(r"Your best matches now:|Best matches of #1", listed)[-1]
    count = len(_jobs(shown))
    assert 0 < count < 10 and "/more" not in shown, listed
    more = await chat(sampled, "/more", "/more")
    assert "More matches" not in more and "Nothing new since" not in more, more
    assert more.count(f"No more matches — that was all {count}.") == 2 or (
        count == 1 and more.count("No more matches — that was the only one.") == 2
    ), more
    # The digest was not used up: /digest still sends the job.
    digest = await chat(sampled, "/digest")
    assert "Your digest:" in digest and "new match" in digest, digest


async def test_more_pages_number_cards_by_their_position(sampled: Concierge) -> None:
    more = await chat(sampled, "/add software engineer", "/jobs", "/more")
    page = more.split("More matches: 11–20 of ")[1]
    numbers = re.findall(r"^(\d+)\. ", page, re.MULTILINE)
    assert numbers == [str(n) for n in range(11, 21)], page


async def test_import_of_a_saved_search_at_another_sensitivity_says_how_to_match_it(
    sampled: Concierge, tmp_path: Path
) -> None:
    path = tmp_path / "searches.txt"
    path.write_text("/add --sensitivity loose nurse\n/add cook\n")
    shown = await chat(sampled, "/add nurse", "/add cook", f"/import {path}")
    assert "Imported 0 searches" in shown, shown
    assert "line 1 is #1, saved normal: /sensitivity 1 loose makes it loose." in shown, shown
    assert "Already saved: line 2." in shown, shown


async def test_a_misspelt_sensitivity_gets_the_one_meant(sampled: Concierge) -> None:
    shown = await chat(
        sampled, "/add nurse", "/sensitivity 1 lose", "/add --sensitivity strikt cook"
    )
    assert '"lose" is not a sensitivity: did you mean /sensitivity 1 loose?' in shown, shown
    assert '"strikt" is not a sensitivity: did you mean --sensitivity strict?' in shown, shown
    far = await chat(sampled, "/sensitivity 1 banana")
    assert "did you mean" not in far and '"banana" is not a sensitivity.' in far, far


async def test_a_list_of_several_searches_says_where_a_preferred_workplace_stops(
    sampled: Concierge,
) -> None:
    # Was 90.0 and 85.3 (nurses naming hospital) above 100.0 with no line between.
    shown = await chat(sampled, "/add nurse hospital", "/add software engineer", "/jobs")
    listed = shown.split("Your best matches now:")[1]
    scores = [float(s) for s in re.findall(r"^\d+\. .*\((\d+\.\d)\)$", listed, re.MULTILINE)]
    assert scores[0] < scores[-1], listed
    before, _ = listed.split("— Not naming hospital:")
    # every nurse posting naming a hospital (6 in the sample since sample31), then the line
    cards = len(re.findall(r"^\d+\. ", before, re.MULTILINE))
    assert cards >= 2 and before.count("names hospital ✓") == cards, listed
