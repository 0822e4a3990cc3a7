"""A user researcher is UX research, not a scientist (issue 14, ms4): "machine learning
scientist" and "applied scientist nlp" passed Microsoft's "User Researcher II" on a text naming
machine learning among its team's technologies, and "ux researcher" missed it."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting

# As Microsoft's careers page words a user researcher's posting.
TEXT = (
    "We're incorporating diverse groundbreaking technologies, from computer vision and machine "
    "learning to human-computer interaction. We are looking for an experienced User Researcher "
    "who's also highly capable in Human Computer Interaction and User Experience Design. Plan "
    "and execute multi-method user research, and synthesize findings into our experience designs."
)


def _passes(query: str, title: str) -> bool:
    result = score_posting(parse_query(query), Posting(id="p", title=title, description=TEXT))
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize("title", ["User Researcher II", "User Experience Researcher"])
@pytest.mark.parametrize("query", ["machine learning scientist", "applied scientist nlp"])
def test_a_user_researcher_is_no_scientist_of_a_field(query: str, title: str) -> None:
    assert not _passes(query, title)


@pytest.mark.parametrize(
    "title", ["User Researcher II", "User Experience Researcher", "UX Researcher"]
)
@pytest.mark.parametrize(
    "query", ["ux researcher", "user researcher", "user experience researcher"]
)
def test_a_user_researcher_is_a_ux_researcher(query: str, title: str) -> None:
    assert _passes(query, title)
