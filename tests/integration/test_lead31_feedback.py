"""👎 is about the job, not one search; the later of 👍 and 👎 on a job wins, and says so."""

from __future__ import annotations

import re

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


async def test_a_hidden_job_stays_hidden_from_a_search_added_later(sampled: Concierge) -> None:
    added = await chat(sampled, "/add golang k8s berlin")
    (job,) = _jobs(added)
    hidden = await chat(sampled, f"/hide {job}")
    assert "again, in any of your searches" in hidden, hidden
    later = await chat(sampled, "/add platform engineer", "/jobs 2", "/jobs")
    # Was: the job hidden for search #1 came back in search #2 (its /add cards and /jobs 2).
    assert f"job #{job}" not in later, later
    assert "Senior Platform Engineer" in hidden and "matches search #2" in later, later


async def test_a_like_after_a_hide_shows_the_job_again(sampled: Concierge) -> None:
    added = await chat(sampled, "/add golang k8s berlin")
    (job,) = _jobs(added)
    shown = await chat(sampled, f"/hide {job}", f"/like {job}", "/jobs 1")
    # Was: "👍 Noted" while the job stayed hidden.
    assert "You had hidden it with 👎: it shows again." in shown, shown
    assert f"job #{job}" in shown.split("it shows again")[1], shown


async def test_a_hide_after_a_like_says_it_replaces_the_like(sampled: Concierge) -> None:
    added = await chat(sampled, "/add golang k8s berlin")
    (job,) = _jobs(added)
    shown = await chat(sampled, f"/like {job}", f"/hide {job}", "/jobs 1")
    assert "instead of your 👍" in shown, shown
    assert "#1 has 1 match, hidden with 👎." in shown, shown


async def test_a_hide_of_one_job_keeps_the_others_of_both_searches(sampled: Concierge) -> None:
    added = await chat(sampled, "/add senior backend engineer")
    first, second = _jobs(added)[:2]
    shown = await chat(sampled, f"/hide {first}", "/add backend engineer", "/jobs 2")
    after = shown.split("Saved search #2")[1]
    assert f"job #{first}" not in after and f"job #{second}" in after, repr(shown)


async def test_a_card_ranked_higher_for_a_like_says_why(sampled: Concierge) -> None:
    added = await chat(sampled, "/add senior backend engineer")
    jobs = _jobs(added)
    liked = jobs[-1]
    shown = await chat(sampled, f"/like {liked}", "/jobs 1")
    cards = shown.split("Best matches")[1].split("\n\n")[0]
    # Was: the liked job listed above higher scores with nothing saying why.
    card = next(c for c in re.split(r"\n(?=\d+\. )", cards) if f"job #{liked}" in c)
    assert "ranked higher: you 👍 its company or title" in card, cards
    others = [c for c in re.split(r"\n(?=\d+\. )", cards) if "ranked higher" not in c]
    assert others, cards
