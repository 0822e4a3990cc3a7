"""The query language: operators, typo snapping, notes and bad input."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import ParsedQuery, parse_query


def test_title_skills_and_seniority() -> None:
    q = parse_query("sr be dev golang k8s")
    assert q.seniority == ("senior",)
    assert q.title == ("backend", "developer")
    assert q.skills == ("Go", "Kubernetes")


def test_typos_are_snapped_and_reported() -> None:
    q = parse_query("backedn enginer pyhton kubernets")
    assert q.title == ("backend", "engineer")
    assert q.skills == ("Python", "Kubernetes")
    assert 'I read "pyhton" as Python' in q.notes
    assert 'I read "backedn" as backend' in q.notes
    assert 'I read "kubernets" as Kubernetes' in q.notes


def test_unknown_word_stays_a_title_word() -> None:
    q = parse_query("zorblax engineer")
    assert q.title == ("zorblax", "engineer")
    assert not q.notes


def test_exclusions() -> None:
    q = parse_query('backend -php not java -company:Acme -company:"Big Corp" -"sales"')
    assert q.exclude_skills == ("PHP", "Java")
    assert q.exclude_companies == ("acme", "big corp")
    assert q.exclude_words == ("sales",)
    assert q.title == ("backend",)


def test_workplaces_and_locations() -> None:
    q = parse_query('python developer remote or hybrid in Berlin location:"New York" @Paris')
    assert q.workplaces == ("remote", "hybrid")
    assert set(q.locations) == {"berlin", "new york", "paris"}
    assert q.title == ("developer",)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("python 120k+", 120_000, None),
        ("python >=120000", 120_000, None),
        ("python $150k", 150_000, "USD"),
        ("python €90k", 90_000, "EUR"),
        ("python 90k EUR", 90_000, "EUR"),
        ("python £70,000", 70_000, "GBP"),
        ("python $60/h", 124_800, "USD"),
        ("python 5k/month CHF", 60_000, "CHF"),
        ("python 400 per day", 104_000, None),
    ],
)
def test_salary_floor(text: str, amount: float, currency: str | None) -> None:
    q = parse_query(text)
    assert q.salary_min == pytest.approx(amount)
    assert q.currency == currency
    assert q.skills == ("Python",)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("python 120k XYZ", 'don\'t know the currency "XYZ"'),
        ("python -5k", "can't be negative"),
        ("python 9999999k", "doesn't look like a real salary"),
        ("junior staff engineer", "contradict"),
        ("python foo:bar", 'don\'t know the operator "foo:"'),
    ],
)
def test_partly_bad_input_is_explained(text: str, note: str) -> None:
    q = parse_query(text)
    assert any(note in n for n in q.notes), q.notes
    assert q.salary_min is None
    assert q.usable


def test_contradictory_seniority_is_dropped() -> None:
    assert parse_query("junior staff engineer").seniority == ()
    assert parse_query("senior staff engineer").seniority == ("staff",)  # senior grades the rung


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "what kind of job"),
        ("   ", "what kind of job"),
        ("-php -java", "I'll leave out PHP and Java"),
        ("the and for of", "couldn't find a job title or skill"),
        ("-5k", "can't be negative"),
        ("9999999k", "doesn't look like a real salary"),
        ("remote 120k+", "remote · salary ≥ 120k"),
        ("python " * 60, "characters long"),
    ],
)
def test_unusable_queries_raise_a_friendly_error(text: str, says: str) -> None:
    with pytest.raises(QueryError, match=None) as err:
        parse_query(text)
    assert says in str(err.value)


def test_word_salad_is_refused_saying_what_was_understood() -> None:
    salad = " ".join(f"word{i}x" for i in range(40))[:290]
    with pytest.raises(QueryError) as err:
        parse_query(salad + " remote")
    assert "I don't know these words as a job title or skill: word0x, word1x" in str(err.value)
    assert "I understood: remote." in str(err.value)


def test_many_real_title_words_are_capped_with_a_note() -> None:
    words = "senior backend data cloud infrastructure security network systems mobile web engineer"
    q = parse_query(words)
    assert len(q.title) == 8
    assert (
        "That's a lot of words; I kept 8 and ignored: mobile, web" in q.notes
    )  # the role noun kept


def test_describe_is_one_line() -> None:
    q = parse_query("Senior backend engineer python kafka remote -php 120k EUR+")
    assert q.describe() == (
        'title "senior backend engineer" · skills Python, Kafka · remote · not PHP · salary ≥ €120k'
    )


def test_json_round_trip() -> None:
    q = parse_query("sr backend pyhton remote in Berlin -php -company:Acme $120k")
    again = ParsedQuery.from_json(q.to_json())
    assert again == q
    assert hash(again) == hash(q)


def test_from_json_ignores_unknown_keys() -> None:
    assert ParsedQuery.from_json('{"title": ["backend"], "future": 1}').title == ("backend",)
