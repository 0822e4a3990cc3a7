"""Federal fields of the fifth batch of fresh federal queries (issue 14)."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.passed and result.score >= threshold_for("normal")


def test_a_plural_in_ies_is_its_singular_in_y() -> None:
    assert parse_query("facilities manager").title == ("facility", "manager")
    assert parse_query("utilities specialist").title == ("utility", "specialist")
    ops = "1640 - Facility Operations Services"
    # series 1640's title is "facility manager": its postings pass a search for the plural
    assert passes("facilities manager", "Facility Operations Specialist", ops)
    assert passes("facility manager", "Facilities Manager")
    # a plural that is a word of its own stays one
    assert parse_query("securities specialist").title == ("securities", "specialist")
    assert not passes("security specialist", "Securities Specialist")


def test_another_occupations_titles_give_no_credit_for_a_named_occupation() -> None:
    # "public utilities specialist" names 1130; a public affairs posting (1035) whose own title
    # shares no word is no longer credited by "public affairs specialist", its series' title
    assert not passes(
        "public utilities specialist", "Director, Office of Communications", "1035 - Public Affairs"
    )
    # a posting of the named series still passes by its series' title
    assert passes("public utilities specialist", "Regulatory Analyst", "1130")
    # a search naming no one occupation still credits the series' titles
    assert passes("specialist", "Director, Office of Communications", "1035 - Public Affairs")
