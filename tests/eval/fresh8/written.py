"""The postings written for the eighth fresh set, each with its facts (the judge reads only these).

Written in the house styles of job boards (LinkedIn, Indeed, Greenhouse, Lever, Workday, NHS Jobs,
Reed, StepStone) before any run of the matcher; companies are made up. Facts: role, level,
langs (main languages), nice (nice-to-have languages), alt (languages offered as
alternatives, "C#, Java or C++"), tech, domain, location, remote (the
region a remote posting is open to: us, uk, eu, europe, emea, de, global), pay (low, high,
currency, period), spec (specialty), licence.
"""

# ruff: noqa: E501 (each posting's text is one line of data, as a board gives it)
from __future__ import annotations

from typing import Any

Row = dict[str, Any]
PER_YEAR = {"year": 1, "hour": 2080, "day": 260, "week": 52, "month": 12}
WORKPLACE = {None: None, "remote": "remote", "hybrid": "hybrid", "onsite": "onsite"}
POSTINGS: list[tuple[Row, Row]] = []


def w(board: str, title: str, company: str, location: str, workplace: str | None,
      pay: tuple[float, float, str, str] | None, desc: str, **facts: Any) -> None:  # fmt: skip
    """Add one written posting (import-schema row) with its facts."""
    n = len(POSTINGS) + 1
    low, high = (pay[0] * PER_YEAR[pay[3]], pay[1] * PER_YEAR[pay[3]]) if pay else (None, None)
    row = {
        "id": f"f8w:{n:03d}",
        "source": board,
        "title": title,
        "company": company,
        "location": location,
        "remote": WORKPLACE[workplace],
        "salary_min": low,
        "salary_max": high,
        "currency": pay[2] if pay else None,
        "url": f"https://jobs.example.org/{board}/f8-{n:03d}",
        "description": desc,
        "tags": [],
        "posted_at": f"2026-11-{1 + n % 28:02d}",
    }
    fact = {
        "role": facts.pop("role"),
        "level": facts.pop("level", None),
        "langs": facts.pop("langs", []),
        "nice": facts.pop("nice", []),
        "alt": facts.pop("alt", []),
        "tech": facts.pop("tech", []),
        "domain": facts.pop("domain", []),
        "location": location,
        "remote": facts.pop("remote", None),
        "pay": list(pay) if pay else None,
        "spec": facts.pop("spec", None),
        "licence": facts.pop("licence", None),
    }
    assert not facts, facts
    POSTINGS.append((row, fact))


US, EU, UK = "us", "eu", "uk"
# fmt: off

# --- Python, remote US and its traps ---------------------------------------------------------
w("linkedin", "Senior Python Engineer (Backend)", "Harborline Health", "Remote (US only)", "remote",
  (160000, 190000, "USD", "year"),
  "About the job\nWe are hiring a Senior Python Engineer to build the backend services behind our care-coordination platform. You will design REST APIs in Python (FastAPI) on PostgreSQL, own services end to end and mentor engineers.\nThis role is remote within the United States; we cannot sponsor or hire outside the US.\nSeniority level: Mid-Senior level · Employment type: Full-time",
  role="backend", level="senior", langs=["python"], tech=["fastapi", "postgresql"], remote=US)
w("indeed", "Sr. Backend Developer - Python/Django", "Quillmark Inc.", "Remote in United States", "remote",
  (140000, 165000, "USD", "year"),
  "Sr. Backend Developer\nJob Type: Full-time\nPay: $140,000.00 - $165,000.00 per year\nWe're looking for a senior backend developer with 6+ years of Python and Django experience to scale our publishing APIs (Django REST Framework, PostgreSQL, Redis, Celery).\nWork Location: Remote (US residents only)",
  role="backend", level="senior", langs=["python"], tech=["django", "postgresql", "redis"], remote=US)
w("greenhouse", "Senior Software Engineer, Python (Remote - US)", "Tallgrass Analytics", "Remote - US", "remote",
  None,
  "About Tallgrass\nTallgrass builds forecasting software for agriculture.\nWhat you'll do\n- Build and operate Python services that ingest sensor data and serve forecasts through our API\n- Work with AWS (Lambda, S3, DynamoDB) and Docker\nWhat we're looking for\n- 5+ years writing production Python\n- Experience designing backend systems\nThis is a remote position open to candidates in the US.",
  role="swe", level="senior", langs=["python"], tech=["aws", "lambda", "dynamodb", "docker"], remote=US)
w("lever", "Python Developer", "Copperleaf Labs", "United States (Remote)", "remote",
  (115000, 135000, "USD", "year"),
  "Copperleaf Labs is looking for a Python Developer to join our integrations team. You'll write Python services and APIs (Flask, PostgreSQL) that connect our platform with partners. Fully remote for US-based candidates.",
  role="swe", langs=["python"], tech=["flask", "postgresql"], remote=US)
w("greenhouse", "Staff Python Engineer, Platform APIs", "Tallgrass Analytics", "Remote - US", "remote",
  (200000, 235000, "USD", "year"),
  "What you'll do\n- Lead the design of our public Python APIs and the backend services behind them\n- Set technical direction across three teams\nWe're looking for a staff-level engineer with deep Python experience (FastAPI, asyncio, PostgreSQL). Remote in the US.",
  role="backend", level="staff", langs=["python"], tech=["fastapi", "postgresql"], remote=US)
w("linkedin", "Senior Python Engineer", "Nordwerk Mobility GmbH", "Remote – EU", "remote",
  (85000, 100000, "EUR", "year"),
  "About the job\nSenior Python Engineer for our routing backend (Python, FastAPI, Kafka, PostgreSQL). Remote within the EU: you must live and be allowed to work in an EU country. Unfortunately we cannot hire in the US or UK.",
  role="backend", level="senior", langs=["python"], tech=["fastapi", "kafka", "postgresql"], remote=EU)
w("indeed", "Senior Python Developer (Hybrid)", "Brightwater Capital", "New York, NY 10004", "hybrid",
  (170000, 200000, "USD", "year"),
  "Senior Python Developer\nHybrid: 3 days a week in our Financial District office.\nBuild trading-risk services in Python (pandas, FastAPI) on AWS.\nJob Type: Full-time\nPay: $170,000 - $200,000 per year",
  role="backend", level="senior", langs=["python"], tech=["fastapi", "aws"], domain=["fintech"])
w("lever", "Junior Python Developer (Remote, US)", "Copperleaf Labs", "United States (Remote)", "remote",
  (70000, 85000, "USD", "year"),
  "An entry-level role for a Python developer with 0–2 years of experience. You'll work on our Flask services alongside senior engineers. Remote for US-based candidates.",
  role="swe", level="junior", langs=["python"], tech=["flask"], remote=US)
w("linkedin", "Senior Java Engineer", "Harborline Health", "Remote (US only)", "remote",
  (160000, 185000, "USD", "year"),
  "About the job\nSenior Java Engineer to build claims-processing services in Java 17 and Spring Boot on AWS. Remote within the United States.",
  role="backend", level="senior", langs=["java"], tech=["spring", "aws"], remote=US)
w("greenhouse", "Senior Data Engineer (Python)", "Meridian Freight", "Remote, United States", "remote",
  (150000, 175000, "USD", "year"),
  "What you'll do\n- Build batch and streaming pipelines in Python with Airflow and Spark on AWS\n- Model data in Snowflake for analysts\nRemote anywhere in the US.",
  role="data_eng", level="senior", langs=["python"], tech=["airflow", "spark", "aws"], remote=US)
w("lever", "Senior Site Reliability Engineer", "Quillmark Inc.", "Remote (US)", "remote",
  (155000, 180000, "USD", "year"),
  "Keep our platform reliable: on-call, SLOs, Kubernetes on AWS, Terraform. You will write automation in Python and Go. Remote in the US.",
  role="sre", level="senior", langs=["python", "go"], tech=["kubernetes", "aws", "terraform"], remote=US)
w("linkedin", "Senior Python QA Automation Engineer", "Tallgrass Analytics", "Remote - US", "remote",
  (120000, 140000, "USD", "year"),
  "About the job\nOwn our test automation in Python (pytest, Playwright) for web and API testing. Remote in the US.",
  role="qa", level="senior", langs=["python"], remote=US)
w("indeed", "Senior Data Scientist - Python", "Brightwater Capital", "Remote in US", "remote",
  (150000, 170000, "USD", "year"),
  "Build forecasting models in Python (scikit-learn, PyTorch). Job Type: Full-time. Remote (US).",
  role="data_sci", level="senior", langs=["python"], remote=US)

# --- Java, Spring, Kafka; junior Java ---------------------------------------------------------
w("linkedin", "Java Backend Engineer (Spring Boot, Kafka)", "Ledgerway", "London, England, United Kingdom", "hybrid",
  (75000, 90000, "GBP", "year"),
  "About the job\nJoin our settlement team building event-driven Java services with Spring Boot and Apache Kafka on AWS. Hybrid, two days a week in our London office.\nSeniority level: Mid-Senior level",
  role="backend", langs=["java"], tech=["spring", "kafka", "aws"], domain=["fintech"])
w("stepstone", "Backend-Entwickler Java (m/w/d) – Spring Boot / Kafka", "Rheinfeld Logistik GmbH", "München", "hybrid",
  (65000, 80000, "EUR", "year"),
  "Ihre Aufgaben\n- Entwicklung von Microservices mit Java 21, Spring Boot und Apache Kafka\n- Betrieb auf Kubernetes\nIhr Profil\n- Mehrjährige Erfahrung in der Backend-Entwicklung mit Java\nWir bieten: 30 Tage Urlaub, hybrides Arbeiten",
  role="backend", langs=["java"], tech=["spring", "kafka", "kubernetes"], domain=["microservices"])
w("workday", "Senior Software Engineer - Java/Kafka/Spring", "Midland Mutual Insurance", "Chicago, IL", "onsite",
  (135000, 160000, "USD", "year"),
  "Job Requisition ID: R-20418\nTime Type: Full time\nBuild policy-administration services in Java with Spring Boot; publish and consume events with Kafka. 5+ years of backend Java required.",
  role="backend", level="senior", langs=["java"], tech=["spring", "kafka"])
