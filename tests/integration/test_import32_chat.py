"""A new user's chat (probe 32): /import reads every line, saying each problem by its line
number in one line; plain words for /jobs; deleting all one's data; /edit N WORDS; numbered
questions asked again; small replies made true."""

from __future__ import annotations

import re
from typing import Any

from adapters.console.app import local_subscriber
from core.chat.service import Concierge
from tests.conftest import FakeClock
from tests.integration.test_console_transfer import chat

MIXED = (
    "/add nurse",
    "/add --sensitivity loose teacher",
    "/add k",
    "garbage line",
    "/add 🚀🚀",
    "/tz berlin",
    "/time 07:30",
    "/tz portland",
)


async def test_import_reads_every_line_past_a_refused_search(sampled: Concierge) -> None:
    shown = await chat(sampled, "/import", *MIXED, "", "/settings", "/list")
    # Was only "A letter alone is no job title or skill: k", /tz and /time never applied.
    assert "Imported 2 searches and 2 settings." in shown, shown
    assert "line 3: /add k — A letter alone is no job title or skill: k.\n" in shown, shown
    assert "line 4: garbage line — not an /add or settings line\n" in shown, shown
    assert "line 5: /add 🚀🚀 — I couldn't find a job title or skill to search for.\n" in shown
    assert "line 8: /tz portland — several places are called that:" in shown, shown
    assert "Digest: every day at 07:30" in shown and "Timezone: Europe/Berlin" in shown, shown
    assert "#2 teacher" in shown.split("Your saved searches:")[1], shown


