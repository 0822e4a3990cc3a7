"""A new user's probe: plurals in -es, two workplaces, word salad, several jobs, no-op notes."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query
from core.matching.money import check_pay


def test_a_plural_in_es_reads_as_its_singular_not_a_typo() -> None:
    query = parse_query("python developer searches")  # SQL is answered as such (parse16)
    assert "searcher" not in query.title and "search" in query.title  # was "searcher", noted
    assert not query.notes
    assert parse_query("coaches").title == ("coach",) and not parse_query("coaches").notes


def test_remote_and_onsite_side_by_side_say_so() -> None:
    query = parse_query("remote onsite python developer")
    assert query.workplaces == ("remote", "onsite")
    assert query.notes == (
        "remote and onsite contradict each other, so I take either (remote or onsite)",
    )  # was no note at all
    assert not parse_query("remote or onsite python developer").notes


def test_a_word_longer_than_any_word_is_refused() -> None:
    with pytest.raises(QueryError, match="I don't know these words as a job title or skill"):
        parse_query("ab" * 149)  # was saved as a 298-letter title


def test_rare_real_jobs_are_still_read() -> None:
    for text in ("sommelier", "river pilot", "ocean freight forwarder", "glazier", "ob/gyn"):
        assert parse_query(text).title


def test_several_different_jobs_in_one_search_are_noted() -> None:
    query = parse_query("senior python java nurse attorney truck driver berlin remote 120k")
    assert (
        "nurse, attorney and driver are different jobs, which one posting rarely is: a search "
        "for each finds them (/add nurse, /add attorney…)" in query.notes
    )
    assert not parse_query("registered nurse case manager").notes


def test_a_level_said_as_the_level_has_no_note() -> None:
    assert parse_query("mid level python developer").seniority == ("mid",)
    assert not parse_query("mid level python developer").notes  # was 'as mid level'
    assert parse_query("sr backend engineer").notes == ('I read "sr" as senior level',)


def test_a_pay_reason_names_the_currency_the_search_gave() -> None:
    assert check_pay(100_000, "EUR", 90_000, "EUR").reason == "salary ≥ €90k ✓"  # was "≥ 90k"
    hourly = parse_query("python developer $60/h")  # read as a yearly floor in dollars
    assert hourly.salary_min is not None
    reason = check_pay(130_000, "USD", hourly.salary_min, hourly.currency).reason
    assert reason == "salary ≥ $124.8k ✓"
    assert check_pay(130_000, None, 120_000, None).reason == "salary ≥ 120k ✓"
