"""British places people search by: "Greater X" metro counties and the UK's ITL1 regions."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.matching.tips import relaxations
from core.model import Posting


def passes(query: str, location: str, title: str = "Pharmacist") -> bool:
    posting = Posting(id=location, title=title, location=location)
    found = score_posting(parse_query(query), posting)
    return found.passed and found.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "title", "places"),
    [
        ("pharmacist greater manchester", ("pharmacist",), ("greater manchester",)),
        ("nurse greater london", ("nurse",), ("greater london",)),
        ("teacher greater glasgow", ("teacher",), ("greater glasgow",)),
        ("pharmacy jobs north west england", ("pharmacist",), ("north west england",)),
        ("pharmacist in the north west", ("pharmacist",), ("the north west",)),
        ("nurse the south east", ("nurse",), ("the south east",)),
        ("accountant yorkshire and the humber", ("accountant",), ("yorkshire and the humber",)),
        ("engineer east midlands", ("engineer",), ("east midlands",)),
    ],
)
def test_greater_x_and_uk_regions_are_places_not_title_words(
    query: str, title: tuple[str, ...], places: tuple[str, ...]
) -> None:
    parsed = parse_query(query)
    assert (parsed.title, parsed.locations) == (title, places)


def test_x_or_greater_x_is_one_place_and_no_title() -> None:
    parsed = parse_query("clinical pharmacist manchester or greater manchester")
    assert parsed.title == ("clinical", "pharmacist")
    assert parsed.or_titles == ()
    assert "greater manchester" in parsed.locations


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "pharmacist greater manchester",
            ["Manchester, England", "Salford, United Kingdom", "Stockport, UK"],
            ["Manchester, NH", "Liverpool, UK", "London, UK"],
        ),
        (
            "pharmacist north west england",
            ["Liverpool, UK", "Preston, Lancashire, United Kingdom", "Manchester, England"],
            ["Leeds, UK", "London, UK", "Seattle, WA"],
        ),
        ("pharmacist the south east", ["Reading, UK", "Brighton, United Kingdom"], ["Miami, FL"]),
    ],
)
def test_a_uk_region_is_the_towns_in_it(query: str, inside: list[str], outside: list[str]) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_a_plain_title_in_greater_manchester_scores_in_full() -> None:
    posting = Posting(id="1", title="Pharmacist", location="Manchester, UK")
    assert score_posting(parse_query("pharmacist greater manchester"), posting).score >= 90


def test_a_tip_names_the_whole_place_said() -> None:
    # Was "without Manchester" for "pharmacist greater manchester", whose title had "greater".
    parsed = parse_query("pharmacist greater manchester")
    assert next((r.kind, r.part) for r in relaxations(parsed, "normal")) == (
        "place",
        "Greater Manchester",
    )
    assert parsed.where == "in Greater Manchester"


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("developer south east asia", "asia"),
        ("nurse north east ohio", "ohio"),
        ("engineer south west florida", "florida"),
    ],
)
def test_a_bare_compass_point_before_a_place_is_no_uk_region(query: str, place: str) -> None:
    assert parse_query(query).locations == (place,)
