"""Deterministic generator for the bundled sample postings and the evaluation pool.

Writes ``core/data/sample_postings.jsonl`` (shipped package data), its attribution file
``core/data/SOURCES.md`` and ``tests/eval/postings.jsonl`` (the judged evaluation pool: the
judged sample postings, sample:0001–0340, plus hard confusables that exist only in the pool;
the later sample postings of common roles outside tech are not judged and not in the pool).
The written files are the artefacts; this script is kept so they can be rebuilt byte for byte::

    .venv/bin/python scripts/build_sample_data.py            # rebuild the files
    .venv/bin/python scripts/build_sample_data.py --check    # fail if the files would change
    .venv/bin/python scripts/build_sample_data.py --shared /work/shared/data

Real data is read from the shared reference folder (``--shared``, else
``$JOB_CONCIERGE_SHARED_DATA``, else ``../shared/data`` next to the repository; a clone without
it still runs, from the shipped files): job titles from USAJOBS, shortened descriptions from the
Microsoft careers sample, and reported job titles from O*NET.  Everything else (fictional
companies, salaries, descriptions, dates) is written here.  See ``core/data/SOURCES.md``.

``--meta PATH`` also writes the author's structured notes per posting (role family, level,
languages) that were used to shortlist candidates while writing ``tests/eval/judged.json``;
they are not shipped.  The judgements themselves live only in ``judged.json``: if postings
change, re-judge the affected queries by hand.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLE_OUT = REPO / "core" / "data" / "sample_postings.jsonl"
SOURCES_OUT = REPO / "core" / "data" / "SOURCES.md"
POOL_OUT = REPO / "tests" / "eval" / "postings.jsonl"
SEED = 20261001
JUDGED_SAMPLE = 340  # sample:0001–0340 are in the judged evaluation pool; later ones are not

Row = dict[str, Any]


def shared_dir() -> Path:
    env = os.environ.get("JOB_CONCIERGE_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


# --------------------------------------------------------------------------------------------
# Vocabulary: places, companies, stacks
# --------------------------------------------------------------------------------------------

# city -> (currency, salary factor relative to US numbers)
CITIES: dict[str, tuple[str | None, float]] = {
    "Berlin, Germany": ("EUR", 0.55),
    "Munich, Germany": ("EUR", 0.6),
    "Hamburg, Germany": ("EUR", 0.55),
    "Amsterdam, Netherlands": ("EUR", 0.6),
    "Lisbon, Portugal": ("EUR", 0.4),
    "Madrid, Spain": ("EUR", 0.42),
    "Paris, France": ("EUR", 0.52),
    "Dublin, Ireland": ("EUR", 0.6),
    "Warsaw, Poland": ("EUR", 0.4),
    "Kraków, Poland": ("EUR", 0.38),
    "Prague, Czechia": ("EUR", 0.38),
    "Stockholm, Sweden": ("EUR", 0.5),
    "London, UK": ("GBP", 0.5),
    "Manchester, UK": ("GBP", 0.42),
    "Edinburgh, UK": ("GBP", 0.42),
    "New York, NY": ("USD", 1.05),
    "San Francisco, CA": ("USD", 1.1),
    "Seattle, WA": ("USD", 1.05),
    "Austin, TX": ("USD", 0.9),
    "Boston, MA": ("USD", 0.95),
    "Chicago, IL": ("USD", 0.9),
    "Denver, CO": ("USD", 0.88),
    "Toronto, Canada": ("USD", 0.7),
    "Vancouver, Canada": ("USD", 0.68),
    "Bangalore, India": ("USD", 0.22),
    "Hyderabad, India": ("USD", 0.2),
    "Singapore": ("USD", 0.7),
}
EU_CITIES = [c for c, (cur, _) in CITIES.items() if cur == "EUR"]
REMOTES: dict[str, tuple[str | None, float]] = {
    "Remote (EU)": ("EUR", 0.55),
    "Remote – Europe": ("EUR", 0.55),
    "Remote (Germany)": ("EUR", 0.55),
    "Remote (US)": ("USD", 0.95),
    "Remote, United States": ("USD", 0.95),
    "Remote (UK)": ("GBP", 0.48),
    "Remote (Americas)": ("USD", 0.8),
    "Remote (Worldwide)": ("USD", 0.75),
    "Remote (Poland)": ("EUR", 0.4),
    "Remote (Portugal)": ("EUR", 0.4),
}

COMPANIES = [
    ("Northwind Payments", "payments"),
    ("Lumen Ledger", "banking"),
    ("Tidewater Logistics", "logistics"),
    ("Quillsoft", "saas"),
    ("Parcelly", "logistics"),
    ("Brightpath Health", "health"),
    ("Kestrel Analytics", "analytics"),
    ("Orbital Freight", "logistics"),
    ("Fernhill Bank", "banking"),
    ("Mosaic Learning", "edtech"),
    ("Helix Labs", "health"),
    ("Cobalt Mobility", "mobility"),
    ("Larkspur Insurance", "insurance"),
    ("Pinecrest Media", "media"),
    ("Vantage Retail", "ecommerce"),
    ("Stackwell", "devtools"),
    ("Driftwood Games", "gaming"),
    ("Ironbark Security", "security"),
    ("Meridian Travel", "travel"),
    ("Copperleaf Energy", "energy"),
    ("Saltmarsh Foods", "ecommerce"),
    ("Granite Cloud", "devtools"),
    ("Bluefin Markets", "trading"),
    ("Ember Home", "proptech"),
    ("Harbourline Telecom", "telecom"),
    ("Wildflower HR", "hrtech"),
    ("Ploughshare Farms", "agritech"),
    ("Riverstone Insurance", "insurance"),
    ("Tessellate", "saas"),
    ("Nimbus Ticketing", "marketplace"),
    ("Lanternfish", "adtech"),
    ("Oakridge Clinics", "health"),
    ("Skyward Airlines Digital", "travel"),
    ("Marigold Marketplace", "marketplace"),
    ("Pebble Pay", "payments"),
    ("Quartz Robotics", "robotics"),
    ("Vireo Mobility", "mobility"),
    ("Atlas Grid", "energy"),
]

DOMAIN_INTRO = {
    "payments": "{co} moves money for more than 40,000 small businesses, from card acquiring to "
    "instant payouts.",
    "banking": "{co} is a licensed digital bank serving two million customers through its apps.",
    "logistics": "{co} runs the routing, tracking and warehouse software behind same-day "
    "deliveries in 30 cities.",
    "saas": "{co} builds collaboration software used by 9,000 companies to plan their work.",
    "health": "{co} makes scheduling, records and telehealth software used by over 2,000 clinics.",
    "analytics": "{co} helps retailers understand demand with near-real-time analytics.",
    "edtech": "{co} builds the learning platform used by 1,200 schools and universities.",
    "mobility": "{co} operates shared e-bikes and scooters in 25 European cities.",
    "insurance": "{co} sells and services home and travel insurance entirely online.",
    "media": "{co} streams news, podcasts and video to six million monthly listeners.",
    "ecommerce": "{co} runs an online shop and marketplace with 300,000 daily orders.",
    "devtools": "{co} builds developer tooling and a managed cloud platform for engineering teams.",
    "gaming": "{co} develops online multiplayer games played by millions each month.",
    "security": "{co} protects mid-sized companies with managed detection and response.",
    "travel": "{co} helps travellers search, book and change flights and hotels.",
    "energy": "{co} balances renewable energy across the grid with smart-meter data.",
    "trading": "{co} runs a retail trading and investing app in 12 countries.",
    "proptech": "{co} builds software for letting agents, landlords and tenants.",
    "telecom": "{co} provides mobile and fibre services to 3 million subscribers.",
    "hrtech": "{co} builds payroll and HR software for growing companies.",
    "agritech": "{co} helps farmers plan crops with satellite and sensor data.",
    "marketplace": "{co} is a ticketing marketplace for concerts, festivals and sports.",
    "adtech": "{co} runs a privacy-first advertising platform serving billions of requests a day.",
    "robotics": "{co} builds autonomous mobile robots for warehouses.",
}

SERVICES = {
    "payments": ["payment orchestration", "ledger", "payouts", "fraud scoring", "card issuing"],
    "banking": ["core banking", "accounts and transactions", "KYC", "lending"],
    "logistics": ["routing", "shipment tracking", "warehouse management", "carrier integration"],
    "saas": ["workspace", "permissions", "notifications", "billing"],
    "health": ["appointment booking", "patient records", "e-prescription", "claims"],
    "analytics": ["ingestion", "query", "forecasting", "reporting"],
    "edtech": ["course catalogue", "assessment", "enrolment", "video delivery"],
    "mobility": ["fleet", "trip pricing", "vehicle telemetry", "rider accounts"],
    "insurance": ["quote", "policy administration", "claims", "pricing"],
    "media": ["content delivery", "recommendation", "subscription", "playback"],
    "ecommerce": ["checkout", "catalogue", "order management", "inventory"],
    "devtools": ["build", "deployment", "API gateway", "identity"],
    "gaming": ["matchmaking", "player profile", "in-game store", "leaderboard"],
    "security": ["alerting", "event ingestion", "identity", "threat-intel"],
    "travel": ["search", "booking", "pricing", "itinerary"],
    "energy": ["metering", "forecasting", "billing", "grid-balancing"],
    "trading": ["order routing", "portfolio", "market data", "settlement"],
    "proptech": ["listings", "tenancy", "payments", "document signing"],
    "telecom": ["provisioning", "billing", "customer account", "network inventory"],
    "hrtech": ["payroll", "time tracking", "employee records", "benefits"],
    "agritech": ["field data", "sensor ingestion", "planning", "marketplace"],
    "marketplace": ["ticket inventory", "checkout", "seat map", "resale"],
    "adtech": ["bidding", "campaign", "reporting", "audience"],
    "robotics": ["fleet management", "task allocation", "map", "telemetry"],
}

# language key -> (display names for titles, description phrase, frameworks, tag names)
LANGS: dict[str, dict[str, list[str]]] = {
    "java": {
        "title": ["Java", "Java/Spring", "Java, Spring Boot"],
        "frameworks": ["Spring Boot", "Spring Boot and Spring Cloud", "Quarkus", "Micronaut"],
        "phrase": ["Java 21", "Java", "modern Java (17+)"],
        "tags": ["java"],
    },
    "kotlin": {
        "title": ["Kotlin"],
        "frameworks": ["Spring Boot", "Ktor"],
        "phrase": ["Kotlin"],
        "tags": ["kotlin"],
    },
    "python": {
        "title": ["Python", "Python/Django", "Python, FastAPI"],
        "frameworks": ["Django", "FastAPI", "Flask", "Django REST Framework"],
        "phrase": ["Python 3", "Python", "typed Python"],
        "tags": ["python"],
    },
    "go": {
        "title": ["Go", "Golang"],
        "frameworks": ["gRPC", "the standard library and gRPC", "Gin"],
        "phrase": ["Go", "Golang"],
        "tags": ["go", "golang"],
    },
    "node": {
        "title": ["Node.js", "NodeJS", "TypeScript/Node.js"],
        "frameworks": ["NestJS", "Express", "Fastify"],
        "phrase": ["TypeScript on Node.js", "Node.js", "Node.js and TypeScript"],
        "tags": ["node.js", "typescript"],
    },
    "csharp": {
        "title": ["C#/.NET", ".NET", "C#"],
        "frameworks": ["ASP.NET Core", ".NET 8 and ASP.NET Core"],
        "phrase": ["C#", "C# and .NET"],
        "tags": ["c#", ".net"],
    },
    "ruby": {
        "title": ["Ruby on Rails", "Ruby"],
        "frameworks": ["Ruby on Rails", "Rails and Sidekiq"],
        "phrase": ["Ruby"],
        "tags": ["ruby", "rails"],
    },
    "php": {
        "title": ["PHP", "PHP/Laravel", "PHP, Symfony"],
        "frameworks": ["Laravel", "Symfony"],
        "phrase": ["PHP 8"],
        "tags": ["php"],
    },
    "scala": {
        "title": ["Scala"],
        "frameworks": ["Akka", "ZIO", "Play"],
        "phrase": ["Scala"],
        "tags": ["scala"],
    },
    "rust": {
        "title": ["Rust"],
        "frameworks": ["Tokio and Axum", "Actix"],
        "phrase": ["Rust"],
        "tags": ["rust"],
    },
    "elixir": {
        "title": ["Elixir"],
        "frameworks": ["Phoenix"],
        "phrase": ["Elixir"],
        "tags": ["elixir"],
    },
}
LANG_NAME = {
    "java": "Java",
    "kotlin": "Kotlin",
    "python": "Python",
    "go": "Go",
    "node": "Node.js",
    "csharp": "C#",
    "ruby": "Ruby",
    "php": "PHP",
    "scala": "Scala",
    "rust": "Rust",
    "elixir": "Elixir",
}

DATABASES = ["PostgreSQL", "MySQL", "MongoDB", "DynamoDB", "Cassandra", "Redis", "CockroachDB"]
MESSAGING = ["Kafka", "RabbitMQ", "SQS and SNS", "Google Pub/Sub", "NATS", "Kafka"]
CLOUDS = ["AWS", "Azure", "GCP", "AWS"]
RUNTIME = {
    "AWS": ["Kubernetes (EKS)", "Docker on ECS", "Docker and Kubernetes"],
    "Azure": ["AKS", "Docker and Kubernetes", "Azure Container Apps"],
    "GCP": ["GKE", "Cloud Run", "Docker and Kubernetes"],
}
KUBERNETES_RUNTIMES = ("Kubernetes", "EKS", "AKS", "GKE")

LEVEL_SALARY_USD = {
    "intern": (38000, 55000),
    "junior": (72000, 95000),
    "mid": (105000, 140000),
    "none": (115000, 160000),
    "senior": (145000, 195000),
    "lead": (160000, 210000),
    "staff": (185000, 245000),
    "principal": (210000, 285000),
}

LEVEL_REQ = {
    "intern": "This is a six-month internship for students of computer science or a related "
    "field; you will pair with a senior engineer every day.",
    "junior": "This role suits a recent graduate or someone with up to two years of "
    "experience; you get a mentor and a structured onboarding plan.",
    "mid": "You have around three years of experience building and operating backend services.",
    "none": "You have solid experience building and running production services and care about "
    "clean APIs, tests and observability.",
    "senior": "You have 5+ years of backend experience, own services end to end and enjoy "
    "mentoring other engineers.",
    "lead": "As tech lead you guide a team of five engineers, run design reviews and still "
    "write code most days; 7+ years of experience expected.",
    "staff": "You have 8+ years of experience, set technical direction across several teams and "
    "lead architecture and reliability reviews.",
    "principal": "You have 10+ years of experience and will shape the architecture of our "
    "distributed systems across the whole engineering organisation.",
}

# --------------------------------------------------------------------------------------------
# Backend title templates ({L} = language display name, {D} = domain word, {S} = service)
# --------------------------------------------------------------------------------------------

BACKEND_TITLES: dict[str, list[str]] = {
    "senior": [
        "Senior Backend Engineer",
        "Senior Backend Engineer ({L})",
        "Sr. Back-End Developer ({L})",
        "Senior Software Engineer, Backend",
        "Senior Software Engineer (Backend)",
        "Software Engineer III – Backend",
        "Software Engineer III – Backend ({L})",
        "Senior Back End Developer",
        "Sr Backend Dev – {L}",
        "Senior Server-Side Engineer ({L})",
        "Senior {L} Developer (Backend)",
        "Senior {L} Engineer – APIs & Microservices",
        "Senior Software Engineer – Core Services",
        "Sr. SWE, Backend",
        "Snr Back End Dev ({L})",
        "Senior Backend Engineer, {D}",
        "Senior Engineer, {D} Platform",
        "Backend Engineer – Senior ({L})",
        "Senior API Engineer ({L})",
        "Senior Software Engineer – {S} Services",
        "Senior {L} Backend Engineer",
    ],
    "staff": [
        "Staff Backend Engineer",
        "Staff Engineer, {D} Platform",
        "Staff Software Engineer – Backend ({L})",
        "Senior Staff Engineer, Core Services",
        "Staff Software Engineer, {S}",
    ],
    "principal": [
        "Principal Backend Engineer",
        "Principal Software Engineer – Distributed Systems ({L})",
        "Principal Engineer, Backend Platform",
    ],
    "lead": [
        "Lead Backend Engineer",
        "Backend Tech Lead ({L})",
        "Lead {L} Developer",
    ],
    "mid": [
        "SDE II, Core Services",
        "Software Engineer II, Backend",
        "Mid-level Backend Developer ({L})",
        "Backend Engineer II ({L})",
    ],
    "none": [
        "Backend Engineer",
        "Backend Engineer ({L})",
        "Backend Developer ({L})",
        "Software Engineer – Backend",
        "{L} Backend Developer",
        "Back-end Developer",
        "Server Engineer ({L})",
        "Software Engineer, API Platform",
        "{L} Developer",
        "Software Engineer, {S}",
    ],
    "junior": [
        "Junior Backend Developer",
        "Junior Backend Engineer ({L})",
        "Graduate Software Engineer – Backend",
        "Associate Backend Engineer",
        "Backend Developer (Entry Level)",
        "Software Engineer I – Backend ({L})",
    ],
    "intern": [
        "Backend Engineering Intern",
        "Software Engineering Intern (Backend)",
        "Backend Developer Intern ({L})",
    ],
}

# (languages, level, count); languages joined by "+" are multi-language roles
BACKEND_PLAN: list[tuple[str, str, int]] = [
    ("java", "senior", 9),
    ("java", "staff", 2),
    ("java", "principal", 1),
    ("java", "lead", 1),
    ("java", "mid", 2),
    ("java", "none", 5),
    ("java", "junior", 2),
    ("java", "intern", 1),
    ("python", "senior", 9),
    ("python", "staff", 2),
    ("python", "principal", 1),
    ("python", "lead", 1),
    ("python", "mid", 2),
    ("python", "none", 5),
    ("python", "junior", 3),
    ("python", "intern", 1),
    ("go", "senior", 8),
    ("go", "staff", 3),
    ("go", "principal", 1),
    ("go", "lead", 1),
    ("go", "mid", 2),
    ("go", "none", 5),
    ("go", "junior", 1),
    ("node", "senior", 7),
    ("node", "staff", 1),
    ("node", "lead", 1),
    ("node", "mid", 1),
    ("node", "none", 4),
    ("node", "junior", 2),
    ("csharp", "senior", 6),
    ("csharp", "staff", 1),
    ("csharp", "lead", 1),
    ("csharp", "none", 3),
    ("csharp", "junior", 1),
    ("kotlin", "senior", 3),
    ("kotlin", "none", 2),
    ("java+kotlin", "senior", 2),
    ("java+kotlin", "none", 1),
    ("ruby", "senior", 3),
    ("ruby", "none", 2),
    ("ruby", "junior", 1),
    ("php", "senior", 3),
    ("php", "none", 2),
    ("php", "junior", 1),
    ("scala", "senior", 2),
    ("scala", "staff", 1),
    ("rust", "senior", 2),
    ("rust", "none", 1),
    ("elixir", "senior", 1),
    ("go+python", "senior", 3),
    ("go+python", "staff", 1),
    ("node+go", "senior", 1),
    ("python+node", "none", 1),
    ("java+go", "senior", 1),
]


def pick(rng: random.Random, seq: list[Any]) -> Any:
    return seq[rng.randrange(len(seq))]


def posted_at(rng: random.Random) -> str:
    start = datetime(2026, 10, 1, tzinfo=UTC)
    moment = start + timedelta(minutes=rng.randrange(61 * 24 * 60))
    return moment.strftime("%Y-%m-%dT%H:%M:00Z")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def choose_place(rng: random.Random, workplace: str, eu_bias: float = 0.0) -> tuple[str, Any]:
    """Return (location, remote field value) for a workplace kind."""
    if workplace == "remote":
        loc = pick(rng, sorted(REMOTES))
        value = pick(rng, [True, "remote"])
        return loc, value
    near_eu = bool(eu_bias) and rng.random() < eu_bias
    loc = pick(rng, EU_CITIES) if near_eu else pick(rng, sorted(CITIES))
    if workplace == "hybrid":
        return loc, "hybrid"
    if workplace == "onsite":
        return loc, pick(rng, [False, "onsite"])
    return loc, None


def salary(
    rng: random.Random, level: str, location: str, missing: float = 0.25
) -> tuple[Any, Any, Any]:
    if rng.random() < missing:
        return None, None, None
    currency, factor = CITIES.get(location) or REMOTES.get(location) or ("USD", 1.0)
    low, high = LEVEL_SALARY_USD[level]
    base = rng.uniform(low, high) * factor
    lo = round(base / 1000.0) * 1000
    hi = round(base * rng.uniform(1.12, 1.3) / 1000.0) * 1000
    return lo, hi, currency


def workplace_sentence(workplace: str, location: str) -> str:
    if workplace == "remote":
        region = location.split("(", 1)[-1].rstrip(")") if "(" in location else location
        region = region.replace("Remote – ", "").replace("Remote, ", "")
        return f"The role is fully remote ({region}); we meet in person twice a year."
    city = location.split(",")[0]
    if workplace == "hybrid":
        return f"Hybrid: two or three days a week in our {city} office."
    return f"This role is based in our {city} office."


def make_workplace(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return "remote"
    if roll < 0.65:
        return "hybrid"
    if roll < 0.93:
        return "onsite"
    return "unknown"


# --------------------------------------------------------------------------------------------
# Generated backend postings
# --------------------------------------------------------------------------------------------


def backend_postings(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for langs_key, level, count in BACKEND_PLAN:
        langs = langs_key.split("+")
        for _ in range(count):
            company, domain = pick(rng, COMPANIES)
            service = pick(rng, SERVICES[domain])
            primary = langs[0]
            if len(langs) > 1:
                lang_title = "/".join(LANG_NAME[lang] for lang in langs)
            else:
                lang_title = pick(rng, LANGS[primary]["title"])
            template = pick(rng, BACKEND_TITLES[level])
            title = template.format(L=lang_title, D=domain_word(domain), S=service.title())
            workplace = make_workplace(rng)
            location, remote = choose_place(rng, workplace, eu_bias=0.35)
            lo, hi, cur = salary(rng, level, location)
            frameworks = [pick(rng, LANGS[lang]["frameworks"]) for lang in langs]
            phrases = [pick(rng, LANGS[lang]["phrase"]) for lang in langs]
            db = pick(rng, DATABASES)
            msg = pick(rng, MESSAGING)
            cloud = pick(rng, CLOUDS)
            runtime = pick(rng, RUNTIME[cloud])
            if len(langs) == 1:
                stack = f"You will write {phrases[0]} with {frameworks[0]}"
            else:
                stack = (
                    f"Most services are written in {phrases[0]} ({frameworks[0]}), the rest in "
                    f"{phrases[1]} ({frameworks[1]}), and you will work in both"
                )
            sentences = [
                DOMAIN_INTRO[domain].format(co=company),
                f"Our backend team owns the {service} services: REST and gRPC APIs, background "
                f"workers and the data behind them.",
                f"{stack}, store data in {db} and exchange events over {msg}; everything runs "
                f"on {cloud} with {runtime}.",
                LEVEL_REQ[level],
                workplace_sentence(workplace, location) if workplace != "unknown" else "",
            ]
            tags = ["backend"]
            for lang in langs:
                tags += LANGS[lang]["tags"]
            tags += [slug(frameworks[0]), db.split()[0].lower(), cloud.lower()]
            if "Kafka" in msg:
                tags.append("kafka")
            if any(k in runtime for k in KUBERNETES_RUNTIMES):
                tags.append("kubernetes")
            if rng.random() < 0.15:
                tags = []
            rows.append(
                {
                    "title": title,
                    "company": company,
                    "location": location,
                    "remote": remote,
                    "salary_min": lo,
                    "salary_max": hi,
                    "currency": cur,
                    "description": " ".join(s for s in sentences if s),
                    "tags": dedupe(tags),
                    "_meta": {
                        "family": "backend",
                        "level": level,
                        "langs": langs,
                        "workplace": workplace,
                        "tech": [db, msg, cloud, runtime, *frameworks],
                    },
                }
            )
    return rows


def domain_word(domain: str) -> str:
    return {
        "payments": "Payments",
        "banking": "Banking",
        "logistics": "Logistics",
        "saas": "Collaboration",
        "health": "Health",
        "analytics": "Analytics",
        "edtech": "Learning",
        "mobility": "Mobility",
        "insurance": "Insurance",
        "media": "Streaming",
        "ecommerce": "Commerce",
        "devtools": "Developer",
        "gaming": "Game Services",
        "security": "Detection",
        "travel": "Booking",
        "energy": "Energy",
        "trading": "Trading",
        "proptech": "Property",
        "telecom": "Billing",
        "hrtech": "Payroll",
        "agritech": "Field Data",
        "marketplace": "Ticketing",
        "adtech": "Ads",
        "robotics": "Fleet",
    }[domain]


def dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


# --------------------------------------------------------------------------------------------
# Other generated roles: (family, level, title, description body, tags, extra meta)
# --------------------------------------------------------------------------------------------

OTHER_ROLES: list[tuple[str, str, str, str, list[str], dict[str, Any]]] = [
    # frontend
    (
        "frontend",
        "senior",
        "Senior Frontend Engineer",
        "You will build our customer-facing web app in React and TypeScript, own the design "
        "system and keep Core Web Vitals green. You work closely with designers and with the "
        "backend team that exposes our GraphQL API. 5+ years of frontend experience expected.",
        ["frontend", "react", "typescript", "graphql"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "senior",
        "Sr. Front-End Developer (Vue.js)",
        "Build and maintain our booking flows in Vue 3, Pinia and TypeScript. You care about "
        "accessibility, performance budgets and component tests with Vitest and Playwright.",
        ["frontend", "vue", "typescript"],
        {"ui": ["vue"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "none",
        "Frontend Developer (React)",
        "Join the web team building dashboards in React, Redux Toolkit and TypeScript. You will "
        "turn Figma designs into accessible components and write Jest and Cypress tests.",
        ["frontend", "react", "redux"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "junior",
        "Junior Frontend Developer",
        "A first or second job for a developer who knows HTML, CSS and JavaScript and has built "
        "something in React. You will ship UI features with support from two senior engineers.",
        ["frontend", "javascript", "react"],
        {"ui": ["react"], "langs": ["javascript"]},
    ),
    (
        "frontend",
        "senior",
        "Senior Frontend Engineer (Angular)",
        "Own the Angular 17 application our agents use all day: RxJS state, NgRx, Angular "
        "Material and a large Jest test suite. Experience migrating legacy AngularJS is a plus.",
        ["frontend", "angular", "typescript"],
        {"ui": ["angular"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "staff",
        "Staff Frontend Engineer, Web Platform",
        "Lead the architecture of our Next.js and React web platform: micro-frontends, "
        "server-side rendering, performance and the shared component library used by 12 teams.",
        ["frontend", "react", "next.js"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "none",
        "UI Engineer",
        "Build the interface of our analytics product with React, D3 and TypeScript. You pair "
        "with product designers and own visual regression tests.",
        ["frontend", "react", "d3"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "mid",
        "Front End Developer II (Vue)",
        "Develop new features for our storefront in Nuxt and Vue, integrate with REST APIs and "
        "keep the checkout fast on mobile networks.",
        ["frontend", "vue", "nuxt"],
        {"ui": ["vue"], "langs": ["javascript"]},
    ),
    (
        "frontend",
        "senior",
        "Senior React Developer",
        "Work on our React and React Query single-page app, lead the move to a typed design "
        "system and coach two junior developers. Solid TypeScript and testing-library skills.",
        ["react", "typescript", "frontend"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "lead",
        "Frontend Lead (React/TypeScript)",
        "Lead a team of four frontend engineers building our customer portal with React, "
        "TypeScript and Storybook; set standards for accessibility and testing.",
        ["frontend", "react", "typescript"],
        {"ui": ["react"], "langs": ["typescript"]},
    ),
    (
        "frontend",
        "none",
        "Web Developer",
        "Maintain our marketing site and content pages built with Astro, plain JavaScript and "
        "Tailwind CSS; work with the marketing team on landing pages and SEO.",
        ["javascript", "css", "web"],
        {"ui": [], "langs": ["javascript"]},
    ),
    # full stack
    (
        "fullstack",
        "senior",
        "Senior Full-Stack Engineer (Python/React)",
        "Ship features end to end: Django REST APIs on the backend and React with TypeScript on "
        "the frontend. You are comfortable on both sides and with PostgreSQL and AWS.",
        ["fullstack", "python", "django", "react"],
        {"langs": ["python", "typescript"], "ui": ["react"]},
    ),
    (
        "fullstack",
        "none",
        "Full Stack Developer (Node.js/React)",
        "Build product features across our Node.js and Express API and our React frontend, "
        "both in TypeScript. MongoDB, Docker and a sensible amount of testing.",
        ["fullstack", "node.js", "react", "typescript"],
        {"langs": ["node", "typescript"], "ui": ["react"]},
    ),
    (
        "fullstack",
        "senior",
        "Senior Fullstack Engineer – Ruby on Rails & React",
        "Own features from the Rails models to the React components. We deploy many times a "
        "day to Heroku and use PostgreSQL and Sidekiq.",
        ["fullstack", "ruby", "rails", "react"],
        {"langs": ["ruby", "javascript"], "ui": ["react"]},
    ),
    (
        "fullstack",
        "mid",
        "Full-Stack Developer (.NET / Angular)",
        "Develop internal tools with ASP.NET Core Web APIs in C# and an Angular frontend; "
        "SQL Server and Azure DevOps pipelines.",
        ["fullstack", "c#", ".net", "angular"],
        {"langs": ["csharp", "typescript"], "ui": ["angular"]},
    ),
    (
        "fullstack",
        "staff",
        "Staff Full Stack Engineer (TypeScript)",
        "Lead product engineering across our Next.js frontend and NestJS services, all in "
        "TypeScript; mentor engineers and drive architecture decisions.",
        ["fullstack", "typescript", "next.js", "nestjs"],
        {"langs": ["node", "typescript"], "ui": ["react"]},
    ),
    (
        "fullstack",
        "junior",
        "Junior Full Stack Developer (JavaScript)",
        "Learn and build across our Vue frontend and Node.js backend with help from your mentor. "
        "Some JavaScript experience from study or side projects is enough.",
        ["fullstack", "javascript", "vue", "node.js"],
        {"langs": ["node", "javascript"], "ui": ["vue"]},
    ),
    (
        "fullstack",
        "senior",
        "Senior Software Engineer, Full Stack (Go/React)",
        "Work across Go services and a React and TypeScript web app for our fleet operators. "
        "You enjoy product work as much as infrastructure.",
        ["fullstack", "go", "react"],
        {"langs": ["go", "typescript"], "ui": ["react"]},
    ),
    (
        "fullstack",
        "none",
        "Full Stack PHP Developer (Laravel/Vue)",
        "Build features in our Laravel monolith and its Vue frontend, write PHPUnit tests and "
        "look after MySQL performance.",
        ["fullstack", "php", "laravel", "vue"],
        {"langs": ["php", "javascript"], "ui": ["vue"]},
    ),
    (
        "fullstack",
        "senior",
        "Senior Product Engineer (Full-Stack, TypeScript)",
        "Product-minded engineer who ships end to end in TypeScript: Remix and React in the "
        "browser, Node.js and PostgreSQL on the server.",
        ["fullstack", "typescript", "react", "node.js"],
        {"langs": ["node", "typescript"], "ui": ["react"]},
    ),
    # mobile
    (
        "mobile",
        "senior",
        "Senior iOS Engineer",
        "Build our iPhone and iPad apps in Swift and SwiftUI, own the modular architecture and "
        "release train, and write XCTest suites.",
        ["ios", "swift", "mobile"],
        {"platforms": ["ios"]},
    ),
    (
        "mobile",
        "none",
        "iOS Developer (Swift)",
        "Develop new features in our Swift and UIKit codebase while we migrate to SwiftUI; work "
        "closely with designers and the API team.",
        ["ios", "swift"],
        {"platforms": ["ios"]},
    ),
    (
        "mobile",
        "senior",
        "Senior Android Engineer (Kotlin)",
        "Build our Android app with Kotlin, Jetpack Compose, coroutines and Hilt; drive "
        "performance and crash-rate improvements.",
        ["android", "kotlin", "mobile"],
        {"platforms": ["android"], "langs": ["kotlin"]},
    ),
    (
        "mobile",
        "none",
        "Mobile Engineer (React Native)",
        "Ship features to our iOS and Android apps from one React Native and TypeScript "
        "codebase; some native module work in Swift or Kotlin.",
        ["mobile", "react native", "ios", "android"],
        {"platforms": ["ios", "android"]},
    ),
    (
        "mobile",
        "junior",
        "Junior Android Developer",
        "Start your career on our Android team: Kotlin, Jetpack Compose and a patient code-review "
        "culture.",
        ["android", "kotlin"],
        {"platforms": ["android"], "langs": ["kotlin"]},
    ),
    (
        "mobile",
        "senior",
        "Senior Mobile Developer (Flutter)",
        "Lead development of our Flutter app for iOS and Android, including state management "
        "with Riverpod and CI with Codemagic.",
        ["flutter", "dart", "mobile"],
        {"platforms": ["ios", "android"]},
    ),
    (
        "mobile",
        "lead",
        "Lead iOS Developer",
        "Lead four iOS engineers, own the architecture of our Swift app and partner with "
        "product on the roadmap.",
        ["ios", "swift"],
        {"platforms": ["ios"]},
    ),
    # data engineering
    (
        "data_eng",
        "senior",
        "Senior Data Engineer",
        "Design batch and streaming pipelines with Spark, Airflow and dbt on Databricks; model "
        "data for analytics and ML in Delta Lake. Python and SQL every day.",
        ["data engineering", "spark", "airflow", "python", "sql"],
        {"langs": ["python"], "tools": ["spark"]},
    ),
    (
        "data_eng",
        "none",
        "Data Engineer (Python)",
        "Build ELT pipelines in Python and SQL with Airflow, Snowflake and dbt; own data quality "
        "checks and documentation.",
        ["data engineering", "python", "snowflake", "dbt"],
        {"langs": ["python"], "tools": ["snowflake"]},
    ),
    (
        "data_eng",
        "senior",
        "Senior Data Engineer (Spark/Scala)",
        "Build and tune large Spark jobs in Scala on EMR, run Kafka ingestion and maintain our "
        "Iceberg lakehouse.",
        ["data engineering", "spark", "scala", "kafka"],
        {"langs": ["scala"], "tools": ["spark"]},
    ),
    (
        "data_eng",
        "junior",
        "Junior Data Engineer",
        "Help build our data platform: SQL transformations in dbt, Python ingestion jobs and "
        "BigQuery. Training and mentoring provided.",
        ["data engineering", "sql", "bigquery", "python"],
        {"langs": ["python"], "tools": ["bigquery"]},
    ),
    (
        "data_eng",
        "staff",
        "Staff Data Engineer, Data Platform",
        "Set the direction of our data platform: Kafka, Flink and Spark on Kubernetes, a "
        "semantic layer and data contracts across 20 teams.",
        ["data engineering", "kafka", "flink", "spark"],
        {"langs": ["java", "python"], "tools": ["spark", "flink"]},
    ),
    (
        "data_eng",
        "none",
        "Big Data Engineer (PySpark)",
        "Develop PySpark pipelines on Azure Databricks and Synapse, orchestrated with Azure Data "
        "Factory.",
        ["pyspark", "databricks", "azure"],
        {"langs": ["python"], "tools": ["spark"]},
    ),
    (
        "data_eng",
        "mid",
        "Analytics Engineer",
        "Own the dbt models and semantic layer that power our dashboards; SQL first, with some "
        "Python for tests and tooling.",
        ["dbt", "sql", "analytics"],
        {"langs": ["sql"], "tools": ["dbt"]},
    ),
    (
        "data_eng",
        "senior",
        "Senior Data Engineer – Streaming (Kafka, Flink)",
        "Build real-time pipelines with Kafka Streams and Apache Flink in Java, feeding fraud "
        "models and operational dashboards.",
        ["data engineering", "kafka", "flink", "java"],
        {"langs": ["java"], "tools": ["flink", "kafka"]},
    ),
    # data science / analytics
    (
        "data_sci",
        "senior",
        "Senior Data Scientist",
        "Run experiments, build forecasting and pricing models in Python (pandas, scikit-learn, "
        "statsmodels) and explain results to product and finance.",
        ["data science", "python", "statistics"],
        {"langs": ["python"]},
    ),
    (
        "data_sci",
        "none",
        "Data Scientist, Product Analytics",
        "Measure product impact with A/B tests and causal inference, write SQL and Python, and "
        "partner with product managers on metrics.",
        ["data science", "sql", "python", "experimentation"],
        {"langs": ["python"]},
    ),
    (
        "data_analyst",
        "none",
        "Data Analyst",
        "Build Looker dashboards, write SQL against our warehouse and answer questions from "
        "sales and operations.",
        ["sql", "looker", "analytics"],
        {},
    ),
    (
        "data_analyst",
        "senior",
        "Senior BI Analyst (Power BI)",
        "Own reporting for finance and operations in Power BI and SQL Server; DAX and data "
        "modelling skills required.",
        ["power bi", "sql", "bi"],
        {},
    ),
    # ML
    (
        "ml",
        "senior",
        "Senior Machine Learning Engineer",
        "Train, ship and monitor ranking models in production with PyTorch, Ray and Kubeflow; "
        "build feature pipelines and online inference services in Python.",
        ["machine learning", "python", "pytorch", "mlops"],
        {"langs": ["python"]},
    ),
    (
        "ml",
        "none",
        "Machine Learning Engineer (NLP)",
        "Fine-tune and serve language models for document understanding; Python, Hugging Face "
        "Transformers, Triton and AWS SageMaker.",
        ["machine learning", "nlp", "python"],
        {"langs": ["python"]},
    ),
    (
        "ml",
        "none",
        "MLOps Engineer",
        "Build the platform our data scientists use to train, deploy and monitor models: MLflow, "
        "Kubernetes, Argo Workflows and Terraform.",
        ["mlops", "kubernetes", "mlflow"],
        {"langs": ["python"]},
    ),
    (
        "ml",
        "staff",
        "Staff ML Engineer, Recommendations",
        "Lead the technical roadmap for recommendations: candidate generation, ranking, "
        "real-time features and experimentation at scale.",
        ["machine learning", "recommendations"],
        {"langs": ["python"]},
    ),
    (
        "ml",
        "senior",
        "Senior AI Engineer (LLM Applications)",
        "Build retrieval-augmented generation features, evaluation harnesses and guardrails; "
        "Python, vector databases and prompt engineering.",
        ["llm", "python", "ai"],
        {"langs": ["python"]},
    ),
    # devops / sre / platform
    (
        "devops",
        "senior",
        "Senior DevOps Engineer",
        "Own our AWS infrastructure as code with Terraform, run EKS clusters and GitHub Actions "
        "pipelines, and improve observability with Prometheus and Grafana.",
        ["devops", "aws", "terraform", "kubernetes"],
        {"tools": ["terraform", "kubernetes"]},
    ),
    (
        "devops",
        "none",
        "DevOps Engineer (Kubernetes)",
        "Operate and automate Kubernetes clusters with Helm and Argo CD, write Terraform modules "
        "and keep CI/CD fast and secure.",
        ["devops", "kubernetes", "helm", "terraform"],
        {"tools": ["terraform", "kubernetes"]},
    ),
    (
        "devops",
        "senior",
        "Senior Site Reliability Engineer",
        "Keep our services fast and available: SLOs, incident response, capacity planning, "
        "Kubernetes on GCP and automation in Go and Python.",
        ["sre", "kubernetes", "gcp", "go"],
        {"tools": ["kubernetes"]},
    ),
    (
        "devops",
        "none",
        "Platform Engineer (Kubernetes, Terraform)",
        "Build our internal developer platform: golden paths on Kubernetes, Crossplane and "
        "Terraform, Backstage and policy as code.",
        ["platform", "kubernetes", "terraform"],
        {"tools": ["terraform", "kubernetes"]},
    ),
    (
        "devops",
        "junior",
        "Junior DevOps Engineer",
        "Learn infrastructure automation with Ansible, Docker and GitLab CI; on-call only after "
        "six months and always paired.",
        ["devops", "ansible", "docker"],
        {"tools": ["ansible", "docker"]},
    ),
    (
        "devops",
        "staff",
        "Staff Site Reliability Engineer",
        "Set reliability strategy across our platform, lead post-incident reviews and build "
        "tooling for multi-region Kubernetes on AWS.",
        ["sre", "kubernetes", "aws"],
        {"tools": ["kubernetes"]},
    ),
    (
        "devops",
        "none",
        "Cloud Infrastructure Engineer (Azure)",
        "Design Azure landing zones with Bicep and Terraform, manage AKS clusters and network "
        "security, and automate with PowerShell.",
        ["azure", "terraform", "aks"],
        {"tools": ["terraform", "kubernetes"]},
    ),
    (
        "devops",
        "senior",
        "Senior Platform Engineer",
        "Run the Kubernetes platform and service mesh that 80 engineers deploy to; Terraform, "
        "Istio, Argo CD and a lot of Go tooling.",
        ["platform", "kubernetes", "terraform", "istio"],
        {"tools": ["terraform", "kubernetes"]},
    ),
    (
        "devops",
        "none",
        "Build & Release Engineer",
        "Own our Jenkins and GitHub Actions pipelines, artifact management and release "
        "automation for desktop and server products.",
        ["ci/cd", "jenkins"],
        {"tools": ["jenkins"]},
    ),
    (
        "devops",
        "mid",
        "Systems Engineer (Linux)",
        "Run our Linux fleet on-premises and in AWS: patching, Ansible, monitoring with "
        "Zabbix and on-call support.",
        ["linux", "ansible"],
        {"tools": ["ansible"]},
    ),
    # qa
    (
        "qa",
        "none",
        "QA Automation Engineer",
        "Build and maintain UI and API test automation with Playwright and TypeScript, run it in "
        "CI and champion quality in the team.",
        ["qa", "test automation", "playwright"],
        {"automation": True},
    ),
    (
        "qa",
        "senior",
        "Senior SDET",
        "Design test frameworks in Java with JUnit 5 and REST Assured, contract tests with Pact "
        "and performance tests with Gatling.",
        ["sdet", "java", "test automation"],
        {"automation": True},
    ),
    (
        "qa",
        "none",
        "Manual QA Tester",
        "Write and execute manual test cases for our web and mobile apps, report defects in "
        "Jira and support user acceptance testing. No coding required.",
        ["qa", "manual testing"],
        {"automation": False},
    ),
    (
        "qa",
        "junior",
        "Junior Test Automation Engineer",
        "Write Cypress and Postman tests, learn test design and help maintain our CI pipelines.",
        ["qa", "cypress", "test automation"],
        {"automation": True},
    ),
    (
        "qa",
        "senior",
        "Senior Quality Engineer (Python)",
        "Own test strategy for our platform: pytest API suites, load testing with Locust and "
        "quality gates in CI.",
        ["qa", "python", "pytest"],
        {"automation": True},
    ),
    (
        "qa",
        "lead",
        "QA Lead",
        "Lead a team of four testers, define the test strategy, introduce automation with "
        "Selenium and report quality metrics to management.",
        ["qa", "selenium"],
        {"automation": True},
    ),
    (
        "qa",
        "none",
        "Software Test Engineer (Embedded)",
        "Test firmware for our IoT devices on hardware-in-the-loop rigs with Python and Robot "
        "Framework.",
        ["testing", "embedded", "python"],
        {"automation": True},
    ),
    # security
    (
        "security",
        "senior",
        "Senior Security Engineer (AppSec)",
        "Run threat modelling, secure code review and our SAST and DAST tooling; help teams fix "
        "vulnerabilities in Java and Go services.",
        ["security", "appsec"],
        {},
    ),
    (
        "security",
        "none",
        "Cloud Security Engineer",
        "Harden our AWS organisation, write guardrails in Terraform and OPA, and respond to "
        "cloud security findings.",
        ["security", "aws", "cloud security"],
        {},
    ),
    (
        "security",
        "none",
        "SOC Analyst",
        "Triage alerts in our SIEM, investigate incidents and escalate to the response team; "
        "shift work.",
        ["security", "soc", "siem"],
        {},
    ),
    (
        "security",
        "senior",
        "Penetration Tester",
        "Perform web, API and network penetration tests for clients and write clear reports; "
        "OSCP or similar expected.",
        ["security", "pentest"],
        {},
    ),
    # engineering managers
    (
        "em",
        "none",
        "Engineering Manager, Backend",
        "Lead a team of seven backend engineers building payment APIs in Java and Kotlin; own "
        "hiring, delivery and career growth while staying close to architecture.",
        ["management", "backend"],
        {"em_focus": "backend"},
    ),
    (
        "em",
        "senior",
        "Senior Engineering Manager – Core Platform",
        "Manage two teams that run our core backend services and internal APIs (Go, PostgreSQL, "
        "Kafka); partner with product on the roadmap.",
        ["management", "platform", "backend"],
        {"em_focus": "backend"},
    ),
    (
        "em",
        "none",
        "Engineering Manager, Frontend",
        "Lead six web engineers working on our React applications and design system; coaching, "
        "hiring and delivery.",
        ["management", "frontend"],
        {"em_focus": "frontend"},
    ),
    (
        "em",
        "none",
        "Engineering Manager (Mobile)",
        "Manage the iOS and Android teams, run the release process and grow engineers.",
        ["management", "mobile"],
        {"em_focus": "mobile"},
    ),
    (
        "em",
        "none",
        "Engineering Manager – Data Platform",
        "Lead the data engineering team that runs our Spark, Airflow and warehouse stack.",
        ["management", "data"],
        {"em_focus": "data"},
    ),
    (
        "em",
        "none",
        "Software Development Manager, Order Services",
        "Manage the team that builds our order and fulfilment microservices in Java on AWS; "
        "hire, coach and run operational reviews.",
        ["management", "backend", "java"],
        {"em_focus": "backend"},
    ),
    (
        "em",
        "none",
        "Head of Engineering",
        "Lead our 40-person engineering organisation across web, mobile and platform; report "
        "to the CTO.",
        ["management", "leadership"],
        {"em_focus": "org"},
    ),
    # product / program
    (
        "pm",
        "senior",
        "Senior Product Manager",
        "Own discovery and delivery for our payments product: talk to customers, define "
        "outcomes, write specs and work with engineering and design.",
        ["product management"],
        {},
    ),
    (
        "pm",
        "none",
        "Product Manager, Developer Platform",
        "Shape the roadmap of our APIs and SDKs with engineering teams and developer customers.",
        ["product management", "api"],
        {},
    ),
    (
        "pm",
        "none",
        "Technical Product Manager",
        "Bridge product and engineering for our data products: write requirements, prioritise "
        "the backlog and understand APIs and data models.",
        ["product management", "technical"],
        {},
    ),
    (
        "pm",
        "staff",
        "Group Product Manager, Growth",
        "Lead three product managers working on activation, onboarding and retention.",
        ["product management", "growth"],
        {},
    ),
    (
        "pm",
        "junior",
        "Associate Product Manager",
        "Rotational program for new product managers; you will own a small feature area with "
        "support from a senior PM.",
        ["product management"],
        {},
    ),
    (
        "program",
        "senior",
        "Senior Technical Program Manager",
        "Coordinate cross-team infrastructure programs, manage dependencies and risks and "
        "report progress to leadership.",
        ["program management"],
        {},
    ),
    (
        "program",
        "none",
        "Project Manager (IT)",
        "Plan and deliver IT projects for internal customers using PRINCE2 and agile methods; "
        "manage budget, scope and suppliers.",
        ["project management"],
        {},
    ),
    (
        "marketing",
        "none",
        "Product Marketing Manager",
        "Own positioning, launches and sales enablement for our API products.",
        ["marketing"],
        {},
    ),
    # design
    (
        "design",
        "senior",
        "Senior Product Designer",
        "Design end-to-end experiences for our mobile and web apps, from research to polished "
        "UI in Figma.",
        ["design", "figma", "ux"],
        {},
    ),
    (
        "design",
        "none",
        "UX/UI Designer",
        "Create wireframes, prototypes and visual designs, and run usability tests with customers.",
        ["design", "ux", "ui"],
        {},
    ),
    (
        "design",
        "none",
        "UX Researcher",
        "Plan and run qualitative and quantitative research and turn findings into product "
        "decisions.",
        ["research", "ux"],
        {},
    ),
    # sales & support
    (
        "sales",
        "none",
        "Backend Sales Manager",
        "Manage our inside-sales back office: quotes, order processing and CRM hygiene in "
        "Salesforce, and support the field sales team with pricing and contracts. Experience in "
        "B2B sales administration required.",
        ["sales", "salesforce", "back office"],
        {},
    ),
    (
        "sales",
        "none",
        "Account Executive, Enterprise",
        "Own a territory of enterprise accounts, run complex sales cycles and hit quarterly "
        "targets; SaaS sales experience required.",
        ["sales", "saas"],
        {},
    ),
    (
        "sales",
        "senior",
        "Senior Sales Engineer (APIs)",
        "Support account executives with technical discovery, demos of our REST APIs and proof "
        "of concepts; some scripting in Python or JavaScript.",
        ["presales", "sales engineering", "api"],
        {},
    ),
    (
        "sales",
        "junior",
        "Sales Development Representative",
        "Prospect new customers by phone, email and LinkedIn and book meetings for account "
        "executives.",
        ["sales", "sdr"],
        {},
    ),
    (
        "sales",
        "none",
        "Key Account Manager – Cloud Infrastructure",
        "Grow relationships with our largest hosting customers and sell Kubernetes and backend "
        "infrastructure services.",
        ["sales", "account management", "cloud"],
        {},
    ),
    (
        "support",
        "none",
        "Technical Support Engineer",
        "Help customers troubleshoot integrations with our APIs, reproduce issues, read logs "
        "and work with engineering on fixes.",
        ["support", "api"],
        {},
    ),
    (
        "support",
        "none",
        "Customer Support Specialist",
        "Answer customer questions by chat and email, resolve account issues and improve help "
        "centre articles.",
        ["support", "customer service"],
        {},
    ),
    (
        "support",
        "senior",
        "Senior Support Engineer – Backend Systems",
        "Be the escalation point for incidents in our backend systems: analyse logs and SQL, "
        "write runbooks and work with on-call engineers. No product development.",
        ["support", "sql", "linux"],
        {},
    ),
    (
        "other_tech",
        "none",
        "Technical Writer",
        "Write and maintain API reference, guides and tutorials for developers.",
        ["documentation", "api"],
        {},
    ),
    (
        "other_tech",
        "none",
        "Database Administrator (PostgreSQL)",
        "Operate our PostgreSQL clusters: replication, backups, upgrades, query tuning and "
        "capacity planning.",
        ["dba", "postgresql"],
        {},
    ),
    (
        "other_tech",
        "senior",
        "Senior Embedded Software Engineer (C/C++)",
        "Write firmware for our battery-management systems in C and C++ on ARM Cortex-M; RTOS "
        "and CAN bus experience required.",
        ["embedded", "c", "c++"],
        {},
    ),
    (
        "other_tech",
        "none",
        "Solutions Architect",
        "Design customer integrations with our platform, lead technical workshops and support "
        "sales in complex deals.",
        ["solutions architecture", "presales"],
        {},
    ),
    (
        "other_tech",
        "none",
        "Game Developer (Unity/C#)",
        "Build gameplay features for our mobile games in Unity and C#.",
        ["unity", "c#", "gamedev"],
        {},
    ),
    (
        "other_tech",
        "none",
        "Salesforce Developer",
        "Customise our Salesforce org with Apex, Lightning Web Components and Flows.",
        ["salesforce", "apex"],
        {},
    ),
    (
        "recruiting",
        "none",
        "Technical Recruiter – Backend Engineering",
        "Hire backend engineers (Java, Go, Python) for our platform teams: sourcing, screening "
        "and closing candidates with hiring managers.",
        ["recruiting", "talent acquisition"],
        {},
    ),
    # non-tech
    (
        "accountant",
        "senior",
        "Senior Accountant",
        "Own month-end close, reconciliations and VAT returns; IFRS knowledge and a relevant "
        "qualification (ACA, ACCA or CPA) required.",
        ["accounting", "finance"],
        {},
    ),
    (
        "finance",
        "none",
        "Financial Analyst",
        "Build budgets, forecasts and board reporting; strong Excel and modelling skills.",
        ["finance", "fp&a"],
        {},
    ),
    (
        "civil",
        "senior",
        "Senior Civil Engineer – Water Infrastructure",
        "Design water and wastewater networks, prepare drawings in Civil 3D and supervise "
        "contractors on site. Chartered status preferred.",
        ["civil engineering", "water", "civil 3d"],
        {},
    ),
    (
        "civil",
        "none",
        "Civil Engineer (Highways)",
        "Design road schemes, junctions and drainage, and produce reports and quantities for "
        "local-authority clients.",
        ["civil engineering", "highways"],
        {},
    ),
    (
        "construction",
        "none",
        "Construction Project Manager",
        "Manage residential construction projects from groundworks to handover: programme, "
        "budget, subcontractors and health and safety.",
        ["construction", "project management"],
        {},
    ),
    (
        "mechanical",
        "none",
        "Mechanical Engineer – HVAC",
        "Design heating, ventilation and cooling systems for commercial buildings and "
        "coordinate with architects and contractors.",
        ["mechanical engineering", "hvac"],
        {},
    ),
    (
        "electrical",
        "none",
        "Electrical Engineer",
        "Design low-voltage distribution and lighting for commercial buildings; AutoCAD and "
        "Amtech experience preferred.",
        ["electrical engineering"],
        {},
    ),
    (
        "hr",
        "none",
        "HR Business Partner",
        "Advise managers on organisation design, performance and employee relations.",
        ["hr"],
        {},
    ),
    (
        "marketing",
        "none",
        "Content Marketing Manager",
        "Plan and write blog posts, case studies and newsletters for a developer audience.",
        ["marketing", "content"],
        {},
    ),
]

# O*NET "Sample of Reported Titles" used verbatim for some fictional-company postings
# title -> (family, level, description, tags)
ONET_ROLES: list[tuple[str, str, str, str, list[str]]] = [
    (
        "Charge Nurse",
        "nurse",
        "senior",
        "Lead the nursing team on a 28-bed medical-surgical ward for your shift, allocate "
        "patients and support newly qualified nurses. Active RN licence required.",
        ["nursing", "rn"],
    ),
    (
        "Emergency Department RN (Emergency Department Registered Nurse)",
        "nurse",
        "none",
        "Assess and treat patients in a busy emergency department; triage, trauma care and "
        "close teamwork with physicians. BLS and ACLS required.",
        ["nursing", "emergency", "rn"],
    ),
    (
        "Staff RN (Staff Registered Nurse)",
        "nurse",
        "none",
        "Provide direct patient care on our cardiology unit, administer medication and educate "
        "patients and families. Twelve-hour shifts.",
        ["nursing", "rn"],
    ),
    (
        "ICU Nurse (Intensive Care Unit Nurse)",
        "nurse",
        "none",
        "Care for critically ill patients in a 16-bed ICU; ventilator and haemodynamic "
        "monitoring experience preferred.",
        ["nursing", "icu"],
    ),
    (
        "Family Nurse Practitioner (FNP)",
        "nurse_practitioner",
        "none",
        "Diagnose and treat patients of all ages in a primary-care clinic with prescribing "
        "authority; board-certified FNP licence required.",
        ["nurse practitioner", "primary care"],
    ),
    (
        "Structural Engineer",
        "civil",
        "none",
        "Design steel, concrete and timber structures for residential and commercial projects; "
        "calculations, drawings and site visits.",
        ["structural engineering", "civil engineering"],
    ),
    (
        "Geotechnical Engineer",
        "civil",
        "none",
        "Plan ground investigations, analyse soil data and design foundations and retaining walls.",
        ["geotechnical", "civil engineering"],
    ),
    (
        "Transportation Engineer",
        "civil",
        "none",
        "Model traffic, design road and transit improvements and prepare reports for city and "
        "county clients.",
        ["transportation", "civil engineering"],
    ),
    (
        "Mechanical Design Engineer",
        "mechanical",
        "none",
        "Design mechanical parts and assemblies in SolidWorks, run tolerance analyses and "
        "support prototyping.",
        ["mechanical engineering", "solidworks"],
    ),
    (
        "Certified Public Accountant (CPA)",
        "accountant",
        "none",
        "Prepare financial statements and tax returns for small-business clients and advise on "
        "accounting matters.",
        ["accounting", "cpa", "tax"],
    ),
    (
        "General Accountant",
        "accountant",
        "none",
        "Keep the general ledger, run payables and receivables and prepare monthly management "
        "accounts.",
        ["accounting"],
    ),
    (
        "Software Quality Assurance Engineer (SQA Engineer)",
        "qa",
        "none",
        "Plan and automate tests for our web platform with Selenium and Java, track defects and "
        "sign off releases.",
        ["qa", "selenium", "java"],
    ),
    (
        "Automation Tester",
        "qa",
        "none",
        "Automate regression tests with Cypress and Postman and keep the test suites green in CI.",
        ["qa", "test automation"],
    ),
    (
        "Information Security Specialist",
        "security",
        "none",
        "Maintain our ISO 27001 controls, run vulnerability scans and security awareness "
        "training, and handle access reviews.",
        ["security", "iso 27001"],
    ),
    (
        "Systems Administrator",
        "devops",
        "none",
        "Administer Windows and Linux servers, Active Directory, backups and the office network.",
        ["sysadmin", "windows", "linux"],
    ),
    (
        "Business Systems Analyst",
        "analyst",
        "none",
        "Gather requirements from finance and operations, write user stories and test changes "
        "to our ERP.",
        ["business analysis", "erp"],
    ),
    (
        "Inside Sales Representative",
        "sales",
        "none",
        "Qualify inbound leads, run product demos over video and close small-business deals.",
        ["sales"],
    ),
    (
        "Software Architect",
        "architect",
        "senior",
        "Define the target architecture for our insurance platform, document decisions and "
        "guide teams across web, mobile and backend.",
        ["architecture"],
    ),
]

# --------------------------------------------------------------------------------------------
# Real USAJOBS titles (exact strings from postings.jsonl.gz); descriptions written here
# --------------------------------------------------------------------------------------------

USAJOBS_TITLES: list[tuple[str, str, str]] = [
    # (title, family, level)
    ("Civil Engineer", "civil", "none"),
    ("Civil Engineer (Highway) - DIRECT HIRE", "civil", "none"),
    ("Supervisory Civil Engineer", "civil", "lead"),
    ("Civil Engineer (Structural) - DIRECT HIRE", "civil", "none"),
    ("Civil/Environmental Engineer (Jr. Field Engineer)", "civil", "junior"),
    ("Interdisciplinary Civil/Mechanical Engineer", "civil", "none"),
    ("Civil Engineer/Agricultural Engineer", "civil", "none"),
    ("Mechanical Engineer", "mechanical", "none"),
    ("Mechanical Engineer (Plumbing)", "mechanical", "none"),
    ("Electronics Engineer", "electrical", "none"),
    ("Nurse", "nurse", "none"),
    ("Nurse (Emergency Room)", "nurse", "none"),
    ("Nurse (Case Manager)", "nurse", "none"),
    ("Supervisory Nurse", "nurse", "lead"),
    ("Nurse (Educator)", "nurse", "none"),
    ("Advanced Practice Nurse (Nurse Practitioner)", "nurse_practitioner", "none"),
    ("Accountant", "accountant", "none"),
    ("Staff Accountant", "accountant", "none"),
    ("Accountant (Systems)", "accountant", "none"),
    ("Supervisory Accountant", "accountant", "lead"),
    ("Cost Accountant", "accountant", "none"),
    ("Accountant (Recent Graduate)", "accountant", "junior"),
    ("IT Specialist (INFOSEC)", "security", "none"),
    ("Information Technology Specialist (Security)", "security", "none"),
    ("IT Specialist (APPSW)", "it_specialist", "none"),
    ("IT Specialist (SYSADMIN)", "devops", "none"),
    ("IT Specialist (Data Management)", "it_specialist", "none"),
    ("IT Project Manager", "program", "none"),
    ("Information Technology Specialist (Customer Support)", "support", "none"),
    ("Computer Scientist", "computer_scientist", "none"),
    ("Computer Engineer, AST, Software Systems", "computer_engineer", "none"),
    ("Contract Specialist", "contracting", "none"),
    ("Program Manager", "program", "none"),
    ("Safety and Occupational Health Specialist", "safety", "none"),
    ("Policy Analyst", "policy", "none"),
    ("Data Analyst", "data_analyst", "none"),
]

SERIES_TEXT = {
    "0810": "Plans, designs and reviews civil engineering projects such as roads, bridges, "
    "dams, drainage and federal facilities; prepares cost estimates and inspects construction "
    "for compliance with plans and specifications.",
    "0830": "Applies mechanical engineering to the design, installation and maintenance of "
    "building systems and equipment; reviews designs, prepares specifications and inspects work.",
    "0855": "Designs, tests and maintains electronic and telecommunication systems; reviews "
    "contractor designs and supports acquisition.",
    "0610": "Provides professional nursing care to patients, assesses health status, "
    "administers treatment and coordinates care with the interdisciplinary team. Requires an "
    "active, unrestricted registered nurse licence.",
    "0510": "Performs professional accounting work: maintains accounts, reconciles ledgers, "
    "prepares financial statements and supports audits under federal accounting standards.",
    "2210": "Federal information technology position: plans, operates and supports the "
    "agency's IT systems, ensures compliance with federal policy and assists customers.",
    "1550": "Performs professional computer science work: research, design and evaluation of "
    "computing systems and data analysis for agency programs.",
    "0854": "Performs computer engineering work on software systems for mission operations, "
    "including requirements, design reviews, integration and testing.",
    "1102": "Plans and manages federal contracts: solicitations, negotiations, awards and "
    "contract administration under the Federal Acquisition Regulation.",
    "0340": "Manages agency programs: sets objectives, oversees budgets and staff, and reports "
    "on program performance.",
    "0018": "Develops and evaluates occupational safety and health programs, inspects "
    "workplaces and investigates accidents.",
    "0301": "Performs analytical and program support work for agency programs, including "
    "policy research, data analysis and reporting.",
    "0343": "Analyses program effectiveness and supports management decisions.",
}

SPECIALTY_TEXT = {
    "IT Specialist (INFOSEC)": " Specialty: information security – risk assessments, security "
    "controls, incident response and continuous monitoring of agency systems.",
    "Information Technology Specialist (Security)": " Specialty: cybersecurity – security "
    "authorisations, vulnerability management and compliance with NIST guidance.",
    "IT Specialist (APPSW)": " Specialty: applications software – analyses user requirements, "
    "configures, tests and maintains the agency's application software and supports users.",
    "IT Specialist (SYSADMIN)": " Specialty: systems administration – installs, configures and "
    "maintains servers and operating systems, backups and patching.",
    "IT Specialist (Data Management)": " Specialty: data management – database administration, "
    "data standards and records of the agency's information assets.",
    "IT Project Manager": " Specialty: project management of IT investments – schedules, "
    "budgets, risks and vendor oversight.",
    "Information Technology Specialist (Customer Support)": " Specialty: customer support – "
    "help desk, end-user devices and account management.",
}

# USAJOBS product-manager export rows used (control numbers); salary and first location real
USAJOBS_PM_TITLES = [
    "Product Manager",
    "IT Specialist (Product Manager)",
    "Senior Product Manager",
    "IT Specialist (Technical Product Manager)",
]

# Microsoft careers postings used: id -> (role family, level, languages) as judged by the author
MICROSOFT: dict[str, tuple[str, str, list[str]]] = {
    "385161": ("data_sci", "principal", ["java", "python", "c++"]),
    "531004": ("mobile", "mid", ["swift"]),
    "434186": ("embedded", "senior", ["c"]),
    "573193": ("devops", "senior", ["csharp", "c++", "java"]),
    "552120": ("backend", "senior", []),
    "527815": ("backend", "principal", ["csharp", "c++"]),
    "578959": ("backend", "mid", ["csharp", "c++", "java"]),
    "572296": ("backend", "senior", ["c++"]),
    "566366": ("fullstack", "none", ["csharp", "typescript"]),
    "539343": ("frontend", "senior", ["typescript", "csharp"]),
    "586784": ("data_analyst", "senior", []),
    "494088": ("data_eng", "none", ["sql"]),
    "574403": ("data_sci", "mid", ["csharp", "c++", "java", "python", "r"]),
    "570409": ("ml", "none", ["csharp", "python", "java", "r"]),
    "584175": ("ml", "none", ["python", "csharp", "c++", "java"]),
    "589059": ("pm", "principal", []),
    "577130": ("program", "principal", []),
    "587342": ("design", "senior", []),
    "589020": ("design", "mid", []),
}


def shorten_microsoft(text: str, limit: int = 1450) -> str:
    """Keep the opening and the qualifications, drop boilerplate; at most ``limit`` chars."""
    text = re.sub(
        r"(Ability to meet Microsoft|Microsoft is an equal opportunity).*", "", text, flags=re.S
    )
    text = text.replace("â€™", "'").replace("\t", " ")
    text = re.sub(r"\s+", " ", text).strip()
    intro, _, rest = text.partition(" Responsibilities ")
    duties, _, quals = rest.partition("Qualifications")
    quals = quals.strip()

    def clip(part: str, size: int) -> str:
        part = part.strip()
        if len(part) <= size:
            return part
        cut = part[:size]
        end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
        return cut[: end + 1] if end > size // 3 else cut.rsplit(" ", 1)[0] + " …"

    if quals:
        head = clip(intro, 420)
        middle = clip(duties, 400)
        tail = clip(quals, limit - len(head) - len(middle) - 40)
        return f"{head} Responsibilities: {middle} Qualifications: {tail}"
    return clip(text, limit)


def load_real(rng: random.Random) -> list[Row]:
    base = shared_dir()
    if not (base / "usajobs" / "postings.jsonl.gz").exists():
        sys.exit(f"shared reference data not found at {base}; set JOB_CONCIERGE_SHARED_DATA")
    rows: list[Row] = []

    # Microsoft careers sample
    items = json.loads((base / "microsoft-careers" / "microsoft_careers_sample.json").read_text())
    by_id = {str(item["id"]): item for item in items}
    for ms_id, (family, level, langs) in MICROSOFT.items():
        item = by_id[ms_id]
        workplace = "unknown"
        rows.append(
            {
                "title": re.sub(r"\s+", " ", item["title"]).strip(),
                "company": "Microsoft",
                "location": f"{item['state']}, United States",
                "remote": None,
                "salary_min": None,
                "salary_max": None,
                "currency": None,
                "description": shorten_microsoft(item["description"]),
                "tags": dedupe([slug(item["subCategory"]).replace("-", " ")]),
                "_meta": {
                    "family": family,
                    "level": level,
                    "langs": langs,
                    "workplace": workplace,
                    "origin": f"microsoft-careers:{ms_id}",
                },
                "_url_key": f"microsoft-{ms_id}",
            }
        )

    # USAJOBS titles (first posting with each exact title, file order)
    rows += federal_rows(
        base,
        USAJOBS_TITLES,
        lambda code, title: (
            SERIES_TEXT.get(code, SERIES_TEXT["0301"]) + SPECIALTY_TEXT.get(title, "")
        ),
        " US citizenship required; federal benefits and pay under the General Schedule.",
    )

    # USAJOBS product-manager export: real salary range and first location
    path = base / "usajobs" / "product_manager_jobs_full_fields.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        pm_rows = list(csv.DictReader(fh))
    for title in USAJOBS_PM_TITLES:
        rec = next(r for r in pm_rows if r["position_title"] == title)
        location = rec["locations"].split("|")[0].strip()
        location = location.replace(", United States", ", US")
        telework = rec["telework_eligible"] == "Y"
        workplace = "remote" if "remote job" in location else "hybrid" if telework else "onsite"
        low = round(float(rec["minimum_salary"] or 0))
        high = round(float(rec["maximum_salary"] or 0))
        agency = rec["hiring_agency_name"]
        dept = rec["hiring_department_name"]
        company = dept if agency == dept else f"{dept} / {agency}"
        text = (
            "Federal product management position: leads product strategy and the backlog for "
            "agency digital services, works with users, designers and engineers to define "
            "outcomes, and measures results."
        )
        if "Technical" in title or "IT Specialist" in title:
            text += " Background in information technology and agile delivery expected."
        text += " US citizenship required."
        rows.append(
            {
                "title": title,
                "company": company,
                "location": location,
                "remote": workplace,
                "salary_min": low or None,  # 0 means "not stated" upstream
                "salary_max": high or None,
                "currency": "USD" if low and high else None,
                "description": text,
                "tags": ["federal", "product management", f"series {rec['job_series']}"],
                "_meta": {
                    "family": "pm",
                    "level": "senior" if "Senior" in title else "none",
                    "langs": [],
                    "workplace": workplace,
                    "origin": f"usajobs:{rec['control_number']}",
                },
                "_url_key": f"usajobs-{rec['control_number']}",
            }
        )
    return rows


# --------------------------------------------------------------------------------------------
# More roles: real USAJOBS titles of common jobs outside tech, so that a first /add of an
# attorney, a teacher, a truck driver, an air traffic controller… finds postings. They come
# after the judged sample (ids sample:0341 on) and are not in the evaluation pool: nobody has
# judged them against tests/eval/judged.json.
# --------------------------------------------------------------------------------------------

# (exact USAJOBS title, family, level)
MORE_USAJOBS_TITLES: list[tuple[str, str, str]] = [
    ("Attorney Advisor", "attorney", "none"),
    ("General Attorney", "attorney", "none"),
    ("Trial Attorney", "attorney", "none"),
    ("Supervisory Attorney", "attorney", "lead"),
    ("Paralegal Specialist", "paralegal", "none"),
    ("Supervisory Paralegal Specialist", "paralegal", "lead"),
    ("Legal Assistant", "legal_assistant", "none"),
    ("Law Clerk", "law_clerk", "none"),
    ("Air Traffic Control Specialist", "atc", "none"),
    ("Supervisory Air Traffic Control Specialist", "atc", "lead"),
    ("Supervisory Air Traffic Control Specialist (Operations Supervisor)", "atc", "lead"),
    ("Teacher", "teacher", "none"),
    ("Teacher (Special Education)", "teacher", "none"),
    ("Lead Teacher", "teacher", "lead"),
    ("Training Instructor", "instructor", "none"),
    ("Motor Vehicle Operator", "driver", "none"),
    ("Motor Vehicle Operator Supervisor", "driver", "lead"),
    ("Tractor Operator", "driver", "none"),
    ("Pharmacist", "pharmacist", "none"),
    ("Supervisory Pharmacist", "pharmacist", "lead"),
    ("Pharmacist (Clinical)", "pharmacist", "none"),
    ("Pharmacy Technician", "pharmacy_tech", "none"),
    ("Practical Nurse", "practical_nurse", "none"),
    ("Licensed Practical Nurse", "practical_nurse", "none"),
    ("Nursing Assistant", "nursing_assistant", "none"),
    ("Lead Nurse", "nurse", "lead"),
    ("Nurse (Outpatient)", "nurse", "none"),
    ("Nurse Practitioner", "nurse_practitioner", "none"),
    ("Electrician", "electrician", "none"),
    ("High Voltage Electrician", "electrician", "none"),
    ("Electrician Leader", "electrician", "lead"),
    ("Maintenance Mechanic", "mechanic", "none"),
    ("Air Conditioning Equipment Mechanic", "mechanic", "none"),
    ("Heavy Mobile Equipment Mechanic", "mechanic", "none"),
    ("Automotive Mechanic", "mechanic", "none"),
    ("Maintenance Worker", "trades", "none"),
    ("Plumber", "trades", "none"),
    ("Welder", "trades", "none"),
    ("Carpenter", "trades", "none"),
    ("Painter", "trades", "none"),
    ("Pipefitter", "trades", "none"),
    ("Laborer", "trades", "none"),
    ("Police Officer", "police", "none"),
    ("Police Officer (Entry-Level)", "police", "junior"),
    ("Supervisory Police Officer", "police", "lead"),
    ("Security Guard", "guard", "none"),
    ("Firefighter", "firefighter", "none"),
    ("Wildland Firefighter", "firefighter", "none"),
    ("Criminal Investigator", "investigator", "none"),
    ("Park Ranger", "ranger", "none"),
    ("Social Worker", "social_worker", "none"),
    ("Social Worker (Clinical)", "social_worker", "none"),
    ("Supervisory Social Worker", "social_worker", "lead"),
    ("Social Services Assistant", "social_worker", "none"),
    ("Cook", "cook", "none"),
    ("Cook Supervisor", "cook", "lead"),
    ("Food Service Worker", "food_service", "none"),
    ("Physician", "physician", "none"),
    ("Physician Assistant", "physician_assistant", "none"),
    ("Dentist", "dentist", "none"),
    ("Dental Hygienist", "dental", "none"),
    ("Dental Assistant", "dental", "none"),
    ("Physical Therapist", "therapist", "none"),
    ("Occupational Therapist", "therapist", "none"),
    ("Respiratory Therapist", "therapist", "none"),
    ("Dietitian", "dietitian", "none"),
    ("Diagnostic Radiologic Technologist", "radiology", "none"),
    ("Clinical Laboratory Scientist", "lab", "none"),
    ("Clinical Psychologist", "psychologist", "none"),
    ("Medical Support Assistant", "medical_admin", "none"),
    ("Medical Records Technician", "medical_admin", "none"),
    ("Secretary", "admin", "none"),
    ("Executive Assistant", "admin", "none"),
    ("Contact Representative", "customer_service", "none"),
    ("Customer Service Representative", "customer_service", "none"),
    ("Human Resources Specialist", "hr", "none"),
    ("Custodial Worker", "custodian", "none"),
    ("Materials Handler", "warehouse", "none"),
    ("Librarian", "librarian", "none"),
    ("Interpreter", "interpreter", "none"),
    ("Airplane Pilot", "pilot", "none"),
    ("Economist", "economist", "none"),
    ("Auditor", "auditor", "none"),
    ("Budget Analyst", "budget", "none"),
    ("Engineering Technician", "engineering_tech", "none"),
    ("Architect", "architect_building", "none"),
    ("Meteorologist", "meteorologist", "none"),
    ("Forestry Technician", "forestry", "none"),
]

# OPM occupation series -> description written for this project (the announcements' own text
# is not in the shared data)
MORE_SERIES_TEXT = {
    "0905": "Provides legal advice and representation to the agency: researches law and "
    "regulations, drafts opinions, briefs and regulations, and handles litigation and "
    "administrative proceedings. Requires a law degree (JD) and active bar membership.",
    "0950": "Supports attorneys with legal research, case preparation, document review, "
    "discovery and the drafting of pleadings, motions and correspondence.",
    "0986": "Provides legal support: prepares and files legal documents, keeps case files and "
    "dockets, and schedules hearings for the agency's attorneys.",
    "0904": "Assists a judge or the agency's attorneys with legal research, bench memoranda and "
    "draft opinions; a law degree is required.",
    "2152": "Controls air traffic at an FAA terminal or en route facility: issues clearances and "
    "instructions to pilots, separates aircraft and keeps traffic flowing safely. Air traffic "
    "control experience and a medical clearance are required.",
    "1710": "Teaches students in a federally operated school: plans lessons, instructs, assesses "
    "progress and works with parents. A state teaching certificate is required.",
    "1701": "Teaches and leads instruction in an education and training program, plans the "
    "curriculum and guides other teachers.",
    "1712": "Delivers classroom and hands-on training to employees, prepares course material and "
    "evaluates learners.",
    "5703": "Drives trucks, vans and buses to move passengers, mail and cargo; inspects the "
    "vehicle, loads and secures freight and keeps trip logs. A commercial driver's licence (CDL) "
    "may be required.",
    "5705": "Operates tractors and attached equipment for mowing, grading and hauling; performs "
    "operator maintenance.",
    "0660": "Dispenses medication and provides clinical pharmacy services: reviews prescriptions, "
    "counsels patients and advises prescribers. Requires a pharmacy degree (PharmD) and an "
    "active pharmacist licence.",
    "0661": "Assists pharmacists: fills prescriptions, manages inventory and keeps pharmacy "
    "records.",
    "0620": "Provides practical nursing care under a registered nurse: vital signs, medication, "
    "wound care and patient support. Requires an active LPN/LVN licence.",
    "0621": "Helps patients with daily care, takes vital signs and supports the nursing team.",
    "2805": "Installs, maintains and repairs electrical wiring, fixtures and equipment in "
    "federal buildings, following the National Electrical Code.",
    "2810": "Installs and maintains high-voltage lines, substations and switchgear.",
    "4749": "Maintains and repairs buildings and their equipment: carpentry, plumbing, painting, "
    "electrical and HVAC work.",
    "5306": "Installs, maintains and repairs air-conditioning, heating and refrigeration "
    "equipment (HVAC).",
    "5803": "Repairs and maintains heavy mobile equipment such as trucks, graders and "
    "bulldozers: diesel engines, hydraulics and brakes.",
    "5823": "Diagnoses and repairs cars and light trucks: engines, brakes, electrical systems and "
    "scheduled maintenance.",
    "4206": "Installs and repairs water, waste and gas piping, fixtures and plumbing systems.",
    "3703": "Welds and cuts metal parts and structures with arc, MIG and TIG processes.",
    "4607": "Builds and repairs wooden structures, framing, doors, cabinets and fixtures.",
    "4102": "Prepares surfaces and paints buildings and equipment.",
    "4204": "Installs and repairs piping systems for steam, water and air.",
    "3502": "Performs manual labour: loading, moving materials, cleaning and grounds work.",
    "0083": "Enforces laws and keeps order on federal property: patrols, responds to "
    "emergencies, investigates incidents and makes arrests.",
    "0085": "Guards federal facilities: controls access, patrols and responds to alarms.",
    "0081": "Fights structural and aircraft fires, provides emergency medical care and carries "
    "out fire-prevention inspections.",
    "0456": "Suppresses wildland fires, builds fire lines and carries out prescribed burns and "
    "fuels management.",
    "1811": "Plans and conducts criminal investigations, gathers evidence, interviews witnesses "
    "and works with prosecutors.",
    "0025": "Protects park resources and visitors: patrols, interprets the park and enforces "
    "regulations.",
    "0185": "Provides social work services: assesses clients, counsels individuals and families, "
    "and coordinates care and community resources. Requires a master's degree in social work "
    "(MSW) and licensure.",
    "0186": "Assists social workers with case management, referrals and client support.",
    "7404": "Prepares and cooks meals in quantity for a federal facility, following menus, "
    "recipes and food-safety rules.",
    "7408": "Serves food, keeps the kitchen and dining areas clean and helps the cooks.",
    "0602": "Provides medical care to patients: diagnoses and treats illness, and coordinates "
    "care. Requires an MD or DO and a state licence.",
    "0603": "Examines, diagnoses and treats patients under a physician's supervision; requires "
    "PA certification.",
    "0680": "Provides dental care: examinations, fillings, extractions and preventive treatment.",
    "0682": "Cleans teeth, takes X-rays and teaches patients oral hygiene.",
    "0681": "Assists the dentist chairside, sterilises instruments and keeps dental records.",
    "0633": "Evaluates patients and plans physical therapy treatment to restore movement and "
    "function.",
    "0631": "Helps patients regain daily living skills through occupational therapy.",
    "0651": "Treats patients with breathing problems: ventilators, oxygen therapy and "
    "pulmonary tests.",
    "0630": "Plans nutrition care and diets for patients and advises on food service.",
    "0647": "Takes diagnostic X-ray, CT and other radiologic images of patients.",
    "0644": "Runs clinical laboratory tests in chemistry, haematology and microbiology and "
    "reports results.",
    "0180": "Assesses and treats patients' mental health: psychological testing, therapy and "
    "consultation.",
    "0679": "Schedules appointments, checks patients in and keeps medical records at a clinic.",
    "0675": "Codes and maintains patient health records.",
    "0318": "Provides office support: manages calendars, correspondence, travel and records.",
    "0962": "Answers the public's questions by phone, e-mail and in person about agency "
    "programs, and resolves account problems.",
    "0303": "Provides clerical and customer service support: answers enquiries, processes forms "
    "and keeps records.",
    "0201": "Provides human resources services: recruitment, staffing, classification, employee "
    "relations and benefits.",
    "3566": "Cleans and maintains buildings: floors, restrooms, trash and supplies.",
    "6907": "Receives, stores and issues supplies in a warehouse; operates forklifts.",
    "1410": "Manages library collections and helps patrons with research and information.",
    "1046": "Interprets and translates between English and another language.",
    "2181": "Flies agency aircraft for transport, survey and inspection missions.",
    "0110": "Analyses economic data and issues, builds models and advises on policy.",
    "0511": "Audits programs, contracts and financial statements for compliance and efficiency.",
    "0560": "Prepares, justifies and executes the agency's budget.",
    "0802": "Provides engineering technical support: drawings, surveys, testing and inspections.",
    "0808": "Designs and reviews buildings and facility projects.",
    "1340": "Forecasts the weather and issues warnings.",
    "0462": "Supports forest management: fire prevention, timber marking and field surveys.",
}

# Written for this project: fictional employers in Germany, Spain and the UK, for the common
# roles searched in German and Spanish and for those with no USAJOBS posting (cashier).
# (title, company, location, workplace, salary_min, salary_max, currency, description, tags)
Fictional = tuple[str, str, str, str, int | None, int | None, str | None, str, list[str]]
MORE_FICTIONAL: list[Fictional] = [
    (
        "Rechtsanwalt (m/w/d) Arbeitsrecht",
        "Kanzlei Brandt & Roeder",
        "Berlin, Germany",
        "hybrid",
        70000,
        95000,
        "EUR",
        "Kanzlei Brandt & Roeder berät mittelständische Unternehmen im Arbeitsrecht. Sie beraten "
        "Mandanten, führen Prozesse vor den Arbeitsgerichten und verhandeln Aufhebungsverträge. "
        "Zweites Staatsexamen und Zulassung als Rechtsanwalt erforderlich.",
        ["recht", "arbeitsrecht"],
    ),
    (
        "Lehrer (m/w/d) für Mathematik und Physik",
        "Privatschule Seeblick",
        "Hamburg, Germany",
        "onsite",
        52000,
        64000,
        "EUR",
        "Die Privatschule Seeblick sucht eine Lehrkraft für Mathematik und Physik in den Klassen "
        "5 bis 13. Zweites Staatsexamen oder ein vergleichbarer Abschluss erforderlich.",
        ["schule", "mathematik"],
    ),
    (
        "LKW-Fahrer (m/w/d) CE im Nahverkehr",
        "Spedition Hollmann",
        "Munich, Germany",
        "onsite",
        36000,
        42000,
        "EUR",
        "Spedition Hollmann beliefert Supermärkte im Raum München. Sie fahren im Nahverkehr, "
        "abends zu Hause. Führerschein Klasse CE und Fahrerkarte erforderlich.",
        ["logistik", "führerschein ce"],
    ),
    (
        "Apotheker (m/w/d)",
        "Löwen-Apotheke am Markt",
        "Berlin, Germany",
        "onsite",
        55000,
        65000,
        "EUR",
        "Beratung unserer Kundschaft, Abgabe von Arzneimitteln und Rezepturherstellung in einer "
        "Stadtapotheke. Approbation als Apotheker erforderlich.",
        ["apotheke"],
    ),
    (
        "Abogado/a laboralista",
        "Ferrer Ruiz Abogados",
        "Madrid, Spain",
        "hybrid",
        38000,
        52000,
        "EUR",
        "Despacho de abogados en Madrid busca abogado/a laboralista para asesorar a empresas y "
        "llevar procedimientos ante los juzgados de lo social. Colegiación obligatoria.",
        ["derecho laboral"],
    ),
    (
        "Camionero/a de larga distancia",
        "Transportes Ebro",
        "Madrid, Spain",
        "onsite",
        28000,
        34000,
        "EUR",
        "Conducción de camión en rutas nacionales e internacionales. Carné C+E, CAP y tarjeta de "
        "tacógrafo en vigor.",
        ["transporte", "carné c+e"],
    ),
    (
        "Farmacéutico/a adjunto/a",
        "Farmacia Alameda",
        "Madrid, Spain",
        "onsite",
        30000,
        36000,
        "EUR",
        "Dispensación y consejo farmacéutico, control de recetas y gestión del stock en una "
        "farmacia de barrio. Licenciatura o grado en Farmacia y colegiación.",
        ["farmacia"],
    ),
    (
        "Maestro/a de educación primaria",
        "Colegio Los Almendros",
        "Madrid, Spain",
        "onsite",
        27000,
        33000,
        "EUR",
        "Colegio concertado busca maestro/a de primaria para tutoría de 4º curso. Grado en "
        "Magisterio de Educación Primaria.",
        ["educación"],
    ),
    (
        "Cashier",
        "Saltmarsh Foods",
        "Manchester, UK",
        "onsite",
        23000,
        25000,
        "GBP",
        "Saltmarsh Foods runs twelve grocery stores in the north of England. Serve customers at "
        "the tills and self-checkouts, handle cash and card payments and keep the shop floor "
        "tidy. Weekend shifts on a rota.",
        ["retail", "customer service"],
    ),
    (
        "Kassierer (m/w/d) in Teilzeit",
        "Frischmarkt Nord",
        "Hamburg, Germany",
        "onsite",
        None,
        None,
        None,
        "Frischmarkt Nord sucht Kassierer in Teilzeit (25 Stunden pro Woche): Kassieren, "
        "Kundenservice und Warenverräumung.",
        ["einzelhandel"],
    ),
]

# Written for this project (illustrative, like the other fictional postings: no real employer,
# posting or salary): the common first searches of people outside tech in the main
# English-speaking places ("nurse london", "hgv driver birmingham", "teacher toronto"), which
# found nothing before. Kept to one posting per role and city so the sample stays small.
FIRST_SEARCHES: list[Fictional] = [
    (
        "Staff Nurse – Acute Medical Unit",
        "Thameside Community Hospital",
        "London, UK",
        "onsite",
        33000,
        40000,
        "GBP",
        "Thameside Community Hospital is looking for a registered nurse (Band 5) for its 28-bed "
        "Acute Medical Unit. Assess and care for adult patients, give medicines, keep records "
        "and work with doctors and therapists on discharge plans. NMC registration required; "
        "newly qualified nurses welcome, with a preceptorship. Long days and nights on a rota.",
        ["nursing", "nhs band 5"],
    ),
    (
        "Registered Nurse (RGN) – Surgical Ward",
        "Irwell Valley Hospitals",
        "Manchester, UK",
        "onsite",
        29000,
        36000,
        "GBP",
        "Irwell Valley Hospitals runs two hospitals in Greater Manchester. Join our general "
        "surgery ward as a registered general nurse: pre- and post-operative care, wound care, "
        "observations and patient education. Active NMC PIN required. Full-time or part-time.",
        ["nursing", "surgery"],
    ),
    (
        "Community Staff Nurse",
        "Edgbaston Lane Health Partnership",
        "Birmingham, UK",
        "onsite",
        29000,
        36000,
        "GBP",
        "Edgbaston Lane Health Partnership provides district nursing across south Birmingham. "
        "Visit patients at home for wound care, catheter care, injections and end-of-life care; "
        "a car driver's licence is needed. NMC registered nurse, Band 5, with a pool car option.",
        ["nursing", "district nursing"],
    ),
    (
        "Primary School Teacher (Year 4)",
        "Hawthorn Road Primary School",
        "London, UK",
        "onsite",
        36000,
        48000,
        "GBP",
        "Hawthorn Road Primary is a two-form entry school in east London. We need a class "
        "teacher for Year 4 from January: plan and teach the curriculum, assess progress and "
        "work with parents and teaching assistants. QTS required; ECTs welcome. Inner London "
        "pay scale.",
        ["education", "primary school", "qts"],
    ),
    (
        "Secondary English Teacher",
        "Moss Side Academy",
        "Manchester, UK",
        "onsite",
        31000,
        44000,
        "GBP",
        "Moss Side Academy, an 11–16 school of 900 pupils, seeks a teacher of English to teach "
        "Key Stages 3 and 4, including GCSE classes. QTS or equivalent required; a supportive "
        "department and a reduced timetable for early career teachers.",
        ["education", "secondary school", "english"],
    ),
    (
        "Maths Teacher",
        "Balsall Heath School",
        "Birmingham, UK",
        "onsite",
        31000,
        44000,
        "GBP",
        "Balsall Heath School is a mixed secondary school with a sixth form. Teach mathematics "
        "across Key Stages 3 to 5 and help run the maths club. Qualified teacher status required; "
        "applications from ECTs are welcome.",
        ["education", "secondary school", "mathematics"],
    ),
    (
        "Management Accountant",
        "Holloway & Pike Retail",
        "London, UK",
        "hybrid",
        50000,
        60000,
        "GBP",
        "Holloway & Pike Retail sells kitchenware in 40 UK shops. Prepare the monthly "
        "management accounts, forecasts and variance analysis, and partner with store "
        "operations on costs. ACA, ACCA or CIMA qualified (or finalist). Hybrid: three days a "
        "week in our London office.",
        ["accounting", "finance", "cima"],
    ),
    (
        "Assistant Accountant",
        "Pennine Freight Services",
        "Manchester, UK",
        "hybrid",
        30000,
        35000,
        "GBP",
        "Pennine Freight Services is a road haulage firm with 300 lorries. Support the finance "
        "team with purchase and sales ledgers, bank reconciliations, VAT returns and month-end "
        "journals in Sage. AAT qualified or studying ACCA. Hybrid after probation.",
        ["accounting", "finance", "aat"],
    ),
    (
        "Accountant (Practice)",
        "Newhall Street Accountants",
        "Birmingham, UK",
        "onsite",
        35000,
        45000,
        "GBP",
        "Newhall Street Accountants is a 30-person practice serving owner-managed businesses. "
        "Prepare year-end accounts, corporation tax and self-assessment returns for a portfolio "
        "of clients. ACCA or ACA qualified or part-qualified, with study support.",
        ["accounting", "tax", "acca"],
    ),
    (
        "Employment Solicitor (3+ PQE)",
        "Carraway Bell LLP",
        "London, UK",
        "hybrid",
        75000,
        95000,
        "GBP",
        "Carraway Bell LLP is a mid-sized City law firm. Advise employers on contracts, "
        "restructuring, disciplinary matters and tribunal claims, and run cases through to "
        "hearing. Qualified solicitor in England and Wales with three or more years' PQE in "
        "employment law.",
        ["law", "employment law"],
    ),
    (
        "Residential Conveyancing Solicitor",
        "Ashworth Gale Solicitors",
        "Manchester, UK",
        "hybrid",
        42000,
        55000,
        "GBP",
        "Ashworth Gale Solicitors is a high-street firm with four offices in the north-west. "
        "Run a caseload of residential sales, purchases and remortgages from instruction to "
        "completion. Solicitor or chartered legal executive with two years' conveyancing "
        "experience.",
        ["law", "conveyancing", "property"],
    ),
    (
        "Family Law Solicitor",
        "Colmore Row Family Law",
        "Birmingham, UK",
        "onsite",
        40000,
        58000,
        "GBP",
        "Colmore Row Family Law advises clients on divorce, finances on separation and "
        "arrangements for children. Manage your own caseload, attend court hearings and "
        "mediations. Admitted solicitor with at least one year of family law experience.",
        ["law", "family law"],
    ),
    (
        "Maintenance Electrician",
        "Docklands Facilities Group",
        "London, UK",
        "onsite",
        42000,
        48000,
        "GBP",
        "Docklands Facilities Group maintains office buildings in central London. Carry out "
        "planned and reactive electrical maintenance: lighting, distribution boards, fault "
        "finding and testing. NVQ Level 3 and the 18th Edition wiring regulations required; "
        "on-call rota.",
        ["electrical", "maintenance", "18th edition"],
    ),
    (
        "Approved Electrician – Domestic and Commercial",
        "Salford Spark Electrical",
        "Manchester, UK",
        "onsite",
        36000,
        42000,
        "GBP",
        "Salford Spark Electrical installs and rewires homes, shops and offices across Greater "
        "Manchester. Install, test and certify electrical work to BS 7671. JIB Approved "
        "Electrician or NVQ Level 3 with the 18th Edition; a van and tools are provided.",
        ["electrical", "installation"],
    ),
    (
        "Electrician (Industrial)",
        "Tyseley Components",
        "Birmingham, UK",
        "onsite",
        38000,
        45000,
        "GBP",
        "Tyseley Components makes pressed steel parts for the car industry. Maintain and repair "
        "production line electrics, motors, PLC-controlled machines and three-phase supplies. "
        "Time-served electrician with NVQ Level 3; days or a two-shift pattern.",
        ["electrical", "manufacturing"],
    ),
    (
        "HGV Class 1 Driver (C+E) – Nights",
        "Lea Valley Distribution",
        "London, UK",
        "onsite",
        40000,
        46000,
        "GBP",
        "Lea Valley Distribution delivers chilled food to supermarkets across London and the "
        "South East. Drive an articulated lorry on night trunking and store deliveries, four "
        "nights a week. Category C+E licence, Driver CPC and digital tachograph card required.",
        ["driving", "logistics", "c+e"],
    ),
    (
        "HGV Class 2 Driver (Cat C)",
        "Trafford Park Logistics",
        "Manchester, UK",
        "onsite",
        32000,
        37000,
        "GBP",
        "Trafford Park Logistics delivers building supplies to sites in Greater Manchester. "
        "Drive a rigid lorry with a crane, load and unload safely and take proof of delivery "
        "on a handheld. Category C licence, Driver CPC and tacho card; days only.",
        ["driving", "logistics", "class 2"],
    ),
    (
        "HGV Driver Class 1",
        "Midlands Pallet Network",
        "Birmingham, UK",
        "onsite",
        37000,
        43000,
        "GBP",
        "Midlands Pallet Network runs a pallet hub near Birmingham. Drive day and night trunks "
        "between hubs and deliver pallets to customers. C+E licence with a clean record, CPC "
        "and digi card required; overtime paid at time and a half.",
        ["driving", "logistics", "c+e"],
    ),
    (
        "Care Worker – Home Care",
        "Bow Common Home Care",
        "London, UK",
        "onsite",
        24000,
        27000,
        "GBP",
        "Bow Common Home Care supports older people to live at home in east London. Visit "
        "clients for personal care, meals, medication prompts and companionship. No experience "
        "needed: paid training and the Care Certificate. Travel time paid; an enhanced DBS "
        "check is required.",
        ["social care", "home care"],
    ),
    (
        "Care Worker – Residential Care Home",
        "Didsbury Grange Care Home",
        "Manchester, UK",
        "onsite",
        23000,
        25000,
        "GBP",
        "Didsbury Grange is a 60-bed residential care home. As a care worker you help "
        "residents with personal care, meals and activities, and keep care records up to date. "
        "Day and night shifts; full training given and NVQ support.",
        ["social care", "care home"],
    ),
    (
        "Care and Support Worker (Learning Disabilities)",
        "Kings Heath Supported Living",
        "Birmingham, UK",
        "onsite",
        23000,
        25000,
        "GBP",
        "Kings Heath Supported Living runs homes for adults with learning disabilities and "
        "autism. Support people with daily living, personal care, outings and medication, and "
        "help them build independence. Care experience welcome but not required.",
        ["social care", "supported living"],
    ),
    (
        "Data Analyst",
        "Northern Quarter Insurance",
        "Manchester, UK",
        "onsite",
        35000,
        45000,
        "GBP",
        "Northern Quarter Insurance sells home and motor insurance online. Build Power BI "
        "reports, write SQL against our claims and policy data and answer questions from "
        "pricing and operations teams. Based in our Manchester office.",
        ["sql", "power bi", "analytics"],
    ),
    (
        "Junior Data Analyst",
        "Blackfriars Energy Supply",
        "London, UK",
        "onsite",
        32000,
        38000,
        "GBP",
        "Blackfriars Energy Supply sells gas and electricity to 200,000 homes. Clean and analyse "
        "customer and billing data in SQL and Excel, build Tableau dashboards and present "
        "findings to the operations team. Graduates welcome; based in our London office.",
        ["sql", "tableau", "analytics"],
    ),
    (
        "Staff Nurse – Emergency Department",
        "Liffey Bank University Hospital",
        "Dublin, Ireland",
        "onsite",
        38000,
        50000,
        "EUR",
        "Liffey Bank University Hospital seeks registered general nurses for its busy "
        "emergency department: triage, assessment and care of patients of all ages. NMBI "
        "registration required (or eligibility); relocation support for nurses from abroad.",
        ["nursing", "emergency"],
    ),
    (
        "Primary Teacher",
        "Scoil Naomh Bríd",
        "Dublin, Ireland",
        "onsite",
        40000,
        52000,
        "EUR",
        "Scoil Naomh Bríd, a co-educational primary school in north Dublin, needs a mainstream "
        "class teacher for a fixed-term post. Registration with the Teaching Council required.",
        ["education", "primary school"],
    ),
    (
        "Financial Accountant",
        "Grand Canal Aviation Leasing",
        "Dublin, Ireland",
        "hybrid",
        60000,
        72000,
        "EUR",
        "Grand Canal Aviation Leasing leases aircraft to airlines worldwide. Prepare monthly "
        "and year-end financial statements under IFRS, lease accounting and audit schedules. "
        "Qualified accountant (ACA, ACCA or CPA). Hybrid working.",
        ["accounting", "ifrs"],
    ),
    (
        "Registered Nurse – Medicine",
        "Lakeshore General Hospital",
        "Toronto, Canada",
        "onsite",
        None,
        None,
        None,
        "Lakeshore General Hospital is hiring registered nurses for its general medicine "
        "units: patient assessment, care planning, medication administration and family "
        "teaching. Current registration with the College of Nurses of Ontario required; "
        "12-hour day and night shifts.",
        ["nursing"],
    ),
    (
        "Elementary Teacher (Occasional)",
        "Don Valley Catholic School Board",
        "Toronto, Canada",
        "onsite",
        None,
        None,
        None,
        "Join our occasional teacher list for elementary schools in Toronto: teach classes from "
        "kindergarten to grade 8 when teachers are away. Ontario College of Teachers "
        "certification required.",
        ["education", "elementary school"],
    ),
    (
        "Staff Accountant",
        "Bay Street Property Trust",
        "Toronto, Canada",
        "hybrid",
        None,
        None,
        None,
        "Bay Street Property Trust owns office and retail buildings across Ontario. Prepare "
        "journal entries, reconciliations and property financial statements, and support the "
        "year-end audit. CPA designation or progress towards it.",
        ["accounting"],
    ),
    (
        "Construction Electrician (309A)",
        "Humber Line Electric",
        "Toronto, Canada",
        "onsite",
        None,
        None,
        None,
        "Humber Line Electric wires condominiums and commercial buildings in the Greater "
        "Toronto Area. Install conduit, panels and lighting to the Ontario Electrical Safety "
        "Code. 309A licence required.",
        ["electrical", "construction"],
    ),
    (
        "Registered Nurse – Aged Care",
        "Harbourview Aged Care",
        "Sydney, Australia",
        "onsite",
        None,
        None,
        None,
        "Harbourview Aged Care runs a 120-bed home in Sydney's inner west. Lead the care of "
        "residents on your shift, manage medications and clinical assessments and guide the "
        "care staff. AHPRA registration as a registered nurse required.",
        ["nursing", "aged care"],
    ),
    (
        "Secondary Science Teacher",
        "Parramatta River High School",
        "Sydney, Australia",
        "onsite",
        None,
        None,
        None,
        "Parramatta River High School needs a science teacher for years 7 to 12, with chemistry "
        "or physics to HSC level. NESA accreditation and a Working with Children Check "
        "required.",
        ["education", "secondary school", "science"],
    ),
    (
        "Accountant",
        "Darling Harbour Hospitality Group",
        "Sydney, Australia",
        "hybrid",
        None,
        None,
        None,
        "Darling Harbour Hospitality Group runs restaurants and bars in Sydney. Own month-end "
        "close, BAS and payroll tax returns, and report to the finance manager. CA or CPA "
        "qualified.",
        ["accounting"],
    ),
    (
        "Electrician",
        "Botany Bay Electrical Services",
        "Sydney, Australia",
        "onsite",
        None,
        None,
        None,
        "Botany Bay Electrical Services does commercial fit-outs and maintenance across Sydney. "
        "Install, test and fault-find electrical systems. NSW electrician's licence and a "
        "White Card required.",
        ["electrical"],
    ),
    (
        "Pflegefachkraft (m/w/d) Innere Medizin",
        "Klinikum Spreebogen",
        "Berlin, Germany",
        "onsite",
        42000,
        50000,
        "EUR",
        "Das Klinikum Spreebogen sucht Pflegefachkräfte für die Innere Medizin: Grund- und "
        "Behandlungspflege, Dokumentation und Zusammenarbeit mit dem ärztlichen Dienst. "
        "Abgeschlossene Ausbildung als Pflegefachkraft oder Gesundheits- und Krankenpfleger.",
        ["pflege", "krankenhaus"],
    ),
    (
        "Elektriker (m/w/d) Gebäudetechnik",
        "Elektro Havelland GmbH",
        "Berlin, Germany",
        "onsite",
        40000,
        48000,
        "EUR",
        "Elektro Havelland installiert und wartet Elektroanlagen in Wohn- und Gewerbebauten in "
        "Berlin. Abgeschlossene Ausbildung als Elektroniker oder Elektriker und Führerschein "
        "Klasse B.",
        ["elektro", "gebäudetechnik"],
    ),
]


# A new user's first searches in work outside offices (warehouses, deliveries, shops, kitchens,
# classrooms, home care) and in Australia's and America's big cities: written for this project
# as illustrations, no real employer, posting or salary.
FIRST_SEARCHES_2: list[Fictional] = [
    (
        "Warehouse Operative – Nights",
        "Park Royal Fulfilment",
        "London, UK",
        "onsite",
        26000,
        29500,
        "GBP",
        "Park Royal Fulfilment packs online grocery orders for west London. Pick, pack and load "
        "orders on a four-on, four-off night rota; handheld scanners, training on day one. "
        "No experience needed; a night shift allowance is paid on top.",
        ["warehouse", "logistics", "nights"],
    ),
    (
        "Warehouse Operative",
        "Trafford Distribution Centre",
        "Manchester, UK",
        "onsite",
        24500,
        27000,
        "GBP",
        "Trafford Distribution Centre stores and ships homeware for retailers. Receive goods, "
        "put away stock, pick orders and keep the aisles safe; counterbalance forklift licence "
        "a plus. Days, Monday to Friday.",
        ["warehouse", "logistics"],
    ),
    (
        "Picker Packer",
        "Aire Valley Parcels",
        "Leeds, UK",
        "onsite",
        23500,
        25000,
        "GBP",
        "Aire Valley Parcels fulfils orders for online shops. Pick items from the shelves with a "
        "scanner, pack them and label parcels for couriers. Temp-to-perm, weekly pay, early or "
        "late shifts.",
        ["warehouse", "picking", "packing"],
    ),
    (
        "Warehouse Associate",
        "Trinity Freight Services",
        "Dallas, TX",
        "onsite",
        None,
        None,
        None,
        "Trinity Freight Services runs a cross-dock in south Dallas. Load and unload trailers, "
        "scan and stage freight, and use a pallet jack; forklift certification provided. "
        "$18.50/hour, full-time, weekly pay, health benefits from day 31.",
        ["warehouse", "logistics"],
    ),
    (
        "Delivery Driver (Van)",
        "Brum Same Day",
        "Birmingham, UK",
        "onsite",
        25000,
        28000,
        "GBP",
        "Brum Same Day delivers parcels across the West Midlands. Drive a company van on a set "
        "route, scan each drop and take photos as proof of delivery. A full UK car licence held "
        "for two years; no HGV licence needed.",
        ["driving", "delivery", "van"],
    ),
    (
        "Delivery Driver",
        "Harbourside Grocers",
        "Sydney, NSW",
        "onsite",
        58000,
        64000,
        "AUD",
        "Harbourside Grocers delivers online orders across Sydney's eastern suburbs. Drive a "
        "refrigerated van, carry orders to the door and keep the cold chain. A full Australian "
        "driver licence; early starts, weekends on a roster.",
        ["driving", "delivery"],
    ),
    (
        "Supply Teacher – Primary",
        "Capital Classroom Supply",
        "London, UK",
        "onsite",
        None,
        None,
        None,
        "Capital Classroom Supply places supply teachers in primary schools across north London. "
        "Day-to-day and long-term cover, £160–£200 a day paid weekly. QTS and an enhanced DBS "
        "check required; ECTs welcome.",
        ["education", "supply teaching", "primary"],
    ),
    (
        "Teaching Assistant (SEN)",
        "Moss Side Primary School",
        "Manchester, UK",
        "onsite",
        19000,
        21500,
        "GBP",
        "Moss Side Primary School seeks a teaching assistant to support pupils with special "
        "educational needs in Key Stage 2, one to one and in small groups. Term time only, "
        "8:45 to 3:30; Level 3 TA qualification welcome.",
        ["education", "teaching assistant", "sen"],
    ),
    (
        "Barista",
        "Kirkgate Coffee Roasters",
        "Leeds, UK",
        "onsite",
        None,
        None,
        None,
        "Kirkgate Coffee Roasters serves speciality coffee in Leeds city centre. Make espresso "
        "drinks, serve customers and keep the bar clean. £11.80 an hour plus tips; part-time "
        "and full-time shifts, weekends included.",
        ["hospitality", "coffee"],
    ),
    (
        "Retail Sales Assistant",
        "Oxford Street Outfitters",
        "London, UK",
        "onsite",
        23000,
        24500,
        "GBP",
        "Oxford Street Outfitters sells outdoor clothing. Help customers on the shop floor, run "
        "the till and replenish stock; staff discount and a Sunday premium.",
        ["retail", "sales"],
    ),
    (
        "Commercial Cleaner",
        "Deansgate Facilities",
        "Manchester, UK",
        "onsite",
        None,
        None,
        None,
        "Deansgate Facilities cleans offices in Manchester city centre. Evening shifts, 6pm to "
        "9pm, Monday to Friday; £12.21 an hour, uniform and training provided.",
        ["cleaning", "facilities"],
    ),
    (
        "Chef de Partie",
        "The Borough Table",
        "London, UK",
        "onsite",
        32000,
        35000,
        "GBP",
        "The Borough Table is a busy bistro near London Bridge. Run a section of the kitchen "
        "(grill or larder), prepare dishes to spec and keep food safety records. Four days a "
        "week, straight shifts, staff meals.",
        ["hospitality", "kitchen", "chef"],
    ),
    (
        "Receptionist – GP Surgery",
        "Moseley Road Medical Practice",
        "Birmingham, UK",
        "onsite",
        22500,
        24000,
        "GBP",
        "Moseley Road Medical Practice needs a receptionist to greet patients, book "
        "appointments on EMIS and answer the phones. Full-time, Monday to Friday, 8am to 6:30pm "
        "on a rota.",
        ["reception", "healthcare admin"],
    ),
    (
        "Registered Nurse – Emergency Department",
        "Brisbane Northside Hospital",
        "Brisbane, QLD",
        "onsite",
        86000,
        112000,
        "AUD",
        "Brisbane Northside Hospital seeks registered nurses for its emergency department. "
        "Triage and care for adults and children on a 24/7 roster. AHPRA registration required; "
        "salary packaging and relocation support for interstate nurses.",
        ["nursing", "emergency"],
    ),
    (
        "Registered Nurse – Aged Care",
        "Yarra Gardens Aged Care",
        "Melbourne, VIC",
        "onsite",
        80000,
        95000,
        "AUD",
        "Yarra Gardens Aged Care is a 120-bed residential home in Melbourne's east. Lead care on "
        "the floor, give medications and plan care with residents' families. AHPRA registered "
        "nurse; day, evening and night shifts.",
        ["nursing", "aged care"],
    ),
    (
        "Secondary Teacher – Mathematics",
        "Moreton Bay State High School",
        "Brisbane, Queensland, Australia",
        "onsite",
        80000,
        115000,
        "AUD",
        "Moreton Bay State High School seeks a maths teacher for Years 7 to 12. Full registration "
        "with the Queensland College of Teachers (or eligibility) and a Working with Children "
        "check required.",
        ["education", "secondary", "mathematics"],
    ),
    (
        "Electrician",
        "Swan River Electrical",
        "Perth, WA",
        "onsite",
        95000,
        120000,
        "AUD",
        "Swan River Electrical wires new homes and light commercial sites across Perth. "
        "An unrestricted electrical licence for Western Australia and a white card; company ute "
        "and tools supplied.",
        ["electrical", "construction"],
    ),
    (
        "Home Health Aide",
        "Lakeshore Home Care",
        "Chicago, IL",
        "onsite",
        None,
        None,
        None,
        "Lakeshore Home Care helps older adults live at home across Chicago's North Side. Help "
        "clients with bathing, dressing, meals and errands. HHA certification (or training we "
        "pay for); $17–$19 an hour, flexible schedules.",
        ["home care", "caregiving"],
    ),
    (
        "Caregiver – In-Home Care",
        "Desert Bloom Senior Care",
        "Phoenix, AZ",
        "onsite",
        None,
        None,
        None,
        "Desert Bloom Senior Care matches caregivers with seniors in Phoenix. Companionship, "
        "personal care, light housekeeping and driving clients to appointments. $16–$18 an hour; "
        "CPR certification a plus.",
        ["home care", "caregiving"],
    ),
    (
        "Registered Nurse – Medical/Surgical",
        "Lakeshore General Hospital",
        "Chicago, IL",
        "onsite",
        78000,
        104000,
        "USD",
        "Lakeshore General Hospital seeks RNs for a 32-bed med/surg unit. Three 12-hour shifts a "
        "week; Illinois RN licence and BLS required; sign-on bonus for nights.",
        ["nursing", "med surg"],
    ),
    (
        "Associate Attorney – Litigation",
        "Hartwell & Pine LLP",
        "New York, NY",
        "onsite",
        225000,
        260000,
        "USD",
        "Hartwell & Pine LLP seeks a second- to fourth-year associate attorney for its "
        "commercial litigation group: draft motions, take depositions and manage discovery. "
        "Admission to the New York bar required.",
        ["legal", "litigation"],
    ),
    (
        "In-House Counsel",
        "Lakeview Software Inc.",
        "Chicago, IL",
        "hybrid",
        170000,
        200000,
        "USD",
        "Lakeview Software's legal team of three needs in-house counsel for commercial "
        "contracts, privacy and employment questions. Five years' practice at a firm or in "
        "house; licensed attorney in good standing.",
        ["legal", "in-house"],
    ),
]


def load_more_real(base: Path) -> list[Row]:
    """The USAJOBS postings of MORE_USAJOBS_TITLES (first posting with each exact title)."""
    return federal_rows(
        base,
        MORE_USAJOBS_TITLES,
        lambda code, _: MORE_SERIES_TEXT.get(code) or SERIES_TEXT.get(code, SERIES_TEXT["0301"]),
        " US citizenship required; federal benefits and pay.",
    )


def federal_rows(
    base: Path,
    titles: list[tuple[str, str, str]],
    text_of: Callable[[str, str], str],
    closing: str,
) -> list[Row]:
    """A row of the first USAJOBS posting with each exact title (file order), its text that of
    its series (text_of(code, title)) and the closing line."""
    wanted = {title for title, _, _ in titles}
    first: dict[str, dict[str, Any]] = {}
    with gzip.open(base / "usajobs" / "postings.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["title"] in wanted and rec["title"] not in first:
                first[rec["title"]] = rec
    rows: list[Row] = []
    for title, family, level in titles:
        rec = first[title]
        series = [t.split(" - ")[0][:4] for t in rec.get("tags") or []]
        code = series[0] if series else "0301"
        rows.append(
            {
                "title": title,
                "company": rec["company"],
                "location": "United States",
                "remote": None,
                "salary_min": None,
                "salary_max": None,
                "currency": None,
                "description": text_of(code, title) + closing,
                "tags": dedupe(["federal", *(rec.get("tags") or [])]),
                "_meta": {
                    "family": family,
                    "level": level,
                    "langs": [],
                    "workplace": "unknown",
                    "origin": rec["id"],
                },
                "_url_key": f"usajobs-{rec['id'].split(':')[1]}",
            }
        )
    return rows


def more_fictional(written: list[Fictional]) -> list[Row]:
    rows: list[Row] = []
    for title, company, location, workplace, lo, hi, cur, desc, tags in written:
        rows.append(
            {
                "title": title,
                "company": company,
                "location": location,
                "remote": workplace,
                "salary_min": lo,
                "salary_max": hi,
                "currency": cur,
                "description": desc,
                "tags": tags,
                "_meta": {"family": "other", "level": "none", "langs": [], "workplace": workplace},
            }
        )
    return rows


# families whose generic postings appear a second time at another company
REPEATED_FAMILIES = {
    "frontend",
    "fullstack",
    "mobile",
    "data_eng",
    "data_sci",
    "ml",
    "devops",
    "qa",
    "security",
    "em",
    "pm",
    "design",
    "sales",
    "support",
}


def other_postings(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for family, level, title, body, tags, extra in OTHER_ROLES:
        rows.append(_other(rng, family, level, title, body, tags, extra))
    repeat = [role for role in OTHER_ROLES if role[0] in REPEATED_FAMILIES]
    for role in sorted(rng.sample(range(len(repeat)), 26)):
        family, level, title, body, tags, extra = repeat[role]
        rows.append(_other(rng, family, level, title, body, tags, extra))
    for title, family, level, body, tags in ONET_ROLES:
        rows.append(_other(rng, family, level, title, body, tags, {"origin": "onet-title"}))
    return rows


# generic roles whose text names a line of business: company picked from these domains
ROLE_DOMAINS: dict[str, list[str]] = {
    "Front End Developer II (Vue)": ["ecommerce"],
    "Sr. Front-End Developer (Vue.js)": ["travel"],
    "Senior Software Engineer, Full Stack (Go/React)": ["mobility", "logistics", "robotics"],
    "Game Developer (Unity/C#)": ["gaming"],
    "Software Architect": ["insurance"],
    "Senior Product Manager": ["payments", "banking"],
    "Key Account Manager – Cloud Infrastructure": ["devtools"],
    "Software Test Engineer (Embedded)": ["energy", "robotics", "agritech"],
    "Senior Embedded Software Engineer (C/C++)": ["mobility", "energy", "robotics"],
    "Engineering Manager, Backend": ["payments", "banking"],
    "Software Development Manager, Order Services": ["ecommerce", "logistics"],
    "Penetration Tester": ["security"],
    "SOC Analyst": ["security"],
}


def _other(
    rng: random.Random,
    family: str,
    level: str,
    title: str,
    body: str,
    tags: list[str],
    extra: dict[str, Any],
) -> Row:
    companies = COMPANIES
    if title in ROLE_DOMAINS:
        companies = [c for c in COMPANIES if c[1] in ROLE_DOMAINS[title]]
    company, domain = pick(rng, companies)
    if family in {"nurse", "nurse_practitioner"}:
        company = pick(rng, ["Oakridge Clinics", "St. Brigid Hospital", "Lakeview Medical Centre"])
    if family in {"civil", "construction", "mechanical", "electrical"}:
        company = pick(rng, ["Harrow & Finch Consulting", "Baywater Engineering", "Kilnbridge"])
    workplace = make_workplace(rng)
    if family in {"nurse", "nurse_practitioner", "civil", "construction", "mechanical"}:
        workplace = "onsite"
    location, remote = choose_place(rng, workplace)
    sal_level = level if level in LEVEL_SALARY_USD else "none"
    lo, hi, cur = salary(rng, sal_level, location, missing=0.3)
    if family in {"nurse", "accountant", "civil", "mechanical", "support", "sales", "hr"} and lo:
        lo, hi = int(lo * 0.6) // 1000 * 1000, int(hi * 0.6) // 1000 * 1000
    intro = DOMAIN_INTRO[domain].format(co=company)
    if family in {"nurse", "nurse_practitioner"}:
        intro = f"{company} is a community healthcare provider with three sites."
    if family in {"civil", "construction", "mechanical", "electrical"}:
        intro = f"{company} is an engineering consultancy working on public infrastructure."
    place = workplace_sentence(workplace, location) if workplace != "unknown" else ""
    meta = {"family": family, "level": level, "workplace": workplace, **extra}
    meta.setdefault("langs", [])
    return {
        "title": title,
        "company": company,
        "location": location,
        "remote": remote,
        "salary_min": lo,
        "salary_max": hi,
        "currency": cur,
        "description": " ".join(s for s in (intro, body, place) if s),
        "tags": list(tags),
        "_meta": meta,
    }


# --------------------------------------------------------------------------------------------
# Hand-written hard confusables that exist only in the evaluation pool
# --------------------------------------------------------------------------------------------

# (title, company, location, remote, family, level, langs, description, tags)
CONFUSABLES: list[tuple[str, str, str, Any, str, str, list[str], str, list[str]]] = [
    (
        "Sales Manager – Backend Infrastructure Products",
        "Granite Cloud",
        "London, UK",
        "hybrid",
        "sales",
        "none",
        [],
        "Sell our managed databases, message queues and Kubernetes hosting to mid-market "
        "companies. You own pipeline, forecasts and a quota; a technical curiosity about "
        "backend infrastructure helps, but this is a sales role.",
        ["sales", "cloud", "infrastructure"],
    ),
    (
        "Account Executive, Backend Platform (API & Cloud)",
        "Stackwell",
        "Remote (US)",
        True,
        "sales",
        "none",
        [],
        "Close new business for our backend-as-a-service platform with engineering leaders at "
        "startups. Quota-carrying role; 3+ years of SaaS sales.",
        ["sales", "saas", "api"],
    ),
    (
        "Junior Backend Developer",
        "Parcelly",
        "Warsaw, Poland",
        "hybrid",
        "backend",
        "junior",
        ["python"],
        "Parcelly runs parcel lockers in 200 towns. Join the backend team as a junior: you "
        "will build Django REST endpoints and Celery tasks in Python, backed by PostgreSQL, "
        "with a senior mentor reviewing every change. Up to one year of experience or a "
        "strong graduate project is fine.",
        ["backend", "python", "django", "postgresql"],
    ),
    (
        "Junior Backend Developer (Java)",
        "Fernhill Bank",
        "Lisbon, Portugal",
        "onsite",
        "backend",
        "junior",
        ["java"],
        "Fernhill Bank is a digital bank. Graduate-level backend role building Spring Boot "
        "microservices in Java for card transactions, with Kafka and Oracle. Structured "
        "two-year development programme.",
        ["backend", "java", "spring boot", "kafka"],
    ),
    (
        "Senior Frontend Engineer",
        "Meridian Travel",
        "Amsterdam, Netherlands",
        "hybrid",
        "frontend",
        "senior",
        ["typescript"],
        "Own the search and booking UI of our travel site in React and TypeScript. You will "
        "collaborate with backend engineers on API contracts, but your work is in the browser: "
        "performance, accessibility and a shared component library.",
        ["frontend", "react", "typescript"],
    ),
    (
        "QA Engineer (Backend)",
        "Northwind Payments",
        "Berlin, Germany",
        "hybrid",
        "qa",
        "none",
        ["java"],
        "Test our payment APIs: write automated API and contract tests in Java with REST "
        "Assured and JUnit, build test data tooling and run exploratory testing of backend "
        "services. You will not build the services themselves.",
        ["qa", "test automation", "java", "api testing"],
    ),
    (
        "Senior QA Engineer – Backend Services (Python/pytest)",
        "Kestrel Analytics",
        "Remote (EU)",
        "remote",
        "qa",
        "senior",
        ["python"],
        "Lead quality for our ingestion backend: pytest suites against REST and Kafka "
        "interfaces, load tests with Locust, and test environments in Docker Compose.",
        ["qa", "python", "pytest", "backend testing"],
    ),
    (
        "SDET, Backend APIs (Go)",
        "Tessellate",
        "Toronto, Canada",
        "hybrid",
        "qa",
        "none",
        ["go"],
        "Software development engineer in test: build Go test harnesses and fault-injection "
        "tools for our backend APIs and gate releases in CI.",
        ["sdet", "go", "test automation"],
    ),
    (
        "Engineering Manager – Backend Platform (Go)",
        "Cobalt Mobility",
        "Berlin, Germany",
        "hybrid",
        "em",
        "none",
        ["go"],
        "Lead and grow a team of six backend engineers who build our trip, pricing and fleet "
        "services in Go on Kubernetes. You do one-to-ones, hiring and delivery planning and "
        "take part in design reviews; little hands-on coding.",
        ["management", "backend", "go"],
    ),
    (
        "Senior Engineering Manager, Core Services",
        "Lumen Ledger",
        "London, UK",
        "hybrid",
        "em",
        "senior",
        ["java"],
        "Manage two managers and their backend teams who own accounts, ledger and payments "
        "services in Java and Kotlin on AWS.",
        ["management", "backend"],
    ),
    (
        "Data Engineer – Kafka Streaming (Java)",
        "Lanternfish",
        "Remote (EU)",
        True,
        "data_eng",
        "none",
        ["java"],
        "Build streaming data pipelines with Kafka Streams and Spark Structured Streaming in "
        "Java, land data in our lakehouse and keep schemas and data quality under control.",
        ["data engineering", "kafka", "spark", "java"],
    ),
    (
        "Data Engineer (Python, Spark)",
        "Copperleaf Energy",
        "Munich, Germany",
        "hybrid",
        "data_eng",
        "none",
        ["python"],
        "Build smart-meter data pipelines in PySpark and Airflow on AWS Glue and EMR; model "
        "data for forecasting and billing analytics.",
        ["data engineering", "python", "spark", "airflow"],
    ),
    (
        "Senior DevOps Engineer (Kubernetes/Terraform)",
        "Brightpath Health",
        "Remote (US)",
        "remote",
        "devops",
        "senior",
        [],
        "Own our AWS accounts with Terraform, run EKS clusters with Argo CD and Helm, and build "
        "CI/CD and monitoring for 40 services. Scripting in Bash and Python.",
        ["devops", "kubernetes", "terraform", "aws"],
    ),
    (
        "Civil Engineer",
        "Baywater Engineering",
        "Manchester, UK",
        False,
        "civil",
        "none",
        [],
        "Design drainage, earthworks and highway schemes for residential developments; "
        "produce drawings in Civil 3D and reports for planning applications.",
        ["civil engineering", "drainage"],
    ),
    (
        "Graduate Civil Engineer",
        "Harrow & Finch Consulting",
        "Dublin, Ireland",
        "onsite",
        "civil",
        "junior",
        [],
        "Join our bridges and structures team after your civil engineering degree; site "
        "supervision, design calculations and a chartership programme.",
        ["civil engineering", "graduate"],
    ),
    (
        "Backend Developer (PHP)",
        "Ember Home",
        "Lisbon, Portugal",
        "hybrid",
        "backend",
        "none",
        ["php"],
        "Ember Home builds letting software. Develop REST APIs and background jobs in PHP 8 "
        "with Symfony, Doctrine and MySQL, and help us split the monolith into services.",
        ["backend", "php", "symfony", "mysql"],
    ),
    (
        "Senior PHP Backend Developer (Laravel)",
        "Saltmarsh Foods",
        "Remote (EU)",
        "remote",
        "backend",
        "senior",
        ["php"],
        "Own the order and delivery APIs of our grocery platform in Laravel and PHP 8, with "
        "MySQL, Redis and RabbitMQ. 5+ years of backend PHP experience.",
        ["backend", "php", "laravel"],
    ),
    (
        "Sr. SWE, Backend",
        "Pebble Pay",
        "New York, NY",
        "hybrid",
        "backend",
        "senior",
        ["python"],
        "Pebble Pay is a payments app for freelancers. Build and run the Python services "
        "(FastAPI, SQLAlchemy, PostgreSQL) behind invoicing and payouts, with events on Kafka "
        "and deployments on Kubernetes in AWS. 5+ years building backend systems.",
        ["backend", "python", "fastapi", "postgresql", "kafka"],
    ),
    (
        "Snr Back End Dev (Node)",
        "Nimbus Ticketing",
        "London, UK",
        "hybrid",
        "backend",
        "senior",
        ["node"],
        "Senior back-end developer for our ticketing APIs: TypeScript on Node.js with NestJS, "
        "PostgreSQL and Redis, event-driven with SQS. You lead design of new services and "
        "mentor mid-level developers.",
        ["backend", "node.js", "typescript", "nestjs"],
    ),
    (
        "SDE II - Core Services (Java)",
        "Vantage Retail",
        "Seattle, WA",
        "onsite",
        "backend",
        "mid",
        ["java"],
        "Build the core catalogue and pricing services of our retail platform in Java with "
        "Spring Boot, DynamoDB and Kafka on AWS; participate in on-call for your services.",
        ["backend", "java", "spring boot", "aws"],
    ),
    (
        "Software Engineer III – Backend (Go)",
        "Harbourline Telecom",
        "Dublin, Ireland",
        "hybrid",
        "backend",
        "senior",
        ["go"],
        "Design and run the provisioning and billing APIs for three million subscribers in Go, "
        "with PostgreSQL and NATS on Kubernetes. Level III is our senior individual-contributor "
        "level.",
        ["backend", "go", "kubernetes", "postgresql"],
    ),
    (
        "Sr Backend Eng. – Pyhton/Django",
        "Mosaic Learning",
        "Remote (Europe)",
        "remote",
        "backend",
        "senior",
        ["python"],
        "Senior backend engineer for our learning platform: Django and Django REST Framework, "
        "Celery, PostgreSQL and Elasticsearch on GCP. You own APIs used by 1,200 schools.",
        ["backend", "python", "django", "postgresql"],
    ),
    (
        "Backend Engineer Intern (Python)",
        "Kestrel Analytics",
        "Berlin, Germany",
        "onsite",
        "backend",
        "intern",
        ["python"],
        "Three-month internship in our backend team: build a small FastAPI service in Python "
        "and ship it to production with your mentor.",
        ["internship", "backend", "python"],
    ),
    (
        "Senior Backend Engineer (Python/Go)",
        "Atlas Grid",
        "Amsterdam, Netherlands",
        "hybrid",
        "backend",
        "senior",
        ["python", "go"],
        "Build the services that forecast and balance renewable energy: APIs in Python "
        "(FastAPI) and high-throughput ingestion in Go, with TimescaleDB and Kafka on "
        "Kubernetes. 6+ years of backend experience.",
        ["backend", "python", "go", "kafka", "kubernetes"],
    ),
    (
        "Staff Software Engineer, Backend (Go)",
        "Granite Cloud",
        "Remote (Worldwide)",
        True,
        "backend",
        "staff",
        ["go"],
        "Set the technical direction of our control-plane APIs written in Go: multi-region "
        "design, reliability reviews and mentoring senior engineers. 8+ years of experience.",
        ["backend", "go", "distributed systems"],
    ),
    (
        "Principal Engineer – Go Microservices",
        "Bluefin Markets",
        "London, UK",
        "hybrid",
        "backend",
        "principal",
        ["go"],
        "Architect the order-routing and market-data microservices of our trading platform in "
        "Go with gRPC, Kafka and CockroachDB; lead cross-team technical decisions.",
        ["backend", "go", "microservices", "grpc"],
    ),
    (
        "Go Developer",
        "Orbital Freight",
        "Kraków, Poland",
        "hybrid",
        "backend",
        "none",
        ["go"],
        "Develop backend services in Go for freight tracking: REST and gRPC APIs, PostgreSQL, "
        "RabbitMQ and Docker on Kubernetes.",
        ["go", "backend", "kubernetes"],
    ),
    (
        "Mid-level Backend Developer (Go)",
        "Vireo Mobility",
        "Prague, Czechia",
        "hybrid",
        "backend",
        "mid",
        ["go"],
        "Mid-level position in our backend team: Go services for rentals and payments, "
        "PostgreSQL and Kafka. 2–4 years of experience.",
        ["backend", "go"],
    ),
    (
        "Senior Backend Engineer (Kotlin)",
        "Skyward Airlines Digital",
        "Hamburg, Germany",
        "hybrid",
        "backend",
        "senior",
        ["kotlin"],
        "Build booking and check-in services in Kotlin with Spring Boot and coroutines, "
        "PostgreSQL and Kafka, on GCP. Kotlin-first team; 5+ years of backend experience.",
        ["backend", "kotlin", "spring boot", "kafka"],
    ),
    (
        "Backend Engineer – Python (Remote, EU)",
        "Wildflower HR",
        "Remote (EU)",
        "remote",
        "backend",
        "none",
        ["python"],
        "Build payroll calculation and reporting services in Python with Flask and "
        "PostgreSQL, deployed on AWS Lambda and ECS.",
        ["backend", "python", "postgresql", "aws"],
    ),
    (
        "Senior .NET Developer (Azure)",
        "Riverstone Insurance",
        "Edinburgh, UK",
        "hybrid",
        "backend",
        "senior",
        ["csharp"],
        "Develop policy and claims APIs in C# and ASP.NET Core, with Azure Service Bus, Cosmos "
        "DB and Azure Functions. No frontend work; you own the services behind our portals.",
        ["backend", ".net", "c#", "azure"],
    ),
    (
        "Product Manager, Backend Platform",
        "Quillsoft",
        "Berlin, Germany",
        "hybrid",
        "pm",
        "none",
        [],
        "Own the roadmap of our backend platform – APIs, identity, notifications – working "
        "with six backend teams and internal customers. Technical background welcome; you "
        "will not write production code.",
        ["product management", "platform"],
    ),
    (
        "Solutions Architect – Backend Integrations",
        "Tidewater Logistics",
        "Chicago, IL",
        "onsite",
        "other_tech",
        "none",
        [],
        "Customer-facing architect: design how shippers integrate their ERP and WMS systems "
        "with our APIs, run workshops and support the sales team.",
        ["solutions architecture", "integrations", "presales"],
    ),
    (
        "Backend Developer (Java) – Berlin",
        "Helix Labs",
        "Berlin, Germany",
        "onsite",
        "backend",
        "none",
        ["java"],
        "Develop lab-data services in Java 21 with Quarkus, PostgreSQL and RabbitMQ in our "
        "Berlin office.",
        ["backend", "java", "quarkus", "postgresql"],
    ),
    (
        "Backend Engineer, Payments (Remote)",
        "Pebble Pay",
        "Remote (US)",
        True,
        "backend",
        "none",
        ["node"],
        "Build payment and ledger services in TypeScript on Node.js with PostgreSQL and "
        "Temporal workflows.",
        ["backend", "node.js", "typescript", "postgresql"],
    ),
    (
        "Mechanical Engineer",
        "Quartz Robotics",
        "Boston, MA",
        "onsite",
        "mechanical",
        "none",
        [],
        "Design chassis, drive units and sheet-metal parts for our warehouse robots in "
        "SolidWorks and support manufacturing.",
        ["mechanical engineering", "solidworks"],
    ),
    (
        "Senior Backend Developer – Ruby on Rails",
        "Marigold Marketplace",
        "Remote (UK)",
        "remote",
        "backend",
        "senior",
        ["ruby"],
        "Own the seller and payout APIs of our marketplace in Ruby on Rails, PostgreSQL and "
        "Sidekiq; improve performance and split out services.",
        ["backend", "ruby", "rails"],
    ),
    (
        "Backend Team Lead (Java/Spring)",
        "Larkspur Insurance",
        "Warsaw, Poland",
        "hybrid",
        "backend",
        "lead",
        ["java"],
        "Technical lead of a five-person backend team building pricing services with Java and "
        "Spring Boot, PostgreSQL and Kafka; you spend most of your time coding and reviewing.",
        ["backend", "java", "spring boot", "kafka"],
    ),
    (
        "Rust Backend Engineer",
        "Ironbark Security",
        "Stockholm, Sweden",
        "hybrid",
        "backend",
        "none",
        ["rust"],
        "Build high-throughput event ingestion and query services in Rust with Tokio, "
        "ClickHouse and Kafka.",
        ["backend", "rust", "kafka"],
    ),
    (
        "Nurse Educator",
        "Lakeview Medical Centre",
        "Toronto, Canada",
        "onsite",
        "nurse",
        "senior",
        [],
        "Design and deliver clinical education for 300 registered nurses; current RN licence "
        "and five years of acute-care experience required.",
        ["nursing", "education"],
    ),
    (
        "Staff Accountant",
        "Fernhill Bank",
        "Dublin, Ireland",
        "hybrid",
        "accountant",
        "none",
        [],
        "Prepare journals, reconciliations and regulatory returns as part of the finance team.",
        ["accounting"],
    ),
    (
        "Principal Product Manager – Payments",
        "Northwind Payments",
        "Remote (EU)",
        "remote",
        "pm",
        "principal",
        [],
        "Lead product strategy for card acquiring and payouts, from discovery to launch, with "
        "four engineering teams.",
        ["product management", "payments"],
    ),
    (
        "Security Engineer",
        "Granite Cloud",
        "Denver, CO",
        "hybrid",
        "security",
        "none",
        [],
        "Build detection and response tooling, review designs for security and run our bug "
        "bounty programme.",
        ["security"],
    ),
    (
        "Senior Machine Learning Engineer – Search",
        "Meridian Travel",
        "Remote (EU)",
        "remote",
        "ml",
        "senior",
        ["python"],
        "Build learning-to-rank models and serve them in low-latency Python services; feature "
        "stores, offline evaluation and A/B tests.",
        ["machine learning", "search", "python"],
    ),
]


def confusable_postings() -> list[Row]:
    rows: list[Row] = []
    for title, company, location, remote, family, level, langs, desc, tags in CONFUSABLES:
        workplace = {True: "remote", False: "onsite", None: "unknown"}.get(remote, remote)
        rows.append(
            {
                "title": title,
                "company": company,
                "location": location,
                "remote": remote,
                "salary_min": None,
                "salary_max": None,
                "currency": None,
                "description": desc,
                "tags": tags,
                "_meta": {"family": family, "level": level, "langs": langs, "workplace": workplace},
            }
        )
    return rows


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------


def finalise(
    rows: list[Row], prefix: str, rng: random.Random, start: int = 1
) -> tuple[list[Row], list[Row]]:
    out: list[Row] = []
    metas: list[Row] = []
    for n, row in enumerate(rows, start=start):
        pid = f"{prefix}:{n:04d}"
        url_key = row.get("_url_key") or f"{slug(row['company'])}-{slug(row['title'])}"
        record = {
            "id": pid,
            "source": "sample",
            "title": row["title"],
            "company": row["company"],
            "location": row["location"],
            "remote": row["remote"],
            "salary_min": row["salary_min"],
            "salary_max": row["salary_max"],
            "currency": row["currency"],
            "url": f"https://example.com/jobs/{prefix}-{n:04d}-{url_key}",
            "description": row["description"],
            "tags": row["tags"],
            "posted_at": posted_at(rng),
        }
        out.append(record)
        metas.append({"id": pid, "title": row["title"], **row["_meta"]})
    return out, metas


def build() -> tuple[list[Row], list[Row], list[Row]]:
    rng = random.Random(SEED)
    sample_rows = backend_postings(rng) + other_postings(rng) + load_real(rng)
    order = list(range(len(sample_rows)))
    rng.shuffle(order)
    sample_rows = [sample_rows[i] for i in order]
    sample, sample_meta = finalise(sample_rows, "sample", rng)
    assert len(sample) == JUDGED_SAMPLE, len(sample)
    extra, extra_meta = finalise(confusable_postings(), "eval", random.Random(SEED + 1))
    # the roles added later follow the judged sample, which they leave as it was, and stay out
    # of the evaluation pool (unjudged)
    more_rows = load_more_real(shared_dir()) + more_fictional(MORE_FICTIONAL)
    more_rows += more_fictional(FIRST_SEARCHES) + more_fictional(FIRST_SEARCHES_2)
    more, more_meta = finalise(more_rows, "sample", random.Random(SEED + 2), len(sample) + 1)
    return sample + more, sample + extra, sample_meta + more_meta + extra_meta


MIT_PERMISSION = """\
Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

