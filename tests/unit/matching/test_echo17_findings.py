"""A new user's probe of the echo: synonyms and short names said, pay floors, ranges, scores."""

from __future__ import annotations

import pytest

from core.matching import meaning, parse_query, score_posting
from core.matching.unstated import unstated
from core.model import Posting


@pytest.mark.parametrize(
    ("search", "note"),
    [
        ("lawyer k8s", 'I read "lawyer" as attorney, "k8s" as Kubernetes'),
        ("human resources", 'I read "human resources" as hr'),
        ("rn", 'I read "rn" as registered nurse'),
        ("lpn", 'I read "lpn" as licensed practical nurse'),
        ("cna", 'I read "cna" as certified nursing assistant'),
        ("atc", 'I read "atc" as air traffic controller'),
        ("sde", 'I read "sde" as software engineer'),
        ("mongo", 'I read "mongo" as MongoDB'),
        ("lawyr", 'I read "lawyr" as attorney'),  # the typo and the synonym in one reading
    ],
)
def test_a_word_read_as_another_is_said_in_one_note(search: str, note: str) -> None:
    assert parse_query(search).notes == (note,)  # was no note


@pytest.mark.parametrize(
    "search", ["python", "rabbit mq", "nurses", "node js", "fully remote nurse", "c# developer"]
)
def test_a_new_casing_spacing_or_plural_is_no_rewrite(search: str) -> None:
    assert not parse_query(search).notes


def test_a_loose_title_met_exactly_scores_at_most_100_with_one_title_reason() -> None:
    teacher = Posting(id="t", title="Teacher", description="Teach.")
    result = meaning.explained(parse_query("teacher"), teacher, "loose")
    assert result.score <= 100  # was 100.1: a float32 cosine of 1.0006
    assert len([r for r in result.reasons if r.startswith("title ≈")]) == 1  # was two
    lifted = meaning.explained(parse_query("teacher"), _p("Teachers"), "loose")
    assert len([r for r in lifted.reasons if r.startswith("title ≈")]) <= 1


def _p(title: str) -> Posting:
    return Posting(id=title, title=title, description="")


@pytest.mark.parametrize(
    ("search", "floor"), [("nurse, 80k-60k", 60_000), ("nurse, 60k-80k", 60_000)]
)
def test_a_pay_range_is_pay_only_not_a_specialty(search: str, floor: float) -> None:
    query = parse_query(search)
    assert query.salary_min == floor and query.title == ("nurse",)
    assert not [n for n in query.notes if "specialty" in n]  # was "… as the specialty of nurse"


@pytest.mark.parametrize("search", ["backend engineer 1k", "backend engineer 5k+", "nurse 4/hr"])
def test_a_floor_too_small_for_a_year_is_flagged(search: str) -> None:
    query = parse_query(search)
    assert query.salary_min is None  # was salary ≥ 1k, silently
    assert "too little for a year's pay" in query.notes[0]


def test_found_postings_none_stating_the_place_or_pay_asked_say_so() -> None:
    unknown = Posting(id="u", title="Nurse", description="")
    query = parse_query("nurse practitioner remote us 200k+")
    note = unstated(query, [unknown])  # was nothing: every result "not stated", unexplained
    assert note.startswith("None of these states its place, workplace or pay: I found no posting")
    assert unstated(parse_query("nurse in ohio"), [unknown]) == (
        "None of these states its place: I found no posting known to be in Ohio."
    )
    ohio = Posting(id="o", title="Nurse", description="", location="Columbus, OH")
    assert unstated(parse_query("nurse in ohio"), [unknown, ohio]) == ""


def test_postings_stating_the_state_asked_rank_before_those_stating_no_place() -> None:
    query = parse_query("nurse in ohio")  # "City, OH" and "City, Ohio" are both Ohio
    unknown = score_posting(query, Posting(id="u", title="Nurse", description=""))
    for where in ("Columbus, OH", "Dayton, Ohio"):
        ohio = score_posting(query, Posting(id="o", title="Nurse", description="", location=where))
        assert ohio.score > unknown.score and f"{where} ✓" in ohio.reasons
