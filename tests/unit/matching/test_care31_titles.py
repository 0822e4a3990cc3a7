"""Social-care titles of Britain, Ireland and Australia read as the care worker (carer, care
assistant, support worker); the NHS healthcare support worker as the nursing assistant; customer
care, IT support and child care are other work."""

from __future__ import annotations

import pytest

from tests.unit.matching.found import found, posting

CARE_JOBS = (
    "Care Worker – Home Care",
    "Care Worker – Residential Care Home",
    "Care and Support Worker (Learning Disabilities)",
    "Carer",
    "Care Assistant",
    "Support Worker",
    "Senior Carer",
    "Senior Care Worker",
    "Personal Care Assistant",
)
TRAPS = (
    "Customer Care Assistant",
    "IT Support Worker",
    "Technical Support Engineer",
    "Support Engineer",
    "Childcare Assistant",
    "Child Care Worker",
    "Nursery Practitioner",
    "Care Coordinator",
)


@pytest.mark.parametrize("query", ["carer", "care assistant", "care worker", "support worker"])
@pytest.mark.parametrize("title", CARE_JOBS)
def test_a_carer_is_a_care_worker(query: str, title: str) -> None:
    assert found(query, posting(title))


@pytest.mark.parametrize("query", ["carer", "care assistant", "care worker", "support worker"])
@pytest.mark.parametrize("title", TRAPS)
def test_customer_care_it_support_and_child_care_are_other_work(query: str, title: str) -> None:
    assert not found(query, posting(title))


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("home carer", "Care Worker – Home Care"),
        ("domiciliary care worker", "Care Worker – Home Care"),
        ("domiciliary care worker", "Home Carer"),
        ("personal care assistant", "Care Worker – Residential Care Home"),
        ("senior carer", "Senior Care Worker"),
        ("live-in carer", "Live-in Care Worker"),
        ("hcsw", "Healthcare Assistant"),
        ("healthcare support worker", "Nursing Assistant"),
        ("healthcare assistant", "Healthcare Support Worker"),
        ("customer care assistant", "Customer Service Assistant"),
        ("it support worker", "IT Support Technician"),
        ("nursery practitioner", "Nursery Practitioner"),
    ],
)
def test_the_care_titles_neighbours(query: str, title: str) -> None:
    assert found(query, posting(title))


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("home carer", "Customer Care Assistant"),
        ("hcsw", "IT Support Worker"),
        # ("healthcare support worker", "Support Worker"): a related title since care32, found
        # after the nursing side's own (test_care32_titles)
        ("nursery practitioner", "Care Worker – Home Care"),
        ("care coordinator", "Carer"),
    ],
)
def test_the_care_titles_traps(query: str, title: str) -> None:
    assert not found(query, posting(title))


def test_a_maternity_support_worker_is_the_wards_healthcare_assistant() -> None:
    assert found("maternity healthcare assistant", posting("Maternity Support Worker"))
    assert found("maternity support worker", posting("Maternity Care Assistant"))
    assert found("maternity healthcare assistant", posting("Midwifery Care Assistant"))
    assert not found("maternity support worker", posting("Care Worker – Home Care"))
