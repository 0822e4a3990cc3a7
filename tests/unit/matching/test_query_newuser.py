"""Searches a new user typed that used to be misread: pay ranges, odd amounts, shift words,
contradicting levels, OR, empty quotes and the length limit."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query, score_posting
from core.model import Posting


@pytest.mark.parametrize(
    ("text", "amount", "currency", "shown"),
    [
        ("python 120k-150k", 120_000, None, "120k"),
        ("python 120-150k", 120_000, None, "120k"),
        ("python $120,000–$150,000", 120_000, "USD", "$120k"),
        ("python 120k to 150k", 120_000, None, "120k"),
        ("python 90-110k EUR", 90_000, "EUR", "€90k"),
        ("python €90k—110k", 90_000, "EUR", "€90k"),
        ("python 60-80/h", 124_800, None, "124.8k"),
    ],
)
def test_a_pay_range_is_a_floor_at_its_bottom(
    text: str, amount: float, currency: str | None, shown: str
) -> None:
    q = parse_query(text)
    assert q.salary_min == pytest.approx(amount)
    assert q.currency == currency
    assert q.skills == ("Python",)
    assert q.title == () and q.exclude_words == ()
    assert any(f"as a pay floor of {shown}, the bottom of the range" in n for n in q.notes)
    assert not any("more than one salary" in n for n in q.notes)


def test_a_number_range_without_a_pay_sign_is_left_alone() -> None:
    q = parse_query("python 100-200")
    assert q.salary_min is None and q.exclude_words == ()


@pytest.mark.parametrize(
    ("text", "amount", "note"),
    [
        ("python $1e9", None, '"$1e9" doesn\'t look like a real salary, so I ignored it'),
        ("python 1.2e5", 120_000, 'I read "1.2e5" as 120k'),
    ],
)
def test_an_amount_in_scientific_notation_is_an_amount(
    text: str, amount: float | None, note: str
) -> None:
    q = parse_query(text)
    assert q.title == ()
    assert q.salary_min == (pytest.approx(amount) if amount else None)
    assert note in q.notes


def test_the_length_limit_is_worded_exactly() -> None:
    parse_query(("python " * 60)[:300])
    with pytest.raises(QueryError) as err:
        parse_query("x" * 301)
    assert "301 characters long; please keep it to at most 300." in str(err.value)


def test_a_level_alone_is_not_echoed_as_a_title() -> None:
    with pytest.raises(QueryError) as err:
        parse_query('"senior" "" ((( )))')
    said = str(err.value)
    assert "couldn't find a job title or skill" in said
    assert "I understood: senior level." in said and 'title "senior"' not in said
    assert parse_query("senior python").describe() == "senior level · skills Python"


# "sr. sde ii" is senior, the ladder number a grade within it (test_parse16_query)
@pytest.mark.parametrize("text", ["senior swe l4", "l4 e5 engineer"])
def test_a_ladder_grade_against_another_level_is_a_contradiction(text: str) -> None:
    q = parse_query(text)
    assert q.seniority == ()
    assert "mid and senior contradict each other, so I'm not filtering by seniority" in q.notes
    assert "mid" not in q.describe() and "senior" not in q.describe()


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("sde ii", ("mid",)),
        ("sr sde iii", ("senior",)),
        ("senior staff engineer", ("staff",)),  # senior grades the staff rung
    ],
)
def test_agreeing_levels_are_kept(text: str, levels: tuple[str, ...]) -> None:
    assert parse_query(text).seniority == levels


@pytest.mark.parametrize(
    ("text", "title", "prefer"),
    [
        ("registered nurse nights boston", ("registered", "nurse"), ("nights",)),
        ("nurse night shift", ("nurse",), ("nights",)),
        ("nurse weekends per diem prn", ("nurse",), ("weekends", "per diem")),
        ("registered nurse evenings", ("registered", "nurse"), ("evenings",)),
        ("rn days", ("registered", "nurse"), ("days",)),
    ],
)
def test_shift_words_are_preferences_not_title_words(
    text: str, title: tuple[str, ...], prefer: tuple[str, ...]
) -> None:
    q = parse_query(text)
    assert q.title == title and q.prefer == prefer
    assert f"preferring {' and '.join(prefer)} in the text" in q.describe()  # each wanted
    assert not [n for n in q.notes if "left" in n], q.notes


def test_night_alone_stays_a_title_word() -> None:
    assert parse_query("night auditor").title == ("night", "auditor")


def test_or_between_skills_is_any_of_them() -> None:
    q = parse_query("python OR java OR go AND NOT php")
    assert q.skills == ("Python|Java|Go",) and q.exclude_skills == ("PHP",)
    assert q.describe() == "any of: Python, Java, Go · not PHP"
    assert q.notes == ()


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("java/kotlin developer", ("Java|Kotlin",)),
        ("aws or gcp devops engineer", ("AWS|GCP",)),
        ("kafka python or go", ("Kafka", "Python|Go")),
        ("ci/cd engineer", ("CI/CD",)),  # one skill written with a slash
        ("python/django developer", ("Python", "Django")),  # a framework and its language
        ("python go", ("Python", "Go")),
    ],
)
def test_slashes_and_or_make_any_of_groups_of_skills_only(
    text: str, skills: tuple[str, ...]
) -> None:
    assert parse_query(text).skills == skills


def test_or_between_places_is_no_skill_note() -> None:
    q = parse_query("python remote or berlin")
    assert not any('"or"' in n for n in q.notes)


def test_a_backend_leaning_title_reads_as_backend_in_the_reasons() -> None:
    posting = Posting(id="247", title="Senior Go/Python Engineer – APIs & Microservices")
    result = score_posting(parse_query("sr backedn enginer pyhton"), posting)
    text = "\n".join([*result.reasons, *result.breakdown])
    assert "lean" not in text
    assert result.reasons[0].startswith('title ≈ "senior backend engineer" (')
    assert "the posting's title has backend, engineer" in text


@pytest.mark.parametrize(
    ("text", "title", "said"),
    [
        ("nurse 3 years", ("nurse",), '"3 years"'),
        ("python 5+ years", (), '"5+ years"'),
        ("backend 3-5 years experience", ("backend",), '"3-5 years experience"'),
        ("nurse 10 yrs", ("nurse",), '"10 yrs"'),
    ],
)
def test_years_of_experience_are_no_title_words_pay_or_grades(
    text: str, title: tuple[str, ...], said: str
) -> None:
    q = parse_query(text)
    assert q.title == title
    assert q.seniority == ()
    assert q.salary_min is None
    assert any(said in note and "level" in note for note in q.notes)


def test_a_count_before_a_shift_word_is_no_grade() -> None:
    q = parse_query("data engineer 5 days")
    assert q.title == ("data", "engineer")
    assert q.seniority == () and q.prefer == ()
    assert any('"5 days"' in note for note in q.notes)


@pytest.mark.parametrize("text", ["python 2020", "python 5000", "python 2020-2024"])
def test_a_number_alone_under_ten_thousand_is_no_pay(text: str) -> None:
    q = parse_query(text)
    assert q.salary_min is None
    assert q.skills == ("Python",)
    assert any("as pay" in note for note in q.notes)


def test_a_ladder_number_right_after_a_role_is_still_a_grade() -> None:
    q = parse_query("software engineer 2 python 20000")
    assert q.seniority == ("mid",)
    assert q.salary_min == 20_000


def test_a_sentence_about_pay_leaves_no_title_word() -> None:
    q = parse_query("I want a remote job as a senior java developer paying at least 100k euros")
    assert q.describe() == 'title "senior developer" · skills Java · remote · salary ≥ €100k'


@pytest.mark.parametrize(
    "text",
    [
        "python home office",
        "python homeoffice",
        "développeur python télétravail",
        "python teletrabajo",
        "python telelavoro",
        "python remoto",
    ],
)
def test_remote_work_as_written_in_german_french_spanish_and_italian_is_remote(text: str) -> None:
    q = parse_query(text)
    assert q.workplaces == ("remote",)
    assert q.skills == ("Python",)
    assert not {"home", "office", "teletravail", "teletrabajo", "telelavoro"} & set(q.title)


@pytest.mark.parametrize("text", ["office manager", "back office clerk", "box office assistant"])
def test_office_in_a_title_is_part_of_the_job_not_a_workplace(text: str) -> None:
    q = parse_query(text)
    assert q.workplaces == ()
    assert "office" in q.title


@pytest.mark.parametrize("text", ["python in the office", "python office based", "python on site"])
def test_working_in_an_office_is_onsite(text: str) -> None:
    assert parse_query(text).workplaces == ("onsite",)


@pytest.mark.parametrize(("query", "title"), [("lawyer", "Staff Attorney"), ("attorney", "Lawyer")])
def test_a_lawyer_is_an_attorney(query: str, title: str) -> None:
    assert score_posting(parse_query(query), Posting(id="a", title=title)).passed
