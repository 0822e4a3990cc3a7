"""Federal title shapes of one occupation named two ways (issue 14, federal18)."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def score(query: str, title: str, *tags: str) -> float:
    """The posting's score for the search, 0 when it does not pass."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.score if result.passed else 0.0


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    return score(query, title, *tags) >= threshold_for("normal")


def test_a_vocational_nurse_is_a_practical_nurse() -> None:
    # LVN is the Texas and California name of the LPN licence: both are series 0620
    assert passes("lvn", "Practical Nurse", "0620 - Practical Nurse")
    assert passes("lvn", "Licensed Practical Nurse")
    assert passes("licensed vocational nurse", "Licensed Practical Nurse")
    assert passes("lpn", "Licensed Vocational Nurse")
    assert not passes("lvn", "Registered Nurse")
    assert not passes("licensed vocational nurse", "Nursing Assistant")


def test_a_research_scientist_title_may_leave_out_research() -> None:
    # "Research Chemist" and "Chemist" are one series (1320): research says how, not which job
    assert passes("research chemist", "Chemist", "1320 - Chemistry")
    assert passes("research chemist", "Chemist")
    assert passes("research biologist", "Biologist")
    assert passes("research physical scientist", "Physical Scientist")
    assert score("research chemist", "Research Chemist") > score("research chemist", "Chemist")
    # other scientists stay out
    assert not passes("research chemist", "Research Biologist")
    assert not passes("research chemist", "Physicist")


def test_research_before_a_broad_role_noun_names_the_job() -> None:
    # a research analyst or assistant is a job of its own, not any analyst or assistant
    assert not passes("research assistant", "Program Assistant")
    assert not passes("research analyst", "Budget Analyst")
    assert not passes("research analyst", "Analyst")
    assert passes("research analyst", "Research Analyst")


def test_a_field_alone_in_a_title_of_no_role_noun_names_its_role() -> None:
    # "Student Trainee (Engineering)" (series 0899) is an engineering student's posting
    assert passes("engineering intern", "Student Trainee (Engineering)", "0899 - Student")
    assert passes("accounting intern", "Student Trainee (Accounting)")
    assert not passes("engineering intern", "Student Trainee (Accounting)")
    # a title naming its role keeps it: the field there is the role's specialty
    assert not passes("engineer", "Manager (Engineering)")
