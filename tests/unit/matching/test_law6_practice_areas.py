"""A practice area typed before a lawyer's role noun is a specialty ("employment lawyer": an
attorney practising Employment Law), in searches and posting titles; an associate of a practice
area is an attorney at a law firm only, not at a bank or a shop."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

FIRM = "Our law firm advises clients across the UK. Qualified solicitor."

EMPLOYMENT_SOLICITOR = Posting(id="sol", title="Employment Solicitor", company="Smith & Co")
EMPLOYMENT_ASSOCIATE = Posting(
    id="assoc", title="Associate – Employment", company="Baker LLP", description=FIRM
)
EMPLOYMENT_LAW_ATTORNEY = Posting(id="att", title="Employment Law Attorney")
LABOR_COUNSEL = Posting(id="counsel", title="Counsel, Labor & Employment", company="Acme Inc")
EMPLOYMENT_SPECIALIST = Posting(
    id="spec", title="Employment Specialist", description="Help clients find employment."
)
HR_ADVISOR = Posting(
    id="hr", title="HR Employment Advisor", description="Employment law advice for managers."
)
CORPORATE_ASSOCIATE = Posting(
    id="corp", title="Corporate Associate", company="Baker LLP", description=FIRM
)
BANK_CORPORATE_ASSOCIATE = Posting(
    id="bank",
    title="Corporate Associate",
    company="Northern Bank",
    description="Support corporate banking clients and analyse credit.",
)
MNA_ASSOCIATE = Posting(
    id="mna", title="Associate, Corporate M&A", company="Kirk LLP", description=FIRM
)
BANKING_ASSOCIATE = Posting(
    id="banking", title="Banking Associate", company="Kirk LLP", description=FIRM
)
PLAIN_ATTORNEY = Posting(
    id="plain",
    title="Attorney",
    description="General practice. An equal employment opportunity employer.",
)
SALES = Posting(id="sales", title="Sales Associate", description="Retail sales floor.")
APM = Posting(id="apm", title="Associate Product Manager", description="Roadmaps.")
STORE = Posting(id="store", title="Store Associate", description="Stock shelves.")

EVERY = [
    EMPLOYMENT_SOLICITOR,
    EMPLOYMENT_ASSOCIATE,
    EMPLOYMENT_LAW_ATTORNEY,
    LABOR_COUNSEL,
    EMPLOYMENT_SPECIALIST,
    HR_ADVISOR,
    CORPORATE_ASSOCIATE,
    BANK_CORPORATE_ASSOCIATE,
    MNA_ASSOCIATE,
    BANKING_ASSOCIATE,
    PLAIN_ATTORNEY,
    SALES,
    APM,
    STORE,
]


def _found(text: str, postings: list[Posting]) -> set[str]:
    return {p.id for p, _ in rank(parse_query(text), postings)}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("employment lawyer", "Employment Law"),
        ("employment solicitor", "Employment Law"),
        ("labor and employment attorney", "Employment Law"),
        ("employment associate", "Employment Law"),
        ("corporate lawyer", "Corporate Law"),
        ("corporate associate", "Corporate Law"),
        ("commercial solicitor", "Commercial Law"),
        ("family lawyer", "Family Law"),
        ("immigration attorney", "Immigration Law"),
        ("criminal lawyer", "Criminal Law"),
        ("tax attorney", "Tax Law"),
        ("real estate lawyer", "Real Estate Law"),
        ("property solicitor", "Real Estate Law"),
        ("ip lawyer", "Intellectual Property"),
        ("patent attorney", "Intellectual Property"),
        ("banking lawyer", "Banking & Finance Law"),
        ("m&a lawyer", "M&A Law"),
        ("personal injury lawyer", "Personal Injury"),
        ("insolvency solicitor", "Insolvency Law"),
        ("construction lawyer", "Construction Law"),
        ("energy counsel", "Energy Law"),
        ("competition lawyer", "Competition Law"),
        ("antitrust attorney", "Competition Law"),
        ("data protection lawyer", "Data Privacy"),
    ],
)
def test_a_practice_area_before_a_lawyer_is_a_specialty(text: str, skill: str) -> None:
    # Was the title "employment attorney" (and "competitive attorney", "attorney" for m&a).
    query = parse_query(text)
    assert query.title in (("attorney",), ("counsel",)), query.title
    assert skill in query.skills
    assert f"specialty {skill}" in query.describe()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("employment specialist", ("employment", "specialist")),
        ("tax associate", ("tax", "associate")),
        ("sales associate", ("sales", "associate")),
        ("construction manager", ("construction", "manager")),
    ],
)
def test_the_same_words_beside_other_jobs_stay_title_words(
    text: str, title: tuple[str, ...]
) -> None:
    assert parse_query(text).title == title


def test_employment_lawyer_finds_employment_lawyers_by_any_title() -> None:
    assert _found("employment lawyer", EVERY) == {"sol", "assoc", "att", "counsel"}


def test_a_law_firms_corporate_associate_is_an_attorney_and_a_banks_is_not() -> None:
    assert _found("attorney", [CORPORATE_ASSOCIATE, BANK_CORPORATE_ASSOCIATE]) == {"corp"}
    assert _found("corporate lawyer", EVERY) == {"corp", "mna"}


def test_a_law_firms_banking_associate_is_a_banking_lawyer() -> None:
    assert _found("banking lawyer", EVERY) == {"banking"}


@pytest.mark.parametrize("posting", [SALES, APM, STORE, BANK_CORPORATE_ASSOCIATE])
def test_other_associates_are_no_attorneys(posting: Posting) -> None:
    assert _found("attorney", [posting]) == set()


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("patent attorney", 'I read "patent" as Intellectual Property'),
        ("labor lawyer", 'I read "labor" as Employment Law, "lawyer" as attorney'),
        ("ip law attorney", 'I read "ip law" as Intellectual Property'),
    ],
)
def test_the_note_quotes_the_area_as_typed(text: str, note: str) -> None:
    # Was 'I read "patent law" as ...': the "law" the reading puts after the word quoted too.
    assert note in parse_query(text).notes
