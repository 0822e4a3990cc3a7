"""A pay ceiling ("under 150k") is said to be left out, never read as a floor."""

from __future__ import annotations

import pytest

from core.matching import parse_query


@pytest.mark.parametrize(
    "said",
    ["<150k", "< 150k", "under 150k", "below $150,000", "max 150k", "up to 150k", "at most €90k"],
)
def test_a_ceiling_is_left_out_with_a_note(said: str) -> None:
    q = parse_query(f"backend engineer {said}")
    assert q.salary_min is None
    assert q.title == ("backend", "engineer")
    assert any("ceiling" in note and said in note for note in q.notes)


def test_a_floor_and_a_ceiling_keep_the_floor() -> None:
    q = parse_query("backend engineer 120k+ under 200k")
    assert q.salary_min == 120_000
    assert any("ceiling" in note for note in q.notes)


@pytest.mark.parametrize("text", ["python up to 5 years", "nurse under 2 weeks notice"])
def test_a_small_number_after_a_ceiling_word_is_no_pay(text: str) -> None:
    q = parse_query(text)
    assert q.salary_min is None
    assert not any("ceiling" in note for note in q.notes)


def test_a_note_is_said_once() -> None:
    notes = parse_query("backend 100k+ 120k+ 130k+ 140k+").notes
    assert notes.count("You gave more than one salary; I used the first") == 1
