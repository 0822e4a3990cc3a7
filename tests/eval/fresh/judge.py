# ruff: noqa: E501
"""Grades every posting of ``postings.jsonl`` for every query (run once, by hand, before any run).

Each query has a one-line rule; the rule is applied to the facts written beside each posting in
``build_postings.py`` (``facts.json``), and a few postings the facts cannot say are graded by hand
(``HAND``). Grades: 2 exactly what was asked, 1 acceptable, 0 not. ``judged.json`` keeps every
posting of grade 1 or 2 per query; the rest are 0. Queries alternate between the dev half (odd
positions: 1st, 3rd, ...) and the test half (even positions).

Shared conventions: backend means server-side individual-contributor software engineering
(kind ``be``); full-stack is at most 1; frontend, data engineering, SRE/DevOps/platform
infrastructure, QA/SDET, mobile, managers, solutions architects, support, sales, writers,
recruiters, ML, security, DBAs, embedded and coffee are 0 for a backend or language search. Pay
is compared a year, converted to the asked currency (USD 1, EUR 1.08, GBP 1.27, CAD 0.73,
PLN 0.25, NOK 0.093, SEK 0.095, INR 0.012 US dollars); unstated pay is 1 at most.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.eval.fresh.judging import write_judged

HERE = Path(__file__).resolve().parent
USD = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "CAD": 0.73,
    "PLN": 0.25,
    "NOK": 0.093,
    "SEK": 0.095,
    "INR": 0.012,
}
OPEN_TO = {
    "US": {"US", "NA", "AMERICAS", "ANY"},
    "CA": {"CA", "NA", "AMERICAS", "ANY"},
    "DE": {"DE", "EU", "EUROPE", "EMEA", "ANY"},
    "UK": {"UK", "EUROPE", "EMEA", "ANY"},
}
SENIOR_UP = {"staff", "principal", "lead"}
ENTRY = {"junior", "grad"}

F = dict[str, Any]


def langs(f: F) -> set[str]:
    return set(f.get("l", []))


def places(f: F) -> set[str]:
    return set(f.get("at", []))


def elig(f: F) -> set[str]:
    return set(f.get("e", []))


def topics(f: F) -> set[str]:
    return set(f.get("x", []))


def remote_to(f: F, country: str) -> bool:
    return bool(elig(f) & OPEN_TO[country])


def pay(f: F, currency: str) -> tuple[float, float] | None:
    if not f.get("pay"):
        return None
    lo, hi, cur = f["pay"]
    rate = USD[cur] / USD[currency]
    return lo * rate, hi * rate


def pay_grade(f: F, floor: float, currency: str) -> int:
    """2 when the whole range reaches the floor, 1 when its top does or pay is unstated."""
    got = pay(f, currency)
    if got is None:
        return 1
    lo, hi = got
    return 2 if lo >= floor else 1 if hi >= floor else 0


def role(f: F, lang: str | None = None) -> int:
    """2 backend (in the language), 1 full-stack (in the language), else 0."""
    if lang is not None and lang not in langs(f):
        return 0
    return {"be": 2, "fs": 1}.get(f["k"], 0)


def q_senior_python(f: F) -> int:
    g = role(f, "python")
    lv = f["lv"]
    if not g or lv in {"mid", "junior", "grad", "student", "intern"}:
        return 0
    return min(g, 2 if lv == "senior" else 1)


def q_golang_remote_us(f: F) -> int:
    return role(f, "go") if remote_to(f, "US") else 0


def q_sde_ii(f: F) -> int:
    if f["lv"] != "mid":
        return 0
    return {"be": 2, "fs": 2, "fe": 1}.get(f["k"], 0)


def q_java_remote_or_berlin(f: F) -> int:
    ok = "Berlin" in places(f) or remote_to(f, "DE")
    return role(f, "java") if ok else 0


def q_backend_no_php(f: F) -> int:
    if "php" in langs(f):
        return 0
    g = role(f)
    return min(g, 1) if f["lv"] in {"student", "intern"} else g


def q_backend_120k(f: F) -> int:
    g = role(f)
    return min(g, pay_grade(f, 120000, "USD")) if g else 0


def q_gbp_80k_uk(f: F) -> int:
    g = role(f)
    if not g or not ("UK" in places(f) or remote_to(f, "UK")):
        return 0
    return min(g, pay_grade(f, 80000, "GBP"))


def q_csharp_dotnet(f: F) -> int:
    return role(f, "csharp")


def q_kotlin_backend(f: F) -> int:
    return role(f, "kotlin")


def q_rust_engineer(f: F) -> int:
    if f["k"] == "emb" and "rust" in langs(f):
        return 1
    return role(f, "rust")


def q_rails_remote(f: F) -> int:
    return role(f, "ruby") if elig(f) else 0


def q_php_laravel(f: F) -> int:
    g = role(f, "php")
    return g if g and f["_laravel"] else min(g, 1)


def q_scala(f: F) -> int:
    if f["k"] == "de" and "scala" in langs(f):
        return 1
    return role(f, "scala")


def q_staff_backend(f: F) -> int:
    g = role(f)
    if f["lv"] == "staff":
        return g
    return min(g, 1) if f["lv"] in {"principal", "lead"} else 0


def q_junior_python(f: F) -> int:
    g = role(f, "python")
    if f["lv"] in ENTRY:
        return g
    return min(g, 1) if f["lv"] in {"student", "intern"} else 0


def q_backend_kafka(f: F) -> int:
    return role(f) if "kafka" in topics(f) else 0


def q_java_munich(f: F) -> int:
    g = role(f, "java")
    if "Munich" in places(f):
        return g
    return min(g, 1) if remote_to(f, "DE") else 0


def q_backend_k8s_aws(f: F) -> int:
    n = len(topics(f) & {"k8s", "aws"})
    return 0 if not n else min(role(f), 2 if n == 2 else 1)


def q_python_typo(f: F) -> int:
    g = role(f, "python")
    return min(g, 1) if f["lv"] in {"student", "intern"} else g


def q_backend_not_senior(f: F) -> int:
    g = role(f)
    if f["lv"] in {"senior", *SENIOR_UP}:
        return 0
    return min(g, 1) if f["lv"] in {"student", "intern"} else g


def q_senior_node_remote_europe(f: F) -> int:
    g = role(f, "node")
    e = elig(f)
    if not g or not e:
        return 0
    if e & {"EU", "EUROPE", "EMEA", "ANY"}:
        wide = True
    elif e & {"DE", "UK", "PL"}:
        wide = False
    else:
        return 0
    if f["lv"] in {"mid", "junior", "grad", "student", "intern"}:
        return 0
    return 2 if wide and f["lv"] == "senior" and g == 2 else 1


def q_werkstudent_backend(f: F) -> int:
    g = role(f)
    return g if f["lv"] == "student" else min(g, 1) if f["lv"] == "intern" else 0


def q_principal_distributed(f: F) -> int:
    if f["lv"] != "principal" or f["k"] != "be":
        return 0
    return 2 if "distributed" in topics(f) else 1


def q_dotnet_azure_remote_canada(f: F) -> int:
    g = role(f, "csharp")
    if not g or not remote_to(f, "CA"):
        return 0
    return g if "azure" in topics(f) else min(g, 1)


def q_payments(f: F) -> int:
    return role(f) if "payments" in topics(f) else 0


def q_grad_london(f: F) -> int:
    if "London" not in places(f):
        return 0
    g = role(f) or (1 if f["k"] in {"fe"} else 0)
    return g if f["lv"] == "grad" else min(g, 1) if f["lv"] == "junior" else 0


Q = [
    (
        "senior backend engineer python",
        q_senior_python,
        "backend in Python; senior (Sr, Snr, III, L5, E5) 2, staff/principal/lead or level unstated 1, full-stack 1 at most",
    ),
    (
        "golang remote us",
        q_golang_remote_us,
        "Go backend, remote and open to US residents (US, US & Canada, Americas, anywhere); full-stack 1",
    ),
    (
        "sde ii",
        q_sde_ii,
        "software engineer at the mid level (II, 2, L4, mid-level) in backend or full-stack 2, frontend 1; unlevelled, other levels, SDET, SRE 0",
    ),
    (
        "java backend remote or berlin",
        q_java_remote_or_berlin,
        "Java backend in Berlin (any workplace) or remote open to Germany (DE, EU, Europe, EMEA, anywhere); full-stack 1",
    ),
    (
        "backend developer no php",
        q_backend_no_php,
        "backend whose own stack is not PHP (PHP+Go migration 0); full-stack 1, interns and Werkstudenten 1",
    ),
    (
        "backend engineer 120k+",
        q_backend_120k,
        "backend paying at least $120k a year (converted): whole range 2, top of range or unstated 1; full-stack 1 at most",
    ),
    (
        "£80k+ uk backend",
        q_gbp_80k_uk,
        "backend in the UK or remote open to the UK (UK, Europe, EMEA, anywhere) paying £80k+ (converted, day rates x260): range 2, top or unstated 1",
    ),
    (
        "c# .net developer",
        q_csharp_dotnet,
        "backend in C#/.NET 2, full-stack .NET 1, any level or place",
    ),
    (
        "kotlin backend",
        q_kotlin_backend,
        "backend with Kotlin a main language 2 (Java-or-Kotlin too); Android 0",
    ),
    (
        "rust engineer",
        q_rust_engineer,
        "backend in Rust 2 (Go-or-Rust too), embedded Rust 1, writers of Rust docs 0",
    ),
    (
        "ruby on rails developer remote",
        q_rails_remote,
        "Ruby/Rails backend that is remote (any region) 2, full-stack Rails remote 1; onsite/hybrid 0",
    ),
    (
        "php laravel developer",
        q_php_laravel,
        "PHP backend naming Laravel 2, other PHP backend (Symfony, WordPress, PHP+Go) 1",
    ),
    ("scala developer", q_scala, "backend in Scala 2, data engineer in Scala 1"),
    (
        "staff backend engineer",
        q_staff_backend,
        "backend at staff level 2 (hiring at several levels incl. staff 1), principal or lead 1, others 0",
    ),
    (
        "junior python developer",
        q_junior_python,
        "Python backend at junior or graduate level 2; Werkstudent/intern 1; unlevelled 0",
    ),
    (
        "backend engineer kafka",
        q_backend_kafka,
        "backend whose stack includes Kafka; data/SRE/sales with Kafka 0",
    ),
    (
        "softwareentwickler java münchen",
        q_java_munich,
        "Java backend in Munich 2; remote open to Germany 1; manager 0",
    ),
    (
        "backend developer kubernetes aws",
        q_backend_k8s_aws,
        "backend with both Kubernetes and AWS 2, with one of them 1; DevOps/SRE 0",
    ),
    (
        "pyhton backend developer",
        q_python_typo,
        "typo for python: Python backend 2 (Werkstudent/intern 1), full-stack Python 1",
    ),
    (
        "backend engineer not senior",
        q_backend_not_senior,
        "backend not senior or above (junior, graduate, mid, unlevelled 2; intern/Werkstudent 1; several levels 1)",
    ),
    (
        "senior node js engineer remote europe",
        q_senior_node_remote_europe,
        "senior Node.js backend remote open to Europe wide (EU, Europe, EMEA, anywhere) 2; one European country only, lead/staff or unlevelled 1",
    ),
    (
        "werkstudent backend",
        q_werkstudent_backend,
        "backend Werkstudent 2, backend intern 1; junior/graduate 0",
    ),
    (
        "principal engineer distributed systems",
        q_principal_distributed,
        "principal backend engineer in distributed systems 2, other principal backend engineers 1",
    ),
    (
        "dotnet azure remote canada",
        q_dotnet_azure_remote_canada,
        "C#/.NET backend remote open to Canada (Canada, US & Canada, Americas, anywhere) with Azure 2, without 1",
    ),
    (
        "software engineer payments platform",
        q_payments,
        "backend working on payments (cards, ledgers, payouts, exchanges, payroll) 2; writers 0",
    ),
    (
        "graduate software engineer london",
        q_grad_london,
        "software engineer graduate role in London 2, junior in London 1; elsewhere 0",
    ),
]

# Facts the fact sheet does not carry, decided by reading the posting.
HAND: dict[tuple[str, str], int] = {
    ("staff backend engineer", "fresh:080"): 1,  # hiring at mid, senior and staff levels
    ("backend engineer not senior", "fresh:080"): 1,
    ("sde ii", "fresh:039"): 1,  # Junior/Mid
    ("senior backend engineer python", "fresh:084"): 1,  # C++, Python and Hack
    ("pyhton backend developer", "fresh:084"): 1,
    ("ruby on rails developer remote", "fresh:094"): 1,  # Ruby or Python, no Rails
    ("software engineer payments platform", "fresh:087"): 1,  # banking APIs, not payments
    ("software engineer payments platform", "fresh:058"): 1,  # exchange matching and settlement
    ("software engineer payments platform", "fresh:173"): 0,  # trading services
    ("software engineer payments platform", "fresh:066"): 1,  # payroll tax
    ("software engineer payments platform", "fresh:046"): 1,  # consumer lending
}


def main() -> None:
    facts: dict[str, F] = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (HERE / "postings.jsonl").read_text().splitlines()]
    for row in rows:
        text = " ".join([row["title"], row["description"], *row["tags"]]).lower()
        facts[row["id"]]["_laravel"] = "laravel" in text
    write_judged(HERE, __doc__, "f", Q, facts, HAND)


if __name__ == "__main__":
    main()
