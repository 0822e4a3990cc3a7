"""Misspelt places (a new user's probe): the multi-word place a typo is nearest before a place
of one of its words ("new yrok" is New York, not York), and a clear typo of a big city never a
different small one."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


@pytest.mark.parametrize(
    ("said", "place", "note"),
    [
        ("new yrok", "new york", 'I read "new yrok" as New York, a city in New York'),
        ("new yokr", "new york", 'I read "new yokr" as New York'),
        ("in new yrok", "new york", 'I read "new yrok" as New York'),
        ("nwe york", "new york", 'I read "nwe york" as New York'),
        ("new yrok city", "new york city", 'I read "new yrok" as New York City'),
        ("los angles", "los angeles", 'I read "los angles" as Los Angeles'),  # "angles" a word
        ("san jos", "san jose", 'I read "san jos" as San Jose'),  # not Jos, Nigeria
        ("sna francisco", "san francisco", 'I read "sna francisco" as San Francisco'),
        ("meixco city", "mexico city", 'I read "meixco city" as Mexico City'),  # not Mixco
        ("alexandira", "alexandria", 'I read "alexandira" as Alexandria, a city in Egypt'),
        ("frankfrt", "frankfurt", 'I read "frankfrt" as Frankfurt'),  # places.txt only
        ("san fransisco", "san francisco", 'I read "san fransisco" as San Francisco'),
        ("berln", "berlin", 'I read "berln" as Berlin'),
    ],
)
def test_a_misspelt_place_is_read_as_the_place_it_is_nearest(
    said: str, place: str, note: str
) -> None:
    query = parse_query(f"backend engineer {said}")
    assert query.locations == (place,)
    assert query.title == ("backend", "engineer")
    assert any(n.startswith(note) for n in query.notes), query.notes


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("sf", "sf"),
        ("nyc", "nyc"),
        ("bay area", "bay area"),
        ("londn", "londn"),  # another name of London in cities.tsv, echoed London
        ("new york", "new york"),
        ("san antonio", "san antonio"),
    ],
)
def test_places_written_right_or_by_another_name_stay_as_they_were(said: str, place: str) -> None:
    assert parse_query(f"backend engineer {said}").locations == (place,)


@pytest.mark.parametrize(
    "said", ["new hire nurse", "new role backend", "port engineer", "fort work teacher"]
)
def test_words_beside_a_place_word_are_no_misspelt_place(said: str) -> None:
    assert parse_query(said).locations == ()


def test_new_yrok_finds_new_york_postings_and_not_york() -> None:
    query = parse_query("backend engineer new yrok")
    bar = threshold_for("normal")
    for location, kept in [("New York, NY", True), ("York, United Kingdom", False)]:
        found = Posting(id="p", title="Backend Engineer", location=location, workplace="onsite")
        result = score_posting(query, found)
        assert (result.passed and result.score >= bar) is kept, location
