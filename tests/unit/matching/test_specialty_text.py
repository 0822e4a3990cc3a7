"""A generically titled posting whose text names the specialisation asked for shows that work,
even when its text says more about another one (Microsoft's "Software Engineer" on an ML team)."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting

BACKEND = (
    "Build backend services and APIs on distributed storage, with databases, REST endpoints "
    "and microservices. "
)


def passes(query: str, title: str, text: str) -> bool:
    result = score_posting(parse_query(query), Posting(id="p", title=title, description=text))
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "named", "negated"),
    [
        (
            "machine learning engineer",
            "You will ship machine learning features.",
            "There is no machine learning in this role.",
        ),
        (
            "firmware engineer",
            "You will work on firmware for our servers.",
            "This is not firmware work.",
        ),
        (
            "data engineer",
            "You will own big data pipelines and our data platform.",
            "No data engineering here.",
        ),
    ],
)
def test_a_text_naming_the_specialisation_shows_it(query: str, named: str, negated: str) -> None:
    assert passes(query, "Senior Software Engineer", BACKEND + named)
    assert not passes(query, "Senior Software Engineer", BACKEND + negated)


def test_a_full_stop_without_its_space_does_not_hide_the_word_before_it() -> None:
    # as scraped careers pages write it (Microsoft's postings)
    text = "Experience developing production software using C or C++.Experience with Azure."
    assert passes("c++ software engineer", "Software Engineer II", text)
    text = BACKEND + "You will bring machine learning.Experience with PyTorch is a plus."
    assert passes("machine learning engineer", "Software Engineer II", text)
