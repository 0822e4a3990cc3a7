"""Faults the per-series coverage report (tests/eval/real/series_coverage.py) showed: a series'
everyday name that missed its own postings or took another series' (issue 14, federal9)."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, tag: str = "") -> bool:
    posting = Posting(id=title, title=title, tags=(tag,) if tag else ())
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "title", "tag"),
    [
        ("law clerk", "Judicial Law Clerk to Judge Michael P. Allen", "0904 - Law Clerk"),
        ("law clerk", "Law Clerk to the Chief Judge", ""),
        ("special assistant", "Special Assistant to the Director", ""),
    ],
)
def test_whom_the_job_serves_after_to_leaves_the_title_its_role(
    query: str, title: str, tag: str
) -> None:
    assert passes(query, title, tag)


@pytest.mark.parametrize(
    ("query", "title"),
    [("director", "Special Assistant to the Director"), ("judge", "Law Clerk to Judge Smith")],
)
def test_whom_the_job_serves_is_no_role_of_the_title(query: str, title: str) -> None:
    assert not passes(query, title)


@pytest.mark.parametrize(
    ("query", "title", "tag"),
    [
        ("medical technician", "Medical Records Technician", "0675 - Medical Records Technician"),
        ("tax specialist", "Tax Law Specialist", "0987 - Tax Law Specialist"),
        ("personnel specialist", "Personnel Security Specialist", "0080 - Security Administration"),
    ],
)
def test_another_series_title_with_its_own_word_before_the_role_noun_is_another_job(
    query: str, title: str, tag: str
) -> None:
    assert not passes(query, title, tag)


@pytest.mark.parametrize(
    ("query", "title", "tag"),
    [
        ("nurse", "Practical Nurse", "0620 - Practical Nurse"),
        ("medical technician", "Medical Technician", "0645 - Medical Technician"),
        ("hvac mechanic", "HVAC Electronics Mechanic", "2604 - Electronics Mechanic"),
        ("attorney advisor", "Attorney-Adviser", "0905 - Attorney"),
        ("national bank examiner", "NBE/BE (LB Field Examiner), NB-0570-VI", "0570 - Examiner"),
    ],
)
def test_the_series_own_titles_and_spellings_still_pass(query: str, title: str, tag: str) -> None:
    assert passes(query, title, tag)
