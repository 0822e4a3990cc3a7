"""Places in searches and postings: countries, US states, cities, regions and who may apply
to a remote or location-negotiable posting (as the USAJOBS export and remote boards write)."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting, threshold_for
from core.matching.regions import query_areas, read_place
from core.model import Posting
from core.sources.ingest.normalize import join_locations


def result(query: str, location: str, workplace: str | None = None) -> tuple[bool, float]:
    posting = Posting(id=location, title="Program Manager", location=location, workplace=workplace)
    found = score_posting(parse_query(query), posting)
    return found.passed and found.score >= threshold_for("normal"), found.score


def passes(query: str, location: str, workplace: str | None = None) -> bool:
    return result(query, location, workplace)[0]


@pytest.mark.parametrize(
    ("query", "place", "note"),
    [
        ("program manager maryland", "maryland", 'I read "maryland" as a US state'),
        ("program manager huntsville", "huntsville", "as a city in Alabama, United States"),
        ("it product manager washington dc", "washington dc", "as the District of Columbia"),
        ("program manager new jersey", "new jersey", "as a US state"),
        ("program manager salt lake city", "salt lake city", "as a city in Utah"),
        ("program manager uk", "uk", 'I read "uk" as a country'),
        ("program manager emea", "emea", 'I read "emea" as a region'),
        ("data engineer in reading", "reading", "as a city in"),  # after "in": a place
    ],
)
def test_states_cities_countries_and_regions_are_read_and_echoed(
    query: str, place: str, note: str
) -> None:
    parsed = parse_query(query)
    assert parsed.locations == (place,)
    assert place.split()[0] not in parsed.title
    assert any(note in n for n in parsed.notes), parsed.notes


def test_a_city_named_by_another_of_its_names_is_echoed_by_its_table_name() -> None:
    query = parse_query("Softwareentwickler Java München")  # cities.tsv: Munich (München…)
    assert query.locations == ("munchen",)
    assert "in Munich" in query.describe() and "Munchen" not in query.describe()
    assert query.notes == (
        "I read a place as Munich, a city in Germany",
        'I read "softwareentwickler" as software developer',
    )
    posting = Posting(
        id="m", title="Java Developer", location="Remote - Europe", workplace="remote"
    )
    assert any("open to Munich" in r for r in score_posting(query, posting).reasons)


def test_a_title_word_that_is_also_a_city_stays_a_title_word() -> None:
    assert parse_query("mobile developer").title == ("mobile", "developer")
    assert parse_query("data engineer reading").locations == ()


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "program manager maryland",
            ["Aberdeen Proving Ground, Maryland, United States", "Baltimore, MD"],
            ["Fort Belvoir, Virginia, United States"],
        ),
        (
            "program manager washington dc",
            ["Washington, District of Columbia, United States"],
            ["Seattle, Washington, United States"],
        ),
        ("program manager huntsville", ["Huntsville, Alabama, United States"], ["Orlando, FL"]),
        ("program manager texas", ["Austin, TX 78701"], ["Warren, Michigan, United States"]),
        ("program manager germany", ["Leipzig"], ["Vienna"]),  # a city the curated list lacks
        ("program manager eu", ["Leipzig"], ["Leeds"]),
        ("program manager us", ["Huntsville, AL"], ["Tbilisi, Georgia"]),
        ("program manager georgia", ["Tbilisi, Georgia", "Atlanta, GA"], ["Paris"]),
    ],
)
def test_a_posting_is_in_the_states_countries_and_regions_around_its_city(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


@pytest.mark.parametrize("where", ["uk", "germany", "emea"])
def test_anywhere_in_the_us_is_open_to_the_us_only(where: str) -> None:
    query = f"program manager {where}"
    anywhere_us = "Anywhere in the U.S. (remote job), United States"
    assert not passes(query, anywhere_us, "remote")
    assert passes(query, "Remote - anywhere", "remote")


def test_a_location_negotiable_posting_is_open_across_its_country() -> None:
    negotiable = "Location Negotiable After Selection, United States"
    assert passes("program manager maryland", negotiable)
    assert not passes("program manager uk", negotiable)
    # a remote search keeps it (the duty station is the applicant's to choose), lower
    kept, score = result("program manager remote", negotiable)
    assert kept
    assert score < result("program manager remote", "Remote (US)", "remote")[1]


def test_postings_in_the_place_rank_before_those_open_to_it_from_a_region() -> None:
    query = parse_query("program manager maryland")
    here = Posting(id="md", title="Program Manager", location="Fort Detrick, Maryland")
    remote = Posting(
        id="remote", title="Program Manager", location="Anywhere in the U.S. (remote job)"
    )
    ranked = rank(query, [remote, here], "normal")
    assert [p.id for p, _ in ranked] == ["md", "remote"]
    assert "open to Maryland" in " ".join(score_posting(query, remote).reasons)


def test_a_place_names_its_areas_and_who_may_apply() -> None:
    us = read_place("Anywhere in the U.S. (remote job), United States")
    assert us.named == {"US"} and not us.worldwide
    assert read_place("Remote - anywhere").worldwide
    assert "eu" in read_place("Munich, Germany").areas
    assert "US-AL" in read_place("Huntsville, Alabama, United States").areas


@pytest.mark.parametrize(
    "query",
    [
        "backend engineer remote in the UK",
        "backend engineer uk remote",
        "backend engineer remote uk",
        "backend engineer uk",
        "backend engineer london",
    ],
)
def test_remote_for_the_country_ranks_before_a_region_around_it_before_anywhere(
    query: str,
) -> None:
    postings = [
        Posting(id=where, title="Backend Engineer", location=where, workplace="remote")
        for where in ("Remote - anywhere", "Remote – Europe", "Remote (UK)", "Remote (EMEA)")
    ]
    ranked = rank(parse_query(query), postings, "normal")
    ids = [p.id for p, _ in ranked]
    assert ids[0] == "Remote (UK)" and ids[-1] == "Remote - anywhere" and len(ids) == 4
    score = {p.id: r.score for p, r in ranked}
    # Europe is inside EMEA: the smaller region first
    assert score["Remote (UK)"] > score["Remote – Europe"] > score["Remote (EMEA)"]
    assert score["Remote (EMEA)"] > score["Remote - anywhere"]


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("backend remote münchen", "remote open to Germany, or in Munich"),
        ("backend remote Munich", "remote open to Germany, or in Munich"),
        ("backend engineer remote in the UK", "remote open to UK, or in UK"),
        ("backend engineer uk remote", "remote open to UK, or in UK"),
        ("golang developer, remote, usa", "remote open to USA, or in USA"),
        ("backend remote new york", "remote open to New York, or in New York"),
        ("backend remote us uk", "remote open to US or UK, or in US or UK"),
        ("python remote münchen 80k+", "remote open to Germany, or in Munich"),
        ("backend remote @berlin", "remote open to Germany, or in Berlin"),
        ("fully remote python uk", "remote open to UK, or in UK"),  # no title word "fully"
        ("remote first golang uk", "remote open to UK, or in UK"),
        ("backend wfh uk", "remote open to UK, or in UK"),
        ("backend engineer remote from germany", "remote open to Germany, or in Germany"),
        ("backend engineer remote within the eu", "remote open to EU, or in EU"),
        (
            "backend engineer remote, europe only",
            "remote open to Europe, or in Europe",
        ),  # no title word "only"
    ],
)
def test_the_note_on_remote_with_a_place_suggests_a_search_meaning_either(
    query: str, where: str
) -> None:
    parsed = parse_query(query)
    assert parsed.remote_from
    note = next(n for n in parsed.notes if n.startswith('I read "remote" with'))
    suggested = note.split('("', 1)[1].split('" also takes', 1)[0]
    assert "munchen" not in suggested.lower()  # the city as the echo shows it
    either = parse_query(suggested)
    assert not either.remote_from and either.where == where
    assert (either.title, either.skills, either.salary_min) == (
        parsed.title,
        parsed.skills,
        parsed.salary_min,
    )


def test_remote_open_to_the_country_around_a_city_ranks_before_a_region_around_it() -> None:
    query = parse_query("node.js backend london")
    postings = [
        Posting(id=where, title="Backend Engineer", location=where, description="Node.js")
        for where in ("Remote – Europe", "Remote (UK)", "Remote (Worldwide)", "London, UK")
    ]
    ranked = rank(query, postings, "normal")
    assert [p.id for p, _ in ranked] == [
        "London, UK",
        "Remote (UK)",
        "Remote – Europe",
        "Remote (Worldwide)",
    ]
    assert len({r.score for _, r in ranked}) == 4
    assert "Remote (UK) ≈ (open to London)" in ranked[1][1].reasons


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("backend engineer remote germany", "Remote (DACH)"),
        ("backend engineer remote sweden", "Remote – Nordics"),
        ("backend engineer remote netherlands", "Remote (Benelux)"),
    ],
)
def test_smaller_regions_are_read_as_regions_around_their_countries(
    query: str, region: str
) -> None:
    parsed = parse_query(query)
    postings = [
        Posting(id=where, title="Backend Engineer", location=where, workplace="remote")
        for where in (region, "Remote (Worldwide)", "Remote (US)")
    ]
    ranked = rank(parsed, postings, "normal")
    assert [p.id for p, _ in ranked] == [region, "Remote (Worldwide)"]
    assert ranked[0][1].score > ranked[1][1].score


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("fully remote python uk", ()),
        ("remote-first golang developer", ("developer",)),
        ("backend engineer remote, europe only", ("backend", "engineer")),
    ],
)
def test_ways_of_saying_remote_and_only_are_no_title_words(
    query: str, title: tuple[str, ...]
) -> None:
    parsed = parse_query(query)
    assert parsed.title == title and parsed.workplaces == ("remote",)


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "program manager huntsville",
            ["Redstone Arsenal, Alabama, United States"],
            ["Aberdeen Proving Ground, Maryland, United States"],
        ),
        ("program manager in frederick", ["Fort Detrick, Maryland, United States"], []),
        (
            "program manager columbus georgia",
            ["Fort Benning, Georgia, United States", "Fort Moore, GA"],
            ["Fort Lee, Virginia, United States"],
        ),
        (
            "program manager petersburg virginia",
            ["Fort Gregg-Adams, Virginia, United States", "Fort Lee, Virginia"],
            ["Fort Lee, New Jersey, United States"],  # the borough, not the Army's Fort Lee
        ),
        (
            "program manager redstone arsenal",
            ["Redstone Arsenal, Alabama, United States"],
            ["Huntsville, Alabama, United States"],  # the base asked, not any of its city
        ),
    ],
)
def test_a_military_installation_is_in_the_city_it_is_beside(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_an_installation_is_echoed_with_its_city() -> None:
    query = parse_query("program manager fort belvoir")
    assert query.locations == ("fort belvoir",) and query.title == ("program", "manager")
    assert query.notes == (
        'I read "fort belvoir" as a place in Alexandria, Virginia, United States',
    )
    posting = Posting(id="r", title="Program Manager", location="Redstone Arsenal, Alabama")
    reasons = score_posting(parse_query("program manager huntsville"), posting).reasons
    assert "Redstone Arsenal, Alabama ✓ (in Huntsville)" in reasons


@pytest.mark.parametrize(
    ("query", "location", "where"),
    [
        ("nurse columbus ohio", "columbus ohio", "in Columbus, Ohio"),
        ("nurse columbus, oh", "columbus oh", "in Columbus, Ohio"),
        ("nurse columbus ga", "columbus ga", "in Columbus, Georgia"),
        ("nurse seattle washington", "seattle washington", "in Seattle, Washington"),
        ("nurse arlington va", "arlington va", "in Arlington, Virginia"),
        ("nurse portland, me", "portland me", "in Portland, Maine"),
        ("nurse new york, ny", "new york ny", "in New York City, New York"),
        ("nurse salt lake city utah", "salt lake city utah", "in Salt Lake City, Utah"),
        ("nurse paris france", "paris france", "in Paris, France"),
        ("nurse atlanta georgia", "atlanta georgia", "in Atlanta, Georgia"),
        ("nurse tbilisi georgia", "tbilisi georgia", "in Tbilisi, Georgia"),
        ("nurse portland or seattle", "portland", "in Portland or Seattle"),  # "or": no Oregon
    ],
)
def test_a_city_with_its_state_or_country_is_one_place(
    query: str, location: str, where: str
) -> None:
    parsed = parse_query(query)
    assert parsed.title == ("nurse",)
    assert parsed.locations[0] == location and parsed.where == where


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "program manager columbus ohio",
            ["Columbus, Ohio, United States", "Columbus, OH 43215"],
            ["Columbus, Georgia, United States", "Cincinnati, Ohio, United States"],
        ),
        (
            "program manager columbus, ga",
            ["Columbus, Georgia, United States", "Columbus, GA"],
            ["Columbus, Ohio, United States"],
        ),
        (
            "program manager seattle washington",
            ["Seattle, Washington, United States", "Seattle, WA"],
            ["Washington, District of Columbia, United States", "Spokane, WA"],
        ),
        (
            "program manager arlington va",
            ["Arlington, Virginia, United States", "Arlington, VA"],
            ["Arlington, Texas, United States"],
        ),
        ("program manager paris france", ["Paris, France"], ["Paris, Texas"]),
    ],
)
def test_a_city_with_its_state_is_that_city_and_no_other_of_its_name(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_a_city_with_its_state_takes_remote_work_open_to_that_state() -> None:
    assert passes("program manager columbus ohio", "Remote (US)", "remote")
    assert passes("program manager columbus ohio", "Location Negotiable After Selection, US")
    assert not passes("program manager columbus ohio", "Remote (UK)", "remote")


def test_a_city_of_a_us_state_is_in_that_state_and_not_a_country_of_its_name() -> None:
    georgia = read_place("Columbus, Georgia, United States")
    assert "US-GA" in georgia.areas and "US-OH" not in georgia.areas
    assert "GE" not in georgia.areas
    assert "US-WA" in query_areas("seattle")[1]


@pytest.mark.parametrize(
    ("query", "location", "where"),
    [
        ("golang developer remote u.s.", "us", "remote open to US"),
        ("golang developer remote u.k.", "uk", "remote open to UK"),
        ("golang developer d.c.", "dc", "in DC"),
        ("golang developer washington, d.c.", "washington dc", "in Washington, DC"),
        ("golang developer u.s.a.", "usa", "in USA"),
    ],
)
def test_initials_with_dots_are_the_place(query: str, location: str, where: str) -> None:
    parsed = parse_query(query)
    assert parsed.title == ("developer",)
    assert parsed.locations == (location,) and parsed.where == where


@pytest.mark.parametrize(
    "query", ["golang developer remote worldwide", "worldwide remote golang developer"]
)
def test_remote_worldwide_is_remote_and_no_title_word(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.title == ("developer",) and parsed.workplaces == ("remote",)
    assert parse_query("worldwide partner manager").title[0] == "worldwide"


def test_the_us_virgin_islands_are_one_place() -> None:
    parsed = parse_query("program manager us virgin islands")
    assert parsed.locations == ("us virgin islands",)
    assert passes("program manager us virgin islands", "Charlotte Amalie, VI, US Virgin Islands")


@pytest.mark.parametrize(
    ("query", "inside", "outside"),
    [
        (
            "program manager bay area",
            ["Mountain View, CA", "Oakland, California, United States", "San Francisco Bay Area"],
            ["Los Angeles, CA", "Mountain View, Arkansas"],
        ),
        (
            "program manager dmv",
            [
                "Bethesda, Maryland, United States",
                "Arlington, VA",
                "Washington, District of Columbia, United States",
                "Fort Belvoir, Virginia, United States",
            ],
            ["Arlington, Texas, United States", "Baltimore, MD"],
        ),
        (
            "program manager greater baltimore",
            ["Woodlawn, Maryland, United States", "Baltimore, MD"],
            ["Woodlawn, Ohio"],
        ),
    ],
)
def test_a_metro_area_is_the_cities_around_its_city(
    query: str, inside: list[str], outside: list[str]
) -> None:
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_a_metro_area_is_echoed_with_its_first_cities() -> None:
    parsed = parse_query("program manager bay area")
    assert parsed.where == "in Bay Area"
    assert parsed.notes == (
        'I read "bay area" as a metro area (San Francisco, Oakland, San Jose and 17 more)',
    )
    assert parse_query("program manager washington dc").locations == ("washington dc",)


def test_a_town_the_city_table_lacks_is_read_before_its_state_only() -> None:
    assert "city:woodlawn@US-MD" in read_place("Woodlawn, Maryland, United States").areas
    for said in (
        "Anywhere in the U.S. (remote job), United States",
        "Location Negotiable After Selection, United States",
        "IRS Nationwide Locations, United States",
    ):
        assert not [a for a in read_place(said).areas if a.startswith("city:")]


@pytest.mark.parametrize(
    ("query", "inside", "outside", "note"),
    [
        (
            "program manager aberdeen maryland",
            ["Aberdeen Proving Ground, Maryland, United States", "Aberdeen, MD"],
            ["Aberdeen, UK", "Baltimore, MD"],
            "I read a place as Aberdeen, Maryland, a town in Maryland, United States",
        ),
        (
            "program manager paris texas",
            ["Paris, Texas, United States", "Paris, TX"],
            ["Paris, France", "Austin, TX"],
            "I read a place as Paris, Texas, a town in Texas, United States",
        ),
    ],
)
def test_a_smaller_town_named_like_a_city_is_read_with_its_state(
    query: str, inside: list[str], outside: list[str], note: str
) -> None:
    assert parse_query(query).notes == (note,)
    assert [passes(query, place) for place in inside + outside] == [
        *(True for _ in inside),
        *(False for _ in outside),
    ]


def test_a_posting_listing_forty_duty_stations_keeps_them_all_and_says_which_one_matched() -> None:
    cities = [f"Town{i}, Ohio, United States" for i in range(30)]
    cities += ["Washington, District of Columbia, United States"]
    cities += [f"Town{i}, Iowa, United States" for i in range(9)]
    location = join_locations(cities)
    posting = Posting(id="usajobs:1", title="Program Manager", location=location)
    found = score_posting(parse_query("program manager washington dc"), posting)
    assert found.passed and found.score >= threshold_for("normal")
    assert "Washington, District of Columbia, United States (1 of 40 places) ✓" in found.reasons
    assert not passes("program manager texas", location)


@pytest.mark.parametrize(
    "location",
    [
        "San Juan, Puerto Rico",
        "San Juan, PR",
        "Santa Rita, Guam",
        "Charlotte Amalie, Virgin Islands",
    ],
)
def test_a_us_territory_is_in_the_us(location: str) -> None:
    assert passes("program manager us", location)
    assert not passes("program manager north america", location)


def test_a_us_territory_is_echoed_as_one_and_a_us_remote_job_is_open_to_it() -> None:
    query = parse_query("program manager puerto rico")
    assert query.notes == ('I read "puerto rico" as a US territory',)
    assert passes("program manager puerto rico", "San Juan, Puerto Rico, United States")
    assert not passes("program manager puerto rico", "Santa Rita, Guam")
    posting = Posting(id="r", title="Program Manager", location="Remote (US)", workplace="remote")
    assert "Remote (US) ≈ (open to Puerto Rico)" in score_posting(query, posting).reasons


@pytest.mark.parametrize(
    ("location", "inside", "outside", "reason"),
    [
        (
            "Remote (EST)",
            "program manager remote us",
            "program manager remote europe",
            "✓ (open to the US)",  # a remote search's place: in full (remote32)
        ),
        (
            "Remote - Pacific Time Zone",
            "program manager texas",
            "program manager berlin",
            "≈ (open to Texas)",
        ),
        (
            "Remote (CET)",
            "program manager berlin",
            "program manager remote us",
            "≈ (open to Berlin)",
        ),
        (
            "Remote (European time zones)",
            "program manager remote germany",
            "program manager remote canada",
            "✓ (open to Germany)",
        ),
    ],
)
def test_a_remote_posting_naming_a_time_zone_is_open_to_the_places_in_it(
    location: str, inside: str, outside: str, reason: str
) -> None:
    assert passes(inside, location, "remote")
    assert not passes(outside, location, "remote")
    posting = Posting(id="z", title="Program Manager", location=location, workplace="remote")
    assert f"{location} {reason}" in score_posting(parse_query(inside), posting).reasons


def test_words_of_a_time_zone_in_a_town_name_are_the_town() -> None:
    assert passes("program manager florida", "West Palm Beach, FL")
    assert read_place("Central Point, Oregon").named >= {"US-OR", "city:central point"}
    for town in ("Mountain View, CA", "Pacific Grove, California", "Central Point, Oregon"):
        assert not read_place(town).named & {"north america", "europe"}


@pytest.mark.parametrize(
    ("query", "note", "inside", "outside"),
    [
        (
            "program manager tx",
            "Texas, a US state",
            "Houston, Texas, United States",
            "Baltimore, MD",
        ),
        ("program manager in md", "Maryland, a US state", "Woodlawn, Maryland", "Austin, TX"),
        ("program manager pa", "Pennsylvania, a US state", "Pittsburgh, PA", "Chongqing, China"),
        (
            "program manager in pr",
            "Puerto Rico, a US territory",
            "San Juan, Puerto Rico",
            "Austin, TX",
        ),
    ],
)
def test_a_us_state_named_by_its_postal_code_is_the_state(
    query: str, note: str, inside: str, outside: str
) -> None:
    parsed = parse_query(query)
    assert parsed.notes == (f'I read "{query.split()[-1]}" as {note}',)  # the code named
    assert parsed.title == ("program", "manager")
    assert passes(query, inside) and not passes(query, outside)


def test_a_postal_code_that_is_a_word_first_stays_a_word() -> None:
    assert parse_query("physician md").locations == ()
    assert parse_query("wi-fi engineer").locations == ()  # Wisconsin alone, not glued
    assert parse_query("azure engineer az-900").locations == ()
    # "la" last after a role noun or "in" names a place: Louisiana or the Los Angeles area, both
    # said (test_newuser9_query); "la" before a word, or glued, stays a word.
    assert parse_query("la developer").locations == ()


@pytest.mark.parametrize(
    ("query", "note", "inside", "outside"),
    [
        ("program manager deutschland", "Germany, a country", "Munich, Germany", "Paris, France"),
        ("program manager allemagne", "Germany, a country", "Remote - Deutschland", "Remote (US)"),
        ("program manager royaume-uni", "United Kingdom, a country", "London, UK", "Lyon, France"),
        ("program manager españa", "Spain, a country", "Madrid, España", "Lisbon, Portugal"),
        ("program manager remote europa", "Europe, a region", "Remote - EU", "Remote (US)"),
    ],
)
def test_a_country_named_in_german_french_or_its_own_language_is_that_country(
    query: str, note: str, inside: str, outside: str
) -> None:
    parsed = parse_query(query)
    assert parsed.notes[0] == f"I read a place as {note}"
    assert parsed.title == ("program", "manager")
    assert note.split(",")[0] in parsed.describe()
    remote = "remote" if "Remote" in inside else None
    assert passes(query, inside, remote)
    assert not passes(query, outside, "remote" if "Remote" in outside else None)


TOWNS_UNKNOWN = ": postings naming it, in any state (I don't know its towns; name a city)"


@pytest.mark.parametrize(
    ("query", "note", "inside", "outside"),
    [
        (
            "program manager montgomery county",
            'I read "montgomery county" as a county' + TOWNS_UNKNOWN,
            "Montgomery County, MD",
            "Montgomery, Alabama",
        ),
        (
            "program manager montgomery county md",
            "I read a place as Montgomery County, Maryland, a county in Maryland, United States",
            "Montgomery County, Maryland, United States",
            "Montgomery County, Pennsylvania",
        ),
        (
            "program manager in fairfax county",
            'I read "fairfax county" as a county' + TOWNS_UNKNOWN,
            "Fairfax County",
            "Arlington County, Virginia",
        ),
    ],
)
def test_a_county_is_one_place(query: str, note: str, inside: str, outside: str) -> None:
    parsed = parse_query(query)
    assert parsed.notes == (note,)
    assert parsed.title == ("program", "manager")
    assert passes(query, inside) and not passes(query, outside)


def test_a_title_word_before_county_is_no_county() -> None:
    assert parse_query("developer county").locations == ()
    assert parse_query("data engineer county").title == ("data", "engineer", "county")


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("program manager in columbus ohio", "columbus ohio"),
        ("program manager in aberdeen maryland", "aberdeen maryland"),
        ("program manager in fort belvoir", "fort belvoir"),
    ],
)
def test_the_place_after_in_is_its_whole_name(query: str, place: str) -> None:
    parsed = parse_query(query)
    assert parsed.locations == (place,)
    assert parsed.title == ("program", "manager")


def test_within_is_no_misspelling() -> None:
    assert parse_query("program manager within the us").notes == ('I read "us" as a country',)


@pytest.mark.parametrize(
    "location", ["Remote (US & Canada)", "Remote - US/Canada", "Remote (US, UK)"]
)
def test_a_remote_posting_open_to_the_us_and_another_country_is_open_to_both(
    location: str,
) -> None:
    other = "program manager remote toronto" if "Canada" in location else "program manager london"
    assert passes("program manager remote us", location, "remote")
    assert passes(other, location, "remote")
    assert not passes("program manager remote germany", location, "remote")
    assert read_place("Atlanta, Georgia, United States").named & {"GE"} == set()


def test_a_posting_listing_many_places_none_asked_is_said_in_short() -> None:
    location = join_locations([f"Town{i}, Ohio, United States" for i in range(40)])
    posting = Posting(id="usajobs:2", title="Program Manager", location=location)
    found = score_posting(parse_query("program manager texas"), posting)
    assert "Town0, Ohio, United States and 39 more places ✗" in found.reasons


@pytest.mark.parametrize(
    ("location", "inside", "outside"),
    [
        ("Remote (UTC-5)", "program manager remote us", "program manager remote germany"),
        ("Remote (GMT+1)", "program manager remote germany", "program manager remote us"),
        ("Remote, GMT +5:30", "program manager remote india", "program manager remote uk"),
    ],
)
def test_a_remote_posting_naming_a_utc_offset_is_open_to_its_side_of_the_world(
    location: str, inside: str, outside: str
) -> None:
    assert passes(inside, location, "remote")
    assert not passes(outside, location, "remote")
