"""A new user's probe: a certificate or specialty typed alone, titles in Spanish, French, German
and Portuguese (no foreign word fixed into a tool), a journeyman's title in either order and a
doctor of pharmacy said in the echo."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.matching.query.words import CREDENTIAL_JOBS
from core.matching.vocab import vocabulary
from core.model import Posting


def _p(pid: str, title: str, description: str = "") -> Posting:
    return Posting(id=pid, title=title, source="test", description=description)


def _ids(query: str, postings: list[Posting]) -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), postings, "normal")]


@pytest.mark.parametrize(
    ("text", "title", "skill"),
    [
        ("ccna", "network engineer", "CCNA"),
        ("otr", "truck driver", "Over the Road"),
        ("pmp", "project manager", "PMP"),
        ("icu", "nurse", "ICU"),
        ("cdl", "truck driver", "CDL"),
        ("cdl otr remote", "truck driver", "CDL"),
    ],
)
def test_a_credential_alone_is_the_job_it_implies(text: str, title: str, skill: str) -> None:
    # Was a specialty alone ("specialty CCNA"), 0 matches and no note.
    query = parse_query(text)
    assert " ".join(query.title) == title
    assert skill in query.skills
    assert query.notes and query.notes[0].startswith(f'I read "{text.replace(" remote", "")}" as')


def test_ccna_is_either_network_job_and_says_so() -> None:
    query = parse_query("ccna")
    assert query.title == ("network", "engineer")
    assert [t.split("|") for t in query.or_titles] == [["network", "administrator"]]
    assert query.notes == (
        'I read "ccna" as network engineer or network administrator jobs, those naming CCNA first',
    )
    postings = [_p("e", "Network Engineer"), _p("a", "Network Administrator"), _p("x", "Nurse")]
    assert set(_ids("ccna", postings)) == {"e", "a"}


def test_every_credential_job_is_a_title_the_vocabulary_reads() -> None:
    v = vocabulary()
    names = {n for n in v.skill_names.values()}
    assert set(CREDENTIAL_JOBS) <= names
    for job in CREDENTIAL_JOBS.values():
        for title in job.split(" or "):
            assert set(title.split()) <= v.known, title


def test_a_credential_beside_a_title_stays_a_specialty_of_it() -> None:
    query = parse_query("network engineer ccna")
    assert query.title == ("network", "engineer") and query.or_titles == ()
    assert query.notes == ()
    assert parse_query("kafka").title == ()  # a tool alone is no credential


def test_pharmd_beside_pharmacist_is_said() -> None:
    # Was title "pharmacist" and no note: "pharmd" vanished from the echo unexplained.
    for text in ("pharmacist pharmd", "pharmd pharmacist"):
        query = parse_query(text)
        assert query.title == ("pharmacist",)
        assert query.notes == ('I read "pharmd" as pharmacist, already in your title',)
    assert parse_query("rn registered nurse").notes == ()  # a phrase of several words
    postings = [_p("c", "Pharmacist (Clinical)"), _p("p", "Pharmacist")]
    assert set(_ids("pharmacist pharmd", postings)) == {"c", "p"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ingeniero de redes", "network engineer"),
        ("contador público", "accountant"),
        ("farmacéutico", "pharmacist"),
        ("conductor de camión", "truck driver"),
        ("controlador aéreo", "air traffic controller"),
        ("enfermera uci", "icu nurse"),
        ("analista de datos", "data analyst"),
        ("diseñador gráfico", "graphic designer"),
        ("auxiliar de enfermería", "nursing assistant"),
        ("médico", "physician"),
        ("contable", "accountant"),
        ("ingénieur réseau", "network engineer"),
        ("aide-soignante", "nursing assistant"),
        ("agent de sécurité", "security guard"),
        ("Netzwerkingenieur", "network engineer"),
        ("Kellnerin", "waiter"),
        ("Ärztin", "physician"),
        ("engenheiro de redes", "network engineer"),
        ("motorista de caminhão", "truck driver"),
        ("enfermeiro", "nurse"),
        # last session's readings stay
        ("mecánico diésel", "diesel mechanic"),
        ("jefe de proyecto", "project manager"),
        ("développeur backend", "backend developer"),
    ],
)
def test_titles_in_other_languages_are_read_in_english(text: str, title: str) -> None:
    # Was e.g. "engineer" with the skill Redis, "contador public", "farmaceutico", "constable".
    query = parse_query(text)
    assert " ".join(query.title) == title
    assert query.skills == ()
    # since query21 each says how it was read, as Softwareentwickler did: "I read … as …"
    assert all(n.startswith("I read ") for n in query.notes if " as " in n), query.notes
    assert any(n.startswith("I read ") for n in query.notes), query.notes


def test_a_foreign_word_is_never_fixed_into_a_tool() -> None:
    # In a search naming a Spanish title an unknown word is likely Spanish, not a tool's typo
    # (was "redes": Redis): it stays a title word; in English the typo is still fixed.
    assert parse_query("ingeniero de redes").skills == ()
    assert parse_query("pyhton developer").skills == ("Python",)
    # a language beside a developer's title is read (test_parse16_query): "desarrollador pyhton"
    # nor a place: "bases" was Basel, Delaware
    query = parse_query("analista de bases de datos")
    assert query.title == ("database", "analyst") and query.locations == ()
    assert parse_query("administrador de base de datos").title == ("database", "administrator")


def test_a_spanish_title_finds_the_english_posting() -> None:
    postings = [_p("n", "Network Engineer"), _p("r", "Redis Engineer"), _p("a", "Accountant")]
    assert _ids("ingeniero de redes", postings) == ["n"]
    assert _ids("contador público", postings) == ["a"]
    assert _ids("conductor de camión", [_p("t", "Truck Driver"), _p("c", "Train Conductor")]) == [
        "t"
    ]


@pytest.mark.parametrize("text", ["journeyman electrician", "electrician journeyman"])
def test_journeyman_in_either_order(text: str) -> None:
    # Was 26 for "Journeyman Electrician" searching "electrician journeyman", and a plain
    # "Electrician" 46.5 for "journeyman electrician".
    postings = [
        _p("a", "Electrician (Journeyman)"),
        _p("b", "Journeyman Electrician"),
        _p("c", "Electrician Journeyman"),
        _p("d", "Electrician"),
        _p("u", "Journeyman Upholsterer"),
    ]
    assert set(_ids(text, postings)) == {"a", "b", "c", "d"}
