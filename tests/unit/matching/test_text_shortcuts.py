"""Text scans skipped where they cannot match: shifts_named skips a text naming none of a
shift's words (SHIFT_WORDS), unglue a text without the characters a pattern needs. The same
results as searching every text with every pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.matching.features import _GLUED, _GLUED_SKILL, unglue
from core.matching.query import SHIFTS, shifts_named
from core.matching.query.shifts import SHIFT_WORDS


def _searched(*texts: str) -> frozenset[str]:
    """Every pattern over every text, as features did before the words."""
    return frozenset(
        name for name, pattern in SHIFTS.items() if any(pattern.search(t) for t in texts)
    )


# One way of saying each alternative of each pattern: a shift word missing from SHIFT_WORDS
# leaves one of these unsearched.
SAID = [
    "Night shift",
    "nights",
    "OVERNIGHT",
    "graveyard shift",
    "NOC shift",
    "3rd shift",
    "third shifts",
    "days",
    "Day shift",
    "1st shift",
    "first shift",
    "evening",
    "swing shift",
    "2nd shift",
    "Second Shift",
    "weekends",
    "rotating",
    "per  diem",
    "PRN",
    "on-call",
    "oncall",
    "part-time",
    "Full Time",
]


def test_shift_words_cover_every_shift() -> None:
    assert SHIFT_WORDS.keys() == SHIFTS.keys()


@pytest.mark.parametrize("said", SAID)
def test_every_way_of_saying_a_shift_is_searched(said: str) -> None:
    found = shifts_named("Registered Nurse", f"Join us: {said}, benefits.")
    assert found == _searched("Registered Nurse", f"Join us: {said}, benefits.")
    assert found  # each names a shift
    assert shifts_named(said, "") == _searched(said)


_PIECES = [*SAID, "no nights", "not weekends", "ſhift", "daytime", "Ｄays", "Ã©", "-", " ", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.lists(st.sampled_from(_PIECES)))
@settings(max_examples=300, deadline=None)
def test_same_shifts_as_searching_every_text(title: list[str], text: list[str]) -> None:
    for sep in (" ", ""):
        assert shifts_named(sep.join(title), sep.join(text)) == _searched(
            sep.join(title), sep.join(text)
        )


def test_shifts_known_kept_with_texts_naming_none() -> None:
    # the title's shifts (known) stay when the text names none, or is empty
    assert shifts_named("", "Acme", known=frozenset(["nights"])) == {"nights"}
    assert shifts_named("Weekends, hospital", known=frozenset(["nights"])) == {
        "nights",
        "weekends",
        "hospital",
    }
    assert shifts_named("", "") == frozenset()


_GLUE = [
    "C++",
    "C#",
    "F#",
    "node.js",
    ".NET",
    "in Go.Experience",
    "a.B",
    "x)",
    ".",
    "#",
    "+",
    "Aa",
    "é",
    " ",
]


@given(st.lists(st.sampled_from(_GLUE), max_size=10))
@settings(max_examples=300, deadline=None)
def test_unglue_as_both_patterns_everywhere(pieces: list[str]) -> None:
    for sep in (" ", ""):
        text = sep.join(pieces)
        assert unglue(text) == _GLUED_SKILL.sub(" ", _GLUED.sub(". ", text))


def test_unglue_glued_skills_and_stops() -> None:
    assert unglue("C++Experience with Go.Experience") == "C++ Experience with Go. Experience"
    assert unglue("in C#Azure") == "in C# Azure"
