"""Reading --interval: the documented forms, bad input refused, no catastrophic backtracking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import UserError
from core.sources.model import MAX_INTERVAL, format_interval, parse_interval

# Each of these took seconds (doubling with every extra digit) with the old pattern.
ADVERSARIAL = [
    "1" * 26 + "x",
    "0" * 40 + "!",
    "1 " * 30 + "?",
    "1m" * 200 + "x",
    "9" * 500,
    "1h" + "0" * 300 + "s",
]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("30m", 1800),
        ("2h", 7200),
        ("1d", 86400),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("1h30", 5400),
        ("45", 2700),
        (" 2H ", 7200),
        ("1d2h3m4s", 93784),
        ("7d", MAX_INTERVAL),
        ("10080m", MAX_INTERVAL),
    ],
)
def test_documented_forms(text: str, seconds: int) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize(
    "text",
    ["", "soon", "-5m", "0m", "30x", "99d", "1m1m", "30s1m", "30m15", "1.5h", "١٢m", *ADVERSARIAL],
)
def test_bad_intervals_are_a_user_error(text: str) -> None:
    with pytest.raises(UserError, match="interval"):
        parse_interval(text)


@given(st.integers(min_value=1, max_value=MAX_INTERVAL))
def test_format_then_parse_round_trips(seconds: int) -> None:
    assert parse_interval(format_interval(seconds)) == seconds


@given(st.text(alphabet=st.sampled_from("0123456789dhms xX.-"), max_size=300) | st.text())
def test_any_text_is_an_interval_or_a_user_error(text: str) -> None:
    try:
        seconds = parse_interval(text)
    except UserError:
        return
    assert 0 < seconds <= MAX_INTERVAL
