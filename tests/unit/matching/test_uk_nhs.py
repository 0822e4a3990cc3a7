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


@pytest.mark.parametrize(
    "query",
    [
        "hospital pharmacist (NHS band 7) manchester",
        "hospital pharmacist band 7 manchester",
        "hospital pharmacist nhs band 8a manchester",
        "hospital pharmacist manchester band 6",
    ],
)
def test_an_nhs_pay_band_is_no_title_word_and_is_said(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.title == ("hospital", "pharmacist")
    assert parsed.locations == ("manchester",)
    assert any("band" in note and "pay" in note for note in parsed.notes)
    assert not any("specialty" in note for note in parsed.notes)


@pytest.mark.parametrize(
    ("query", "word"), [("band director", "band"), ("rubber band maker", "band")]
)
def test_a_band_that_is_no_pay_band_stays_a_title_word(query: str, word: str) -> None:
    assert word in parse_query(query).title


@pytest.mark.parametrize(
    ("query", "title"),
    [("chemist manchester", ("chemist",)), ("analytical chemist", ("analytical", "chemist"))],
)
def test_a_chemist_is_a_chemistry_job_in_the_uk_too(query: str, title: tuple[str, ...]) -> None:
    # "Chemist" in British shop names is a pharmacy, but searches for it most often mean chemistry.
    parsed = parse_query(query)
    assert parsed.title == title
    assert not score(query, title="Pharmacist", location="Manchester, UK")[0]
    assert score(query, title="Analytical Chemist", location="Manchester, UK")[1] > 0
