"""A new user's probe of the terminal chat: small talk in other languages, a workplace named
before the role, and a workplace preference ranking first among equally fitting postings."""

from __future__ import annotations

import re

import pytest

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat

SMALL_TALK = (
    "I'm fine, thanks! I'm Job Concierge: I save job searches and show the postings that fit "
    "them — start with /add and the job you want, e.g. /add nurse berlin"
)


@pytest.mark.parametrize(
    "line",
    [
        "Wie geht's?",
        "wie gehts",
        "Hallo, wie geht es dir?",
        "¿Qué tal?",
        "que tal",
        "¿Cómo estás?",
        "Ça va?",
        "ca va",
        "Comment ça va ?",
        "Come stai?",
        "Tudo bem?",
        "Hoe gaat het?",
        "How are you?",
        "hi, how are you doing?",
        "What's up?",
        "how's it going",
    ],
)
async def test_small_talk_in_any_language_gets_one_friendly_line(
    service: Concierge, line: str
) -> None:
    shown = await chat(service, line)
    # Was "To save that as a search, send /add Wie geht's? — or /help for everything else."
    assert shown.strip() == SMALL_TALK
    assert "/add " + line not in shown


@pytest.mark.parametrize("line", ["wie", "entwickler berlin", "enfermera madrid", "ca nurse"])
async def test_a_search_in_another_language_is_still_a_search(
    service: Concierge, line: str
) -> None:
    shown = await chat(service, line)
    # "wie" alone is no job /add takes: its tip is no "/add wie" /add would refuse.
    tip = "That is no job I can search for." if line == "wie" else f"send /add {line}"
    assert tip in shown
    assert SMALL_TALK not in shown


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("nurse hospital", "hospital nurse"),
        ("hospital nurse", "nurse at a hospital"),
        ("attorney law firm", "law firm attorney"),
        ("senior nurse hospital", "senior hospital nurse"),
        ("nurse hospital clinic", "nurse clinic hospital"),
    ],
)
async def test_a_workplace_before_or_after_the_role_is_the_same_search(
    service: Concierge, first: str, again: str
) -> None:
    shown = await chat(service, f"/add {first}", f"/add {again}", "/list")
    # Was saved as #2, title "hospital nurse": no posting names that title.
    assert f'You already have that search as #1 "{first}". /list shows it.' in shown
    assert "#2" not in shown.split("Your saved searches:")[1]


async def test_postings_naming_the_workplace_come_first_among_those_fitting_alike(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add nurse hospital", "/jobs 1")
    added, jobs = shown.split("Best matches of #1")
    # Was 3rd, after two federal Nurse postings scoring higher that name no hospital. (Since
    # sample31 a written Toronto posting naming its hospital scores higher still: first.)
    for listing in (added.split("Top matches now:")[1], jobs):
        first = listing.split("\n2. ")[0]
        assert "names hospital ✓" in first
        card = re.split(r"\n\d+\. ", listing.split("Charge Nurse — Lakeview Medical Centre")[1])[0]
        assert "names hospital ✓" in card and "(90.0)" in card  # its score as before
        assert "Nurse — Department of Agriculture" not in listing.split("Lakeview")[0]
