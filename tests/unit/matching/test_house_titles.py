"""Titles in house styles: federal working titles in parentheses, abbreviations of any field."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str) -> bool:
    result = score_posting(parse_query(query), Posting(id=title, title=title))
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("product manager", "Program Manager (Deputy Product Manager Acquisition)"),
        ("product manager", "Business Analyst (Product Manager)"),
        ("product manager", "IT Specialist (Sysanalysis)(Senior Product Manager)"),
        ("product manager", "General Engineer (Architect/Data Scientist/Product Manager)"),
        ("software engineer", "Supervisory IT Cybersecurity Specialist (APPSW SYSADMIN)"),
        ("sysadmin", "Supervisory IT Cybersecurity Specialist (APPSW SYSADMIN)"),
    ],
)
def test_a_parenthesised_working_title_names_the_job_too(query: str, title: str) -> None:
    assert passes(query, title)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        # the working title is another job than the one asked for
        ("program manager", "Program Analyst (Product Manager)"),
        # a parenthesis naming whom the job serves names no role
        ("director", "Administrative Assistant (to the Director)"),
        ("product manager", "Program Manager (Acquisition)"),
    ],
)
def test_a_parenthesis_naming_another_job_or_no_job_does_not_match(query: str, title: str) -> None:
    assert not passes(query, title)
