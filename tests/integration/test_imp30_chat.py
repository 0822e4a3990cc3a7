"""A new user's probe (probe25): reordered words are the same search; small misreadings."""

from __future__ import annotations

import pytest

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat

ALREADY = "You already have that search as #1"


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("backend engineer", "engineer backend"),
        ("senior backend engineer python", "python engineer backend senior"),
        ("nurse or midwife", "midwife or nurse"),
    ],
)
async def test_reordered_words_are_the_same_search(
    service: Concierge, first: str, again: str
) -> None:
    shown = await chat(service, f"/add {first}", f"/add {again}", "/list")
    assert f'{ALREADY} "{first}"' in shown, shown
    assert "Saved search #2" not in shown, shown


@pytest.mark.parametrize(
    ("first", "other"),
    # Traps: other words, or one title against two, are other searches.
    [
        ("backend engineer", "backend developer"),
        ("nurse midwife", "nurse or midwife"),
        ("backend engineer", "engineer"),
    ],
)
async def test_other_words_are_another_search(service: Concierge, first: str, other: str) -> None:
    shown = await chat(service, f"/add {first}", f"/add {other}")
    assert ALREADY not in shown and "Saved search #2" in shown, shown


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Deutschland", "Europe/Berlin"),
        ("Österreich", "Europe/Vienna"),
        ("Nederland", "Europe/Amsterdam"),
        ("germany", "Europe/Berlin"),
    ],
)
async def test_a_country_by_its_own_name_is_its_time_zone(
    service: Concierge, typed: str, zone: str
) -> None:
    shown = await chat(service, f"/tz {typed}")
    assert "I don't know a place called" not in shown and zone in shown, shown


async def test_a_city_still_comes_before_a_country_name(service: Concierge) -> None:
    # Trap: Sunderland is a city, never read as Nederland.
    shown = await chat(service, "/tz Sunderland")
    assert "Europe/London" in shown, shown


async def test_mute_and_unmute_read_an_employer_by_name_alike(service: Concierge) -> None:
    shown = await chat(service, "/mute Tidewater", "/muted", "/unmute Tidewater", "/muted")
    assert "🔇 Muted Tidewater: I won't show their jobs again." in shown, shown
    assert "#1 Tidewater" in shown, shown
    assert "Unmuted Tidewater: their jobs can appear again." in shown, shown
    assert shown.rstrip().endswith("You have muted no companies. A job card's 🔇 button mutes one.")


async def test_unmute_by_the_first_words_of_a_muted_name(service: Concierge) -> None:
    shown = await chat(
        service, "/mute Tidewater Community College", "/mute Acme", "/unmute tidewater"
    )
    assert "Unmuted Tidewater Community College" in shown, shown
    # Traps: a name no muted company starts with, and a job number no job has.
    shown = await chat(service, "/unmute Tide", "/mute 999", "/mute")
    assert '"Tide" is not in your muted list.' in shown, shown
    assert "Muted 999" not in shown and "/mute N" in shown, shown


async def test_a_typo_read_as_go_is_said_once(service: Concierge) -> None:
    shown = await chat(service, "/add golnag developer")
    assert shown.count("as Go") == 1 and 'I read "golnag" as Go' in shown, shown


async def test_an_import_line_in_other_word_order_is_already_saved(service: Concierge) -> None:
    shown = await chat(
        service,
        "/add backend engineer",
        "/import\n/add engineer backend\n/add backend developer\n",
    )
    assert "Imported 1 search" in shown and "Already saved: line 1." in shown, shown
