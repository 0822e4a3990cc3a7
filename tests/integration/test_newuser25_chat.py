"""A new user's chat over the bundled sample (probe 25): /more continues /jobs, one count rule
for /list and /resume, a pending place question takes a name or /cancel, and the wording of
/remove, /sensitivity, /time and the removal's undo."""

from __future__ import annotations

import re

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


async def test_more_after_jobs_shows_the_next_cards_not_the_same(sampled: Concierge) -> None:
    jobs = await chat(sampled, "/add software engineer", "/jobs")
    first = _jobs(jobs.split("Your best matches now:")[1])
    assert len(first) == 10 and "/more the next batch" in jobs, jobs
    more = await chat(sampled, "/jobs", "/more")
    shown = _jobs(more.split("More matches")[1])
    assert len(shown) == 10 and not set(shown) & set(first), more
    total = re.search(r"\[active, (\d+) matches\]", await chat(sampled, "/list"))[1]
    assert f"More matches: 11–20 of {total}." in more, more
    # A /digest in between: /more pages the digest again.
    digest = await chat(sampled, "/jobs", "/digest", "/more")
    assert "More matches: " in digest and "11–20" not in digest, digest


async def test_list_and_resume_count_the_same_after_hide_and_mute(sampled: Concierge) -> None:
    added = await chat(sampled, "/add software engineer")
    first, second = _jobs(added)[:2]
    await chat(sampled, f"/hide {first}", f"/mute {second}")
    listed = await chat(sampled, "/list")
    count = re.search(r"\[active, (\d+) matches\]", listed)[1]
    resumed = await chat(sampled, "/pause 1", "/resume 1", "/pause all", "/resume all")
    assert f"— {count} current matches." in resumed, (listed, resumed)
    assert f"— {count} current matches in all." in resumed, (listed, resumed)


async def test_a_pending_place_question_takes_a_name_and_cancel(sampled: Concierge) -> None:
    named = await chat(sampled, "/tz portland", "oregon")
    assert "Timezone set to America/Los_Angeles" in named and "/add oregon" not in named, named
    cancelled = await chat(sampled, "/tz portland", "/cancel")
    assert "Nothing to cancel" not in cancelled and "OK, nothing changed." in cancelled
    picked = await chat(sampled, "/tz portland", "2")
    assert "Portland, Maine" in picked.split("Send 1–2 to pick one.")[1], picked
    assert "Timezone set to America/New_York" in picked


async def test_an_unknown_place_after_a_good_time_is_named(sampled: Concierge) -> None:
    shown = await chat(sampled, "/time 18:30 in nowhere")
    assert "is not a time of day" not in shown, shown
    assert 'I don\'t know a place called "nowhere"' in shown, shown


async def test_removal_wording_and_its_undo(sampled: Concierge) -> None:
    only = await chat(sampled, "/add --sensitivity loose nurse", "/remove 1")
    assert "move up one number" not in only, only
    assert "/add --sensitivity loose nurse" in only.split("Removed #1")[1], only
    back = await chat(sampled, "/add --sensitivity loose nurse", "/list")
    assert "#1 nurse" in back and "loose" in back, back
    two = await chat(sampled, "/add cook", "/delete 1")
    assert "#2 moves up to #1" in two or "move up one number" in two, two


async def test_sensitivity_alone_names_the_searches(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse", "/add cook", "/sensitivity")
    after = shown.rsplit("Saved search #2", 1)[1]
    assert "#1" in after and "#2" in after and "strict|normal|loose" in after, after


async def test_time_after_frequency_off_says_digests_are_off(sampled: Concierge) -> None:
    shown = await chat(sampled, "/frequency off", "/time 9am")
    last = shown.split("Digest time set")[1]
    assert "off" in last and "/frequency daily" in last, shown


async def test_explore_says_how_many_name_the_specialty_asked(sampled: Concierge) -> None:
    # A specialty that only ranks (a practice): the count says how many of them name it
    shown = await chat(sampled, "/explore backend engineer distributed systems")
    said = r"(\d+) open postings match “backend engineer distributed systems” \((\d+) of them name"
    counted = re.search(said + r" Distributed Systems\),", shown)
    assert counted and int(counted[2]) < int(counted[1]), shown
    assert f"Open postings: {counted[1]} · naming Distributed Systems: {counted[2]} ·" in shown
    # A specialty of other work is wanted (spec8): every posting counted names it
    icu = await chat(sampled, "/explore icu nurse")
    assert "1 open posting matches “icu nurse”," in icu and "naming" not in icu, icu
    plain = await chat(sampled, "/explore senior backend python")
    assert "naming" not in plain and "of them name" not in plain, plain  # all name Python


async def test_remote_beside_a_city_is_echoed_as_remote_open_to_its_country(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add senior backend python, remote or Berlin")
    assert "remote open to Germany, or in Berlin" in shown, shown
