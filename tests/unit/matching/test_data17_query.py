"""A new user's probe: European thousands ("90 000 EUR") and a left-out part after a comma
(", no php") read as they mean."""

from __future__ import annotations

import pytest

from core.matching import parse_query


@pytest.mark.parametrize(
    "said", ["90 000 EUR", "90\u00a0000 €", "90\u202f000 €", "90\u2009000 EUR", "90.000 €"]
)
def test_thousands_grouped_by_a_space_or_a_dot_are_one_salary(said: str) -> None:
    q = parse_query(f"backend {said}")
    assert (q.salary_min, q.currency) == (90_000, "EUR")  # was "000 EUR", the 90 dropped
    assert q.title == ("backend",)
    assert not any("real salary" in note for note in q.notes)


def test_a_range_grouped_by_spaces_reads_its_bottom() -> None:
    q = parse_query("backend 80 000 - 95 000 EUR")
    assert (q.salary_min, q.currency) == (80_000, "EUR")


@pytest.mark.parametrize(
    ("text", "floor"), [("java 8 100k", 100_000), ("python 3 developer 120k", 120_000)]
)
def test_a_number_before_a_k_amount_is_not_grouped_with_it(text: str, floor: int) -> None:
    assert parse_query(text).salary_min == floor


@pytest.mark.parametrize(
    ("text", "left_out"),
    [("senior java developer, no php, €90k", "PHP"), ("nurse, no nights", "nights")],
)
def test_a_left_out_part_after_a_comma_is_no_specialty(text: str, left_out: str) -> None:
    q = parse_query(text)
    assert left_out in (*q.exclude_skills, *q.exclude_shifts)
    assert not any("specialty" in note for note in q.notes)  # was 'I read "no php" as the ...'


def test_a_specialty_after_a_dash_is_still_said() -> None:
    q = parse_query("Nurse Practitioner - Family")
    assert 'I read "Family" as the specialty of Nurse Practitioner' in q.notes
