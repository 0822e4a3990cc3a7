"""A kind of a role named by an optional word alone (issue 14, nurse18)."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.passed and result.score >= threshold_for("normal")


def test_a_registered_nurse_search_leaves_out_practical_nurses() -> None:
    # "practical" names another kind of nurse (series 0620), with or without the series
    assert not passes("registered nurse", "Practical Nurse", "0620 - Practical Nurse")
    assert not passes("registered nurse", "Practical Nurse")
    assert not passes("registered nurse", "Licensed Practical Nurse")
    # plain nurses and nurses of no series of their own may be registered ones
    assert passes("registered nurse", "Nurse", "0610 - Nurse")
    assert passes("registered nurse", "Registered Nurse - MedSurg")
    assert passes("registered nurse", "Psychiatric Nurse")
    assert passes("registered nurse", "Supervisory Clinical Nurse")
    # "nurse" alone still lists practical nurses
    assert passes("nurse", "Practical Nurse", "0620 - Practical Nurse")
    assert passes("nurse", "Licensed Practical Nurse")


def test_the_reasons_say_the_kind_is_missing() -> None:
    result = score_posting(
        parse_query("registered nurse"), Posting(id="p", title="Practical Nurse")
    )
    assert any('no "registered" in the title' in line for line in result.breakdown)
