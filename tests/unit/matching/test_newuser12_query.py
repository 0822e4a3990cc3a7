"""A new user of many fields in the terminal chat: the search suggested for "remote us canada",
Spanish titles in English order and Spanish sentence words, and "security" in a skills list."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting


def _suggested(text: str) -> str:
    note = next(n for n in parse_query(text).notes if n.startswith('I read "remote"'))
    return note.split('("', 1)[1].split('" also', 1)[0]


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("remote us canada backend", "remote or US or Canada backend"),
        ("nurse remote us, canada, uk", "nurse remote or US or Canada or UK"),
        ("backend remote us or canada", "backend remote or US or Canada"),
        ("teacher la remote", "teacher remote or Louisiana or Los Angeles Area"),
    ],
)
def test_the_search_suggested_beside_remote_keeps_every_place(text: str, suggested: str) -> None:
    # Was "remote or US canada backend": only the first place was made an alternative, the
    # others left as written (read again as remote work from Canada).
    assert _suggested(text) == suggested
    again = parse_query(suggested)
    assert again.locations == parse_query(text).locations
    assert not again.remote_from


@pytest.mark.parametrize(
    ("text", "echo"),
    [
        ("mecánico diésel", 'title "diesel mechanic"'),
        ("ingeniero de software", 'title "software engineer"'),
        ("ingeniero de software senior remoto", 'title "senior software engineer" · remote'),
        ("développeur backend", 'title "backend developer"'),
        ("abogado penal", 'title "penal attorney"'),
        ("enfermera en barcelona", 'title "nurse" · in Barcelona'),
        ("busco trabajo de enfermera en madrid", 'title "nurse" · in Madrid'),
    ],
)
def test_spanish_and_french_titles_are_echoed_in_english_order(text: str, echo: str) -> None:
    # Was title "mechanic diesel", "engineer software", "backend" after the developer; "en"
    # a title word ("nurse en") and "busco trabajo" refused as words the bot did not know.
    assert parse_query(text).describe() == echo


def test_spanish_titles_joined_by_or_keep_their_nouns() -> None:
    assert parse_query("enfermera or maestra").titles == (("nurse",), ("teacher",))


_API = "We build the REST APIs behind our checkout. You will design services in Python on AWS."


def test_security_in_a_skills_list_is_no_security_work() -> None:
    # Was a Software Engineer tagged python, aws, security, docker passing "security engineer"
    # (78.8): the bare tag counted as a tag of security work.
    listed = Posting(
        id="a",
        title="Software Engineer",
        tags=("python", "aws", "security", "docker"),
        description=_API,
    )
    soc = Posting(id="s", title="SOC Analyst", tags=("security", "soc", "siem"))
    sec = Posting(id="e", title="Security Engineer", tags=("security", "aws"))
    got = [p.id for p, _ in rank(parse_query("security engineer"), [listed, soc, sec])]
    assert got[0] == "e"
    assert "a" not in got
    assert [p.id for p, _ in rank(parse_query("backend engineer python"), [listed])] == ["a"]
    assert [p.id for p, _ in rank(parse_query("security analyst"), [listed, soc])] == ["s"]


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


LICENSED = [
    _p("acc", "Accountant", description="A CPA licence is required."),
    _p("acc-staff", "Staff Accountant"),
    _p("cpa", "Certified Public Accountant"),
    _p("bk", "Bookkeeper"),
    _p("sw", "Social Worker"),
    _p("apn", "Advanced Practice Nurse"),
    _p("rn", "Registered Nurse"),
]


@pytest.mark.parametrize(
    ("text", "title", "licence", "want"),
    [
        ("cpa", ("accountant",), "CPA", {"acc", "acc-staff", "cpa"}),
        ("CPA remote", ("accountant",), "CPA", set()),  # no workplace stated: kept, lower
        ("certified public accountant", ("accountant",), "CPA", {"acc", "acc-staff", "cpa"}),
        ("lmsw", ("social", "worker"), "LMSW", {"sw"}),
        ("aprn", ("nurse", "practitioner"), "APRN", {"apn"}),
    ],
)
def test_a_licence_alone_is_the_job_holding_it(
    text: str, title: tuple[str, ...], licence: str, want: set[str]
) -> None:
    # Was title "certified public accountant" ("licensed master social worker", "advanced
    # practice registered nurse"): no result on the federal file, whose titles say "Accountant".
    q = parse_query(text)
    assert q.title == title
    assert licence in q.skills
    assert any(
        n.lower().startswith(f'i read "{text.split()[0].lower()}') and licence in n for n in q.notes
    )
    got = [p.id for p, _ in rank(q, LICENSED)]
    assert want <= set(got)
    assert "bk" not in got and "rn" not in got
    if "acc" in want:
        assert got.index("acc") < got.index("acc-staff")  # the posting asking for the licence


def test_a_licence_beside_other_titles_keeps_its_reading() -> None:
    assert parse_query("cpa or bookkeeper").titles == (
        ("certified", "public", "accountant"),
        ("bookkeeper",),
    )
    assert parse_query("accountant cpa").title == ("accountant",)
    assert parse_query("rn").title == ("registered", "nurse")


TEACHERS = [
    _p("mt", "Math Teacher"),
    _p("mt2", "Mathematics Teacher"),
    _p("mt3", "Teacher (Mathematics)"),
    _p("st", "Science Teacher"),
    _p("mi", "Mathematics Instructor"),
    _p("ms", "Mathematical Statistician"),
]


def test_math_is_mathematics() -> None:
    # Was only "Math Teacher": "Mathematics Teacher" and "Teacher (Mathematics)" were another
    # subject's, and "math instructor" did not find a Mathematics Instructor.
    got = [p.id for p, _ in rank(parse_query("math teacher"), TEACHERS)]
    assert {"mt", "mt2", "mt3"} <= set(got)
    assert "st" not in got and "ms" not in got
    either = [p.id for p, _ in rank(parse_query("math or science teacher"), TEACHERS)]
    assert {"mt", "mt2", "mt3", "st"} <= set(either)
    assert next(p.id for p, _ in rank(parse_query("math instructor"), TEACHERS)) == "mi"


@pytest.mark.parametrize("text", ["swe intern summer 2026", "software engineer intern fall '25"])
def test_the_term_of_an_internship_is_no_title_word(text: str) -> None:
    # Was title "intern software engineer summer" and a note that "2026" was no pay: a
    # "Software Engineer Intern" ranked below a title saying "summer".
    q = parse_query(text)
    assert (q.title, q.seniority) == (("software", "engineer"), ("intern",))
    assert any("the term it starts in" in n for n in q.notes)
    assert not any("pay" in n for n in q.notes)
    interns = [_p("i", "Software Engineer Intern"), _p("s", "Summer Software Engineer")]
    assert next(p.id for p, _ in rank(q, interns)) == "i"


def test_summer_without_a_year_stays_a_title_word() -> None:
    assert parse_query("summer camp counselor").title == ("summer", "camp", "counselor")


def test_a_pasted_title_part_is_echoed_with_single_spaces() -> None:
    # Was 'I read "Backend  Payments" as the specialty of Senior Software Engineer'.
    q = parse_query("Senior Software Engineer, Backend (Payments) - Remote US")
    assert 'I read "Backend Payments" as the specialty of Senior Software Engineer' in q.notes


SHORTENED = [
    _p("lt", "Laboratory Technician"),
    _p("mlt", "Medical Laboratory Technician"),
    _p("rad", "Radiologic Technologist"),
    _p("mri", "MRI Technologist"),
    _p("resp", "Respiratory Therapist"),
    _p("tso", "Transportation Security Officer"),
    _p("ph", "Pharmacist"),
    _p("xr", "X-Ray Technician"),
]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("lab tech", "lt"),
        ("medical lab tech", "mlt"),
        ("rad tech", "rad"),
        ("mri tech", "mri"),
        ("rt", "resp"),
        ("tsa officer", "tso"),
        ("pharm d", "ph"),
        ("x ray tech", "xr"),
    ],
)
def test_shortened_health_and_security_titles_find_their_jobs(text: str, first: str) -> None:
    # Was no result for each but "x ray tech": title "lab tech", "rad tech", "rt", "pharm"...
    got = [p.id for p, _ in rank(parse_query(text), SHORTENED)]
    assert got[:1] == [first]


def test_a_trade_in_brackets_is_found_and_other_series_still_lowered() -> None:
    pool = [
        _p("tpa", "Tools and Parts Attendant (Forklift Operator)", tags=("6904",)),
        _p("pat", "Patent Reexamination Specialist (Electrical Eng)", tags=("1224",)),
        _p("ent", "Supervisory Entomologist (Facility Manager)", tags=("0414",)),
    ]
    assert [p.id for p, _ in rank(parse_query("forklift operator"), pool)] == ["tpa"]
    assert not rank(parse_query("electrical engineer"), pool)
    assert not rank(parse_query("facility manager"), pool)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ingeniera de datos", ("data", "engineer")),
        ("profesor de ingles", ("english", "teacher")),
        ("gerente de ventas", ("sales", "manager")),
    ],
)
def test_spanish_words_saying_which_job_are_read(text: str, title: tuple[str, ...]) -> None:
    # Was title "datos engineer", "ingles teacher", "gerente ventas".
    assert parse_query(text).title == title


def test_a_trade_itself_in_brackets_is_still_another_occupation() -> None:
    # Operating equipment is a duty of many trades; machining is a trade of its own (3414).
    pool = [
        _p("em", "Intermediate Electro-Machinist (Machinist)", tags=("2610",)),
        _p("lm", "Locksmith/Machinist", tags=("4804",)),
        _p("m", "Machinist", tags=("3414",)),
    ]
    assert [p.id for p, _ in rank(parse_query("machinist"), pool)] == ["m"]
