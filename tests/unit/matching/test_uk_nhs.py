"""The NHS (the UK's National Health Service) is an employer, and its pay bands are grades."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


def score(query: str, **posting: str) -> tuple[bool, float]:
    found = score_posting(parse_query(query), Posting(id="1", **posting))
    return found.passed and found.score >= threshold_for("normal"), found.score


@pytest.mark.parametrize(
    "query", ["pharmacist nhs", "nhs pharmacist", "pharmacist national health service"]
)
def test_nhs_is_an_employer_not_a_title_word(query: str) -> None:
    assert parse_query(query).title == ("pharmacist",)


def test_an_nhs_pharmacist_posting_scores_in_full() -> None:
    passed, points = score(
        "pharmacist nhs",
        title="Pharmacist",
        company="Manchester University NHS Foundation Trust",
        location="Manchester, UK",
        description="Join our hospital pharmacy team in the NHS.",
    )
    assert passed and points >= 90


def test_nhs_still_sorts_an_nhs_posting_above_a_private_one() -> None:
    nhs = score("pharmacist nhs", title="Pharmacist", company="Leeds Teaching Hospitals NHS Trust")
    boots = score(
        "pharmacist nhs", title="Pharmacist", company="Boots", description="Retail pharmacy."
    )
    assert nhs[1] > boots[1]
