"""Findings of fix22.

A remote job open to one country inside the region asked is open to part of it only: "Remote
(Germany)" for "backend remote eu" was ✓ at 100, level with "Remote (EU)", though a French
engineer cannot take it. It is kept, ≈, ranked after postings open to the whole region and to
the wider regions and anywhere around it.

"principal" after school words is the school administrator's title (O*NET 11-9032 Education
Administrators), not a level: "school principal" was read as title "school" at principal level.
"""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact
from tests.unit.matching.found import found


def _remote(location: str) -> Posting:
    return Posting(
        id=location,
        title="Backend Engineer",
        description="We build backend services in Python.",
        location=location,
    )


ORDER = [
    "Remote (EU)",
    "Remote - Europe",
    "EMEA (Remote)",
    "Remote - Worldwide",
    "Remote (Germany)",
]
POOL = [_remote(loc) for loc in [*reversed(ORDER), "Remote (Portugal)", "Remote (US)", "Remote"]]


@pytest.mark.parametrize("search", ["backend remote eu", "backend eu remote"])
@pytest.mark.parametrize("place", ["Remote (Germany)", "Remote (Portugal)", "Remote - Germany"])
def test_remote_one_country_is_part_of_the_region(search: str, place: str) -> None:
    result = score_posting(parse_query(search), _remote(place))
    country = place.split("(")[-1].split("-")[-1].strip(" )")
    assert f"{place} ≈ open to {country} only, part of the EU" in result.reasons
    assert result.unmet == 1 and "place" in result.short
    assert found(search, _remote(place))  # kept at normal, as before
    assert result.score < score_posting(parse_query(search), _remote("Remote (EU)")).score


def test_remote_eu_ranks_the_whole_region_first() -> None:
    ranked = [p.id for p, _ in rank(parse_query("backend remote eu"), POOL)]
    assert ranked[: len(ORDER)] == ORDER
    assert ranked.index("Remote (Portugal)") < ranked.index("Remote")
    assert "Remote (US)" not in ranked


def test_a_country_beside_the_region_does_not_make_one_of_its_countries_whole() -> None:
    result = score_posting(parse_query("backend remote eu or us"), _remote("Remote (Germany)"))
    assert "Remote (Germany) ≈ open to Germany only, part of the EU" in result.reasons


def test_remote_europe_one_country_and_the_eu() -> None:
    q = parse_query("backend remote europe")
    assert "Remote (EU) ✓" in score_posting(q, _remote("Remote (EU)")).reasons
    berlin = score_posting(q, _remote("Remote (Berlin, Germany)"))
    assert "Remote (Berlin, Germany) ≈ open to Germany only, part of Europe" in berlin.reasons
    assert berlin.score < score_posting(q, _remote("Remote - Europe")).score


@pytest.mark.parametrize(
    ("search", "place"),
    [
        ("backend remote germany", "Remote (Germany)"),  # the country asked: the whole of it
        ("backend remote eu", "Remote (Germany, EU)"),  # the region named too
        ("backend remote us", "Remote (US)"),
        ("backend remote us", "Remote (California)"),  # a country asked: as before
        ("backend remote eu or germany", "Remote (Germany)"),  # open to one place asked, whole
    ],
)
def test_remote_open_to_the_place_asked_stays_a_full_fit(search: str, place: str) -> None:
    result = score_posting(parse_query(search), _remote(place))
    assert result.unmet == 0 and result.score == 100


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_region_parts_indexes_exact(sensitivity: Sensitivity) -> None:
    searches = ["backend remote eu", "backend remote europe", "backend nyc or remote eu"]
    searches += ["backend remote eu or us", "backend remote eu or germany"]
    assert_indexes_exact(searches, POOL, sensitivity)


def _school(title: str) -> Posting:
    return Posting(
        id=title,
        title=title,
        description="Lead our K-8 school; state administrator certification required.",
    )


SCHOOL = [
    _school(t)
    for t in (
        "Elementary School Principal",
        "High School Principal",
        "Assistant Principal",
        "Principal",
        "Principal Software Engineer",
        "School Counselor",
    )
]


@pytest.mark.parametrize(
    ("search", "title"),
    [
        ("school principal", ("school", "principal")),
        ("assistant principal", ("assistant", "principal")),
        ("vice principal", ("vice", "principal")),
        ("elementary school principal", ("principal",)),
        ("principal", ("principal",)),
        ("principal remote", ("principal",)),
    ],
)
def test_principal_after_school_words_or_alone_is_the_title(
    search: str, title: tuple[str, ...]
) -> None:
    q = parse_query(search)
    assert q.title == title and q.seniority == ()


def test_principal_alone_says_how_to_ask_the_level() -> None:
    notes = " ".join(parse_query("principal").notes)
    assert '"principal" as the job title' in notes and "principal software engineer" in notes


@pytest.mark.parametrize(
    ("search", "title"),
    [
        ("principal software engineer", ("software", "engineer")),
        ("principal engineer", ("engineer",)),
        ("senior principal engineer", ("engineer",)),
        ("principal python", ()),
    ],
)
def test_principal_before_a_role_stays_a_level(search: str, title: tuple[str, ...]) -> None:
    q = parse_query(search)
    assert q.title == title and q.seniority == ("principal",)


def test_senior_principal_alone_stays_the_level() -> None:
    with pytest.raises(Exception, match="principal level"):
        parse_query("senior principal")


@pytest.mark.parametrize("search", ["school principal", "principal", "elementary school principal"])
def test_school_principal_finds_principals_not_engineers(search: str) -> None:
    assert found(search, _school("Elementary School Principal"))
    assert not found(search, _school("Principal Software Engineer"))


def test_school_principal_postings_read_the_title() -> None:
    result = score_posting(parse_query("school principal"), _school("High School Principal"))
    assert result.score > score_posting(parse_query("school principal"), _school("Principal")).score
    assert found("assistant principal", _school("Assistant Principal"))


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_principal_indexes_exact(sensitivity: Sensitivity) -> None:
    searches = ["school principal", "principal", "assistant principal", "principal engineer"]
    assert_indexes_exact(searches, SCHOOL, sensitivity)
