"""Federal fields of T53-T67, moved to the dev half after their one held-out run (issue 14,
federal8)."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.passed and result.score >= threshold_for("normal")


def test_a_title_with_a_series_of_its_own_is_no_credit_for_a_general_series() -> None:
    # respiratory therapists are 0651; a 0601 health scientist is one only when titled so
    assert not passes("respiratory therapists", "Health Scientist", "0601 - General Health Science")
    assert passes("respiratory therapist", "Respiratory Therapist", "0601")
    assert passes("respiratory therapists", "Respiratory Therapist", "0651 - Respiratory Therapist")
    assert passes("health scientist", "Health Scientist (Informatics)", "0601")


def test_the_specialties_of_a_combined_series_are_each_their_own_title() -> None:
    speech = "0665 - Speech Pathology and Audiology"
    assert not passes("speech language pathologist", "Audiologist - DE", speech)
    assert not passes("audiologist", "Speech-Language Pathologist", speech)
    assert passes("speech language pathologist", "Speech-Language Pathologist", speech)
    assert passes("audiologist", "Research Audiologist", speech)


def test_federal_titles_of_the_occupation_people_name_otherwise() -> None:
    assert passes("urban planner", "Community Planner - DIRECT HIRE", "0020 - Community Planner")
    assert passes("real estate appraiser", "Supervisory Review Appraiser", "1171 - Appraising")
    assert not passes("real estate appraiser", "Realty Specialist", "1170 - Realty")


def test_bio_science_is_biological_science() -> None:
    technician = "0404 - Biological Science Technician"
    assert passes("bio science technician", "Biological Science Technician (Wildlife)", technician)
    assert passes("bio science technician", "Biological Science Technician")
    assert not passes("bio science technician", "Physical Science Technician", "1311")


def test_a_series_title_with_the_searched_kind_before_it_is_that_kind() -> None:
    electronics = "2604 - Electronics Mechanic"
    assert passes("hvac mechanic", "HVAC Electronics Mechanic (DDC) Leader", electronics)
    assert not passes("hvac mechanic", "Electronics Mechanic", electronics)
    assert not passes("hvac mechanic", "Electronics Mechanic (HVAC)", "2604")
    assert not passes("realty specialist", "Loan Specialist (Realty)", "1165 - Loan Specialist")
    assert not passes("hvac mechanic", "Aircraft Mechanic", "8852")
