"""Searches outside technology (issue 14): a licence's class is kept, a job's names in other
countries are the same job, a field's neighbouring titles rank lower, levels mean what they say."""

from __future__ import annotations

from core.matching import parse_query, score_posting
from tests.unit.matching.exactness import assert_indexes_exact
from tests.unit.matching.found import found, posting


def _score(search: str, title: str, text: str = "") -> float:
    return score_posting(parse_query(search), posting(title, text)).score


# 1. A commercial licence's class: Class A (combination vehicles) covers Class B, not the reverse.
CLASS_A = ("CDL-A Truck Driver – OTR", "Requirements: Class A CDL, 1 year OTR.")
CLASS_B = ("Local Delivery Driver – CDL B", "Requirements: Class B CDL, able to lift 50 lb.")
ANY_CLASS = ("Truck Driver", "Requirements: valid CDL, clean MVR.")


def test_the_class_of_a_cdl_is_read_and_kept() -> None:
    for search in ("truck driver cdl a", "truck driver class a cdl", "truck driver cdl-a"):
        query = parse_query(search)
        assert "CDL Class A" in query.skills, search
        assert not any("as CDL" in n and "Class" not in n for n in query.notes), query.notes
    assert "CDL Class B" in parse_query("truck driver cdl b").skills
    assert "CDL Class A" not in parse_query("truck driver cdl").skills
    result = score_posting(parse_query("truck driver cdl a"), posting(*CLASS_A))
    assert any("CDL Class A" in r for r in result.reasons), result.reasons


def test_a_class_a_search_ranks_class_a_jobs_first() -> None:
    search = "truck driver cdl a"
    assert found(search, posting(*CLASS_A))
    assert found(search, posting(*ANY_CLASS))  # the class unstated: a CDL job all the same
    # a Class A holder may drive a Class B truck: a lower match, never the exact grade
    assert _score(search, *CLASS_B) < _score(search, *ANY_CLASS) < _score(search, *CLASS_A)
    lower = score_posting(parse_query(search), posting(*CLASS_B))
    assert "missing: CDL Class A" in lower.reasons, lower.reasons


def test_a_class_b_search_wants_no_class_a_job() -> None:
    search = "truck driver cdl b"
    assert found(search, posting(*CLASS_B))
    assert found(search, posting(*ANY_CLASS))
    assert not found(search, posting(*CLASS_A))  # a licence the searcher does not hold


def test_class_words_of_other_things_are_no_licence() -> None:
    # a UK car licence is category B; a plain CDL search still takes every class
    assert (
        "CDL Class B"
        not in score_posting(
            parse_query("truck driver cdl b"),
            posting("Multi-Drop Van Driver", "Requirements: Full UK licence (cat B)."),
        ).reasons
    )
    assert not found(
        "truck driver cdl b", posting("Multi-Drop Van Driver", "Full UK licence (cat B).")
    )
    for title_text in (CLASS_A, CLASS_B, ANY_CLASS):
        assert found("truck driver cdl", posting(*title_text))
    assert not found("truck driver cdl a", posting("Box Truck Driver (Non-CDL)", "No CDL needed."))


def test_the_indexes_keep_the_class_as_scoring_does() -> None:
    pool = [posting(*CLASS_A), posting(*CLASS_B), posting(*ANY_CLASS)]
    searches = ["truck driver cdl a", "truck driver cdl b", "truck driver cdl", "cdl a"]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(searches, pool, sensitivity)


# 2. The US names a diagnostic radiographer by the imaging and "technologist" or "tech".
def test_a_us_x_ray_technologist_is_a_diagnostic_radiographer() -> None:
    for title in (
        "Radiologic Technologist (X-Ray)",
        "X-Ray Tech",
        "Radiology Technologist",
        "Rad Tech",
        "Radiographer",  # a UK radiographer named plainly is a diagnostic one
    ):
        assert found("diagnostic radiographer", posting(title)), title
    assert found("radiographer", posting("X-Ray Technologist"))
    assert found("diagnostic radiographer", posting("Mammography Technologist"))
    # a CT or MRI technologist works one other modality alone: no radiographer's title
    assert not found("diagnostic radiographer", posting("CT Technologist"))
    assert not found("diagnostic radiographer", posting("MRI Technologist"))


