"""Levels above senior (issue 14, fresh8 dev): a staff, lead or principal search lists postings
stating its level, then those stating a higher level or the other track of its rank, and never
a lower or unstated one (CONVENTIONS.md: measured on every set's dev half, the convention's 70%
for an unstated level holds for junior, mid and senior searches only); a practice asked beside
such a level ranks, and a title of the level missing a title word asked is still listed."""

from __future__ import annotations

from core.matching import PostingIndex, parse_query, rank, score_posting
from core.model import Posting
from tests.unit.matching.found import found, posting


def _listed(query: str, postings: list[Posting]) -> list[str]:
    """The ids the product's index passes, in rank()'s order (as the evaluations list them)."""
    index = PostingIndex()
    for p in postings:
        index.put(p)
    parsed = parse_query(query)
    passing = {p.id for p, _ in index.search(parsed, "normal", explain=False).matches}
    return [p.id for p, _ in rank(parsed, [p for p in postings if p.id in passing])]


GO = "Build our Go services: gRPC APIs, PostgreSQL, Kubernetes."


def test_a_staff_search_lists_staff_then_principal_and_lead_never_lower_or_unstated() -> None:
    postings = [
        posting(title, GO)
        for title in (
            "Backend Engineer (Go)",  # states no level
            "Senior Backend Engineer (Go)",
            "Lead Backend Engineer (Go)",
            "Staff Backend Engineer (Go)",
            "Principal Backend Engineer (Go)",
            "Junior Go Developer",
            "Backend Engineer Intern (Go)",
            "Mid-level Backend Engineer (Go)",
        )
    ]
    listed = _listed("staff backend engineer golang", postings)
    assert listed[0] == "Staff Backend Engineer (Go)"
    assert set(listed) == {
        "Staff Backend Engineer (Go)",
        "Principal Backend Engineer (Go)",
        "Lead Backend Engineer (Go)",
    }
    result = score_posting(parse_query("staff backend engineer golang"), postings[0])
    assert not result.passed
    assert "✗ seniority: posting is not levelled, you asked for staff" in result.reasons


def test_a_principal_search_lists_no_staff_senior_or_unstated_level() -> None:
    query = "principal software engineer distributed systems"
    text = "Design our distributed systems: consensus, replication, sharding."
    assert found(query, posting("Principal Software Engineer", text))
    for title in (
        "Staff Engineer, Distributed Systems",
        "Senior Software Engineer, Distributed Systems",
        "Software Engineer, Distributed Systems",
        "Junior Software Engineer",
        "Software Engineering Intern",
    ):
        assert not found(query, posting(title, text)), title


def test_a_senior_search_still_lists_an_unstated_level_below_the_senior_ones() -> None:
    # The convention as it stands for senior searches (96.8 vs 100 in CONVENTIONS.md).
    query = "senior backend engineer golang"
    plain = posting("Backend Engineer (Go)", GO)
    senior = posting("Senior Backend Engineer (Go)", GO)
    assert _listed(query, [plain, senior]) == [senior.id, plain.id]
    assert not found(query, posting("Junior Backend Engineer (Go)", GO))


def test_a_principal_title_missing_a_word_asked_is_listed_without_the_practice() -> None:
    # fresh8 dev: were 54.9 ("a title missing a word asked and the practice asked").
    query = "principal software engineer distributed systems"
    best = posting(
        "Principal Software Engineer", "Own our distributed systems: consensus and replication."
    )
    go = posting(
        "Principal Engineer, Backend (Go)",
        "Principal engineer for our Go backend: set direction for distributed ingestion.",
    )
    payments = posting(
        "Principal Backend Engineer, Payments",
        "Principal engineer for our payments backend (Kotlin, PostgreSQL).",
    )
    senior = posting("Senior Backend Engineer", "Payments backend in Kotlin.")
    staff = posting("Staff Backend Engineer (Go)", GO)
    listed = _listed(query, [payments, go, senior, staff, best])
    assert listed[0] == best.id
    assert set(listed) == {best.id, go.id, payments.id}


def test_a_senior_title_missing_a_word_asked_still_needs_the_practice() -> None:
    # fresh2 dev: a Senior Backend Engineer doing no distributed systems work is no
    # "senior software engineer distributed systems" (31 of 37 false positives when listed).
    query = "senior software engineer distributed systems"
    assert not found(query, posting("Senior Backend Engineer", "Payments backend in Kotlin."))
    assert found(
        query,
        posting("Senior Backend Engineer", "Build our distributed systems: consensus, sharding."),
    )