w("indeed", "Java Developer (Spring Boot)", "Pinecrest Software", "Austin, TX", "onsite",
  (105000, 125000, "USD", "year"),
  "Java Developer\nBuild REST services with Java and Spring Boot on PostgreSQL.\nJob Type: Full-time\nPay: $105,000 - $125,000 per year",
  role="backend", langs=["java"], tech=["spring", "postgresql"])
w("greenhouse", "Backend Engineer, Streaming (Java/Kafka)", "Ledgerway", "Remote – Europe", "remote",
  (80000, 95000, "EUR", "year"),
  "What you'll do\n- Build Kafka Streams applications in Java (Quarkus) for real-time balances\nRemote across Europe (EU and UK).",
  role="backend", langs=["java"], tech=["kafka", "quarkus"], domain=["streaming", "fintech"], remote="europe")
w("indeed", "Full Stack Java Developer (Spring, Kafka, Angular)", "Midland Mutual Insurance", "Columbus, OH", "hybrid",
  (95000, 115000, "USD", "year"),
  "Full stack developer: Java/Spring Boot services with Kafka messaging and Angular front ends. Job Type: Full-time",
  role="fullstack", langs=["java", "typescript"], tech=["spring", "kafka", "angular"])
w("lever", "Kafka Platform Engineer", "Ledgerway", "London, UK", "hybrid",
  (85000, 100000, "GBP", "year"),
  "Run our Confluent Kafka clusters: capacity, upgrades, Kubernetes operators, Terraform. Some scripting in Python.",
  role="platform", langs=["python"], tech=["kafka", "kubernetes", "terraform"])
w("linkedin", "JavaScript Developer", "Pinecrest Software", "Austin, TX", "onsite",
  (90000, 110000, "USD", "year"),
  "About the job\nBuild our customer portal in JavaScript (React) and Node.js.",
  role="frontend", langs=["javascript"], nice=["node"], tech=["react"])
w("reed", "Junior Java Developer", "Aireside Digital", "Leeds", "hybrid",
  (28000, 32000, "GBP", "year"),
  "£28,000 - £32,000 per annum\nJunior Java Developer - Leeds (hybrid)\nAn entry-level role for a developer with some Java (Spring Boot) experience from university or a first job. Full training given.",
  role="backend", level="junior", langs=["java"], tech=["spring"])
w("greenhouse", "Graduate Software Engineer – Java", "Ledgerway", "London, UK", "hybrid",
  (40000, 45000, "GBP", "year"),
  "Our 2027 graduate programme: you'll join a product team writing Java services. No commercial experience needed.",
  role="swe", level="junior", langs=["java"])
w("indeed", "Entry Level Java Developer", "Pinecrest Software", "Austin, TX", "onsite",
  (70000, 80000, "USD", "year"),
  "Entry Level Java Developer\n0-2 years of experience with Java; we'll teach you Spring.\nPay: $70,000 - $80,000 per year",
  role="swe", level="junior", langs=["java"])
w("linkedin", "Java Developer", "Baltic Systems", "Riga, Latvia", "hybrid",
  (45000, 60000, "EUR", "year"),
  "About the job\nJava developer for our logistics platform (Java 17, Spring, Oracle).",
  role="swe", langs=["java"], tech=["spring", "oracle"])
w("workday", "Senior Java Developer", "Midland Mutual Insurance", "Columbus, OH", "hybrid",
  (125000, 145000, "USD", "year"),
  "Job Requisition ID: R-20502\nSenior Java developer (8+ years) for our billing services: Java, Spring Boot, IBM MQ.",
  role="backend", level="senior", langs=["java"], tech=["spring", "ibmmq"])
w("indeed", "Java Developer Intern (Summer 2027)", "Pinecrest Software", "Austin, TX", "onsite",
  (30, 35, "USD", "hour"),
  "12-week summer internship writing Java. Pay: $30 - $35 per hour",
  role="swe", level="intern", langs=["java"])
w("reed", "Junior JavaScript Developer", "Aireside Digital", "Leeds", "hybrid",
  (26000, 30000, "GBP", "year"),
  "£26,000 - £30,000 per annum\nJunior JavaScript developer to build React front ends.",
  role="frontend", level="junior", langs=["javascript"], tech=["react"])
w("linkedin", "Junior QA Tester (Java/Selenium)", "Baltic Systems", "Riga, Latvia", "onsite",
  None,
  "About the job\nWrite automated UI tests in Java with Selenium. Entry level.",
  role="qa", level="junior", langs=["java"])

# --- SDE II / AWS; C#/.NET; Azure --------------------------------------------------------------
w("workday", "Software Development Engineer II, AWS Lambda", "Cascade Cloudworks", "Seattle, WA", "onsite",
  (150000, 185000, "USD", "year"),
  "Job Requisition ID: R-88120\nSDE II on the serverless runtime team. You'll build highly available backend services in Java and Rust on AWS (Lambda, DynamoDB, SQS).\nBasic qualifications: 3+ years of non-internship professional software development experience.",
  role="swe", level="mid", langs=["java", "rust"], tech=["aws", "lambda", "dynamodb", "sqs"], domain=["distributed"])
w("linkedin", "Software Engineer II – Backend (AWS)", "Fernhill Payments", "Seattle, Washington, United States", "hybrid",
  (135000, 160000, "USD", "year"),
  "About the job\nSoftware Engineer II on our payouts backend: Go and Python services on AWS (ECS, RDS, SQS). Seniority level: Mid-Senior level",
  role="backend", level="mid", langs=["go", "python"], tech=["aws", "postgresql", "sqs"], domain=["payments"])
w("workday", "Software Developer II (Python, AWS)", "Midland Mutual Insurance", "Columbus, OH", "hybrid",
  (100000, 120000, "USD", "year"),
  "Job Requisition ID: R-20577\nSoftware Developer II: build Python APIs deployed on AWS (Lambda, API Gateway). 3+ years experience.",
  role="swe", level="mid", langs=["python"], tech=["aws", "lambda"])
w("greenhouse", "Software Engineer (AWS, Serverless)", "Tallgrass Analytics", "Denver, CO", "hybrid",
  (120000, 145000, "USD", "year"),
  "What you'll do\n- Build TypeScript services on AWS Lambda and DynamoDB\n- Own infrastructure as code with CDK",
  role="swe", langs=["typescript", "node"], tech=["aws", "lambda", "dynamodb"])
w("workday", "SDE II (Azure)", "Contoso Cloud", "Redmond, WA", "onsite",
  (130000, 150000, "USD", "year"),
  "Job Requisition ID: 200-4471\nSoftware Development Engineer II building Azure control-plane services in C#.",
  role="swe", level="mid", langs=["csharp"], tech=["azure", "dotnet"])
w("workday", "Software Development Engineer I, AWS", "Cascade Cloudworks", "Seattle, WA", "onsite",
  (110000, 130000, "USD", "year"),
  "Job Requisition ID: R-88175\nSDE I (new grad) on AWS storage services, Java.",
  role="swe", level="junior", langs=["java"], tech=["aws"])
w("linkedin", "Senior SDE, AWS Networking", "Cascade Cloudworks", "Seattle, WA", "onsite",
  (180000, 230000, "USD", "year"),
  "About the job\nSenior Software Development Engineer building VPC services in Java and C++ on AWS.",
  role="swe", level="senior", langs=["java", "cpp"], tech=["aws"], domain=["distributed"])
w("indeed", "Cloud Support Engineer II (AWS)", "Cascade Cloudworks", "Dallas, TX", "onsite",
  (90000, 110000, "USD", "year"),
  "Help customers troubleshoot AWS services (EC2, VPC, RDS). Scripting in Python or Bash a plus.",
  role="support", level="mid", nice=["python"], tech=["aws"])
w("workday", "Systems Development Engineer II, AWS Infrastructure", "Cascade Cloudworks", "Herndon, VA", "onsite",
  (120000, 150000, "USD", "year"),
  "Job Requisition ID: R-88201\nSystems Development Engineer: automate data-centre server fleet operations, Linux, networking, Python tooling.",
  role="sysde", level="mid", langs=["python"], tech=["aws", "linux"])
w("reed", ".NET Developer (C#, Azure) - Remote", "Penhallow Software", "Remote, UK", "remote",
  (60000, 70000, "GBP", "year"),
  "£60,000 - £70,000 per annum\n.NET Developer – fully remote (UK based applicants only)\nC#, .NET 8, ASP.NET Core Web API, Azure Functions, Azure Service Bus, SQL Server.",
  role="backend", langs=["csharp"], tech=["dotnet", "azure", "sqlserver", "servicebus"], remote=UK)
w("reed", "Senior C# Developer – Azure Functions", "Ouseburn Data", "Leeds", "hybrid",
  (65000, 75000, "GBP", "year"),
  "£65,000 - £75,000 per annum\nSenior C# developer, hybrid (2 days in Leeds). Azure Functions, Cosmos DB, .NET 8.",
  role="backend", level="senior", langs=["csharp"], tech=["dotnet", "azure", "cosmosdb"])
w("workday", "Software Engineer (C#/.NET Core, Azure)", "Midland Mutual Insurance", "Columbus, OH", "hybrid",
  (100000, 125000, "USD", "year"),
  "Job Requisition ID: R-20611\nBuild .NET Core services and APIs in C# hosted on Azure (App Service, AKS).",
  role="swe", langs=["csharp"], tech=["dotnet", "azure", "kubernetes"])
w("indeed", "C# Developer (WPF)", "Keystone Instruments", "Pittsburgh, PA", "onsite",
  (85000, 100000, "USD", "year"),
  "C# Developer\nDesktop application development with C#, WPF and .NET Framework for lab instruments.\nJob Type: Full-time",
  role="swe", langs=["csharp"], tech=["dotnet", "wpf"])
w("linkedin", ".NET Developer", "Brightwater Capital", "Remote (US)", "remote",
  (120000, 140000, "USD", "year"),
  "About the job\n.NET developer (C#, ASP.NET Core) on AWS (ECS, RDS SQL Server). Remote, US only.",
  role="backend", langs=["csharp"], tech=["dotnet", "aws", "sqlserver"], remote=US)
