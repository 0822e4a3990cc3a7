"""House titles of large employers (ms5, issue 14): general ways real postings and searches say a
job that the matcher misread.

* "PM" in a posting's title ("Senior PM", "Principal PM Manager", "Software System Integration
  PM") is a product or a program manager: tech employers use it for both disciplines, as a
  search's "pm" already reads either (query_titles.tsv); it was read as a product manager only,
  so a program manager search left it out.
* A plain "Researcher" ("Senior Researcher", "Principal Researcher": research labs' house
  title) is a research scientist: the role noun says the manner of the job when no other word
  names it; a "UX Researcher" or "Market Researcher" stays another field's.
* The years a posting asks are its first ask, the headline of its qualifications: "5+ years of
  development experience ... 2+ years of experience with C++" asks five (a tool's own ask after
  it is no lower level), "Bachelor's degree AND 4+ years technical engineering experience ... OR
  Master's degree AND 3+ years" four; the fewest of all was read. Years in place of a degree ("or
  in place of 3+ years of industry experience", "OR an additional 4 years") are no ask.
* A common English word is no typo of another word: "escalation engineer" was read as
  "escalator engineer" (an elevator trade), "leading" as lending, "being" as Bing; a word the
  vocabulary lacks only by its ending ("developed", "firemen") is still read as its kin.
"""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.matching.features import asks_years
from core.model import Posting
from tests.unit.matching.test_msr2_recall import passes

PM_TEXT = (
    "Required Qualifications: Bachelor's degree AND 5+ years experience in product/service/"
    "project/program management or software development. Responsibilities: drive the roadmap "
    "for Azure services with engineering teams, write specs and run the release."
)
SUPPORT_TEXT = (
    "Troubleshoot Azure customer issues and own their escalations to the product group. "
    "4+ years technical support experience."
)


@pytest.mark.parametrize("title", ["Senior PM", "Principal PM Manager", "PM II"])
@pytest.mark.parametrize("query", ["program manager", "product manager"])
def test_pm_in_a_posting_title_is_either_manager(query: str, title: str) -> None:
    assert passes(query, Posting(id="p", title=title, description=PM_TEXT))


def test_pm_after_the_exact_title() -> None:
    postings = [
        Posting(id="pm", title="Senior PM", description=PM_TEXT),
        Posting(id="exact", title="Senior Program Manager", description=PM_TEXT),
    ]
    ranked = [p.id for p, _ in rank(parse_query("senior program manager"), postings, "normal")]
    assert ranked == ["exact", "pm"]


@pytest.mark.parametrize("title", ["Registered Nurse - PM Shift", "PM Coordinator"])
def test_pm_shift_or_preventive_maintenance_is_no_program_manager(title: str) -> None:
    assert not passes("program manager", Posting(id="p", title=title, description=PM_TEXT))


def test_a_common_word_is_no_typo_of_another() -> None:
    query = parse_query("escalation engineer")
    assert query.title == ("escalation", "engineer")
    assert not any("escalator" in note for note in query.notes)
    assert passes(
        "support escalation engineer",
        Posting(id="p", title="Senior Support Escalation Engineer", description=SUPPORT_TEXT),
    )
    assert parse_query("leading data engineer").title != ("lending", "data", "engineer")


def test_a_word_lacking_only_its_ending_is_still_read_as_its_kin() -> None:
    assert parse_query("firemen").title == ("fireman",)
    assert "pyhton" not in " ".join(parse_query("pyhton developer").title)


RESEARCH_TEXT = "Research in machine learning and systems; publish at top venues. PhD required."


@pytest.mark.parametrize("title", ["Researcher", "Senior Researcher", "Principal Researcher II"])
def test_a_plain_researcher_is_a_research_scientist(title: str) -> None:
    assert passes("research scientist", Posting(id="p", title=title, description=RESEARCH_TEXT))


@pytest.mark.parametrize("title", ["UX Researcher", "User Researcher II", "Market Researcher"])
def test_a_researcher_of_another_field_is_no_research_scientist(title: str) -> None:
    assert not passes("research scientist", Posting(id="p", title=title, description=RESEARCH_TEXT))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Qualifications: BS in Computer Science. 5+ years of development / design / coding "
            "experience. 2+ years of experience with C, C++, C# or Java.",
            5,
        ),
        (
            "Bachelor's degree in Computer Science AND 4+ years technical engineering experience "
            "with coding in languages including, but not limited to, C, C++, C#, Java, JavaScript, "
            "or Python OR Master's degree AND 3+ years technical engineering experience",
            4,
        ),
        ("2+ years of professional experience in python", 2),
        (
            "Bachelor's degree in Computer Science or in place of 3+ years of internship or 3+ "
            "years of industry engineering experience. Preferred: 2+ years in online service "
            "development",
            2,
        ),
        ("BS in computer science, OR an additional 4 years' work experience. 7+ years coding", 7),
    ],
)
def test_the_years_asked_are_the_first_ask(text: str, years: int) -> None:
    assert asks_years(text) == years


def test_an_unlevelled_title_asking_five_years_first_is_a_seniors_job() -> None:
    text = (
        "Required Qualifications: 5+ years of software development experience in C# and "
        "distributed services; 2+ years of experience with Azure."
    )
    found = Posting(id="p", title="Software Engineer", description=text)
    assert passes("senior software engineer", found)
    assert not passes("junior software engineer", found)
