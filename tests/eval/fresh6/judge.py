# ruff: noqa: E501
"""Writes ``judged.json`` of the sixth fresh set from ``facts.json`` (run once, by hand).

Every query's rule was written, in one line, before any run of the product on this set, and is
applied to the facts read from each real posting (``build_postings.py``): grade 2 is exactly what
was asked, 1 acceptable, 0 not, as a demanding job seeker judges. Roles and levels come from what
the posting says (title, description, places, pay), never from its occupational series code
alone. A federal posting names no programming language (upstream carries no description), so it
never satisfies a language. Odd positions are the dev half, even the test half.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.eval.fresh.judging import Facts, Rule, print_grades, write_judged

HERE = Path(__file__).resolve().parent
ABOUT = """
The sixth fresh set: 358 real postings nobody here wrote (225 USAJOBS titles, 26 rows of the
USAJOBS product-manager export with places, pay and remote, 107 Microsoft careers postings with
full descriptions) and 30 queries as people type them (15 software or IT, 15 other federal
fields), graded by one-line rules written before any run (judge.py). See SOURCES.md.
"""

SWE = {"swe", "sre"}
BOSS = {"supervisory"}


def ms(f: Facts) -> bool:
    return bool(f["source"] == "microsoft")


def names(f: Facts, *langs: str) -> bool:
    return any(lang in f["langs"] for lang in langs)


def python(f: Facts) -> int:
    if not (ms(f) and names(f, "python")):
        return 0
    return (
        2
        if f["role"] in SWE
        else 1
        if f["role"] in {"data_engineer", "service_engineer", "firmware"}
        else 0
    )


def rn(f: Facts) -> int:
    if f["role"] != "rn":
        return 0
    return 1 if f["level"] in BOSS else 2


def senior_azure(f: Facts) -> int:
    if not ms(f) or f["role"] not in SWE | {"firmware"}:
        return 0
    azure = "azure" in f["skills"]
    if f["level"] == "senior":
        return 2 if azure and f["role"] in SWE else 1 if azure else 0
    return 0


def lawyer(f: Facts) -> int:
    return (1 if f["level"] in BOSS else 2) if f["role"] == "attorney" else 0


def infosec(f: Facts) -> int:
    return (1 if f["level"] in BOSS else 2) if f["role"] == "it_security" else 0


def paralegal(f: Facts) -> int:
    if f["role"] == "paralegal":
        return 1 if f["level"] in BOSS else 2
    return 1 if f["role"] == "legal_assistant" else 0


def sysadmin(f: Facts) -> int:
    return 2 if f["role"] == "sysadmin" else 1 if f["role"] in {"network", "cloud_ops"} else 0


def contract(f: Facts) -> int:
    if f["level"] in BOSS:
        return 0
    return (
        2 if f["role"] == "contract_specialist" else 1 if f["role"] == "procurement_analyst" else 0
    )


def sde2(f: Facts) -> int:
    if not ms(f) or f["role"] not in SWE:
        return 0
    return (
        2
        if f["level"] == "ii"
        else 1
        if f["level"] == "unstated" and f["years"] in {2, 3, 4}
        else 0
    )


def hr(f: Facts) -> int:
    return (1 if f["level"] in BOSS else 2) if f["role"] == "hr_specialist" else 0


def csharp(f: Facts) -> int:
    if not (ms(f) and names(f, "c#", ".net")) or f["level"] != "senior":
        return 0
    return (
        2
        if f["role"] in SWE
        else 1
        if f["role"] in {"service_engineer", "firmware", "eng_manager"}
        else 0
    )


def accountant(f: Facts) -> int:
    if f["role"] in {"accountant", "systems_accountant"}:
        return 1 if f["level"] in BOSS else 2
    return 0


def principal(f: Facts) -> int:
    if not ms(f):
        return 0
    if f["level"] == "principal":
        return 2 if f["role"] in SWE else 1 if f["role"] in {"architect", "eng_manager"} else 0
    return 0


def police_entry(f: Facts) -> int:
    if f["role"] != "police_officer":
        return 0
    if f["level"] == "entry":
        return 2
    plain = f["level"] == "journey" and not any(
        w in f["title"].lower() for w in ("lateral", "annuitant", "corporal")
    )
    return 1 if plain else 0


def wildland(f: Facts) -> int:
    if f["role"] == "wildland_ff":
        return 1 if f["level"] in BOSS else 2
    return 1 if f["role"] in {"fire_manager", "fire_lookout"} else 0


def data_scientist(f: Facts) -> int:
    if f["role"] == "data_scientist":
        return 1 if f["level"] in BOSS else 2
    return 1 if f["role"] == "applied_scientist" else 0


def appsw(f: Facts) -> int:
    if f["source"] != "usajobs" or f["role"] != "software":
        return 0
    return 2 if "specialist" in f["title"].lower() else 1


def civil(f: Facts) -> int:
    return (1 if f["level"] in BOSS else 2) if f["role"] == "civil_engineer" else 0


def ml_engineer(f: Facts) -> int:
    if not ms(f) or not f["ml_work"]:
        return 0
    if f["role"] in SWE:
        return 2 if f["ml_work"] == "core" else 1
    return 1 if f["role"] in {"applied_scientist", "data_scientist", "data_engineer"} else 0


def pharmacist(f: Facts) -> int:
    if f["role"] != "pharmacist":
        return 0
    return 1 if f["level"] in BOSS or "financial" in f["title"].lower() else 2


def pm_remote_120(f: Facts) -> int:
    if not f["remote"] or not f["pay"] or f["pay"][1] < 120_000:
        return 0
    return 2 if f["role"] == "product_manager" else 1 if f["role"] == "product_owner" else 0


def social_worker(f: Facts) -> int:
    return (1 if f["level"] in BOSS else 2) if f["role"] == "social_worker" else 0


def atc(f: Facts) -> int:
    if f["role"] == "atc":
        return 1 if f["level"] in BOSS | {"entry"} else 2
    return 1 if f["role"] == "atc_staff" else 0


def firmware(f: Facts) -> int:
    if not ms(f):
        return 0
    if f["role"] == "firmware":
        return 1 if "fpga" in f["title"].lower() else 2
    return 1 if "firmware" in f["skills"] and f["role"] in SWE | {"eng_manager"} else 0


def cloud_architect(f: Facts) -> int:
    if f["role"] == "cloud_architect":
        return 2
    if f["role"] in {"cloud_ops", "it_pm"} and "cloud" in f["title"].lower():
        return 1
    return 1 if ms(f) and f["role"] == "architect" and "azure" in f["skills"] else 0


def electrician(f: Facts) -> int:
    if f["role"] != "electrician":
        return 0
    return 1 if f["level"] in BOSS or "high voltage" in f["title"].lower() else 2


def cpp(f: Facts) -> int:
    if not (ms(f) and names(f, "c++")) or f["role"] not in SWE | {"firmware"}:
        return 0
    return (
        2
        if f["level"] == "ii"
        else 1
        if f["level"] == "unstated" and f["years"] in {2, 3, 4}
        else 0
    )


def medtech(f: Facts) -> int:
    if f["role"] == "med_technologist":
        return 1 if f["level"] in BOSS else 2
    if f["role"] == "med_technician" and "phleb" not in f["title"].lower():
        return 1
    return 0


def entry_swe(f: Facts) -> int:
    if not ms(f) or f["role"] not in SWE or f["level"] != "unstated":
        return 0
    years = f["years"]
    return 2 if years is not None and years <= 1 else 1 if years is None or years == 2 else 0


def program_analyst(f: Facts) -> int:
    if f["role"] == "program_analyst":
        return 1 if f["level"] in BOSS else 2
    return 1 if f["role"] in {"program_specialist", "budget_analyst", "logistics_analyst"} else 0


RULES: list[Rule] = [
    ("python developer", python, "2: software engineer (or SRE) whose posting names Python; 1: data, service or firmware engineer naming Python; 0: no Python named (federal titles name none), data/applied scientists, PMs, designers"),
    ("registered nurse", rn, "2: registered nurse (staff, lead, specialty, educator); 1: supervisory nurse; 0: nurse practitioners, practical nurses, nursing assistants"),
    ("lawyer", lawyer, "2: attorney or counsel (trial, general, adviser, senior counsel); 1: supervisory attorney; 0: paralegals, legal assistants, student trainees in a counsel's office"),
    ("senior software engineer azure", senior_azure, "2: senior software engineer or SRE whose posting names Azure; 1: senior firmware/FPGA engineer naming Azure; 0: senior without Azure, II, principal, unstated levels, PMs, scientists, federal"),
    ("it specialist infosec", infosec, "2: IT/cybersecurity specialist (INFOSEC), staff, lead or principal; 1: supervisory; 0: network, sysadmin, software, other fields"),
    ("paralegal", paralegal, "2: paralegal specialist; 1: supervisory paralegal, legal assistant; 0: attorneys, other"),
    ("hr specialist", hr, "2: human resources specialist of any specialty, staff or lead; 1: supervisory HR specialist; 0: HR assistants, other"),
    ("sys admin", sysadmin, "2: IT specialist (SYSADMIN) / system administrator; 1: IT network services or cloud operations support; 0: health system administrators, software, security"),
    ("sde ii", sde2, "2: software engineer/SDE titled II or 2 (incl. SRE); 1: software engineer with no level in the title asking 2-4 years; 0: other unstated levels, senior, principal, non-software, federal"),
    ("contract specialist not supervisory", contract, "2: contract specialist, staff or lead, not supervisory; 1: procurement analyst, not supervisory; 0: supervisory, contracting officer's representatives, procurement chiefs"),
    ("acountant", accountant, "2: accountant (staff, systems, lead, graduate); 1: supervisory accountant; 0: auditors, accounting and budget technicians"),
    ("senior c# .net developer", csharp, "2: senior software engineer/SRE whose posting names C# or .NET; 1: senior service or firmware engineer naming C#/.NET; 0: other levels, no C#/.NET named, PMs, scientists, federal"),
    ("principal sw engineer", principal, "2: principal software engineer/SDE; 1: principal architect or engineering/development lead; 0: senior and other levels, principal PMs or scientists, federal 'principal' specialists"),
    ("police officer entry level", police_entry, "2: entry-level police officer; 1: police officer with no experience stated in the title; 0: lateral/certified, re-employed annuitant, corporal, supervisory, security guards"),
    ("wildland firefighter", wildland, "2: wildland firefighter or forestry technician on fire, helitack or smokejumper crews, staff or lead; 1: supervisory crews, fire management officers, fire lookouts; 0: fire protection engineers, materials handlers"),
    ("data scientist", data_scientist, "2: data scientist (federal or Microsoft, any level but supervisory); 1: supervisory data scientist, applied scientist; 0: statisticians, data analysts, software engineers, PMs"),
    ("it specialist appsw", appsw, "2: federal IT specialist in applications software (APPSW, systems analysis/applications software, DBA software engineer); 1: federal computer engineer on software systems; 0: security, network, cloud, Microsoft engineers"),
    ("civil engineer", civil, "2: civil engineer (highway, structural, agricultural/civil, term); 1: supervisory civil engineer; 0: electrical, fire protection engineers, other"),
    ("pharmacist", pharmacist, "2: pharmacist (staff, clinical); 1: supervisory pharmacist, pharmacist in a financial coordinator role; 0: pharmacy technicians and aids, pharmacologists"),
    ("machine learning engineer", ml_engineer, "2: software engineer whose work is machine learning (models, ML/deep-learning platforms); 1: software engineer with some ML work, applied/data scientists and data engineers working on ML; 0: ML only as a plus or in passing, federal"),
    ("product manager remote 120k", pm_remote_120, "2: product manager (IT, technical, product management specialist, any level) remote anywhere in the US with pay reaching $120k; 1: remote product owner reaching $120k; 0: acquisition program managers, onsite, pay below $120k or not given"),
    ("social worker", social_worker, "2: social worker (clinical, case manager, intake, substance abuse); 1: supervisory social worker; 0: social service assistants, counselors, program directors"),
    ("air traffic controller", atc, "2: air traffic control specialist working traffic; 1: supervisory ATCS, trainees, staff support specialists, traffic management coordinators; 0: air traffic assistants, UAS security specialists"),
    ("firmware engineer", firmware, "2: firmware (or SW/FW) engineer; 1: FPGA engineer, software engineer or development lead whose posting names firmware work; 0: other software, federal"),
    ("cloud architect", cloud_architect, "2: cloud architect (federal IT specialist or digital services); 1: cloud operations/support specialist, cloud IT project manager, Microsoft principal architect on Azure; 0: software engineers, security"),
    ("electrician", electrician, "2: electrician (maintenance, construction); 1: electrician foreman, high-voltage electricians and linemen; 0: electrical engineers, electronics technicians, trainees"),
    ("c++ software engineer ii", cpp, "2: software, SRE or firmware engineer titled II/2 whose posting names C++; 1: one with no level in the title asking 2-4 years, naming C++; 0: other levels, no C++ named, scientists, PMs, federal"),
    ("medical technologist", medtech, "2: medical technologist / clinical (medical) laboratory scientist, staff or lead; 1: supervisory or chief technologist, medical (laboratory) technician; 0: phlebotomy technicians, other"),
    ("entry level software engineer", entry_swe, "2: software engineer with no level in the title asking at most 1 year of experience; 1: one asking 2 years or saying none; 0: asking 3+ years, II, senior, principal, federal"),
    ("program analyst", program_analyst, "2: program analyst / management and program analyst; 1: supervisory program analyst, program specialist, budget or logistics management analyst; 0: other"),
]  # fmt: skip

HAND: dict[tuple[str, str], int] = {}


def main() -> None:
    facts = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, ABOUT, "f6-q", RULES, facts, HAND)
    print_grades(HERE)


if __name__ == "__main__":
    main()
