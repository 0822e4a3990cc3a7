"""A new user's probe on 57,630 postings (issue 14, series17): a posting's occupational series
ranked a title naming another role, or a rank it does not say, as the series' title."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.matching.scoring import ANOTHER_ROLE, SERIES_CREDIT, UNRANKED
from core.model import Posting


def score(query: str, title: str, tag: str) -> float:
    result = score_posting(parse_query(query), Posting(id=title, title=title, tags=(tag,)))
    return result.score if result.passed else 0.0


@pytest.mark.parametrize(
    ("query", "title", "tag"),
    [
        ("pharmacist", "Pharmacy Technician (Unit Dose & Non-Sterile Compounding)", "0660"),
        ("police officer", "Special Agent (Entry-Level)", "0083 - Police"),
        ("teacher", "Education and Sentencing Practice Specialist", "1710"),
        ("electrician", "Aircraft Patrol Observer", "2810 - High Voltage Electrician"),
    ],
)
def test_a_title_naming_another_role_ranks_after_the_titles_saying_it(
    query: str, title: str, tag: str
) -> None:
    got = score(query, title, tag)
    # still a normal match (the series judge counts it), never a strict one
    assert threshold_for("normal") <= got <= 100 * ANOTHER_ROLE < threshold_for("strict")


def test_a_teacher_titled_so_ranks_above_a_specialist_of_the_teachers_series() -> None:
    specialist = score("teacher", "Education and Sentencing Practice Specialist", "1710")
    # a "Teacher Workshop" is no teaching job (test_words19_findings)
    assert specialist < score("teacher", "Middle School Science Teacher", "")


@pytest.mark.parametrize(
    ("query", "title", "tag"),
    [
        ("criminal investigator", "Special Agent (Lateral)", "1811 - Criminal Investigation"),
        ("electrician", "Lineman Foreman I", "2810"),
        ("hr manager", "Supervisory Human Resources Specialist", "0201"),
        ("human resources manager", "Chief Human Resources Officer", "0201"),
    ],
)
def test_a_title_naming_its_series_title_is_that_occupation(
    query: str, title: str, tag: str
) -> None:
    assert 100 * ANOTHER_ROLE < score(query, title, tag) <= 100 * SERIES_CREDIT


def test_a_series_rank_the_title_does_not_say_ranks_after_the_ranks() -> None:
    plain = score(
        "human resources manager", "Human Resources Specialist (Employee Relations)", "0201"
    )
    ranked = score("human resources manager", "Supervisory Human Resources Specialist", "0201")
    assert plain == pytest.approx(100 * UNRANKED, abs=0.5) and plain < ranked


def test_the_card_says_why_the_series_counts_less() -> None:
    posting = Posting(id="x", title="Special Agent (Lateral)", tags=("0083",))
    result = score_posting(parse_query("police officer"), posting)
    assert any("another role (agent)" in line for line in result.breakdown), result.breakdown
