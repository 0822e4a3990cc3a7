"""A new user of other fields: state codes that are words, a dangling "or", part time,
apprentices, licences and counties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact, examples


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


POOL = [
    _p("rn-me", "Registered Nurse", location="Portland, ME"),
    _p("rn-ok", "Registered Nurse", location="Tulsa, OK"),
    _p("rn-hi", "Registered Nurse", location="Honolulu, HI"),
    _p("rn-ca", "Registered Nurse", location="Sacramento, CA"),
    _p("teach-la", "Teacher", location="Baton Rouge, LA"),
    _p("teach-lax", "Teacher", location="Pasadena, CA"),
    _p("teach-sf", "Teacher", location="San Francisco, CA"),
    _p("el-co", "Electrician", location="Denver, CO"),
    _p("el-app", "Electrician Apprentice"),
    _p("el-tr", "Electrician Trainee"),
    _p("el-sr", "Senior Electrician"),
    _p("cm", "Case Manager"),
    _p("cm-lmsw", "Case Manager (LMSW)"),
    _p("cm-text", "Case Manager", description="You hold an LMSW or LCSW license."),
    _p("acct", "Accountant"),
    _p("acct-cpa", "Accountant", description="CPA required."),
    _p("ce", "Civil Engineer"),
    _p("ce-pe", "Civil Engineer", description="Licensed as a PE in any state."),
    _p("nurse-pt", "Registered Nurse", description="A part-time position, 24 hours a week."),
    _p("nurse-ft", "Registered Nurse", description="A full-time position."),
    _p("cook-sea", "Cook", location="Seattle, WA"),
    _p("cook-kent", "Cook", location="Kent, WA"),
    _p("cook-spo", "Cook", location="Spokane, WA"),
    _p("cook-oc", "Cook", location="Irvine, CA"),
    _p("cook-ocfl", "Cook", location="Orange County, FL"),
    _p("teach-salem", "Teacher", location="Salem, OR"),
]


def found(text: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), POOL)]


@pytest.mark.parametrize(
    ("text", "places", "note"),
    [
        ("nurse me", ("maine",), 'I read "me" as Maine, a US state'),
        ("welder ok", ("oklahoma",), 'I read "ok" as Oklahoma, a US state'),
        ("nurse hi", ("hawaii",), 'I read "hi" as Hawaii, a US state'),
        ("nurse id", ("idaho",), 'I read "id" as Idaho, a US state'),
        ("electrician co", ("colorado",), 'I read "co" as Colorado, a US state'),
        ("nurse jobs hi", ("hawaii",), 'I read "hi" as Hawaii, a US state'),
        ("teacher jobs in me", ("maine",), 'I read "me" as Maine, a US state'),
        ("nurse in ok", ("oklahoma",), 'I read "ok" as Oklahoma, a US state'),
        (
            "teacher la",
            ("louisiana", "los angeles area"),
            'I read "la" as Louisiana, a US state, or as Los Angeles Area, a metro area'
            " (Los Angeles, Long Beach, Santa Monica and 9 more)",
        ),
    ],
)
def test_a_state_code_that_is_a_word_after_a_role_is_the_state(
    text: str, places: tuple[str, ...], note: str
) -> None:
    # Was a title word ("teacher la", "welder ok") or dropped ("nurse me"; "in ok" was "Ok").
    query = parse_query(text)
    assert query.locations == places and note in query.notes
    assert all(w not in query.title for w in ("me", "ok", "hi", "id", "co", "la"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("contact me", ("contact",)),
        ("co-op", ("coop",)),  # one word, and no Colorado
        ("id card", ("id", "card")),
        ("hi-vis safety officer", ("hi", "vis", "safety", "officer")),
        ("nurse co-op", ("nurse", "coop")),
        ("teacher for me", ("teacher",)),
        ("ok nurse", ("ok", "nurse")),
        ("la developer", ("la", "developer")),
    ],
)
def test_a_state_code_that_is_a_word_elsewhere_stays_a_word(
    text: str, title: tuple[str, ...]
) -> None:
    query = parse_query(text)
    assert query.locations == () and query.title == title


@pytest.mark.parametrize("text", ["teacher in LA, CA", "teacher la ca"])
def test_la_with_california_is_the_los_angeles_area(text: str) -> None:
    # Was the title "teacher la ca" (main: the place "la", which no posting is in).
    query = parse_query(text)
    assert query.title == ("teacher",) and "in Los Angeles Metro, California" in query.describe()
    placed = {p.id for p in POOL if p.location}
    assert placed.intersection(found(text)) == {"teach-lax"}


def test_a_state_code_that_is_a_word_finds_postings_there() -> None:
    placed = {p.id for p in POOL if p.location}  # a posting naming no place may be anywhere
    assert placed.intersection(found("nurse me")) == {"rn-me"}
    assert placed.intersection(found("nurse ok")) == {"rn-ok"}
    assert placed.intersection(found("electrician co")) == {"el-co"}
    assert placed.intersection(found("teacher la")) == {"teach-la", "teach-lax"}


@pytest.mark.parametrize("text", ["nurse OR", "nurse or", "nurse OR."])
def test_a_dangling_or_is_left_out_saying_so(text: str) -> None:
    # Was dropped without a word.
    query = parse_query(text)
    assert query.title == ("nurse",) and query.skills == ()
    assert any(n.startswith('I left "or" out: nothing follows it') for n in query.notes)


@pytest.mark.parametrize(
    "text", ["nurse part-time or full-time", "nurse or midwife", "nurse portland or seattle"]
)
def test_an_or_with_something_after_it_is_no_dangling_or(text: str) -> None:
    assert not any('I left "or"' in n for n in parse_query(text).notes)


@pytest.mark.parametrize("text", ["salem or teacher", "teacher salem or", "teacher salem, or"])
def test_a_city_before_or_is_the_city_in_oregon(text: str) -> None:
    # Was Salem, India, the "or" dropped.
    query = parse_query(text)
    assert query.locations == ("salem oregon",) and "in Salem, Oregon" in query.describe()
    assert found(text) == ["teach-salem"]


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("part time nurse", "part time"),
        ("nurse part-time", "part time"),
        ("nurse parttime", "part time"),
        ("nurse full time", "full time"),
    ],
)
def test_part_time_is_the_schedule_to_prefer(text: str, shift: str) -> None:
    # Was dropped without a note (part and time were noise words).
    query = parse_query(text)
    assert query.prefer == (shift,) and f"preferring {shift} in the text" in query.describe()
    assert found(text)[0] == ("nurse-pt" if shift == "part time" else "nurse-ft")


def test_no_part_time_leaves_part_time_postings_out() -> None:
    # Was 'not "part" in title, company or place'.
    query = parse_query("nurse no part time")
    assert query.exclude_shifts == ("part time",) and query.exclude_words == ()
    assert "nurse-pt" not in found("nurse no part time") and "nurse-ft" in found("nurse")


@pytest.mark.parametrize("text", ["electrician apprentice", "apprentice electrician"])
def test_an_apprentice_is_its_own_level(text: str) -> None:
    # Was echoed "intern electrician".
    query = parse_query(text)
    assert query.seniority == ("apprentice",) and query.title == ("electrician",)
    assert query.describe() == 'title "apprentice electrician"'
    assert set(found(text)) == {"el-app", "el-tr"}  # a trainee is the same first rung


def test_not_intern_leaves_apprentices_in() -> None:
    assert parse_query("electrician not intern").exclude_levels == ("intern",)
    assert parse_query("electrician not apprentice").exclude_levels == ("apprentice",)


@pytest.mark.parametrize(
    ("text", "title", "licence"),
    [
        ("case manager lmsw", ("case", "manager"), "LMSW"),
        ("social worker lcsw", ("social", "worker"), "LCSW"),
        ("nurse lpn", ("nurse",), "LPN"),
        ("nurse rn", ("nurse",), "RN"),
        ("nursing assistant cna", ("nursing", "assistant"), "CNA"),
        ("accountant cpa", ("accountant",), "CPA"),
        ("civil engineer pe", ("civil", "engineer"), "PE"),
    ],
)
def test_a_licence_after_a_role_noun_is_the_licence(
    text: str, title: tuple[str, ...], licence: str
) -> None:
    # Was title words: "case manager licensed master social worker", "civil engineer pe".
    query = parse_query(text)
    assert query.title == title and query.skills == (licence,)
    assert f"specialty {licence} (in the title or text)" in query.describe()
    assert f'I read "{text.split()[-1]}" as the licence {licence}' in query.notes


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("lpn", ("licensed", "practical", "nurse")),
        ("rn case manager", ("registered", "nurse", "case", "manager")),
        ("teacher pe", ("teacher", "pe")),  # PE is an engineer's licence
    ],
)
def test_a_licence_alone_or_first_is_the_title_it_stands_for(
    text: str, title: tuple[str, ...]
) -> None:
    query = parse_query(text)
    assert query.title == title and query.skills == ()


def test_licences_named_with_or_are_any_of_them() -> None:
    query = parse_query("social worker lcsw or lmsw")
    assert query.title == ("social", "worker") and query.skills == ("LCSW|LMSW",)
    assert parse_query("nurse or lpn").titles == (("nurse",), ("licensed", "practical", "nurse"))


def test_a_licence_ranks_postings_naming_it_first() -> None:
    ranked = found("case manager lmsw")
    assert set(ranked[:2]) == {"cm-lmsw", "cm-text"} and ranked[2] == "cm"
    assert found("accountant cpa")[0] == "acct-cpa"
    assert found("civil engineer pe")[0] == "ce-pe"


def test_king_county_is_its_towns() -> None:
    # Was only postings naming "King County".
    for text in ("cook king county wa", "cook king county", "cook in king county"):
        query = parse_query(text)
        assert "in King County, Washington" in query.describe()
        assert set(found(text)) == {"cook-sea", "cook-kent"}


def test_orange_county_ca_is_its_towns_and_alone_is_said_to_be_named_only() -> None:
    assert found("cook orange county ca") == ["cook-oc"]
    query = parse_query("cook in orange county")
    assert query.notes == (
        'I read "orange county" as a county: postings naming it, in any state'
        " (I don't know its towns; name a city)",
    )
    assert found("cook in orange county") == ["cook-ocfl"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("atty", ("attorney",)),
        ("ATCS", ("air", "traffic", "controller")),
        ("trucker", ("truck", "driver")),
        ("otr driver", ("truck", "driver")),
        ("np", ("nurse", "practitioner")),
        ("teacher: elementary", ("teacher",)),  # newuser10: the specialty Elementary School
    ],
)
def test_other_fields_short_titles_and_colons(text: str, title: tuple[str, ...]) -> None:
    # Were unknown words ("atty", "np"), "atc" (ATCS), "otr trucker", or an unknown operator
    # "teacher:" leaving nothing to search for.
    query = parse_query(text)
    read = f'I read "{text.lower()}" as {" ".join(title)}'  # the short name said as read
    assert query.title == title and query.notes in ((), (read,))


@pytest.mark.parametrize("text", ["RN/LPN", "rn / lpn"])
def test_two_short_titles_with_a_slash_are_either(text: str) -> None:
    # Was "registered nurse" with LPN as a licence (and "rn / lpn" one title of both).
    query = parse_query(text)
    assert query.titles == (("registered", "nurse"), ("licensed", "practical", "nurse"))
    assert query.skills == ()


@pytest.mark.parametrize(
    ("text", "grade"),
    [("attorney (gs-14)", "gs-14"), ("gs-13 accountant", "gs-13"), ("accountant GS 12", "GS 12")],
)
def test_a_federal_pay_grade_is_left_out_saying_so(text: str, grade: str) -> None:
    # Was the title word "gs", which no posting title has: nothing matched.
    query = parse_query(text)
    assert "gs" not in query.title and query.notes == (
        f'I left "{grade}" out: I match a posting\'s title and place, not its pay grade;'
        " add a level or pay instead",
    )


def test_a_truck_driver_finds_federal_motor_vehicle_operators() -> None:
    # Was nothing: 5703 Motor Vehicle Operating named only "motor vehicle operator, driver".
    mvo = _p("mvo", "Motor Vehicle Operator", tags=("5703",))
    assert [p.id for p, _ in rank(parse_query("truck driver"), [mvo])] == ["mvo"]


WORDS = ["nurse", "teacher", "electrician", "me", "la", "ok", "co", "or", "part", "time"]
WORDS += ["apprentice", "lmsw", "cpa", "pe", "case", "manager", "king", "county", "wa", "salem"]
WORDS += ["rn/lpn", "gs-13", "atty", "teacher:", "np", "/", "lpn"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=4), sensitivity=st.sampled_from(SENSITIVITIES))
def test_codes_licences_schedules_and_counties_stay_exact_in_the_index(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:30]], sensitivity)