SOURCES_HEAD = """\
# Sources of the bundled sample postings

`sample_postings.jsonl` ({total} postings) is demonstration data, loaded into an empty store so
that a first search shows matches. Most postings are fictional: the companies (Northwind
Payments, Parcelly, …), salaries, locations, dates and descriptions were written for this project
and describe no real employer. {real} postings are derived from the public sources below; their
`posted_at` dates, URLs (`https://example.com/jobs/…`) and, unless stated, locations are
illustrative, not the original ones. No salary is attached to any real company except the US
federal salary ranges published with the USAJOBS announcements. The same postings, plus
hand-written confusables, form the evaluation pool in `tests/eval/postings.jsonl`, except the
{more} added later for common roles outside tech (sample:{more_first} on: attorneys, teachers,
drivers, pharmacists, trades…), which are not judged and not in the pool; the generator is
`scripts/build_sample_data.py`. The last {first} (sample:{first_from} on: nurses, teachers,
accountants, solicitors, electricians, HGV drivers, care workers and data analysts in London,
Manchester and Birmingham, and in Dublin, Toronto, Sydney and Berlin; then warehouse,
delivery, shop, kitchen, classroom and home care jobs, and nurses, teachers and trades in
Brisbane, Melbourne, Perth, Chicago, Dallas and Phoenix) were written for this project as
illustrations of a first search's results: no real employer, posting or salary.

Not used: ESCO, GitHub Linguist, hiringtrends and the Stack Overflow tag files (so nothing here is
under CC BY-SA).

## USAJOBS (US federal job postings)

Job postings from USAJOBS (usajobs.gov), collected by Abigail Haddad in usajobs_historical (MIT).

- Upstream: https://github.com/abigailhaddad/usajobs_historical (head commit
  `94a310f80eba6d1d27aefbfe653fd935d5db59b7`); files `postings.jsonl.gz` and
  `product_manager_jobs_full_fields.csv.gz` as described in the project's reference-data notes.
- Used: exact position titles, department/agency names and OPM occupation-series tags of
  {usajobs} announcements; for {pm} product-manager announcements also the published salary range
  and the first listed location. Descriptions were written for this project from the occupation
  series; they are not the announcements' text.
- The underlying announcements are US federal government works.

Licence of the collecting repository:

```text
MIT License

Copyright (c) 2025 Abigail Haddad

{mit}```

## Microsoft careers sample

Sample postings and skills list from microsoft/SkillsExtractorCognitiveSearch (MIT, Copyright (c)
Microsoft Corporation).

- Upstream: https://github.com/microsoft/SkillsExtractorCognitiveSearch, commit
  `50006cd23e6fe974da522abfb612419297f767a1`, file `deployment/microsoft_careers_sample.json`.
- Used: titles and descriptions of {microsoft} postings. Descriptions were shortened (opening,
  responsibilities and qualifications kept; equal-opportunity and screening boilerplate removed;
  cut to at most about 1,450 characters). Company "Microsoft" and the US state are from the
  record; no salary, city or workplace is claimed.

```text
MIT License

Copyright (c) Microsoft Corporation. All rights reserved.

{mit}```

## O*NET

This page includes information from the O*NET 27.0 Database by the U.S. Department of Labor,
Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is
a trademark of USDOL/ETA. The Job Concierge project has modified all or some of this
information. USDOL/ETA has not approved, endorsed, or tested these modifications.

- Licence: Creative Commons Attribution 4.0 International,
  https://creativecommons.org/licenses/by/4.0/
- Used: {onet} job titles taken verbatim from O*NET data's "Sample of Reported Titles" file, each
  attached to a fictional company with a description written for this project.

## Postings derived from these sources

| sample id | source record | title |
| --- | --- | --- |
"""


