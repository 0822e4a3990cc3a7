"""Levels: a title without a level word is levelled by the years its text asks for, and the
level asked ranks before a higher one (Microsoft's unlevelled "Software Engineer" is entry)."""

from __future__ import annotations

import pytest

from core.matching import Matcher, parse_query, rank, score_posting, threshold_for
from core.model import Posting

TEXT = "You will build services in C# on Azure. {years} of software engineering experience."


def posting(pid: str, title: str, years: str = "") -> Posting:
    return Posting(id=pid, title=title, description=TEXT.format(years=years or "Some"))


def passes(query: str, found: Posting) -> bool:
    result = score_posting(parse_query(query), found)
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "kept", "left_out"),
    [
        ("senior software engineer", ["5+ years", ""], ["0-2 years", "2+ years"]),  # "": unstated
        ("sde ii", ["2+ years", "3+ years", ""], ["1+ years", "0-1 years"]),
    ],
)
def test_an_unlevelled_title_is_levelled_by_the_years_asked(
    query: str, kept: list[str], left_out: list[str]
) -> None:
    matcher = Matcher()  # the index agrees with the scorer
    matcher.add(1, parse_query(query))
    for years in kept + left_out:
        found = posting("p", "Software Engineer", years)
        assert passes(query, found) is (years in kept), years
        assert bool(matcher.match(found, explain=False)) is (years in kept), years


def test_the_level_asked_ranks_before_a_higher_one() -> None:
    query = parse_query("senior software engineer c#")
    principal = posting("principal", "Principal Software Engineer")
    senior = posting("senior", "Senior Software Engineer")
    ranked = rank(query, [principal, senior])
    assert [p.id for p, _ in ranked] == ["senior", "principal"]
    assert "principal ✓" in score_posting(query, principal).reasons  # it fits, after
