# ruff: noqa: E501
"""Writes ``judged.json`` of the fifth fresh set from ``facts.json`` (run once, by hand).

Every query's rule was written, in one line, before any run of the product on this set, and is
applied to the facts written beside each posting (``build_postings.py``): grade 2 is exactly what
was asked, 1 acceptable, 0 not, as a demanding job seeker judges. A grade is the lowest of the
query's parts (role, language, level, skill, place, pay). Odd positions are the dev half, even
the test half. Pay is compared yearly (a day rate times 220, an hourly rate times 2080) in the
query's currency at 1 GBP = 1.27 USD, 1 EUR = 1.08 USD, 1 CAD = 0.73 USD; a posting that gives
no pay is at most acceptable for a query with a pay floor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from tests.eval.fresh.judging import Facts, Rule, print_grades, write_judged

HERE = Path(__file__).resolve().parent
ABOUT = """
The fifth fresh set: 300 postings written by hand (fictional companies, in the shapes of
Greenhouse, Lever, Ashby, Workday, LinkedIn, German, Dutch and French career pages, UK agencies,
bare ads, USAJOBS, hospital and NHS boards, school boards and trade boards) and 30 queries as
people type them (20 backend or software, 10 other fields), graded by one-line rules written
before any run (judge.py). See SOURCES.md.
"""

USD = {"USD": 1.0, "GBP": 1.27, "EUR": 1.08, "CAD": 0.73}
EU = {"DE", "NL", "FR", "ES", "IE", "PT", "PL", "DK", "SE", "FI", "AT", "IT", "BE", "MT"}
SWE = {"backend", "software"}


def role(f: Facts, two: Iterable[str], one: Iterable[str] = ()) -> int:
    return 2 if f["role"] in set(two) else 1 if f["role"] in set(one) else 0


def swe(f: Facts) -> int:
    """A backend or general software engineer 2, a full-stack one 1."""
    return role(f, SWE, {"fullstack"})


def lang(f: Facts, *names: str, nice: int = 0) -> int:
    if any(n in f["req"] for n in names):
        return 2
    return nice if any(n in f["nice"] for n in names) else 0


def skill(f: Facts, name: str, absent: int = 0) -> int:
    return 2 if name in f["req"] else 1 if name in f["nice"] else absent


def level(f: Facts, exact: str, ok: Iterable[str] = ()) -> int:
    return 2 if f["level"] == exact else 1 if f["level"] in set(ok) else 0


def covers(f: Facts, country: str) -> bool:
    """A remote posting open to people in the country."""
    if f["workplace"] != "remote":
        return False
    regions = set(f["remote_open"])
    if "ANY" in regions or country in regions:
        return True
    if country in {"US", "CA"}:
        return "AMERICAS" in regions
    if country == "UK":
        return bool(regions & {"EMEA", "EUROPE"})
    return country in EU and bool(regions & {"EU", "EMEA", "EUROPE"})


def remote(f: Facts) -> int:
    return 2 if f["workplace"] == "remote" else 0


def in_country(f: Facts, country: str) -> int:
    return (
        2 if (f["workplace"] != "remote" and f["country"] == country) or covers(f, country) else 0
    )


def remote_eu(f: Facts) -> int:
    """Remote open to the EU as a whole 2, to one EU country (or a few) only 1."""
    if f["workplace"] != "remote":
        return 0
    regions = set(f["remote_open"])
    if regions & {"ANY", "EU", "EMEA", "EUROPE"}:
        return 2
    return 1 if regions & EU else 0


def pay(f: Facts, floor: float, currency: str) -> int:
    if not f["pay_annual"]:
        return 1
    top = f["pay_annual"][1] * USD[f["currency"]] / USD[currency]
    return 2 if top >= floor else 0


def dom(f: Facts, name: str, otherwise: int = 0) -> int:
    return 2 if name in f["domain"] else otherwise


RULES: list[Rule] = [
    ("senior java developer spring boot remote us",
     lambda f: min(swe(f), lang(f, "java"), level(f, "senior", {"staff", "lead"}), skill(f, "spring", 1), 2 if covers(f, "US") else 0),
     "2: senior backend/software engineer whose required language is Java, remote open to the US, Spring named; 1: the same without Spring, or full-stack, or staff/lead; 0: other roles, levels, languages, hybrid/onsite or remote closed to the US"),
    ("pyhton backend engineer remote eu",
     lambda f: min(swe(f), lang(f, "python"), remote_eu(f)),
     "2: backend/software engineer requiring Python, remote open to the EU (EU, Europe, EMEA, anywhere); 1: full-stack, or remote open to one EU country only; 0: other roles, onsite/hybrid, remote US/UK only"),
    ("diagnostic radiographer",
     lambda f: role(f, {"radiographer"}, {"radiographer_ct", "radiographer_mri"}),
     "2: diagnostic radiographer (general X-ray, the US radiologic technologist/X-ray tech); 1: CT or MRI radiographer; 0: therapeutic radiographers, assistants, sonographers, radiologists"),
    ("c# .net developer uk £70k",
     lambda f: min(swe(f), lang(f, "csharp"), in_country(f, "UK"), pay(f, 70000, "GBP")),
     "2: backend/software developer requiring C#/.NET, in the UK or remote open to the UK, pay reaching £70k a year (a day rate x220); 1: full-stack, or pay not given; 0: other roles (devops, QA, Unity, CRM), outside the UK, pay below"),
    ("golang engineer kubernetes",
     lambda f: min(role(f, SWE, {"platform", "sre", "devops"}), lang(f, "go"), skill(f, "k8s")),
     "2: backend/software engineer requiring Go with Kubernetes required; 1: Kubernetes only nice-to-have, or a platform/SRE role requiring Go; 0: no Go, or no Kubernetes at all"),
    ("registered midwife",
     lambda f: role(f, {"midwife"}, {"midwife_lead", "midwife_educator"}),
     "2: a registered midwife's clinical post (hospital, community, bank, specialist, CNM, verloskundige); 1: a midwife coordinator or educator post; 0: support workers, L&D nurses, doulas"),
    ("node.js backend developer, no php",
     lambda f: min(swe(f), lang(f, "node"), 0 if "php" in f["req"] else 1 if "php" in f["nice"] else 2),
     "2: backend/software developer requiring Node.js with no PHP; 1: PHP only nice-to-have, or full-stack; 0: PHP required, no Node.js, other roles"),
    ("kotlin backend engineer germany",
     lambda f: min(swe(f), lang(f, "kotlin", nice=1), in_country(f, "DE")),
     "2: backend/software engineer requiring Kotlin, in Germany or remote open to Germany (EU, EMEA, DACH, anywhere); 1: Kotlin nice-to-have, or full-stack; 0: Android, other countries"),
    ("hvac service technician",
     lambda f: role(f, {"hvac_tech"}, {"refrigeration_tech", "maint_tech_hvac", "hvac_installer"}),
     "2: HVAC service technician/engineer (residential or commercial); 1: refrigeration tech, HVAC building maintenance tech, HVAC installer; 0: helpers, sales, estimators, dispatchers, general maintenance"),
    ("rust systems engineer distributed systems",
     lambda f: min(role(f, SWE), lang(f, "rust"), dom(f, "distributed", 1)),
     "2: backend/systems engineer requiring Rust on distributed systems; 1: Rust backend work that is not distributed systems; 0: embedded Rust, Rust only nice-to-have, other languages"),
    ("sde ii aws",
     lambda f: min(swe(f), level(f, "mid"), skill(f, "aws")),
     "2: mid-level (II, L4, level 2) backend/software engineer with AWS required; 1: AWS nice-to-have, or full-stack; 0: other levels (I, III, senior), SDET, support, cloud ops, no AWS"),
    ("journeyman electrician",
     lambda f: 2 if f["role"] == "electrician" and f["level"] == "journeyman" else 1 if f["role"] == "electrician_foreman" or (f["role"] == "electrician" and f["level"] == "master") else 0,
     "2: journeyman (or UK approved) electrician, construction, service or industrial; 1: master electrician or foreman; 0: apprentices, helpers, linemen, electrical engineers"),
    ("staff backend engineer payments 200k+",
     lambda f: min(role(f, SWE), level(f, "staff", {"principal"}), dom(f, "payments", 1 if "fintech" in f["domain"] else 0), pay(f, 200000, "USD")),
     "2: staff backend/software engineer in payments with pay reaching $200k (converted); 1: principal, fintech outside payments, or pay not given; 0: senior, managers, architects, other domains, pay below"),
    ("vet tech",
     lambda f: role(f, {"vet_tech"}, {"vet_assistant"}),
     "2: veterinary technician/nurse (CVT, LVT, RVT, RVN, VTS, shelter); 1: veterinary assistant; 0: veterinarians, kennel staff, receptionists"),
    ("mid-level python developer django",
     lambda f: min(swe(f), lang(f, "python"), level(f, "mid"), skill(f, "django", 1)),
     "2: mid-level backend/software developer requiring Python and Django; 1: Python without Django (FastAPI, Flask), or full-stack; 0: junior, senior, other languages and roles"),
    ("civil engineer pe",
     lambda f: 2 if f["role"] == "civil_eng" and "pe" in f["req"] else 1 if f["role"] == "civil_eng" or (f["role"] == "structural_eng" and "pe" in f["req"] and f["level"] != "principal") else 0,
     "2: civil engineer requiring a PE licence; 1: civil engineer without a PE requirement (EIT, CEng, federal), or a structural engineer with a PE; 0: technicians, drafters, other engineers"),
    ("junior backend developer postgres",
     lambda f: min(swe(f), level(f, "junior"), 2 if "postgres" in f["req"] + f["nice"] else 1 if {"mysql", "sqlserver"} & set(f["req"]) else 0),
     "2: junior/graduate/level I backend developer with PostgreSQL; 1: another SQL database, or full-stack; 0: mid or senior, interns/working students, frontend, data, support"),
    ("backend engineer kafka remote",
     lambda f: min(swe(f), skill(f, "kafka"), remote(f)),
     "2: remote backend/software engineer with Kafka required; 1: Kafka only nice-to-have, or full-stack; 0: data engineers, Kafka admins, ML, hybrid/onsite, RabbitMQ only"),
    ("cpa senior accountant",
     lambda f: (2 if "cpa" in f["req"] else 1) if f["role"] == "accountant" and f["level"] == "senior" else 1 if f["role"] in {"tax_accountant", "auditor", "accounting_manager"} and "cpa" in f["req"] else 0,
     "2: senior accountant requiring a CPA; 1: senior accountant with CPA only preferred or not asked (ACA), or a CPA senior tax accountant, senior auditor or accounting manager; 0: staff accountants, bookkeepers"),
    ("senior software engineer data platform",
     lambda f: min(role(f, SWE | {"platform", "data_eng"}), level(f, "senior", {"staff"}), dom(f, "dataplat")),
     "2: senior software/data engineer on a data platform or data infrastructure team; 1: staff level; 0: data analysts, PMs, analytics data engineers, platform teams not about data, mid level"),
    ("dotnet azure developer remote",
     lambda f: min(swe(f), lang(f, "csharp"), skill(f, "azure"), remote(f)),
     "2: remote backend/software developer requiring C#/.NET and Azure; 1: Azure only nice-to-have, or full-stack; 0: AWS-only .NET, cloud/devops engineers, hybrid or onsite"),
    ("911 dispatcher",
     lambda f: role(f, {"dispatcher_911"}, {"dispatcher_911_sup"}),
     "2: 911/public safety dispatcher, call-taker or telecommunicator (police, fire, EMS); 1: a 911 centre supervisor; 0: truck, service or non-emergency transport dispatchers"),
    ("js backend engineer 120k+ remote us",
     lambda f: min(swe(f), lang(f, "node", "javascript", "typescript"), 2 if covers(f, "US") else 0, pay(f, 120000, "USD")),
     "2: backend/software engineer requiring JavaScript/TypeScript/Node.js, remote open to the US, pay reaching $120k (hourly x2080); 1: full-stack, or pay not given; 0: frontend, sales, devrel, onsite, remote closed to the US, pay below"),
    ("school counselor",
     lambda f: role(f, {"school_counselor"}),
     "2: school counselor/counsellor or guidance counselor in a school (any grade, any country); 0: school psychologists, social workers, clinic counselors, admissions counselors"),
    ("k8s platform engineer €80k",
     lambda f: min(role(f, {"platform", "devops", "sre"}), skill(f, "k8s"), pay(f, 80000, "EUR")),
     "2: platform/DevOps/SRE engineer requiring Kubernetes with pay reaching €80k (converted); 1: pay not given; 0: backend engineers, no Kubernetes, pay below"),
    ("backend developer mongodb redis",
     lambda f: min(swe(f), (2 if {"mongodb", "redis"} <= set(f["req"] + f["nice"]) else 1 if {"mongodb", "redis"} & set(f["req"] + f["nice"]) else 0)),
     "2: backend/software developer working with both MongoDB and Redis; 1: only one of them, or full-stack; 0: DBAs, neither"),
    ("data privacy counsel remote",
     lambda f: 2 if f["role"] == "privacy_counsel" and f["workplace"] == "remote" else 1 if f["role"] == "general_counsel" and f["workplace"] == "remote" else 0,
     "2: remote privacy/data protection lawyer; 1: remote general counsel whose work includes privacy; 0: hybrid, privacy analysts, DPOs, paralegals, commercial counsel"),
    ("software engineer cassandra not crypto",
     lambda f: min(swe(f), skill(f, "cassandra"), 0 if "crypto" in f["domain"] else 2),
     "2: backend/software engineer with Cassandra required, not in crypto/web3; 1: Cassandra nice-to-have, or full-stack; 0: crypto, DBAs, data engineers, no Cassandra"),
    ("python developer gcp",
     lambda f: min(role(f, SWE, {"fullstack", "data_eng"}), lang(f, "python"), skill(f, "gcp")),
     "2: backend/software developer requiring Python and GCP; 1: GCP only nice-to-have, or a Python data engineer or full-stack on GCP; 0: ML engineers, no GCP, other languages"),
    ("principal engineer distributed systems remote",
     lambda f: min(role(f, SWE), remote(f), {("principal", 2): 2, ("principal", 0): 1, ("staff", 2): 1}.get((f["level"], dom(f, "distributed")), 0)),
     "2: remote principal backend/software engineer on distributed systems; 1: principal on other backend work, or staff on distributed systems; 0: staff on other work, PMs, frontend, civil/structural, hybrid or onsite"),
]  # fmt: skip

HAND: dict[tuple[str, str], int] = {}


def main() -> None:
    facts = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, ABOUT, "f5-q", RULES, facts, HAND)
    print_grades(HERE)


if __name__ == "__main__":
    main()
