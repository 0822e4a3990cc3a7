"""Grade the eighth fresh set: one rule per query over facts.json, written before any run.

Run ``python -m tests.eval.fresh8.judge`` (after ``build_postings``) to write judged.json. The
rules follow tests/eval/CONVENTIONS.md where judges disagree: a posting stating no level is 1
for a level search; a remote-anywhere posting is 1 for a place search; full-stack is 1 for a
backend search; a neighbouring role (SRE, platform, DBA) is 0. A language offered only as one of
several alternatives ("C#, Java or C++") counts as a nice-to-have.
"""

# ruff: noqa: E501 (each query's rule is one line)
from __future__ import annotations

import json
from pathlib import Path

from tests.eval.fresh.judging import Facts, Rule, print_grades, write_judged

HERE = Path(__file__).resolve().parent
ABOUT = """
Eighth fresh set: 348 postings (92 USAJOBS rows and 24 Microsoft careers rows drawn by seed 8,
232 written in job-board house styles), 30 queries (20 backend-centred, 10 other fields), graded
0/1/2 by the rules below over written facts, before any run of the matcher. Odd positions dev,
even test.
"""
PER_YEAR = {"year": 1, "hour": 2080, "day": 260, "week": 52, "month": 12}
TO_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27}
CODERS = {"backend", "swe", "fullstack"}
UK_PLACES = ("UK", "United Kingdom", "London", "Manchester", "Leeds", "Birmingham", "Bristol",
             "Bradford", "Newcastle", "Edinburgh", "Guildford", "Bolton", "Sheffield", "Hampshire")  # fmt: skip


def lang(f: Facts, name: str) -> int:
    """2: a main language; 1: nice-to-have or one of several alternatives; 0: not named."""
    if name in f["langs"]:
        return 2
    return 1 if name in f["nice"] or name in f["alt"] else 0


def has(f: Facts, *tech: str) -> bool:
    return any(t in f["tech"] for t in tech)


def dom(f: Facts, name: str) -> bool:
    return name in f["domain"]


def yearly(f: Facts, currency: str | None = None) -> float | None:
    """The top of the pay range a year, in currency (None: USD by rough rates), None unknown."""
    if not f["pay"]:
        return None
    _, high, cur, period = f["pay"]
    if currency is not None:
        return float(high * PER_YEAR[period]) if cur == currency else None
    return float(high * PER_YEAR[period] * TO_USD[cur])


def in_uk(f: Facts) -> bool:
    return f["remote"] is None and any(p in (f["location"] or "") for p in UK_PLACES)


def level_fit(f: Facts, wanted: str) -> int:
    """2: the level asked; 1: no level stated; 0: another level."""
    return 2 if f["level"] == wanted else 1 if f["level"] is None else 0


# --- backend-centred -------------------------------------------------------------------------


def senior_python_remote_us(f: Facts) -> int:
    if f["remote"] not in {"us", "global"} or f["role"] not in CODERS | {"data_eng"}:
        return 0
    py, lv = lang(f, "python"), level_fit(f, "senior")
    if f["level"] in {"staff", "principal", "lead"}:
        lv = 1
    if py == 2 and f["role"] in CODERS and f["remote"] == "us" and lv == 2:
        return 2
    return 1 if py and lv else 0


def java_spring_kafka(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "java") < 2:
        return 0
    n = has(f, "spring") + has(f, "kafka")
    if f["role"] == "fullstack":
        return min(n, 1)
    return {2: 2, 1: 1, 0: 0}[n]


def rn_emergency(f: Facts) -> int:
    if f["role"] != "nurse_rn":
        return 0
    if f["spec"] == "er":
        return 1 if f["level"] == "manager" else 2
    return 1 if f["spec"] is None and f["level"] != "manager" else 0