w("linkedin", "Azure Cloud Engineer", "Penhallow Software", "Bristol, UK", "hybrid",
  (55000, 65000, "GBP", "year"),
  "About the job\nDesign and run our Azure landing zones with Terraform and Bicep; networking, identity, cost.",
  role="cloud", tech=["azure", "terraform"])
w("indeed", "Java Developer - Azure", "Keystone Instruments", "Pittsburgh, PA", "hybrid",
  (95000, 115000, "USD", "year"),
  "Java developer building Spring Boot services on Azure Kubernetes Service.",
  role="backend", langs=["java"], tech=["spring", "azure", "kubernetes"])
w("lever", "Unity Developer (C#)", "Brambleworks Games", "Guildford, UK", "onsite",
  (40000, 55000, "GBP", "year"),
  "Gameplay programmer in Unity and C# for our next console title.",
  role="game_dev", langs=["csharp"], tech=["unity"])
w("reed", "C# .NET Core Developer | Fully Remote | UK", "Tamar Health Tech", "Remote, UK", "remote",
  (50000, 60000, "GBP", "year"),
  "£50,000 - £60,000 per annum\nFully remote (UK only). C#, .NET Core, Entity Framework, SQL Server, Docker.",
  role="backend", langs=["csharp"], tech=["dotnet", "sqlserver", "docker"], remote=UK)
w("linkedin", ".NET Developer (Remote – Europe)", "Baltic Systems", "Remote – Europe", "remote",
  (55000, 70000, "EUR", "year"),
  "About the job\n.NET developer (C#, ASP.NET Core, PostgreSQL). Remote anywhere in Europe, UK included.",
  role="backend", langs=["csharp"], tech=["dotnet", "postgresql"], remote="europe")
w("reed", ".NET Developer", "Ouseburn Data", "Leeds", "hybrid",
  (45000, 55000, "GBP", "year"),
  "£45,000 - £55,000 per annum\n.NET developer, hybrid 3 days in our Leeds office. C#, ASP.NET MVC, SQL Server.",
  role="swe", langs=["csharp"], tech=["dotnet", "sqlserver"])
w("linkedin", "Java Developer - Remote UK", "Tamar Health Tech", "Remote, UK", "remote",
  (55000, 65000, "GBP", "year"),
  "About the job\nJava 17 / Spring Boot developer, fully remote within the UK.",
  role="backend", langs=["java"], tech=["spring"], remote=UK)

# --- Go, remote EU, staff --------------------------------------------------------------------
w("lever", "Backend Engineer (Go)", "Kestrel Maps", "Remote (EU)", "remote",
  (75000, 90000, "EUR", "year"),
  "Kestrel Maps builds routing APIs for logistics. You'll write Go services on PostgreSQL and Kubernetes. Remote within the EU (we employ through an EOR in every EU country).",
  role="backend", langs=["go"], tech=["postgresql", "kubernetes"], remote=EU)
w("linkedin", "Golang Developer | Remote – Europe", "Vantablue", "Remote – Europe", "remote",
  (65000, 85000, "EUR", "year"),
  "About the job\nGolang developer for our ad-serving backend (gRPC, Redis, Kafka). Remote across Europe.",
  role="backend", langs=["go"], tech=["grpc", "redis", "kafka"], remote="europe")
w("greenhouse", "Senior Go Engineer, Remote EMEA", "Sable Security", "Remote - EMEA", "remote",
  (95000, 115000, "EUR", "year"),
  "What you'll do\n- Build the detection backend in Go (Kafka, ClickHouse)\n- Remote anywhere in EMEA",
  role="backend", level="senior", langs=["go"], tech=["kafka", "clickhouse"], remote="emea")
w("stepstone", "Go Backend Engineer (m/w/d) – Remote (Deutschland)", "Brückner Energie GmbH", "Remote, Deutschland", "remote",
  (70000, 85000, "EUR", "year"),
  "Ihre Aufgaben\n- Entwicklung von Backend-Services in Go\n- PostgreSQL, Docker\n100 % remote innerhalb Deutschlands.",
  role="backend", langs=["go"], tech=["postgresql", "docker"], remote="de")
w("lever", "Full-stack Engineer (Go/React)", "Kestrel Maps", "Remote (EU)", "remote",
  (70000, 85000, "EUR", "year"),
  "Build features end to end: Go APIs and React front ends. Remote within the EU.",
  role="fullstack", langs=["go", "typescript"], tech=["react"], remote=EU)
w("greenhouse", "Backend Engineer (Go) – Remote, Worldwide", "Driftwood Labs", "Remote (Worldwide)", "remote",
  (130000, 150000, "USD", "year"),
  "We're fully distributed. Backend engineer to build our sync engine in Go on PostgreSQL. Hire from anywhere.",
  role="backend", langs=["go"], tech=["postgresql"], domain=["distributed"], remote="global")
w("linkedin", "Go Developer", "Prairie Grid", "Remote (US only)", "remote",
  (130000, 150000, "USD", "year"),
  "About the job\nGo developer for grid-telemetry services. Remote, US only.",
  role="backend", langs=["go"], tech=["kafka"], remote=US)
w("linkedin", "Go Backend Engineer", "Vantablue", "Amsterdam, North Holland, Netherlands", "onsite",
  (70000, 85000, "EUR", "year"),
  "About the job\nGo backend engineer, on-site in Amsterdam five days a week.",
  role="backend", langs=["go"], tech=["kafka"])
w("lever", "Platform Engineer (Go, Kubernetes)", "Kestrel Maps", "Remote (EU)", "remote",
  (75000, 90000, "EUR", "year"),
  "Build our internal developer platform: Kubernetes operators in Go, Terraform, Argo CD. Remote within the EU.",
  role="platform", langs=["go"], tech=["kubernetes", "terraform"], remote=EU)
w("linkedin", "Go-to-Market Manager", "Vantablue", "Remote – Europe", "remote",
  None,
  "About the job\nOwn our go-to-market strategy for new European markets.",
  role="marketing", remote="europe")
w("lever", "Backend Engineer (Python)", "Kestrel Maps", "Remote (EU)", "remote",
  (70000, 85000, "EUR", "year"),
  "Python backend engineer (FastAPI) for our geocoding APIs. Remote within the EU.",
  role="backend", langs=["python"], tech=["fastapi"], remote=EU)
w("greenhouse", "Staff Backend Engineer (Go)", "Driftwood Labs", "San Francisco, CA", "hybrid",
  (220000, 260000, "USD", "year"),
  "Staff backend engineer to lead the architecture of our Go services (gRPC, PostgreSQL, Kubernetes).",
  role="backend", level="staff", langs=["go"], tech=["grpc", "postgresql", "kubernetes"], domain=["distributed"])
w("greenhouse", "Staff Software Engineer, Backend - Golang", "Fernhill Payments", "Remote (US)", "remote",
  (210000, 250000, "USD", "year"),
  "Staff engineer on our payments ledger: Go, PostgreSQL, Kafka. Remote in the US.",
  role="backend", level="staff", langs=["go"], tech=["postgresql", "kafka"], domain=["payments", "fintech"], remote=US)
w("linkedin", "Senior Backend Engineer - Go", "Prairie Grid", "Denver, CO", "hybrid",
  (160000, 185000, "USD", "year"),
  "About the job\nSenior backend engineer, Go and TimescaleDB.",
  role="backend", level="senior", langs=["go"], tech=["postgresql"])
w("lever", "Principal Engineer, Backend (Go)", "Sable Security", "London, UK", "hybrid",
  (120000, 140000, "GBP", "year"),
  "Principal engineer for our Go backend: set direction for distributed ingestion at petabyte scale.",
  role="backend", level="principal", langs=["go"], domain=["distributed"])
w("greenhouse", "Staff Engineer, Platform (Go/Kubernetes)", "Driftwood Labs", "Remote (US)", "remote",
  (210000, 240000, "USD", "year"),
  "Staff platform engineer: Kubernetes, Go operators, service mesh. Remote in the US.",
  role="platform", level="staff", langs=["go"], tech=["kubernetes"], remote=US)
w("greenhouse", "Staff Backend Engineer (Java)", "Fernhill Payments", "Remote (US)", "remote",
  (210000, 245000, "USD", "year"),
  "Staff backend engineer for our Java/Spring risk services. Remote in the US.",
  role="backend", level="staff", langs=["java"], tech=["spring"], domain=["payments"], remote=US)
w("linkedin", "Go Developer (Mid-level)", "Baltic Systems", "Vilnius, Lithuania", "hybrid",
  (40000, 55000, "EUR", "year"),
  "About the job\nMid-level Go developer, 2–4 years experience, backend services.",
  role="backend", level="mid", langs=["go"])

# --- Node/TypeScript, PHP traps ------------------------------------------------------------
w("lever", "Node.js Developer (TypeScript)", "Pebblestack", "Remote (US or Canada)", "remote",
  (110000, 135000, "USD", "year"),
  "Build our APIs in Node.js and TypeScript (Fastify, PostgreSQL). Remote in the US or Canada.",
  role="backend", langs=["node", "typescript"], tech=["postgresql"], remote=US)
w("greenhouse", "Backend Engineer – Node/TypeScript (NestJS)", "Larkspur Commerce", "Barcelona, Spain", "hybrid",
  (55000, 70000, "EUR", "year"),
  "What you'll do\n- Build NestJS services in TypeScript on Node.js, MongoDB and RabbitMQ\n- Hybrid, 2 days a week in Barcelona",
  role="backend", langs=["node", "typescript"], tech=["nestjs", "mongodb", "rabbitmq"])
w("indeed", "Full Stack Developer (Node.js, TypeScript, React)", "Pinecrest Software", "Austin, TX", "hybrid",
  (100000, 125000, "USD", "year"),
  "Full Stack Developer\nNode.js/TypeScript back end, React front end, PostgreSQL.\nJob Type: Full-time",
  role="fullstack", langs=["node", "typescript"], tech=["react", "postgresql"])
w("reed", "Node.js Developer", "Aireside Digital", "Manchester", "hybrid",
  (45000, 55000, "GBP", "year"),
  "£45,000 - £55,000 per annum\nNode.js developer (JavaScript, Express, MongoDB), hybrid in Manchester.",
  role="backend", langs=["node", "javascript"], tech=["express", "mongodb"])
