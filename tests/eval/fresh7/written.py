# ruff: noqa: E501
"""The seventh fresh set's self-written postings: one spec per posting, its facts and its text.

Each spec is what the posting says (title, employer, place, remote region, pay, role, level,
main and nice-to-have languages, tools, domain); ``text`` writes it out in the house style of a
job board. Facts are the spec itself, so grading reads what the posting was written to say.
Employers are invented; any likeness to a real company is chance.
"""

from __future__ import annotations

import random
from typing import Any

Spec = dict[str, Any]

_NAMES = {
    "python": "Python", "java": "Java", "kotlin": "Kotlin", "go": "Go", "csharp": "C#",
    "node": "Node.js", "typescript": "TypeScript", "javascript": "JavaScript", "php": "PHP",
    "ruby": "Ruby", "scala": "Scala", "rust": "Rust", "cpp": "C++", "elixir": "Elixir",
    "swift": "Swift", "sql": "SQL", "tsql": "T-SQL", "plsql": "PL/SQL",
    "aws": "AWS", "azure": "Azure", "gcp": "Google Cloud (GCP)", "docker": "Docker",
    "kubernetes": "Kubernetes", "kafka": "Apache Kafka", "rabbitmq": "RabbitMQ",
    "postgresql": "PostgreSQL", "mysql": "MySQL", "mongodb": "MongoDB", "dynamodb": "DynamoDB",
    "cassandra": "Cassandra", "redis": "Redis", "sqlserver": "SQL Server", "oracle": "Oracle",
    "spark": "Apache Spark", "airflow": "Airflow", "terraform": "Terraform", "django": "Django",
    "fastapi": "FastAPI", "flask": "Flask", "spring": "Spring Boot", "dotnet": ".NET",
    "laravel": "Laravel", "react": "React", "grpc": "gRPC", "snowflake": "Snowflake",
    "dbt": "dbt", "ssis": "SSIS", "powerbi": "Power BI", "helm": "Helm", "prometheus": "Prometheus",
    "express": "Express", "nestjs": "NestJS", "elasticsearch": "Elasticsearch", "flink": "Flink",
    "couchbase": "Couchbase", "sqs": "SQS", "ansible": "Ansible",
}  # fmt: skip

# fmt: off
_TASKS = {
    "backend": [
        "Design, build and run the APIs and services behind our product",
        "Own features end to end: design docs, code, reviews, rollout and on-call",
        "Keep latency low and reliability high as traffic grows",
        "Work with product and frontend engineers on clean, versioned contracts",
    ],
    "fullstack": [
        "Ship features across the stack, from database schema to UI",
        "Build and maintain REST endpoints and the React screens that use them",
        "Pair with design to turn mock-ups into accessible interfaces",
    ],
    "frontend": [
        "Build fast, accessible user interfaces",
        "Own our design system components and their tests",
        "Work with backend engineers on the API contracts the UI needs",
    ],
    "data_eng": [
        "Build and operate batch and streaming pipelines",
        "Model data for analytics and machine learning use cases",
        "Own data quality checks, lineage and the orchestration layer",
    ],
    "sre": [
        "Own the reliability of production: SLOs, alerting, incident response",
        "Automate toil away and improve our deployment pipelines",
        "Run capacity planning and chaos exercises with product teams",
    ],
    "devops": [
        "Build and maintain CI/CD pipelines and infrastructure as code",
        "Containerise services and run them in production",
        "Improve observability, cost and security of our cloud estate",
    ],
    "platform": [
        "Build the internal platform every product team deploys on",
        "Provide paved roads: templates, golden paths and self-service tooling",
        "Own cluster lifecycle, networking and the developer experience around it",
    ],
    "mobile": ["Build and ship features in our mobile apps", "Own app performance and crash rates"],
    "qa": [
        "Write and maintain automated test suites",
        "Define test plans and gate releases",
        "Work with developers to reproduce and triage defects",
    ],
    "em": [
        "Lead, coach and hire a team of engineers",
        "Own delivery, roadmap and technical direction with your tech lead",
        "Run one-to-ones, performance reviews and career conversations",
    ],
    "data_sci": ["Build models and experiments that drive product decisions", "Communicate findings to stakeholders"],
    "analyst": ["Build dashboards and reports for the business", "Write SQL to answer ad-hoc questions"],
    "recruiter": [
        "Run full-cycle recruiting for engineering roles",
        "Source and engage candidates, manage the interview loop and close offers",
        "Advise hiring managers on the market and on process",
    ],
    "sales_eng": ["Run technical discovery and demos with prospects", "Build proofs of concept with customers"],
    "support": ["Resolve technical tickets from customers", "Escalate and reproduce bugs for engineering"],
    "security": ["Threat-model new services", "Run the vulnerability management programme"],
    "dba": ["Administer and tune production databases", "Own backups, replication and upgrades"],
    "sql_dev": [
        "Write and optimise stored procedures, views and queries",
        "Build ETL packages and reporting datasets",
        "Tune indexes and query plans on production databases",
    ],
    "ml": ["Train, deploy and monitor machine learning models", "Build feature pipelines"],
    "embedded": ["Write firmware for our devices", "Bring up new boards and drivers"],
    "ops": ["Keep the operation running day to day", "Report on KPIs to leadership"],
    "nurse_rn": [
        "Assess, plan and deliver patient care across your assigned unit",
        "Administer medications and titrate drips under protocol",
        "Document care in the electronic health record and hand off safely",
        "Educate patients and families and work with the interdisciplinary team",
    ],
    "nurse_lpn": ["Provide bedside care to residents under RN supervision", "Pass medications and record vital signs"],
    "cna": ["Help patients with daily living, mobility and hygiene", "Record vital signs and report changes to the nurse"],
    "np": [
        "Diagnose and treat acute and chronic conditions",
        "Order and interpret labs and imaging; prescribe medications",
        "Manage your own patient panel with physician collaboration",
    ],
    "pa": ["See patients for acute and preventive visits", "Order tests and prescribe under supervision"],
    "nurse_other": ["Run orientation and competency programmes for nursing staff", "Teach ACLS and new-equipment classes"],
    "attorney": [
        "Manage a caseload from intake to resolution",
        "Draft pleadings, motions, contracts and legal memoranda",
        "Advise clients and represent them in hearings and negotiations",
    ],
    "paralegal": ["Prepare filings, exhibits and discovery", "Manage case calendars and client files", "Support attorneys at trial"],
    "legal_asst": ["Type correspondence and manage diaries for fee earners", "Open and close matter files"],
    "contracts": ["Draft, negotiate and track commercial contracts", "Escalate legal questions to outside counsel"],
    "teacher": [
        "Plan and teach engaging lessons aligned with state standards",
        "Assess student progress and adapt instruction",
        "Communicate with families and take part in department meetings",
    ],
    "tutor": ["Tutor students one-to-one over video", "Track each student's progress"],
    "teacher_aide": ["Support the class teacher with small groups", "Help pupils with additional needs"],
    "curriculum": ["Write lessons, problem sets and assessments", "Review content with subject-matter experts"],
    "electrician": [
        "Install, maintain and repair electrical systems to code",
        "Read blueprints and pull, terminate and test wire",
        "Troubleshoot motors, controls, lighting and distribution equipment",
    ],
    "electrician_helper": ["Assist electricians on site", "Carry materials and keep the job site clean"],
    "electrical_eng": ["Design substations and protection schemes", "Run load-flow and short-circuit studies"],
    "estimator": ["Prepare bids from drawings and specifications", "Price labour and materials"],
    "accountant": [
        "Own month-end close, journal entries and account reconciliations",
        "Prepare financial statements and support the annual audit",
        "Improve processes and controls in the general ledger",
    ],
    "ap_clerk": ["Process supplier invoices and payment runs", "Reconcile supplier statements"],
    "bookkeeper": ["Keep the books for small-business clients", "Run payroll and bank reconciliations"],
    "tax_prep": ["Prepare individual tax returns", "Interview clients and gather documents"],
    "pharmacist": [
        "Verify and dispense prescriptions accurately",
        "Counsel patients on their medications",
        "Review therapy for interactions and work with prescribers",
    ],
    "pharm_tech": ["Fill prescriptions under pharmacist supervision", "Manage inventory and insurance claims"],
    "sales": ["Call on physicians in your territory", "Meet quarterly sales targets"],
    "atc": [
        "Provide air traffic control services to aircraft in the tower's airspace",
        "Issue clearances, sequence arrivals and departures and keep aircraft separated",
        "Coordinate with adjacent facilities and keep currency on all positions",
    ],
    "airport_ops": ["Check in passengers and handle baggage", "Marshal aircraft on the ramp"],
    "dispatcher": ["Plan flights and monitor them in the air", "Share operational control with the captain"],
    "pm": [
        "Own the roadmap for your product area",
        "Talk to customers, define problems and write clear requirements",
        "Work with engineering and design to ship and measure outcomes",
    ],
    "project_mgr": ["Plan and run IT projects to time and budget", "Report status and manage risks"],
    "marketing": ["Own positioning, launches and sales enablement", "Write product messaging"],
    "game_dev": ["Build gameplay features in Unity", "Optimise rendering and memory on mobile"],
    "consultant": ["Configure Dynamics 365 for business users", "Run workshops and write functional specs"],
    "architect": ["Design cloud solutions for clients", "Lead technical pre-sales"],
}

_DOMAIN = {
    "payments": "You will work on our payments stack: card authorisation, ledgers, payouts and reconciliation, where correctness and idempotency matter more than anything.",
    "distributed": "The systems are distributed: replicated state, consensus, partitioning, back-pressure and failure handling are everyday topics.",
    "data_platform": "You will build our data platform: ingestion, the lakehouse, the warehouse and the tooling that every analyst and data scientist relies on.",
    "fintech": "We are a regulated fintech, so security, auditability and compliance are part of every design.",
    "microservices": "Our architecture is a set of event-driven microservices talking over queues and gRPC.",
    "healthcare": "Our customers are hospitals and clinics; the data we handle is sensitive health data.",
    "ecommerce": "We serve millions of shoppers; Black Friday is our load test.",
    "gaming": "We build online games played by millions every day.",
    "adtech": "Our bidding platform answers hundreds of thousands of requests per second.",
}

