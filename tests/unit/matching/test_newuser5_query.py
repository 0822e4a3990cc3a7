"""The query fixes of newuser5 hold beyond the strings that found them: a rule or a vocabulary
entry each (tests/unit/matching/test_newuser4_findings.py has the findings themselves)."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query, score_posting
from core.model import Posting

NORMAL = 55


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("could you show me registered nurse jobs", ("registered", "nurse")),
        ("get me a pharmacist position", ("pharmacist",)),
        ("ich suche eine Stelle als Elektriker", ("electrician",)),
        ("je cherche un poste de pharmacien", ("pharmacist",)),
        ("trade show coordinator", ("trade", "show", "coordinator")),  # "show" alone stays
        ("can line operator", ("can", "line", "operator")),  # and "can"
    ],
)
def test_request_and_sentence_words_are_no_title_words(text: str, title: tuple[str, ...]) -> None:
    assert parse_query(text).title == title


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("nurse A$90k", "AUD"),
        ("analyst S$8k/month", "SGD"),
        ("developer $120k AUD", "AUD"),
        ("developer C$60k-80k", "CAD"),
        ("developer US$80k", "USD"),
    ],
)
def test_a_dollar_is_the_one_its_sign_or_code_names(text: str, currency: str) -> None:
    query = parse_query(text)
    assert query.currency == currency and query.skills == ()


def test_a_sign_and_a_code_that_disagree_say_which_was_used() -> None:
    query = parse_query("developer €60k GBP")
    assert query.currency == "EUR"
    assert 'I read "€60k GBP" in EUR, the currency of its sign, not GBP' in query.notes


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("remote nurse -remote", "remote"),
        ("senior developer not senior", "senior"),
        ("python or go backend -go", "Go"),
    ],
)
def test_what_is_both_asked_for_and_left_out_is_said_and_dropped(text: str, said: str) -> None:
    query = parse_query(text)
    assert f"You both asked for {said} and left it out, so I ignored {said} either way" in (
        query.notes
    )
    assert said not in query.describe().replace("backend", "")


def test_a_contradiction_leaving_nothing_says_what_was_understood() -> None:
    with pytest.raises(QueryError, match="You both asked for PHP and left it out"):
        parse_query("php -php")


@pytest.mark.parametrize(
    "title", ["Land Developer", "Property Developer", "Housing Developer", "Curriculum Developer"]
)
def test_a_developer_of_another_field_is_no_software_developer(title: str) -> None:
    posting = Posting(id="p", title=title, description="Plan sites and manage builds.")
    assert score_posting(parse_query("developer"), posting).score < NORMAL


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("property manager", "Property Manager"),
        ("real estate developer", "Real Estate Developer"),
        ("curriculum developer", "Curriculum Developer"),
        ("developer", "Web Developer"),
    ],
)
def test_the_field_asked_still_finds_its_own_titles(text: str, title: str) -> None:
    posting = Posting(id="p", title=title, description="")
    assert score_posting(parse_query(text), posting).score >= NORMAL


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ich suche eine Stelle als Pflegekraft", ("nurse",)),
        ("Elektriker Stelle München", ("electrician",)),
        ("je cherche un poste d'infirmière à Lyon", ("nurse",)),
        ("avocat paris", ("attorney",)),  # was "advocate", a typo's guess
        ("Apotheker", ("pharmacist",)),
        ("contrôleur aérien", ("air", "traffic", "controller")),
    ],
)
def test_german_and_french_titles_of_any_field_are_read(text: str, title: tuple[str, ...]) -> None:
    assert parse_query(text).title == title


def test_a_german_posting_title_matches_the_english_search() -> None:
    posting = Posting(id="p", title="Pflegefachkraft (m/w/d)", description="")
    assert score_posting(parse_query("nurse"), posting).score >= NORMAL


def test_titles_named_with_or_between_are_alternatives() -> None:
    query = parse_query("nurse practitioner or physician assistant")
    assert query.titles == (("nurse", "practitioner"), ("physician", "assistant"))
    assert query.describe() == 'title "nurse practitioner" or "physician assistant"'
    for text in ("python or go backend", "remote or berlin backend", "sr. swe or sde"):
        assert not parse_query(text).or_titles, text


def test_a_range_written_top_first_is_a_floor_at_its_bottom() -> None:
    query = parse_query("backend engineer 150k-120k")
    assert query.salary_min == 120_000


def test_hourly_and_monthly_pay_say_the_yearly_floor_they_stand_for() -> None:
    # Was only "salary ≥ 83.2k" in the echo: not where the number came from.
    assert 'I read "40/hr" as 83.2k a year' in parse_query("nurse 40/hr").notes
    assert 'I read "5k/month" as 60k a year' in parse_query("developer 5k/month").notes


@pytest.mark.parametrize(
    "text",
    [
        "icu nurse 45/hr not travel",
        "icu nurse $45/hr+ not travel",
        "icu nurse 45 an hour not travel",
    ],
)
def test_a_word_after_an_hourly_rate_is_no_currency(text: str) -> None:
    # Was title "icu nurse travel": "not" after the rate read as a currency code and swallowed.
    query = parse_query(text)
    assert query.exclude_words == ("travel",) and "travel" not in query.title
    assert query.salary_min == 93_600
    assert parse_query("icu nurse 45/hr usd").currency == "USD"