w("linkedin", "Node.js / TypeScript Developer", "Larkspur Commerce", "Remote – EU", "remote",
  (60000, 75000, "EUR", "year"),
  "About the job\nNode.js and TypeScript APIs for our storefront. Nice to have: some PHP (Laravel), as a few legacy services remain. Remote in the EU.",
  role="backend", langs=["node", "typescript"], nice=["php"], remote=EU)
w("indeed", "PHP / Node.js Developer", "Oakridge Media", "Phoenix, AZ", "onsite",
  (80000, 95000, "USD", "year"),
  "Maintain our Laravel (PHP) CMS and build new Node.js services. Job Type: Full-time",
  role="backend", langs=["php", "node"], tech=["laravel"])
w("greenhouse", "Frontend Developer (TypeScript/React)", "Larkspur Commerce", "Barcelona, Spain", "hybrid",
  (45000, 60000, "EUR", "year"),
  "Build our storefront UI with React and TypeScript.",
  role="frontend", langs=["typescript"], tech=["react"])
w("indeed", "WordPress Developer", "Oakridge Media", "Phoenix, AZ", "onsite",
  (60000, 75000, "USD", "year"),
  "WordPress themes and plugins in PHP, some JavaScript.",
  role="web_dev", langs=["php"], nice=["javascript"])

# --- backend in the UK, pay, Berlin, 120k remote ---------------------------------------------
w("linkedin", "Senior Backend Engineer", "Thistle Bank", "London, England, United Kingdom", "hybrid",
  (85000, 100000, "GBP", "year"),
  "About the job\nSenior backend engineer (Kotlin and Java on AWS) for our lending platform. Salary £85,000 - £100,000 + bonus. Hybrid, London.",
  role="backend", level="senior", langs=["kotlin", "java"], tech=["aws"], domain=["fintech"])
w("lever", "Backend Engineer (Python)", "Grainger Labs", "Remote, UK", "remote",
  (80000, 95000, "GBP", "year"),
  "Backend engineer, Python (Django) and PostgreSQL. £80k-£95k. Remote within the UK.",
  role="backend", langs=["python"], tech=["django", "postgresql"], remote=UK)
w("reed", "Backend Developer", "Irwell Systems", "Manchester", "hybrid",
  (80000, 90000, "GBP", "year"),
  "£80,000 - £90,000 per annum\nBackend developer (Go, PostgreSQL), hybrid in Manchester city centre.",
  role="backend", langs=["go"], tech=["postgresql"])
w("reed", "Contract Backend Developer - Inside IR35", "Thistle Bank", "London", "hybrid",
  (500, 600, "GBP", "day"),
  "£500 - £600 per day\n6-month contract, inside IR35. Backend developer with Java and Spring Boot on AWS.",
  role="backend", langs=["java"], tech=["spring", "aws"])
w("linkedin", "Backend Engineer", "Sable Security", "London, UK", "hybrid",
  None,
  "About the job\nBackend engineer (Go and Python) for our threat-intel APIs. Competitive salary.",
  role="backend", langs=["go", "python"])
w("greenhouse", "Backend Engineer (Remote, Worldwide)", "Driftwood Labs", "Remote (Worldwide)", "remote",
  (90000, 110000, "GBP", "year"),
  "Backend engineer (Elixir and PostgreSQL). We hire anywhere; this band is for UK-based hires.",
  role="backend", langs=["elixir"], tech=["postgresql"], remote="global")
w("reed", "Backend Engineer", "Irwell Systems", "London", "hybrid",
  (55000, 65000, "GBP", "year"),
  "£55,000 - £65,000 per annum\nBackend engineer (PHP, Symfony) in London.",
  role="backend", langs=["php"], tech=["symfony"])
w("linkedin", "Backend Engineer", "Prairie Grid", "Remote (US)", "remote",
  (180000, 200000, "USD", "year"),
  "About the job\nBackend engineer (Rust) for grid control services. Remote, US only.",
  role="backend", langs=["rust"], remote=US)
w("linkedin", "Backend Engineer", "Liffey Analytics", "Dublin, County Dublin, Ireland", "hybrid",
  (90000, 105000, "EUR", "year"),
  "About the job\nBackend engineer (Scala, Kafka) in Dublin, hybrid.",
  role="backend", langs=["scala"], tech=["kafka"])
w("reed", "Full-Stack Engineer", "Grainger Labs", "London", "hybrid",
  (85000, 95000, "GBP", "year"),
  "£85,000 - £95,000 per annum\nFull-stack engineer: TypeScript, Node.js and React.",
  role="fullstack", langs=["typescript", "node"], tech=["react"])
w("reed", "DevOps Engineer", "Thistle Bank", "London", "hybrid",
  (85000, 95000, "GBP", "year"),
  "£85,000 - £95,000 per annum\nDevOps engineer: AWS, Kubernetes (EKS), Docker, Terraform, GitHub Actions.",
  role="devops", tech=["aws", "kubernetes", "docker", "terraform"])
w("stepstone", "Backend Developer (m/w/d)", "Spreewerk GmbH", "Berlin", "hybrid",
  (70000, 85000, "EUR", "year"),
  "Ihre Aufgaben\n- Entwicklung unserer Backend-Services in Kotlin und Spring Boot\n- PostgreSQL, Kafka\nGehalt: 70.000 € – 85.000 € brutto/Jahr. Hybrid in Berlin-Kreuzberg.",
  role="backend", langs=["kotlin"], tech=["spring", "postgresql", "kafka"])
w("linkedin", "Senior Backend Engineer (Go) – Berlin", "Tempelhof Mobility", "Berlin, Germany", "onsite",
  (80000, 95000, "EUR", "year"),
  "About the job\nSenior backend engineer for our fleet platform: Go, gRPC, PostgreSQL. On-site in Berlin.",
  role="backend", level="senior", langs=["go"], tech=["grpc", "postgresql"])
w("stepstone", "Backend Engineer (w/m/d)", "Spreewerk GmbH", "Berlin", "hybrid",
  None,
  "Ihre Aufgaben\n- Backend-Entwicklung mit Python und Django\nWir bieten: flexible Arbeitszeiten, BVG-Ticket.",
  role="backend", langs=["python"], tech=["django"])
w("stepstone", "Backend Developer (m/w/d) PHP", "Havelblick Media GmbH", "Berlin", "onsite",
  (50000, 60000, "EUR", "year"),
  "Backend-Entwicklung mit PHP (Symfony). Gehalt: 50.000 – 60.000 € brutto.",
  role="backend", langs=["php"], tech=["symfony"])
w("linkedin", "Backend Engineer – Remote (Germany)", "Tempelhof Mobility", "Remote, Germany", "remote",
  (75000, 90000, "EUR", "year"),
  "About the job\nBackend engineer (Java, Spring Boot). Remote anywhere in Germany.",
  role="backend", langs=["java"], tech=["spring"], remote="de")
w("stepstone", "Backend Developer (m/w/d)", "Isarwerk Software GmbH", "München", "hybrid",
  (80000, 95000, "EUR", "year"),
  "Backend-Entwicklung mit Java und Spring Boot in München. 80.000 – 95.000 €.",
  role="backend", langs=["java"], tech=["spring"])
w("linkedin", "Frontend Developer", "Tempelhof Mobility", "Berlin, Germany", "hybrid",
  (70000, 80000, "EUR", "year"),
  "About the job\nFrontend developer (TypeScript, Vue). Hybrid in Berlin.",
  role="frontend", langs=["typescript"], tech=["vue"])
w("lever", "Senior Backend Engineer", "Pebblestack", "Remote (US)", "remote",
  (150000, 180000, "USD", "year"),
  "Senior backend engineer (Ruby on Rails, PostgreSQL). Remote in the US.",
  role="backend", level="senior", langs=["ruby"], tech=["rails", "postgresql"], remote=US)
w("linkedin", "Senior Backend Engineer (Remote, EU)", "Vantablue", "Remote – EU", "remote",
  (120000, 140000, "EUR", "year"),
  "About the job\nSenior backend engineer (Go/Kafka) for bidding services. €120k–€140k. Remote in the EU.",
  role="backend", level="senior", langs=["go"], tech=["kafka"], remote=EU)
w("lever", "Senior Backend Engineer", "Grainger Labs", "Remote", "remote",
  None,
  "Senior backend engineer (Python, Django). We're remote-first; salary discussed at interview.",
  role="backend", level="senior", langs=["python"], tech=["django"], remote="global")
w("indeed", "Senior Backend Engineer - Remote", "Oakridge Media", "Remote", "remote",
  (90000, 110000, "USD", "year"),
  "Senior backend engineer, Node.js. Remote (US time zones). Pay: $90,000 - $110,000 per year",
  role="backend", level="senior", langs=["node"], remote=US)
w("greenhouse", "Senior Backend Engineer", "Brightwater Capital", "New York, NY", "onsite",
  (200000, 240000, "USD", "year"),
  "Senior backend engineer, Python and kdb+, in our Manhattan office five days a week.",
  role="backend", level="senior", langs=["python"], domain=["fintech"])
w("indeed", "Backend Engineer (Remote)", "Pebblestack", "Remote", "remote",
  (140000, 160000, "USD", "year"),
  "Backend engineer (Go). Fully remote in the US. Pay: $140,000 - $160,000 per year",
  role="backend", langs=["go"], remote=US)

# --- DevOps, data engineering ------------------------------------------------------------------
w("linkedin", "DevOps Engineer (AWS, EKS, Docker)", "Meridian Freight", "Remote (US only)", "remote",
  (130000, 150000, "USD", "year"),
  "About the job\nDevOps engineer: Docker images, Kubernetes on AWS EKS, Terraform, CI/CD in GitHub Actions. Remote, US only.",
  role="devops", tech=["aws", "kubernetes", "docker", "terraform"], remote=US)
w("greenhouse", "Senior DevOps Engineer – Kubernetes/AWS/Terraform", "Sable Security", "Remote - EMEA", "remote",
  (90000, 105000, "EUR", "year"),
  "What you'll do\n- Run our Kubernetes clusters on AWS; Helm, Terraform, Docker, Prometheus\nRemote in EMEA.",
  role="devops", level="senior", tech=["kubernetes", "aws", "terraform", "docker"], remote="emea")
