"""A search naming only a trade's specialty ("forklift", "cdl", "icu") looks for that trade's
jobs, not a developer's: "Forklift Driver – Reach Truck" for "forklift" (it was left out as "not
a developer role"; fresh4 dev's "warehouse forklift" misses the same drivers)."""

from __future__ import annotations

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting
from tests.unit.matching.exactness import assert_indexes_exact

REACH = "Put-away and replenishment at height on reach trucks. Requirements: reach truck licence."
HGV = "Class A CDL required. Regional routes, home weekly."


def passes(query: str, title: str, description: str) -> bool:
    posting = Posting(id=title, title=title, description=description)
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def test_a_trade_specialty_alone_finds_its_jobs() -> None:
    assert passes("forklift", "Forklift Driver – Reach Truck (Nights)", REACH)
    assert passes("forklift", "Warehouse Associate – Forklift Operator", REACH)
    assert passes("cdl", "CDL-A Truck Driver", HGV)
    assert passes("forklift", "Warehouse Operative – Counterbalance FLT", REACH)  # as before


def test_traps_software_skills_alone_still_mean_a_developer() -> None:
    python = "We automate reports with Python scripts and Excel."
    assert not passes("python", "Truck Driver", python)
    assert not passes("python", "Forklift Driver", python)
    assert passes("python", "Python Developer", "Django services on PostgreSQL.")
    # a trade specialty beside a tool is still a developer's search for the tool
    assert not passes("forklift python", "Forklift Driver", REACH + " Python a plus.")


def test_the_indexes_find_what_scoring_passes() -> None:
    pool = [
        Posting(id="1", title="Forklift Driver – Reach Truck (Nights)", description=REACH),
        Posting(id="2", title="Warehouse Associate – Forklift Operator", description=REACH),
        Posting(id="3", title="CDL-A Truck Driver", description=HGV),
        Posting(id="4", title="Python Developer", description="Django services on PostgreSQL."),
        Posting(id="5", title="Senior Practitioner – Adult Social Work", description="Adults."),
        Posting(id="6", title="Database Reliability Engineer (SQL Server)", description=HGV),
    ]
    texts = ["forklift", "cdl", "python", "forklift python", "social worker", "sql server dba"]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(texts, pool, sensitivity)
