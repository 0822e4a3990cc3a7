# ruff: noqa: E501
"""Grades every posting of ``postings.jsonl`` for every query (run once, by hand, before any run).

The queries imitate what people type into a job search box. Each has a one-line rule, written
before any run; the rule is applied to the facts written beside each posting in
``build_postings.py`` (``facts.json``), and the few postings the facts cannot say are graded by
hand (``HAND``). Grades: 2 exactly what was asked, 1 acceptable, 0 not, as a demanding job
seeker would judge. ``judged.json`` keeps every posting of grade 1 or 2 per query; the rest are
0. Odd positions (1st, 3rd, ...) are the dev half, even positions the test half.

Shared conventions: backend means server-side individual-contributor software engineering (kind
``be``); full-stack is 1 at most for a backend or language search; frontend, data, SRE/DevOps/
platform, QA, mobile, managers, solutions/sales/support engineers, recruiters (even recruiters of
backend engineers), writers, ML, security, DBAs, embedded and unrelated jobs are 0 for a backend
or language search. Interns are 1 at most unless asked for. A language asked is met when the
posting's main languages include it (Node.js/JavaScript: ``node``). Pay is compared a year,
converted (USD 1, EUR 1.08, GBP 1.27, CAD 0.73, CHF 1.13, PLN 0.25, NOK 0.093, SEK 0.095); a
floor is 2 when the whole range reaches it, 1 when only its top does or pay is unstated; a
contract's day or hour rate is 1 at most for a salary floor. A bare floor ("120k+") is read in
the currency of the place asked. A place asked is met by working there (the posting's places);
remote roles count for a place only as the rule says. Remote eligibility is what the posting says
about who may apply: "Remote (US)" is not open to Europe, "Remote – EU" is not open to the UK or
the US, "Remote (UK)" only to the UK, "Worldwide"/"anywhere" to all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.eval.fresh.judging import write_judged

HERE = Path(__file__).resolve().parent
USD = {
    "USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "CHF": 1.13, "PLN": 0.25, "NOK": 0.093,
    "SEK": 0.095,
}  # fmt: skip
REGION_EUROPE = {"EU", "EUROPE", "EMEA", "ANY"}
EUROPEAN = {"UK", "DE", "NL", "ES", "PT", "IE", "FR", "PL", "SE", "NO", "CH", "AT", "BE", "IT"}
OPEN_TO = {
    "US": {"US", "NA", "AMERICAS", "ANY"},
    "CA": {"CA", "NA", "AMERICAS", "ANY"},
    "UK": {"UK", "EUROPE", "EMEA", "ANY"},
    "DE": {"DE", "EU", "EUROPE", "EMEA", "ANY"},
}
LOW = {"intern", "grad", "junior"}
ABOVE_SENIOR = {"staff", "principal", "lead"}
SWE = {"be", "fs", "plat", "sre", "emb"}

F = dict[str, Any]


def langs(f: F) -> set[str]:
    return set(f.get("l", []))


def places(f: F) -> set[str]:
    return set(f.get("at", []))


def elig(f: F) -> set[str]:
    return set(f.get("e", []))


def topics(f: F) -> set[str]:
    return set(f.get("x", []))


def remote(f: F) -> bool:
    return bool(elig(f))


def remote_to(f: F, country: str) -> bool:
    return bool(elig(f) & OPEN_TO[country])


def contract(f: F) -> bool:
    return f.get("ct") == "contract"


def pay_grade(f: F, floor: float, currency: str) -> int:
    if not f.get("pay"):
        return 1
    lo, hi, cur = f["pay"]
    rate = USD[cur] / USD[currency]
    g = 2 if lo * rate >= floor else 1 if hi * rate >= floor else 0
    return min(g, 1) if contract(f) else g


def role(f: F, lang: str | None = None) -> int:
    """2 backend (in the language), 1 full-stack (in the language), else 0; interns 1 at most."""
    if lang is not None and lang not in langs(f):
        return 0
    g = {"be": 2, "fs": 1}.get(f["k"], 0)
    return min(g, 1) if f["lv"] == "intern" else g


def senior_grade(f: F) -> int:
    """2 senior, 1 above senior or unlevelled, 0 below senior."""
    lv = f["lv"]
    return 2 if lv == "senior" else 1 if lv in ABOVE_SENIOR | {"none"} else 0


def q_senior_py_berlin(f: F) -> int:
    if "php" in langs(f) or not ("Berlin" in places(f) or remote_to(f, "DE")):
        return 0
    return min(role(f, "python"), senior_grade(f), pay_grade(f, 120000, "EUR"))


def q_go_remote_us(f: F) -> int:
    return role(f, "go") if remote_to(f, "US") else 0


def q_uk_80k(f: F) -> int:
    if not ("UK" in places(f) or remote_to(f, "UK")):
        return 0
    return min(role(f), pay_grade(f, 80000, "GBP"))


def q_node_london(f: F) -> int:
    g = role(f, "node")
    if "London" in places(f):
        return g
    return min(g, 1) if remote_to(f, "UK") else 0


def q_sde2(f: F) -> int:
    if f["lv"] != "mid":
        return 0
    return {"be": 2, "fs": 2, "fe": 1, "mob": 1, "ios": 1, "android": 1, "emb": 1}.get(f["k"], 0)


def q_principal_distributed(f: F) -> int:
    if f["k"] not in SWE:
        return 0
    dist = "distributed" in topics(f)
    if f["lv"] == "principal":
        return 1 if f["k"] == "emb" or not dist else 2
    return 1 if f["lv"] == "staff" and dist else 0


def q_java_micro_kafka(f: F) -> int:
    n = len(topics(f) & {"micro", "kafka"})
    return min(role(f, "java"), n)


def q_csharp_azure_hybrid(f: F) -> int:
    g = role(f, "csharp")
    n = (f["m"] == "hybrid") + ("azure" in topics(f))
    return min(g, n)


def q_staff_payments(f: F) -> int:
    if f["k"] not in {"be", "fs", "plat"}:
        return 0
    t = topics(f)
    if f["lv"] == "staff":
        return 2 if "payments" in t else 1 if "fintech" in t else 0
    return 1 if f["lv"] in {"principal", "lead"} and "payments" in t else 0


def q_python_dev(f: F) -> int:
    if f["k"] == "de" and "python" in langs(f):
        return 1
    return role(f, "python")


def q_k8s_platform(f: F) -> int:
    k8s = "k8s" in topics(f)
    if f["k"] == "plat":
        return 2 if k8s else 1
    return 1 if f["k"] in {"sre", "devops"} and k8s else 0


def q_data_eng_spark(f: F) -> int:
    if f["k"] != "de":
        return 0
    return 2 if "spark" in topics(f) else 1


def q_remote_europe(f: F) -> int:
    g = role(f)
    e = elig(f)
    if e & REGION_EUROPE:
        return g
    return min(g, 1) if e & EUROPEAN else 0


def q_senior_java_munich(f: F) -> int:
    g = role(f, "java")
    if "Munich" in places(f):
        return min(g, 2 if f["lv"] == "senior" else 0 if f["lv"] in LOW | {"intern"} else 1)
    return min(g, 1) if remote_to(f, "DE") and f["lv"] == "senior" else 0


def q_entry_backend(f: F) -> int:
    if f["lv"] in {"junior", "grad"}:
        return {"be": 2, "fs": 1}.get(f["k"], 0)
    return 1 if f["lv"] == "intern" and f["k"] == "be" else 0


def q_django_remote(f: F) -> int:
    if not remote(f):
        return 0
    g = role(f, "python")
    return g if "django" in topics(f) else min(g, 1)


def q_go_kafka(f: F) -> int:
    if "go" not in langs(f):
        return 0
    t = topics(f)
    if f["k"] == "de":
        return 1 if "kafka" in t else 0
    g = role(f, "go")
    return g if "kafka" in t else min(g, 1) if "mq" in t else 0


def q_senior_node_ts_remote(f: F) -> int:
    g = role(f, "node")
    if not remote(f):
        return 0
    ts = "ts" in langs(f)
    if f["lv"] == "senior":
        return g if ts else min(g, 1)
    return min(g, 1) if ts and f["lv"] in ABOVE_SENIOR | {"none"} else 0


def q_mongodb(f: F) -> int:
    return role(f) if "mongodb" in topics(f) else 0


def q_lead_fintech(f: F) -> int:
    g = role(f)
    t = topics(f)
    fin = bool(t & {"fintech", "payments"})
    if f["lv"] == "lead":
        return g if fin and "crypto" not in t else min(g, 1)
    return min(g, 1) if f["lv"] in {"staff", "principal"} and fin else 0


def q_contract(f: F) -> int:
    return role(f) if contract(f) else 0


def q_kotlin(f: F) -> int:
    return role(f, "kotlin")


def q_senior_remote_canada(f: F) -> int:
    g = role(f)
    if remote_to(f, "CA"):
        return min(g, senior_grade(f))
    return min(g, 1) if "CA" in places(f) and f["lv"] == "senior" else 0


def q_nyc(f: F) -> int:
    g = role(f)
    if "NYC" in places(f):
        return g
    return min(g, 1) if remote_to(f, "US") else 0


def q_sre(f: F) -> int:
    return {"sre": 2, "devops": 1, "plat": 1}.get(f["k"], 0)


def q_python_150k_remote(f: F) -> int:
    if not remote(f):
        return 0
    return min(role(f, "python"), pay_grade(f, 150000, "USD"))


def q_js_backend(f: F) -> int:
    return role(f, "node")


def q_gcp_pg(f: F) -> int:
    t = topics(f)
    if "gcp" not in t:
        return 0
    return role(f) if "pg" in t else min(role(f), 1)


def q_senior_emea_no_crypto(f: F) -> int:
    if "crypto" in topics(f):
        return 0
    g = min(role(f), senior_grade(f))
    e = elig(f)
    if e & REGION_EUROPE:
        return g
    return min(g, 1) if e & (EUROPEAN | {"IL"}) else 0


def q_ml_python(f: F) -> int:
    py = "python" in langs(f)
    if f["k"] == "ml":
        return 2 if py else 1
    return 1 if f["k"] == "ds" and py else 0


Q: list[tuple[str, Callable[[F], int], str]] = [
    (
        "senior backend python, remote or Berlin, no PHP, 120k+",
        q_senior_py_berlin,
        "senior Python backend in Berlin or remote open to Germany, no PHP in the stack, paying €120k+ (whole range 2, top or unstated 1); staff/lead/unlevelled 1; full-stack 1",
    ),
    (
        "golang developer remote us",
        q_go_remote_us,
        "Go backend, remote and open to US residents 2; full-stack Go 1; onsite/hybrid-only or remote elsewhere 0",
    ),
    (
        "backend engineer £80k+ uk",
        q_uk_80k,
        "backend in the UK (a UK place or remote open to the UK) paying £80k+ (whole range 2, top or unstated 1; day rates 1); full-stack 1",
    ),
    (
        "node.js backend london",
        q_node_london,
        "Node.js backend working in London 2; remote open to the UK 1; full-stack Node 1",
    ),
    (
        "sde ii",
        q_sde2,
        "backend or full-stack software engineer at mid level (II, L4, SDE II, mid-level) 2; frontend/mobile/embedded mid-level 1; SDET, SRE, data 0",
    ),
    (
        "principal software engineer distributed systems",
        q_principal_distributed,
        "principal software engineer on distributed systems 2; principal without distributed systems, principal embedded, or staff on distributed systems 1",
    ),
    (
        "java microservices kafka",
        q_java_micro_kafka,
        "Java backend with microservices and Kafka 2; with one of them 1; full-stack 1 at most",
    ),
    (
        "c# .net backend azure hybrid",
        q_csharp_azure_hybrid,
        "C#/.NET backend, hybrid, on Azure 2; with one of hybrid/Azure 1; full-stack 1 at most; game developers 0",
    ),
    (
        "staff engineer payments",
        q_staff_payments,
        "staff software engineer in payments 2; staff in other fintech, or principal/lead in payments 1; managers, PMs, staff accountants 0",
    ),
    (
        "pyhton developer",
        q_python_dev,
        "Python backend developer 2; full-stack Python or Python data engineer 1; ML, QA, teachers 0",
    ),
    (
        "kubernetes platform engineer",
        q_k8s_platform,
        "platform engineer working on Kubernetes 2; platform without Kubernetes, or SRE/DevOps on Kubernetes 1",
    ),
    (
        "data engineer spark",
        q_data_eng_spark,
        "data engineer using Spark 2; other data engineers 1; data scientists and ML 0",
    ),
    (
        "backend developer remote europe",
        q_remote_europe,
        "backend remote open across Europe (EU, Europe, EMEA, worldwide) 2; remote open to one European country 1; full-stack 1 at most",
    ),
    (
        "senior java developer munich",
        q_senior_java_munich,
        "senior Java backend in Munich 2; other levels of Java backend in Munich, or senior Java remote open to Germany 1; full-stack 1 at most",
    ),
    (
        "entry level backend developer",
        q_entry_backend,
        "junior or graduate backend 2; backend intern or junior full-stack 1; mid-level and up 0",
    ),
    (
        "python django remote",
        q_django_remote,
        "remote (any region) Python backend with Django 2; remote Python backend without Django 1; full-stack 1",
    ),
    (
        "golang kafka",
        q_go_kafka,
        "Go backend with Kafka 2; Go backend with another message queue, or Go data engineer with Kafka 1",
    ),
    (
        "senior node developer typescript remote",
        q_senior_node_ts_remote,
        "senior Node.js backend with TypeScript, remote (any region) 2; senior Node without TypeScript, or staff/lead/unlevelled Node+TS remote 1; full-stack 1",
    ),
    (
        "backend engineer mongodb",
        q_mongodb,
        "backend using MongoDB 2; full-stack with MongoDB 1; MongoDB DBAs 0",
    ),
    (
        "lead backend engineer fintech",
        q_lead_fintech,
        "lead backend in fintech/payments 2; lead in crypto or outside fintech, or staff/principal in fintech 1; managers 0",
    ),
    (
        "contract backend developer",
        q_contract,
        "backend contract or freelance role 2; full-stack contract 1; permanent roles 0",
    ),
    (
        "kotlin backend",
        q_kotlin,
        "backend in Kotlin 2; full-stack Kotlin 1; Android 0",
    ),
    (
        "sr software engineer backend remote canada",
        q_senior_remote_canada,
        "senior backend remote open to Canada 2; staff/lead/unlevelled remote open to Canada, or senior onsite/hybrid in Canada 1; full-stack 1",
    ),
    (
        "backend engineer nyc",
        q_nyc,
        "backend working in New York City 2; remote open to the US 1; full-stack 1",
    ),
    (
        "site reliability engineer",
        q_sre,
        "site reliability / production engineer 2; DevOps or platform 1",
    ),
    (
        "python backend $150k remote",
        q_python_150k_remote,
        "remote (any region) Python backend paying $150k+ converted (whole range 2, top or unstated 1; hourly contracts 1); full-stack 1",
    ),
    (
        "javascript backend engineer",
        q_js_backend,
        "backend in JavaScript/TypeScript on Node.js 2; full-stack Node 1; frontend 0",
    ),
    (
        "backend engineer gcp postgres",
        q_gcp_pg,
        "backend on GCP with PostgreSQL 2; on GCP with another database 1; PostgreSQL on another cloud 0",
    ),
    (
        "senior backend engineer, no crypto, remote EMEA",
        q_senior_emea_no_crypto,
        "senior backend remote open across EMEA/Europe/EU/worldwide, not crypto 2; remote open to one EMEA country, or staff/lead/unlevelled 1; crypto 0",
    ),
    (
        "machine learning engineer python",
        q_ml_python,
        "ML engineer working in Python 2; ML engineer in another language or data scientist in Python 1",
    ),
]

# Facts the fact sheet does not carry, decided by reading the posting.
HAND: dict[tuple[str, str], int] = {
    # an architect title and a distinguished engineer: acceptable, not exactly a principal engineer
    ("principal software engineer distributed systems", "fresh3:071"): 1,
    ("principal software engineer distributed systems", "fresh3:115"): 1,
}


def main() -> None:
    facts: dict[str, F] = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, __doc__, "h", Q, facts, HAND)


if __name__ == "__main__":
    main()