w("stepstone", "DevOps Engineer (m/w/d) AWS / Kubernetes", "Alsterkai Logistics GmbH", "Hamburg", "hybrid",
  (65000, 80000, "EUR", "year"),
  "Ihre Aufgaben\n- Betrieb unserer Plattform auf AWS mit Kubernetes und Docker\n- CI/CD mit GitLab",
  role="devops", tech=["aws", "kubernetes", "docker"])
w("indeed", "DevOps Engineer (Azure, AKS, Docker)", "Keystone Instruments", "Pittsburgh, PA", "hybrid",
  (105000, 125000, "USD", "year"),
  "DevOps engineer for Azure: AKS, Docker, Azure DevOps pipelines, Bicep.",
  role="devops", tech=["azure", "kubernetes", "docker"])
w("reed", "DevOps Engineer", "Ouseburn Data", "Newcastle upon Tyne", "hybrid",
  (50000, 60000, "GBP", "year"),
  "£50,000 - £60,000 per annum\nDevOps engineer: AWS (EC2, CloudFormation), Jenkins, Ansible.",
  role="devops", tech=["aws", "jenkins", "ansible"])
w("linkedin", "Platform Engineer (Kubernetes, AWS)", "Meridian Freight", "Remote (US only)", "remote",
  (140000, 160000, "USD", "year"),
  "About the job\nBuild our internal platform on AWS EKS: Kubernetes operators, Docker, Terraform. Remote, US.",
  role="platform", tech=["kubernetes", "aws", "docker", "terraform"], remote=US)
w("lever", "Site Reliability Engineer (AWS/Kubernetes)", "Pebblestack", "Remote (US)", "remote",
  (140000, 165000, "USD", "year"),
  "SRE: on-call, SLOs, Kubernetes on AWS, Docker. Remote in the US.",
  role="sre", tech=["aws", "kubernetes", "docker"], remote=US)
w("linkedin", "Salesforce DevOps Consultant (Copado)", "Oakridge Media", "Phoenix, AZ", "hybrid",
  (95000, 110000, "USD", "year"),
  "About the job\nRelease management for Salesforce orgs with Copado and Git.",
  role="devops", tech=["salesforce"])
w("indeed", "AWS Solutions Architect", "Cascade Cloudworks", "Dallas, TX", "onsite",
  (150000, 180000, "USD", "year"),
  "Design customer architectures on AWS; Docker and Kubernetes experience helpful.",
  role="architect", tech=["aws", "docker", "kubernetes"])
w("greenhouse", "Data Engineer (Python, BigQuery)", "Larkspur Commerce", "Barcelona, Spain", "hybrid",
  (50000, 65000, "EUR", "year"),
  "What you'll do\n- Build pipelines in Python with Airflow (Cloud Composer) into BigQuery on Google Cloud (GCP)\n- dbt models for analysts",
  role="data_eng", langs=["python", "sql"], tech=["gcp", "bigquery", "airflow", "dbt"])
w("linkedin", "Senior Data Engineer – GCP/Dataflow/Python", "Vantablue", "Remote – EU", "remote",
  (85000, 100000, "EUR", "year"),
  "About the job\nSenior data engineer: Python, Apache Beam on Dataflow, Pub/Sub, BigQuery (Google Cloud Platform). Remote in the EU.",
  role="data_eng", level="senior", langs=["python"], tech=["gcp", "bigquery", "dataflow"], remote=EU)
w("lever", "Data Engineer (Python, AWS, Airflow)", "Copperleaf Labs", "United States (Remote)", "remote",
  (120000, 140000, "USD", "year"),
  "Data engineer: Python, Airflow, AWS (Glue, Redshift). Remote for US-based candidates.",
  role="data_eng", langs=["python"], tech=["aws", "airflow", "redshift"], remote=US)
w("linkedin", "Data Engineer (Scala, GCP)", "Liffey Analytics", "Dublin, Ireland", "hybrid",
  (70000, 85000, "EUR", "year"),
  "About the job\nData engineer: Scala and Spark on Dataproc (GCP), BigQuery.",
  role="data_eng", langs=["scala"], tech=["gcp", "spark", "bigquery"])
w("greenhouse", "Backend Engineer (Python, GCP)", "Tallgrass Analytics", "Denver, CO", "hybrid",
  (130000, 150000, "USD", "year"),
  "Backend engineer: Python (FastAPI) services on Google Cloud Run and Cloud SQL.",
  role="backend", langs=["python"], tech=["gcp", "fastapi", "postgresql"])
w("indeed", "Data Analyst (GCP, Looker)", "Larkspur Commerce", "Barcelona, Spain", "hybrid",
  (35000, 45000, "EUR", "year"),
  "Analyse sales in BigQuery (GCP) and build Looker dashboards; SQL and some Python.",
  role="analyst", langs=["sql"], nice=["python"], tech=["gcp", "bigquery"])
w("lever", "Machine Learning Engineer (Python, GCP)", "Kestrel Maps", "Remote (EU)", "remote",
  (80000, 95000, "EUR", "year"),
  "Train and serve ETA models in Python on Vertex AI (GCP). Remote within the EU.",
  role="ml", langs=["python"], tech=["gcp"], remote=EU)
w("indeed", "Data Entry Clerk", "Midland Mutual Insurance", "Columbus, OH", "onsite",
  (17, 19, "USD", "hour"),
  "Enter policy data accurately. Pay: $17 - $19 per hour",
  role="clerk")

# --- messaging, NoSQL, SQL Server --------------------------------------------------------------
w("indeed", "Backend Developer (Python, RabbitMQ, Celery)", "Harborline Health", "Nashville, TN", "hybrid",
  (110000, 130000, "USD", "year"),
  "Backend developer: Python (Django) with Celery workers on RabbitMQ, PostgreSQL.\nJob Type: Full-time",
  role="backend", langs=["python"], tech=["rabbitmq", "celery", "django", "postgresql"])
w("reed", ".NET Developer – RabbitMQ / MassTransit", "Penhallow Software", "Bristol", "hybrid",
  (55000, 65000, "GBP", "year"),
  "£55,000 - £65,000 per annum\nC# .NET developer building event-driven microservices with RabbitMQ and MassTransit.",
  role="backend", langs=["csharp"], tech=["dotnet", "rabbitmq"], domain=["microservices"])
w("greenhouse", "Software Engineer – Messaging (RabbitMQ, Erlang)", "Driftwood Labs", "Remote (Worldwide)", "remote",
  (120000, 140000, "USD", "year"),
  "Work on our messaging layer: RabbitMQ plugins and Erlang/Elixir services. Remote from anywhere.",
  role="swe", langs=["erlang", "elixir"], tech=["rabbitmq"], remote="global")
w("linkedin", "RabbitMQ Administrator / Middleware Engineer", "Thistle Bank", "Edinburgh, UK", "hybrid",
  (50000, 60000, "GBP", "year"),
  "About the job\nAdminister our RabbitMQ and IBM MQ estate: clustering, upgrades, monitoring.",
  role="middleware_admin", tech=["rabbitmq", "ibmmq"])
w("lever", "MongoDB Developer (Node.js)", "Pebblestack", "Remote (US)", "remote",
  (105000, 125000, "USD", "year"),
  "Node.js developer with deep MongoDB experience (aggregation pipelines, schema design). Remote in the US.",
  role="backend", langs=["node"], tech=["mongodb"], remote=US)
w("linkedin", "Backend Engineer (Python, MongoDB)", "Kestrel Maps", "Lisbon, Portugal", "hybrid",
  (50000, 65000, "EUR", "year"),
  "About the job\nPython backend engineer (FastAPI) on MongoDB and Redis.",
  role="backend", langs=["python"], tech=["fastapi", "mongodb", "redis"])
w("indeed", "Backend Developer (Java, Cassandra)", "Prairie Grid", "Denver, CO", "hybrid",
  (120000, 140000, "USD", "year"),
  "Backend developer: Java services on Apache Cassandra for time-series data.",
  role="backend", langs=["java"], tech=["cassandra"])
w("linkedin", "Software Engineer (DynamoDB, TypeScript)", "Tallgrass Analytics", "Remote - US", "remote",
  (125000, 145000, "USD", "year"),
  "About the job\nTypeScript services on AWS Lambda with DynamoDB single-table design. Remote, US.",
  role="swe", langs=["typescript", "node"], tech=["aws", "lambda", "dynamodb"], remote=US)
w("indeed", "MongoDB Database Administrator", "Midland Mutual Insurance", "Columbus, OH", "onsite",
  (95000, 115000, "USD", "year"),
  "Administer MongoDB Atlas clusters: backup, replication, performance tuning.",
  role="dba", tech=["mongodb"])
w("linkedin", "Solutions Architect (MongoDB Atlas)", "Cascade Cloudworks", "Remote (US)", "remote",
  (150000, 170000, "USD", "year"),
  "About the job\nPre-sales solutions architect helping customers adopt MongoDB Atlas.",
  role="architect", tech=["mongodb"], remote=US)
w("reed", "SQL Server Developer", "Irwell Systems", "Birmingham", "hybrid",
  (45000, 55000, "GBP", "year"),
  "£45,000 - £55,000 per annum\nSQL Server developer: T-SQL stored procedures, SSIS packages, query tuning.",
  role="sql_dev", langs=["sql"], tech=["sqlserver", "ssis"])
w("indeed", "Database Developer (MS SQL Server)", "Keystone Instruments", "Pittsburgh, PA", "onsite",
  (85000, 100000, "USD", "year"),
  "Database Developer\nDesign schemas and write T-SQL on Microsoft SQL Server 2022. Pay: $85,000 - $100,000 per year",
  role="sql_dev", langs=["sql"], tech=["sqlserver"])
w("linkedin", "PL/SQL Developer (Oracle)", "Baltic Systems", "Riga, Latvia", "hybrid",
  (40000, 50000, "EUR", "year"),
  "About the job\nPL/SQL developer on Oracle 19c: packages, performance tuning.",
  role="sql_dev", langs=["sql"], tech=["oracle"])
