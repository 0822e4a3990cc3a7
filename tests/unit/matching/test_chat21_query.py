"""A workplace named before the role reads as one named after it; a job title stays a title."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("hospital nurse", "nurse hospital"),
        ("law firm attorney", "attorney law firm"),
        ("senior hospital nurse", "senior nurse hospital"),
        ("startup engineer", "engineer startup"),
        ("school teacher", "teacher school"),
    ],
)
def test_a_workplace_first_is_the_preference_it_is_after_the_role(before: str, after: str) -> None:
    # Was title "hospital nurse": a title no posting has, so nothing matched.
    assert parse_query(before).describe() == parse_query(after).describe()
    assert parse_query(before).prefer == parse_query(after).prefer


@pytest.mark.parametrize(
    "text", ["school counselor", "bank teller", "school nurse", "hotel manager", "clinic nurse"]
)
def test_a_job_title_starting_with_a_workplace_stays_a_title(text: str) -> None:
    query = parse_query(text)
    assert query.title == tuple(text.split()) and not query.prefer


def test_hospital_nurse_finds_nurses_and_ranks_the_hospital_first() -> None:
    pool = [
        Posting(id="rn", title="Registered Nurse", company="Sunrise Home Care"),
        Posting(id="h", title="Registered Nurse", company="St. Mary's Hospital"),
    ]
    assert [p.id for p, _ in rank(parse_query("hospital nurse"), pool)] == ["h", "rn"]
