"""Plain words with a destructive intent (probe 31): "cancel 2" is no /remove 2; "remove 2"
asks before deleting; /help shows /mute NAME and /unmute NAME|N."""

from __future__ import annotations

import pytest

from core.chat import texts
from core.chat.commands import Cancel, ExplainJob, Feedback, RemoveSearch
from core.chat.parsing import parse_command


@pytest.mark.parametrize("typed", ["cancel 2", "Cancel #2", "cancel search 2", "please cancel 2"])
def test_cancel_with_a_number_is_a_cancel_not_a_remove(typed: str) -> None:
    # Was: "Did you mean /remove 2? Send it with the slash."
    assert parse_command(typed) == Cancel(number=2)


@pytest.mark.parametrize(
    ("typed", "number"),
    [("remove 2", 2), ("delete 3", 3), ("Delete search #3", 3), ("drop 1", 1)],
)
def test_removing_in_plain_words_asks_first(typed: str, number: int) -> None:
    assert parse_command(typed) == RemoveSearch(number, confirmed=False)


def test_a_typed_job_number_is_marked_typed_a_button_not() -> None:
    assert parse_command("/why 3") == ExplainJob(3, typed=True)
    assert parse_command("/like 3") == Feedback("up", 3, typed=True)
    assert parse_command("/mute #3") == Feedback("mute", 3, typed=True)


def test_help_shows_mute_by_name_and_unmute_by_name_or_number() -> None:
    assert "/mute NAME" in texts.HELP and "/unmute NAME|N" in texts.HELP
    mute, unmute = texts.help_on("mute"), texts.help_on("unmute")
    assert mute is not None and "/mute NAME" in mute
    assert unmute is not None and "/unmute NAME|N" in unmute
