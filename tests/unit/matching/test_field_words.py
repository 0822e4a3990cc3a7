"""A search naming a field ("nursing jobs") rather than a role finds that field's role."""

from __future__ import annotations

from importlib import resources

import pytest

from core.matching import Matcher, parse_query, rank, score_posting
from core.matching.postings_index import PostingIndex
from core.matching.scoring import FIELD_ALONE
from core.matching.vocab import vocabulary
from core.model import Posting

POOL = [
    Posting(id="rn", title="Registered Nurse"),
    Posting(id="nurse", title="Nurse"),
    Posting(id="charge", title="Charge Nurse (RN)"),
    Posting(id="cna", title="Nursing Assistant"),
    Posting(id="don", title="Director of Nursing"),
    Posting(id="teacher", title="Teacher"),
    Posting(id="accountant", title="Accountant"),
    Posting(id="swe", title="Software Engineer"),
    Posting(id="paralegal", title="Paralegal Specialist"),
]
BY_ID = {p.id: p for p in POOL}


@pytest.mark.parametrize(
    ("text", "noun", "field"),
    [
        ("nursing", "nurse", "nursing"),
        ("nursing jobs", "nurse", "nursing"),
        ("Nursing positions", "nurse", "nursing"),
        ("teaching jobs", "teacher", "teaching"),
        ("accounting", "accountant", "accounting"),
        ("engineering roles", "engineer", "engineering"),
        ("pharmacy work", "pharmacist", "pharmacy"),
    ],
)
def test_a_field_alone_is_its_role_or_itself_saying_so(text: str, noun: str, field: str) -> None:
    query = parse_query(text)
    assert query.titles == ((noun,), (field,))
    assert query.describe() == f'title "{noun}" or "{field}"'
    assert f'I read "{field}" as {noun} jobs, and titles with "{field}" in them' in query.notes


@pytest.mark.parametrize(
    ("text", "posting"),
    [
        ("nursing jobs", "rn"),
        ("nursing jobs", "nurse"),
        ("nursing", "charge"),
        ("teaching jobs", "teacher"),
        ("accounting", "accountant"),
        ("engineering jobs", "swe"),
    ],
)
def test_a_field_search_finds_the_role(text: str, posting: str) -> None:
    assert score_posting(parse_query(text), BY_ID[posting]).score >= 80


def test_a_field_search_keeps_titles_with_the_field_word() -> None:
    query = parse_query("nursing jobs")
    assert score_posting(query, BY_ID["cna"]).score == 100 * FIELD_ALONE  # below the role's
    assert score_posting(query, BY_ID["don"]).score == 100 * FIELD_ALONE
    found = {p.id for p, _ in rank(query, POOL)}
    assert {"rn", "nurse", "charge", "cna", "don"} <= found
    assert not found & {"teacher", "accountant", "swe", "paralegal"}


@pytest.mark.parametrize(
    "text", ["engineering manager", "nursing assistant", "accounting clerk", "teaching assistant"]
)
def test_a_field_word_with_other_title_words_keeps_its_reading(text: str) -> None:
    query = parse_query(text)
    # no field note; "engineering manager" is said as read: software engineering manager
    assert query.or_titles == () and not [n for n in query.notes if "field" in n or "jobs" in n]
    assert "nurse" not in query.title and "accountant" not in query.title


def test_a_field_search_leaving_out_the_role_is_not_rewritten() -> None:
    assert parse_query("nursing -nurse").titles == (("nursing",),)


def test_a_field_search_is_exact_in_the_matcher_and_the_index() -> None:
    query = parse_query("nursing jobs")
    matcher = Matcher()
    matcher.add(1, query)
    index = PostingIndex()
    for posting in POOL:
        index.put(posting)
    exhaustive = {(p.id, r.score) for p, r in rank(query, POOL)}
    assert {(p.id, r.score) for p, r in index.search(query).matches} == exhaustive
    assert {p.id for p in POOL if matcher.passing_by_id(p)[0] == [1]} == {i for i, _ in exhaustive}


def test_every_field_and_role_noun_is_a_known_word() -> None:
    known = vocabulary().known
    data = resources.files("core.matching").joinpath("data", "field_words.tsv")
    rows = [ln.split("\t") for ln in data.read_text("utf-8").splitlines() if ln[:1] != "#"]
    assert len(rows) >= 10
    for field, noun in rows:
        assert field in known and noun in known, (field, noun)
        assert parse_query(field).titles == ((noun,), (field,))
