"""German, Spanish and French titles and school subjects read as the English ones (probe25)."""

import pytest

from core.matching import parse_query
from core.matching.meaning import search_result
from core.model import Posting


def passes(query: str, title: str, text: str = "", sensitivity: str = "normal") -> bool:
    """Whether a posting of this title and text is found by the search at this sensitivity."""
    posting = Posting(id="p", title=title, description=text)
    return search_result(parse_query(query), posting, sensitivity) is not None


GERMAN_MATHS = "Lehrer (m/w/d) für Mathematik und Physik"


@pytest.mark.parametrize(
    "query", ["math teacher", "mathematics teacher", "Lehrer Mathematik", "lehrer mathe"]
)
def test_a_german_maths_teacher_is_a_mathematics_teacher_in_either_language(query: str) -> None:
    # "Lehrer für Mathematik" is the English house style's "Teacher of Mathematics"
    assert passes(query, GERMAN_MATHS, "Die Schule sucht eine Lehrkraft für Mathematik.")
    assert passes(query, "Mathematics Teacher")
    assert passes(query, "Teacher of Mathematics")
    assert not passes(query, "Lehrer (m/w/d) für Englisch und Geschichte")
    assert not passes(query, "English Teacher")


def test_the_subject_after_a_gender_marker_is_the_title_s_own() -> None:
    assert passes("physics teacher", GERMAN_MATHS)
    assert passes("mathematiklehrer", "Teacher of Mathematics")
    assert passes("math teacher", "Mathematiklehrerin (m/w/d)")
    assert passes("math teacher", "Profesor/a de matemáticas")
    assert passes("math teacher", "Professeur de mathématiques (H/F)")


def test_mathe_is_german_maths_and_a_mate_stays_a_ship_s_mate() -> None:
    notes = ('I read "lehrer" as teacher, "mathe" as mathematics',)
    assert parse_query("lehrer mathe").notes == notes
    # "mate" is Spanish for maths too, but an English word first: the ship's officer
    assert passes("chief mate", "Chief Mate")
    assert not passes("chief mate", GERMAN_MATHS)
    assert not passes("math teacher", "Chief Mate")
    assert not passes("chief mate", "Mathematics Teacher")


@pytest.mark.parametrize(
    "query",
    ["primary school teacher", "elementary school teacher", "maestro primaria", "Grundschullehrer"],
)
def test_a_spanish_primary_teacher_is_an_elementary_school_teacher(query: str) -> None:
    assert passes(query, "Maestro/a de educación primaria")
    assert passes(query, "Elementary School Teacher")
    assert passes(query, "Lehrerin (m/w/d) an einer Grundschule")
    assert not passes(query, "Profesor/a de educación secundaria")
    assert not passes(query, "High School Teacher")


def test_a_spanish_secondary_teacher_is_a_high_school_teacher() -> None:
    assert passes("high school teacher", "Profesor/a de educación secundaria")
    assert passes("profesor secundaria", "High School Teacher")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("nurse", "Pflegefachkraft (m/w/d) Intensivstation"),
        ("nurse", "Pflegefachfrau / Pflegefachmann (m/w/d)"),
        ("nurse", "Gesundheits- und Krankenpfleger (m/w/d)"),
        ("nurse", "Infirmier/ère de bloc opératoire (H/F)"),
        ("nurse", "Enfermero/a de UCI"),
        ("krankenpfleger", "Registered Nurse"),
        ("enfermera", "Pflegefachkraft (m/w/d)"),
        ("electrician", "Elektriker (m/w/d)"),
        ("electrician", "Electricista oficial de primera"),
        ("elektriker", "Journeyman Electrician"),
        ("attorney", "Rechtsanwältin (m/w/d) Arbeitsrecht"),
        ("abogado", "Avocat (H/F) droit du travail"),
        ("avocat", "Abogado/a laboralista"),
    ],
)
def test_titles_in_either_language_find_each_other(query: str, title: str) -> None:
    assert passes(query, title)


def test_german_care_in_a_software_posting_s_benefits_makes_no_nurse() -> None:
    text = (
        "Wir entwickeln Software für Pflegeeinrichtungen. Benefits: Zuschuss zur Pflege von "
        "Angehörigen, betriebliche Altersvorsorge, Pflegefachkräfte im Kundenbeirat."
    )
    title = "Softwareentwickler (m/w/d) Backend"
    assert not passes("nurse", title, text)
    assert not passes("pflegefachkraft", title, text)
    assert passes("backend developer", title, text)


def test_a_gender_marker_names_no_part_of_the_title() -> None:
    # "(m/w/d)" is German law's notice of who may apply; the words after it are the title's
    assert passes("labor law attorney", "Rechtsanwalt (m/w/d) Arbeitsrecht", "Kanzlei.", "strict")
    assert passes("labor law attorney", "Avocat (H/F) droit du travail", "", "strict")
    assert not passes("labor law attorney", "Rechtsanwalt (m/w/d) Steuerrecht", "", "strict")