_LEVEL_YEARS = {
    "intern": "Currently studying towards a degree in computer science or a related field",
    "junior": "0-2 years of professional experience (graduates welcome)",
    "mid": "3+ years of professional software engineering experience",
    "senior": "5+ years of professional experience building production systems",
    "staff": "8+ years of experience, including leading technical direction across several teams",
    "principal": "10+ years of experience and a track record of org-wide technical leadership",
    "lead": "6+ years of experience, with at least two leading a team or a workstream",
    "manager": "2+ years managing engineers, and a background as a hands-on engineer",
}

_BENEFITS = [
    "Generous equity, 401(k) match and top-tier medical, dental and vision",
    "30 days of holiday plus bank holidays, private health insurance and a learning budget",
    "Home-office budget, annual team offsites and a four-day week in August",
    "Pension contributions of 8%, cycle-to-work scheme and enhanced parental leave",
    "Company-paid public transport ticket, 28 days of leave and language classes",
    "Flexible hours, mental-health days and a yearly conference budget",
]
_PLAIN_BENEFITS = [
    "Medical, dental and vision from day one, paid time off and a retirement plan with match",
    "Sign-on bonus, tuition reimbursement and paid time off",
    "Pension scheme, 28 days of annual leave and free parking",
    "Health insurance, CE allowance and a flexible schedule",
]
_TECH = {"backend", "fullstack", "frontend", "data_eng", "sre", "devops", "platform", "mobile", "qa", "em", "data_sci", "analyst", "recruiter", "sales_eng", "support", "security", "dba", "sql_dev", "ml", "embedded", "game_dev", "architect", "pm", "marketing"}

# fmt: on


def _names(keys: Any) -> str:
    words = [_NAMES.get(k, k) for k in keys]
    return ", ".join(words[:-1]) + (" and " if len(words) > 1 else "") + words[-1] if words else ""


def _pay_line(spec: Spec) -> str:
    pay = spec.get("pay")
    if not pay:
        return ""
    low, high, cur, period = pay
    sign = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "CHF": "CHF "}[cur]
    per = {"year": "per year", "hour": "per hour", "day": "per day", "month": "per month"}[period]
    if period == "year" and cur == "GBP":
        per = "per annum"
    if period == "year" and low >= 1000:
        return f"{sign}{low:,.0f} - {sign}{high:,.0f} {per}"
    return f"{sign}{low:,.2f} - {sign}{high:,.2f} {per}"


def text(spec: Spec) -> str:
    """The posting's description in its board's house style."""
    rnd = random.Random(spec["id"])
    role = spec["role"]
    tasks = list(_TASKS.get(role, _TASKS["ops"]))
    rnd.shuffle(tasks)
    langs, nice, tech = spec["langs"], spec["nice"], spec["tech"]
    req = [_LEVEL_YEARS[spec["level"]]] if spec.get("level") in _LEVEL_YEARS else []
    if langs:
        joined = _names(langs)
        req.append(
            rnd.choice(
                [
                    f"Strong, hands-on experience with {joined}",
                    f"You write production code in {joined} every day",
                    f"Deep knowledge of {joined} and its ecosystem",
                ]
            )
        )
    if tech:
        req.append(f"Experience with {_names(tech)}")
    req += spec.get("req", [])
    bonus = [f"Exposure to {_names(nice)}"] if nice else []
    bonus += spec.get("bonus", [])
    about = spec.get("about") or f"{spec['company']} is hiring."
    domain = " ".join(_DOMAIN[d] for d in spec["domain"] if d in _DOMAIN)
    where = spec["location"]
    pay = _pay_line(spec)
    style = spec["style"]
    bullets = "\n".join(f"- {t}" for t in tasks)
    reqs = "\n".join(f"- {r}" for r in req)
    nice_txt = "\n".join(f"- {b}" for b in bonus)
    perks = rnd.choice(_BENEFITS if role in _TECH else _PLAIN_BENEFITS)
    kind = spec.get("jobtype", "Permanent, full-time")
    if style == "reed":
        head = f"{spec['title']}\n{where}\nSalary: {pay or 'Competitive'}\nJob type: {kind}\n\n"
        body = f"Our client, {spec['company']}, is looking for a {spec['title']} to join them. {about} {domain}\n\nThe role:\n{bullets}\n\nThe ideal candidate:\n{reqs}\n"
        tail = (f"\nDesirable:\n{nice_txt}\n" if nice_txt else "") + f"\nBenefits: {perks}.\n"
        return head + body + tail
    if style == "stepstone":
        head = f"{spec['title']}\n{spec['company']} | {where} | Vollzeit / Full-time\n\n"
        body = f"Über uns / About us: {about} {domain}\n\nDeine Aufgaben / Your tasks:\n{bullets}\n\nDein Profil / Your profile:\n{reqs}\n"
        tail = (
            (f"\nNice to have:\n{nice_txt}\n" if nice_txt else "")
            + (f"\nGehalt / Salary: {pay}\n" if pay else "")
            + f"\nWir bieten / We offer: {perks}.\n"
        )
        return head + body + tail
    if style == "indeed":
        head = f"{spec['company']} - {where}\n\n{about} {domain}\n\nResponsibilities:\n{bullets}\n\nQualifications:\n{reqs}\n"
        tail = (
            (f"\nPreferred:\n{nice_txt}\n" if nice_txt else "")
            + f"\nJob Type: {kind}\n"
            + (f"Pay: {pay}\n" if pay else "")
            + f"Benefits: {perks}.\nWork Location: {where}\n"
        )
        return head + tail
    if style == "lever":
        head = f"{spec['title']}\n{where} / Engineering / Full-time\n\n{about}\n\n{domain}\n\nWhat you'll be doing\n{bullets}\n\nWhat you'll bring\n{reqs}\n"
        tail = (
            (f"\nBonus points\n{nice_txt}\n" if nice_txt else "")
            + (f"\nCompensation: {pay}. " if pay else "\n")
            + f"{perks}.\n"
        )
        return head + tail
    # greenhouse / linkedin
    head = f"About {spec['company']}\n{about}\n\nAbout the role\nWe're hiring a {spec['title']} ({where}). {domain}\n\nWhat you'll do\n{bullets}\n\nWhat we're looking for\n{reqs}\n"
    tail = (
        (f"\nNice to have\n{nice_txt}\n" if nice_txt else "")
        + (
            f"\nThe base salary range for this role is {pay}, plus equity and benefits.\n"
            if pay
            else ""
        )
        + f"\nBenefits: {perks}.\n"
    )
    return head + tail


def P(
    pid: str,
    title: str,
    company: str,
    location: str,
    remote: str | None,
    pay: tuple[float, float, str, str] | None,
    style: str,
    role: str,
    level: str | None,
    langs: tuple[str, ...] = (),
    nice: tuple[str, ...] = (),
    tech: tuple[str, ...] = (),
    domain: tuple[str, ...] = (),
    **more: Any,
) -> Spec:
    """One self-written posting's spec (its facts)."""
    return {
        "id": f"fresh7:{pid}", "title": title, "company": company, "location": location,
        "remote": remote, "pay": pay, "style": style, "role": role, "level": level,
        "langs": langs, "nice": nice, "tech": tech, "domain": domain, **more,
    }  # fmt: skip


US, EU, UK, ANY, CA = "us", "eu", "uk", "global", "ca"


def _y(low: float, high: float, cur: str = "USD") -> tuple[float, float, str, str]:
    return (low, high, cur, "year")


def _h(low: float, high: float, cur: str = "USD") -> tuple[float, float, str, str]:
    return (low, high, cur, "hour")


