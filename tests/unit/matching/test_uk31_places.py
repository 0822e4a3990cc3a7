"""A UK nurse's probe: the UK's nations are places of their own (Scotland is no Wales), read
last without "in" like a city; A&E, R&D and the UK's nursing abbreviations read whole."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


def passes(query: str, location: str, title: str = "Staff Nurse") -> bool:
    found = score_posting(parse_query(query), Posting(id=location, title=title, location=location))
    return found.passed and found.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "title", "place"),
    [
        ("nurse scotland", ("nurse",), "scotland"),
        ("nurse england", ("nurse",), "england"),
        ("nurse wales", ("nurse",), "wales"),
        ("nurse northern ireland", ("nurse",), "northern ireland"),
        ("backend kotlin england", ("backend",), "england"),
    ],
)
def test_a_uk_nation_last_is_a_place_not_a_title_word(
    query: str, title: tuple[str, ...], place: str
) -> None:
    parsed = parse_query(query)
    assert (parsed.title, parsed.locations) == (title, (place,))


def test_northern_ireland_is_echoed_whole() -> None:
    parsed = parse_query("nurse northern ireland")
    assert parsed.where == "in Northern Ireland"  # was "in Northern, Ireland"
    assert 'I read "northern ireland" as a nation of the United Kingdom' in parsed.notes


def test_nhs_scotland_is_the_employer_and_the_place() -> None:
    parsed = parse_query("nurse nhs scotland")
    assert (parsed.title, parsed.skills, parsed.locations) == (("nurse",), ("NHS",), ("scotland",))


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "nurse scotland",
            ["Edinburgh, UK", "Glasgow, United Kingdom", "Aberdeen, UK", "Dundee, Scotland"],
            ["London, UK", "Cardiff, UK", "Belfast, UK", "Aberdeen, MD", "Boston, MA"],
        ),
        (
            "nurse wales",
            ["Cardiff, UK", "Swansea, United Kingdom", "Newport, Wales"],
            ["Edinburgh, UK", "London, UK", "Belfast, UK", "Sydney, New South Wales, Australia"],
        ),
        (
            "nurse in england",
            ["London, UK", "Leeds, UK", "Manchester, England", "Croydon, UK"],
            [
                "Edinburgh, UK",
                "Glasgow, Scotland",
                "Cardiff, UK",
                "New London, CT",
                "Boston, New England, US",
            ],
        ),
        (
            "nurse northern ireland",
            ["Belfast, UK", "Belfast, Northern Ireland"],
            ["Dublin, Ireland", "Edinburgh, UK", "Cork, Ireland"],
        ),
        (
            "nurse uk",
            ["Edinburgh, UK", "Cardiff, Wales", "Belfast, Northern Ireland", "London, England"],
            ["Dublin, Ireland", "Boston, MA"],
        ),
    ],
)
def test_each_nation_holds_its_own_cities(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


@pytest.mark.parametrize(
    ("query", "country"), [("nurse wales", "United Kingdom"), ("nurse texas", "United States")]
)
def test_a_country_only_posting_fits_a_nation_as_one_fits_a_state(query: str, country: str) -> None:
    posting = Posting(id="1", title="Staff Nurse", location=country)
    found = score_posting(parse_query(query), posting)
    assert found.passed and found.score >= threshold_for("normal")
    assert any("names only the country" in r for r in found.reasons)


@pytest.mark.parametrize(
    ("query", "title", "skills"),
    [
        ("A&E nurse uk", ("nurse",), ("Emergency Room",)),
        ("a&e nurse", ("nurse",), ("Emergency Room",)),
    ],
)
def test_a_and_e_is_the_emergency_department(
    query: str, title: tuple[str, ...], skills: tuple[str, ...]
) -> None:
    parsed = parse_query(query)
    assert (parsed.title, parsed.skills) == (title, skills)


@pytest.mark.parametrize("query", ["r&d engineer", "m&a analyst", "p&l manager", "q&a tester"])
def test_an_ampersand_term_is_never_split_into_letters(query: str) -> None:
    parsed = parse_query(query)
    words = (*parsed.title, *(s.lower() for s in parsed.skills))
    assert not [w for w in words if len(w) == 1], words  # was "r" (the R language), "p", "l"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("rgn", ("registered", "nurse")),
        ("rmn", ("mental", "health", "nurse")),
        ("rnld", ("learning", "disability", "nurse")),
        ("hca jobs", ("nursing", "assistant")),
        ("healthcare assistant", ("nursing", "assistant")),
        ("band 6 nurse", ("nurse",)),
    ],
)
def test_uk_nursing_abbreviations(query: str, title: tuple[str, ...]) -> None:
    assert parse_query(query).title == title


def test_an_rgn_finds_registered_nurses_not_doctors() -> None:
    assert passes("rgn", "London, UK", "Registered Nurse")
    assert not passes("rgn", "London, UK", "Registrar")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("hca", "Certified Nursing Assistant"),
        ("hca", "Healthcare Assistant"),
        ("rmn", "Psychiatric Nurse"),
        ("rmn", "Registered Mental Health Nurse"),
        ("rnld", "Learning Disability Nurse"),
    ],
)
def test_a_uk_abbreviation_finds_its_role(query: str, title: str) -> None:
    assert passes(query, "Leeds, UK", title)


@pytest.mark.parametrize(
    ("query", "title"), [("hca", "Health Visitor"), ("rmn", "Registered Nurse")]
)
def test_a_uk_abbreviation_is_no_other_role(query: str, title: str) -> None:
    assert not passes(query, "Leeds, UK", title)


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("nurse cornwall", "cornwall"),
        ("nurse west yorkshire", "west yorkshire"),
        ("nurse essex", "essex"),
        ("nurse new hampshire", "new hampshire"),
    ],
)
def test_a_county_last_is_a_place(query: str, place: str) -> None:
    parsed = parse_query(query)
    assert (parsed.title, parsed.locations) == (("nurse",), (place,))


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "nurse cornwall",
            ["Truro, UK", "Falmouth, Cornwall, United Kingdom"],
            ["Cornwall, ON, Canada", "Exeter, UK"],
        ),
        (
            "nurse hampshire",
            ["Southampton, UK", "Winchester, Hampshire"],
            ["Manchester, New Hampshire", "Concord, NH"],
        ),
        ("nurse yorkshire", ["Skipton, North Yorkshire, UK"], ["York, PA"]),
    ],
)
def test_a_county_holds_its_towns_not_a_namesake(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]
