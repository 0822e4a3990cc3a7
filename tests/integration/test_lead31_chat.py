"""A UK nurse's clock words: the time written out, and her zone's own abbreviation kept."""

from __future__ import annotations

import pytest

from core.chat.commands import Invalid
from core.chat.parsing import parse_command
from core.chat.service import Concierge
from core.digests.schedule import parse_time
from tests.integration.test_console_transfer import chat


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("7 in the morning", "07:00"),
        ("7:30 in the evening", "19:30"),
        ("3 in the afternoon", "15:00"),
        ("10 at night", "22:00"),
        ("12 at night", "00:00"),
        ("2 at night", "02:00"),
        ("8 o'clock in the morning", "08:00"),
    ],
)
def test_a_time_written_out_with_its_part_of_the_day_is_read(typed: str, read: str) -> None:
    assert parse_time(typed).strftime("%H:%M") == read


@pytest.mark.parametrize("typed", ["7pm in the morning", "19 in the morning", "13 at night"])
def test_a_part_of_the_day_that_contradicts_the_hour_is_refused(typed: str) -> None:
    with pytest.raises(Exception, match="is not a time of day"):
        parse_time(typed)


async def test_time_in_the_morning_sets_the_digest_in_the_chat(service: Concierge) -> None:
    shown = await chat(service, "/tz london", "/time 7 in the morning")
    # Was: '"7 in the morning" is not a time of day.'
    assert "Digest time set to 07:00 Europe/London." in shown


async def test_the_abbreviation_of_the_zone_already_set_keeps_that_zone(
    service: Concierge,
) -> None:
    shown = await chat(service, "/tz london", "/time 19:00 gmt", "/settings")
    # Was: 'I read "gmt" as UTC. Digest time set to 19:00 UTC.' — the summer hour lost.
    assert "Digest time set to 19:00 Europe/London" in shown
    assert '"gmt" is Europe/London\'s winter time' in shown
    assert "19:00 UTC" not in shown


async def test_another_zones_abbreviation_still_moves_the_zone(service: Concierge) -> None:
    shown = await chat(service, "/tz london", "/time 8am CET")
    assert "Digest time set to 08:00 Europe/Berlin." in shown


async def test_summer_abbreviation_of_the_zone_set_is_kept_too(service: Concierge) -> None:
    shown = await chat(service, "/tz berlin", "/time 9 cest")
    assert "Digest time set to 09:00 Europe/Berlin." in shown
    assert "summer time" in shown


@pytest.mark.parametrize("line", ["<script>alert(1)</script>", "<i></i>", "\u200b\u200b"])
def test_a_message_of_only_markup_is_answered_not_ignored(line: str) -> None:
    # Was: no reply at all in the terminal, "Send /help" elsewhere.
    command = parse_command(line)
    assert isinstance(command, Invalid)
    assert command.message.startswith("That was only markup or invisible characters")


def test_a_command_whose_words_were_only_markup_says_so() -> None:
    # Was: "/add <script>…</script>" opened the "What should I look for?" dialog.
    command = parse_command("/add <script>alert(1)</script>")
    assert isinstance(command, Invalid)
    assert "after /add was only markup" in command.message


async def test_the_terminal_answers_markup_and_opens_no_dialog(service: Concierge) -> None:
    shown = await chat(service, "<b></b>", "/add <script>x</script>", "nurse")
    assert shown.count("only markup") == 2
    assert "What should I look for?" not in shown
    assert "Saved search" not in shown
