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
        ("non-profit accountant", "accountant nonprofit"),
    ],
)
def test_a_workplace_first_is_the_preference_it_is_after_the_role(before: str, after: str) -> None:
    # Was title "hospital nurse": a title no posting has, so nothing matched.
    assert parse_query(before).describe() == parse_query(after).describe()
    assert parse_query(before).prefer == parse_query(after).prefer


@pytest.mark.parametrize(
    "text",
    [
        "school counselor",
        "bank teller",
        "school nurse",
        "hotel manager",
        "clinic nurse",
        "clinic manager",  # was any manager, clinics first
        "store supervisor",
        "clinic director",
    ],
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


PAY = {"location": "Boston, MA", "workplace": "onsite", "salary_min": 100000, "currency": "USD"}


def test_a_workplace_named_ranks_first_among_postings_fitting_alike_not_before_a_fuller_fit() -> (
    None
):
    pool = [
        Posting(id="rn", title="Nurse", **PAY),  # type: ignore[arg-type]
        Posting(id="charge", title="Charge Nurse", company="Lakeview Medical Centre", **PAY),  # type: ignore[arg-type]
        Posting(id="unpaid", title="Nurse", company="Mercy Hospital", location="Boston, MA"),
    ]
    found = rank(parse_query("nurse hospital boston 90k+"), pool)
    # Was rn (100.0) first: the hospital's 3 points did not lift the Charge Nurse's title past
    # the plain one's. Pay not stated fits in part: after both, naming the hospital or not.
    assert [p.id for p, _ in found] == ["charge", "rn", "unpaid"]
    scores = {p.id: r.score for p, r in found}
    assert scores == {"charge": 92.5, "rn": 100.0, "unpaid": 100.0}  # scores as before
