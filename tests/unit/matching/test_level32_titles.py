"""Title forms fresh8 dev found (issue 14): "ER" in capitals is the emergency room, a SEN or
SEND teacher a special education teacher, a German "Führerscheinklasse CE" a commercial
driving licence; each beside the titles the same search must not list."""

from __future__ import annotations

from tests.unit.matching.found import found, posting


def test_er_in_capitals_is_the_emergency_room() -> None:
    # Were 45: "ER" no title word, so "emergency" was missing from the title.
    query = "registered nurse emergency"
    assert found(query, posting("Travel RN - ER - 13 weeks", "Travel contract in a Level I ER."))
    assert found(query, posting("ER Nurse Manager", "Lead our emergency room nursing team."))
    assert found(query, posting("Registered Nurse - Emergency Department"))
    for other in ("Registered Nurse - ICU", "Travel RN - OR - 13 weeks", "RN - Med/Surg"):
        assert not found(query, posting(other)), other
    # "er" in lower case stays what it was; in an HR title "ER" is employee relations
    assert not found(query, posting("Registered Nurse - Kinder", "Wir suchen er/sie."))
    hr = posting("Human Resources Specialist (ER/LR)")
    assert not found(query, hr)
    assert not found("emergency specialist", hr)
    assert found("hr specialist employee relations", hr)


def test_a_sen_teacher_is_a_special_education_teacher() -> None:
    # Was 37: "SEN" an unknown word beside the teacher.
    query = "special education teacher"
    for title in ("SEN Teacher", "SEND Teacher (Primary)", "Special Education Teacher"):
        assert found(query, posting(title)), title
    for other in ("Maths Teacher", "SEN Teaching Assistant", "Special Education Paraprofessional"):
        assert not found(query, posting(other)), other


def test_a_german_ce_licence_is_a_commercial_licence() -> None:
    # Was 54.9: "Führerscheinklasse CE" named no CDL.
    query = "truck driver cdl"
    lkw = posting("LKW-Fahrer (m/w/d) CE", "Fahrer im Nahverkehr, Führerscheinklasse CE, Modul 95.")
    assert found(query, lkw)
    assert found(query, posting("LKW-Fahrer (m/w/d)", "Führerschein Klasse CE erforderlich."))
    for other in (
        posting("Kurierfahrer (m/w/d)", "Führerscheinklasse B, Transporter bis 3,5 t."),
        posting("LKW-Mechaniker (m/w/d)", "Wartung der Flotte; Führerscheinklasse CE von Vorteil."),
    ):
        assert not found(query, other), other.title
