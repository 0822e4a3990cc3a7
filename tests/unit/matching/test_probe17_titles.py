"""Title readings a new user's probe of the 57,630-posting file found wrong (titles17)."""

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.matching.meaning import search_result
from core.model import Posting


def passes(query: str, title: str, sensitivity: str = "normal") -> bool:
    """Whether a posting of this title is found by the search at this sensitivity."""
    return search_result(parse_query(query), Posting(id="p", title=title), sensitivity) is not None


def test_a_program_manager_is_a_neighbour_of_a_project_manager_not_the_same_job() -> None:
    # 256 federal "Program Manager" postings came before the project managers at normal
    for query, other in (
        ("project manager", "Program Manager"),
        ("program manager", "Project Manager"),
    ):
        assert not passes(query, other)
        assert not passes(query, f"Supervisory {other}")
        assert passes(query, other, "loose")
    assert passes("project manager", "IT Project Manager")
    assert passes("project manager", "Management and Program Analyst (Project Manager)")
    assert not passes("project manager", "Program Analyst")
    # explain says the same: the title meets "project" only as a neighbouring word
    result = score_posting(parse_query("project manager"), Posting(id="p", title="Program Manager"))
    assert result.score < threshold_for("normal")


@pytest.mark.parametrize("query", ["help desk", "it support", "service desk", "helpdesk"])
def test_help_desk_and_service_desk_are_it_support(query: str) -> None:
    # OPM's CUSTSPT option and O*NET 15-1232 name the one job under these names
    for title in (
        "IT Specialist (CUSTSPT)",
        "Information Technology Specialist (Customer Support)",
        "Help Desk Specialist",
        "IT Support Specialist",
        "Service Desk Analyst",
    ):
        assert passes(query, title), title
    assert not passes(query, "Hydrologist (Service Coordination Hydrologist)")
    assert not passes(query, "Customer Service Representative")


def test_help_desk_is_echoed_as_it_support() -> None:
    assert parse_query("help desk").notes == ('I read "help desk" as it support',)


@pytest.mark.parametrize(
    "title",
    [
        "IT Specialist (DATAMGT)",
        "Information Technology Specialist (Data Management)",
        "Supervisory IT Specialist (DATAMGT)",
        "Information Technology Specialist (Data Management) (6-Month Roster)",
    ],
)
def test_the_federal_datamgt_option_is_database_administration(title: str) -> None:
    # OPM's Data Management option is database work: a database administrator's job, still found
    # by "data management"; a data engineer builds pipelines, a neighbouring job
    assert passes("database administrator", title)
    assert passes("dba", title)
    assert passes("data management", title)
    assert passes("it specialist", title)
    assert not passes("data engineer", title)
    assert not passes("software engineer", title)


def test_datamgt_outside_it_is_not_database_administration() -> None:
    assert not passes("database administrator", "Asset Management Specialist (Data Management)")


def test_engineer_alone_says_it_lists_every_kind_and_names_kinds_to_narrow_it() -> None:
    # the echo agrees with the list: engineers of every field, software developers among them
    for title in (
        "Civil Engineer",
        "Software Engineer II",
        "Engineer (General)",
        "Software Developer",
    ):
        assert passes("engineer", title), title
    notes = " ".join(parse_query("engineer").notes)
    assert "every kind of engineer (software developers too)" in notes
    assert '"software engineer"' in notes and '"civil engineer"' in notes
    assert not parse_query("civil engineer").notes
    assert not parse_query("kafka microservices engineer").notes


@pytest.mark.parametrize(
    "title",
    [
        "Software Engineer",
        "Software Engineer II",
        "Senior Software Engineer",
        "SOFTWARE ENGINEER 2",
    ],
)
def test_software_engineer_titles_are_found_and_other_engineers_are_not(title: str) -> None:
    assert passes("software engineer", title)
    for other in ("General Engineer", "Fire Protection Engineer", "Stationary Engineer"):
        assert not passes("software engineer", other)
