"""A new user's first searches for work outside offices (warehouse, deliveries, shops, kitchens,
classrooms, home care) and in Australia's and America's big cities each find a posting of that
field in the bundled sample, and nothing of another field."""

from __future__ import annotations

import re

import pytest

from core.matching import parse_query, rank
from core.postings.sample import sample_postings

WAREHOUSE = r"warehouse|picker|packer|material handler|materials handler"
DRIVER = r"driver|courier|vehicle operator|\bHGV\b"
NURSE = r"\bnurse|\bRN\b"
TEACHER = r"teacher"
CARE = r"care worker|caregiver|home health aide|care assistant|carer|support worker"
ATTORNEY = r"attorney|counsel|lawyer|solicitor"

FIRST_SEARCHES = [
    ("warehouse operative london", WAREHOUSE, "London"),
    ("warehouse operative manchester", WAREHOUSE, "Manchester"),
    ("picker packer leeds", WAREHOUSE, "Leeds"),
    ("warehouse associate dallas", WAREHOUSE, "Dallas"),
    ("delivery driver birmingham", DRIVER, "Birmingham"),
    ("delivery driver sydney", DRIVER, "Sydney"),
    ("supply teacher london", TEACHER, "London"),
    ("teaching assistant manchester", r"teaching assistant", "Manchester"),
    ("barista leeds", r"barista", "Leeds"),
    ("retail assistant london", r"retail|sales assistant", "London"),
    ("cleaner manchester", r"cleaner", "Manchester"),
    ("chef london", r"chef|cook", "London"),
    ("receptionist birmingham", r"receptionist", "Birmingham"),
    ("nurse brisbane", NURSE, "Brisbane"),
    ("nurse queensland", NURSE, "QLD"),
    ("registered nurse nsw", NURSE, "Sydney"),
    ("nurse melbourne", NURSE, "Melbourne"),
    ("teacher qld", TEACHER, "Queensland"),
    ("electrician perth", r"electrician", "Perth"),
    ("home health aide chicago", CARE, "Chicago"),
    ("registered nurse chicago", NURSE, "Chicago"),
    ("associate attorney new york", ATTORNEY, "New York"),
    ("in-house counsel", ATTORNEY, "Chicago"),
]
SOFTWARE = re.compile(r"software|developer|backend|frontend|devops|programmer|data engineer", re.I)


@pytest.mark.parametrize(("search", "field", "place"), FIRST_SEARCHES)
def test_a_first_search_finds_a_posting_of_its_field_in_its_place(
    search: str, field: str, place: str
) -> None:
    found = [posting for posting, _ in rank(parse_query(search), sample_postings())]
    assert any(
        re.search(field, posting.title, re.I) and place in (posting.location or "")
        for posting in found
    ), (search, [(p.title, p.location) for p in found])
    assert not [p.title for p in found if SOFTWARE.search(p.title)], search
