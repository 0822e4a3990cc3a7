# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the sixth fresh set from real postings (run once, by hand).

Reads ``/work/shared/data`` (``--shared`` to point elsewhere) only when run; the written files make
the set work without it. Three real sources, none written here (SOURCES.md has the attribution):
USAJOBS titles (``usajobs/postings.jsonl.gz``: title, agency, OPM series, dates; upstream carries
no description, place or pay, so neither does the row), the USAJOBS product-manager export
(``usajobs/product_manager_jobs_full_fields.csv.gz``: the row's description is its real API fields
written out as text: grade, pay, places, telework, clearance) and Microsoft careers postings
(``microsoft-careers/microsoft_careers_sample.json``: full descriptions, not cut). The facts beside
each posting (``facts.json``) are read from what the posting says (title, description, places,
pay), proposed by the patterns below and checked by hand against every title (``HAND`` corrects).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/data")

FED_TEXT = """
    774409500 785325800 842175200 747818100 778958200 801400600 788169900 777785100
    801066300 753075800 779500900 761078100 834000100 794650900 788558600 812643700
    852246300 775704000 798830900 792230700 809092700 787578700 775020200 786985700
    796592100 807607600 804862500 814718600 796638000 790070300 797125700 807607700
    784047100 823764100 784582400 782980900 844811600 801567400 811167000 800579500
    811685500 823240500 778661200 773786000 785350500 820278300 796818100 850497200
    778669700 815453500 786811100 826119200 813226800 817550200 786622800 784255200
    787703300 786267300 813360000 786360200 780032700 777572800 805494200 809912900
    797137400 800493600 795616600 843296300 800437200 836333800 834479300 776849300
    834490800 837897400 796215800 830085700 830085500 842788600 839633000 844019800
    790140400 842751700 832909200 832906100 776964700 844013900 775159100 842779100
    809324400 794237600 816771000 792692400 778288000 802069500 786790100 784757300
    816817300 776398600 776739900 776349400 818435000 842082800 778699200 784756500
    734328000 770685300 841795700 759730300 800392900 817760900 776991100 798819400
    785194700 794670200 805601900 766046700 813829300 795872300 811540900 834305800
    841755700 777556600 801875700 816163800 842419600 845092000 799884000 774829200
    804613200 807684600 836120300 802520300 804504100 816407000 791246400 826315700
    787159000 794610400 808880800 784954800 794317800 781934200 784636800 784615300
    802063000 782313000 811067700 797409100 822600300 812132700 793793000 837629200
    776445700 798742900 816267300 781783300 811713900 776661500 802640700 815530800
    785208900 792299700 804867500 814627100 804987900 814161900 779353700 842977700
    775810100 776181100 776997800 821751200 792813900 824056400 824623600 806462300
    774654000 810218500 784615800 817941100 839955200 774830600 799431400 778385200
    777342200 795262500 776875000 812001400 834651600 795922700 788106300 797252000
    812109700 796565900 845460200 778746400 774855400 820729600 774345200 804345100
    791950100 791951500 793606900 775072100 775146600 775166200 794413000 807809500
    773358100 775897700 777222700 774657000 805715700 773266500 801824700 799890200
    776292400
    773466700 839762000 794707800 778525200 787339100 774337200 776913200 792967900
"""
FED_IDS = FED_TEXT.split()

