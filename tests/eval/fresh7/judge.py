# ruff: noqa: E501
"""Writes ``judged.json`` of the seventh fresh set from ``facts.json`` (run once, by hand).

Every query's rule was written, in one line, before any run of the product on this set, and is
applied to the facts of each posting (what the posting says: role, level, main and nice-to-have
languages, tools, domain, place, remote region, pay; ``build_postings.py`` and ``written.py``):
grade 2 is what was asked, 1 acceptable, 0 not, as a demanding job seeker judges. A pay floor
holds when the top of the posting's range reaches it (hourly x 2080, daily x 220, monthly x 12),
in the floor's currency only; unknown pay is at best 1. Odd positions are the dev half.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.eval.fresh.judging import Facts, Rule, print_grades, write_judged

HERE = Path(__file__).resolve().parent
ABOUT = """
The seventh fresh set: 360 postings (34 Microsoft careers postings with full descriptions, 70
USAJOBS titles, 33 rows of the USAJOBS product-manager export with places, pay and remote, and
223 postings written for this set in the house styles of job boards) and 30 queries as people
type them (20 backend, 10 other fields), graded by one-line rules written before any run
(judge.py). See SOURCES.md.
"""

CODERS = {"backend", "swe", "fullstack", "platform"}
ABOVE_SENIOR = {"staff", "principal", "lead"}
PER_YEAR = {"year": 1, "hour": 2080, "day": 220, "month": 12}


def main_lang(f: Facts, lang: str) -> bool:
    return lang in f["langs"]


def nice_lang(f: Facts, lang: str) -> bool:
    return lang in f.get("nice", ())


def has(f: Facts, tool: str) -> bool:
    return tool in f.get("tech", ())


def dom(f: Facts, name: str) -> bool:
    return name in f.get("domain", ())


def at(f: Facts, *places: str) -> bool:
    return any(p in (f.get("location") or "") for p in places)


def remote(f: Facts, *regions: str) -> bool:
    return f.get("remote") in regions


def pay_floor(f: Facts, floor: float, currency: str) -> bool | None:
    """Whether the top of the range reaches floor (None: pay unknown)."""
    if not f.get("pay"):
        return None
    _, high, cur, period = f["pay"]
    return cur == currency and high * PER_YEAR[period] >= floor


def senior_python_remote_us(f: Facts) -> int:
    if not remote(f, "us", "global"):
        return 0
    if f["role"] == "backend" and main_lang(f, "python") and f["level"] == "senior":
        return 2
    coder = f["role"] in CODERS and main_lang(f, "python")
    backend_nice = f["role"] == "backend" and nice_lang(f, "python")
    return 1 if (coder or backend_nice) and f["level"] != "junior" else 0


def java_london_80k(f: Facts) -> int:
    if not main_lang(f, "java"):
        return 0
    pay = pay_floor(f, 80000, "GBP")
    if pay is False:
        return 0
    if at(f, "London") and f["role"] in {"backend", "swe", "fullstack"}:
        return 2 if pay and f["pay"][3] == "year" else 1
    if (at(f, "London") and f["role"] in {"platform", "data_eng"}) or (
        remote(f, "uk") and f["role"] in CODERS
    ):
        return 1
    return 0


def icu_nurse(f: Facts) -> int:
    if f["role"] != "nurse_rn":
        return 0
    if f.get("spec") == "icu":
        return 1 if f["level"] in {"manager", "lead"} else 2
    return 1 if f.get("spec") is None else 0


def go_remote_eu(f: Facts) -> int:
    if not remote(f, "eu", "global"):
        return 0
    if main_lang(f, "go") and f["role"] in CODERS:
        return 2
    if main_lang(f, "go") and f["role"] in {"sre", "devops", "data_eng"}:
        return 1
    return 1 if nice_lang(f, "go") and f["role"] in CODERS else 0


def csharp_dotnet(f: Facts) -> int:
    if main_lang(f, "csharp") and f["role"] in CODERS:
        return 2 if has(f, "dotnet") or len(f["langs"]) <= 2 else 1
    if main_lang(f, "csharp") and f["role"] in {"qa", "sre", "game_dev"}:
        return 1
    return 1 if nice_lang(f, "csharp") and f["role"] in CODERS else 0


def attorney(f: Facts) -> int:
    return 2 if f["role"] == "attorney" else 0


def node_no_php(f: Facts) -> int:
    if main_lang(f, "php"):
        return 0
    cap = 1 if nice_lang(f, "php") else 2
    if main_lang(f, "node") and f["role"] == "backend":
        return min(2, cap)
    if main_lang(f, "node") and f["role"] in CODERS:
        return 1
    return 1 if nice_lang(f, "node") and f["role"] == "backend" else 0


def staff_distributed(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    if f["level"] == "staff":
        return 2 if dom(f, "distributed") else 1
    return 1 if f["level"] in {"senior", "principal"} and dom(f, "distributed") else 0


def electrician(f: Facts) -> int:
    if f["role"] == "electrician":
        plain = f["level"] not in {"lead", "manager", "junior"} and f.get("spec") != "instructor"
        return 2 if plain else 1
    return 1 if f["role"] == "electrical_worker" else 0


def payments_kafka(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    if dom(f, "payments"):
        return 2 if has(f, "kafka") else 1
    return 1 if dom(f, "fintech") and has(f, "kafka") else 0


def data_platform_spark_aws(f: Facts) -> int:
    if f["role"] != "data_eng" or not dom(f, "data_platform"):
        return 0
    return {2: 2, 1: 1, 0: 0}[has(f, "spark") + has(f, "aws")]


def pharmacist(f: Facts) -> int:
    if f["role"] != "pharmacist":
        return 0
    return 1 if f["level"] == "manager" else 2


def swe2_azure(f: Facts) -> int:
    if f["role"] not in {"swe", "backend", "fullstack"} or not has(f, "azure"):
        return 0
    if f["level"] == "mid":
        return 2
    return 1 if f["level"] in {"junior", None} else 0


def backend_not_java_remote(f: Facts) -> int:
    if f.get("remote") is None or main_lang(f, "java"):
        return 0
    if f["role"] == "backend":
        return 1 if nice_lang(f, "java") else 2
    return 1 if f["role"] in CODERS else 0


def atc(f: Facts) -> int:
    if f["role"] != "atc":
        return 0
    return 2 if f["level"] is None and f.get("spec") is None else 1


def sre_k8s_gcp(f: Facts) -> int:
    if f["role"] == "sre" and has(f, "kubernetes"):
        return 2 if has(f, "gcp") else 1
    return (
        1 if f["role"] in {"platform", "devops"} and has(f, "kubernetes") and has(f, "gcp") else 0
    )


def devops_aws_docker_120k(f: Facts) -> int:
    pay = pay_floor(f, 120000, "USD")
    if pay is False or not has(f, "aws"):
        return 0
    if f["role"] == "devops":
        return 2 if pay and has(f, "docker") else 1
    return 1 if f["role"] in {"platform", "sre"} and pay and has(f, "docker") else 0


def hs_math_teacher(f: Facts) -> int:
    if f["role"] != "teacher":
        return 0
    if f.get("spec") == "math_hs":
        return 2
    return 1 if f.get("spec") in {"math_ms", None} else 0


def rabbitmq_microservices(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    return {2: 2, 1: 1, 0: 0}[has(f, "rabbitmq") + dom(f, "microservices")]


def senior_java_spring_berlin(f: Facts) -> int:
    if not main_lang(f, "java") or f["role"] not in CODERS:
        return 0
    senior, spring = f["level"] == "senior", has(f, "spring")
    if at(f, "Berlin"):
        return 2 if senior and spring else 1 if senior or spring else 0
    return 1 if senior and spring and remote(f, "eu") and at(f, "Germany") else 0


def staff_accountant_cpa(f: Facts) -> int:
    if f["role"] != "accountant" or f["level"] == "manager":
        return 0
    if f["level"] in {"mid", None}:
        return 2 if f.get("cpa") else 1
    return 1


def mongodb_backend(f: Facts) -> int:
    if f["role"] not in CODERS:
        return 0
    if has(f, "mongodb"):
        return 2
    return 1 if any(has(f, t) for t in ("cassandra", "dynamodb", "couchbase")) else 0


def sql_developer_uk(f: Facts) -> int:
    if not (at(f, ", UK", "United Kingdom") or remote(f, "uk")):
        return 0
    if f["role"] == "sql_dev":
        return 2
    return (
        1 if f["role"] in {"dba", "analyst"} and (main_lang(f, "sql") or has(f, "sqlserver")) else 0
    )


def pm_remote_120k(f: Facts) -> int:
    if f["role"] not in {"pm", "po"}:
        return 0
    pay = pay_floor(f, 120000, "USD")
    if pay is False:
        return 0
    if f.get("remote") is not None:
        return 2 if pay and f["role"] == "pm" else 1
    return 1 if pay and at(f, "Location Negotiable") else 0


def mid_python_postgres(f: Facts) -> int:
    if not main_lang(f, "python") or f["role"] not in CODERS:
        return 0
    mid, pg = f["level"] == "mid", has(f, "postgresql")
    return 2 if mid and pg else 1 if mid or pg else 0


def platform_terraform_remote_eu(f: Facts) -> int:
    if not remote(f, "eu", "global"):
        return 0
    if f["role"] == "platform":
        return 2 if has(f, "terraform") else 1
    return 1 if f["role"] in {"devops", "sre"} and has(f, "terraform") else 0


def np(f: Facts) -> int:
    if f["role"] == "np":
        return 1 if f["level"] == "manager" else 2
    return 1 if f["role"] == "apn" else 0


def lead_backend_fintech_ny(f: Facts) -> int:
    if f["role"] != "backend":
        return 0
    lead, fin, ny = f["level"] == "lead", dom(f, "fintech"), at(f, "New York")
    if lead and fin and ny:
        return 2
    if lead and fin and remote(f, "us"):
        return 1
    return 1 if ny and (lead or (fin and f["level"] == "senior")) else 0


def backend_amsterdam_70k(f: Facts) -> int:
    if f["role"] != "backend":
        return 0
    pay = pay_floor(f, 70000, "EUR")
    if pay is False:
        return 0
    if at(f, "Amsterdam"):
        return 2 if pay else 1
    return 1 if pay and remote(f, "eu") else 0


def paralegal(f: Facts) -> int:
    if f["role"] == "paralegal":
        return 1 if f["level"] == "manager" else 2
    return 1 if f["role"] in {"paralegal_judicial", "legal_asst"} else 0


RULES: list[Rule] = [
    ("senior backend engineer python remote us", senior_python_remote_us, "2: senior backend role, Python main, remote open to the US (or worldwide); 1: same place with Python in a coding role at another level (not junior) or Python only nice-to-have in a backend role"),
    ("java developer london £80k", java_london_80k, "2: Java backend/software developer in London paying at least £80k a year; 1: same with pay unknown or a day rate, a London platform/data role in Java, or remote-UK Java coding role; 0: pay below £80k"),
    ("registered nurse icu", icu_nurse, "2: registered nurse in intensive/critical care; 1: ICU nurse lead/supervisor or RN with no unit named; 0: RN of another unit, LPN, CNA, NP, therapist"),
    ("golang engineer remote eu", go_remote_eu, "2: coding role with Go as a main language, remote open to the EU (or worldwide); 1: remote-EU SRE/DevOps/data role in Go, or Go only nice-to-have"),
    ("c# .net developer", csharp_dotnet, "2: coding role whose main language is C# on .NET (or C# one of at most two); 1: C# one of many alternatives, a C# QA/SRE/game role, or C# only nice-to-have"),
    ("attorney", attorney, "2: a lawyer's job (attorney, counsel, solicitor) at any level; 0: paralegal, legal assistant, contracts manager"),
    ("node.js backend no php", node_no_php, "2: backend role with Node.js as a main language and no PHP; 1: Node.js in a full-stack/general role, or Node only nice-to-have, or PHP only nice-to-have; 0: PHP is a main language"),
    ("staff engineer distributed systems", staff_distributed, "2: staff-level engineer working on distributed systems; 1: staff engineer elsewhere, or senior/principal on distributed systems; 0: non-coding or other-discipline staff roles"),
    ("electrician", electrician, "2: an electrician's job; 1: electrician foreman/leader/instructor/apprentice or high-voltage electrical worker; 0: electrical engineer, helper, estimator, mechanic"),
    ("payments engineer kafka", payments_kafka, "2: engineer building payments systems with Kafka; 1: payments engineering without Kafka, or fintech engineering with Kafka; 0: payments operations, product, management"),
    ("data platform engineer spark aws", data_platform_spark_aws, "2: data engineer on a data platform with Spark and AWS; 1: data-platform engineer with only one of Spark and AWS; 0: neither, or analytics/ML/other roles"),
    ("pharmacist", pharmacist, "2: a pharmacist's job; 1: supervisory or manager pharmacist; 0: pharmacy technician or aid, pharma sales, pharmacologist"),
    ("software engineer II azure", swe2_azure, "2: mid-level (II) software/backend/full-stack engineer working with Azure; 1: same at entry or unstated level; 0: senior, other roles or no Azure"),
    ("backend engineer not java, remote", backend_not_java_remote, "2: remote backend role whose main languages exclude Java; 1: remote backend role with Java only nice-to-have, or another remote coding role without Java; 0: Java a main language or not remote"),
    ("air traffic controller", atc, "2: an air traffic controller's job; 1: controller as supervisor, instructor, traffic-management coordinator or staff support; 0: airway systems technician, airport operations, dispatcher"),
    ("sre kubernetes gcp", sre_k8s_gcp, "2: site reliability engineer with Kubernetes on GCP; 1: SRE with Kubernetes on another cloud, or platform/DevOps role with Kubernetes and GCP"),
    ("devops engineer aws docker 120k+", devops_aws_docker_120k, "2: DevOps engineer with AWS and Docker whose pay reaches $120k a year; 1: DevOps with AWS but pay unknown or no Docker, or platform/SRE with AWS, Docker and the pay; 0: pay below or no AWS"),
    ("high school math teacher", hs_math_teacher, "2: teacher of mathematics in a high/secondary school; 1: middle-school maths teacher or a teacher post with no subject or level named; 0: other subjects, aides, tutors, curriculum writers"),
    ("rabbitmq microservices developer", rabbitmq_microservices, "2: coding role building microservices with RabbitMQ; 1: one of RabbitMQ or microservices; 0: broker administration and other roles"),
    ("senior java spring boot berlin", senior_java_spring_berlin, "2: senior Java engineer using Spring Boot in Berlin; 1: Java coding role in Berlin with only one of senior and Spring, or senior Java Spring remote in Germany"),
    ("staff accountant cpa", staff_accountant_cpa, "2: staff-level accountant post requiring a CPA; 1: staff accountant with CPA not required or unknown, or senior/junior accountant; 0: manager, auditor, technician, clerk, bookkeeper, tax preparer"),
    ("mongodb nosql backend developer", mongodb_backend, "2: coding role using MongoDB; 1: coding role using another NoSQL store (Cassandra, DynamoDB); 0: DBA and non-coding roles"),
    ("sql developer uk", sql_developer_uk, "2: SQL developer in the UK (or remote UK); 1: UK database administrator or BI/analyst role built on SQL; 0: outside the UK"),
    ("product manager remote 120k+", pm_remote_120k, "2: remote product manager whose pay reaches $120k a year; 1: remote product owner, or product manager with place negotiable and the pay; 0: pay below, not remote, project/program/acquisition managers, marketing"),
    ("mid-level python developer postgres", mid_python_postgres, "2: mid-level coding role in Python with PostgreSQL; 1: Python coding role with only one of mid-level and PostgreSQL"),
    ("platform engineer terraform remote eu", platform_terraform_remote_eu, "2: platform engineer with Terraform, remote open to the EU; 1: remote-EU platform role without Terraform, or remote-EU DevOps/SRE with Terraform; 0: not remote EU"),
    ("nurse practitioner", np, "2: a nurse practitioner's job; 1: supervisory NP or advanced practice nurse of unnamed specialty; 0: nurse anesthetist, physician assistant, RN, educator"),
    ("lead backend engineer fintech new york", lead_backend_fintech_ny, "2: lead backend engineer at a fintech in New York; 1: same remote in the US, a lead backend role in New York outside fintech, or a senior fintech backend role in New York"),
    ("backend developer amsterdam €70k+", backend_amsterdam_70k, "2: backend developer in Amsterdam whose pay reaches €70k a year; 1: Amsterdam with pay unknown, or remote-EU backend with the pay; 0: pay below, frontend and other roles"),
    ("paralegal", paralegal, "2: a paralegal's job at any level; 1: supervisory paralegal, judicial assistant/paralegal, legal assistant; 0: attorney and other roles"),
]  # fmt: skip

HAND: dict[tuple[str, str], int] = {}


def main() -> None:
    facts = json.loads((HERE / "facts.json").read_text(encoding="utf-8"))
    write_judged(HERE, ABOUT, "f7-q", RULES, facts, HAND)
    print_grades(HERE)


if __name__ == "__main__":
    main()
