# ruff: noqa: E501
"""Grades every posting of ``postings.jsonl`` for every query (run once, by hand, before any run).

Each query has a one-line rule, written before any run; the rule is applied to the facts written
beside each posting in ``build_postings.py`` (``facts.json``), and the few postings the facts
cannot say are graded by hand (``HAND``). Grades: 2 exactly what was asked, 1 acceptable, 0 not,
as a demanding job seeker would judge. ``judged.json`` keeps every posting of grade 1 or 2 per
query; the rest are 0. Odd positions (1st, 3rd, ...) are the dev half, even positions the test
half. Twelve queries are backend or software searches, eighteen are other fields.

Shared conventions: backend means server-side individual-contributor software engineering (kind
``be``); full-stack is 1 at most for a backend or language search; frontend, data, DBA, DevOps,
SRE, platform, QA, mobile, games, managers and unrelated jobs are 0 for a backend search unless a
rule says otherwise. Interns are 1 at most unless asked for. A near miss in another field (nursing
assistant or nurse practitioner for a nurse, attorney for a paralegal, pharmacy technician for a
pharmacist, data engineer for a data analyst, labourer or software project manager for a
construction project manager) is 0. Pay is compared a year, converted (USD 1, EUR 1.08, GBP
1.27, CAD 0.73); a floor is 2 when the whole range reaches it, 1 when only its top does or pay is
unstated. A place asked is met by working there (onsite or hybrid); Greater London boroughs are
London, and New York City's boroughs are NYC.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.eval.fresh.judging import write_judged

HERE = Path(__file__).resolve().parent
USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73}

F = dict[str, Any]


def langs(f: F) -> set[str]:
    return set(f.get("l", []))


def places(f: F) -> set[str]:
    return set(f.get("at", []))


def topics(f: F) -> set[str]:
    return set(f.get("x", []))


def remote(f: F) -> bool:
    return f["mode"] == "remote"


def pay_grade(f: F, floor: float, currency: str) -> int:
    if not f.get("pay"):
        return 1
    lo, hi, cur = f["pay"]
    rate = USD[cur] / USD[currency]
    return 2 if lo * rate >= floor else 1 if hi * rate >= floor else 0


def role(f: F, lang: str | None = None) -> int:
    """2 backend (in the language), 1 full-stack (in the language), else 0; interns 1 at most."""
    if lang is not None and lang not in langs(f):
        return 0
    g = {"be": 2, "fs": 1}.get(f["k"], 0)
    return min(g, 1) if f["lv"] == "intern" else g


def q_rabbitmq(f: F) -> int:
    if "rmq" not in topics(f):
        return 0
    return role(f) or (1 if f["k"] in {"devops", "sre", "plat"} else 0)


def q_django_remote(f: F) -> int:
    if not remote(f):
        return 0
    g = role(f, "python")
    if "django" in topics(f):
        return g
    return 1 if f["k"] == "be" and topics(f) & {"flask", "fastapi"} else 0


def q_icu_nurse(f: F) -> int:
    if f["k"] != "rn":
        return 0
    x = topics(f)
    if x & {"icu", "cvicu"}:
        return 1 if f["lv"] == "educator" else 2
    return 1 if x & {"nicu", "picu"} else 0


def q_rn_nights(f: F) -> int:
    if f["k"] != "rn":
        return 0
    return {"night": 2, "rot": 1}.get(f.get("sh", ""), 0)


def q_spring_munich(f: F) -> int:
    if not langs(f) & {"java", "kotlin"}:
        return 0
    g = role(f)
    if "spring" not in topics(f):
        g = min(g, 1)
    if "Munich" in places(f):
        return g if f["mode"] == "hybrid" else min(g, 1)
    return min(g, 1) if remote(f) and "DE" in f.get("e", []) else 0


def q_node_contract(f: F) -> int:
    if f.get("hrs") != "contract":
        return 0
    g = role(f, "node")
    return g if "ts" in langs(f) else min(g, 1)


def q_sql_server_dba(f: F) -> int:
    if "mssql" not in topics(f):
        return 0
    return {"dba": 2, "sqldev": 1}.get(f["k"], 0)


def q_junior_golang(f: F) -> int:
    g = role(f, "go")
    lv = f["lv"]
    return min(g, 2 if lv in {"junior", "grad"} else 1 if lv in {"intern", "none"} else 0)


def q_lead_net_azure_90k(f: F) -> int:
    g = role(f, "csharp")
    if not g:
        return 0
    g = min(g, 2 if f["lv"] == "lead" else 1 if f["lv"] in {"senior", "staff", "principal"} else 0)
    if "azure" not in topics(f):
        g = min(g, 1)
    return min(g, pay_grade(f, 90000, "EUR"))


def q_backend_gcp_bigquery(f: F) -> int:
    x = topics(f)
    if "gcp" not in x:
        return 0
    g = role(f)
    return g if "bq" in x and f["k"] == "be" else min(g, 1) if f["k"] == "be" or "bq" in x else 0


def q_hrbp(f: F) -> int:
    return {"hrbp": 2, "hrgen": 1}.get(f["k"], 0)


def q_ap_clerk(f: F) -> int:
    return {"ap": 2, "apar": 2, "apsup": 1, "acctasst": 1, "book": 1}.get(f["k"], 0)


def q_maths_teacher_london(f: F) -> int:
    if "maths" not in topics(f) or "London" not in places(f):
        return 0
    if f["k"] == "teacher":
        return 1 if f["lv"] == "hod" else 2
    return 1 if f["k"] in {"lecturer", "tutor"} else 0


def q_physio(f: F) -> int:
    return 2 if f["k"] == "physio" else 0


def q_backend_k8s(f: F) -> int:
    return role(f) if "k8s" in topics(f) else 0


def q_js_backend(f: F) -> int:
    return role(f, "node")


def q_warehouse_forklift(f: F) -> int:
    x = topics(f)
    if f["k"] == "wh":
        return 2 if "forklift" in x else 1 if "forkliftplus" in x else 0
    return 1 if f["k"] == "forklift" else 0


def q_dental_hygienist(f: F) -> int:
    return 2 if f["k"] == "dh" else 0


def q_social_worker(f: F) -> int:
    return {"sw": 2, "swmgr": 1}.get(f["k"], 0)


def q_chef_de_partie(f: F) -> int:
    if f["k"] != "chef":
        return 0
    return {"cdp": 2, "demi": 1, "jsous": 1, "line": 1}.get(f["lv"], 0)


def q_fastapi_postgres(f: F) -> int:
    g = role(f, "python")
    hits = len(topics(f) & {"fastapi", "pg"})
    return min(g, hits, 1 if f["k"] == "fs" else 2)


def q_senior_laravel(f: F) -> int:
    g = role(f, "php")
    x = topics(f)
    if not g or not x & {"laravel", "symfony"}:
        return 0
    lv = f["lv"]
    if "laravel" not in x:
        return 1 if lv == "senior" and g == 2 else 0
    return min(g, 2 if lv == "senior" else 1 if lv in {"lead", "none"} else 0)


def q_analyst_sql_tableau(f: F) -> int:
    hits = len(topics(f) & {"sql", "tableau"})
    if f["k"] == "da":
        return hits
    return 1 if f["k"] == "bi" and hits == 2 else 0


def q_construction_pm(f: F) -> int:
    return {"cpm": 2, "apm": 1, "pe": 1, "site": 1, "pcoord": 1}.get(f["k"], 0)


def q_corporate_attorney_nyc(f: F) -> int:
    if f["k"] != "atty":
        return 0
    x = topics(f)
    g = 2 if "corp" in x and f["lv"] != "principal" else 1 if x & {"corp", "re"} else 0
    if "NYC" in places(f):
        return g
    if "JerseyCity" in places(f) or (remote(f) and "US" in f.get("e", [])):
        return min(g, 1)
    return 0


def q_paralegal_remote(f: F) -> int:
    if f["k"] == "para":
        return {"remote": 2, "hybrid": 1}.get(f["mode"], 0)
    return 1 if f["k"] == "la" and remote(f) else 0


def q_air_traffic_controller(f: F) -> int:
    return {"atc": 2, "atcinst": 1, "ata": 1}.get(f["k"], 0)


def q_pharmacist_part_time(f: F) -> int:
    if f["k"] != "pharm":
        return 0
    return {"pt": 2, "prn": 1}.get(f.get("hrs", ""), 0)


def q_truck_driver_cdl(f: F) -> int:
    x = topics(f)
    if f["k"] == "truck":
        return 2 if x & {"cdla", "cdlb"} else 1
    return 1 if f["k"] == "cdlinst" else 0


def q_electrician_apprentice(f: F) -> int:
    return {"eapp": 2, "ehelp": 1, "lineapp": 1}.get(f["k"], 0)


Q: list[tuple[str, Callable[[F], int], str]] = [
    (
        "rabbitmq",
        q_rabbitmq,
        "backend using RabbitMQ 2; full-stack, DevOps, SRE or platform running RabbitMQ 1; Kafka, ActiveMQ or no broker 0",
    ),
    (
        "django rest api remote",
        q_django_remote,
        "remote (any region) Python backend on Django 2; remote Django full-stack or remote Python backend on Flask/FastAPI 1; not remote 0",
    ),
    (
        "icu nurse",
        q_icu_nurse,
        "registered nurse in an adult ICU/critical care/CVICU (staff, charge, travel, Band 5/6) 2; NICU/PICU RN or ICU nurse educator 1; step-down, CNA, NP, nurse manager 0",
    ),
    (
        "registered nurse night shift",
        q_rn_nights,
        "registered nurse (any unit, incl. UK staff nurse) working nights 2; rotating days/nights 1; days, LPN, CNA, NP 0",
    ),
    (
        "spring boot microservices hybrid munich",
        q_spring_munich,
        "Java/Kotlin Spring Boot backend, hybrid in Munich (Germany) 2; onsite in Munich, remote within Germany, full-stack or non-Spring Java in Munich 1; other cities or Munich ND 0",
    ),
    (
        "nodejs typescript backend contract",
        q_node_contract,
        "Node.js backend in TypeScript on a contract/freelance basis 2; Node JavaScript contract or full-stack Node contract 1; permanent roles 0",
    ),
    (
        "paralegal remote",
        q_paralegal_remote,
        "paralegal, fully remote 2; hybrid paralegal or remote legal assistant 1; onsite paralegal, attorneys, secretaries onsite 0",
    ),
    (
        "corporate attorney nyc",
        q_corporate_attorney_nyc,
        "attorney practising corporate/M&A/securities law (firm or in-house) in New York City 2; general counsel, real-estate finance in NYC, corporate in Jersey City or remote US 1; litigation/employment, paralegals, clerks 0",
    ),
    (
        "sql server dba",
        q_sql_server_dba,
        "database administrator of Microsoft SQL Server (any level) 2; SQL Server (T-SQL/SSIS) developer 1; other DBs' DBAs, BI developers, analysts 0",
    ),
    (
        "junior golang",
        q_junior_golang,
        "Go backend at junior, graduate or entry level 2; Go intern or unlevelled Go backend without a seniority bar 1; mid, senior, '3+ years' 0",
    ),
    (
        "air traffic controller",
        q_air_traffic_controller,
        "air traffic controller (tower, approach, en route, trainee) 2; ATC instructor or flight data assistant 1; dispatchers, airport ops, ATC software engineers 0",
    ),
    (
        "pharmacist part time",
        q_pharmacist_part_time,
        "licensed pharmacist, part-time 2; per diem/relief pharmacist 1; full-time pharmacists, pharmacy technicians/assistants 0",
    ),
    (
        "truck driver cdl",
        q_truck_driver_cdl,
        "truck driver with a Class A or B CDL (OTR, regional, local, team) 2; UK HGV driver or CDL instructor 1; non-CDL van/box-truck drivers, mechanics, dispatchers 0",
    ),
    (
        "electrician apprentice",
        q_electrician_apprentice,
        "electrical apprenticeship 2; electrician's helper, electrical improver, lineworker apprentice 1; qualified electricians, plumbing apprentices, electrical engineers 0",
    ),
    (
        "lead engineer .net azure €90k",
        q_lead_net_azure_90k,
        "lead/tech-lead C#/.NET backend on Azure paying €90k+ (range 2, top or unstated 1); senior/principal, non-Azure or full-stack 1 at most; mobile/game 0",
    ),
    (
        "backend engineer gcp bigquery",
        q_backend_gcp_bigquery,
        "backend engineer on Google Cloud using BigQuery 2; backend on GCP without BigQuery or full-stack with GCP+BigQuery 1; data engineers/analysts 0",
    ),
    (
        "hr business partner",
        q_hrbp,
        "HR business partner / People Partner (any level) 2; HR generalist or HR manager 1; coordinators, recruiters, HRIS 0",
    ),
    (
        "accounts payable clerk",
        q_ap_clerk,
        "accounts payable clerk/specialist/associate, purchase ledger clerk, AP/AR clerk 2; AP supervisor, accounts assistant, bookkeeper 1; AR-only, payroll, accountants 0",
    ),
    (
        "teacher maths london",
        q_maths_teacher_london,
        "qualified maths teacher at a school in London (incl. boroughs, part-time) 2; head of maths, FE maths lecturer or maths tutor in London 1; outside London, other subjects, TAs 0",
    ),
    (
        "physiotherapist",
        q_physio,
        "physiotherapist / physical therapist (any setting, level or hours) 2; assistants, PTAs, OTs, sports therapists 0",
    ),
    (
        "backend developer kubernets",
        q_backend_k8s,
        "backend developer whose stack includes Kubernetes 2; full-stack with Kubernetes 1; DevOps/SRE/platform 0",
    ),
    (
        "javscript backend developer",
        q_js_backend,
        "Node.js (JavaScript or TypeScript) backend 2; Node full-stack 1; frontend JavaScript and Java backend 0",
    ),
    (
        "warehouse forklift",
        q_warehouse_forklift,
        "warehouse operative driving forklifts (counterbalance, reach, FLT) 2; warehouse job where a forklift licence is a plus, forklift operator outside a warehouse 1; pickers, supervisors, drivers 0",
    ),
    (
        "dental hygienist",
        q_dental_hygienist,
        "dental hygienist (RDH, hygienist-therapist, any hours) 2; dental assistants/nurses, dentists, receptionists 0",
    ),
    (
        "social worker",
        q_social_worker,
        "qualified social worker (child protection, hospital, LCSW, school, senior practitioner) 2; social work team manager 1; assistants, case managers, support workers 0",
    ),
    (
        "chef de partie",
        q_chef_de_partie,
        "chef de partie (incl. senior and pastry CDP) 2; demi CDP, junior sous chef or line cook 1; commis, sous, head chef, porters 0",
    ),
    (
        "python fastapi postgres",
        q_fastapi_postgres,
        "Python backend with FastAPI and PostgreSQL 2; Python backend with one of the two or full-stack with both 1",
    ),
    (
        "senior php laravel",
        q_senior_laravel,
        "senior PHP backend on Laravel 2; lead or unlevelled Laravel backend, senior full-stack Laravel or senior Symfony 1; junior/mid 0",
    ),
    (
        "data analyst sql tableau",
        q_analyst_sql_tableau,
        "data analyst using SQL and Tableau 2; data analyst with one of the two or BI developer with both 1; engineers, scientists, business analysts 0",
    ),
    (
        "project manager construction",
        q_construction_pm,
        "construction project manager (commercial, residential, fit-out, senior) 2; assistant PM, project engineer, site/construction manager, project coordinator 1; estimators, trades, software/IT PMs 0",
    ),
]

# Facts the fact sheet does not carry, decided by reading the posting.
HAND: dict[tuple[str, str], int] = {
    # unlevelled Go roles that ask for 3+ years are not junior roles
    ("junior golang", "fresh4:002"): 0,
    ("junior golang", "fresh4:077"): 0,
}


def main() -> None:
    facts: dict[str, F] = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, __doc__, "h", Q, facts, HAND)


if __name__ == "__main__":
    main()
