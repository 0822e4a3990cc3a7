"""Level spellings people type (a new user's probe): each read as a level, echoed, and read the
same in a search and in a posting's title (one table, terms.tsv and seed_titles.tsv)."""

from __future__ import annotations

import pytest

from core.matching import Matcher, parse_query, score_posting, threshold_for
from core.matching.features import features
from core.model import Posting

TEXT = "You will build services in C# on Azure. 3+ years of software engineering experience."


def posting(title: str) -> Posting:
    return Posting(id="p", title=title, description=TEXT)


def passes(query: str, found: Posting) -> bool:
    result = score_posting(parse_query(query), found)
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("said", "level", "note", "graded"),
    [
        ("swe l7", "principal", 'I read "l7" as principal level', True),
        ("sde2", "mid", 'I read "sde2" as mid level', True),
        ("SDE2", "mid", 'I read "sde2" as mid level', True),
        ("sde-2", "mid", 'I read "2" as mid level', True),
        ("swe3", "senior", 'I read "swe3" as senior level', True),
        ("swe iii", "senior", 'I read "iii" as senior level', True),
        ("ic5 software engineer", "senior", 'I read "ic5" as senior level', True),
        ("ic 4 software engineer", "mid", 'I read "ic 4" as mid level', True),
        ("level 3 software engineer", "senior", 'I read "level 3" as senior level', True),
        ("lvl 2 software engineer", "mid", 'I read "lvl 2" as mid level', True),
        ("e6 software engineer", "staff", 'I read "e6" as staff level', True),
        (
            "senior ii software engineer",
            "senior",
            'I read "senior ii" as senior level, a grade within it',
            False,
        ),
        (
            "principal 1 software engineer",
            "principal",
            'I read "principal 1" as principal level, a grade within it',
            False,
        ),
        ("staff+ software engineer", "staff", 'I read "staff+" as staff level or above', False),
        ("sr software engineer", "senior", 'I read "sr" as senior level', False),
        ("snr software engineer", "senior", 'I read "snr" as senior level', False),
        ("jr. software engineer", "junior", 'I read "jr" as junior level', False),
        ("entry level software engineer", "junior", 'I read "entry level" as junior level', False),
        ("new grad software engineer", "junior", 'I read "new grad" as junior level', False),
    ],
)
def test_a_level_spelling_is_read_echoed_and_read_so_in_titles(
    said: str, level: str, note: str, graded: bool
) -> None:
    query = parse_query(said)
    assert query.seniority == (level,)
    assert note in query.notes
    assert query.graded is graded
    assert features(posting(said.title())).seniority == level  # "Sde2", "Level 3 Software …"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineer (L7)", "principal"),
        ("Sr. Staff SWE (L7)", "staff"),  # as a search reads it: the words say the level
        ("Staff Software Engineer (E6)", "staff"),
        ("Software Engineer, Level 2", "mid"),
        ("IC4 Engineer", "mid"),
        ("SDE2, Payments", "mid"),
        ("Senior II Software Engineer", "senior"),
        ("Staff+ Backend Engineer", "staff"),
        # the FAA's facility levels in air traffic titles are no rungs of a ladder
        ("Air Traffic Control Specialist (MSS-2, Level 5)", None),
    ],
)
def test_a_title_is_levelled_as_a_search_saying_it(title: str, level: str | None) -> None:
    assert features(posting(title)).seniority == level
    if level is not None:
        assert parse_query(title).seniority == (level,)


@pytest.mark.parametrize(
    ("query", "kept", "left_out"),
    [
        (
            "swe l7",
            ["Software Engineer (L7)", "Principal Software Engineer"],
            ["Software Engineer"],
        ),
        # msrecall: an unlevelled title whose text asks a II's years (3+) fits the rung
        ("sde2", ["SDE II, Core Services", "Software Engineer 2", "SDE2", "Software Engineer"], []),
        ("level 3 software engineer", ["Senior Software Engineer"], ["Software Engineer II"]),
        (
            "ic 4 software engineer",
            ["Software Engineer II", "IC4 Software Engineer", "Software Engineer"],
            ["Senior Software Engineer"],
        ),
    ],
)
def test_a_level_spelling_matches_its_titles(
    query: str, kept: list[str], left_out: list[str]
) -> None:
    matcher = Matcher()  # the index agrees with the scorer
    matcher.add(1, parse_query(query))
    for title in kept + left_out:
        found = posting(title)
        assert passes(query, found) is (title in kept), title
        assert bool(matcher.match(found, explain=False)) is (title in kept), title
