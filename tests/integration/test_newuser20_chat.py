"""A new user's probe of the terminal chat over the sample postings: digest groups, the remote
tip, paused searches, paste-mode imports, counts, big numbers and plain questions."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from core.chat.service import Concierge
from tests.conftest import FakeClock, posting
from tests.integration.test_console_transfer import chat
from tests.integration.test_digests import RecordingNotifier, text_of


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
    assert "(#1: skills: Java; Remote (EU) ≈ (open to Berlin))" in card


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


async def test_jobs_n_of_a_paused_search_shows_its_stored_matches(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse", "/pause 1", "/jobs 1", "/list")
    # Was "#1 is paused and has no current matches" while /list said "[paused, 11 matches]".
    assert "has no current matches" not in shown
    assert (
        'Best matches of #1 title "nurse" — paused, so none new come (/resume 1 restarts it):'
        in shown
    )
    jobs = shown.split("— paused, so none new come")[1].split("Your saved searches:")[0]
    assert jobs.count("matches search #1") == 10 and "[paused, 26 matches]" in shown


async def test_a_bare_import_can_be_cancelled_and_refuses_text_without_export_lines(
    service: Concierge,
) -> None:
    shown = await chat(service, "/import", "/cancel", "/list", "/import", "/list", "", "/list")
    # /cancel and /list got no reply, then "Imported 0 searches … line 1: /cancel".
    assert "Paste the lines to import (from /export), then an empty line — or /cancel." in shown
    assert "OK, nothing imported." in shown and "Imported" not in shown
    assert shown.count("You have no saved searches yet.") == 2
    assert "! That is not an export file: it has no /add or settings lines" in shown


async def test_list_counts_leave_out_muted_and_hidden_jobs_as_jobs_n_does(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add nurse", "/mute 151", "/hide 221", "/list", "/jobs 1")
    # Was "[active, 11 matches]" with /jobs 1 showing 9 (of the sample's nurses then; 26 since
    # lead32, 3 of them at the muted company or hidden, the first ten of the 23 left shown).
    jobs = shown.split('Best matches of #1 title "nurse":')[1]
    assert "[active, 23 matches]" in shown and jobs.count("matches search #1") == 10
    assert "Forest Service" not in jobs and "Supervisory Nurse" not in jobs


async def test_a_huge_search_number_is_said_as_that_number(sampled: Concierge) -> None:
    huge = "99999999999999999999999"
    shown = await chat(
        sampled, "/add nurse", f"/remove {huge}", f"/jobs {huge}", "/share 10000000000"
    )
    assert "#that" not in shown  # was "There is no search #that — you have 1 search."
    assert shown.count("! There is no search with that number — you have one search (#1).") == 3


async def test_sensitivity_help_says_what_each_level_takes_and_its_example_works(
    service: Concierge,
) -> None:
    await service.intake.record(
        [
            posting("cook1", "Line Cook", company="Bistro", location="Leeds"),
            posting("cook2", "Cook Supervisor", company="Canteen", location="Leeds"),
        ]
    )
    asked = await chat(service, "/help sensitivity", "what does loose mean?")
    # Both only repeated "fewer, surer matches or more, looser ones".
    loose = "• loose: 40 — and, after those, titles near in meaning at any score"
    for level in ("• strict: 70 —", "• normal: 55 —", loose):
        assert asked.count(level) == 2
    assert asked.count("At every level what you ruled out stays out") == 2
    assert asked.count("For example, /sensitivity 2 loose widens search #2") == 2
    shown = await chat(
        service, "/add backend python", "/add chef", "/sensitivity 2 loose", "/jobs 2"
    )
    assert "#2 is now loose." in shown
    cook = shown.split('Best matches of #2 title "chef":')[1]
    assert "Line Cook — Bistro" in cook and "by meaning" in cook
    # "at any score" holds: a title taken by meaning is listed below the loose bar of 40 too
    below = [float(s) for s in re.findall(r"\((\d+\.\d)\)", cook)]
    assert below and min(below) < 40, cook


async def test_how_to_stop_the_digest_is_answered_with_frequency_off(service: Concierge) -> None:
    shown = await chat(
        service, "how do I stop the digest?", "how do i turn off digests", "stop digests"
    )
    # Were the /frequency line, the /time line and "To save that as a search, send /add …".
    assert shown.count("To stop digests, send /frequency off; to stop one search, /pause N.") == 3


async def test_a_number_picks_an_option_of_the_question_just_asked(service: Concierge) -> None:
    shown = await chat(service, "/tz portland", "1", "/tz portland", "/list", "2", "/tz lodnon")
    assert "  1. Portland, Oregon, United States — America/Los_Angeles" in shown
    assert "Send 1–2 to pick one." in shown
    # Was "To save that as a search, send /add 1".
    assert "Timezone set to America/Los_Angeles (UTC-08:00 now)." in shown
    # Only right after the question: later, a number is no pick.
    # (Was "send /add 2", which /add refuses.)
    assert "There is no question waiting for an answer." in shown
    assert "America/New_York (" not in shown
    # Was "Timezone set to Europe/London (UTC now)", as if the zone were UTC.
    said = 'I read "lodnon" as Europe/London (London, England, Britain (UK)). Timezone set to '
    assert said in shown
    assert "Europe/London (UTC+00:00 now)." in shown


async def test_export_without_searches_says_there_is_nothing_to_export(service: Concierge) -> None:
    shown = await chat(service, "/export")
    assert "Your 0 searches" not in shown
    assert "There is nothing to export: you have no saved searches yet. /add one first" in shown


async def test_scheduled_digests_do_not_call_left_over_matches_new(
    sampled: Concierge, clock: FakeClock
) -> None:
    await chat(sampled, "/add backend developer remote")  # 68 matches, none sent yet
    notifier = RecordingNotifier()
    headings = []
    for day in (29, 30, 1):
        if day == 1:  # a posting arriving on the third day is new beside the left-overs
            clock.current = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
            await sampled.intake.record([posting("new1", "Backend Developer", workplace="remote")])
        due = datetime(2026, 11 if day > 1 else 12, day, 9, 0, tzinfo=UTC)
        await sampled.digests.run_due(due)
        await sampled.digests.deliver({"console": notifier}, due)
        headings.append(text_of(notifier.sent[-1][1]).splitlines()[0])
    # Were "49 new matches", then "39 new matches" and "30 new matches" with nothing new (49 of
    # them before a posting not stating its workplace was kept for remote).
    assert headings == [
        "Your job digest: 10 of 68 new matches; the rest come in your next digest.",
        "Your job digest: 10 of 58 matches from before; the rest come in your next digest.",
        "Your job digest: 10 of 49 matches (1 new, 48 from before); the rest come in your next "
        "digest.",
    ]
