"""A probe's in-house counsel: "in-house" says who employs the person, not the job, so it is no
title word (the search was the title "house counsel")."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("in-house counsel", ("counsel",)),
        ("in house counsel", ("counsel",)),
        ("inhouse counsel", ("counsel",)),
        ("in-house recruiter", ("recruiter",)),
        ("house cleaner", ("house", "cleaner")),  # a house is the job's object here
    ],
)
def test_in_house_is_no_title_word(query: str, title: tuple[str, ...]) -> None:
    assert parse_query(query).title == title


@pytest.mark.parametrize(("title", "fits"), [("In-House Counsel", True), ("House Manager", False)])
def test_an_in_house_counsel_search_finds_counsel_not_a_house_job(title: str, fits: bool) -> None:
    found = score_posting(parse_query("in-house counsel"), Posting(id="1", title=title))
    assert (found.passed and found.score >= threshold_for("normal")) is fits
