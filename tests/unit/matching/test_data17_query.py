"""A new user's probe: European thousands ("90 000 EUR") and a left-out part after a comma
(", no php") read as they mean; a US federal job stating no city is no job in Toronto."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting
from core.model import Posting


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


_FEDERAL = Posting(
    id="usajobs:1",
    title="Paralegal Specialist",
    source="usajobs",
    company="Department of Justice",
    url="https://www.usajobs.gov/job/1",
)


@pytest.mark.parametrize(
    "text", ["show me paralegal jobs in toronto", "paralegal madrid", "paralegal in europe"]
)
def test_a_us_federal_job_stating_no_city_is_no_job_elsewhere(text: str) -> None:
    result = score_posting(parse_query(text), _FEDERAL)
    assert result.score == 0  # was 86, "location not stated"
    assert "a US job, city not stated ✗" in result.reasons


@pytest.mark.parametrize(
    "text", ["paralegal in denver", "paralegal in the us", "paralegal north america", "paralegal"]
)
def test_a_us_federal_job_stating_no_city_may_be_in_a_us_place(text: str) -> None:
    assert score_posting(parse_query(text), _FEDERAL).score > 0


def test_a_posting_in_the_place_ranks_above_one_stating_no_place() -> None:
    query = parse_query("paralegal in toronto")
    unknown = Posting(id="a", title="Paralegal Specialist")
    there = Posting(id="b", title="Paralegal Specialist", location="Toronto, ON, Canada")
    assert score_posting(query, there).score > score_posting(query, unknown).score > 0