# fmt: off
SPECS: list[Spec] = [
    # --- backend, Python -------------------------------------------------------------------
    P("b001", "Senior Backend Engineer (Python)", "Ledgerly", "Remote (US)", US, _y(165000, 195000), "greenhouse", "backend", "senior", ("python",), tech=("postgresql", "aws", "docker"), domain=("fintech",), about="Ledgerly builds accounting automation for small businesses."),
    P("b002", "Senior Software Engineer, Backend", "Tidewater Health", "Remote - United States", US, _y(150000, 180000), "lever", "backend", "senior", ("python", "go"), tech=("postgresql", "kubernetes", "gcp"), domain=("healthcare",), about="Tidewater Health makes care coordination software for rural hospitals."),
    P("b003", "Sr. Python Engineer – APIs", "Parcelpoint", "Anywhere in the US (Remote)", US, _y(140000, 170000), "indeed", "backend", "senior", ("python",), tech=("django", "postgresql", "redis", "aws"), domain=("ecommerce",), about="Parcelpoint moves parcels for 4,000 online stores."),
    P("b004", "Backend Engineer, Python", "Brightloom Labs", "Remote (US)", US, _y(120000, 145000), "greenhouse", "backend", "mid", ("python",), tech=("fastapi", "postgresql", "aws"), about="Brightloom Labs builds scheduling software for clinics."),
    P("b005", "Senior Backend Engineer", "Quillstack", "Remote (US or Canada)", US, _y(170000, 205000), "lever", "backend", "senior", ("python",), tech=("aws", "dynamodb", "kafka"), domain=("distributed",), about="Quillstack is a document AI company."),
    P("b006", "Senior Backend Engineer (Python)", "Nordlicht Mobility", "Remote – EU only", EU, _y(80000, 100000, "EUR"), "stepstone", "backend", "senior", ("python",), tech=("django", "postgresql", "docker"), about="Nordlicht Mobility runs e-scooter fleets in 40 European cities."),
    P("b007", "Senior Backend Engineer", "Harbor & Finch", "New York, NY (Hybrid, 3 days in office)", None, _y(175000, 210000), "greenhouse", "backend", "senior", ("python",), tech=("aws", "postgresql"), domain=("fintech",), about="Harbor & Finch is a wealth management platform."),
    P("b008", "Senior Frontend Engineer", "Tidewater Health", "Remote - United States", US, _y(150000, 180000), "lever", "frontend", "senior", ("typescript",), tech=("react",), nice=("python",), domain=("healthcare",), about="Tidewater Health makes care coordination software for rural hospitals."),
    P("b009", "Senior Software Engineer, Backend (Go)", "Relaymesh", "Remote (US)", US, _y(160000, 190000), "greenhouse", "backend", "senior", ("go",), tech=("kubernetes", "gcp", "grpc"), domain=("distributed",), about="Relaymesh builds a global edge network."),
    P("b010", "Senior Data Scientist", "Parcelpoint", "Remote (US)", US, _y(150000, 175000), "indeed", "data_sci", "senior", ("python", "sql"), about="Parcelpoint moves parcels for 4,000 online stores."),
    P("b011", "Python Developer (Backend)", "Oakridge Insurance", "Remote (US)", US, _y(105000, 125000), "indeed", "backend", None, ("python",), tech=("flask", "sqlserver", "azure"), about="Oakridge Insurance has written home and auto policies since 1952."),
    P("b012", "Staff Backend Engineer", "Quillstack", "Remote (Worldwide)", ANY, _y(200000, 240000), "lever", "backend", "staff", ("python",), tech=("aws", "kafka", "postgresql"), domain=("distributed",), about="Quillstack is a document AI company."),
    P("b013", "Senior Backend Engineer", "Cobalt Grid", "Remote (US)", US, _y(155000, 185000), "greenhouse", "backend", "senior", ("java", "kotlin"), nice=("python",), tech=("aws", "kafka"), domain=("distributed",), about="Cobalt Grid forecasts power demand for utilities."),
    P("b014", "Mid-level Python Developer", "Kestrel Analytics", "Manchester, UK (Hybrid)", None, _y(50000, 62000, "GBP"), "reed", "backend", "mid", ("python",), tech=("postgresql", "django", "docker"), about="Kestrel Analytics builds pricing tools for retailers."),
    P("b015", "Python Developer – PostgreSQL", "Fenwick Data", "Remote (UK)", UK, _y(55000, 65000, "GBP"), "reed", "backend", "mid", ("python",), tech=("postgresql", "fastapi", "aws"), about="Fenwick Data supplies property data to lenders."),
    P("b016", "Software Engineer II, Python", "Greywater Systems", "Austin, TX", None, _y(115000, 135000), "greenhouse", "backend", "mid", ("python",), tech=("postgresql", "aws", "docker"), about="Greywater Systems builds water-utility billing software."),
    P("b017", "Junior Python Developer", "Kestrel Analytics", "Manchester, UK", None, _y(30000, 36000, "GBP"), "reed", "backend", "junior", ("python",), tech=("postgresql", "django"), about="Kestrel Analytics builds pricing tools for retailers."),
    P("b018", "Python Engineer (Django)", "Sundial Learning", "Lisbon, Portugal (Hybrid)", None, _y(45000, 60000, "EUR"), "linkedin", "backend", "mid", ("python",), tech=("django", "mysql", "celery"), about="Sundial Learning makes language-learning apps."),
    P("b019", "Senior Python Developer", "Vantor Risk", "London, UK (Hybrid)", None, _y(85000, 100000, "GBP"), "reed", "backend", "senior", ("python",), tech=("postgresql", "kafka", "aws"), domain=("fintech",), about="Vantor Risk provides credit-risk analytics to banks."),
    P("b020", "Python Automation Engineer (QA)", "Greywater Systems", "Austin, TX", None, _y(95000, 115000), "indeed", "qa", "mid", ("python",), tech=("postgresql",), about="Greywater Systems builds water-utility billing software."),
    # --- backend, Java ---------------------------------------------------------------------
    P("b021", "Java Developer", "Marlow Capital Markets", "London, UK", None, _y(80000, 95000, "GBP"), "reed", "backend", "mid", ("java",), tech=("spring", "oracle", "kafka"), domain=("fintech",), about="Marlow Capital Markets runs an electronic bond trading venue."),
    P("b022", "Senior Java Engineer", "Thamesbridge Bank", "London, UK (Hybrid)", None, _y(90000, 110000, "GBP"), "reed", "backend", "senior", ("java",), tech=("spring", "postgresql", "aws"), domain=("payments",), about="Thamesbridge Bank is a digital bank with 2 million customers."),
    P("b023", "Java Backend Developer", "Penrose Logistics", "London, UK", None, _y(60000, 70000, "GBP"), "reed", "backend", "mid", ("java",), tech=("spring", "mysql"), about="Penrose Logistics runs same-day delivery across the South East."),
    P("b024", "Java Developer", "Marlow Capital Markets", "Edinburgh, UK", None, _y(75000, 90000, "GBP"), "reed", "backend", "mid", ("java",), tech=("spring", "oracle"), domain=("fintech",), about="Marlow Capital Markets runs an electronic bond trading venue."),
    P("b025", "Java Software Engineer – Contract", "Crestmoor Consulting", "London, UK", None, (550, 650, "GBP", "day"), "reed", "backend", "senior", ("java",), tech=("spring", "kafka"), jobtype="Contract, 6 months", about="Crestmoor Consulting places contractors with Tier-1 banks. Outside IR35, 6 months initial."),
    P("b026", "Senior Java Spring Boot Engineer (m/w/d)", "Spreewerk Commerce", "Berlin, Germany (Hybrid)", None, _y(75000, 92000, "EUR"), "stepstone", "backend", "senior", ("java",), tech=("spring", "postgresql", "kafka", "kubernetes"), domain=("ecommerce", "microservices"), about="Spreewerk Commerce runs a fashion marketplace for 12 countries."),
    P("b027", "Senior Backend Engineer – Java (m/w/d)", "Kiezpay", "Berlin, Germany", None, _y(80000, 98000, "EUR"), "stepstone", "backend", "senior", ("java", "kotlin"), tech=("spring", "postgresql", "aws"), domain=("payments",), about="Kiezpay lets small shops accept card payments on a phone."),
    P("b028", "Java Entwickler (m/w/d) – Spring Boot", "Isarsoft", "Munich, Germany", None, _y(65000, 80000, "EUR"), "stepstone", "backend", "mid", ("java",), tech=("spring", "oracle"), about="Isarsoft builds insurance core systems."),
    P("b029", "Senior Java Developer (Spring Boot)", "Havelstrom Energie", "Remote (Germany)", EU, _y(78000, 90000, "EUR"), "stepstone", "backend", "senior", ("java",), tech=("spring", "postgresql", "docker"), about="Havelstrom Energie is a green power supplier."),
    P("b030", "Senior Kotlin Engineer (m/w/d)", "Spreewerk Commerce", "Berlin, Germany (Hybrid)", None, _y(75000, 92000, "EUR"), "stepstone", "backend", "senior", ("kotlin",), tech=("spring", "postgresql", "kafka"), domain=("ecommerce",), about="Spreewerk Commerce runs a fashion marketplace for 12 countries."),
    P("b031", "Java QA Automation Engineer", "Thamesbridge Bank", "London, UK (Hybrid)", None, _y(60000, 72000, "GBP"), "reed", "qa", "mid", ("java",), tech=("selenium",), about="Thamesbridge Bank is a digital bank with 2 million customers."),
    P("b032", "Senior Java Engineer", "Kiezpay", "Amsterdam, Netherlands", None, _y(85000, 100000, "EUR"), "linkedin", "backend", "senior", ("java",), tech=("spring", "postgresql"), domain=("payments",), about="Kiezpay lets small shops accept card payments on a phone."),
    P("b033", "Staff Software Engineer, Java Platform", "Cobalt Grid", "Remote (US)", US, _y(210000, 250000), "greenhouse", "platform", "staff", ("java",), tech=("kubernetes", "aws"), domain=("distributed",), about="Cobalt Grid forecasts power demand for utilities."),
    P("b034", "Engineering Manager, Java Services (m/w/d)", "Spreewerk Commerce", "Berlin, Germany", None, _y(100000, 120000, "EUR"), "stepstone", "em", "manager", ("java",), tech=("spring",), about="Spreewerk Commerce runs a fashion marketplace for 12 countries."),
    # --- backend, Go -----------------------------------------------------------------------
    P("b035", "Golang Engineer", "Fjordline Cloud", "Remote – EU only", EU, _y(70000, 90000, "EUR"), "lever", "backend", "mid", ("go",), tech=("kubernetes", "postgresql", "gcp"), domain=("distributed",), about="Fjordline Cloud is a European sovereign cloud provider."),
    P("b036", "Senior Go Developer", "Wattwise", "Remote (Europe, CET ±2h)", EU, _y(85000, 105000, "EUR"), "linkedin", "backend", "senior", ("go",), tech=("aws", "kafka", "timescaledb"), domain=("data_platform",), about="Wattwise meters and bills solar energy."),
    P("b037", "Backend Engineer (Go)", "Pixelhaven Games", "Remote (EU)", EU, _y(65000, 80000, "EUR"), "lever", "backend", "mid", ("go",), tech=("redis", "kubernetes"), domain=("gaming",), about="Pixelhaven Games makes multiplayer mobile games."),
    P("b038", "Go Engineer – Infrastructure", "Relaymesh", "Remote (US)", US, _y(150000, 180000), "greenhouse", "platform", "mid", ("go",), tech=("kubernetes", "terraform"), about="Relaymesh builds a global edge network."),
    P("b039", "Software Engineer, Go", "Polderpay", "Amsterdam, Netherlands (Hybrid)", None, _y(70000, 85000, "EUR"), "linkedin", "backend", "mid", ("go",), tech=("postgresql", "kafka", "kubernetes"), domain=("payments",), about="Polderpay processes iDEAL and card payments for Dutch merchants."),
    P("b040", "Senior Golang Developer", "Vistula Tech", "Warsaw, Poland (Remote within EU possible)", EU, (6000, 7500, "EUR", "month"), "linkedin", "backend", "senior", ("go",), tech=("postgresql", "rabbitmq", "docker"), about="Vistula Tech builds logistics software. Salary is quoted monthly on a B2B contract."),
    P("b041", "Go Developer", "Fjordline Cloud", "Oslo, Norway (On-site)", None, _y(70000, 85000, "EUR"), "lever", "backend", "mid", ("go",), tech=("kubernetes",), about="Fjordline Cloud is a European sovereign cloud provider."),
    P("b042", "Site Reliability Engineer", "Fjordline Cloud", "Remote – EU only", EU, _y(70000, 90000, "EUR"), "lever", "sre", "mid", (), nice=("go", "python"), tech=("kubernetes", "prometheus", "terraform"), about="Fjordline Cloud is a European sovereign cloud provider."),
    # --- C# / .NET -------------------------------------------------------------------------
    P("b043", "C# .NET Developer", "Ridgeway Claims", "Seattle, WA", None, _y(110000, 135000), "indeed", "backend", "mid", ("csharp",), tech=("dotnet", "sqlserver", "azure"), about="Ridgeway Claims processes insurance claims for regional carriers."),
    P("b044", "Senior .NET Developer (C#)", "Albion Housing Group", "Birmingham, UK (Hybrid)", None, _y(60000, 70000, "GBP"), "reed", "backend", "senior", ("csharp",), tech=("dotnet", "sqlserver", "azure"), about="Albion Housing Group is a housing association with 30,000 homes."),
    P("b045", "Software Engineer – C#/.NET Core", "Lumen Freight", "Chicago, IL (Hybrid)", None, _y(100000, 125000), "greenhouse", "backend", "mid", ("csharp",), tech=("dotnet", "postgresql", "rabbitmq", "docker"), domain=("microservices",), about="Lumen Freight is a digital freight broker."),
    P("b046", ".NET Backend Engineer", "Nordvik Retail", "Remote (EU)", EU, _y(60000, 75000, "EUR"), "linkedin", "backend", "mid", ("csharp",), tech=("dotnet", "azure", "sqlserver"), domain=("ecommerce",), about="Nordvik Retail runs 300 home-goods stores and a web shop."),
    P("b047", "Full Stack .NET Developer", "Ridgeway Claims", "Seattle, WA", None, _y(105000, 125000), "indeed", "fullstack", "mid", ("csharp", "typescript"), tech=("dotnet", "react", "sqlserver"), about="Ridgeway Claims processes insurance claims for regional carriers."),
    P("b048", "Unity Developer (C#)", "Pixelhaven Games", "Remote (EU)", EU, _y(55000, 70000, "EUR"), "lever", "game_dev", "mid", ("csharp",), about="Pixelhaven Games makes multiplayer mobile games."),
    P("b049", "Senior Software Engineer – .NET / Azure", "Cascade Civic Tech", "Remote (US)", US, _y(140000, 165000), "greenhouse", "backend", "senior", ("csharp",), tech=("dotnet", "azure", "sqlserver"), about="Cascade Civic Tech builds permitting software for cities."),
    P("b050", "Dynamics 365 Functional Consultant", "Albion Housing Group", "Birmingham, UK", None, _y(50000, 58000, "GBP"), "reed", "consultant", "mid", (), nice=("csharp",), about="Albion Housing Group is a housing association with 30,000 homes."),
    # --- Node.js / PHP ---------------------------------------------------------------------
    P("b051", "Backend Engineer (Node.js)", "Loopcart", "Remote (US)", US, _y(125000, 150000), "lever", "backend", "mid", ("node", "typescript"), tech=("postgresql", "aws", "redis"), domain=("ecommerce",), about="Loopcart powers subscriptions for online shops."),
    P("b052", "Senior Node.js Developer", "Brightfield Media", "London, UK (Hybrid)", None, _y(75000, 90000, "GBP"), "reed", "backend", "senior", ("node", "typescript"), tech=("nestjs", "mongodb", "aws"), about="Brightfield Media publishes sport and culture titles."),
    P("b053", "Backend Developer – Node.js / PHP", "Cantiere Digitale", "Milan, Italy", None, _y(40000, 50000, "EUR"), "linkedin", "backend", "mid", ("node", "php"), tech=("laravel", "mysql"), about="Cantiere Digitale builds e-commerce sites for Italian brands."),
    P("b054", "Senior PHP Developer (Laravel)", "Loopcart", "Remote (US)", US, _y(120000, 140000), "lever", "backend", "senior", ("php",), tech=("laravel", "mysql", "redis"), about="Loopcart powers subscriptions for online shops."),
    P("b055", "Node.js Engineer – APIs", "Tallyhive", "Toronto, ON (Hybrid)", None, _y(110000, 130000, "CAD"), "greenhouse", "backend", "mid", ("node", "typescript"), tech=("express", "postgresql", "gcp"), about="Tallyhive runs expense management for mid-market companies."),
    P("b056", "Full-Stack Engineer (React / Node)", "Brightfield Media", "London, UK (Hybrid)", None, _y(65000, 80000, "GBP"), "reed", "fullstack", "mid", ("typescript", "node"), tech=("react", "mongodb"), about="Brightfield Media publishes sport and culture titles."),
    P("b057", "Backend Engineer", "Wordhoard", "Remote (Worldwide)", ANY, _y(90000, 120000), "lever", "backend", "mid", ("node", "php"), tech=("mysql", "redis"), nice=("go",), about="Wordhoard hosts 2 million WordPress blogs; our legacy PHP monolith is being split into Node services."),
    P("b058", "Senior Backend Engineer (Node.js, TypeScript)", "Tallyhive", "Remote (Canada)", CA, _y(140000, 165000, "CAD"), "greenhouse", "backend", "senior", ("node", "typescript"), tech=("postgresql", "kafka", "aws"), domain=("payments", "fintech"), about="Tallyhive runs expense management for mid-market companies."),
    P("b059", "Frontend Developer (JavaScript)", "Cantiere Digitale", "Milan, Italy", None, _y(38000, 46000, "EUR"), "linkedin", "frontend", "mid", ("javascript",), tech=("react",), about="Cantiere Digitale builds e-commerce sites for Italian brands."),
    P("b060", "Node Backend Developer", "Greenline Transit", "Denver, CO", None, _y(110000, 130000), "indeed", "backend", "mid", ("node", "javascript"), tech=("express", "mongodb", "rabbitmq"), domain=("microservices",), about="Greenline Transit builds ticketing for public transport."),
    # --- distributed systems / staff -------------------------------------------------------
    P("b061", "Staff Engineer, Distributed Systems", "Ironclad Storage", "San Francisco, CA (Hybrid)", None, _y(230000, 280000), "greenhouse", "backend", "staff", ("go", "rust"), tech=("kubernetes",), domain=("distributed",), about="Ironclad Storage builds an S3-compatible object store."),
    P("b062", "Staff Software Engineer – Distributed Systems", "Relaymesh", "Remote (US)", US, _y(220000, 260000), "greenhouse", "backend", "staff", ("go",), tech=("kafka", "kubernetes"), domain=("distributed",), about="Relaymesh builds a global edge network."),
    P("b063", "Principal Engineer, Distributed Databases", "Ironclad Storage", "Remote (US)", US, _y(260000, 310000), "greenhouse", "backend", "principal", ("cpp", "rust"), domain=("distributed",), about="Ironclad Storage builds an S3-compatible object store."),
    P("b064", "Staff Engineer – Consensus & Replication", "Tessellate DB", "Remote (Worldwide)", ANY, _y(210000, 250000), "lever", "backend", "staff", ("rust",), domain=("distributed",), about="Tessellate DB is an open-source distributed SQL database."),
    P("b065", "Senior Distributed Systems Engineer", "Tessellate DB", "Dublin, Ireland", None, _y(95000, 120000, "EUR"), "lever", "backend", "senior", ("go",), domain=("distributed",), about="Tessellate DB is an open-source distributed SQL database."),
    P("b066", "Staff Frontend Engineer", "Ironclad Storage", "San Francisco, CA", None, _y(220000, 260000), "greenhouse", "frontend", "staff", ("typescript",), tech=("react",), about="Ironclad Storage builds an S3-compatible object store."),
    P("b067", "Staff Engineer, Developer Experience", "Quillstack", "Remote (US)", US, _y(200000, 240000), "lever", "platform", "staff", ("python", "typescript"), about="Quillstack is a document AI company. This role owns our build system, CI and local dev tooling."),
    P("b068", "Staff Data Scientist", "Relaymesh", "Remote (US)", US, _y(200000, 230000), "greenhouse", "data_sci", "staff", ("python",), about="Relaymesh builds a global edge network."),
    P("b069", "Distributed Systems Engineer II", "Ironclad Storage", "Seattle, WA", None, _y(160000, 190000), "greenhouse", "backend", "mid", ("go",), domain=("distributed",), about="Ironclad Storage builds an S3-compatible object store."),
    # --- payments / Kafka / fintech --------------------------------------------------------
    P("b070", "Software Engineer, Payments", "Tallyhive", "Toronto, ON (Hybrid)", None, _y(120000, 145000, "CAD"), "greenhouse", "backend", "mid", ("java",), tech=("kafka", "postgresql"), domain=("payments",), about="Tallyhive runs expense management for mid-market companies."),
    P("b071", "Senior Backend Engineer – Payments (Kafka)", "Polderpay", "Amsterdam, Netherlands (Hybrid)", None, _y(85000, 105000, "EUR"), "linkedin", "backend", "senior", ("go", "java"), tech=("kafka", "postgresql", "kubernetes"), domain=("payments",), about="Polderpay processes iDEAL and card payments for Dutch merchants."),
    P("b072", "Payments Engineer", "Ledgerly", "Remote (US)", US, _y(140000, 165000), "greenhouse", "backend", "mid", ("python",), tech=("kafka", "postgresql", "aws"), domain=("payments", "fintech"), about="Ledgerly builds accounting automation for small businesses."),
    P("b073", "Payments Operations Analyst", "Polderpay", "Amsterdam, Netherlands", None, _y(45000, 55000, "EUR"), "linkedin", "analyst", "mid", ("sql",), domain=("payments",), about="Polderpay processes iDEAL and card payments for Dutch merchants. This is an operations role: chargebacks, settlement breaks and scheme reporting."),
    P("b074", "Software Engineer II, Payments", "Loopcart", "Remote (US)", US, _y(130000, 155000), "lever", "backend", "mid", ("node", "typescript"), tech=("postgresql", "sqs", "aws"), domain=("payments",), about="Loopcart powers subscriptions for online shops."),
    P("b075", "Kafka Platform Engineer", "Thamesbridge Bank", "London, UK (Hybrid)", None, _y(85000, 100000, "GBP"), "reed", "platform", "senior", ("java",), tech=("kafka", "kubernetes", "terraform"), domain=("distributed",), about="Thamesbridge Bank is a digital bank with 2 million customers."),
    P("b076", "Payments Product Manager", "Kiezpay", "Berlin, Germany", None, _y(85000, 100000, "EUR"), "stepstone", "pm", "senior", (), domain=("payments",), about="Kiezpay lets small shops accept card payments on a phone."),
    P("b077", "Lead Backend Engineer – Fintech", "Hudson Ledger", "New York, NY (Hybrid)", None, _y(200000, 235000), "greenhouse", "backend", "lead", ("java", "kotlin"), tech=("kafka", "postgresql", "aws"), domain=("fintech", "payments"), about="Hudson Ledger is a core-banking platform for US credit unions."),
    P("b078", "Lead Software Engineer, Backend", "Pier 9 Capital", "New York, NY", None, _y(190000, 225000), "greenhouse", "backend", "lead", ("python",), tech=("postgresql", "aws"), domain=("fintech",), about="Pier 9 Capital is a fintech lender for small businesses."),
    P("b079", "Backend Tech Lead (Fintech)", "Stonebridge Pay", "Remote (US)", US, _y(185000, 215000), "lever", "backend", "lead", ("go",), tech=("kafka", "postgresql"), domain=("fintech", "payments"), about="Stonebridge Pay issues corporate cards."),
    P("b080", "Senior Backend Engineer – Fintech", "Hudson Ledger", "New York, NY (Hybrid)", None, _y(170000, 200000), "greenhouse", "backend", "senior", ("java",), tech=("kafka", "postgresql"), domain=("fintech",), about="Hudson Ledger is a core-banking platform for US credit unions."),
    P("b081", "Engineering Lead, Backend", "Brightloom Labs", "New York, NY", None, _y(195000, 230000), "greenhouse", "backend", "lead", ("python",), tech=("aws",), domain=("healthcare",), about="Brightloom Labs builds scheduling software for clinics."),
    P("b082", "Lead Frontend Engineer – Fintech", "Pier 9 Capital", "New York, NY", None, _y(185000, 215000), "greenhouse", "frontend", "lead", ("typescript",), tech=("react",), domain=("fintech",), about="Pier 9 Capital is a fintech lender for small businesses."),
    P("b083", "Engineering Manager, Payments Backend", "Hudson Ledger", "New York, NY", None, _y(220000, 250000), "greenhouse", "em", "manager", ("java",), domain=("fintech", "payments"), about="Hudson Ledger is a core-banking platform for US credit unions."),
    P("b084", "Kafka Streaming Engineer", "Vantor Risk", "London, UK", None, _y(80000, 95000, "GBP"), "reed", "data_eng", "senior", ("scala", "java"), tech=("kafka", "flink"), domain=("data_platform",), about="Vantor Risk provides credit-risk analytics to banks."),
    # --- data platform ---------------------------------------------------------------------
    P("b085", "Data Platform Engineer", "Wattwise", "Remote (Europe)", EU, _y(80000, 95000, "EUR"), "linkedin", "data_eng", "mid", ("python", "scala"), tech=("spark", "aws", "airflow"), domain=("data_platform",), about="Wattwise meters and bills solar energy."),
    P("b086", "Senior Data Engineer (Spark, AWS)", "Parcelpoint", "Remote (US)", US, _y(150000, 175000), "indeed", "data_eng", "senior", ("python",), tech=("spark", "aws", "airflow", "snowflake"), domain=("data_platform",), about="Parcelpoint moves parcels for 4,000 online stores."),
    P("b087", "Data Platform Engineer – Databricks", "Cobalt Grid", "Austin, TX", None, _y(135000, 160000), "greenhouse", "data_eng", "mid", ("python", "sql"), tech=("spark", "azure"), domain=("data_platform",), about="Cobalt Grid forecasts power demand for utilities."),
    P("b088", "Analytics Engineer (dbt)", "Sundial Learning", "Lisbon, Portugal", None, _y(45000, 58000, "EUR"), "linkedin", "data_eng", "mid", ("sql",), tech=("dbt", "snowflake"), about="Sundial Learning makes language-learning apps."),
    P("b089", "Data Engineer, GCP", "Pixelhaven Games", "Remote (EU)", EU, _y(65000, 80000, "EUR"), "lever", "data_eng", "mid", ("python", "sql"), tech=("gcp", "airflow"), domain=("gaming",), about="Pixelhaven Games makes multiplayer mobile games."),
    P("b090", "Senior Software Engineer, Data Platform", "Quillstack", "Remote (US)", US, _y(175000, 205000), "lever", "data_eng", "senior", ("scala", "python"), tech=("spark", "aws", "kafka"), domain=("data_platform",), about="Quillstack is a document AI company."),
    P("b091", "Data Analyst", "Parcelpoint", "Remote (US)", US, _y(80000, 95000), "indeed", "analyst", "mid", ("sql",), tech=("snowflake",), about="Parcelpoint moves parcels for 4,000 online stores."),
    P("b092", "Big Data Engineer (Spark)", "Isarsoft", "Munich, Germany", None, _y(70000, 85000, "EUR"), "stepstone", "data_eng", "mid", ("scala",), tech=("spark", "azure", "kafka"), domain=("data_platform",), about="Isarsoft builds insurance core systems."),
    # --- Azure / SWE II --------------------------------------------------------------------
    P("b093", "Software Engineer II – Azure Integration", "Cascade Civic Tech", "Remote (US)", US, _y(120000, 140000), "greenhouse", "backend", "mid", ("csharp",), tech=("azure", "sqlserver"), about="Cascade Civic Tech builds permitting software for cities."),
    P("b094", "Software Engineer II", "Lumen Freight", "Chicago, IL", None, _y(115000, 135000), "greenhouse", "backend", "mid", ("python",), tech=("aws", "postgresql"), about="Lumen Freight is a digital freight broker."),
    P("b095", "Cloud Engineer (Azure)", "Albion Housing Group", "Birmingham, UK", None, _y(55000, 65000, "GBP"), "devops", "mid", (), tech=("azure", "terraform"), nice=("python",), about="Albion Housing Group is a housing association with 30,000 homes."),
    P("b096", "Azure Solutions Architect", "Crestmoor Consulting", "London, UK", None, _y(90000, 110000, "GBP"), "reed", "architect", "senior", (), tech=("azure",), about="Crestmoor Consulting places contractors with Tier-1 banks."),
    # --- SRE / DevOps / platform -----------------------------------------------------------
    P("b097", "Site Reliability Engineer (Kubernetes, GCP)", "Pixelhaven Games", "Remote (EU)", EU, _y(70000, 85000, "EUR"), "lever", "sre", "mid", ("go",), tech=("kubernetes", "gcp", "prometheus"), domain=("gaming",), about="Pixelhaven Games makes multiplayer mobile games."),
    P("b098", "Senior SRE", "Relaymesh", "Remote (US)", US, _y(170000, 200000), "greenhouse", "sre", "senior", ("go", "python"), tech=("kubernetes", "gcp", "terraform"), about="Relaymesh builds a global edge network."),
    P("b099", "Site Reliability Engineer", "Sundial Learning", "Lisbon, Portugal", None, _y(50000, 65000, "EUR"), "linkedin", "sre", "mid", ("python",), tech=("kubernetes", "aws"), about="Sundial Learning makes language-learning apps."),
    P("b100", "DevOps Engineer (AWS, Docker)", "Greenline Transit", "Denver, CO", None, _y(125000, 145000), "indeed", "devops", "mid", ("python", "bash"), tech=("aws", "docker", "terraform", "kubernetes"), about="Greenline Transit builds ticketing for public transport."),
    P("b101", "Senior DevOps Engineer", "Oakridge Insurance", "Remote (US)", US, _y(130000, 150000), "indeed", "devops", "senior", (), tech=("aws", "docker", "ansible", "terraform"), about="Oakridge Insurance has written home and auto policies since 1952."),
    P("b102", "DevOps Engineer", "Lumen Freight", "Chicago, IL", None, _y(95000, 115000), "greenhouse", "devops", "mid", (), tech=("azure", "docker", "kubernetes"), about="Lumen Freight is a digital freight broker."),
    P("b103", "DevOps Engineer – AWS", "Fenwick Data", "Remote (UK)", UK, _y(65000, 75000, "GBP"), "reed", "devops", "mid", (), tech=("aws", "docker", "terraform"), about="Fenwick Data supplies property data to lenders."),
    P("b104", "Platform Engineer (Terraform, AWS)", "Wattwise", "Remote (Europe)", EU, _y(75000, 92000, "EUR"), "linkedin", "platform", "mid", ("go",), tech=("terraform", "aws", "kubernetes"), about="Wattwise meters and bills solar energy."),
    P("b105", "Senior Platform Engineer", "Nordlicht Mobility", "Remote – EU only", EU, _y(85000, 100000, "EUR"), "stepstone", "platform", "senior", (), tech=("terraform", "kubernetes", "gcp", "helm"), about="Nordlicht Mobility runs e-scooter fleets in 40 European cities."),
    P("b106", "Platform Engineer", "Brightfield Media", "London, UK (Hybrid)", None, _y(70000, 85000, "GBP"), "reed", "platform", "mid", (), tech=("terraform", "aws", "kubernetes"), about="Brightfield Media publishes sport and culture titles."),
    P("b107", "Infrastructure Engineer (Terraform)", "Vistula Tech", "Remote (EU)", EU, (5000, 6500, "EUR", "month"), "linkedin", "devops", "mid", (), tech=("terraform", "azure"), about="Vistula Tech builds logistics software. B2B contract, monthly rate."),
    P("b108", "Platform Product Manager", "Fjordline Cloud", "Remote – EU only", EU, _y(80000, 95000, "EUR"), "lever", "pm", "senior", (), tech=("kubernetes",), about="Fjordline Cloud is a European sovereign cloud provider."),
    P("b109", "Kubernetes Administrator", "Crestmoor Consulting", "Remote (US)", US, _h(70, 85), "indeed", "devops", "mid", (), tech=("kubernetes", "docker"), jobtype="Contract (W2, 12 months)", about="Crestmoor Consulting places contractors with enterprise clients. 12-month W2 contract."),
    # --- RabbitMQ / microservices ----------------------------------------------------------
    P("b110", "Microservices Developer (RabbitMQ)", "Greenline Transit", "Denver, CO (Hybrid)", None, _y(115000, 135000), "indeed", "backend", "mid", ("csharp",), tech=("rabbitmq", "dotnet", "docker"), domain=("microservices",), about="Greenline Transit builds ticketing for public transport."),
    P("b111", "Backend Developer – Event-Driven Microservices", "Vistula Tech", "Warsaw, Poland", None, (5000, 6200, "EUR", "month"), "linkedin", "backend", "mid", ("java",), tech=("rabbitmq", "spring", "postgresql"), domain=("microservices",), about="Vistula Tech builds logistics software. Salary shown monthly (B2B)."),
    P("b112", "Senior Software Engineer (Python, RabbitMQ)", "Fenwick Data", "Remote (UK)", UK, _y(75000, 90000, "GBP"), "reed", "backend", "senior", ("python",), tech=("rabbitmq", "postgresql", "docker"), domain=("microservices",), about="Fenwick Data supplies property data to lenders."),
    P("b113", "Messaging Middleware Administrator (IBM MQ / RabbitMQ)", "Thamesbridge Bank", "London, UK", None, _y(55000, 65000, "GBP"), "reed", "ops", "mid", (), tech=("rabbitmq",), about="Thamesbridge Bank is a digital bank with 2 million customers. An operations role: install, patch and monitor brokers."),
    # --- NoSQL / MongoDB -------------------------------------------------------------------
    P("b114", "Backend Developer (MongoDB, Node.js)", "Brightfield Media", "London, UK (Hybrid)", None, _y(60000, 75000, "GBP"), "reed", "backend", "mid", ("node",), tech=("mongodb", "redis"), about="Brightfield Media publishes sport and culture titles."),
    P("b115", "Backend Engineer – NoSQL (Cassandra, DynamoDB)", "Quillstack", "Remote (US)", US, _y(150000, 175000), "lever", "backend", "mid", ("java",), tech=("cassandra", "dynamodb", "aws"), domain=("distributed",), about="Quillstack is a document AI company."),
    P("b116", "MongoDB Database Administrator", "Oakridge Insurance", "Remote (US)", US, _y(100000, 120000), "indeed", "dba", "mid", (), tech=("mongodb",), about="Oakridge Insurance has written home and auto policies since 1952."),
    P("b117", "Python Backend Developer (MongoDB)", "Sundial Learning", "Lisbon, Portugal", None, _y(45000, 60000, "EUR"), "linkedin", "backend", "mid", ("python",), tech=("mongodb", "fastapi"), about="Sundial Learning makes language-learning apps."),
    # --- SQL developers --------------------------------------------------------------------
    P("b118", "SQL Developer", "Albion Housing Group", "Birmingham, UK (Hybrid)", None, _y(40000, 48000, "GBP"), "reed", "sql_dev", "mid", ("tsql",), tech=("sqlserver", "ssis"), about="Albion Housing Group is a housing association with 30,000 homes."),
    P("b119", "SQL Server Developer (T-SQL, SSIS)", "Kestrel Analytics", "Manchester, UK", None, _y(45000, 55000, "GBP"), "reed", "sql_dev", "mid", ("tsql",), tech=("sqlserver", "ssis", "powerbi"), about="Kestrel Analytics builds pricing tools for retailers."),
    P("b120", "Senior SQL Developer", "Fenwick Data", "Remote (UK)", UK, _y(60000, 70000, "GBP"), "reed", "sql_dev", "senior", ("sql",), tech=("postgresql",), about="Fenwick Data supplies property data to lenders."),
    P("b121", "PL/SQL Developer", "Ridgeway Claims", "Seattle, WA", None, _y(100000, 120000), "indeed", "sql_dev", "mid", ("plsql",), tech=("oracle",), about="Ridgeway Claims processes insurance claims for regional carriers."),
    P("b122", "Database Administrator (SQL Server)", "Thamesbridge Bank", "London, UK", None, _y(65000, 75000, "GBP"), "reed", "dba", "mid", (), tech=("sqlserver",), about="Thamesbridge Bank is a digital bank with 2 million customers."),
    P("b123", "BI Developer (Power BI, SQL)", "Penrose Logistics", "Reading, UK", None, _y(45000, 55000, "GBP"), "reed", "analyst", "mid", ("sql",), tech=("powerbi",), about="Penrose Logistics runs same-day delivery across the South East."),
    # --- Amsterdam / EUR pay ---------------------------------------------------------------
    P("b124", "Backend Developer", "Polderpay", "Amsterdam, Netherlands (Hybrid)", None, _y(70000, 85000, "EUR"), "linkedin", "backend", "mid", ("java", "kotlin"), tech=("postgresql", "kafka"), domain=("payments",), about="Polderpay processes iDEAL and card payments for Dutch merchants."),
    P("b125", "Backend Engineer (Python)", "Grachten Labs", "Amsterdam, Netherlands", None, _y(60000, 72000, "EUR"), "linkedin", "backend", "mid", ("python",), tech=("django", "postgresql"), about="Grachten Labs builds booking software for museums."),
    P("b126", "Medior Backend Developer (PHP)", "Grachten Labs", "Amsterdam, Netherlands", None, _y(50000, 62000, "EUR"), "linkedin", "backend", "mid", ("php",), tech=("symfony", "mysql"), about="Grachten Labs builds booking software for museums."),
    P("b127", "Senior Backend Engineer", "Tulipshift", "Amsterdam, Netherlands (Hybrid)", None, _y(85000, 100000, "EUR"), "greenhouse", "backend", "senior", ("go",), tech=("postgresql", "gcp"), about="Tulipshift schedules hourly workers for restaurants."),
    P("b128", "Frontend Developer", "Tulipshift", "Amsterdam, Netherlands", None, _y(60000, 75000, "EUR"), "greenhouse", "frontend", "mid", ("typescript",), tech=("react",), about="Tulipshift schedules hourly workers for restaurants."),
    P("b129", "Backend Developer", "Kanaal Digital", "Rotterdam, Netherlands", None, _y(55000, 65000, "EUR"), "linkedin", "backend", "mid", ("csharp",), tech=("dotnet", "azure"), about="Kanaal Digital builds port-logistics software."),
    P("b130", "Backend Developer (Node.js)", "Tulipshift", "Amsterdam, Netherlands", None, _y(52000, 64000, "EUR"), "greenhouse", "backend", "junior", ("node",), tech=("postgresql",), about="Tulipshift schedules hourly workers for restaurants."),
    # --- not-Java / remote backend ---------------------------------------------------------
    P("b131", "Backend Engineer (Elixir)", "Chirpwell", "Remote (Worldwide)", ANY, _y(110000, 140000), "lever", "backend", "mid", ("elixir",), tech=("postgresql",), about="Chirpwell builds real-time chat for communities."),
    P("b132", "Backend Engineer – Ruby on Rails", "Chirpwell", "Remote (Worldwide)", ANY, _y(110000, 140000), "lever", "backend", "mid", ("ruby",), tech=("postgresql", "redis"), about="Chirpwell builds real-time chat for communities."),
    P("b133", "Backend Engineer (Java/Scala)", "Gridlock Ads", "Remote (US)", US, _y(140000, 170000), "greenhouse", "backend", "mid", ("java", "scala"), tech=("kafka", "aerospike"), domain=("adtech",), about="Gridlock Ads runs a real-time bidding exchange."),
    P("b134", "Senior Backend Engineer (Rust)", "Tessellate DB", "Remote (Worldwide)", ANY, _y(170000, 200000), "lever", "backend", "senior", ("rust",), domain=("distributed",), about="Tessellate DB is an open-source distributed SQL database."),
    P("b135", "Backend Engineer", "Stonebridge Pay", "Remote (US)", US, _y(140000, 165000), "lever", "backend", "mid", ("go",), tech=("postgresql", "kafka"), domain=("payments",), about="Stonebridge Pay issues corporate cards."),
    P("b136", "Backend Engineer", "Gridlock Ads", "Remote (US)", US, _y(135000, 160000), "greenhouse", "backend", "mid", ("java",), tech=("kafka",), domain=("adtech",), about="Gridlock Ads runs a real-time bidding exchange."),
    # --- Canada / other --------------------------------------------------------------------
    P("b137", "Python Developer, FastAPI", "Maplewire", "Toronto, ON", None, _y(100000, 120000, "CAD"), "indeed", "backend", "mid", ("python",), tech=("fastapi", "postgresql", "docker"), about="Maplewire builds property-management software."),
    P("b138", "Senior Python Engineer", "Maplewire", "Remote (Canada)", CA, _y(130000, 150000, "CAD"), "indeed", "backend", "senior", ("python",), tech=("fastapi", "aws"), about="Maplewire builds property-management software."),
    P("b139", "iOS Engineer", "Tallyhive", "Toronto, ON", None, _y(120000, 140000, "CAD"), "greenhouse", "mobile", "mid", ("swift",), about="Tallyhive runs expense management for mid-market companies."),
    P("b140", "Technical Recruiter – Backend Engineering", "Relaymesh", "Remote (US)", US, _y(90000, 110000), "greenhouse", "recruiter", "mid", (), about="Relaymesh builds a global edge network. You will hire backend, Go and distributed-systems engineers."),
    P("b141", "Solutions Engineer (Kafka)", "Streamfold", "Remote (US)", US, _y(150000, 180000), "greenhouse", "sales_eng", "senior", (), tech=("kafka",), about="Streamfold sells a managed Kafka service."),
    P("b142", "Customer Support Engineer – Python SDK", "Quillstack", "Remote (US)", US, _y(85000, 100000), "lever", "support", "mid", ("python",), about="Quillstack is a document AI company."),
    P("b143", "Machine Learning Engineer", "Quillstack", "Remote (US)", US, _y(170000, 200000), "lever", "ml", "senior", ("python",), tech=("aws", "kubernetes"), about="Quillstack is a document AI company."),
    P("b144", "Security Engineer (AppSec)", "Stonebridge Pay", "Remote (US)", US, _y(160000, 185000), "lever", "security", "senior", ("python", "go"), domain=("payments",), about="Stonebridge Pay issues corporate cards."),
    P("b145", "Embedded Software Engineer (C++)", "Cobalt Grid", "Austin, TX", None, _y(120000, 140000), "greenhouse", "embedded", "mid", ("cpp",), about="Cobalt Grid forecasts power demand for utilities."),
    P("b146", "Senior Backend Engineer (Java, AWS)", "Harbor & Finch", "Remote (US)", US, _y(165000, 195000), "greenhouse", "backend", "senior", ("java",), tech=("aws", "postgresql", "docker"), domain=("fintech",), about="Harbor & Finch is a wealth management platform."),
    P("b147", "Backend Software Engineer (Python/Go)", "Wordhoard", "Remote (Worldwide)", ANY, _y(110000, 140000), "lever", "backend", "senior", ("python", "go"), tech=("aws", "postgresql"), about="Wordhoard hosts 2 million WordPress blogs."),
    P("b148", "Senior Backend Developer (m/w/d)", "Havelstrom Energie", "Berlin, Germany", None, _y(70000, 85000, "EUR"), "stepstone", "backend", "senior", ("python",), tech=("postgresql", "docker"), about="Havelstrom Energie is a green power supplier."),
    P("b149", "Senior Software Engineer (Java) – Berlin", "Kiezpay", "Berlin, Germany (Hybrid)", None, _y(80000, 95000, "EUR"), "stepstone", "backend", "senior", ("java",), tech=("spring", "aws", "postgresql"), domain=("payments",), about="Kiezpay lets small shops accept card payments on a phone."),
    P("b150", "Java Developer (Spring Boot)", "Penrose Logistics", "Remote (UK)", UK, _y(70000, 82000, "GBP"), "reed", "backend", "mid", ("java",), tech=("spring", "postgresql", "aws"), about="Penrose Logistics runs same-day delivery across the South East."),
    P("b152", "DevOps Engineer", "Stonebridge Pay", "Remote (US)", US, _y(120000, 140000), "lever", "devops", "mid", ("python",), tech=("aws", "docker", "terraform", "kubernetes"), about="Stonebridge Pay issues corporate cards."),
    P("b153", "Senior DevOps Engineer (AWS)", "Greywater Systems", "Austin, TX", None, _y(100000, 118000), "indeed", "devops", "senior", (), tech=("aws", "docker", "ansible"), about="Greywater Systems builds water-utility billing software."),
    P("b154", "DevOps Engineer – AWS/EKS (Contract)", "Crestmoor Consulting", "Remote (US)", US, _h(65, 75), "indeed", "devops", "mid", (), tech=("aws", "docker", "kubernetes"), jobtype="Contract (1099, 6 months)", about="Crestmoor Consulting places contractors with enterprise clients."),
    P("b151", "Data Engineer", "Vantor Risk", "London, UK", None, _y(70000, 85000, "GBP"), "reed", "data_eng", "mid", ("python", "sql"), tech=("spark", "aws"), domain=("data_platform",), about="Vantor Risk provides credit-risk analytics to banks."),
]

