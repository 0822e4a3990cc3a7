"""Federal fields of the third fresh batch of federal queries (issue 14, federal7)."""

from __future__ import annotations

from core.matching import parse_query
from core.matching.scoring import score_posting, threshold_for
from core.model import Posting


def passes(query: str, title: str, *tags: str) -> bool:
    """Whether a posting of this title and series tags passes the search at normal."""
    result = score_posting(parse_query(query), Posting(id="p", title=title, tags=tags))
    return result.passed and result.score >= threshold_for("normal")


def test_the_word_before_the_role_noun_says_which_kind_of_it() -> None:
    # "insurance" says which health specialist: a title without it naming a kind of its own
    # ("border") is another job, whatever series it declares
    assert not passes("health insurance specialist", "Supervisory Border Health Specialist", "0301")
    assert not passes("health insurance specialist", "Border Health Specialist")
    assert not passes("tax law specialist", "Estate Tax Specialist")
    assert passes("health insurance specialist", "Supervisory Health Insurance Specialist")
    assert passes("tax law specialist", "Tax Law Specialist (Bilingual Spanish)")
    # a plainer title may be any kind of it; a generic word there ("development") says no kind,
    # nor does a third word before the noun
    assert passes("qa automation engineer", "QA Engineer")
    assert passes("qa automation engineer", "Software Test Engineer (Embedded)")
    assert passes("software development engineer", "Software Engineer")
    assert passes("water treatment plant operator", "Water Treatment Operator")
    # the reasons say which word is missing
    query = parse_query("health insurance specialist")
    result = score_posting(query, Posting(id="p", title="Border Health Specialist"))
    assert any('no "insurance" in the title' in line for line in result.breakdown)


def test_a_specialty_of_a_broad_series_is_no_credit_for_its_other_postings() -> None:
    security = "0080 - Security Administration"
    # 0080 holds personnel, physical and information security: a posting of it is a personnel
    # security specialist only when its title says so
    assert not passes("personnel security specialist", "Security Specialist", security)
    assert not passes("personnel security specialist", "Physical Security Specialist", security)
    assert passes("personnel security specialist", "Personnel Security Specialist", security)
    assert passes("security specialist", "Physical Security Specialist", security)
    assert passes("security specialist", "Security Officer", security)
    assert not passes("helicopter pilot", "Airplane Pilot", "2181")
    assert not passes("bus driver", "Motor Vehicle Operator", "5703")
    assert passes("truck driver", "Motor Vehicle Operator", "5703")  # the series' own trade


def test_claims_examiners_of_the_claims_assistance_series_are_claims_examiners() -> None:
    claims = "0998 - Claims Assistance and Examining"
    assert passes("claims examiner", "Claims Examiner", claims)
    assert passes("claims examiner", "Workers' Compensation Claims Examiner", "0991")
    assert not passes("claims examiner", "Claims Assistant", claims)


def test_a_warehouse_worker_is_a_federal_materials_handler() -> None:
    assert passes("warehouse worker", "Materials Handler", "6907 - Materials Handler")
    assert passes("warehouse worker $20/hr", "Materials Handler Leader", "6907")
    assert not passes("warehouse worker", "Supply Technician", "2005")
