"""Law titles and credentials a new user typed (probe24): a law firm's associate is an attorney,
a litigator a litigation attorney; QTS, CPC, a union, TRACON and "any state" no title words."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting
from core.model import Posting

LITIGATION_ASSOCIATE = Posting(
    id="lit",
    title="Litigation Associate",
    company="Baker & Wells LLP",
    description="Our law firm seeks a litigation associate. JD and bar admission required.",
)
FIRM_ASSOCIATE = Posting(
    id="firm",
    title="Associate",
    company="Kirkland & Ellis LLP",
    description="Our law firm's litigation practice seeks an associate. JD required.",
)
LITIGATOR = Posting(
    id="litigator",
    title="Senior Litigator",
    company="Jones Day",
    description="Trial work for our law firm's complex litigation group.",
)
SALES = Posting(id="sales", title="Sales Associate", description="Retail sales floor.")
WAREHOUSE = Posting(id="wh", title="Warehouse Associate", description="Pick and pack orders.")
JUNIOR_SWE = Posting(id="swe", title="Associate Software Engineer", description="Python services.")
SUPPORT = Posting(
    id="support",
    title="Litigation Support Associate",
    description="E-discovery and document review tools for a law firm.",
)
AUDIT = Posting(id="audit", title="Associate", company="Ernst & Young LLP", description="Audit.")


def _found(text: str, postings: list[Posting]) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), postings)]


def test_litigation_attorney_finds_a_law_firms_associates_and_litigators() -> None:
    # Was none: "Litigation Associate" and "Senior Litigator" were read as developer titles.
    found = _found("litigation attorney", [LITIGATION_ASSOCIATE, FIRM_ASSOCIATE, LITIGATOR])
    assert set(found) == {"lit", "firm", "litigator"}


@pytest.mark.parametrize("posting", [SALES, WAREHOUSE, JUNIOR_SWE, SUPPORT, AUDIT])
def test_other_associates_stay_no_attorneys(posting: Posting) -> None:
    assert _found("attorney", [posting]) == []


def test_a_junior_software_engineer_still_reads_associate_as_the_level() -> None:
    query = parse_query("associate software engineer")
    assert query.title == ("software", "engineer") and query.seniority == ("junior",)
    assert _found("junior software engineer", [JUNIOR_SWE]) == ["swe"]


def test_sales_and_warehouse_associates_keep_their_titles() -> None:
    assert parse_query("sales associate").title == ("sales", "associate")
    assert _found("warehouse associate", [WAREHOUSE, LITIGATION_ASSOCIATE]) == ["wh"]


@pytest.mark.parametrize(
    "text",
    ["associate law firm", "associate at a law firm", "litigation associate", "law firm associate"],
)
def test_an_associate_at_a_law_firm_is_an_attorney(text: str) -> None:
    query = parse_query(text)
    assert query.title == ("attorney",) and query.seniority == ()
    assert any('"associate" as attorney' in note for note in query.notes)


def test_law_firm_is_a_preference_beside_a_practice_area() -> None:
    # Was the title "firm attorney": "law" left out as the attorney's field.
    query = parse_query("law firm litigation attorney")
    assert query.title == ("attorney",) and query.skills == ("Litigation",)
    assert query.prefer == ("law firm",)


def test_a_litigator_is_a_litigation_attorney() -> None:
    query = parse_query("litigator")
    assert query.title == ("attorney",) and query.skills == ("Litigation",)


def test_associate_beside_remote_is_the_title_not_a_level() -> None:
    # Was refused: "associate" read as the junior level, no title left.
    query = parse_query("associate remote")
    assert query.title == ("associate",) and query.seniority == ()


@pytest.mark.parametrize(
    ("text", "title", "wanted"),
    [
        ("primary teacher qts", ("primary", "teacher"), "QTS"),
        ("medical coder cpc", ("medical", "coder"), "CPC"),
    ],
)
def test_a_credential_is_no_title_word(text: str, title: tuple[str, ...], wanted: str) -> None:
    query = parse_query(text)
    assert query.title == title and query.skills == (wanted,)
    assert wanted in query.describe()


@pytest.mark.parametrize(
    ("text", "title", "setting"),
    [
        ("union electrician", ("electrician",), "union"),
        ("electrician ibew", ("electrician",), "union"),
        ("air traffic controller tracon", ("air", "traffic", "controller"), "TRACON"),
    ],
)
def test_a_union_or_facility_is_a_preference(
    text: str, title: tuple[str, ...], setting: str
) -> None:
    query = parse_query(text)
    assert query.title == title and query.prefer == (setting,)
    assert setting in query.describe()


def test_a_posting_without_tracon_says_it_is_not_named() -> None:
    query = parse_query("air traffic controller tracon")
    tower = Posting(id="t", title="Air Traffic Controller", description="A contract tower.")
    radar = Posting(id="r", title="Air Traffic Controller", description="Work at a TRACON.")
    assert _found("air traffic controller tracon", [tower, radar]) == ["r", "t"]
    assert "TRACON not named" in score_posting(query, tower).reasons
    assert "names TRACON ✓" in score_posting(query, radar).reasons


def test_a_union_job_names_the_union_and_a_credit_union_does_not() -> None:
    query = parse_query("union electrician")
    local = Posting(id="l", title="Journeyman Electrician", description="IBEW Local 48 members.")
    bank = Posting(id="b", title="Electrician", description="Maintain our credit union branches.")
    assert "names union ✓" in score_posting(query, local).reasons
    assert "union not named" in score_posting(query, bank).reasons


@pytest.mark.parametrize("text", ["credit union teller", "union representative"])
def test_union_jobs_keep_their_titles(text: str) -> None:
    assert "union" in parse_query(text).title


def test_any_state_is_anywhere_in_the_us() -> None:
    query = parse_query("registered nurse any state")
    assert query.title == ("registered", "nurse") and query.locations == ("us",)
