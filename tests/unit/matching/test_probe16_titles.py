"""A new user's probe on the USAJOBS postings: a facility letter in a title is no language."""

from __future__ import annotations

import pytest

from core.matching.features import features
from tests.conftest import posting


@pytest.mark.parametrize(
    "title",
    [
        "Air Traffic Control Specialist (C)",
        "Supervisory Air Traffic Control Specialist, (C) (Operations Manager)",
    ],
)
def test_the_faa_facility_letter_is_no_c(title: str) -> None:
    # /explore air traffic controller listed "Skills in demand: C 2%"
    assert "c" not in features(posting("1", title, description="")).skills


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Software Engineer (C)", "c"),
        ("C Developer", "c"),
        ("Embedded C Programmer", "c"),
        ("Statistician (R)", "r"),
        ("Data Scientist (R)", "r"),
    ],
)
def test_a_one_letter_language_beside_a_role_that_codes_counts(title: str, skill: str) -> None:
    assert skill in features(posting("1", title, description="")).skills