def sde2_aws(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    lv = level_fit(f, "mid")
    if lv == 2:
        return 2 if has(f, "aws") else 1
    return 1 if lv == 1 and has(f, "aws") else 0


def csharp_azure(f: Facts) -> int:
    if f["role"] not in CODERS or not lang(f, "csharp"):
        return 0
    if lang(f, "csharp") == 1:
        return 1 if has(f, "azure") else 0
    return 2 if has(f, "azure") else 1


def attorney(f: Facts) -> int:
    return 2 if f["role"] == "attorney" else 0


def go_remote_eu(f: Facts) -> int:
    if lang(f, "go") < 2 or f["role"] not in CODERS:
        return 0
    if f["remote"] in {"eu", "europe", "emea"}:
        return 1 if f["role"] == "fullstack" else 2
    return 1 if f["remote"] in {"de", "global"} else 0


def node_ts_no_php(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "node") < 2 or lang(f, "php") == 2:
        return 0
    if lang(f, "php") == 1:
        return 1
    return 2 if lang(f, "typescript") else 1


def atc(f: Facts) -> int:
    if f["role"] != "atc":
        return 0
    return 2 if f["level"] in {None, "junior"} and f["spec"] is None else 1


def backend_uk_80k(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    uk = in_uk(f) or f["remote"] in {"uk", "europe"}
    if not uk and f["remote"] != "global":
        return 0
    pay = yearly(f, "GBP")
    if f["pay"] and (pay is None or pay < 80000):
        return 0
    if uk and f["role"] == "backend" and pay:
        return 2
    return 1


def staff_backend_go(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "go") < 2:
        return 0
    if f["level"] == "staff":
        return 1 if f["role"] == "fullstack" else 2
    return 1 if f["level"] in {"senior", "principal", "lead", None} else 0


def pharmacist(f: Facts) -> int:
    if f["role"] != "pharmacist":
        return 0
    return 1 if f["level"] == "manager" else 2


def rabbitmq_developer(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    if has(f, "rabbitmq"):
        return 2
    broker = has(f, "kafka", "sqs", "servicebus", "ibmmq")
    return 1 if broker and (dom(f, "microservices") or dom(f, "streaming")) else 0


def sql_server_developer(f: Facts) -> int:
    if f["role"] == "sql_dev":
        return 2 if has(f, "sqlserver") else 1
    return 1 if f["role"] in {"bi_dev", "backend"} and has(f, "sqlserver") and lang(f, "sql") else 0


def sped_teacher(f: Facts) -> int:
    if f["role"] == "teacher":
        return 2 if f["spec"] == "sped" else 1 if f["spec"] is None else 0
    return 1 if f["role"] == "sped_coordinator" else 0


def senior_backend_120k_remote(f: Facts) -> int:
    if f["remote"] is None or f["role"] not in CODERS:
        return 0
    pay = yearly(f)
    if pay is not None and pay < 120000:
        return 0
    lv = level_fit(f, "senior")
    if f["level"] in {"staff", "principal", "lead"}:
        lv = 1
    if not lv:
        return 0
    return 2 if lv == 2 and pay and f["role"] == "backend" else 1


def devops_docker_k8s_aws(f: Facts) -> int:
    if f["role"] != "devops":
        return 0
    if has(f, "aws") and has(f, "kubernetes", "docker"):
        return 2
    return 1 if has(f, "aws", "kubernetes", "docker") else 0


def electrician(f: Facts) -> int:
    if f["role"] != "electrician":
        return 0
    plain = f["level"] is None and f["spec"] is None
    return 2 if plain else 1


def python_data_engineer_gcp(f: Facts) -> int:
    if f["role"] != "data_eng":
        return 0
    py, gcp = lang(f, "python") == 2, has(f, "gcp")
    return 2 if py and gcp else 1 if py or gcp else 0


def junior_java(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "java") < 2:
        return 0
    return level_fit(f, "junior")


def senior_accountant(f: Facts) -> int:
    return level_fit(f, "senior") if f["role"] == "accountant" else 0


def backend_berlin_70k(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    berlin = "Berlin" in (f["location"] or "") and f["remote"] is None
    pay = yearly(f, "EUR")
    if f["pay"] and (pay is None or pay < 70000):
        return 0
    if berlin:
        return 2 if pay and f["role"] == "backend" else 1
    return 1 if f["remote"] in {"de", "eu", "europe", "emea", "global"} else 0


def mongodb_developer(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    return 2 if has(f, "mongodb") else 1 if has(f, "cassandra", "dynamodb", "cosmosdb") else 0


def police_officer(f: Facts) -> int:
    if f["role"] != "police":
        return 0
    return 2 if f["level"] is None and f["spec"] is None else 1


def principal_distributed(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    dist = dom(f, "distributed")
    if f["level"] == "principal":
        return 2 if dist else 1
    return 1 if dist and f["level"] in {"staff", None} else 0


def dotnet_remote_uk(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "csharp") < 2 or f["remote"] is None:
        return 0
    return 2 if f["remote"] == "uk" else 1 if f["remote"] in {"europe", "global"} else 0


def social_worker(f: Facts) -> int:
    if f["role"] != "social_worker":
        return 0
    return 1 if f["level"] in {"manager", "lead"} else 2


def python_fastapi_no_django(f: Facts) -> int:
    if f["role"] not in CODERS or lang(f, "python") < 2 or has(f, "django"):
        return 0
    if has(f, "fastapi"):
        return 1 if lang(f, "django") else 2
    return 1


def truck_driver_cdl(f: Facts) -> int:
    if f["role"] == "truck_driver":
        return 2 if f["licence"] == "cdl_a" else 1
    return 1 if f["role"] == "mvo" and f["level"] is None else 0


def lead_backend_payments(f: Facts) -> int:
    if f["role"] not in {"backend", "swe"}:
        return 0
    pay = dom(f, "payments")
    if f["level"] == "lead":
        return 2 if pay else 1
    return 1 if pay and f["level"] in {"senior", "staff", "principal"} else 0


RULES: list[Rule] = [
    ("senior python developer remote us", senior_python_remote_us, "2: senior backend/software role, Python main, remote in the US; 1: same with no level or staff+, Python only nice-to-have, a Python data-engineering role, or remote worldwide; 0: not remote US/worldwide, junior/mid, other roles"),
    ("java spring boot kafka backend", java_spring_kafka, "2: backend/software role, Java main, Spring and Kafka; 1: one of Spring and Kafka, or full-stack; 0: Java not main, neither, platform/other roles"),
    ("registered nurse emergency", rn_emergency, "2: registered nurse in an emergency department/ER/A&E; 1: ER nurse manager, or RN with no unit named; 0: RN of another unit, LPN, EMT, ED tech, NP"),
    ("sde ii aws", sde2_aws, "2: mid-level (II) software/backend/full-stack engineer with AWS; 1: mid-level without AWS, or no level stated with AWS; 0: junior/senior, support, systems/infra roles"),
    ("c# .net developer azure", csharp_azure, "2: coding role with C# main and Azure; 1: C# main without Azure, or C# one of several alternatives with Azure; 0: no C#, cloud/infra and game roles"),
    ("attorney", attorney, "2: a lawyer's job (attorney, counsel, solicitor, Rechtsanwalt) at any level; 0: paralegal, legal assistant, court reporter, recruiter, contracts manager"),
    ("golang backend remote eu", go_remote_eu, "2: backend/software role, Go main, remote open to the EU (EU, Europe, EMEA); 1: full-stack so, or remote Germany-only or worldwide; 0: remote US, on-site, platform roles, other languages"),
    ("nodejs typescript developer no php", node_ts_no_php, "2: coding role, Node.js main with TypeScript, no PHP; 1: Node.js without TypeScript, or PHP only nice-to-have; 0: PHP main, no Node.js, frontend only"),
    ("air traffic controller", atc, "2: an air traffic controller's job (trainee included); 1: supervisory controller or traffic-management/NOTAM/staff-support specialist; 0: air traffic assistant, dispatcher, airport operations, technician"),
    ("backend engineer £80k+ uk", backend_uk_80k, "2: backend role in the UK (or remote UK/Europe) paying at least £80k a year (day rates ×260); 1: pay not stated, full-stack/general software role so, or remote worldwide with the pay; 0: pay below or in another currency, outside the UK"),
    ("staff backend engineer golang", staff_backend_go, "2: staff backend/software engineer, Go main; 1: full-stack staff, or senior/principal/lead/unstated level; 0: mid/junior, platform and other roles, other languages"),
    ("pharmacist", pharmacist, "2: a pharmacist's job (clinical, retail, Apotheker); 1: supervisory pharmacist or pharmacy manager; 0: pharmacy technician/assistant, pharma sales"),
    ("rabbitmq developer", rabbitmq_developer, "2: coding role using RabbitMQ; 1: coding role on event-driven microservices or streaming with another broker (Kafka, SQS, Service Bus, IBM MQ); 0: another broker used in passing, broker administration, other roles"),
    ("sql server developer", sql_server_developer, "2: SQL/database developer on SQL Server; 1: database developer on another database, or BI/backend developer built on SQL Server; 0: DBA, analyst, technician"),
    ("special education teacher", sped_teacher, "2: special education (SEN, intervention specialist) teacher; 1: teacher post with no subject named, or special education coordinator; 0: paraprofessional, teaching assistant, other subjects, bus driver"),
    ("senior backend engineer 120k+ remote", senior_backend_120k_remote, "2: senior backend role, remote (any region), pay reaching $120k a year (€/£ converted); 1: pay not stated, level not stated or staff+, or a general software/full-stack role so; 0: pay below, not remote, other levels"),
    ("devops engineer docker kubernetes aws", devops_docker_k8s_aws, "2: DevOps engineer with AWS and Docker or Kubernetes; 1: DevOps with only some of them; 0: platform/SRE/cloud/architect roles, DevOps without any"),
    ("electrician", electrician, "2: an electrician's job (journeyman, maintenance, Elektroniker); 1: supervisor, apprentice, high-voltage, instructor or auto electrician; 0: electrician's mate, electrical engineer"),
    ("python data engineer gcp", python_data_engineer_gcp, "2: data engineer, Python main, on GCP; 1: data engineer with only one of Python and GCP; 0: backend, ML, analyst, other roles"),
    ("junior java developer", junior_java, "2: junior/entry/graduate coding role, Java main; 1: Java coding role with no level stated; 0: mid/senior, intern, JavaScript, QA"),
    ("senior accountant", senior_accountant, "2: senior accountant (tax included); 1: accountant with no level stated; 0: staff/junior/manager accountants, auditors, technicians, clerks"),
    ("backend developer berlin €70k", backend_berlin_70k, "2: backend role in Berlin (on-site or hybrid) paying at least €70k a year; 1: Berlin with pay not stated, full-stack so, or remote open to Germany (Germany, EU, Europe, worldwide) with the pay or pay not stated; 0: pay below, other cities, frontend"),
    ("mongodb nosql developer", mongodb_developer, "2: coding role using MongoDB; 1: coding role using another NoSQL store (Cassandra, DynamoDB, Cosmos DB); 0: DBA, architect and other roles"),
    ("police officer", police_officer, "2: a police officer's job (constable, lateral, entry-level); 1: sergeant/supervisor or instructor officer; 0: special agent, dispatcher, investigator, corrections, security"),
    ("principal software engineer distributed systems", principal_distributed, "2: principal software/backend engineer on distributed systems; 1: principal engineer elsewhere, or staff/unstated-level engineer on distributed systems; 0: senior, product/data-science roles"),
    (".net developer remote uk", dotnet_remote_uk, "2: C#/.NET coding role remote in the UK; 1: remote Europe (UK included) or worldwide; 0: on-site/hybrid, remote US, other languages"),
    ("social worker", social_worker, "2: a social worker's job (LCSW, children's, adults', telehealth, senior practitioner); 1: lead or supervisory social worker; 0: social services/work assistant, case manager, social media"),
    ("python fastapi developer no django", python_fastapi_no_django, "2: coding role, Python main with FastAPI, no Django; 1: Python coding role without FastAPI and without Django, or Django only nice-to-have; 0: Django used"),
    ("truck driver cdl", truck_driver_cdl, "2: truck driver with a Class A CDL; 1: truck driver with another licence (HGV, CE), or federal motor vehicle operator; 0: van/bus/forklift drivers, mechanics, dispatchers"),
    ("lead backend engineer payments", lead_backend_payments, "2: lead backend engineer on payments; 1: lead backend engineer elsewhere, or senior/staff/principal backend on payments; 0: frontend, operations, engineering managers"),
]  # fmt: skip

HAND: dict[tuple[str, str], int] = {}


def main() -> None:
    facts = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, ABOUT, "f8-q", RULES, facts, HAND)
    print_grades(HERE)


if __name__ == "__main__":
    main()
