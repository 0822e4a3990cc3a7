"""Typos of every kind in every field: a swap of two letters, one dropped, added or changed, in
title words, skills and places; hyphenated words as one term; real and short words kept."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact

# (search, the title it reads as, its skills, its places, the typo the echo names)
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # janitor, custodian (the federal measurement: "jantior" lost the whole search)
    ("jantior", ("janitor",), (), (), '"jantior" as janitor'),
    ("jantiors", ("janitor",), (), (), '"jantiors" as janitor'),
    ("jaintor", ("janitor",), (), (), '"jaintor" as janitor'),
    ("janitr", ("janitor",), (), (), '"janitr" as janitor'),
    ("custodain", ("custodian",), (), (), '"custodain" as custodian'),
    ("housekeper", ("housekeeper",), (), (), '"housekeper" as housekeeper'),
    # revenue, accountant, auditor
    ("revneue agent", ("revenue", "agent"), (), (), '"revneue" as revenue'),
    ("acountant", ("accountant",), (), (), '"acountant" as accountant'),
    ("accoutnant", ("accountant",), (), (), '"accoutnant" as accountant'),
    ("staff acountant", ("staff", "accountant"), (), (), '"acountant" as accountant'),
    ("auditer", ("auditor",), (), (), '"auditer" as auditor'),
    ("bookeeper", ("bookkeeper",), (), (), '"bookeeper" as bookkeeper'),
    # nurse
    ("nurce", ("nurse",), (), (), '"nurce" as nurse'),
    ("regsitered nurse", ("registered", "nurse"), (), (), '"regsitered" as registered'),
    ("registerd nurse", ("registered", "nurse"), (), (), '"registerd" as registered'),
    ("nurse practioner", ("nurse", "practitioner"), (), (), '"practioner" as practitioner'),
    ("licenced practical nurse", ("licensed", "practical", "nurse"), (), (), '"licenced"'),
    # attorney, paralegal
    ("atorney", ("attorney",), (), (), '"atorney" as attorney'),
    ("attroney", ("attorney",), (), (), '"attroney" as attorney'),
    ("paralgeal", ("paralegal",), (), (), '"paralgeal" as paralegal'),
    # electrician, plumber, welder, carpenter
    ("electrcian", ("electrician",), (), (), '"electrcian" as electrician'),
    ("elecrtician", ("electrician",), (), (), '"elecrtician" as electrician'),
    ("journeyman electrican", ("journeyman", "electrician"), (), (), '"electrican" as electrician'),
    ("wedler", ("welder",), (), (), '"wedler" as welder'),
    ("wleder", ("welder",), (), (), '"wleder" as welder'),
    ("weldr", ("welder",), (), (), '"weldr" as welder'),
    ("pluber", ("plumber",), (), (), '"pluber" as plumber'),
    ("carpetner", ("carpenter",), (), (), '"carpetner" as carpenter'),
    ("pipe fiter", ("pipe", "fitter"), (), (), '"fiter" as fitter'),
    # pharmacist, pharmacy technician
    ("pharamcist", ("pharmacist",), (), (), '"pharamcist" as pharmacist'),
    ("phramacist", ("pharmacist",), (), (), '"phramacist" as pharmacist'),
    ("pharmacits", ("pharmacist",), (), (), '"pharmacits" as pharmacist'),
    ("phramcy technician", ("pharmacy", "technician"), (), (), '"phramcy" as pharmacy'),
    ("pharmacy techncian", ("pharmacy", "technician"), (), (), '"techncian" as technician'),
    # mechanic
    ("mechnaic", ("mechanic",), (), (), '"mechnaic" as mechanic'),
    ("auto mechnic", ("auto", "mechanic"), (), (), '"mechnic" as mechanic'),
    ("diesle mechanic", ("diesel", "mechanic"), (), (), '"diesle" as diesel'),
    ("aircraft mechanc", ("aircraft", "mechanic"), (), (), '"mechanc" as mechanic'),
    # health and office
    ("physcian", ("physician",), (), (), '"physcian" as physician'),
    ("pysical therapist", ("physical", "therapist"), (), (), '"pysical" as physical'),
    ("dental hygenist", ("dental", "hygienist"), (), (), '"hygenist" as hygienist'),
    ("phlebotmist", ("phlebotomist",), (), (), '"phlebotmist" as phlebotomist'),
    ("cahsier", ("cashier",), (), (), '"cahsier" as cashier'),
    ("recpetionist", ("receptionist",), (), (), '"recpetionist" as receptionist'),
    ("medical assitant", ("medical", "assistant"), (), (), '"assitant" as assistant'),
    ("truck drvier", ("truck", "driver"), (), (), '"drvier" as driver'),
    ("forkilft driver", ("driver",), ("Forklift",), (), '"forkilft" as forklift'),
    # software titles and backend skills
    ("sotware enigneer", ("software", "engineer"), (), (), '"enigneer" as engineer'),
    ("devloper", ("software", "developer"), (), (), '"devloper" as software developer'),
    ("pyhton developer", ("developer",), ("Python",), (), '"pyhton" as Python'),
    ("kuberentes devops", ("devops",), ("Kubernetes",), (), '"kuberentes" as Kubernetes'),
    ("postgress", (), ("PostgreSQL",), (), '"postgress" as PostgreSQL'),
    ("javscript", (), ("JavaScript",), (), '"javscript" as JavaScript'),
    ("typscript", (), ("TypeScript",), (), '"typscript" as TypeScript'),
    ("terrafrom", (), ("Terraform",), (), '"terrafrom" as Terraform'),
    ("dokcer", (), ("Docker",), (), '"dokcer" as Docker'),
    # places: cities, states, two-word cities, a city with its state
    ("janitor noroflk", ("janitor",), (), ("norfolk",), '"noroflk" as Norfolk'),
    ("janitor noroflk va", ("janitor",), (), ("norfolk va",), '"noroflk" as Norfolk, Virginia'),
    ("nurse in noroflk", ("nurse",), (), ("norfolk",), '"noroflk" as Norfolk'),
    ("welder houstn", ("welder",), (), ("houston",), '"houstn" as Houston'),
    ("accountant chicgao", ("accountant",), (), ("chicago",), '"chicgao" as Chicago'),
    ("electrician huntsvile", ("electrician",), (), ("huntsville",), '"huntsvile" as Huntsville'),
    ("nurse baltimroe", ("nurse",), (), ("baltimore",), '"baltimroe" as Baltimore'),
    ("nurse marylnad", ("nurse",), (), ("maryland",), '"marylnad" as Maryland'),
    ("nurse virgina", ("nurse",), (), ("virginia",), '"virgina" as Virginia'),
    ("nurse san fransisco", ("nurse",), (), ("san francisco",), '"san fransisco" as San Fr'),
    ("nurse new orleens", ("nurse",), (), ("new orleans",), '"new orleens" as New Orleans'),
    ("jantior pyhton noroflk", ("janitor",), ("Python",), ("norfolk",), '"jantior" as janitor'),
]


@pytest.mark.parametrize(("text", "title", "skills", "places", "note"), CASES)
def test_a_typo_is_read_as_the_word_meant_and_the_echo_says_so(
    text: str, title: tuple[str, ...], skills: tuple[str, ...], places: tuple[str, ...], note: str
) -> None:
    q = parse_query(text)
    assert (q.title, q.skills, q.locations) == (title, skills, places)
    assert any(n.startswith(f"I read {note}") for n in q.notes), q.notes


# Words that must stay as written: short words, real words the vocabulary knows, state codes,
# and real words of no vocabulary that are one letter from one ("hiring" is no "wiring").
KEPT = [
    ("go developer", ("developer",), ("Go",)),
    ("rust", (), ("Rust",)),
    ("nurse", ("nurse",), ()),
    ("data analyst", ("data", "analyst"), ()),
    ("staff pharmacist", ("staff", "pharmacist"), ()),  # "staff nurse" is a registered nurse
    ("welder", ("welder",), ()),
    ("custodian", ("custodian",), ()),
    ("janitor hiring", ("janitor", "hiring"), ()),
    ("department store shelf stacker", ("department", "store", "shelf", "stacker"), ()),
    ("zorblax engineer", ("zorblax", "engineer"), ()),
    ("reception teacher", ("reception", "teacher"), ()),
    ("viticulturist", ("viticulturist",), ()),
    ("catholic humanitarian worker", ("catholic", "humanitarian", "worker"), ()),
]


@pytest.mark.parametrize(("text", "title", "skills"), KEPT)
def test_short_and_real_words_are_not_corrected(
    text: str, title: tuple[str, ...], skills: tuple[str, ...]
) -> None:
    q = parse_query(text)
    assert (q.title, q.skills) == (title, skills)
    assert not any(n.startswith('I read "') and '" as ' in n for n in q.notes), q.notes


@pytest.mark.parametrize(
    ("text", "level", "places"),
    [
        ("data lead", ("lead",), ()),
        ("nurse tx", (), ("tx",)),
        ("nurse ca", (), ("ca",)),
        ("or nurse", (), ()),
        ("new grads nurse", ("junior",), ()),
    ],
)
def test_levels_state_codes_and_or_stay(
    text: str, level: tuple[str, ...], places: tuple[str, ...]
) -> None:
    q = parse_query(text)
    assert (q.seniority, q.locations) == (level, places)
    typo_notes = [n for n in q.notes if n.startswith('I read "') and " as " in n]
    # a level's note and a state code's own note (chat29: "tx" as Texas) are no typo readings
    assert not [n for n in typo_notes if "level" not in n and not n.endswith(", a US state")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("x-ray techs", ("xray", "tech")),
        ("x ray technician", ("xray", "technician")),
        ("e-commerce manager", ("ecommerce", "manager")),
        ("co-op student", ("coop", "student")),
        ("full-stack developer", ("fullstack", "developer")),
        ("front-end developer", ("frontend", "developer")),
        ("program co-ordinator", ("program", "coordinator")),
        # a workplace before the role: accountant, at a nonprofit preferred (chat21)
        ("non-profit accountant", ("accountant",)),
        ("nonprofit accountant", ("accountant",)),
        ("pre-k teacher", ("teacher",)),  # the Preschool specialty (newuser11)
        ("e-discovery attorney", ("ediscovery", "attorney")),
    ],
)
def test_a_hyphenated_word_is_one_term(text: str, title: tuple[str, ...]) -> None:
    assert parse_query(text).title == title


def test_on_call_is_a_shift_to_prefer_not_a_title_word() -> None:
    q = parse_query("on-call nurse")
    assert q.title == ("nurse",)
    assert q.prefer == ("on call",)


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


POOL = [
    _p("xray", "X-Ray Technician"),
    _p("rad", "Radiologic Technologist"),
    _p("ecom", "E-Commerce Manager"),
    _p("coop", "Student Trainee (Co-op)"),
    _p("jan", "Janitor", location="Norfolk, VA"),
    _p("cust", "Custodian"),
    _p("rev", "Revenue Agent"),
    _p("oncall", "On-Call Registered Nurse", description="On call nights and weekends."),
    _p("weld", "Welder", location="Houston, TX"),
    _p("py", "Python Developer", description="Python, PostgreSQL and Kubernetes."),
]


def found(text: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), POOL)]


def test_a_misspelt_search_finds_what_the_right_one_does() -> None:
    assert found("jantior") == found("janitor") == ["jan"]
    assert found("revneue agent") == found("revenue agent") == ["rev"]
    assert found("janitor noroflk") == ["jan"]
    assert found("x-ray techs")[0] == "xray"
    assert found("e-commerce manager")[0] == "ecom"


WORDS = ["jantior", "janitor", "noroflk", "va", "x-ray", "tech", "e-commerce", "manager"]
WORDS += ["co-op", "on-call", "nurse", "wedler", "houstn", "pyhton", "postgress", "revneue"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=4), sensitivity=st.sampled_from(SENSITIVITIES))
def test_typos_places_and_hyphenated_words_stay_exact_in_the_index(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:30]], sensitivity)


def test_a_typo_left_out_is_read_as_the_skill_level_or_workplace_meant() -> None:
    assert parse_query("backend -pyhton").exclude_skills == ("Python",)
    assert parse_query("nurse not remtoe").exclude_workplaces == ("remote",)
    assert "senior" in parse_query("accountant not senoir").exclude_levels
    # any other word left out may be a company or place: kept as written
    assert parse_query("nurse not jantior").exclude_words == ("jantior",)