# Federal role read from the title: the first pattern that matches names the role.
FED_ROLES = [
    (r"nursing assistant", "nursing_assistant"),
    (r"advanced? practice nurse|nurse practitioner|\(np\)", "nurse_practitioner"),
    (r"practical nurse", "lpn"),
    (r"\bnurse\b", "rn"),
    (r"paralegal", "paralegal"),
    (r"legal assistant", "legal_assistant"),
    (r"student trainee", "student_trainee"),
    (r"attorney|counsel\b", "attorney"),
    (r"contract specialist", "contract_specialist"),
    (r"contracting officer.{0,3}s? representative", "cor"),
    (r"procurement analyst", "procurement_analyst"),
    (r"\(procurement\)", "procurement_manager"),
    (r"human resources assistant", "hr_assistant"),
    (r"human resources specialist|hr specialist", "hr_specialist"),
    (r"systems accountant", "systems_accountant"),
    (r"accounting technician", "accounting_tech"),
    (r"accountant", "accountant"),
    (r"auditor", "auditor"),
    (r"police officer", "police_officer"),
    (r"security guard|security officer", "security_guard"),
    (r"fire management officer", "fire_manager"),
    (r"fire protection engineer", "fire_engineer"),
    (r"lookout", "fire_lookout"),
    (r"materials handler", "materials_handler"),
    (r"wildland firefighter|forestry technician \((fire|helitack|smokejumper)", "wildland_ff"),
    (r"civil engineer", "civil_engineer"),
    (r"pharmacist", "pharmacist"),
    (r"pharmacy", "pharmacy_tech"),
    (r"social worker", "social_worker"),
    (r"social services? assistant", "social_service_assistant"),
    (r"social service program director", "social_program_director"),
    (r"counselor", "counselor"),
    (r"air traffic assistant", "atc_assistant"),
    (r"air traffic control", "atc"),
    (r"electrician", "electrician"),
    (r"electrical engineer", "electrical_engineer"),
    (r"electronics technician", "electronics_tech"),
    (
        r"clinical laboratory scientist|medical technologist|medical laboratory scientist",
        "med_technologist",
    ),
    (r"medical technician|health technician", "med_technician"),
    (r"budget analyst", "budget_analyst"),
    (r"logistics management analyst", "logistics_analyst"),
    (r"program analyst", "program_analyst"),
    (r"program specialist", "program_specialist"),
    (r"health system administrator", "health_admin"),
    (r"infosec|cybersecurity", "it_security"),
    (r"sysadmin", "sysadmin"),
    (r"network engineer", "network_engineer"),
    (r"network", "network"),
    (r"cloud architect", "cloud_architect"),
    (r"cloud", "cloud_ops"),
    (r"it project manager", "it_pm"),
    (r"appsw|applications? software|software", "software"),
    (r"data scientist", "data_scientist"),
    (r"statistician", "statistician"),
]

# Level read from a title: supervisory and lead before senior, trainee and entry last.
LEVELS = [
    (r"supervisory|\bchief\b|director|deputy|manager|foreman|loft manager", "supervisory"),
    (r"\blead\b|leader", "lead"),
    (r"principal", "principal"),
    (r"\bsenior\b|\bsr\.?\b", "senior"),
    (r"student|pathways|recent graduate|intern\b|trainee|college graduate|entry[- ]level", "entry"),
]

# Microsoft role read from the title.
MS_ROLES = [
    (r"technical program manager", "tpm"),
    (r"product manager", "product_manager"),
    (r"program+ manager|system integration pm|incident manager", "program_manager"),
    (r"data scientist", "data_scientist"),
    (r"applied scientist|machine learning scientist", "applied_scientist"),
    (r"data analyst", "data_analyst"),
    (r"designer", "designer"),
    (r"researcher", "ux_researcher"),
    (r"service engineer|fasttrack engineer", "service_engineer"),
    (r"firmware|fpga|sw/fw", "firmware"),
    (r"engineering manager|development lead", "eng_manager"),
    (r"architect", "architect"),
    (r"data engineer", "data_engineer"),
    (r"\bsre\b", "sre"),
    (r"software|\bsde\b|\bsw\b", "swe"),
]

LANGS = {
    "python": r"\bpython\b",
    "c#": r"c#",
    ".net": r"\.net\b",
    "c++": r"c\+\+",
    "c": r"\bc(?:/c\+\+|, | or | and )",
    "java": r"\bjava\b",
    "javascript": r"javascript|typescript|\bnode\.?js",
    "go": r"\bgolang\b|\bgo,|\bgo\b(?= or| and|\))",
    "sql": r"\bsql\b",
}
SKILLS = {
    "azure": r"\bazure\b",
    "ml": r"machine learning|\bml\b|deep learning",
    "linux": r"\blinux\b",
    "cloud": r"\bcloud\b",
    "firmware": r"firmware",
    "kubernetes": r"kubernetes|\bk8s\b",
}

