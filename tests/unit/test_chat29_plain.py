"""A request that names pay by the hour, day or week is a search, not a question about the
digest's time or frequency (probe 24: "can you find me nurse jobs paying 40 an hour" was
answered with the /time line)."""

from __future__ import annotations

import pytest

from core.chat.commands import Help, Invalid
from core.chat.parsing import parse_command


@pytest.mark.parametrize(
    ("text", "search"),
    [
        ("can you find me nurse jobs paying 40 an hour", "/add nurse 40 an hour"),
        ("could you find nursing jobs paying $40/hr", "/add nursing $40/hr"),
        ("can you find me a welder job paying 300 a day", "/add welder 300 a day"),
        ("can you find me cook jobs paying 900 a week", "/add cook 900 a week"),
    ],
)
def test_a_request_with_pay_by_a_period_is_a_search(text: str, search: str) -> None:
    answer = parse_command(text)
    assert isinstance(answer, Invalid) and f"send {search} " in answer.message, answer


@pytest.mark.parametrize(
    ("text", "topic"),
    # Traps: questions about the digest's hour or frequency still get that help.
    [("what hour does the digest come?", "time"), ("can I get it weekly?", "frequency"),
     ("how do I change the hour?", "time")],
)  # fmt: skip
def test_a_question_about_the_hour_is_still_one(text: str, topic: str) -> None:
    assert parse_command(text) == Help(topic)
