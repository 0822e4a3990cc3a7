"""What "no X", "excluding X" and -"a phrase" leave out: a phrase whole, and an employer named
or said by its initials (IRS, FAA, VA), checked against the posting's company."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

IRS = "Internal Revenue Service / Department of the Treasury"
FAA = "Federal Aviation Administration / Department of Transportation"
VA = "Veterans Health Administration / Department of Veterans Affairs"
IHS = "Department of Health and Human Services / Indian Health Service"
FDA = "Department of Health and Human Services / Food and Drug Administration"


def _posting(pid: str, title: str, company: str) -> Posting:
    return Posting(id=pid, title=title, company=company, location="Washington, DC")


def _kept(query: str, *postings: Posting) -> list[str]:
    return sorted(p.id for p, _ in rank(parse_query(query), list(postings)))


@pytest.mark.parametrize(
    ("query", "title", "left_out"),
    [
        ("accountant, no IRS", "Accountant", IRS),  # was 18 IRS postings on the probe
        ("attorney, excluding FAA", "Attorney", FAA),  # was 50 FAA postings
        ("physician not VA", "Physician", VA),
        ("accountant, no Internal Revenue Service", "Accountant", IRS),
        ('nurse -"indian health service"', "Nurse", IHS),
        ("nurse, excluding Indian Health Service, in washington dc", "Nurse", IHS),
    ],
)
def test_an_employer_named_or_by_its_initials_is_left_out(
    query: str, title: str, left_out: str
) -> None:
    other = FDA if left_out != FDA else IRS
    kept = _kept(query, _posting("out", title, left_out), _posting("in", title, other))
    assert kept == ["in"]


def test_a_phrase_left_out_is_one_phrase_not_each_word() -> None:
    query = parse_query('nurse -"indian health service"')
    # Was three exclusions, "indian", "health" and "service": every HHS nurse dropped.
    assert query.exclude_words == ("indian health service",)
    assert 'not "indian health service"' in query.describe()
    kept = _kept('nurse -"indian health service"', _posting("hhs", "Nurse", FDA))
    assert kept == ["hhs"]


def test_a_capitalised_name_after_no_is_left_out_whole() -> None:
    query = parse_query("accountant, no Internal Revenue Service")
    # Was the title "accountant revenue service", not "internal".
    assert query.title == ("accountant",)
    assert query.exclude_words == ("internal revenue service",)


def test_the_title_words_after_a_name_left_out_are_still_asked_for() -> None:
    query = parse_query("no Indian Health Service nurse practitioner")
    assert query.exclude_words == ("indian health service",)
    assert "nurse" in query.title


def test_a_skill_left_out_is_still_a_skill() -> None:
    assert parse_query("developer, no Spring Boot").exclude_skills == ("Spring Boot",)
    assert parse_query('developer -"spring boot"').exclude_skills == ("Spring Boot",)


def test_initials_match_only_a_run_of_words_within_one_part_of_the_name() -> None:
    # "SD" would be Service / Department across the slash: no employer is called that.
    kept = _kept("accountant no SD", _posting("irs", "Accountant", IRS))
    assert kept == ["irs"]


def test_microsoft_left_out_by_name() -> None:
    ms = Posting(id="ms", title="Software Engineer", company="Microsoft")
    other = Posting(id="x", title="Software Engineer", company="Contoso")
    assert _kept("software engineer, not microsoft", ms, other) == ["x"]


@pytest.mark.parametrize(
    "text", ["Registered Nurse No Travel Remote", "registered nurse not Travel Remote"]
)
def test_title_cased_words_after_not_are_read_one_by_one(text: str) -> None:
    query = parse_query(text)
    assert query.exclude_words == ("travel",) and query.workplaces == ("remote",)


def test_initials_may_count_the_small_words_of_a_name() -> None:
    dod = _posting("dod", "Attorney", "Department of the Army / Department of Defense")
    assert _kept("attorney, not DoD", dod, _posting("faa", "Attorney", FAA)) == ["faa"]
