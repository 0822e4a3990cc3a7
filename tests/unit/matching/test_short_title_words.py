"""Short forms that are words in a title ("be", "fe", "fs") name a job before a role noun."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

POSTINGS = [
    Posting(id="arch", title="Archaeologist (Recent Graduate) - Incentives May Be Authorized"),
    Posting(id="bank", title="Supervisory NBE/BE (LB Team Lead)"),
    Posting(id="fs", title="Forestry Technician (FS Fire)"),
    Posting(id="be-eng", title="Sr. BE Engineer"),
    Posting(id="fe-dev", title="FE Developer (React)", description="React and TypeScript."),
    Posting(id="backend", title="Backend Engineer"),
]


def _found(query: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), POSTINGS)}


def test_be_in_a_sentence_of_a_title_is_no_backend_work() -> None:
    found = _found("backend engineer")
    assert {"backend", "be-eng"} <= found
    assert not found & {"arch", "bank"}


def test_fe_and_fs_name_a_job_only_before_a_role_noun() -> None:
    assert "fe-dev" in _found("frontend developer")
    assert "fs" not in _found("fullstack engineer")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("be engineer", "backend engineer"),
        ("sr be dev", "backend developer"),
        ("fe dev", "frontend developer"),
    ],
)
def test_a_search_may_still_use_the_short_forms(query: str, title: str) -> None:
    assert " ".join(parse_query(query).title) == title
