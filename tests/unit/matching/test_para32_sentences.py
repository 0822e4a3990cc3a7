"""Searches written as people write them to a friend: verbs naming a role ("teach kids", "work
with animals", "drive trucks"), relocation, visa sponsorship, schedules and filler."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching.query import parse_query, shifts_named
from tests.unit.matching.found import found, posting


def _words(search: str) -> set[str]:
    """Every title word of a search, of each title it names."""
    return {w for title in parse_query(search).titles for w in title}


def test_teaching_kids_is_a_teacher_never_kids_clothing() -> None:
    query = parse_query("I want to teach kids maths in Manchester")
    assert query.title == ("teacher", "mathematics")  # was "teach kids mathematics"
    assert query.locations == ("manchester",)
    assert any('"teach kids"' in n and "teacher" in n for n in query.notes)
    assert found("I want to teach kids maths in Manchester", posting("Maths Teacher"))
    assert found("I want to teach kids", posting("Primary School Teacher (Year 4)"))
    assert not found("I want to teach kids", posting("Kids' Clothing Sales Assistant"))
    assert not found("I want to teach kids", posting("Kids Club Assistant"))


def test_teach_alone_and_with_a_subject_is_a_teacher() -> None:
    assert parse_query("i'd like to teach english").title == ("teacher", "english")
    assert parse_query("teach").title == ("teacher",)
    assert parse_query("teach the children").title == ("teacher",)


@pytest.mark.parametrize(
    "search",
    [
        "looking for something where I can work with animals",
        "I want to work with animals",
        "working with animals",
        "I'd love to care for animals",
    ],
)
def test_working_with_animals_is_animal_care(search: str) -> None:
    words = _words(search)
    assert {"animal", "care"} <= words and not {"something", "where", "love"} & words
    assert found(search, posting("Animal Care Attendant"))
    assert found(search, posting("Veterinary Assistant"))
    assert not found(search, posting("Animal Feed Sales Representative"))
    assert not found(search, posting("Customer Care Advisor"))


@pytest.mark.parametrize("search", ["I want to drive trucks", "drive a lorry", "i want to drive"])
def test_driving_is_a_driver(search: str) -> None:
    assert "driver" in parse_query(search).title and "drive" not in _words(search)
    assert found(search, posting("HGV Class 1 Driver"))
    assert not found(search, posting("Device Driver Engineer"))


def test_relocating_to_a_place_is_the_place_with_relocation() -> None:
    query = parse_query("happy to relocate to Berlin for a senior Go role")
    assert query.title == () and query.skills == ("Go",)  # was the title "senior relocate"
    assert query.seniority == ("senior",) and query.locations == ("berlin",)
    assert "relocation" in query.prefer and "relocation" in query.describe()


@pytest.mark.parametrize(
    "search",
    [
        "nurse, open to relocation",
        "nurse willing to relocate",
        "nurse, happy to move to London",
        "nurse relocating to london",
    ],
)
def test_relocation_is_never_a_title_word(search: str) -> None:
    query = parse_query(search)
    assert query.title == ("nurse",) and "relocation" in query.prefer
    assert query.locations in ((), ("london",))
    assert ("london" in search.lower()) == (query.locations == ("london",))


def test_moving_into_a_field_is_a_change_of_job_not_a_move() -> None:
    query = parse_query("nurse, moving to data engineering")
    assert "relocation" not in query.prefer


def test_relocation_alone_asks_for_the_job() -> None:
    with pytest.raises(QueryError) as err:
        parse_query("open to relocation")
    assert "relocation" in str(err.value) and "open relocation" not in str(err.value)


def test_postings_offering_relocation_or_sponsorship_say_so_and_refusals_do_not() -> None:
    assert {"relocation", "visa sponsorship"} <= shifts_named(
        "We offer visa sponsorship and a relocation package."
    )
    assert shifts_named("Relocation assistance is available.") >= {"relocation"}
    for refused in (
        "Unfortunately we cannot offer visa sponsorship.",
        "We are unable to provide visa sponsorship for this role.",
        "No visa sponsorship. No relocation.",
        "Visa sponsorship is not available; relocation assistance is not offered.",
    ):
        assert not {"relocation", "visa sponsorship"} & shifts_named(refused), refused


def test_visa_sponsorship_is_a_need_shown_in_the_echo() -> None:
    query = parse_query("visa sponsorship needed, backend java, Amsterdam")
    assert query.title == ("backend",) and query.skills == ("Java",)
    assert query.locations == ("amsterdam",) and "visa sponsorship" in query.prefer
    assert "visa sponsorship" in query.describe()
    assert parse_query("need sponsorship, java developer").prefer == ("visa sponsorship",)


def test_a_career_change_keeps_the_job_wanted_and_says_what_was_left_out() -> None:
    for search in (
        "I'd like to move into data engineering from backend",
        "switching from backend to data engineering",
    ):
        query = parse_query(search)
        assert "backend" not in query.title and "data" in query.title, search
        assert {"move", "like", "into", "switching"}.isdisjoint(query.title)
        assert any('"backend"' in n for n in query.notes), search


def test_a_nurse_wanting_nights_is_a_nurse_preferring_nights() -> None:
    query = parse_query("I'm a nurse wanting to work nights in London")
    assert query.title == ("nurse",) and query.prefer == ("nights",)
    assert query.locations == ("london",)


def test_schedules_said_with_a_role_are_echoed() -> None:
    query = parse_query("part-time evenings as a barista near Leeds")
    assert query.title == ("barista",) and set(query.prefer) == {"evenings", "part time"}
    assert parse_query("nurse, no weekends").exclude_shifts == ("weekends",)


def test_a_schedule_alone_asks_for_the_job_with_an_example_that_keeps_it() -> None:
    with pytest.raises(QueryError) as err:
        parse_query("no weekends")  # was 'e.g. "project manager "', the weekends dropped
    said = str(err.value)
    assert "weekends shifts" not in said and 'e.g. "project manager no weekends"' in said
    for shift in ("weekends", "on call", "per diem", "rotating shifts", "part time"):
        left_out = parse_query(f"nurse no {shift}")
        assert parse_query(left_out.restated()).exclude_shifts == (shift,)


def test_a_first_job_is_the_junior_level_not_a_title_word() -> None:
    query = parse_query("junior dev, first job, remote uk")
    assert "developer" in query.title and "first" not in query.title
    assert query.seniority == ("junior",)
    assert parse_query("first job in marketing").seniority == ("junior",)


def test_working_with_kids_is_childcare_never_kids_clothing() -> None:
    search = "I'd love to work with kids"
    assert "kids" not in _words(search) and "childcare" in _words(search)
    assert found(search, posting("Childcare Worker")) and found(search, posting("Nanny"))
    assert found(search, posting("Teaching Assistant"))
    assert not found(search, posting("Kids' Clothing Sales Assistant"))
    assert not found(search, posting("Kids Club Sales Assistant"))


def test_mornings_travel_and_abroad_are_terms_never_title_words() -> None:
    query = parse_query("I would like a job as a receptionist, mornings only")
    assert query.title == ("receptionist",) and query.prefer == ("mornings",)
    assert parse_query("cleaner, no early shifts").exclude_shifts == ("mornings",)
    query = parse_query("I'm an electrician happy to travel")
    assert query.title == ("electrician",) and query.prefer == ("travel",)
    assert parse_query("travel nurse").title == ("travel", "nurse")  # a kind of nurse
    query = parse_query("teach english abroad")
    assert query.title == ("teacher", "english") and query.prefer == ("relocation",)
    assert parse_query("seeking an entry-level marketing role").title == ("marketing",)


def test_postings_asking_travel_or_early_shifts_say_so() -> None:
    assert shifts_named("Travel is required up to 20%.") >= {"travel"}
    assert "travel" not in shifts_named("No travel required. Travel allowance paid.")
    assert shifts_named("Early shifts 6am-2pm") >= {"mornings"}
    assert "mornings" not in shifts_named("Monday morning team meetings")
    assert "relocation" not in shifts_named("We run a study abroad programme")


@pytest.mark.parametrize(
    "search",
    [
        "hoping to find customer support work I can do from home",
        "customer support from home",
        "customer support, working from home",
    ],
)
def test_work_from_home_said_any_way_is_remote(search: str) -> None:
    query = parse_query(search)  # was the title "customer support do home"
    assert query.title == ("customer", "support") and query.workplaces == ("remote",)
    assert parse_query("care home nurse").workplaces == ()  # a care home is a workplace kind


@pytest.mark.parametrize(
    ("search", "job", "other"),
    [
        ("I want to fix cars", "Automotive Technician", "Car Sales Executive"),
        ("I want to cut hair", "Hairdresser", "Hair Product Sales Representative"),
        ("I want to care for the elderly", "Care Worker", "Elderly Care Policy Analyst"),
        ("I want to write code", "Software Developer", "Code Enforcement Officer"),
        ("I want to clean houses", "Domestic Cleaner", "House Manager"),
        ("I want to build websites", "Web Developer", "Website Content Writer"),
    ],
)
def test_what_one_would_do_names_the_job(search: str, job: str, other: str) -> None:
    query = parse_query(search)
    assert any(n.startswith('I read "') for n in query.notes)  # the reading said
    assert found(search, posting(job)) and not found(search, posting(other))
