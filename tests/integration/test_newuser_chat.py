"""A demanding new user in the terminal chat: what they type and what they should read back."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_a_search_worded_otherwise_but_read_the_same_is_not_saved_twice(
    service: Concierge,
) -> None:
    shown = await chat(
        service,
        "/add senior backend python, remote or Berlin, no PHP, 120k+",
        "/add Senior Backend Python remote or berlin no php 120k+",  # was saved as #2
        "/add backedn pyhton senior",
        "/add --sensitivity loose senior backend python",
        "/add senior backend python kafka",  # another search: saved
        "/list",
    )
    assert (
        '! You already have that search as #1 "senior backend python, remote or Berlin, no PHP, '
        '120k+". /list shows it.' in shown
    )
    assert (
        '! You already have that search as #2 "backedn pyhton senior". It is normal: '
        "/sensitivity 2 loose makes it loose." in shown
    )
    assert "Saved search #3:" in shown and "#4 " not in shown.split("Your saved searches:")[1]


async def test_jobs_n_shows_one_search_and_says_where_the_rest_are(sampled: Concierge) -> None:
    shown = await chat(
        sampled,
        "/add backend python",
        "/add registered nurse",
        "/add astronaut",
        "/jobs 2",
        "/jobs",
        "/jobs 3",
        "/jobs 9",
        "/pause 3",
        "/jobs 3",
    )
    saved = shown.split("Saved search #2")[0]
    # Was "N more matches — /jobs lists the best across your searches", and /jobs then showed
    # the same best ten across every search, whatever number followed it.
    assert "more matches — /jobs 1 shows the best of this search, /digest every one" in saved
    nurse = shown.split('Best matches of #2 title "registered nurse":')[1].split("\n\n")[0]
    assert "Registered Nurse" in nurse and "Backend" not in nurse
    best = shown.split("Your best matches now:")[1]
    assert (
        "There are more: /more the next batch, /jobs N the best of search N (N from /list)." in best
    )
    assert "No open posting matches #3 yet. I keep looking." in shown
    assert "! There is no search #9 — you have 3 searches. /list shows them." in shown
    assert "#3 is paused and has no current matches. /resume 3 restarts it." in shown
    alone = await chat(sampled, "/remove 2", "/remove 2", "/jobs")
    assert "There are more: /digest sends every one not sent yet, /more the next batch." in alone


async def test_a_command_after_add_is_not_saved_as_a_search(service: Concierge) -> None:
    shown = await chat(service, "/add /list", "/add /jobs 2", "/add c/c++ developer", "/list")
    # Was: Saved search #1: title "list".
    assert "! /list is a command, not a search: send it on its own, or /add and what" in shown
    assert "! /jobs is a command, not a search" in shown
    assert 'title "list"' not in shown and "Saved search #1: title " in shown
    assert "#2 " not in shown.split("Your saved searches:")[1]


async def test_the_digest_more_line_follows_one_blank_line(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add backend python", "/digest")
    digest = shown.split("Your digest:")[1]
    assert "more matches. /more shows them." in digest
    assert "\n\n\n" not in digest  # was two blank lines before "…and N more matches"


async def test_digest_times_as_people_write_them(service: Concierge) -> None:
    typed = ["noon", "midnight", "0830", "20 Uhr", "8:30 p.m.", "7 o'clock"]
    shown = await chat(service, *(f"/time {t}" for t in typed), "/time 25:00", "/time soon")
    # Each of these was '"…" is not a time of day. Try /time 08:30 or /time 6pm.'
    for at in ("12:00", "00:00", "08:30", "20:00", "20:30", "07:00"):
        assert f"Digest time set to {at} UTC." in shown
    assert '! "25:00" is not a time of day. Use 00:00 to 23:59.' in shown
    assert '! "soon" is not a time of day.' in shown


async def test_a_setting_command_alone_shows_the_settings_and_how_to_change_them(
    service: Concierge,
) -> None:
    shown = await chat(service, "/tz", "/tz berlin", "/time", "/alerts", "/frequency", "/quiet")
    # Each bare command was a refusal ("! Send /tz Europe/Berlin (or a city: /tz berlin).").
    assert "! " not in shown and shown.count("Your settings:") == 5
    assert "• Timezone: UTC (not set yet — /tz berlin)" in shown
    assert "• Timezone: Europe/Berlin — /tz berlin (a city or zone)" in shown
    assert "• Digest: every day at 09:00 — /time 08:30, /frequency daily|weekdays" in shown
    assert "• Instant alerts for very strong matches: off — /alerts on" in shown
