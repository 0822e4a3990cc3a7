"""A lawyer's or paralegal's practice area is a specialty, never a title word."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

PARALEGAL = Posting(
    id="para",
    title="Paralegal Specialist",
    description="Supports attorneys with discovery and the drafting of pleadings and motions.",
)
LAWYER = Posting(id="law", title="Rechtsanwalt (m/w/d) Arbeitsrecht", description="Kanzlei.")
TAX = Posting(id="tax", title="Paralegal", description="Prepares estate tax returns.")


@pytest.mark.parametrize(
    ("text", "title", "specialty"),
    [
        ("paralegal litigation", ("paralegal",), "Litigation"),
        ("litigation paralegal", ("paralegal",), "Litigation"),
        ("divorce attorney", ("attorney",), "Family Law"),
        ("labor law attorney", ("attorney",), "Employment Law"),
        ("attorney intellectual property", ("attorney",), "Intellectual Property"),
    ],
)
def test_a_practice_area_is_a_specialty(text: str, title: tuple[str, ...], specialty: str) -> None:
    query = parse_query(text)
    assert query.title == title and query.skills == (specialty,)


def test_paralegal_litigation_finds_the_paralegal_drafting_pleadings() -> None:
    # Was title "paralegal litigation": no posting held both words, no match at all.
    found = [p.id for p, _ in rank(parse_query("paralegal litigation"), [PARALEGAL, TAX])]
    assert found[0] == "para"


def test_an_employment_lawyer_in_german() -> None:
    assert [p.id for p, _ in rank(parse_query("attorney employment law"), [LAWYER])] == ["law"]


@pytest.mark.parametrize(
    "text", ["patent examiner", "immigration officer", "trademark examiner", "criminal detective"]
)
def test_titles_naming_a_field_of_law_stay_titles(text: str) -> None:
    assert parse_query(text).skills == ()
