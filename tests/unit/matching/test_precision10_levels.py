"""Precision on backend searches, from the Microsoft dev half's false positives and misses
(tests/eval/real, judged posting by posting before any run): an unlevelled title is levelled by
the years of experience its text asks, read as employers write them ("6+ years in software
development", "3-5 years", "field1+ years of industry work experience"), and "3+ years" is no
senior's ask; with a level and "software" asked, a domain specialty ("cloud storage",
"payments") still says which work, while a practice ("distributed systems") ranks."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting, threshold_for
from core.matching.features import asks_years
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact


def passes(query: str, title: str, description: str = "") -> bool:
    posting = Posting(id=title, title=title, description=description)
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("qualifications 6+ years in software development and test c/c++", 6),
        ("3 or more years of software development with at least one year", 3),
        ("minimum 1 years of professional software development (c#/c++/java)", 1),
        ("computer science, engineering or related technical field1+ years of industry work", None),
        ("related technical field1+ years of industry work experience with java", 1),
        ("leaders in these areas.8 or more years of programming experience", 8),
        ("qualifications 3-5 years of experience working with enterprise customers", 3),
        ("a 4 year degree in computer science or related engineering discipline", None),
        ("over the past 10+ years, the data group has grown its engineering teams", None),
        ("we are looking for an early-in-career service engineer to build", 0),
        ("2+ years of professional experience in python", 2),  # as before
        ("equivalent experienceat least 1 year programming experience with java", 1),
        ("a 4 year program in computer science", None),
    ],
)
def test_years_asked_are_read_as_employers_write_them(text: str, years: int | None) -> None:
    assert asks_years(text) == years


def test_three_years_asked_is_no_seniors_posting() -> None:
    # Microsoft dev: every unlevelled "Software Engineer" asking 3 years is an entry grade (60).
    three = "Qualifications: 3+ years of experience building services in C#."
    assert not passes("senior software engineer c#", "Software Engineer", three)
    assert passes("mid software engineer c#", "Software Engineer", three)
    six = "Qualifications 6+ years in software development and test C/C++/C#."
    assert passes("senior software engineer c#", "Software Engineer", six)  # was unread: None
    ranged = "3-5 years of experience with C# services."
    assert not passes("senior software engineer c#", "Software Engineer", ranged)
    # a level in the title still says it, whatever the years
    assert passes("senior software engineer c#", "Senior Software Engineer", three)


def test_junior_reads_the_experience_glued_to_the_word_before() -> None:
    glued = "BS in Computer Science or related technical field1+ years of industry work experience."
    assert passes("junior software engineer", "Software Engineer", glued)
    early = "We are looking for an early-in-career engineer to grow with the team."
    assert passes("junior software engineer", "Software Engineer", early)
    assert not passes("senior software engineer", "Software Engineer", early)


STORAGE = Posting(
    id="storage",
    title="Software Engineer II",
    description="Build the storage layer of Azure: blobs, disks and replication.",
)
OTHER = Posting(
    id="other", title="Software Engineer II", description="Build the Teams calling experience."
)
PRINCIPAL = Posting(id="principal", title="Principal Software Engineer", description="Our APIs.")


def test_a_domain_beside_a_level_and_software_says_which_work() -> None:
    # Microsoft dev "software engineer ii cloud storage": was every Software Engineer II (15 of
    # 17 returned named no storage).
    found = rank(parse_query("software engineer ii cloud storage"), [STORAGE, OTHER])
    assert [p.id for p, _ in found] == ["storage"]
    assert "specialty: Storage" in found[0][1].reasons
    # a practice still ranks: the level and title say the job
    ds = rank(parse_query("principal software engineer distributed systems"), [PRINCIPAL])
    assert [p.id for p, _ in ds] == ["principal"]


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_the_indexes_stay_exact(sensitivity: Sensitivity) -> None:
    years = [
        Posting(id=f"y{n}", title="Software Engineer", description=f"{n}+ years in development.")
        for n in (1, 3, 4, 6)
    ]
    assert_indexes_exact(
        [
            "software engineer ii cloud storage",
            "staff software engineer payments",
            "principal software engineer distributed systems",
            "senior software engineer",
            "junior software engineer",
            "mid software engineer",
        ],
        [STORAGE, OTHER, PRINCIPAL, *years],
        sensitivity,
    )


def test_a_practice_beside_a_level_ranks_whatever_the_title_words() -> None:
    # fresh dev f23 "principal engineer distributed systems": other principal backend engineers
    # are acceptable; was only those naming it.
    other = Posting(id="other", title="Principal Backend Engineer", description="Our APIs.")
    named = Posting(id="named", title="Principal Engineer", description="Distributed systems.")
    found = rank(parse_query("principal engineer distributed systems"), [other, named])
    assert [p.id for p, _ in found] == ["named", "other"]
    assert "missing: Distributed Systems" in found[1][1].reasons


def test_fpga_and_asic_titles_are_hardware_work() -> None:
    # Microsoft dev: "Sr. FPGA Acceleration Engineer" passed "senior software engineer" on a
    # text mentioning pipelines; FPGA and ASIC design are hardware, as "Hardware Engineer" is.
    text = "Design FPGA accelerators in Verilog; write C++ drivers and CI pipelines."
    assert not passes("senior software engineer", "Sr. FPGA Acceleration Engineer", text)
    assert not passes("software engineer", "ASIC Design Engineer", text)
    assert passes("hardware engineer", "FPGA Engineer", text)
    assert passes("fpga engineer", "Sr. FPGA Acceleration Engineer", text)