async def test_an_imported_file_of_refused_searches_still_says_what_it_did(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/import", "/add k", "/add 🚀🚀", "")
    assert "Imported 0 searches and 0 settings." in shown, shown
    assert "line 1: /add k —" in shown and "line 2: /add 🚀🚀 —" in shown, shown


def _job_numbers(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


async def test_plain_words_asking_for_new_jobs_show_them(sampled: Concierge) -> None:
    await chat(sampled, "/add nurse")
    for said in ("show me jobs", "any new jobs?", "what's new", "Show me my jobs!", "anything new"):
        shown = await chat(sampled, said)
        # Was "That is no job I can search for".
        assert "no job I can search for" not in shown and "job #" in shown, (said, shown)


async def test_a_declined_delete_says_the_search_was_kept(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add backend", "/add nurse", "delete 2", "no")
    assert "Kept #2." in shown, shown
    assert "#2 nurse" in shown.split("Kept #2.")[1], shown


async def test_a_number_past_the_options_asks_again(sampled: Concierge) -> None:
    shown = await chat(sampled, "/tz portland", "9", "2", "/settings")
    # Was "There is no question waiting for an answer", the question gone.
    assert "There is no question" not in shown, shown
    assert "9 is not one of the options: send 1–2 (or /cancel)." in shown, shown
    assert "Timezone: America/New_York" in shown, shown


async def test_why_takes_job_hash_n_as_cards_say_it(sampled: Concierge) -> None:
    (first, *_) = _job_numbers(await chat(sampled, "/add nurse"))
    for said in (f"/why job #{first}", f"/why #{first}", f"/why job {first}"):
        shown = await chat(sampled, said)
        assert f"Why job #{first} " in shown, (said, shown)


async def test_unmute_by_the_job_number_muted_and_the_hint_is_true(sampled: Concierge) -> None:
    (first, *_) = _job_numbers(await chat(sampled, "/add nurse"))
    muted = await chat(sampled, f"/mute {first}")
    company = re.search(r"🔇 Muted (.+?):", muted)
    assert company, muted
    assert "/unmute 1 undoes it" in muted, muted
    shown = await chat(sampled, f"/unmute {first}", "/muted")
    # Was '"80" is not in your muted list'.
    assert f"Unmuted {company.group(1)}" in shown, shown
    assert "You have muted no companies" in shown, shown


async def test_template_code_and_links_are_left_out_in_one_line(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse ${jndi:ldap://x}")
    assert "specialty" not in shown and "operator" not in shown, shown
    assert 'I left "${jndi:ldap://x}" out: it reads as template code' in shown, shown
    assert 'Saved search #1: title "nurse"' in shown, shown
    linked = await chat(sampled, "/add teacher https://example.com/jobs?id=7")
    assert "operator" not in linked, linked
    assert 'I left "https://example.com/jobs?id=7" out: it is a link' in linked, linked


async def test_a_word_read_otherwise_is_echoed_as_typed(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add mecánico diésel")
    assert 'I read "mecánico" as mechanic' in shown, shown


async def test_edit_gives_a_search_new_words_keeping_number_and_settings(
    sampled: Concierge,
) -> None:
    shown = await chat(
        sampled,
        "/add --sensitivity loose backend python",
        "/add nurse",
        "/pause 1",
        "/edit 1 golang developer",
        "/edit 2 teacher",
        "/list",
    )
    assert 'Changed #1: title "developer" · skills Go' in shown, shown
    assert "#1 stays paused: /resume 1 matches it. To undo, send /edit 1 backend python" in shown
    assert 'Changed #2: title "teacher"' in shown and "/jobs 2 shows them" in shown, shown
    listed = shown.split("Your saved searches:")[1]
    assert "#1 golang developer" in listed and "paused, loose" in listed, listed
    assert "#2 teacher" in listed and "nurse" not in listed, listed
    jobs = await chat(sampled, "/jobs 2")
    assert "Teacher" in jobs or "teacher" in jobs, jobs


async def test_edit_refuses_a_duplicate_a_bad_query_and_a_missing_number(
    sampled: Concierge,
) -> None:
    shown = await chat(
        sampled,
        "/add nurse",
        "/add teacher",
        "/edit 2 nurse",
        "/edit 2 k",
        "/edit 9 cook",
        "/edit 2",
    )
    assert 'You already have that search as #1 "nurse": #2 is left as it was.' in shown, shown
    assert "A letter alone is no job title or skill: k" in shown, shown
    assert "There is no search #9" in shown or "#9" in shown.split("/edit 9")[-1], shown
    assert "Send /edit N and the new words of search N" in shown, shown
    assert "#2 teacher" in (await chat(sampled, "/list")), shown


async def test_delete_my_data_asks_then_deletes_everything_of_theirs(
    sampled: Concierge, store: Any, clock: FakeClock
) -> None:
    (first, second, *_) = _job_numbers(await chat(sampled, "/add nurse", "/add teacher"))
    await chat(sampled, "/tz berlin", f"/mute {first}", f"/hide {second}", "/jobs 1", "/more")
    me = await store.subscriber(local_subscriber(), clock.now())
    await store.enqueue(me, "digest", "{}", (), clock.now(), None)
    assert await store.pending_deliveries(clock.now(), {"console"})
    asked = await chat(sampled, "delete my data", "no", "/list")
    # Was "To save that as a search, send /add delete data".
    assert "Delete all your data — your 2 saved searches, digest settings" in asked, asked
    assert "OK, nothing deleted." in asked and "#2 teacher" in asked, asked
    shown = await chat(sampled, "/forget", "yes", "/list", "/settings", "/muted")
    assert "Deleted: your 2 saved searches, settings" in shown, shown
    assert "You have no saved searches yet" in shown, shown
    assert "Timezone: UTC (not set yet" in shown and "You have muted no companies" in shown
    assert await store.searches(me.id) == [] and await store.feedback(me.id) == []
    assert await store.muted_companies(me.id) == [] and await store.list_page(me.id) is None
    assert await store.pending_deliveries(clock.now(), {"console"}) == []
    again = await chat(sampled, "/add nurse")
    assert "Saved search #1" in again and "job #" in again, again


async def test_the_forget_command_and_edit_are_in_help(sampled: Concierge) -> None:
    shown = await chat(sampled, "/help", "/edit", "forget me")
    assert "/forget — delete all my data" in shown and "/edit N WORDS — " in shown, shown
    assert "Delete all your data" in shown, shown


async def test_the_readme_examples_of_edit_and_forget(sampled: Concierge) -> None:
    shown = await chat(
        sampled, "/add nurse", "/edit 1 senior nurse berlin", "edit 1 nurse", "change 1 to nurse"
    )
    assert 'Changed #1: title "senior nurse" · in Berlin' in shown, shown
    assert "To undo, send /edit 1 nurse" in shown, shown
    assert shown.count("Did you mean /edit 1 nurse? Send it with the slash.") == 2, shown
    for said in ("delete my data", "delete my account", "forget me"):
        asked = await chat(sampled, said, "no")
        assert "Delete all your data — your 1 saved search," in asked, (said, asked)
