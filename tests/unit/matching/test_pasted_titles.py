"""Whole job titles pasted as searches: a bracket restating the title is another name for it,
any other bracket its specialty; nested and unclosed brackets, slashes and separators."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact, examples


def _p(pid: str, title: str) -> Posting:
    return Posting(id=pid, title=title, workplace="onsite", location="Raleigh, NC")


def test_a_bracket_restating_the_title_is_another_name_not_more_words() -> None:
    # Was the one title "exceptional children teacher ec": an "EC Teacher" posting missed.
    query = parse_query("Exceptional Children Teacher (EC Teacher)")
    assert query.titles == (("exceptional", "children", "teacher"), ("ec", "teacher"))
    assert any(
        '"EC Teacher" as another name for Exceptional Children Teacher' in n for n in query.notes
    )
    pool = [
        _p("ec", "EC Teacher"),
        _p("full", "Exceptional Children Teacher"),
        _p("m", "Math Teacher"),
    ]
    found = {p.id for p, _ in rank(query, pool, "normal")}
    assert {"ec", "full"} <= found


def test_an_expansion_in_brackets_is_the_same_title() -> None:
    # Was "cnc cutting operator computer numerical control": a posting saying either missed.
    query = parse_query("CNC Cutting Operator (Computer Numerical Control Cutting Operator)")
    assert ("cnc", "cutting", "operator") in query.titles
    assert len(query.titles) == 2
    pool = [
        _p("cnc", "CNC Cutting Operator"),
        _p("long", "Computer Numerical Control Cutting Operator"),
    ]
    assert {p.id for p, _ in rank(query, pool, "normal")} == {"cnc", "long"}
    # the short name outside, its expansion inside
    assert parse_query("CSI (Crime Scene Investigator)").titles[1] == (
        "crime",
        "scene",
        "investigator",
    )


def test_nested_and_unclosed_brackets() -> None:
    # Was "registered radiologic technologist rt" and the skill R: nothing matched, even loose.
    for text in (
        "Registered Radiologic Technologist (RT (R))",
        "Registered Radiologic Technologist (RT (R)",
    ):
        query = parse_query(text)
        assert query.skills == ()
        assert query.titles[0] == ("registered", "radiologic", "technologist")
        pool = [_p("rt", "Registered Radiologic Technologist")]
        assert [p.id for p, _ in rank(query, pool, "loose")] == ["rt"]
    assert parse_query("Registered Nurse (RN").title == ("registered", "nurse")
    assert parse_query("Accountant)").title == ("accountant",)


def test_a_bracketed_specialty_is_the_specialty_said_in_the_echo() -> None:
    for text, said in (
        ("IT Specialist (INFOSEC)", "INFOSEC"),
        ("IT Specialist (APPSW)", "APPSW"),
        ("Attorney-Adviser (General)", "General"),
    ):
        query = parse_query(text)
        assert len(query.titles) == 1  # no other name: the specialty stays in the title
        assert any(f'"{said}" as the specialty of' in n for n in query.notes), query.notes
    assert parse_query("Attorney-Adviser (General)").title == ("attorney", "adviser", "general")


def test_posting_house_styles_read_a_pasted_title_the_same_way() -> None:
    # Was "forestry technician fire": the posting's own reading is a wildland firefighter.
    query = parse_query("Forestry Technician (Fire)")
    assert "wildland" in query.title and "firefighter" in query.title


def test_a_slash_between_role_nouns_names_either_title() -> None:
    # Was the one title "maintenance mechanic electrician": a plain electrician missed.
    query = parse_query("Maintenance Mechanic / Electrician")
    assert query.titles == (("maintenance", "mechanic"), ("maintenance", "electrician"))
    assert parse_query("Writer/Editor").titles == (("writer",), ("editor",))
    assert parse_query("ci/cd engineer").skills  # skills with a slash stay as they were


def test_separators_keep_their_parts() -> None:
    assert parse_query("Sr. Accountant | Remote").workplaces == ("remote",)
    query = parse_query("Software Engineer II, Azure Storage")
    # a cloud's product is the cloud and the kind of work (newuser13: the Storage team's
    # postings say "storage", not always "Azure Storage")
    assert query.title == ("software", "engineer") and query.skills == ("Azure", "Storage")
    query = parse_query("Nurse Practitioner – Family")
    assert query.title == ("nurse", "practitioner", "family")
    assert any('"Family" as the specialty of Nurse Practitioner' in n for n in query.notes)


def test_initials_of_single_letters_name_no_title_of_their_own() -> None:
    # "O & M Technician" would be the title "o technician"
    query = parse_query("Operations and Maintenance Technician (O & M Technician)")
    assert query.titles == (("operations", "maintenance", "technician"),)
    # bare initials are another name, not more words, but no title of their own ("SE Asia")
    assert parse_query("Software Engineer (SE)").titles == (("software", "engineer"),)
    assert parse_query("Registered Dental Assistant (RDA)").title == (
        "registered",
        "dental",
        "assistant",
    )


POOL = [
    _p("ec", "EC Teacher"),
    _p("exc", "Exceptional Children Teacher"),
    _p("rt", "Radiologic Technologist (RT)"),
    _p("rrt", "Registered Radiologic Technologist"),
    _p("cnc", "CNC Operator"),
    _p("mech", "Maintenance Mechanic"),
    _p("elec", "Electrician"),
    _p("it", "IT Specialist (INFOSEC)"),
    _p("fire", "Forestry Technician (Fire)"),
]
WORDS = ["exceptional", "children", "teacher", "(ec", "teacher)", "registered", "radiologic"]
WORDS += ["technologist", "(rt", "(r))", "(", ")", "cnc", "(computer", "numerical", "control"]
WORDS += ["operator)", "maintenance", "mechanic", "/", "electrician", "it", "specialist"]
WORDS += ["(infosec)", "forestry", "technician", "(fire)", "-", "|", ",", "remote", "senior"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=4), sensitivity=st.sampled_from(SENSITIVITIES))
def test_pasted_titles_stay_exact_in_the_index(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    fixed = [
        "Exceptional Children Teacher (EC Teacher)",
        "Registered Radiologic Technologist (RT (R))",
        "Maintenance Mechanic / Electrician",
    ]
    assert_indexes_exact([*fixed, *queries], [*POOL, *sample_postings()[:30]], sensitivity)
