"""A new user's reading defects on the bundled sample: shifts and hours read as title words,
bare numbers as levels, junk saved as a search and garbled echo notes."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query, rank, score_posting
from core.matching.features import features
from core.postings.sample import sample_postings
from tests.unit.matching import found as probe


@pytest.mark.parametrize(
    ("search", "title", "prefer"),
    [
        ("nurse 12 hour shifts dublin", ("nurse",), ("12-hour shifts",)),
        ("nurse twelve-hour shifts", ("nurse",), ("12-hour shifts",)),
        ("nurse 3 nights a week", ("nurse",), ("nights",)),
        ("lpn 3 days a week", ("licensed", "practical", "nurse"), ("part time",)),
        ("pharmacist 20 hours", ("pharmacist",), ("part time",)),
        ("pharmacist 40 hours a week", ("pharmacist",), ("full time",)),
        ("pharmacist 40-hour week", ("pharmacist",), ("full time",)),
        ("cook 2 weekends a month", ("cook",), ("weekends",)),
        ("nurse 0.6 fte", ("nurse",), ("part time",)),
        ("nurse fte 1.0", ("nurse",), ("full time",)),
        ("Krankenschwester Teilzeit München", ("nurse",), ("part time",)),
        ("pflegekraft vollzeit", ("nurse",), ("full time",)),
    ],
)
def test_shifts_and_hours_are_schedules_not_title_words(
    search: str, title: tuple[str, ...], prefer: tuple[str, ...]
) -> None:
    query = parse_query(search)  # was title "nurse hour shift", "nurse week", "nurse teilzeit"
    assert query.title == title and query.prefer == prefer and not query.seniority
    assert all(p in query.describe() for p in prefer)


def test_how_much_work_is_echoed() -> None:
    assert 'I read "3 days a week" as part time' in parse_query("lpn 3 days a week").notes
    assert 'I read "0.6 fte" as part time' in parse_query("nurse 0.6 fte").notes


def test_a_company_of_hours_and_a_short_week_stay_as_they_were() -> None:
    assert parse_query("24 hour fitness trainer").prefer == ()
    assert parse_query("backend engineer 4 days a week").prefer == ("four-day or 32-hour week",)
    assert parse_query("backend engineer 32 hours a week").prefer == ("four-day or 32-hour week",)
    query = parse_query("backend engineer 32 hour week")  # was title "backend engineer week"
    assert query.title == ("backend", "engineer")
    assert query.prefer == ("four-day or 32-hour week",)


def test_twelve_hour_shifts_find_the_dublin_nurse_of_the_sample() -> None:
    ranked = rank(parse_query("nurse 12 hour shifts dublin"), sample_postings(), "normal")
    assert ranked and ranked[0][0].id == "sample:0055"  # "Twelve-hour shifts"; was none


def test_teilzeit_in_a_posting_title_is_part_time() -> None:
    query = parse_query("cashier part time hamburg")
    kassierer = probe.posting("Kassierer (m/w/d) in Teilzeit")
    named = score_posting(query, kassierer)  # was "part time not named"
    assert "names part time ✓" in named.reasons and named.prefer == 1.0


@pytest.mark.parametrize("search", ["nurse 2", "nurse 4", "nurse 5", "teacher 3"])
def test_a_bare_number_after_a_role_no_ladder_numbers_is_no_level(search: str) -> None:
    query = parse_query(search)  # was title "mid nurse", "staff nurse", "senior nurse"
    assert not query.seniority and query.title == (search.split()[0],)
    assert any("add junior, mid or senior" in n for n in query.notes)


@pytest.mark.parametrize(
    ("search", "level"),
    [
        ("software engineer 2", "mid"),
        ("sde ii", "mid"),
        ("swe iii", "senior"),
        ("engineer ii", "mid"),
        ("engineer 2", "mid"),
        ("data analyst 2", "mid"),
        ("L5 software engineer", "senior"),
        ("E5 software engineer", "senior"),
        ("nurse ii", "mid"),
    ],
)
def test_ladder_numbers_of_numbered_roles_stay_levels(search: str, level: str) -> None:
    assert parse_query(search).seniority == (level,)


def test_a_level_read_from_a_ladder_number_is_echoed_apart_from_the_title() -> None:
    said = parse_query("sde ii java").describe()  # was title "mid software engineer"
    assert said.startswith('title "software engineer" · mid level')
    assert parse_query("senior backend").describe() == 'title "senior backend"'


@pytest.mark.parametrize("search", ["or or and", "or and", "and or or"])
def test_operator_words_alone_are_no_operating_room(search: str) -> None:
    with pytest.raises(QueryError, match="couldn't find a job title or skill"):
        parse_query(search)  # was saved as "specialty Operating Room"


def test_or_before_a_nurse_stays_the_operating_room() -> None:
    assert "Operating Room" in parse_query("or nurse").describe()


def test_a_salad_beside_a_skill_is_refused_as_a_salad() -> None:
    salad = "rockstar ninja synergy blockchain wizard guru python " * 3
    with pytest.raises(QueryError, match="I don't know these words as a job title or skill"):
        parse_query(salad)  # was saved as title "rockstar ninja synergy blockchain wizard…"
    assert parse_query("rockstar python developer").skills == ("Python",)


@pytest.mark.parametrize(("search", "where"), [("護士", ""), ("看護師 東京", "in Tokyo")])
def test_nurse_in_chinese_and_japanese_is_a_nurse(search: str, where: str) -> None:
    query = parse_query(search)  # was title "護士", matching nothing, saying nothing
    assert query.title == ("nurse",) and query.where == where


def test_a_title_in_a_script_no_title_is_written_in_is_said_to_match_nothing() -> None:
    query = parse_query("服务员")
    assert any("no title I know is written in its script" in n for n in query.notes)
    assert not any("script" in n for n in parse_query("krankenschwester").notes)


def test_a_plus_between_skills_splits_them() -> None:
    query = parse_query("python+aws backend")  # was title "python+aws backend"
    assert query.title == ("backend",) and query.skills == ("Python", "AWS")
    assert parse_query("c++ developer").skills == ("C++",)


def test_a_bracketed_leave_out_is_no_specialty() -> None:
    query = parse_query("backend engineer (no php)")
    assert query.exclude_skills == ("PHP",)
    assert not any("specialty" in n for n in query.notes)  # was 'I read "no php" as the …'


def test_a_schedule_after_a_comma_is_no_specialty() -> None:
    query = parse_query("backend engineer, 4 day week")
    assert query.prefer == ("four-day or 32-hour week",)
    assert not any("specialty" in n for n in query.notes)  # was '"4 day week" as the specialty'


def test_a_region_said_as_a_time_zone_is_the_region() -> None:
    query = parse_query("backend engineer, EU timezone, remote")
    assert query.title == ("backend", "engineer")  # was "backend engineer timezone"
    assert query.describe() == 'title "backend engineer" · remote open to EU'
    assert not any("specialty" in n or ',"' in n for n in query.notes)  # no comma quoted last
    zone = parse_query("backend engineer eastern time zone remote")
    assert zone.title == ("backend", "engineer") and zone.locations == ("north america",)


def test_a_time_zone_code_alone_is_its_region_not_a_title_word() -> None:
    query = parse_query("backend engineer CET")  # was title "backend engineer cet"
    assert query.title == ("backend", "engineer") and query.locations == ("europe",)
    assert any("time zone of Europe" in n for n in query.notes)
    assert parse_query("cst").title  # a surgical technologist's title, no time zone


@pytest.mark.parametrize(
    "search", ["mid-senior backend", "mid/senior backend", "mid to senior backend"]
)
def test_two_levels_joined_are_either(search: str) -> None:
    assert parse_query(search).seniority == ("mid", "senior")  # was senior only


def test_every_shift_preferred_is_wanted() -> None:
    query = parse_query("registered nurse night shift part time")
    assert "preferring nights and part time" in query.describe()  # was "nights or part time"
    both = probe.posting("Registered Nurse", "Night shift, part time.")
    one = probe.posting("Registered Nurse", "Night shift.")
    assert score_posting(query, both).prefer > score_posting(query, one).prefer  # ranks first
    assert "names nights ✓" in score_posting(query, one).reasons
    assert "part time not named" in score_posting(query, one).reasons


def test_a_mid_senior_posting_title_stays_senior() -> None:
    assert features(probe.posting("Mid-Senior Software Engineer")).seniority == "senior"
