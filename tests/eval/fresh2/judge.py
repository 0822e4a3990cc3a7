# ruff: noqa: E501
"""Grades every posting of ``postings.jsonl`` for every query (run once, by hand, before any run).

Each query has a one-line rule, written before any run; the rule is applied to the facts written
beside each posting in ``build_postings.py`` (``facts.json``), and the few postings the facts
cannot say are graded by hand (``HAND``). Grades: 2 exactly what was asked, 1 acceptable, 0 not,
as a demanding job seeker would judge. ``judged.json`` keeps every posting of grade 1 or 2 per
query; the rest are 0. Odd positions (1st, 3rd, ...) are the dev half, even positions the test
half.

Shared conventions: backend means server-side individual-contributor software engineering (kind
``be``); full-stack is 1 at most for a backend or language search; frontend, data, SRE/DevOps/
platform, QA, mobile, managers, solutions/sales/support engineers, recruiters, writers, ML,
security, DBAs, embedded and unrelated jobs are 0 for a backend or language search. Interns and
Werkstudenten are 1 at most unless asked for. Pay is compared a year, converted (USD 1, EUR
1.08, GBP 1.27, CAD 0.73, PLN 0.25, NOK 0.093, SEK 0.095); a floor is 2 when the whole range
reaches it, 1 when only its top does or pay is unstated. A place asked is met by working there
(onsite or hybrid); remote roles count for a place only as the rule says. Remote eligibility is
what the posting says about who may apply: "Remote (US)" is not open to Europe, "Remote – EU" is
not open to the UK or the US, "Remote, UK only" only to the UK, "Worldwide"/"anywhere" to all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.eval.fresh.judging import write_judged

HERE = Path(__file__).resolve().parent
USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "PLN": 0.25, "NOK": 0.093, "SEK": 0.095}
EU = {"DE", "NL", "ES", "PT", "IE", "FR", "PL", "SE", "AT", "BE", "IT", "DK", "FI"}
EMEA = EU | {"UK", "CH", "NO", "IL", "AE", "ZA"}
OPEN_TO = {
    "US": {"US", "NA", "AMERICAS", "ANY"},
    "UK": {"UK", "EUROPE", "EMEA", "ANY"},
    "DE": {"DE", "EU", "EUROPE", "EMEA", "ANY"},
}
LOW = {"intern", "grad", "junior"}

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


def q_sr_golang_remote_us(f: F) -> int:
    g = role(f, "go")
    if not g or not remote_to(f, "US"):
        return 0
    lv = f["lv"]
    return min(g, 2 if lv == "senior" else 0 if lv in LOW | {"mid", "intern"} else 1)


def q_python_remote_eu(f: F) -> int:
    g = role(f, "python")
    e = elig(f)
    if e & {"EU", "EUROPE", "EMEA", "ANY"}:
        return g
    return min(g, 1) if e & EU else 0


def q_k8s_platform(f: F) -> int:
    k8s = "k8s" in topics(f)
    if f["k"] == "plat":
        return 2 if k8s else 1
    return 1 if f["k"] in {"sre", "devops"} and k8s else 0


def q_london_90k(f: F) -> int:
    g = role(f)
    if not g or f["lv"] in LOW:
        return 0
    if "London" in places(f):
        return min(g, pay_grade(f, 90000, "GBP"))
    return min(1, g, pay_grade(f, 90000, "GBP")) if remote_to(f, "UK") else 0


def q_data_eng_spark_remote(f: F) -> int:
    if f["k"] != "de" or not remote(f):
        return 0
    return 2 if "spark" in topics(f) else 1


def q_java_no_crypto(f: F) -> int:
    return 0 if "crypto" in topics(f) else role(f, "java")


def q_l5_distributed(f: F) -> int:
    g = role(f)
    if not g or "distributed" not in topics(f) or f["lv"] in LOW | {"mid"}:
        return 0
    return min(g, 2 if f["lv"] == "senior" else 1)


def q_mid_node(f: F) -> int:
    g = role(f, "node")
    return min(g, 2 if f["lv"] == "mid" else 1 if f["lv"] == "none" else 0)


def q_staff_payments(f: F) -> int:
    x, lv, k = topics(f), f["lv"], f["k"]
    if k == "be" and "payments" in x:
        return 2 if lv == "staff" else 1 if lv in {"sstaff", "principal"} else 0
    if k == "be" and "fintech" in x and lv == "staff":
        return 1
    return 1 if k in {"sre", "plat"} and "payments" in x and lv == "staff" else 0


def q_sre_emea(f: F) -> int:
    where = places(f) | elig(f)
    if not where & (EMEA | {"EU", "EUROPE", "EMEA", "ANY"}):
        return 0
    return 2 if f["k"] == "sre" else 1 if f["k"] in {"devops", "plat"} else 0


def q_ts_backend(f: F) -> int:
    if "ts" in langs(f):
        return role(f)
    return min(1, role(f, "node"))


def q_senior_staff(f: F) -> int:
    if f["lv"] == "sstaff" and f["k"] in {"be", "fs", "fe", "mob", "ios", "android", "ml", "plat"}:
        return 2
    return 1 if f["lv"] in {"staff", "principal"} and f["k"] in {"be", "fs"} else 0


def q_backend_pg(f: F) -> int:
    return role(f) if "pg" in topics(f) else 0


def q_ios_remote(f: F) -> int:
    if not remote(f):
        return 0
    return 2 if f["k"] == "ios" else 1 if f["k"] == "mob" else 0


def q_qa_automation(f: F) -> int:
    return 0 if f["k"] != "qa" else 2 if "auto" in topics(f) else 1


def q_pm_payments(f: F) -> int:
    if f["k"] != "pm":
        return 0
    return 2 if "payments" in topics(f) else 1 if "fintech" in topics(f) else 0


def q_analyst_sql_tableau(f: F) -> int:
    tab = "tableau" in topics(f)
    if f["k"] == "da":
        return 2 if tab else 1
    return 1 if f["k"] == "ae" and tab else 0


def q_fintech_150k(f: F) -> int:
    g = role(f)
    x = topics(f)
    if not g or f["lv"] in LOW or not x & {"fintech", "payments", "crypto"}:
        return 0
    if not x & {"fintech", "payments"}:
        g = min(g, 1)
    return min(g, pay_grade(f, 150000, "USD"))


def q_streaming_kafka_flink(f: F) -> int:
    x = topics(f)
    if f["k"] not in {"be", "de"} or "streaming" not in x:
        return 0
    n = len(x & {"kafka", "flink"})
    return 2 if n == 2 else 1 if n == 1 else 0


def q_elixir(f: F) -> int:
    return role(f, "elixir")


def q_sde2_seattle(f: F) -> int:
    g = role(f)
    mid, sea = f["lv"] == "mid", "Seattle" in places(f)
    if mid and sea:
        return g
    if (mid and remote_to(f, "US")) or (sea and f["lv"] == "none"):
        return min(g, 1)
    return 0


def q_senior_rust_remote(f: F) -> int:
    g = role(f, "rust")
    if not g or not remote(f):
        return 0
    lv = f["lv"]
    return min(g, 2 if lv == "senior" else 1 if lv in {"staff", "principal", "none"} else 0)


def q_backend_berlin(f: F) -> int:
    g = role(f)
    if "Berlin" in places(f):
        return g
    return min(g, 1) if remote_to(f, "DE") else 0


def q_remote_uk_only(f: F) -> int:
    return role(f) if remote_to(f, "UK") else 0


def q_cpp_low_latency(f: F) -> int:
    g = role(f, "cpp")
    return g if "lowlat" in topics(f) else min(g, 1)


def q_backend_no_java(f: F) -> int:
    return 0 if "java" in langs(f) else role(f)


def q_data_platform_70k(f: F) -> int:
    x = topics(f)
    if f["k"] == "de":
        g = 2 if "dataplat" in x else 1
    elif f["k"] == "be" and "dataplat" in x:
        g = 1
    else:
        return 0
    return min(g, pay_grade(f, 70000, "EUR"))


def q_mid_python_django(f: F) -> int:
    g = role(f, "python")
    dj, lv = "django" in topics(f), f["lv"]
    if lv == "mid":
        return g if dj else min(g, 1)
    return min(g, 1) if dj and lv == "none" else 0


def q_devops_aws_tf_remote(f: F) -> int:
    if f["k"] not in {"devops", "sre", "plat"} or not remote(f):
        return 0
    n = len(topics(f) & {"aws", "terraform"})
    if f["k"] == "devops":
        return 2 if n == 2 else 1 if n else 0
    return 1 if n == 2 else 0


def q_em_backend(f: F) -> int:
    if f["k"] != "em":
        return 0
    x = topics(f)
    return 2 if "team=be" in x else 1 if "team=all" in x else 0


Q: list[tuple[str, Callable[[F], int], str]] = [
    (
        "sr golang engineer remote us",
        q_sr_golang_remote_us,
        "Go backend remote and open to US residents (US, US & Canada, Americas, worldwide); senior 2, staff/principal/lead/unlevelled 1, mid and below 0; full-stack 1",
    ),
    (
        "python backend remote eu",
        q_python_remote_eu,
        "Python backend remote open to the EU (EU, Europe, EMEA, worldwide) 2; remote in one EU country only 1; UK-only or US 0; full-stack 1",
    ),
    (
        "k8s platform engineer",
        q_k8s_platform,
        "platform/infrastructure engineer with Kubernetes 2, without 1; SRE/DevOps with Kubernetes 1; backend 0",
    ),
    (
        "backend dev london £90k+",
        q_london_90k,
        "backend working in London paying £90k+ (whole range 2, top or unstated 1); remote open to the UK 1 at most; juniors 0",
    ),
    (
        "data engineer spark remote",
        q_data_eng_spark_remote,
        "data engineer, remote (any region), with Spark 2, without 1; data scientists, analysts, analytics engineers 0",
    ),
    (
        "java developer no crypto",
        q_java_no_crypto,
        "Java backend at a company that is not crypto/blockchain 2; full-stack 1; crypto 0",
    ),
    (
        "L5 software engineer distributed systems",
        q_l5_distributed,
        "backend working on distributed systems at senior level (L5) 2; staff+/unlevelled 1; mid and below 0; without distributed systems 0",
    ),
    (
        "mid level node.js developer",
        q_mid_node,
        "Node.js backend mid level 2, unlevelled 1, senior/junior 0; full-stack 1 at most",
    ),
    (
        "staff engineer payments",
        q_staff_payments,
        "staff backend engineer on payments 2; senior staff/principal payments, staff fintech, staff SRE/platform for payments 1; unlevelled 0",
    ),
    (
        "sre emea",
        q_sre_emea,
        "site reliability engineer working in or remote open to EMEA (Europe, UK, Middle East, Africa) 2; DevOps/platform there 1",
    ),
    (
        "ts backend engineer",
        q_ts_backend,
        "backend in TypeScript 2; Node.js without TypeScript 1; full-stack TypeScript 1; frontend 0",
    ),
    (
        "senior staff software engineer",
        q_senior_staff,
        "any software engineer at senior staff level 2; backend/full-stack staff or principal 1",
    ),
    (
        "backend engineer pg",
        q_backend_pg,
        "backend whose stack includes PostgreSQL 2; full-stack 1; DBAs and support 0",
    ),
    (
        "ios developer remote",
        q_ios_remote,
        "iOS developer, remote (any region) 2; cross-platform mobile remote 1; onsite/hybrid 0",
    ),
    ("qa automation engineer", q_qa_automation, "QA/SDET doing test automation 2; manual QA 1"),
    (
        "product manager payments",
        q_pm_payments,
        "product manager for payments 2; PM in other fintech 1; other PMs and non-PMs 0",
    ),
    (
        "data analyst sql tableau",
        q_analyst_sql_tableau,
        "data/BI analyst with SQL and Tableau 2; analyst without Tableau 1; analytics engineer with Tableau 1; data scientists 0",
    ),
    (
        "backend enginer fintech 150k+",
        q_fintech_150k,
        "backend at a fintech/payments company paying $150k+ converted (whole range 2, top or unstated 1); crypto-only 1 at most; juniors 0",
    ),
    (
        "streaming engineer kafka flink",
        q_streaming_kafka_flink,
        "backend or data engineer on streaming with Kafka and Flink 2; streaming with one of them 1",
    ),
    ("elixir developer", q_elixir, "Elixir (or Erlang/Elixir) backend 2; full-stack Elixir 1"),
    (
        "sde ii backend seattle",
        q_sde2_seattle,
        "backend at mid level (II, L4, SDE II) in Seattle 2; mid remote open to the US or unlevelled in Seattle 1; SDET 0",
    ),
    (
        "senior rust engineer remote",
        q_senior_rust_remote,
        "Rust backend, remote (any region), senior 2; staff/principal/unlevelled 1; embedded 0",
    ),
    (
        "backend entwickler berlin",
        q_backend_berlin,
        "backend developer working in Berlin 2; remote open to Germany 1; full-stack 1",
    ),
    (
        "remote backend engineer uk only",
        q_remote_uk_only,
        "backend remote and open to UK residents (UK only, UK & Ireland, Europe incl. UK, EMEA, worldwide) 2; full-stack 1; EU-only 0",
    ),
    (
        "c++ low latency",
        q_cpp_low_latency,
        "C++ backend on low-latency systems 2; other C++ backend 1; embedded 0",
    ),
    (
        "backend engineer no java",
        q_backend_no_java,
        "backend whose stack has no Java (Kotlin is fine) 2; full-stack 1",
    ),
    (
        "data platform engineer €70k+",
        q_data_platform_70k,
        "data engineer on a data platform paying €70k+ converted (range 2, top or unstated 1); other data engineers or backend on a data platform 1 at most",
    ),
    (
        "mid-level python django",
        q_mid_python_django,
        "mid-level Python backend with Django 2; mid-level Python without Django or unlevelled Django 1",
    ),
    (
        "devops engineer aws terraform remote",
        q_devops_aws_tf_remote,
        "DevOps engineer remote with AWS and Terraform 2, with one 1; remote SRE/platform with both 1",
    ),
    (
        "engineering manager backend",
        q_em_backend,
        "engineering manager of backend engineers 2; head of engineering over all teams 1; managers of other teams 0",
    ),
]

# Facts the fact sheet does not carry, decided by reading the posting.
HAND: dict[tuple[str, str], int] = {
    # Foxglove Bio's "Backend Engineer (all levels)" hires at mid, senior and staff levels
    ("mid-level python django", "fresh2:103"): 1,
    ("senior staff software engineer", "fresh2:103"): 1,
}


def main() -> None:
    facts: dict[str, F] = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, __doc__, "g", Q, facts, HAND)


if __name__ == "__main__":
    main()