# Corrections after reading every title and its proposed facts: id -> facts to set.
HAND: dict[str, dict[str, Any]] = {
    "usajobs:774409500": {
        "level": "journey"
    },  # Nurse (PRC Case Manager): "manager" is the duty, not the level
    "usajobs:759730300": {"level": "journey"},  # Social Worker (Case Manager)
    "usajobs:812001400": {"role": "it_pm"},  # IT Project Manager (Cloud)
    "usajobs:817941100": {
        "role": "software"
    },  # IT Specialist (APPSW/INFOSEC): applications software first
    "usajobs:759774800": {
        "role": "data_scientist"
    },  # Supervisory Operations Research Analyst / Data Scientist
    "usajobs:801875700": {
        "role": "atc_staff"
    },  # ATC (Staff Support Specialist): not working traffic
    "usajobs:777222700": {"role": "atc_staff"},  # ATC, Traffic Management Coordinator
    "usajobs:842419600": {"role": "atc_security"},  # ATC (UAS Security Specialist)
    "usajobs:775897700": {"level": "entry"},  # ATC - Trainee
    "msft:582149": {"years": 2},  # "2+ years software design and development skills/experience"
    "msft:587758": {"years": None},  # a degree, or 3+ years in its place: no years for graduates
}
# Machine learning as the work of a Microsoft posting (read from its description): core or some.
ML_WORK = {
    "core": "574685 580703 581652 582149 589972 590027 570409 584175 531446 568823 585594 488083 553788 588972",
    "some": "527783 575463 588377 580123",
}


def first(patterns: list[tuple[str, str]], text: str, default: str) -> str:
    return next((name for pat, name in patterns if re.search(pat, text, re.I)), default)


def fed_level(title: str) -> str:
    level = first(LEVELS, title, "journey")
    if re.search(r"\bII\b|\b2\b", title) and level == "journey":
        return "ii"
    return level


def min_years(text: str) -> int | None:
    quals = text[text.find("Qualifications") :] if "Qualifications" in text else text
    found = re.findall(
        r"(\d+)\s*\+?\s*(?:-\s*\d+\s*\+?\s*)?years?\s+(?:of\s+)?(?:\w+\s+){0,4}experience",
        quals,
        re.I,
    )
    return min(int(n) for n in found) if found else None


