"""An Australian's probe: the states and territories of Australia and the provinces of Canada are
places of their own (NSW holds Sydney, not Melbourne), typed in full or as people abbreviate
them; Australia's zone abbreviations set a time zone."""

from __future__ import annotations

import pytest

from core.digests.timezones import find_timezone
from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting


def passes(query: str, location: str, title: str = "Registered Nurse") -> bool:
    found = score_posting(parse_query(query), Posting(id=location, title=title, location=location))
    return found.passed and found.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "title", "place"),
    [
        ("registered nurse nsw", ("registered", "nurse"), "nsw"),
        ("nurse queensland", ("nurse",), "queensland"),
        ("teacher qld", ("teacher",), "qld"),
        ("nurse new south wales", ("nurse",), "new south wales"),
        ("electrician western australia", ("electrician",), "western australia"),
        ("nurse tasmania", ("nurse",), "tasmania"),
        ("nurse ontario", ("nurse",), "ontario"),
        ("java developer british columbia", ("developer",), "british columbia"),
        ("nurse alberta", ("nurse",), "alberta"),
    ],
)
def test_a_state_or_province_last_is_a_place_not_a_title_word(
    query: str, title: tuple[str, ...], place: str
) -> None:
    parsed = parse_query(query)
    assert (parsed.title, parsed.locations) == (title, (place,))


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("nurse nsw", 'I read "nsw" as a state of Australia'),
        ("nurse new south wales", 'I read "new south wales" as a state of Australia'),
        ("nurse ontario", 'I read "ontario" as a province of Canada'),
        ("nurse northern territory", 'I read "northern territory" as a territory of Australia'),
    ],
)
def test_the_echo_names_what_kind_of_place(query: str, said: str) -> None:
    assert said in parse_query(query).notes


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "registered nurse nsw",
            ["Sydney, Australia", "Newcastle, NSW", "Parramatta, New South Wales", "Wollongong"],
            ["Melbourne, Australia", "Brisbane, QLD", "Newcastle upon Tyne, UK", "Boston, MA"],
        ),
        (
            "nurse queensland",
            ["Brisbane", "Gold Coast, QLD, Australia", "Cairns"],
            ["Sydney, NSW", "Perth, WA, Australia"],
        ),
        (
            "nurse victoria australia",
            ["Melbourne, VIC", "Geelong, Victoria, Australia"],
            ["Sydney, Australia"],
        ),
        (
            "nurse ontario",
            ["Toronto, ON", "Ottawa, Ontario, Canada", "London, Ontario"],
            ["Vancouver, BC", "London, UK", "Montreal, Quebec"],
        ),
        ("nurse australia", ["Hobart, TAS", "Darwin, NT", "Sydney, NSW"], ["Auckland, NZ"]),
    ],
)
def test_each_state_holds_its_own_cities(query: str, inside: list[str], outside: list[str]) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_a_country_only_posting_fits_a_state_in_part() -> None:
    found = score_posting(
        parse_query("nurse queensland"),
        Posting(id="1", title="Registered Nurse", location="Australia"),
    )
    assert found.passed and any("names only the country" in r for r in found.reasons)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("AEDT", "Australia/Sydney"),
        ("aest", "Australia/Sydney"),
        ("AWST", "Australia/Perth"),
        ("ACST", "Australia/Adelaide"),
        ("acdt", "Australia/Adelaide"),
        ("NZDT", "Pacific/Auckland"),
        ("nzst", "Pacific/Auckland"),
        ("brisbane", "Australia/Brisbane"),
    ],
)
def test_australasian_zone_abbreviations_set_their_zone(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


@pytest.mark.parametrize(
    ("query", "place", "where"),
    [
        ("nurse texas usa", "texas", "in Texas"),  # was "in Texas or USA": all of the US
        ("nurse wales uk", "wales", "in Wales"),
        ("nurse victoria australia", "victoria", "in Victoria"),
        ("nurse nsw australia", "nsw", "in NSW"),
        ("backend europe emea", "europe", "in Europe"),
    ],
)
def test_a_place_then_its_country_is_one_place(query: str, place: str, where: str) -> None:
    parsed = parse_query(query)
    assert (parsed.locations, parsed.where) == ((place,), where)


@pytest.mark.parametrize(
    ("query", "places"),
    [("nurse texas or usa", ("texas", "usa")), ("backend us uk", ("us", "uk"))],
)
def test_two_places_apart_stay_two(query: str, places: tuple[str, ...]) -> None:
    assert parse_query(query).locations == places


@pytest.mark.parametrize(
    ("query", "location", "fits"),
    [
        ("nurse australia", "Victoria, BC", False),
        ("nurse british columbia", "Victoria, BC", True),
        ("nurse british columbia", "Victoria, BC, Canada", True),
        ("nurse texas usa", "Boston, MA", False),
        ("nurse wales uk", "London, UK", False),
    ],
)
def test_namesakes_and_countries_do_not_widen_a_place(
    query: str, location: str, fits: bool
) -> None:
    assert passes(query, location) is fits


@pytest.mark.parametrize(
    ("query", "title"),
    [("sparky brisbane", "Electrician"), ("chippy london", "Carpenter")],
)
def test_a_trade_nickname_is_its_trade_not_a_skill(query: str, title: str) -> None:
    parsed = parse_query(query)
    assert not parsed.skills  # "sparky" was the Spark skill
    place = "Brisbane, QLD" if "brisbane" in query else "London, UK"
    assert passes(query, place, title)
    assert not passes(query, place, "Spark Developer")


def test_a_city_with_a_big_namesake_says_how_to_name_the_other() -> None:
    notes = parse_query("nurse springfield").notes
    assert any('"springfield massachusetts"' in n for n in notes), notes
    assert not any("for the one in" in n for n in parse_query("nurse springfield illinois").notes)


@pytest.mark.parametrize("title", ["Registered Nurse", "Staff Nurse", "Staff RN"])
def test_a_staff_nurse_search_finds_registered_nurses(title: str) -> None:
    # "Registered Nurse" scored 46.2 for "staff nurse" (the NHS's name of the same job): left out
    assert passes("staff nurse london", "London, UK", title)
    assert not passes("staff nurse london", "London, UK", "Nursing Assistant")


@pytest.mark.parametrize(
    ("query", "location", "fits"),
    [
        ("electrician perth wa", "Perth, WA", True),  # was Perth, a town in Washington
        ("electrician australia", "Perth, WA", True),
        ("electrician western australia", "Perth, WA", True),
        ("electrician usa", "Perth, WA", False),
        ("electrician seattle wa", "Seattle, WA", True),
        ("electrician australia", "Seattle, WA", False),
        ("electrician calgary ab", "Calgary, AB", True),
        ("electrician alberta", "Calgary, AB", True),
        ("electrician perth wa", "Seattle, WA", False),
    ],
)
def test_a_state_code_after_a_city_is_that_city_s_state(
    query: str, location: str, fits: bool
) -> None:
    assert passes(query, location, "Electrician") is fits


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("nurse south australia", "in South Australia"),  # was "in South, Australia"
        ("nurse western australia", "in Western Australia"),
        ("developer vancouver bc", "in Vancouver, British Columbia"),  # was "Vancouver, Bc"
        ("electrician perth wa", "in Perth, Western Australia"),
    ],
)
def test_a_state_is_echoed_by_its_whole_name(query: str, where: str) -> None:
    assert parse_query(query).where == where


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("ontario", "America/Toronto"),  # was Ontario, California
        ("nsw", "Australia/Sydney"),  # was unknown
        ("qld", "Australia/Brisbane"),
        ("bc", "America/Vancouver"),
        ("western australia", "Australia/Perth"),
        ("alberta", "America/Edmonton"),
    ],
)
def test_a_state_or_province_sets_its_zone(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


def test_a_code_of_two_states_asks_which() -> None:
    found = find_timezone("wa")  # was Africa/Juba (Wau, South Sudan)
    assert not isinstance(found, str)
    assert [p.zone for p in found.places] == ["Australia/Perth", "America/Los_Angeles"]
