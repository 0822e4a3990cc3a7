"""Role nouns of every field: another one is another job; compounds, alternatives, spellings."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting, threshold_for
from core.matching.vocab import american
from core.model import Posting, Sensitivity


def passes(query: str, title: str, sensitivity: Sensitivity = "normal") -> bool:
    result = score_posting(parse_query(query), Posting(id=title, title=title))
    return result.passed and result.score >= threshold_for(sensitivity)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("security specialist", "Security Guard"),
        ("physical therapist", "Physical Scientist"),
        ("financial analyst", "Auditor (Financial)"),
        ("electrical engineer", "Electronic Integrated Systems Mechanic (EEC)"),
        ("mechanic", "Summer Internship (A/C Mechanic Aide)"),
    ],
)
def test_a_title_ending_in_another_role_noun_is_another_job(query: str, title: str) -> None:
    assert not passes(query, title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("nurse", "Advanced Practice Nurse (Nurse Practitioner)"),
        ("nurse", "Deputy Nurse Supervisor (Inpatient)"),
        ("registered nurse", "Nurse Educator"),
        ("paralegal", "Supervisory Paralegal Specialist (Group/Unit Supervisor)"),
        ("motor vehicle operator", "Motor Vehicle Operator Supervisor"),
        ("electrician", "Electrician Foreman I (Maintenance)"),
    ],
)
def test_a_role_noun_before_a_rank_or_specialisation_of_it_is_that_job(
    query: str, title: str
) -> None:
    assert passes(query, title)


def test_a_qualified_role_noun_does_not_take_a_specialisation() -> None:
    assert passes("nurse", "Nurse Practitioner")
    assert not passes("registered nurse", "Nurse Practitioner")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("hydrologist", "Hydrologist/Meteorologist"),
        ("hydrologist", "Physical Scientist / Hydrologist / Meteorologist"),
        ("chemist", "Toxicologist (Forensic) or Chemist (Forensic)"),
        ("veterinarian", "Supervisory Veterinary Medical Officer/Biological Scientist"),
        ("painter", "Painter-Refinisher"),  # a hyphen between two role nouns, as a slash
        ("painter", "PAINTER-REFINISHER"),
        ("carpenter", "Painter-Carpenter"),
    ],
)
def test_each_of_the_roles_a_title_offers_is_met(query: str, title: str) -> None:
    assert passes(query, title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("archaeologist", "Archeologist"),
        ("archeologist", "ARCHAEOLOGIST"),
        ("paediatric nurse", "Pediatric Nurse"),
        ("labor relations specialist", "Labour Relations Specialist"),
    ],
)
def test_british_and_american_spellings_meet(query: str, title: str) -> None:
    assert passes(query, title)


def test_american_spelling_leaves_other_words_alone() -> None:
    words = ["aerospace", "michael", "israel", "hour", "contour", "science", "enterprise"]
    assert [american(w) for w in words] == words
    assert [american(w) for w in ["haematology", "behavioural", "centre", "organisation"]] == [
        "hematology",
        "behavioral",
        "center",
        "organization",
    ]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("philosophy instructor", "Philosophy Professor"),
        ("dietitian", "Nutritionist"),
        ("forestry technician", "Forestry Aid (Fire)"),
        ("contract specialist", "Procurement Analyst"),
        ("medical technologist", "Clinical Laboratory Scientist"),
    ],
)
def test_names_of_the_same_job_meet(query: str, title: str) -> None:
    assert passes(query, title)


def test_postings_fitting_every_part_come_before_higher_scores_fitting_some() -> None:
    level_unknown = Posting(id="a", title="Backend Engineer", location="Berlin, Germany")
    every_part = Posting(
        id="b",
        title="Senior Software Engineer (Backend, Payments and Billing)",
        location="Berlin, Germany",
    )
    found = rank(parse_query("senior backend engineer berlin"), [level_unknown, every_part])
    assert [p.id for p, _ in found] == ["b", "a"]
    assert found[0][1].score < found[1][1].score
    assert [r.unmet for _, r in found] == [0, 1]