SPECS += [
    # --- nursing ---------------------------------------------------------------------------
    P("o001", "Registered Nurse – ICU (Nights)", "St. Brigid Medical Center", "Cleveland, OH", None, _h(42, 58), "indeed", "nurse_rn", None, spec="icu", about="St. Brigid is a 480-bed teaching hospital.", req=["Active Ohio RN licence", "BLS and ACLS", "1+ year of acute-care experience; ICU preferred"]),
    P("o002", "ICU Registered Nurse", "Lakeshore Regional Hospital", "Milwaukee, WI", None, _h(45, 62), "indeed", "nurse_rn", None, spec="icu", about="Lakeshore Regional runs a 24-bed medical-surgical ICU.", req=["Current RN licence", "CCRN a plus", "ACLS"]),
    P("o003", "Travel RN – Critical Care / ICU", "Meridian Travel Nursing", "Phoenix, AZ (13-week contract)", None, None, "indeed", "nurse_rn", None, spec="icu", jobtype="Travel contract, 13 weeks", about="Meridian places travel nurses nationwide. Weekly pay $2,600-$3,100 including housing stipend.", req=["2+ years ICU experience", "Compact RN licence"]),
    P("o004", "RN – Medical/Surgical", "St. Brigid Medical Center", "Cleveland, OH", None, _h(38, 50), "indeed", "nurse_rn", None, spec="medsurg", about="St. Brigid is a 480-bed teaching hospital.", req=["Active Ohio RN licence", "BLS"]),
    P("o005", "Emergency Department Registered Nurse", "Lakeshore Regional Hospital", "Milwaukee, WI", None, _h(44, 60), "indeed", "nurse_rn", None, spec="er", about="Lakeshore Regional is a Level II trauma centre.", req=["RN licence", "TNCC, ACLS, PALS"]),
    P("o006", "Licensed Practical Nurse (LPN)", "Willow Creek Care Home", "Dayton, OH", None, _h(28, 34), "indeed", "nurse_lpn", None, about="Willow Creek is a 120-bed skilled nursing facility.", req=["Ohio LPN licence"]),
    P("o007", "Certified Nursing Assistant – ICU Step-Down", "St. Brigid Medical Center", "Cleveland, OH", None, _h(18, 23), "indeed", "cna", None, spec="icu", about="St. Brigid is a 480-bed teaching hospital.", req=["State CNA certification", "BLS"]),
    P("o008", "Nurse Recruiter", "Meridian Travel Nursing", "Remote (US)", US, _y(60000, 75000), "greenhouse", "recruiter", None, about="Meridian places travel nurses nationwide. You will recruit ICU and ER nurses."),
    P("o009", "Critical Care Nurse (ICU) – Band 6", "Royal Wessex NHS Foundation Trust", "Southampton, UK", None, _y(37338, 44962, "GBP"), "reed", "nurse_rn", None, spec="icu", about="An NHS trust serving 1.9 million people.", req=["NMC registration", "Post-registration critical care course desirable"]),
    P("o010", "Family Nurse Practitioner", "Prairie Clinics", "Omaha, NE", None, _y(115000, 135000), "indeed", "np", None, about="Prairie Clinics runs 14 primary-care clinics.", req=["Active APRN licence and FNP-C or FNP-BC", "DEA registration"]),
    P("o011", "Nurse Practitioner – Urgent Care", "Prairie Clinics", "Lincoln, NE", None, _h(58, 68), "indeed", "np", None, jobtype="Full-time", about="Prairie Clinics runs 14 primary-care clinics.", req=["Board-certified NP", "2 years urgent-care experience preferred"]),
    P("o012", "Psychiatric Mental Health Nurse Practitioner (PMHNP) – Telehealth", "Clearmind Health", "Remote (US)", US, _y(140000, 165000), "greenhouse", "np", None, about="Clearmind Health provides online psychiatric care.", req=["PMHNP-BC", "Licensed in 3+ states"]),
    P("o013", "Physician Assistant – Family Medicine", "Prairie Clinics", "Omaha, NE", None, _y(110000, 125000), "indeed", "pa", None, about="Prairie Clinics runs 14 primary-care clinics.", req=["NCCPA certification"]),
    P("o014", "Nurse Educator", "Lakeshore Regional Hospital", "Milwaukee, WI", None, _y(85000, 98000), "indeed", "nurse_other", None, about="Lakeshore Regional is a Level II trauma centre.", req=["MSN", "RN licence"]),
    # --- legal -----------------------------------------------------------------------------
    P("o015", "Associate Attorney – Litigation", "Carver Whitfield LLP", "Chicago, IL", None, _y(160000, 215000), "greenhouse", "attorney", "mid", about="A 90-lawyer business litigation firm.", req=["JD and admission to the Illinois bar", "3-5 years of commercial litigation"]),
    P("o016", "Corporate Counsel", "Loopcart", "Remote (US)", US, _y(170000, 200000), "lever", "attorney", "senior", about="Loopcart powers subscriptions for online shops.", req=["JD, licensed in any US state", "5+ years of commercial contracts and privacy work"]),
    P("o017", "Immigration Attorney", "Puente Legal Aid", "San Antonio, TX", None, _y(65000, 78000), "indeed", "attorney", None, about="A non-profit legal-aid organisation.", req=["JD and active bar membership in any state"]),
    P("o018", "Staff Attorney – Housing", "Puente Legal Aid", "Austin, TX", None, _y(62000, 75000), "indeed", "attorney", None, about="A non-profit legal-aid organisation.", req=["Texas bar licence"]),
    P("o019", "Solicitor – Commercial Property", "Hartley & Munro", "Leeds, UK", None, _y(55000, 70000, "GBP"), "reed", "attorney", "mid", about="A regional law firm.", req=["Qualified solicitor, 2-5 years PQE"]),
    P("o020", "Litigation Paralegal", "Carver Whitfield LLP", "Chicago, IL", None, _y(60000, 72000), "greenhouse", "paralegal", None, about="A 90-lawyer business litigation firm.", req=["Paralegal certificate", "e-discovery experience"]),
    P("o021", "Paralegal – Immigration", "Puente Legal Aid", "San Antonio, TX", None, _h(22, 27), "indeed", "paralegal", None, about="A non-profit legal-aid organisation.", req=["Spanish fluency preferred"]),
    P("o022", "Legal Assistant", "Hartley & Munro", "Leeds, UK", None, _y(24000, 27000, "GBP"), "reed", "legal_asst", None, about="A regional law firm.", req=["Experience of legal secretarial work"]),
    P("o023", "Contracts Manager (Non-Attorney)", "Cobalt Grid", "Austin, TX", None, _y(95000, 115000), "greenhouse", "contracts", None, about="Cobalt Grid forecasts power demand for utilities.", req=["5+ years of commercial contract administration; a JD is not required"]),
    P("o024", "Senior Paralegal, Corporate", "Loopcart", "Remote (US)", US, _y(80000, 95000), "lever", "paralegal", "senior", about="Loopcart powers subscriptions for online shops."),
    # --- teaching --------------------------------------------------------------------------
    P("o025", "High School Math Teacher", "Eastbrook Unified School District", "Sacramento, CA", None, _y(62000, 98000), "indeed", "teacher", None, spec="math_hs", about="Eastbrook USD serves 18,000 students.", req=["California Single Subject Credential in Mathematics"]),
    P("o026", "Mathematics Teacher (Grades 9-12)", "Northgate Academy Charter", "Phoenix, AZ", None, _y(52000, 64000), "indeed", "teacher", None, spec="math_hs", about="A college-prep charter school.", req=["Bachelor's in mathematics or math education", "Arizona certification or eligibility"]),
    P("o027", "Teacher of Maths", "Oakfield Academy Trust", "Bristol, UK", None, _y(31650, 43607, "GBP"), "reed", "teacher", None, spec="math_hs", about="An 11-18 secondary academy.", req=["QTS", "Ability to teach maths to A-level"]),
    P("o028", "Middle School Math Teacher", "Eastbrook Unified School District", "Sacramento, CA", None, _y(60000, 95000), "indeed", "teacher", None, spec="math_ms", about="Eastbrook USD serves 18,000 students.", req=["Credential in Mathematics or Foundational Math"]),
    P("o029", "High School English Teacher", "Northgate Academy Charter", "Phoenix, AZ", None, _y(52000, 64000), "indeed", "teacher", None, spec="english_hs", about="A college-prep charter school."),
    P("o030", "Elementary School Teacher (3rd Grade)", "Eastbrook Unified School District", "Sacramento, CA", None, _y(58000, 92000), "indeed", "teacher", None, spec="elementary", about="Eastbrook USD serves 18,000 students."),
    P("o031", "Math Tutor (Part-Time)", "Brightpath Tutoring", "Remote (US)", US, _h(25, 35), "indeed", "tutor", None, spec="math_hs", jobtype="Part-time", about="Online tutoring for high-school students."),
    P("o032", "Teaching Assistant – Mathematics", "Oakfield Academy Trust", "Bristol, UK", None, _y(21000, 23500, "GBP"), "reed", "teacher_aide", None, spec="math_hs", about="An 11-18 secondary academy."),
    P("o033", "Curriculum Developer – High School Math", "Brightpath Tutoring", "Remote (US)", US, _y(70000, 85000), "greenhouse", "curriculum", None, spec="math_hs", about="Online tutoring for high-school students."),
    # --- electrical ------------------------------------------------------------------------
    P("o034", "Journeyman Electrician", "Summit Electric Co.", "Denver, CO", None, _h(36, 46), "indeed", "electrician", "mid", about="Commercial and industrial electrical contractor.", req=["Colorado journeyman electrician licence", "OSHA 10"]),
    P("o035", "Electrician – Commercial", "Bayline Electrical Contractors", "Tampa, FL", None, _h(28, 38), "indeed", "electrician", None, about="Tenant fit-outs and new builds.", req=["4+ years commercial experience"]),
    P("o036", "Maintenance Electrician", "Redhill Foods", "Sheffield, UK", None, _y(38000, 44000, "GBP"), "reed", "electrician", None, about="A food manufacturing plant running 24/7.", req=["Time-served electrician, 18th Edition"]),
    P("o037", "Apprentice Electrician", "Summit Electric Co.", "Denver, CO", None, _h(19, 23), "indeed", "electrician", "junior", about="Commercial and industrial electrical contractor.", req=["High school diploma; registered apprenticeship provided"]),
    P("o038", "Electrical Engineer – Power Systems", "Cobalt Grid", "Austin, TX", None, _y(110000, 135000), "greenhouse", "electrical_eng", "mid", about="Cobalt Grid forecasts power demand for utilities.", req=["BSEE", "PE licence preferred"]),
    P("o039", "Electrician's Helper", "Bayline Electrical Contractors", "Tampa, FL", None, _h(17, 20), "indeed", "electrician_helper", None, about="Tenant fit-outs and new builds."),
    P("o040", "Electrical Estimator", "Summit Electric Co.", "Denver, CO", None, _y(85000, 105000), "indeed", "estimator", None, about="Commercial and industrial electrical contractor."),
    # --- accounting ------------------------------------------------------------------------
    P("o041", "Staff Accountant (CPA)", "Whitlock & Barnes CPAs", "Columbus, OH", None, _y(65000, 78000), "indeed", "accountant", "mid", cpa=True, about="A 40-person public accounting firm.", req=["Active CPA licence", "2+ years in public accounting"]),
    P("o042", "Staff Accountant", "Greywater Systems", "Austin, TX", None, _y(62000, 72000), "greenhouse", "accountant", "mid", cpa=False, about="Greywater Systems builds water-utility billing software.", req=["Bachelor's in accounting", "CPA or CPA-eligible preferred"]),
    P("o043", "Staff Accountant – CPA Required", "Harbor & Finch", "New York, NY", None, _y(85000, 100000), "greenhouse", "accountant", "mid", cpa=True, about="Harbor & Finch is a wealth management platform.", req=["Active CPA licence"]),
    P("o044", "Senior Accountant (CPA)", "Lumen Freight", "Chicago, IL", None, _y(90000, 110000), "greenhouse", "accountant", "senior", cpa=True, about="Lumen Freight is a digital freight broker.", req=["CPA", "4+ years of GL, close and reconciliations"]),
    P("o045", "Accounts Payable Clerk", "Redhill Foods", "Sheffield, UK", None, _y(24000, 27000, "GBP"), "reed", "ap_clerk", None, about="A food manufacturing plant."),
    P("o046", "Bookkeeper (Part-Time)", "Whitlock & Barnes CPAs", "Columbus, OH", None, _h(22, 28), "indeed", "bookkeeper", None, jobtype="Part-time", about="A 40-person public accounting firm."),
    P("o047", "Tax Preparer (Seasonal)", "Whitlock & Barnes CPAs", "Columbus, OH", None, _h(20, 30), "indeed", "tax_prep", None, jobtype="Seasonal", about="A 40-person public accounting firm."),
    P("o048", "Accounting Manager, CPA", "Parcelpoint", "Remote (US)", US, _y(120000, 140000), "indeed", "accountant", "manager", cpa=True, about="Parcelpoint moves parcels for 4,000 online stores."),
    # --- pharmacy --------------------------------------------------------------------------
    P("o049", "Staff Pharmacist – Retail", "Corner Rx Pharmacies", "Tucson, AZ", None, _h(60, 70), "indeed", "pharmacist", None, about="A 60-store regional pharmacy chain.", req=["PharmD", "Arizona pharmacist licence"]),
    P("o050", "Clinical Pharmacist – Oncology", "St. Brigid Medical Center", "Cleveland, OH", None, _y(135000, 155000), "indeed", "pharmacist", None, about="St. Brigid is a 480-bed teaching hospital.", req=["PharmD, PGY1 residency"]),
    P("o051", "Pharmacy Technician", "Corner Rx Pharmacies", "Tucson, AZ", None, _h(17, 21), "indeed", "pharm_tech", None, about="A 60-store regional pharmacy chain.", req=["PTCB certification"]),
    P("o052", "Pharmacist Manager", "Corner Rx Pharmacies", "Phoenix, AZ", None, _y(145000, 160000), "indeed", "pharmacist", "manager", about="A 60-store regional pharmacy chain.", req=["PharmD", "Arizona licence"]),
    P("o053", "Pharmaceutical Sales Representative", "Veridian Pharma", "Remote (US)", US, _y(80000, 95000), "greenhouse", "sales", None, about="A specialty pharmaceutical company."),
    # --- aviation --------------------------------------------------------------------------
    P("o054", "Air Traffic Controller – Contract Tower", "Skyward Tower Services", "Fort Pierce, FL", None, _h(35, 45), "indeed", "atc", None, about="Operates FAA contract towers.", req=["FAA Control Tower Operator (CTO) certificate", "Class II medical"]),
    P("o055", "Air Traffic Control Officer", "Northern Isles Airports", "Kirkwall, UK", None, _y(45000, 58000, "GBP"), "reed", "atc", None, about="Runs eleven regional airports.", req=["CAA Air Traffic Controller licence with aerodrome rating"]),
    P("o056", "Airport Operations Agent", "Skyward Tower Services", "Fort Pierce, FL", None, _h(18, 22), "indeed", "airport_ops", None, about="Operates FAA contract towers and ground handling."),
    P("o057", "Flight Dispatcher", "Bluecrest Airlines", "Denver, CO", None, _y(60000, 80000), "indeed", "dispatcher", None, about="A regional airline."),
    # --- product management ----------------------------------------------------------------
    P("o058", "Senior Product Manager", "Loopcart", "Remote (US)", US, _y(160000, 190000), "lever", "pm", "senior", about="Loopcart powers subscriptions for online shops."),
    P("o059", "Product Manager, Growth", "Tidewater Health", "Remote - United States", US, _y(130000, 150000), "lever", "pm", "mid", about="Tidewater Health makes care coordination software for rural hospitals."),
    P("o060", "Product Manager", "Sundial Learning", "Remote (EU)", EU, _y(70000, 85000, "EUR"), "linkedin", "pm", "mid", about="Sundial Learning makes language-learning apps."),
    P("o061", "Product Manager", "Oakridge Insurance", "Remote (US)", US, _y(95000, 115000), "indeed", "pm", "mid", about="Oakridge Insurance has written home and auto policies since 1952."),
    P("o062", "Project Manager (IT)", "Crestmoor Consulting", "Remote (US)", US, _y(120000, 140000), "indeed", "project_mgr", None, about="Crestmoor Consulting runs IT projects for enterprise clients."),
    P("o063", "Product Marketing Manager", "Loopcart", "Remote (US)", US, _y(140000, 165000), "lever", "marketing", "senior", about="Loopcart powers subscriptions for online shops."),
    P("o064", "Product Owner", "Thamesbridge Bank", "London, UK (Hybrid)", None, _y(75000, 90000, "GBP"), "reed", "pm", "mid", about="Thamesbridge Bank is a digital bank with 2 million customers."),
    P("o065", "Principal Product Manager", "Relaymesh", "Remote (US)", US, _y(210000, 250000), "greenhouse", "pm", "principal", about="Relaymesh builds a global edge network."),
    P("o066", "Product Manager, Payments", "Stonebridge Pay", "New York, NY", None, _y(165000, 190000), "lever", "pm", "mid", domain=("payments",), about="Stonebridge Pay issues corporate cards."),
]
# fmt: on