w("reed", "BI Developer (SSIS/SSRS)", "Ouseburn Data", "Newcastle upon Tyne", "hybrid",
  (40000, 48000, "GBP", "year"),
  "£40,000 - £48,000 per annum\nBI developer: SQL Server, SSIS, SSRS and Power BI.",
  role="bi_dev", langs=["sql"], tech=["sqlserver", "ssis", "ssrs", "powerbi"])
w("indeed", "SQL Server DBA", "Brightwater Capital", "Jersey City, NJ", "onsite",
  (130000, 150000, "USD", "year"),
  "SQL Server database administrator: Always On, backups, patching, performance.",
  role="dba", tech=["sqlserver"])
w("indeed", "SQL Data Analyst", "Oakridge Media", "Phoenix, AZ", "hybrid",
  (70000, 85000, "USD", "year"),
  "Write SQL reports against our SQL Server warehouse for the marketing team.",
  role="analyst", langs=["sql"], tech=["sqlserver"])
w("indeed", "Server Technician", "Cascade Cloudworks", "Quincy, WA", "onsite",
  (22, 27, "USD", "hour"),
  "Rack, cable and repair servers in our data centre. Pay: $22 - $27 per hour",
  role="dc_tech")

# --- principal / distributed, FastAPI, payments -----------------------------------------------
w("greenhouse", "Principal Engineer, Distributed Systems", "Driftwood Labs", "Remote (US)", "remote",
  (260000, 310000, "USD", "year"),
  "Lead the design of our distributed storage engine (Rust, consensus, replication). Remote in the US.",
  role="swe", level="principal", langs=["rust"], domain=["distributed"], remote=US)
w("linkedin", "Principal Software Engineer – Backend / Distributed Data", "Fernhill Payments", "Seattle, WA", "hybrid",
  (230000, 280000, "USD", "year"),
  "About the job\nPrincipal software engineer for our distributed data platform: Java, Kafka, sharded PostgreSQL.",
  role="backend", level="principal", langs=["java"], tech=["kafka", "postgresql"], domain=["distributed"])
w("lever", "Principal Backend Engineer, Payments", "Ledgerway", "London, UK", "hybrid",
  (130000, 150000, "GBP", "year"),
  "Principal engineer for our payments backend (Kotlin, PostgreSQL).",
  role="backend", level="principal", langs=["kotlin"], tech=["postgresql"], domain=["payments"])
w("greenhouse", "Staff Engineer, Distributed Systems", "Sable Security", "Remote - EMEA", "remote",
  (130000, 150000, "EUR", "year"),
  "Staff engineer on our distributed event pipeline (Go, Kafka, Raft). Remote in EMEA.",
  role="swe", level="staff", langs=["go"], tech=["kafka"], domain=["distributed"], remote="emea")
w("linkedin", "Senior Software Engineer, Distributed Systems", "Prairie Grid", "Denver, CO", "hybrid",
  (165000, 190000, "USD", "year"),
  "About the job\nSenior engineer for our distributed telemetry system (Go, Kafka).",
  role="swe", level="senior", langs=["go"], tech=["kafka"], domain=["distributed"])
w("greenhouse", "Principal Product Manager, Distributed Systems", "Driftwood Labs", "Remote (US)", "remote",
  (220000, 260000, "USD", "year"),
  "Own the roadmap of our distributed database product. Remote in the US.",
  role="pm", level="principal", domain=["distributed"], remote=US)
w("linkedin", "Principal Data Scientist", "Brightwater Capital", "New York, NY", "hybrid",
  (220000, 260000, "USD", "year"),
  "About the job\nLead research on market-microstructure models in Python.",
  role="data_sci", level="principal", langs=["python"])
w("lever", "Python Developer (FastAPI, PostgreSQL)", "Grainger Labs", "Remote, UK", "remote",
  (60000, 75000, "GBP", "year"),
  "Python developer to build FastAPI services on PostgreSQL and SQLAlchemy. Remote within the UK.",
  role="backend", langs=["python"], tech=["fastapi", "postgresql"], remote=UK)
w("greenhouse", "Backend Engineer – Python/FastAPI", "Sable Security", "Remote - EMEA", "remote",
  (75000, 90000, "EUR", "year"),
  "Backend engineer: Python 3.12, FastAPI, asyncio, Redis. Remote in EMEA.",
  role="backend", langs=["python"], tech=["fastapi", "redis"], remote="emea")
w("indeed", "Python Developer (Flask)", "Oakridge Media", "Phoenix, AZ", "hybrid",
  (85000, 100000, "USD", "year"),
  "Python developer maintaining Flask APIs and data jobs. Job Type: Full-time",
  role="swe", langs=["python"], tech=["flask"])
w("linkedin", "Python Backend Engineer (FastAPI)", "Tempelhof Mobility", "Berlin, Germany", "hybrid",
  (65000, 78000, "EUR", "year"),
  "About the job\nPython backend engineer: FastAPI services; Django experience is a plus (an older admin tool runs on it).",
  role="backend", langs=["python"], nice=["django"], tech=["fastapi"])
w("reed", "Python/Django Developer", "Aireside Digital", "Leeds", "hybrid",
  (40000, 50000, "GBP", "year"),
  "£40,000 - £50,000 per annum\nPython/Django developer for our e-learning platform (Django REST Framework, PostgreSQL).",
  role="backend", langs=["python"], tech=["django", "postgresql"])
w("indeed", "Python Developer (FastAPI and Django)", "Harborline Health", "Nashville, TN", "hybrid",
  (100000, 120000, "USD", "year"),
  "Python developer: new services in FastAPI, our main product in Django; you'll work in both.",
  role="backend", langs=["python"], tech=["fastapi", "django"])
w("lever", "Lead Backend Engineer – Payments", "Ledgerway", "London, UK", "hybrid",
  (110000, 125000, "GBP", "year"),
  "Lead a team of five backend engineers on card payments: Java, Spring Boot, Kafka, PostgreSQL.",
  role="backend", level="lead", langs=["java"], tech=["spring", "kafka", "postgresql"], domain=["payments"])
w("greenhouse", "Tech Lead, Payments Platform (Go)", "Fernhill Payments", "Remote – EU", "remote",
  (110000, 130000, "EUR", "year"),
  "Tech lead for our payments platform backend: Go, PostgreSQL, Kafka. Remote in the EU.",
  role="backend", level="lead", langs=["go"], tech=["postgresql", "kafka"], domain=["payments"], remote=EU)
w("linkedin", "Lead Backend Engineer", "Larkspur Commerce", "Barcelona, Spain", "hybrid",
  (75000, 90000, "EUR", "year"),
  "About the job\nLead backend engineer for our catalogue services (Node.js, TypeScript, MongoDB).",
  role="backend", level="lead", langs=["node", "typescript"], tech=["mongodb"], domain=["ecommerce"])
w("linkedin", "Senior Backend Engineer – Payments", "Thistle Bank", "Edinburgh, UK", "hybrid",
  (75000, 90000, "GBP", "year"),
  "About the job\nSenior backend engineer on faster payments (Kotlin, Kafka).",
  role="backend", level="senior", langs=["kotlin"], tech=["kafka"], domain=["payments"])
w("indeed", "Payments Operations Lead", "Fernhill Payments", "Phoenix, AZ", "onsite",
  (75000, 90000, "USD", "year"),
  "Lead the payments operations team: reconciliation, chargebacks, exceptions.",
  role="ops", level="lead", domain=["payments"])
w("lever", "Lead Frontend Engineer, Payments", "Ledgerway", "London, UK", "hybrid",
  (100000, 115000, "GBP", "year"),
  "Lead frontend engineer for our checkout (React, TypeScript).",
  role="frontend", level="lead", langs=["typescript"], tech=["react"], domain=["payments"])
w("greenhouse", "Engineering Manager, Payments", "Fernhill Payments", "Seattle, WA", "hybrid",
  (210000, 240000, "USD", "year"),
  "Manage two backend teams on our payments platform; hiring, delivery, career growth.",
  role="eng_manager", level="manager", domain=["payments"])

# --- nursing ---------------------------------------------------------------------------------
w("indeed", "Registered Nurse - Emergency Department (Nights)", "St. Brendan Medical Center", "Houston, TX 77030", "onsite",
  (45, 58, "USD", "hour"),
  "Registered Nurse – Emergency Department\nShift: 7p–7a, three 12-hour nights a week.\nRequirements: active Texas RN license, BLS, ACLS, PALS; 1+ year ED experience preferred.\nPay: $45.00 - $58.00 per hour",
  role="nurse_rn", spec="er")
w("nhs", "Staff Nurse - Emergency Department (A&E)", "Manchester University NHS Foundation Trust", "Manchester, M13 9WL", "onsite",
  (29970, 36483, "GBP", "year"),
  "Band 5\nMain duties of the job\nWe are looking for registered nurses to join our busy adult A&E. You will assess and care for patients in majors, resus and minors.\nPerson specification: NMC registration (adult).",
  role="nurse_rn", spec="er")
w("indeed", "Travel RN - ER - 13 weeks", "Lonestar Travel Nursing", "Tucson, AZ", "onsite",
  (2400, 2700, "USD", "week"),
  "Travel Registered Nurse, Emergency Room, 13-week contract, 36 hrs/week.\nPay: $2,400 - $2,700 per week\nRequirements: 2 years ER experience, compact RN license.",
  role="nurse_rn", spec="er")
w("linkedin", "Emergency Room Registered Nurse (ER RN) - $10k Sign-On Bonus", "Mercy Valley Hospital", "Fresno, CA", "onsite",
  (68, 85, "USD", "hour"),
  "About the job\nER RN for our Level II trauma center. $10,000 sign-on bonus. California RN license, BLS, ACLS, TNCC.",
  role="nurse_rn", spec="er")
w("indeed", "ER Nurse Manager", "St. Brendan Medical Center", "Houston, TX", "onsite",
  (120000, 145000, "USD", "year"),
  "Lead the nursing staff of our Emergency Department: staffing, quality, budgets. BSN and RN license required; MSN preferred.",
  role="nurse_rn", level="manager", spec="er")
w("indeed", "Registered Nurse", "Greenfield Home Health", "Dayton, OH", "onsite",
  (38, 46, "USD", "hour"),
  "Registered Nurse for home health visits in the Dayton area. Pay: $38 - $46 per hour",
  role="nurse_rn", spec="home_health")
