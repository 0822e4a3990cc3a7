"""Engineers who do not write the software are no software engineers or developers (items3).

A posting's title names its job by the words of its role: a Cloud Engineer, a Cloud Support
Engineer or a Security Engineer runs, supports or secures systems; a Software Development
Engineer in Test tests them; a Sales Engineer sells them and a Technical Support Engineer
supports them, whatever language the title names (the product's, not the work's). fresh, fresh3
and fresh5 dev judges grade these 0 for "sde ii", "sde ii aws", "mid-level python developer
django" and "senior java developer spring boot". A ladder number ends a role's title after any
role word ("SRE II", "Engineer in Test II"), not a word of another kind ("Title II
Coordinator"); and a software word after another job's title is its department ("Warehouse
Associate – Backend Returns").
"""

from __future__ import annotations

from core.matching.features import features
from core.model import Posting
from tests.unit.matching.exactness import assert_indexes_exact
from tests.unit.matching.found import found, posting

AWS = "Design and run services on AWS (Lambda, DynamoDB) in Python. 3+ years."


def _level(title: str) -> str | None:
    return features(Posting(id=title, title=title)).seniority


def test_other_engineers_are_no_software_engineers() -> None:
    for title in (
        "Cloud Engineer II (AWS)",
        "Cloud Support Engineer II (AWS)",
        "Security Engineer II",
        "Software Development Engineer in Test II",
    ):
        assert not found("sde ii aws", posting(title, AWS)), title
        assert not found("software engineer", posting(title, AWS)), title
    for title in ("Software Engineer II (AWS)", "SDE II, Backend", "Cloud Software Engineer II"):
        assert found("sde ii aws", posting(title, AWS)), title


def test_each_is_found_by_its_own_title() -> None:
    assert found("cloud engineer", posting("Cloud Engineer II (AWS)", AWS))
    assert found("cloud support engineer", posting("Cloud Support Engineer II (AWS)", AWS))
    assert found("security engineer", posting("Security Engineer II", AWS))
    assert found("sdet", posting("Software Development Engineer in Test II", AWS))
    assert found("devops engineer aws", posting("DevOps Engineer (AWS)", AWS))


def test_sales_and_support_engineers_are_no_developers() -> None:
    sales = posting("Senior Sales Engineer – Java APM", "Demo our Java APM agent. Java, Spring.")
    support = posting("Technical Support Engineer (Python)", "Debug customers' Python and Django.")
    assert not found("senior java developer spring boot", sales)
    assert not found("mid-level python developer django", support)
    assert not found("python developer", support)
    assert found("sales engineer", sales)
    assert found("technical support engineer", support)
    coder = posting("Python Developer (Django)", "Django services.")
    assert found("python developer django", coder)
    salesforce = posting("Salesforce Developer", "Apex and Lightning for our sales team.")
    assert found("salesforce developer", salesforce)


def test_a_ladder_number_after_any_role_is_its_level() -> None:
    assert _level("SRE II") == "mid"
    assert _level("DevOps Engineer II") == "mid"
    assert _level("Software Development Engineer in Test II") == "mid"
    assert _level("Title II Coordinator") is None
    assert _level("Phase II Clinical Research Associate") is None


def test_a_software_word_after_another_job_is_its_department() -> None:
    warehouse = posting("Warehouse Associate – Backend Returns", "Process returned parcels.")
    assert not found("backend engineer", warehouse)
    assert not found("backend developer", warehouse)
    assert found("warehouse associate", warehouse)
    assert found("backend engineer", posting("Backend – Payments Team", "Go services."))
    # systems after another job may be its own (federal dev: no sysadmin)
    garden = posting("Horticulturist (Horticulture Systems)", "Greenhouse crops.")
    assert not found("sysadmin", garden)


def test_the_indexes_score_as_one_by_one() -> None:
    from tests.unit.matching import test_items3_domains as domains

    pool = [
        posting(title, AWS)
        for title in (
            "Cloud Engineer II (AWS)",
            "Security Engineer II",
            "Software Development Engineer in Test II",
            "Software Engineer II (AWS)",
            "Senior Sales Engineer – Java APM",
            "Technical Support Engineer (Python)",
            "Warehouse Associate – Backend Returns",
            "SRE II",
        )
    ] + [domains.GROWTH, domains.PAYMENTS, domains.CRYPTO, domains.IN_TEXT, domains.BANK]
    searches = [
        "sde ii aws",
        "software engineer",
        "sre ii",
        "python developer",
        "senior java developer",
        "backend engineer",
        domains.SEARCH,
        "staff backend engineer distributed systems",
    ]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(searches, pool, sensitivity)
