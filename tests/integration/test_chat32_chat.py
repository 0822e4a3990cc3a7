"""A new user's chat defects (chat32): a repeated 👍, 👎 or mute says it already was; a card
says "ranked higher" only when the 👍 moved it up; /time in words ("half past seven"); the
place hint of "near me" suits the search; "&" typed shows as "&" in the terminal."""

from __future__ import annotations

import re

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


def _cards(shown: str) -> list[str]:
    """The cards of the last list printed, each as its lines."""
    listed = shown.split("Best matches")[-1].split("\n\n")[0]
    return re.split(r"\n(?=\d+\. )", listed)[1:]


async def test_a_second_hide_says_it_already_was_hidden(sampled: Concierge) -> None:
    (job,) = _jobs(await chat(sampled, "/add golang k8s berlin"))
    first = await chat(sampled, f"/hide {job}")
    again = await chat(sampled, f"/hide {job}")
    assert "👎 Hidden." in first, first
    # Was: "👎 Hidden. I won't show this job …" a second time.
    assert "👎 Hidden" not in again and "already hidden" in again, again


async def test_a_second_like_says_it_already_was_liked(sampled: Concierge) -> None:
    (job,) = _jobs(await chat(sampled, "/add golang k8s berlin"))
    first = await chat(sampled, f"/like {job}")
    again = await chat(sampled, f"/like {job}")
    assert "👍 Noted" in first, first
    assert "👍 Noted" not in again and "already" in again, again


async def test_a_second_mute_says_it_already_was_muted(sampled: Concierge) -> None:
    (job,) = _jobs(await chat(sampled, "/add golang k8s berlin"))
    first = await chat(sampled, f"/mute {job}")
    again = await chat(sampled, f"/mute {job}")
    assert "🔇 Muted" in first, first
    assert "🔇 Muted" not in again and "already muted" in again, again


async def test_ranked_higher_only_when_the_like_moved_the_card_up(sampled: Concierge) -> None:
    added = await chat(sampled, "/add senior backend engineer")
    jobs = _jobs(added)
    top, low = jobs[0], jobs[-1]
    shown = await chat(sampled, f"/like {top}", f"/like {low}", "/jobs 1")
    cards = _cards(shown)
    first = cards[0]
    # The first card was first before its 👍: it was ranked no higher for it.
    assert f"job #{top}" in first and "ranked higher" not in first, cards
    moved = next(c for c in cards if f"job #{low}" in c)
    assert "ranked higher: you 👍 its company or title" in moved, cards


async def test_time_in_words(service: Concierge) -> None:
    said = {
        "half past seven": "07:30",
        "half past 7 in the evening": "19:30",
        "quarter past 8": "08:15",
        "quarter to 8": "07:45",
        "quarter to eight pm": "19:45",
        "ten to nine": "08:50",
        "20 past 6pm": "18:20",
        "half 7": "07:30",  # UK: half past seven
        "seven": "07:00",
        "quarter to midnight": "23:45",
        "half past noon": "12:30",
    }
    for words, at in said.items():
        shown = await chat(service, f"/time {words}")
        # Was: '"half past seven" is not a time of day.'
        assert f"Digest time set to {at} " in shown, (words, shown)


async def test_time_in_words_that_are_no_time(service: Concierge) -> None:
    for words in ("half past thirteen", "quarter to", "half to 7", "65 past 7", "half past 7:30"):
        shown = await chat(service, f"/time {words}")
        assert shown.startswith("! ") and "not a time of day" in shown, (words, shown)


async def test_near_me_in_an_nhs_search_names_a_uk_place(service: Concierge) -> None:
    for line in ("nhs jobs near me", "/add nhs jobs near me", "a&e nurse near me"):
        shown = await chat(service, line)
        assert "near me" in shown and "name the place" in shown, shown
        # Was: 'name the place, e.g. "in austin tx"' to a search of the NHS.
        assert "austin" not in shown and 'e.g. "in manchester"' in shown, shown


async def test_near_me_names_the_persons_earlier_place_or_zone(service: Concierge) -> None:
    zoned = await chat(service, "/tz berlin", "nurse near me")
    assert 'e.g. "in berlin"' in zoned, zoned
    earlier = await chat(service, "/add python developer in leeds", "nurse near me")
    assert 'e.g. "in leeds"' in earlier, earlier


async def test_near_me_without_a_clue_keeps_its_example(service: Concierge) -> None:
    shown = await chat(service, "nurse near me")
    assert 'name the place, e.g. "in austin tx"' in shown, shown


async def test_explore_near_me_of_the_nhs_names_a_uk_place(service: Concierge) -> None:
    shown = await chat(service, "/explore nhs nurse near me")
    assert "name the place" in shown and 'e.g. "in manchester"' in shown, shown


async def test_an_ampersand_typed_shows_as_typed_in_the_terminal(sampled: Concierge) -> None:
    shown = await chat(
        sampled, "A&E nurse", "/add A&E nurse", "/list", "/share 1", "/explore A&E nurse"
    )
    assert "&amp;" not in shown and "&lt;" not in shown, shown
    assert "send /add A&E nurse" in shown and "#1 A&E nurse — " in shown, shown
    assert "Market for “A&E nurse”" in shown and "Follow this role: /add A&E nurse" in shown