w("linkedin", "Registered Nurse (RN) - Float Pool", "Mercy Valley Hospital", "Fresno, CA", "onsite",
  (62, 80, "USD", "hour"),
  "About the job\nRegistered nurse in our float pool: you'll cover medical-surgical, telemetry, ICU step-down and emergency units as needed.",
  role="nurse_rn", spec=None)
w("indeed", "Registered Nurse - ICU", "St. Brendan Medical Center", "Houston, TX", "onsite",
  (47, 60, "USD", "hour"),
  "Registered Nurse, Medical ICU, day shift. CCRN preferred. Pay: $47 - $60 per hour",
  role="nurse_rn", spec="icu")
w("indeed", "Emergency Medical Technician (EMT-Basic)", "Gulf Coast EMS", "Houston, TX", "onsite",
  (18, 22, "USD", "hour"),
  "EMT-Basic for 911 ambulance service. Texas EMT certification required.",
  role="emt")
w("indeed", "LPN - Emergency Department", "Mercy Valley Hospital", "Fresno, CA", "onsite",
  (32, 38, "USD", "hour"),
  "Licensed Vocational/Practical Nurse supporting RNs in the ED.",
  role="lpn", spec="er")
w("linkedin", "Emergency Department Technician", "Mercy Valley Hospital", "Fresno, CA", "onsite",
  (20, 25, "USD", "hour"),
  "About the job\nED tech: vitals, EKGs, phlebotomy, patient transport.",
  role="ed_tech", spec="er")
w("indeed", "Nurse Practitioner - Emergency Medicine", "Gulf Coast Urgent Care", "Galveston, TX", "onsite",
  (120000, 140000, "USD", "year"),
  "Board-certified FNP or ENP for our emergency/urgent care clinics.",
  role="np", spec="er")
w("nhs", "Staff Nurse - Surgical Ward", "Leeds Teaching Hospitals NHS Trust", "Leeds, LS9 7TF", "onsite",
  (29970, 36483, "GBP", "year"),
  "Band 5\nMain duties of the job\nRegistered nurses for our general surgery ward.",
  role="nurse_rn", spec="surgical")

# --- air traffic control ---------------------------------------------------------------------
w("linkedin", "Trainee Air Traffic Controller", "UK Air Navigation Services", "Whiteley, Hampshire, UK", "onsite",
  (21000, 21000, "GBP", "year"),
  "About the job\nTrain to become an air traffic controller at our college; fully funded training, then a posting to an area control centre or airport tower.",
  role="atc", level="junior")
w("indeed", "Air Traffic Controller - Tower", "Skyward Contract Towers", "Lakeland, FL", "onsite",
  (68000, 82000, "USD", "year"),
  "Air Traffic Controller for an FAA contract tower. Requirements: FAA CTO certificate, Class II medical.",
  role="atc")
w("indeed", "Airport Operations Controller", "Lakeland Linder Airport", "Lakeland, FL", "onsite",
  (50000, 60000, "USD", "year"),
  "Coordinate airport operations: gate assignments, ground vehicles, emergencies.",
  role="airport_ops")
w("linkedin", "Flight Dispatcher", "Blue Heron Airways", "Atlanta, GA", "onsite",
  (60000, 75000, "USD", "year"),
  "About the job\nFAA-licensed aircraft dispatcher: flight planning, weather, release.",
  role="dispatcher")
w("indeed", "Air Traffic Control Electronics Technician", "Skyward Contract Towers", "Lakeland, FL", "onsite",
  (30, 36, "USD", "hour"),
  "Maintain radios, radar displays and voice switches in the tower.",
  role="electronics_tech")

# --- pharmacy --------------------------------------------------------------------------------
w("indeed", "Pharmacist - Retail", "Corner Drug Co.", "Columbus, OH", "onsite",
  (58, 66, "USD", "hour"),
  "Staff pharmacist for our retail store: dispensing, immunizations, counselling. Ohio pharmacist license required. Pay: $58 - $66 per hour",
  role="pharmacist")
w("nhs", "Clinical Pharmacist", "Sheffield Teaching Hospitals NHS Foundation Trust", "Sheffield, S10 2JF", "onsite",
  (47810, 54710, "GBP", "year"),
  "Band 7\nMain duties of the job\nClinical pharmacist for medical wards: medicines reconciliation, prescribing advice. GPhC registration required.",
  role="pharmacist", spec="clinical")
w("stepstone", "Apotheker (m/w/d)", "Löwen-Apotheke am Markt", "Köln", "onsite",
  (55000, 65000, "EUR", "year"),
  "Approbierter Apotheker (m/w/d) für unsere Offizin-Apotheke in Vollzeit.",
  role="pharmacist")
w("indeed", "Pharmacy Manager (PharmD)", "Corner Drug Co.", "Dayton, OH", "onsite",
  (145000, 160000, "USD", "year"),
  "Pharmacist in charge of a store: staff, inventory, compliance. PharmD and Ohio license required.",
  role="pharmacist", level="manager")
w("reed", "Pharmacy Assistant", "Corner Chemists Ltd", "Birmingham", "onsite",
  (23000, 25000, "GBP", "year"),
  "£23,000 - £25,000 per annum\nPharmacy assistant: dispensing support and counter sales.",
  role="pharm_tech")
w("linkedin", "Pharmaceutical Sales Representative", "Halcyon Pharma", "Chicago, IL", "onsite",
  (80000, 95000, "USD", "year"),
  "About the job\nPromote our cardiology portfolio to physicians in the Chicago territory.",
  role="sales")

# --- teaching --------------------------------------------------------------------------------
w("indeed", "Special Education Teacher (K-5)", "Riverbend Unified School District", "Sacramento, CA", "onsite",
  (58000, 72000, "USD", "year"),
  "Special Education Teacher, resource specialist program, grades K-5. California Education Specialist credential (Mild/Moderate) required.",
  role="teacher", spec="sped")
w("reed", "SEN Teacher", "Thames Gateway Academy Trust", "London", "onsite",
  (38000, 48000, "GBP", "year"),
  "£38,000 - £48,000 per annum\nQualified SEN teacher for a specialist provision for pupils with autism (KS3–KS4). QTS required.",
  role="teacher", spec="sped")
w("indeed", "Intervention Specialist - Special Education", "Maple Heights City Schools", "Maple Heights, OH", "onsite",
  (48000, 62000, "USD", "year"),
  "Intervention Specialist (Ohio licensure, Mild/Moderate) for a special education classroom, grades 6–8.",
  role="teacher", spec="sped")
w("indeed", "Special Education Paraprofessional", "Riverbend Unified School District", "Sacramento, CA", "onsite",
  (19, 23, "USD", "hour"),
  "Instructional aide supporting students in special education classrooms.",
  role="teacher_aide", spec="sped")
w("indeed", "Special Education Bus Driver", "Riverbend Unified School District", "Sacramento, CA", "onsite",
  (22, 26, "USD", "hour"),
  "Drive a school bus on special education routes. Class B CDL with P and S endorsements required.",
  role="bus_driver", licence="cdl_b")
w("reed", "Maths Teacher", "Thames Gateway Academy Trust", "London", "onsite",
  (36000, 46000, "GBP", "year"),
  "£36,000 - £46,000 per annum\nTeacher of Mathematics (KS3-KS5). QTS required.",
  role="teacher", spec="math")
w("reed", "SEN Teaching Assistant", "Thames Gateway Academy Trust", "London", "onsite",
  (22000, 25000, "GBP", "year"),
  "£22,000 - £25,000 per annum\nTeaching assistant supporting pupils with SEND.",
  role="teacher_aide", spec="sped")
w("indeed", "Special Education Coordinator", "Maple Heights City Schools", "Maple Heights, OH", "onsite",
  (65000, 75000, "USD", "year"),
  "Coordinate IEPs and compliance for the district's special education programme; Ohio intervention specialist licence.",
  role="sped_coordinator", spec="sped")

# --- electricians ----------------------------------------------------------------------------
w("indeed", "Journeyman Electrician", "Copperline Electric", "Denver, CO", "onsite",
  (34, 42, "USD", "hour"),
  "Journeyman Electrician for commercial construction. Colorado journeyman license required. Pay: $34 - $42 per hour",
  role="electrician")
w("reed", "Maintenance Electrician", "Pennine Foods Ltd", "Bradford", "onsite",
  (40000, 44000, "GBP", "year"),
  "£40,000 - £44,000 per annum\nMaintenance electrician for a food factory, 4-on-4-off shifts. 18th Edition required.",
  role="electrician")
w("stepstone", "Elektroniker für Betriebstechnik (m/w/d)", "Alsterkai Logistics GmbH", "Hamburg", "onsite",
  (42000, 50000, "EUR", "year"),
  "Ihre Aufgaben: Wartung und Instandhaltung elektrischer Anlagen in unserem Logistikzentrum. Abgeschlossene Ausbildung als Elektriker/Elektroniker.",
  role="electrician")
w("reed", "Electrician's Mate", "Pennine Foods Ltd", "Bradford", "onsite",
  (12, 14, "GBP", "hour"),
  "£12 - £14 per hour\nAssist qualified electricians on site.",
  role="elec_helper")
w("linkedin", "Electrical Engineer", "Copperline Electric", "Denver, CO", "hybrid",
  (95000, 115000, "USD", "year"),
  "About the job\nDesign power distribution for commercial buildings; PE preferred.",
  role="elec_eng")
w("indeed", "Auto Electrician", "Frontier Fleet Services", "Reno, NV", "onsite",
  (28, 34, "USD", "hour"),
  "Diagnose and repair electrical systems on trucks and buses.",
  role="electrician", spec="auto")
w("indeed", "Apprentice Electrician", "Copperline Electric", "Denver, CO", "onsite",
  (18, 22, "USD", "hour"),
  "Registered apprenticeship; no experience required.",
  role="electrician", level="junior")

# --- accounting ------------------------------------------------------------------------------
w("indeed", "Senior Accountant (CPA)", "Harborline Health", "Nashville, TN", "hybrid",
  (85000, 95000, "USD", "year"),
  "Senior Accountant: month-end close, reconciliations, GAAP reporting. CPA preferred. Pay: $85,000 - $95,000 per year",
  role="accountant", level="senior")