def test_other_technologists_and_therapy_stay_apart() -> None:
    for title in (
        "Surgical Technologist",
        "Medical Technologist",
        "Nuclear Medicine Technologist",
        "Diagnostic Medical Sonographer",
        "Automotive Diagnostic Technician",
        "Therapeutic Radiographer",
        "Radiation Therapist",
        "Radiology Assistant",
    ):
        assert not found("diagnostic radiographer", posting(title)), title
    assert not found("radiographer", posting("Surgical Technologist"))
    assert not found("therapeutic radiographer", posting("Diagnostic Radiographer"))
    assert not found("therapeutic radiographer", posting("X-Ray Tech"))
    assert not found("technologist", posting("Diagnostic Radiographer"))


# 3. A trade's installer is its service technician's neighbour, within the trade alone.
def test_an_installer_of_the_trade_is_a_lower_match() -> None:
    search = "hvac service technician"
    assert found(search, posting("HVAC Installer"))
    assert _score(search, "HVAC Installer") < _score(search, "HVAC Service Technician")
    assert found("hvac installer", posting("HVAC Service Technician"))


def test_helpers_sales_and_other_trades_stay_out() -> None:
    search = "hvac service technician"
    for title in (
        "HVAC Helper / Apprentice",
        "HVAC Installer Helper",
        "HVAC Sales Consultant",
        "HVAC Estimator",
        "HVAC Dispatcher",
        "Solar Installer",
        "Flooring Installer",
        "Installer",
    ):
        assert not found(search, posting(title)), title
    assert not found("technician", posting("Cable Installer"))


# 4. Accounting's ladder: staff (entry), senior, manager; an auditor is an accountant's neighbour.
def test_a_staff_accountant_is_entry_level() -> None:
    assert not found("cpa senior accountant", posting("Staff Accountant", "CPA a plus."))
    assert not found("senior accountant", posting("Staff Auditor"))
    assert found("junior accountant", posting("Staff Accountant"))
    assert found("accountant", posting("Staff Accountant"))
    assert found("staff accountant", posting("Staff Accountant"))
    # "staff" is the entry rung of accounting alone: a staff nurse or attorney is any level
    assert found("senior nurse", posting("Staff Nurse"))
    assert found("senior attorney", posting("Staff Attorney"))


def test_an_accounting_manager_and_an_auditor_are_neighbours() -> None:
    search = "cpa senior accountant"
    senior = _score(search, "Senior Accountant", "CPA required.")
    for title in ("Accounting Manager, CPA", "Senior Auditor, Assurance"):
        assert found(search, posting(title, "CPA required.")), title
        assert _score(search, title, "CPA required.") < senior, title
    assert found("nurse", posting("Nursing Manager"))


def test_auditors_of_other_things_and_other_managers_stay_out() -> None:
    for title in (
        "Senior IT Auditor",
        "Senior Energy Auditor",
        "Senior Quality Auditor",
        "Finance Manager",
        "Engineering Manager",
        "Bookkeeper",
    ):
        assert not found("cpa senior accountant", posting(title, "CPA a plus.")), title
    assert not found("engineer", posting("Engineering Manager"))
    assert not found("auditor", posting("Senior Accountant"))


