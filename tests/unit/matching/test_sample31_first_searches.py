"""A new user's common first searches, in any field (work outside offices too: warehouse,
deliveries, shops, kitchens, classrooms, home care) and the main English-speaking places, each
find a posting of that field in the bundled sample (not a look-alike of another field)."""

from __future__ import annotations

import re

import pytest

from core.matching import parse_query, rank
from core.postings.sample import sample_postings

NURSE = r"\bnurse|\bRN\b|pflegefachkraft"
TEACHER = r"teacher"
ACCOUNTANT = r"accountant"
SOLICITOR = r"solicitor|attorney|lawyer"
ELECTRICIAN = r"electrician|elektriker"
HGV = r"\bHGV\b|driver|vehicle operator"
CARE = r"care worker|support worker"
ANALYST = r"data analyst"
WAREHOUSE = r"warehouse|picker|packer|material handler|materials handler"
DRIVER = r"driver|courier|vehicle operator|\bHGV\b"
CARE_US = rf"{CARE}|caregiver|home health aide|care assistant|carer|nursing assistant"
ATTORNEY = r"attorney|counsel|lawyer|solicitor|rechtsanwalt|abogad"  # in any language
# A search outside tech must never find these (a London software job for "nurse london").
SOFTWARE = re.compile(r"software|developer|backend|frontend|devops|programmer|data engineer", re.I)

# (search, the field's titles, the place a found posting is in)
FIRST_SEARCHES = [
    ("nurse london", NURSE, "London"),
    ("teacher london", TEACHER, "London"),
    ("accountant london", ACCOUNTANT, "London"),
    ("solicitor london", SOLICITOR, "London"),
    ("electrician london", ELECTRICIAN, "London"),
    ("hgv driver london", HGV, "London"),
    ("care worker london", CARE, "London"),
    ("nurse manchester", NURSE, "Manchester"),
    ("teacher manchester", TEACHER, "Manchester"),
    ("accountant manchester", ACCOUNTANT, "Manchester"),
    ("solicitor manchester", SOLICITOR, "Manchester"),
    ("electrician manchester", ELECTRICIAN, "Manchester"),
    ("hgv driver manchester", HGV, "Manchester"),
    ("care worker manchester", CARE, "Manchester"),
    ("nurse birmingham", NURSE, "Birmingham"),
    ("teacher birmingham", TEACHER, "Birmingham"),
    ("accountant birmingham", ACCOUNTANT, "Birmingham"),
    ("solicitor birmingham", SOLICITOR, "Birmingham"),
    ("electrician birmingham", ELECTRICIAN, "Birmingham"),
    ("hgv driver birmingham", HGV, "Birmingham"),
    ("care worker birmingham", CARE, "Birmingham"),
    ("data analyst manchester", ANALYST, "Manchester"),
    ("data analyst london", ANALYST, "London"),
    ("registered nurse london", NURSE, "London"),
    ("lawyer london", SOLICITOR, "London"),
    ("lorry driver birmingham", HGV, "Birmingham"),
    ("nurse new york", NURSE, "United States"),  # the federal postings name no city
    ("truck driver houston", HGV, "United States"),
    ("electrician los angeles", ELECTRICIAN, "United States"),
    ("nurse dublin", NURSE, "Dublin"),
    ("teacher dublin", TEACHER, "Dublin"),
    ("accountant dublin", ACCOUNTANT, "Dublin"),
    ("nurse toronto", NURSE, "Toronto"),
    ("teacher toronto", TEACHER, "Toronto"),
    ("accountant toronto", ACCOUNTANT, "Toronto"),
    ("electrician toronto", ELECTRICIAN, "Toronto"),
    ("nurse sydney", NURSE, "Sydney"),
    ("teacher sydney", TEACHER, "Sydney"),
    ("accountant sydney", ACCOUNTANT, "Sydney"),
    ("electrician sydney", ELECTRICIAN, "Sydney"),
    ("nurse berlin", NURSE, "Berlin"),
    ("electrician berlin", ELECTRICIAN, "Berlin"),
    # work outside offices and Australia's and America's big cities (lead32's sample postings)
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
    ("home health aide chicago", CARE_US, "Chicago"),
    ("registered nurse chicago", NURSE, "Chicago"),
    ("associate attorney new york", ATTORNEY, "New York"),
    ("in-house counsel", ATTORNEY, "Chicago"),
]


@pytest.mark.parametrize(("search", "field", "place"), FIRST_SEARCHES)
def test_a_first_search_finds_a_posting_of_its_field_in_its_place(
    search: str, field: str, place: str
) -> None:
    found = [posting for posting, _ in rank(parse_query(search), sample_postings())]
    assert any(
        re.search(field, posting.title, re.I) and place in (posting.location or "")
        for posting in found
    ), (search, [(p.title, p.location) for p in found])
    # the trap: every posting found is of the field searched, none a software job
    assert all(re.search(field, posting.title, re.I) for posting in found), search
    assert not [p.title for p in found if SOFTWARE.search(p.title)], search


def test_the_readme_search_finds_backend_python_jobs_remote_or_in_berlin() -> None:
    query = parse_query("senior backend python, remote or Berlin, no PHP, 120k+")
    found = [posting for posting, _ in rank(query, sample_postings())]
    assert any("Berlin" in (p.location or "") for p in found)
    assert any(p.workplace == "remote" for p in found)
    assert all(re.search(r"backend|python", p.title + p.description, re.I) for p in found)
    assert not [p.title for p in found if re.search(r"\bnurse|teacher|driver", p.title, re.I)]


def test_a_software_search_in_london_finds_no_new_non_tech_posting() -> None:
    found = [p.title for p, _ in rank(parse_query("software engineer london"), sample_postings())]
    assert found
    assert not [t for t in found if re.search(rf"{NURSE}|{TEACHER}|{CARE}|{HGV}", t, re.I)]