def sources_md(meta: list[Row]) -> str:
    """The attribution file shipped next to the sample postings."""
    sample = [m for m in meta if m["id"].startswith("sample:")]
    derived = sorted((m for m in sample if m.get("origin")), key=lambda m: m["id"])
    kinds = [str(m["origin"]).split(":")[0] for m in derived]
    pm = sum(1 for m in derived if m["family"] == "pm" and kinds[derived.index(m)] == "usajobs")
    head = SOURCES_HEAD.format(
        total=len(sample),
        more=len(sample) - JUDGED_SAMPLE,
        more_first=f"{JUDGED_SAMPLE + 1:04d}",
        first=len(FIRST_SEARCHES) + len(FIRST_SEARCHES_2),
        first_from=f"{len(sample) - len(FIRST_SEARCHES) - len(FIRST_SEARCHES_2) + 1:04d}",
        real=len(derived),
        usajobs=kinds.count("usajobs"),
        pm=pm,
        microsoft=kinds.count("microsoft-careers"),
        onet=kinds.count("onet-title"),
        mit=MIT_PERMISSION,
    )
    rows = []
    for m in derived:
        origin = str(m["origin"])
        if origin == "onet-title":
            origin = "O*NET Sample of Reported Titles"
        elif origin.startswith("microsoft-careers:"):
            origin = "Microsoft careers sample, id " + origin.split(":", 1)[1]
        else:
            origin = "USAJOBS control number " + origin.split(":", 1)[1]
        rows.append(f"| {m['id']} | {origin} | {m['title'].replace('|', '/')} |\n")
    return head + "".join(rows)


def dump(rows: list[Row]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if outputs would change")
    parser.add_argument("--meta", type=Path, help="also write author notes (not shipped)")
    parser.add_argument(
        "--shared", type=Path, help="the shared reference data folder (default: ../shared/data)"
    )
    args = parser.parse_args(argv)
    if args.shared:
        os.environ["JOB_CONCIERGE_SHARED_DATA"] = str(args.shared)
    sample, pool, meta = build()
    outputs = {SAMPLE_OUT: dump(sample), POOL_OUT: dump(pool), SOURCES_OUT: sources_md(meta)}
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
        for path in stale:
            print(f"out of date: {path}")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({text.count(chr(10))} lines)")
    if args.meta:
        args.meta.write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