def test_the_indexes_read_ladders_and_neighbours_as_scoring_does() -> None:
    pool = [
        posting("Staff Accountant", "CPA a plus."),
        posting("Senior Accountant", "CPA required."),
        posting("Accounting Manager, CPA", "CPA required."),
        posting("Senior Auditor, Assurance", "CPA required."),
        posting("Senior IT Auditor", "CISA."),
        posting("Nursing Manager"),
        posting("Radiologic Technologist (X-Ray)"),
        posting("Radiographer"),
        posting("Therapeutic Radiographer"),
        posting("CT Technologist"),
        posting("HVAC Installer"),
        posting("Solar Installer"),
        posting("HVAC Service Technician"),
        posting("Theatre Nurse"),
        posting("Senior Solicitor - Property"),
        posting("Lorry Driver"),
        posting("General Counsel", "Sole lawyer; privacy is part of the job. Remote (US)."),
        posting("Commercial Counsel", "Contracts. See our privacy notice. Remote (US)."),
    ]
    searches = [
        "cpa senior accountant",
        "accountant",
        "staff accountant",
        "nurse",
        "diagnostic radiographer",
        "radiographer",
        "x-ray technologist",
        "hvac service technician",
        "hvac installer",
        "auditor",
        "theatre nurse",
        "solicitor",
        "truck driver",
        "data privacy counsel remote",
    ]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(searches, pool, sensitivity)


# 5. Privacy is a lawyer's practice area beside a lawyer; a general counsel covers every area.
REMOTE = "Location: Remote (US)."


def test_a_general_counsel_doing_privacy_work_is_a_neighbour() -> None:
    search = "data privacy counsel remote"
    query = parse_query(search)
    assert query.title == ("counsel",) and "Data Privacy" in query.skills
    general = ("General Counsel", f"Sole lawyer; privacy is part of the job. {REMOTE}")
    assert found(search, posting(*general))
    assert _score(search, *general) < _score(search, "Privacy Counsel", REMOTE)
    assert found("privacy attorney", posting("Attorney", "Advise on GDPR and CCPA."))


def test_privacy_jobs_of_their_own_and_boilerplate_stay_out() -> None:
    search = "data privacy counsel remote"
    for title, text in (
        ("Commercial Counsel", f"Negotiate customer contracts. {REMOTE}"),
        ("Employment Counsel", f"Employment law. See our Privacy Notice. {REMOTE}"),
        ("Privacy Analyst", f"GDPR requests. {REMOTE}"),
        ("Data Protection Officer", f"GDPR and data protection. {REMOTE}"),
        ("Paralegal, Privacy", f"Support the privacy legal team. {REMOTE}"),
    ):
        assert not found(search, posting(title, text)), title
    # beside another job, privacy stays a title word: an analyst's or an engineer's job
    assert parse_query("data privacy analyst").title == ("data", "privacy", "analyst")
    assert parse_query("privacy engineer").title == ("privacy", "engineer")
    assert not found("privacy analyst", posting("Data Analyst", "GDPR-compliant pipelines."))
    assert found("privacy analyst", posting("Privacy Analyst", "GDPR requests."))


# The same job by its UK and US names, in searches and titles alike.
def test_uk_and_us_names_of_one_job() -> None:
    assert found("solicitor", posting("Associate Attorney"))
    assert found("attorney", posting("Senior Solicitor - Property"))
    assert not found("solicitor", posting("Barrister"))  # a court advocate: a job of its own
    assert not found("solicitor", posting("Paralegal"))
    assert found("truck driver", posting("Lorry Driver"))
    assert found("lorry driver", posting("HGV Class 1 Driver (C+E)"))
    assert not found("lorry driver", posting("Van Driver"))
    for title in ("Operating Room Nurse", "OR Nurse", "Theatre Nurse"):
        assert found("theatre nurse", posting(title)), title
    assert found("or nurse", posting("Theatre Nurse"))
    assert not found("theatre nurse", posting("ER Nurse"))
    assert not found("theatre nurse", posting("Theatre Technician"))
    assert parse_query("theatre technician").skills == ()  # a stage's: no operating room
    query = parse_query("chartered accountant")
    assert query.title == ("accountant",) and "Chartered Accountant" in query.skills
    acca = _score("chartered accountant", "Senior Accountant (ACA/ACCA)")
    assert acca > _score("chartered accountant", "Senior Accountant")
    assert not found("chartered accountant", posting("Chartered Surveyor"))
    assert not found("chartered accountant", posting("Bookkeeper"))