w("reed", "Senior Accountant", "Pennine Foods Ltd", "Bradford", "hybrid",
  (45000, 50000, "GBP", "year"),
  "£45,000 - £50,000 per annum\nSenior accountant, ACA/ACCA qualified: management accounts and year-end.",
  role="accountant", level="senior")
w("linkedin", "Senior Tax Accountant", "Whitcombe & Rhodes LLP", "Chicago, IL", "hybrid",
  (90000, 110000, "USD", "year"),
  "About the job\nSenior tax accountant: corporate and partnership returns, provisions. CPA required.",
  role="accountant", level="senior", spec="tax")
w("indeed", "Accountant", "Copperline Electric", "Denver, CO", "onsite",
  (65000, 75000, "USD", "year"),
  "Accountant: AP/AR oversight, reconciliations, job costing. Bachelor's in accounting.",
  role="accountant")
w("indeed", "Staff Accountant", "Corner Drug Co.", "Columbus, OH", "onsite",
  (55000, 62000, "USD", "year"),
  "Staff Accountant: journal entries, reconciliations, fixed assets. 1-3 years experience.",
  role="accountant", level="mid")
w("reed", "Senior Accounts Payable Clerk", "Irwell Systems", "Manchester", "onsite",
  (27000, 30000, "GBP", "year"),
  "£27,000 - £30,000 per annum\nProcess supplier invoices and payment runs.",
  role="ap_clerk", level="senior")
w("linkedin", "Senior Auditor", "Whitcombe & Rhodes LLP", "Chicago, IL", "hybrid",
  (85000, 100000, "USD", "year"),
  "About the job\nSenior external auditor for manufacturing clients. CPA required.",
  role="auditor", level="senior")
w("indeed", "Accounting Manager", "Prairie Grid", "Denver, CO", "hybrid",
  (110000, 125000, "USD", "year"),
  "Manage the accounting team and the close.",
  role="accountant", level="manager")
w("indeed", "Junior Accountant", "Oakridge Media", "Phoenix, AZ", "onsite",
  (45000, 52000, "USD", "year"),
  "Entry-level accountant supporting the close.",
  role="accountant", level="junior")

# --- police, social work ---------------------------------------------------------------------
w("indeed", "Police Officer", "City of Round Rock", "Round Rock, TX", "onsite",
  (68000, 88000, "USD", "year"),
  "Police Officer (certified or academy applicant). Patrol, traffic enforcement, community policing. Must pass TCOLE exam.",
  role="police")
w("linkedin", "Police Constable", "West Pennine Police", "Bolton, UK", "onsite",
  (29907, 32000, "GBP", "year"),
  "About the job\nJoin us as a police constable via the Police Constable Entry Programme.",
  role="police")
w("indeed", "Police Sergeant", "City of Round Rock", "Round Rock, TX", "onsite",
  (95000, 105000, "USD", "year"),
  "Supervise a patrol shift of officers.",
  role="police", level="manager")
w("indeed", "Police Dispatcher (911 Telecommunicator)", "City of Round Rock", "Round Rock, TX", "onsite",
  (22, 28, "USD", "hour"),
  "Answer 911 calls and dispatch police units.",
  role="dispatcher")
w("linkedin", "Police Staff Investigator", "West Pennine Police", "Bolton, UK", "onsite",
  (30000, 34000, "GBP", "year"),
  "About the job\nCivilian investigator supporting CID on volume crime.",
  role="investigator")
w("indeed", "Correctional Officer", "State Department of Corrections", "Huntsville, TX", "onsite",
  (42000, 52000, "USD", "year"),
  "Supervise inmates in a state prison.",
  role="corrections")
w("indeed", "Security Officer", "Sentinel Guard Services", "Austin, TX", "onsite",
  (16, 19, "USD", "hour"),
  "Unarmed security officer for an office building.",
  role="security_guard")
w("reed", "Children's Social Worker", "Borough of Thameside", "London", "hybrid",
  (38000, 45000, "GBP", "year"),
  "£38,000 - £45,000 per annum\nQualified children's social worker (Social Work England registration) for our Child in Need team.",
  role="social_worker", spec="children")
w("indeed", "Licensed Clinical Social Worker (LCSW) - Hospice", "Greenfield Home Health", "Dayton, OH", "onsite",
  (65000, 78000, "USD", "year"),
  "LCSW to support hospice patients and families: psychosocial assessment, counselling, care planning.",
  role="social_worker", spec="hospice")
w("reed", "Senior Practitioner Social Worker - Adults", "Borough of Thameside", "London", "hybrid",
  (45000, 50000, "GBP", "year"),
  "£45,000 - £50,000 per annum\nSenior practitioner in our adult social care team; registered social worker.",
  role="social_worker", level="senior", spec="adults")
w("indeed", "Social Work Assistant", "Borough Health Partners", "Dayton, OH", "onsite",
  (17, 20, "USD", "hour"),
  "Support social workers with paperwork, referrals and scheduling.",
  role="social_asst")
w("indeed", "Case Manager (Housing)", "Haven Street Services", "Austin, TX", "onsite",
  (42000, 48000, "USD", "year"),
  "Help clients find and keep housing; bachelor's degree in any field.",
  role="case_manager")
w("linkedin", "Social Media Manager", "Oakridge Media", "Phoenix, AZ", "hybrid",
  (65000, 80000, "USD", "year"),
  "About the job\nRun our social channels and content calendar.",
  role="marketing")

# --- drivers ---------------------------------------------------------------------------------
w("indeed", "CDL-A Truck Driver - OTR", "Redline Freightways", "Joplin, MO", "onsite",
  None,
  "Over-the-road Class A CDL driver, 53' dry van, home every 2 weeks. Pay: $0.62 - $0.70 per mile. Requirements: valid CDL-A, 1 year experience.",
  role="truck_driver", licence="cdl_a")
w("indeed", "Class A CDL Driver - Local", "Frontier Fleet Services", "Reno, NV", "onsite",
  (28, 32, "USD", "hour"),
  "Local Class A CDL driver, home daily. Pay: $28 - $32 per hour",
  role="truck_driver", licence="cdl_a")
w("reed", "HGV Class 1 Driver", "Pennine Foods Ltd", "Bradford", "onsite",
  (15, 17, "GBP", "hour"),
  "£15 - £17 per hour\nHGV Class 1 (C+E) driver for chilled deliveries; CPC and tacho card required.",
  role="truck_driver", licence="hgv")
w("stepstone", "LKW-Fahrer (m/w/d) CE", "Alsterkai Logistics GmbH", "Hamburg", "onsite",
  (3000, 3400, "EUR", "month"),
  "Fahrer (m/w/d) im Nahverkehr, Führerscheinklasse CE, Modul 95.",
  role="truck_driver", licence="ce")
w("indeed", "Delivery Driver (Van)", "Redline Freightways", "Joplin, MO", "onsite",
  (19, 21, "USD", "hour"),
  "Cargo-van delivery driver; regular driver's license, no CDL needed.",
  role="delivery_driver")
w("indeed", "Diesel Truck Mechanic", "Frontier Fleet Services", "Reno, NV", "onsite",
  (30, 38, "USD", "hour"),
  "Service and repair Class 8 trucks.",
  role="mechanic")
w("indeed", "Truck Dispatcher", "Redline Freightways", "Joplin, MO", "onsite",
  (45000, 55000, "USD", "year"),
  "Plan loads and dispatch our OTR truck drivers.",
  role="dispatcher")
w("indeed", "Forklift Driver", "Alsterkai Logistics GmbH", "Hamburg", "onsite",
  (2600, 2800, "EUR", "month"),
  "Staplerfahrer (m/w/d) im Lager.",
  role="forklift")
w("indeed", "CDL-B Transit Bus Operator", "City of Round Rock", "Round Rock, TX", "onsite",
  (21, 25, "USD", "hour"),
  "Operate city transit buses. CDL-B with passenger endorsement.",
  role="bus_driver", licence="cdl_b")

# --- law -------------------------------------------------------------------------------------
w("indeed", "Associate Attorney - Litigation", "Whitcombe & Rhodes LLP", "Dallas, TX", "onsite",
  (150000, 190000, "USD", "year"),
  "Associate attorney (3-5 years) for commercial litigation. Texas bar required.",
  role="attorney")
w("reed", "Solicitor - Commercial Property", "Hartwell Lane Solicitors", "Birmingham", "hybrid",
  (55000, 70000, "GBP", "year"),
  "£55,000 - £70,000 per annum\nSolicitor, 2-5 years PQE, commercial property.",
  role="attorney", spec="real_estate")
w("stepstone", "Rechtsanwalt (m/w/d) Arbeitsrecht", "Kanzlei Brandt & Vogel", "Frankfurt am Main", "onsite",
  (80000, 100000, "EUR", "year"),
  "Rechtsanwalt (m/w/d) im Arbeitsrecht, erste Berufserfahrung.",
  role="attorney", spec="employment")
w("linkedin", "In-house Counsel", "Fernhill Payments", "Seattle, WA", "hybrid",
  (190000, 230000, "USD", "year"),
  "About the job\nCounsel for commercial contracts and payments regulation. JD and active bar membership required.",
  role="attorney")
w("indeed", "Legal Assistant", "Whitcombe & Rhodes LLP", "Dallas, TX", "onsite",
  (45000, 55000, "USD", "year"),
  "Support attorneys with filings, calendars and correspondence.",
  role="legal_asst")
w("indeed", "Litigation Paralegal", "Whitcombe & Rhodes LLP", "Dallas, TX", "onsite",
  (60000, 72000, "USD", "year"),
  "Paralegal for the litigation group: discovery, trial prep.",
  role="paralegal")
w("linkedin", "Attorney Recruiter", "Lex Talent Partners", "New York, NY", "hybrid",
  (90000, 120000, "USD", "year"),
  "About the job\nRecruit lateral attorneys for our law-firm clients.",
  role="recruiter")
w("indeed", "Contracts Manager", "Prairie Grid", "Denver, CO", "hybrid",
  (95000, 110000, "USD", "year"),
  "Draft and negotiate vendor contracts; legal background helpful, JD not required.",
  role="contracts")
# fmt: on
