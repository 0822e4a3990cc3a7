"""A new user's probe of the terminal chat: plain words, duplicates, pasted markup, imports."""

from __future__ import annotations

from pathlib import Path

from core.chat.parsing import clean_text
from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat

ADD_HINT = "To save that as a search"


async def test_plain_words_do_what_their_command_does(service: Concierge) -> None:
    shown = await chat(
        service, "/add senior backend python remote", "list", "show my searches", "jobs"
    )
    # Each was "To save that as a search, send /add list…".
    assert ADD_HINT not in shown
    assert shown.count("Your saved searches:") == 2 and "Your best matches now:" in shown


async def test_a_question_about_the_digest_gets_the_schedule_as_set(service: Concierge) -> None:
    shown = await chat(
        service, "/tz berlin", "/frequency weekly mon", "/time 18:30", "when is my digest?"
    )
    # Was the /time help line, whatever the schedule.
    assert "Your digest comes every Monday at 18:30 Europe/Berlin, next Mon" in shown
    again = await chat(service, "what is my digest time?")
    assert "Your digest comes every Monday at 18:30 Europe/Berlin" in again


async def test_what_loose_means_cancel_yes_and_stop_get_short_answers(
    service: Concierge,
) -> None:
    shown = await chat(service, "what does loose mean?", "cancel", "yes", "stop", "/ad python")
    assert ADD_HINT not in shown
    assert "/sensitivity N strict|normal|loose — fewer, surer matches" in shown
    assert "Nothing to cancel." in shown
    assert "There is no question waiting for an answer." in shown
    # Was the bare "/frequency daily|weekdays|weekly mon|off — how often" line.
    assert "To stop digests, send /frequency off; to stop one search, /pause N." in shown
    assert "I don't know /ad. Did you mean /add?" in shown


async def test_an_add_at_another_sensitivity_names_the_sensitivity_line(
    service: Concierge,
) -> None:
    shown = await chat(
        service,
        "/add senior backend python remote",
        "/add --sensitivity loose senior backend python remote",
    )
    # Was only "You already have that search as #1. /list shows it."
    assert (
        '! You already have that search as #1 "senior backend python remote". It is normal: '
        "/sensitivity 1 loose makes it loose." in shown
    )


async def test_sensitivity_already_set_and_start_with_searches(service: Concierge) -> None:
    shown = await chat(service, "/add senior backend python remote", "/sensitivity 1 normal")
    assert "#1 is already normal." in shown
    again = await chat(service, "/start")
    # Was "Start with a search, for example: …" for someone with a search.
    assert "Welcome back! You have 1 saved search: /jobs shows the best matches" in again
    assert "Start with a search" not in again


def test_pasted_markup_and_invisible_characters_are_read_once_at_entry() -> None:
    assert clean_text("/add <b>nurse</b>") == "/add nurse"
    assert clean_text("/add <script>alert(1)</script> developer") == "/add developer"
    assert clean_text("/add python\u200bdeveloper") == "/add python developer"
    assert clean_text("/add data\u00adbase <150k a < b") == "/add database <150k a < b"


async def test_pasted_markup_is_no_title_word(service: Concierge) -> None:
    shown = await chat(service, "/add <b>backend</b> python")
    assert 'Saved search #1: title "backend" · skills Python' in shown  # was "b backend"


async def test_importing_a_file_that_is_no_export_says_so_once(
    service: Concierge, tmp_path: Path
) -> None:
    path = tmp_path / "passwd"
    path.write_text("root:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n")
    shown = await chat(service, f"/import {path}")
    # Was one "send /add root:x:0:0…" hint per line.
    assert shown.strip() == (
        "! That is not an export file: it has no /add or settings lines (/export shows one). "
        "Nothing was imported."
    )
