"""Levels: a title without a level word is levelled by the years its text asks for, and the
level asked ranks before a higher one (Microsoft's unlevelled "Software Engineer" is entry)."""

from __future__ import annotations

import pytest

from core.matching import Matcher, parse_query, rank, score_posting, threshold_for
from core.matching.features import SILENT, asks_years
from core.matching.postings_index import PostingIndex
from core.matching.vocab import fold
from core.model import Posting

TEXT = "You will build services in C# on Azure. {years} of software engineering experience."


def posting(pid: str, title: str, years: str = "") -> Posting:
    return Posting(id=pid, title=title, description=TEXT.format(years=years or "Some"))


def passes(query: str, found: Posting) -> bool:
    result = score_posting(parse_query(query), found)
    return result.passed and result.score >= threshold_for("normal")


@pytest.mark.parametrize(
    ("query", "kept", "left_out"),
    [
        ("senior software engineer", ["5+ years", ""], ["0-2 years", "2+ years"]),  # "": unstated
        ("mid-level software engineer", ["2+ years", "5+ years", ""], ["1+ years", "6+ years"]),
    ],
)
def test_an_unlevelled_title_is_levelled_by_the_years_asked(
    query: str, kept: list[str], left_out: list[str]
) -> None:
    matcher = Matcher()  # the index agrees with the scorer
    matcher.add(1, parse_query(query))
    for years in kept + left_out:
        found = posting("p", "Software Engineer", years)
        assert passes(query, found) is (years in kept), years
        assert bool(matcher.match(found, explain=False)) is (years in kept), years


@pytest.mark.parametrize("query", ["sde ii", "software engineer 2", "l4 software engineer"])
def test_a_ladder_rung_asked_reads_an_unlevelled_title_by_its_years(query: str) -> None:
    """A ladder number or company level names one rung; a title stating none fits it only by
    the rung's years its text asks (msrecall: Microsoft's unlevelled "Software Engineer" asking
    2-5 years is often a II), never by silence, in the index too, and ranks after a title
    stating the rung."""
    assert parse_query(query).graded
    matcher = Matcher()
    matcher.add(1, parse_query(query))
    for title, years, kept in [
        ("Software Engineer II", "", True),
        ("Mid-Level Software Engineer", "3+ years", True),
        ("Software Engineer", "", False),
        ("Software Engineer", "3+ years", True),
        ("Software Engineer", "1+ years", False),
        ("Software Engineer", "8+ years", False),
        ("Software Engineer I", "", False),
    ]:
        found = posting("p", title, years)
        assert passes(query, found) is kept, (title, years)
        assert bool(matcher.match(found, explain=False)) is kept, (title, years)


def test_an_unlevelled_posting_fitting_a_rung_ranks_after_one_stating_it_and_says_why() -> None:
    query = parse_query("sde ii")
    stated = posting("stated", "Software Engineer II", "3+ years")
    unstated = posting("unstated", "Software Engineer", "3+ years")
    assert [p.id for p, _ in rank(query, [unstated, stated])] == ["stated", "unstated"]
    assert "level not stated (asks 3+ years)" in score_posting(query, unstated).reasons


# A whole posting (Microsoft's), its qualifications listed without any years asked.
WHOLE = (
    "Join the team building the services behind Azure Storage. " * 20
    + "Qualifications: BS in Computer Science or equivalent experience. Coding in C#, Java or C++."
)


def test_a_whole_posting_whose_qualifications_ask_no_years_is_no_seniors() -> None:
    """Microsoft dev: every unlevelled "Software Engineer" whose qualifications ask no years is
    an entry or mid grade (a junior and a mid search's); a snippet of a few lines says nothing
    of it and still fits."""
    assert asks_years(fold(WHOLE)) == SILENT
    whole = Posting(id="whole", title="Software Engineer", description=WHOLE)
    senior = score_posting(parse_query("senior software engineer c#"), whole)
    assert not senior.passed
    assert "not levelled (its qualifications ask no years of experience)" in senior.reasons[0]
    assert passes("mid-level software engineer c#", whole)
    assert passes("junior software engineer c#", whole)  # msr2: 59-62, entry grades asking none
    assert not passes("sde ii", whole)  # a rung is never read from silence
    snippet = posting("snippet", "Software Engineer")
    assert passes("senior software engineer c#", snippet)


def test_the_level_asked_ranks_before_a_higher_one() -> None:
    query = parse_query("senior software engineer c#")
    principal = posting("principal", "Principal Software Engineer")
    senior = posting("senior", "Senior Software Engineer")
    ranked = rank(query, [principal, senior])
    assert [p.id for p, _ in ranked] == ["senior", "principal"]
    assert "principal ≈ (you asked for senior)" in score_posting(query, principal).reasons


STUDENTS = [
    "Student Trainee (Human Resources Specialist)",
    "HUMAN RESOURCES SPECIALIST (STUDENT TRAINEE)",
    "Pathways Internship Student Trainee (Human Resources Specialist) NTE 180 Days",
]
STAFF = ["Human Resources Specialist", "Senior Human Resources Specialist"]


def test_a_student_s_posting_is_for_searches_asking_for_a_level() -> None:
    """Student trainees are left out of a search naming no level (federal service files them
    under a series of their own) and found by an intern search; an intern or a trade's
    apprentice holds a grade of the job itself."""
    pool = [posting(f"p{n}", title) for n, title in enumerate(STUDENTS + STAFF)]
    matcher = Matcher()
    matcher.add(1, parse_query("hr specialist"))
    matcher.add(2, parse_query("hr specialist intern"))
    index = PostingIndex()
    for found in pool:
        index.put(found)
    for found in pool:
        student = found.title in STUDENTS
        assert passes("hr specialist", found) is not student, found.title
        assert passes("hr specialist intern", found) is student, found.title
        assert [sid for sid, _ in matcher.match(found)] == [2 if student else 1], found.title
    assert passes("electrician", posting("e", "Electrician Apprentice"))
    assert passes("electrician", posting("e", "Electrician Trainee"))
    assert passes("hr specialist", posting("i", "Human Resources Specialist Intern"))
    assert not passes("hr specialist", posting("s", "Student Services Specialist Intern"))
    assert passes("student services specialist", posting("s", "Student Services Specialist"))
    for text in ("hr specialist", "hr specialist intern"):
        want = [(p.id, r.score) for p, r in rank(parse_query(text), pool)]
        got = [(p.id, r.score) for p, r in index.search(parse_query(text)).matches]
        assert sorted(got) == sorted(want), text
    reasons = score_posting(parse_query("hr specialist"), pool[0]).reasons
    assert "student trainee" in reasons[0]