def fed_rows(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    wanted = {f"usajobs:{n}" for n in FED_IDS}
    rows: dict[str, dict[str, Any]] = {}
    with gzip.open(shared / "usajobs" / "postings.jsonl.gz", "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"] in wanted and row["id"] not in rows:
                rows[row["id"]] = row
    out = []
    for n in FED_IDS:
        r = rows[f"usajobs:{n}"]
        title = " ".join(r["title"].split())
        row = {
            "id": r["id"],
            "source": "usajobs",
            "title": title,
            "company": r["company"],
            "location": None,
            "remote": None,
            "salary_min": None,
            "salary_max": None,
            "currency": None,
            "url": r["url"],
            "description": "",
            "tags": r["tags"],
            "posted_at": r["posted_at"],
        }
        facts = {
            "title": title,
            "source": "usajobs",
            "role": first(FED_ROLES, title, "other"),
            "level": fed_level(title),
            "remote": "remote eligible" in title.lower(),
            "places": [],
            "pay": None,
            "langs": [],
            "skills": [],
            "years": None,
        }
        out.append((row, facts))
    return out


def pm_rows(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    csv.field_size_limit(1 << 30)
    with gzip.open(
        shared / "usajobs" / "product_manager_jobs_full_fields.csv.gz", "rt", encoding="utf-8"
    ) as fh:
        rows = list(csv.DictReader(fh))
    rows = [r for r in rows if r["salary_type"] == "Per Year" and float(r["minimum_salary"]) > 0]
    rows.sort(key=lambda r: r["control_number"])
    rng = random.Random(6)
    rng.shuffle(rows)
    picked: list[dict[str, str]] = []
    titles: set[str] = set()
    remote_n = 0
    for r in rows:
        key = r["position_title"].strip().lower()
        remote = "remote job" in r["locations"]
        if key in titles or len(picked) >= 26 or (not remote and len(picked) - remote_n >= 16):
            continue
        titles.add(key)
        picked.append(r)
        remote_n += remote
    out = []
    for r in picked:
        title = " ".join(r["position_title"].split())
        places = [p.strip() for p in r["locations"].split("|") if p.strip()]
        lo, hi = round(float(r["minimum_salary"])), round(float(r["maximum_salary"]))
        remote = any("remote job" in p for p in places)
        grade = f"{r['pay_scale']}-{r['minimum_grade']}" + (
            f" to {r['maximum_grade']}" if r["maximum_grade"] != r["minimum_grade"] else ""
        )
        desc = (
            f"{r['hiring_agency_name']}, {r['hiring_subelement_name'] or r['hiring_department_name']}. "
            f"Series {r['job_series']}, grade {grade}. Salary ${lo:,} to ${hi:,} per year. "
            f"Locations: {'; '.join(places)}. Telework eligible: {'Yes' if r['telework_eligible'] == 'Y' else 'No'}. "
            f"{r['appointment_type']}, {r['work_schedule']}. Travel: {r['travel_requirement']}. "
            f"Security clearance: {r['security_clearance'] or 'none'}. Supervisory: {'Yes' if r['supervisory_status'] == 'Y' else 'No'}."
        )
        row = {
            "id": f"usajobs:{r['control_number']}",
            "source": "usajobs",
            "title": title,
            "company": r["hiring_department_name"]
            + (
                f" / {r['hiring_agency_name']}"
                if r["hiring_agency_name"] != r["hiring_department_name"]
                else ""
            ),
            "location": "; ".join(places[:3]) + ("; ..." if len(places) > 3 else ""),
            "remote": True if remote else None,
            "salary_min": lo,
            "salary_max": hi,
            "currency": "USD",
            "url": f"https://www.usajobs.gov/job/{r['control_number']}",
            "description": desc,
            "tags": [f"{s.strip()}" for s in r["job_series"].split(",")],
            "posted_at": r["position_open_date"],
        }
        low = title.lower()
        role = (
            "acquisition_pm"
            if "acquisition" in low
            else "product_owner"
            if "product owner" in low
            else "product_manager"
            if re.search(r"product manag|product lead", low)
            else "product_other"
        )
        facts = {
            "title": title,
            "source": "usajobs_pm",
            "role": role,
            "level": "supervisory"
            if r["supervisory_status"] == "Y" or "supervisory" in low
            else "senior"
            if "senior" in low
            else "journey",
            "remote": remote,
            "places": places,
            "pay": [lo, hi],
            "langs": [],
            "skills": [],
            "years": None,
        }
        out.append((row, facts))
    return out


def ms_rows(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    data = json.loads(
        (shared / "microsoft-careers" / "microsoft_careers_sample.json").read_text(encoding="utf-8")
    )
    data.sort(key=lambda x: x["id"])
    rng = random.Random(6)
    swe = [x for x in data if first(MS_ROLES, x["title"], "other") == "swe"]
    rest = [x for x in data if x not in swe]
    keep = {x["id"] for x in rng.sample(swe, 56)} | {
        x["id"] for x in swe if "principal" in x["title"].lower()
    }
    pms = [x for x in rest if first(MS_ROLES, x["title"], "") == "program_manager"]
    keep |= {x["id"] for x in rng.sample(pms, 8)}
    keep |= {x["id"] for x in rest if x not in pms}
    out = []
    for x in data:
        if x["id"] not in keep:
            continue
        title = " ".join(x["title"].split())
        desc = x["description"]
        row = {
            "id": f"msft:{x['id']}",
            "source": "microsoft-careers",
            "title": title,
            "company": "Microsoft",
            "location": f"{x['state']}, United States",
            "remote": None,
            "salary_min": None,
            "salary_max": None,
            "currency": None,
            "url": f"https://github.com/microsoft/SkillsExtractorCognitiveSearch/blob/50006cd23e6fe974da522abfb612419297f767a1/deployment/microsoft_careers_sample.json#id={x['id']}",
            "description": desc,
            "tags": [x["category"], x["subCategory"]],
            "posted_at": None,
        }
        low = title.lower()
        level = (
            "principal"
            if "principal" in low
            else "senior"
            if re.search(r"\bsenior\b|\bsr\.?\b", low)
            else "ii"
            if re.search(r"\bii\b|\b2\b", low)
            else "unstated"
        )
        facts = {
            "title": title,
            "source": "microsoft",
            "role": first(MS_ROLES, title, "other"),
            "level": level,
            "remote": False,
            "places": [f"{x['state']}, United States"],
            "pay": None,
            "langs": sorted(k for k, p in LANGS.items() if re.search(p, desc, re.I)),
            "skills": sorted(
                k for k, p in SKILLS.items() if re.search(p, desc + " " + title, re.I)
            ),
            "years": min_years(desc),
            "ml_work": next((k for k, v in ML_WORK.items() if x["id"] in v.split()), None),
        }
        out.append((row, facts))
    return out


def build(shared: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    pairs = fed_rows(shared) + pm_rows(shared) + ms_rows(shared)
    rows = [row for row, _ in pairs]
    facts = {row["id"]: {**f, **HAND.get(row["id"], {})} for row, f in pairs}
    return rows, facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    rows, facts = build(parser.parse_args().shared)
    with (HERE / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(rows)} postings")


if __name__ == "__main__":
    main()
