"""Microsoft-style searches from a fresh judged batch (msft6): "pm" is a product or a program
manager; Microsoft's hiring formality ("security screening") shows no security work; Windows,
Xbox and Bing are skills a posting's text names ("not xbox" leaves out a posting naming it);
storage and search are specialties matched in the text (Bing is search); an applied scientist
is a scientist; malware and vulnerabilities show security work; a TS/SCI clearance is no
TypeScript."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

SCREENING = (
    " Ability to meet Microsoft, customer and/or government security screening requirements"
    " are required for this role. These requirements include, but are not limited to the"
    " following specialized security screenings: Microsoft Cloud Background Check."
)


def _p(pid: str, title: str, text: str) -> Posting:
    return Posting(
        id=pid,
        title=title,
        company="Microsoft",
        location="Washington, United States",
        description=text + SCREENING,
    )


POOL = [
    _p("pgm", "Senior Program Manager", "Drive the Azure storage roadmap with engineering."),
    _p("prod", "Senior Product Manager", "Own the Azure portal experience."),
    _p("swe-ii", "Software Engineer II", "Build Azure services in C# with a passion for security."),
    _p(
        "swe-sec",
        "Senior Software Engineer",
        "Join the Azure security team: build core security services that detect malware, in C#.",
    ),
    _p(
        "swe-win",
        "Software Engineer II",
        "Build Windows shell features in C++ for Windows 10 and the Microsoft Store.",
    ),
    _p(
        "swe-xbox",
        "Software Engineer II",
        "Build Windows and Xbox platform features in C++ for gamers.",
    ),
    _p(
        "swe-storage",
        "Software Engineer II",
        "Azure Storage holds exabytes: build cloud-scale storage systems in C++.",
    ),
    _p("swe-plain", "Software Engineer II", "Build Office features in C# and TypeScript."),
    _p(
        "swe-bing",
        "Software Engineer",
        "Bing is the search engine behind Windows: improve web search relevance with C#.",
    ),
    _p(
        "swe-ml",
        "Software Engineer",
        "Ship machine learning models: deep learning, NLP and model training in Python.",
    ),
    _p(
        "swe-malware",
        "Software Engineer",
        "Protect hundreds of millions of users from malware and DoS attacks, in C++.",
    ),
    _p("swe-ads", "Principal Software Engineer", "Our platform powers Bing Ads and Azure in C#."),
    _p(
        "sre-ts",
        "Sr. Software Engineer - SRE",
        "Candidates must have an active TS and be willing to upgrade to TS/SCI (with polygraph).",
    ),
    _p("swe-ts", "Senior Software Engineer", "Build web apps in TypeScript and React."),
    _p(
        "scientist",
        "Applied Scientist II",
        "Research machine learning and natural language processing for Bing.",
    ),
]


def _found(query: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), POOL, "normal")}


def test_pm_is_a_product_or_a_program_manager() -> None:
    parsed = parse_query("senior pm azure")
    assert {parsed.title, *(tuple(t.split("|")) for t in parsed.or_titles)} == {
        ("product", "manager"),
        ("program", "manager"),
    }
    assert _found("senior pm azure") == {"pgm", "prod"}


def test_a_security_screening_shows_no_security_work_and_malware_does() -> None:
    found = _found("security software engineer")
    assert {"swe-sec", "swe-malware"} <= found
    assert not found & {"swe-ii", "swe-win", "swe-plain", "swe-storage"}


@pytest.mark.parametrize(
    "text",
    [
        "Secure the Azure supply chain in C#. Experience with penetration testing is desired.",
        "Build Azure services in C#; you will lead threat modeling of every new feature.",
        "Build Azure services in C#; you will work with our red team on every release.",
    ],
)
def test_penetration_testing_threat_modeling_and_red_teams_show_security_work(text: str) -> None:
    # msft7: the security work of a generically titled posting named by its practices.
    posting = _p("swe-practice", "Senior Software Engineer", text)
    found = {p.id for p, _ in rank(parse_query("security software engineer"), [posting])}
    assert found == {"swe-practice"}


def test_windows_is_a_skill_and_not_xbox_leaves_out_a_text_naming_xbox() -> None:
    parsed = parse_query("software engineer windows c++ not xbox")
    assert parsed.title == ("software", "engineer")
    assert set(parsed.skills) == {"Windows", "C++"}
    assert parsed.exclude_skills == ("Xbox",)
    found = _found("software engineer windows c++ not xbox")
    assert "swe-win" in found and "swe-xbox" not in found
    ranked = [p.id for p, _ in rank(parsed, POOL, "normal")]
    assert ranked[0] == "swe-win"  # Windows and C++ both named


@pytest.mark.parametrize(
    ("query", "specialty", "first"),
    [
        ("software engineer ii cloud storage", "Storage", {"swe-storage"}),
        ("bing search engineer", "Search", {"swe-bing", "swe-ads"}),
    ],
)
def test_storage_and_search_are_specialties_found_in_the_text(
    query: str, specialty: str, first: set[str]
) -> None:
    parsed = parse_query(query)
    assert specialty in parsed.skills
    assert not {"cloud", "storage", "search", "bing"} & set(parsed.title)
    ranked = [p.id for p, _ in rank(parsed, POOL, "normal")]
    assert ranked and ranked[0] in first


def test_bing_is_search_work() -> None:
    assert {"swe-bing", "swe-ads"} <= _found("bing search engineer")
    assert "swe-ads" in _found("search engineer")


def test_a_ts_sci_clearance_is_no_typescript() -> None:
    found = _found("senior software engineer typescript")
    assert "swe-ts" in found and "sre-ts" not in found
    assert "sre-ts" in _found("software engineer ts/sci")


def test_an_applied_scientist_is_a_scientist_not_an_ml_engineer() -> None:
    assert parse_query("machine learning scientist").title == ("ml", "scientist")
    assert _found("machine learning scientist") == {"scientist"}
    assert "scientist" in _found("applied scientist nlp")
    assert "swe-ml" not in _found("applied scientist nlp")
    # A machine learning engineer search still finds the applied scientist (an ML role).
    assert {"swe-ml", "scientist"} <= _found("machine learning engineer")


@pytest.mark.parametrize("sensitivity", SENSITIVITIES)
def test_the_indexes_stay_exact(sensitivity: Sensitivity) -> None:
    queries = [
        "senior pm azure",
        "pm",
        "security software engineer",
        "software engineer windows c++ not xbox",
        "software engineer ii cloud storage",
        "bing search engineer",
        "machine learning scientist",
        "applied scientist nlp",
        "machine learning engineer",
        "search engineer",
        "senior software engineer typescript",
        "software engineer ts/sci",
    ]
    assert_indexes_exact(queries, POOL, sensitivity)
