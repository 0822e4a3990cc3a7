"""A new user of other fields: state codes in terms, time zones, shifts left out, licences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.explore.suggest import near_titles
from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact, examples


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


POOL = [
    _p("rn", "Registered Nurse"),
    _p("rn-nights", "Registered Nurse", description="Night shift, 7p-7a."),
    _p("rn-days", "Registered Nurse", description="Day shift, no nights or weekends."),
    _p("nights-title", "Registered Nurse - Nights"),
    _p("cna", "Nursing Assistant"),
    _p("don", "Director of Nursing"),
    _p("truck", "Truck Driver", description="Must hold a valid CDL."),
    _p("cnc", "CNC Programmer", location="Charlotte, NC"),
    _p("est", "Backend Engineer", location="Remote (EST)", workplace="remote"),
    _p("cet", "Backend Engineer", location="Remote - Europe (CET)", workplace="remote"),
    _p("oncall", "Backend Engineer", description="You join the on-call rotation."),
    _p("paralegal", "Paralegal Specialist"),
    _p("attorney", "Attorney Advisor"),
]


def passing(text: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), POOL)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("nc programmer", ("nc", "programmer")),  # was "programmer" in North Carolina
        ("fl studio", ("fl", "studio")),  # was "studio" in Florida
    ],
)
def test_a_state_code_in_a_known_term_is_no_place(text: str, title: tuple[str, ...]) -> None:
    query = parse_query(text)
    assert query.title == title and query.locations == ()


@pytest.mark.parametrize("text", ["nurse tx", "tx nurse", "nurse in nc", "cnc programmer nc"])
def test_a_state_code_after_a_title_or_before_a_role_is_the_state(text: str) -> None:
    assert len(parse_query(text).locations) == 1


@pytest.mark.parametrize(
    ("text", "place", "finds", "leaves"),
    [
        ("backend remote est", "North America", "est", "cet"),  # was the title "backend est"
        ("backend remote pst", "North America", "est", "cet"),
        ("backend remote cet", "Europe", "cet", "est"),
    ],
)
def test_a_time_zone_after_remote_is_the_region_it_names(
    text: str, place: str, finds: str, leaves: str
) -> None:
    query = parse_query(text)
    assert query.title == ("backend",) and query.remote_from
    assert query.describe() == f'title "backend" · remote open to {place}'
    assert any(f"as a time zone of {place}" in n for n in query.notes)
    found = passing(text)
    assert finds in found and leaves not in found


def test_no_nights_leaves_out_night_shifts_and_says_so() -> None:
    # Was 'not "night" in title, company or place': a night-shift posting still matched.
    query = parse_query("registered nurse no nights")
    assert query.exclude_shifts == ("nights",) and query.exclude_words == ()
    assert query.describe() == 'title "registered nurse" · no nights (in the title or text)'
    found = passing("registered nurse no nights")
    assert {"rn", "rn-days"} <= set(found)  # "no nights" in a posting names no night work
    assert not {"rn-nights", "nights-title"} & set(found)
    assert parse_query("nurse no night shift").exclude_shifts == ("nights",)
    assert parse_query("nurse -weekends").exclude_shifts == ("weekends",)
    assert "oncall" not in passing("backend engineer no on-call")


def test_a_shift_left_out_is_not_preferred() -> None:
    query = parse_query("nurse day shift no nights")
    assert query.prefer == ("days",) and query.exclude_shifts == ("nights",)


def test_the_word_cap_is_per_title() -> None:
    # Was one cap over all: the last title lost its role noun ("security" alone).
    text = "frontend or backend or data or platform or ml or mobile or devops or security engineer"
    query = parse_query(text)
    assert len(query.titles) == 8 and query.titles[-1] == ("security", "engineer")
    assert not any("a lot of words" in n for n in query.notes)
    words = "pediatric cardiac surgical trauma oncology hospice dialysis psychiatric geriatric"
    long = parse_query(f"midwife or {words} nurse")  # one title past the cap is cut
    assert len(long.titles[1]) == 8 and long.titles[1][-1] == "nurse"  # the role noun kept
    assert any("ignored: dialysis, psychiatric" in n for n in long.notes)


def test_nearest_roles_look_at_every_title_named() -> None:
    # Was the first title only: "attorney or paralegal" offered no paralegal title.
    titles = [("Paralegal Specialist", 3), ("Attorney Advisor", 5), ("Nurse", 4)]
    near = [key for key, _, _ in near_titles(parse_query("attorney or paralegal"), titles)]
    assert near == ["attorney advisor", "paralegal specialist"]
    near = [key for key, _, _ in near_titles(parse_query("midwife or paralegal"), titles)]
    assert near == ["paralegal specialist"]


def test_cdl_is_a_requirement_not_a_title_word() -> None:
    # Was the title "truck driver cdl": a Truck Driver needing a CDL scored by two of three words.
    query = parse_query("truck driver cdl")
    assert query.title == ("truck", "driver") and query.skills == ("CDL",)
    assert "truck" in passing("truck driver cdl")


def test_a_field_word_beside_its_role_is_left_out() -> None:
    # "rn nursing jobs" was the title "registered nurse nursing": no nurse has all three.
    query = parse_query("rn nursing jobs")
    assert query.title == ("registered", "nurse")
    assert any('I left "nursing" out of the title' in n for n in query.notes)
    assert "rn" in passing("rn nursing jobs")
    assert parse_query("nursing assistant").title == ("nursing", "assistant")


def test_the_role_of_a_field_ranks_above_titles_with_the_field_word_alone() -> None:
    # Was Nursing Assistant 100, Director of Nursing 100, then Registered Nurse 93.
    found = passing("nursing jobs")
    assert found.index("rn") < found.index("cna") and found.index("rn") < found.index("don")


WORDS = ["nurse", "registered", "no", "nights", "weekends", "remote", "est", "cet", "backend"]
WORDS += ["nursing", "engineer", "nc", "programmer", "tx", "or", "paralegal", "on-call", "-nights"]
WORDS += ["teaching", "jobs", "rn", "cdl", "driver", "truck"]
texts = st.lists(st.sampled_from(WORDS), min_size=2, max_size=6).map(" ".join)


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=4), sensitivity=st.sampled_from(SENSITIVITIES))
def test_shifts_left_out_and_field_words_stay_exact_in_both_indexes(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:40]], sensitivity)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("backend dev remote eastern time", "North America"),  # was "backend developer breaster"
        ("backend remote pacific time", "North America"),  # was the title "backend pacific"
        ("backend remote central european time", "Europe"),
    ],
)
def test_a_time_zone_named_in_words_after_remote_is_its_region(text: str, place: str) -> None:
    query = parse_query(text)
    assert query.title in {("backend",), ("backend", "developer")}
    assert query.where == f"remote open to {place}"


def test_a_compass_word_is_not_fixed_as_a_typo() -> None:
    assert parse_query("nurse eastern").title == ("nurse", "eastern")  # was "nurse breaster"


def test_near_me_is_left_out_saying_to_name_the_place() -> None:
    query = parse_query("nurse jobs near me")  # was the title "nurse near"
    assert query.title == ("nurse",) and query.locations == ()
    assert any("I can't tell where you are" in n for n in query.notes)
    local = parse_query("local government attorney")  # "local" is no "near me"
    assert local.title == ("attorney",) and local.skills == ("Government",)


@pytest.mark.parametrize(
    ("text", "title", "skill"),
    [("attorney jd", ("attorney",), "JD"), ("rn bsn", ("registered", "nurse"), "BSN")],
)
def test_a_degree_is_a_requirement_not_a_title_word(
    text: str, title: tuple[str, ...], skill: str
) -> None:
    query = parse_query(text)  # was the title "attorney jd", "registered nurse bsn"
    assert query.title == title and query.skills == (skill,)


def test_nearest_roles_are_related_in_work_not_only_in_letters() -> None:
    # Was "Air Conditioning Equipment Mechanic" first for an air traffic controller: it shares
    # "air" and most letters of a WRatio, not the work.
    titles = [
        ("Air Conditioning Equipment Mechanic", 11),
        ("Air Conditioning Equipment Mechanic Leader", 3),
        ("Air Traffic Assistant", 1),
        ("Aviation Safety Inspector (Air Carrier Maintenance)", 2),
    ]
    near = [key for key, _, _ in near_titles(parse_query("air traffic controller"), titles)]
    assert near and not any("conditioning" in key for key in near), near
    assert "air traffic assistant" in near
    hvac = [key for key, _, _ in near_titles(parse_query("hvac mechanic"), titles)]
    assert "air conditioning equipment mechanic" in hvac
