# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the second fresh backend set (run once, by hand).

Every posting was written by hand for this set (companies, people, pay and texts are fictional),
in the shapes real boards use: Greenhouse (``gh``), Lever (``lever``), Ashby (``ashby``), Workday
(``wd``), LinkedIn (``li``), German career pages (``de``), recruitment agencies (``ag``) and bare
job-board ads (``plain``). A row is a head line ``title | company | location | remote | pay |
style``, the facts a reader takes from the posting, what the job is (first paragraph), the
requirements and the nice-to-haves (``;``-separated); ``_text`` lays them out as the style does.
Pay ``150000-180000 USD`` fills the salary fields; ``~text`` puts the pay in the text only (the
facts then carry it a year); ``-`` says nothing.

Fact keys: k kind (be backend, fs full-stack, fe frontend, de data engineer, ds data scientist,
da data analyst, ae analytics engineer, ml ML engineer, sre site reliability, devops DevOps,
plat platform/infrastructure, qa QA/SDET, ios, android, mob cross-platform mobile, em engineering
manager or head of engineering, pm product manager, sup support engineer, sa solutions engineer/
architect, se sales engineer, rec recruiter, dba database administrator, sec security, emb
embedded, other unrelated); l main languages; lv level (intern, grad, junior, mid, senior, staff,
sstaff senior staff, principal, lead, none); at places (cities and country codes, onsite or
hybrid); e remote eligibility (US, CA, NA, AMERICAS, LATAM, UK, EU, EUROPE, EMEA, ANY, or one
country code); x topics (payments, fintech, crypto, distributed, streaming, dataplat, kafka,
flink, spark, k8s, aws, gcp, azure, terraform, pg, django, lowlat, tableau, auto, team=be ...);
pay (min, max, currency) a year.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CUR = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$"}

# (head, facts, what the job is, requirements, nice-to-haves)
P: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ Go
    (
        "Senior Software Engineer, Backend (Go) | Tallyhook | Remote (US) | remote | 165000-195000 USD | gh",
        "k=be l=go lv=senior e=US x=payments,fintech,pg,aws",
        "Tallyhook runs invoicing and payouts for 9,000 trade contractors. You'll own Go services in our payments domain: ledger writes, payout scheduling and reconciliation against three banking partners.",
        "5+ years building backend services in production; Go as your main language in the last 2 years; PostgreSQL, including query plans and migrations; You live in the United States",
        "AWS (ECS, SQS); experience with ACH or card networks; on-call experience",
    ),
    (
        "Sr. Golang Engineer | Quillmate | Remote – EU | remote | 80000-95000 EUR | lever",
        "k=be l=go lv=senior e=EU x=pg,k8s",
        "Quillmate makes document signing for law firms. Our API and signing pipeline are written in Go and run on Kubernetes.",
        "Strong Go; REST and gRPC API design; PostgreSQL; Must be based in an EU country (we employ through our EU entities)",
        "Kubernetes operators; cryptographic signatures (PAdES)",
    ),
    (
        "Backend Engineer - Go | Ferrous Freight | Chicago, IL | hybrid | 140000-160000 USD | ashby",
        "k=be l=go lv=none at=Chicago,US x=pg,gcp",
        "We're digitising freight brokerage. The backend team writes Go services for load matching, carrier onboarding and pricing.",
        "3+ years of backend experience; Go or a willingness to switch from Java/C#; SQL (we use PostgreSQL on Cloud SQL)",
        "GCP; event-driven design",
    ),
    (
        "Staff Backend Engineer (Golang) | Lumenpay | Remote - US or Canada | remote | 210000-245000 USD | gh",
        "k=be l=go lv=staff e=NA x=payments,fintech,distributed,kafka,pg",
        "Lumenpay processes card payments for 40,000 merchants. As a staff engineer you'll set the technical direction for the authorization and settlement services, written in Go.",
        "9+ years in backend engineering, several at senior or staff level; Deep Go experience; Distributed systems in production: idempotency, exactly-once-ish processing, partitioning; Kafka and PostgreSQL at scale",
        "PCI DSS; card network messaging (ISO 8583)",
    ),
    (
        "Go Developer (m/w/d) | Stadtwerke Digital GmbH | Leipzig | hybrid | 62000-74000 EUR | de",
        "k=be l=go lv=none at=Leipzig,DE x=pg,k8s",
        "Wir bauen die Plattform für Smart-Meter-Daten der Stadtwerke. Du entwickelst Go-Services, die täglich 30 Millionen Messwerte verarbeiten.",
        "Abgeschlossenes Studium der Informatik oder vergleichbare Ausbildung; Mehrjährige Erfahrung mit Go; PostgreSQL/TimescaleDB; Deutsch auf C1-Niveau",
        "Kubernetes; Energiewirtschaft",
    ),
    (
        "Software Engineer II - Backend (Go) | Brightbasket | Seattle, WA | hybrid | 135000-158000 USD | wd",
        "k=be l=go lv=mid at=Seattle,US x=aws,pg",
        "Brightbasket delivers groceries in 14 US metros. The Fulfillment team builds the Go services that batch orders and route shoppers.",
        "Bachelor's degree in Computer Science or equivalent; 2+ years of professional software development; Experience with Go, Java or C++; Relational databases (PostgreSQL)",
        "AWS; routing or optimisation problems",
    ),
    (
        "Golang Backend Developer | Vireo Labs | Remote (Worldwide) | remote | 70000-110000 USD | plain",
        "k=be l=go lv=none e=ANY x=crypto,pg",
        "Vireo Labs builds wallet infrastructure for Web3 apps. Fully remote, async team across 11 time zones. Go services, PostgreSQL, a bit of Solidity.",
        "Go in production; Interest in blockchains; Written communication",
        "EVM internals; Solidity",
    ),
    (
        "Senior Go Engineer, Distributed Storage | Stratabyte | San Francisco, CA | onsite | 190000-230000 USD | gh",
        "k=be l=go lv=senior at=SF,US x=distributed,k8s",
        "Stratabyte is building an S3-compatible object store for AI training data. You'll work on replication, erasure coding and the metadata service, all in Go.",
        "6+ years of systems or backend engineering; Go; Consensus (Raft/Paxos), replication and failure handling; Comfortable reading kernel and network traces",
        "Contributions to etcd, CockroachDB or MinIO",
    ),
    (
        "Senior Backend Engineer | Mossgrove | Remote (Americas) | remote | 150000-175000 USD | ashby",
        "k=be l=go,python lv=senior e=AMERICAS x=pg,gcp",
        "Mossgrove helps nonprofits run fundraising. Backend in Go, with some older Python services we're retiring. Remote within North and South America.",
        "5+ years of backend experience; Go (or strong Python and the wish to learn Go); PostgreSQL; Overlap with US Eastern time",
        "GCP; Stripe integrations",
    ),
    (
        "Backend Engineer, Go (Mid-level) | Pennant Health | Remote - US | remote | 120000-140000 USD | lever",
        "k=be l=go lv=mid e=US x=pg,aws",
        "Pennant Health schedules home-care visits for 200 agencies. Our backend is Go on AWS with PostgreSQL.",
        "2–4 years of backend development; Go; SQL; HIPAA awareness or willingness to learn; US residence",
        "Healthcare data (HL7/FHIR)",
    ),
    (
        "Lead Go Developer | Talbot & Finch Recruitment | London, UK | hybrid | 95000-110000 GBP | ag",
        "k=be l=go lv=lead at=London,UK x=fintech,kafka,k8s",
        "My client, a fast-growing fintech in Shoreditch backed by tier-one VCs, is looking for a Lead Go Developer to head up a squad of five building their lending platform.",
        "Commercial Go experience; Led a small team; Kafka and Kubernetes; Fintech or banking background",
        "AWS",
    ),
    (
        "Go Engineer | Kanso Cloud | Remote, UK only | remote | 70000-85000 GBP | lever",
        "k=be l=go lv=none e=UK x=k8s,pg",
        "Kanso Cloud sells managed Postgres to small SaaS teams. Our control plane is Go; we're hiring a backend engineer to work on provisioning, backups and billing.",
        "Go; PostgreSQL internals (replication, WAL, backups); You must be a UK resident with the right to work in the UK",
        "Kubernetes operators",
    ),
    (
        "Senior Software Engineer - Go / Kubernetes | Harrowgate Systems | Remote (EMEA) | remote | 85000-105000 EUR | gh",
        "k=be l=go lv=senior e=EMEA x=k8s,distributed",
        "Harrowgate builds a multi-cluster Kubernetes management product. You'll write Go controllers and the API server behind our dashboard.",
        "5+ years of software engineering; Go; Kubernetes controllers and CRDs; Distributed systems fundamentals",
        "Open source contributions",
    ),
    (
        "Software Engineer, Backend (Go) — L4 | Pixelmint | New York, NY | hybrid | 150000-175000 USD | ashby",
        "k=be l=go lv=mid at=NYC,US x=pg,gcp",
        "Pixelmint is a marketplace for stock illustrations. L4 on our levels is a mid-level engineer who owns features end to end.",
        "3+ years of backend engineering; Go or another typed language; SQL",
        "Image processing pipelines",
    ),
    (
        "Principal Engineer (Go) | Cobaltline | Remote (US) | remote | 240000-280000 USD | gh",
        "k=be l=go lv=principal e=US x=distributed,streaming,kafka",
        "Cobaltline sells observability for IoT fleets. As principal engineer you'll shape the ingestion pipeline that takes 4M events a second, written in Go on Kafka.",
        "12+ years of software engineering; Go at scale; Distributed systems and streaming ingestion; Leading designs across teams",
        "ClickHouse; columnar storage",
    ),
    (
        "Junior Backend Developer (Go) | Bitrate Media | Amsterdam, Netherlands | hybrid | 42000-50000 EUR | lever",
        "k=be l=go lv=junior at=Amsterdam,NL x=pg",
        "Bitrate Media streams podcasts to 3M listeners. Join the backend team as a junior: Go services, PostgreSQL, lots of pairing.",
        "A first job or internship in software; Some Go, or another language and the wish to learn Go; Basic SQL",
        "Audio or media background",
    ),
    (
        "Senior Backend Engineer (Go) – Payments | Orchard Bank | Remote (US) | remote | 175000-200000 USD | wd",
        "k=be l=go lv=senior e=US x=payments,fintech,pg,aws",
        "Orchard Bank is a chartered digital bank for small farms. Payments Engineering owns ACH, wires and card issuing, in Go on AWS.",
        "Bachelor's degree or equivalent; 5+ years of backend development; Go; Payment rails (ACH, Fedwire, card issuing); US work authorization",
        "Experience at a bank or sponsor bank fintech",
    ),
    (
        "Backend Engineer (Go/Python) | Sorrel Analytics | Berlin, Germany | hybrid | 65000-80000 EUR | ashby",
        "k=be l=go,python lv=none at=Berlin,DE x=pg,gcp",
        "Sorrel Analytics sells footfall analytics to retailers. Backend in Go for the ingestion APIs and Python for reporting jobs.",
        "3+ years of backend work; Go and Python; PostgreSQL; English (German is a plus)",
        "GCP; BigQuery",
    ),
    (
        "Software Engineer (Golang) - Crypto Exchange | Nimbus Exchange | Remote – Europe | remote | 90000-120000 EUR | plain",
        "k=be l=go lv=none e=EUROPE x=crypto,lowlat,distributed",
        "Nimbus is a regulated crypto exchange. You'll work on the order gateway and wallet services in Go.",
        "Go; Low-latency network services; Distributed systems",
        "Market microstructure",
    ),
    (
        "Senior Backend Engineer, Go | Tidewater Insurance | Remote (US) | remote | - | li",
        "k=be l=go lv=senior e=US x=aws,pg",
        "Tidewater writes flood insurance. Our quoting and policy services are written in Go and deployed on AWS Lambda and ECS.",
        "5+ years of backend experience; Go; PostgreSQL; Insurance domain a plus but not required",
        "Terraform",
    ),
    # -------------------------------------------------------------- Python
    (
        "Senior Python Engineer (Backend) | Fennick | Remote (EU) | remote | 75000-90000 EUR | lever",
        "k=be l=python lv=senior e=EU x=django,pg,aws",
        "Fennick sells bookkeeping to freelancers in six EU countries. Backend: Django and Django REST Framework, PostgreSQL, Celery.",
        "5+ years of Python backend; Django; PostgreSQL; Resident in the EU",
        "Accounting or tax domain",
    ),
    (
        "Python Developer | Kestrel Robotics | Boston, MA | onsite | 130000-150000 USD | wd",
        "k=be l=python lv=none at=Boston,US x=pg,aws",
        "Kestrel builds warehouse robots. The Fleet Software team writes the Python services that dispatch robots and talk to customers' WMS.",
        "Bachelor's in CS or related; 3+ years of Python; REST APIs; SQL databases",
        "ROS; AWS IoT",
    ),
    (
        "Backend Engineer - Python/Django (Mid-Level) | Harbourview Clinics | Remote (UK) | remote | 55000-65000 GBP | gh",
        "k=be l=python lv=mid e=UK x=django,pg",
        "Harbourview runs 40 physiotherapy clinics. We're building our own booking and clinical notes system in Django.",
        "2–4 years of Python; Django; PostgreSQL; Right to work in the UK, UK-based",
        "NHS or healthcare systems",
    ),
    (
        "Software Engineer, Backend (Python) | Glasswing Data | Remote, Europe | remote | 70000-85000 EUR | ashby",
        "k=be l=python lv=none e=EUROPE x=pg,gcp,dataplat",
        "Glasswing builds a data catalogue. You'll work on the FastAPI backend and the connectors that crawl customers' warehouses.",
        "3+ years of Python backend; FastAPI or Flask; SQL; Based in Europe (EU, UK, Switzerland, Norway)",
        "dbt, Snowflake, BigQuery",
    ),
    (
        "Python Backend Developer (m/w/d) | Rheinwerk Mobility GmbH | Köln | hybrid | 60000-72000 EUR | de",
        "k=be l=python lv=none at=Cologne,DE x=django,pg",
        "Wir entwickeln die Buchungsplattform für E-Scooter in 30 Städten. Dein Stack: Python, Django, PostgreSQL, Redis.",
        "Mehrjährige Erfahrung in der Backend-Entwicklung mit Python; Django; PostgreSQL; Sehr gute Deutsch- und Englischkenntnisse",
        "Mobilitätsbranche",
    ),
    (
        "Staff Software Engineer, Python | Canopy Tax | Remote (US) | remote | 200000-235000 USD | gh",
        "k=be l=python lv=staff e=US x=fintech,pg,aws",
        "Canopy Tax files taxes for gig workers. You'll lead the design of our tax calculation engine, in Python.",
        "8+ years of backend engineering; Python; Leading designs across teams; Strong SQL",
        "Tax or accounting",
    ),
    (
        "Senior Backend Developer (Python) – Remote Europe | Lumio | Remote – EU | remote | 70000-85000 EUR | plain",
        "k=be l=python lv=senior e=EU x=django,pg",
        "Lumio is an e-learning platform for schools. Django backend, PostgreSQL, Celery, Redis.",
        "5+ years Python; Django; EU-based",
        "EdTech",
    ),
    (
        "Python Engineer | Quantara Capital | London, UK | onsite | 110000-140000 GBP | ag",
        "k=be l=python lv=none at=London,UK x=fintech,lowlat",
        "My client, a systematic hedge fund in Mayfair, needs a Python engineer to build the trade capture and risk services behind their trading desks.",
        "Strong Python; Experience in financial services; Degree in a numerate subject",
        "C++; kdb+",
    ),
    (
        "Software Engineer II, Backend (Python) | Larkspur Health | Seattle, WA | hybrid | 128000-150000 USD | wd",
        "k=be l=python lv=mid at=Seattle,US x=pg,aws,django",
        "Larkspur builds virtual-care software. The Clinical Platform team owns our Django services.",
        "Bachelor's degree or equivalent; 2+ years of Python development; Django or Flask; Relational databases",
        "HIPAA",
    ),
    (
        "Junior Python Developer | Bramble Software | Manchester, UK | hybrid | 32000-38000 GBP | plain",
        "k=be l=python lv=junior at=Manchester,UK x=django,pg",
        "Bramble builds CRM software for estate agents. Django shop, small friendly team.",
        "Python basics; Some Django; Git",
        "Anything you've built yourself",
    ),
    (
        "Backend Engineer (Python, FastAPI) | Corvel Health | Remote (US) | remote | 130000-155000 USD | ashby",
        "k=be l=python lv=none e=US x=pg,aws",
        "Corvel runs prior authorisation for specialty pharmacies. FastAPI services, PostgreSQL, AWS.",
        "3+ years of Python backend; FastAPI or similar; PostgreSQL; US-based",
        "Healthcare",
    ),
    (
        "Mid-Level Python/Django Developer | Orbital Events | Dublin, Ireland | hybrid | 55000-68000 EUR | lever",
        "k=be l=python lv=mid at=Dublin,IE x=django,pg",
        "Orbital sells tickets for 2,000 venues. Our backend is a Django monolith we're carefully splitting up.",
        "2–5 years of Python; Django; PostgreSQL; Eligible to work in Ireland",
        "Celery; Redis",
    ),
    (
        "Senior Software Engineer (Python) - Data Platform | Helix Insights | New York, NY | hybrid | 180000-210000 USD | gh",
        "k=be l=python lv=senior at=NYC,US x=dataplat,spark,aws",
        "Helix sells market intelligence to pharma. You'll build the Python services of our data platform: ingestion APIs, the lineage service and the query gateway.",
        "5+ years of Python backend; Data platform work (Spark, Airflow, lakehouse); AWS",
        "Iceberg; Trino",
    ),
    (
        "Python Developer - Django - Fintech - £75k | Redgate Talent | London, UK | hybrid | 65000-75000 GBP | ag",
        "k=be l=python lv=none at=London,UK x=fintech,django,pg",
        "I'm working with a Series B fintech in Farringdon building savings accounts for families. They need a Python Django developer for their core banking squad.",
        "Python & Django commercially; PostgreSQL; Fintech exposure preferred",
        "AWS",
    ),
    (
        "Python Backend Engineer - Payments | Saffron Pay | Remote - EMEA | remote | 80000-100000 EUR | lever",
        "k=be l=python lv=none e=EMEA x=payments,fintech,pg,kafka",
        "Saffron Pay is a payment gateway for marketplaces in Europe and Africa. Python services for payment routing, payouts and reconciliation.",
        "4+ years of Python backend; Payments experience (acquiring, payouts); PostgreSQL; Kafka",
        "Mobile money (M-Pesa)",
    ),
    (
        "Python Engineer (Backend), Werkstudent (m/w/d) | Fuchsbau Software | Hamburg | hybrid | - | de",
        "k=be l=python lv=intern at=Hamburg,DE x=django",
        "Als Werkstudent unterstützt du unser Backend-Team bei der Entwicklung unserer Django-Anwendung. 20 Stunden pro Woche, 16 € pro Stunde.",
        "Eingeschriebenes Studium der Informatik; Erste Erfahrung mit Python",
        "Django",
    ),
    (
        "Senior Python Engineer | Wayfare Maps | Remote – Worldwide | remote | 100000-130000 USD | plain",
        "k=be l=python lv=senior e=ANY x=pg,gcp",
        "Wayfare makes offline hiking maps. Python backend (FastAPI), PostGIS, GCP. Work from anywhere.",
        "6+ years of Python; PostGIS or geospatial; Async Python",
        "Cartography",
    ),
    (
        "Backend Engineer, Python (L5) | Quarry AI | San Francisco, CA | hybrid | 185000-220000 USD | ashby",
        "k=be l=python lv=senior at=SF,US x=distributed,k8s,gcp",
        "Quarry AI serves LLM search for enterprises. L5 is our senior level. You'll build the Python serving layer and the distributed job scheduler behind indexing.",
        "5+ years of backend engineering; Python; Distributed systems: queues, scheduling, retries at scale; Kubernetes",
        "Rust",
    ),
    (
        "Backend Developer Python | Zest Grocers | Madrid, Spain | hybrid | 45000-55000 EUR | li",
        "k=be l=python lv=none at=Madrid,ES x=django,pg",
        "Zest delivers groceries in 15 minutes in Madrid and Barcelona. Python/Django backend.",
        "3+ years Python; Django; PostgreSQL; Spanish or English",
        "Logistics",
    ),
    (
        "Python Developer (Remote, Spain) | Cordel Studio | Remote (Spain) | remote | 40000-50000 EUR | plain",
        "k=be l=python lv=none e=ES x=django",
        "Small agency building Django sites for NGOs. Remote, you must live in Spain.",
        "Python; Django",
        "Wagtail",
    ),
    (
        "Principal Backend Engineer (Python) | Northbeam Energy | Remote (UK) | remote | 120000-140000 GBP | gh",
        "k=be l=python lv=principal e=UK x=distributed,streaming,kafka,aws",
        "Northbeam trades and balances battery storage on the UK grid. Principal engineer for our Python trading and dispatch platform, which streams 500k telemetry readings a second.",
        "10+ years of backend engineering; Python; Streaming (Kafka, Kinesis) and distributed systems; UK resident",
        "Energy markets",
    ),
    # ---------------------------------------------------------------- Java
    (
        "Senior Java Developer | Halden Bank | Amsterdam, Netherlands | hybrid | 80000-95000 EUR | wd",
        "k=be l=java lv=senior at=Amsterdam,NL x=payments,fintech,kafka",
        "Halden Bank's Payments tribe builds SEPA Instant and card processing on Java 21 and Spring Boot.",
        "Bachelor's or Master's in IT; 6+ years of Java; Spring Boot; Kafka; Payments (SEPA, cards)",
        "Kubernetes (OpenShift)",
    ),
    (
        "Java Software Engineer | Coinvault | Remote (EU) | remote | 70000-90000 EUR | plain",
        "k=be l=java lv=none e=EU x=crypto,kafka",
        "Coinvault offers crypto custody to banks. Java services for wallet management and transaction signing.",
        "Java 17+; Spring; Kafka",
        "Blockchain protocols",
    ),
    (
        "Backend Engineer (Java/Spring) | Trellis Foods | Remote (US) | remote | 125000-145000 USD | lever",
        "k=be l=java lv=none e=US x=pg,aws",
        "Trellis runs procurement for 900 restaurants. Java and Spring Boot services on AWS with PostgreSQL.",
        "3+ years of Java backend; Spring Boot; SQL; US-based",
        "Supply chain",
    ),
    (
        "Java Entwickler (m/w/d) Backend | Alpenbahn IT GmbH | München | hybrid | 65000-80000 EUR | de",
        "k=be l=java lv=none at=Munich,DE x=pg",
        "Du entwickelst Backend-Services für das Fahrgastinformationssystem: Java 17, Spring, PostgreSQL, ActiveMQ.",
        "Studium der Informatik; 3+ Jahre Java-Erfahrung; Deutsch fließend",
        "Verkehrsbranche",
    ),
    (
        "Staff Software Engineer - Java, Payments | Verdigris Payments | New York, NY | hybrid | 220000-260000 USD | gh",
        "k=be l=java lv=staff at=NYC,US x=payments,fintech,distributed,kafka",
        "Verdigris powers payouts for gig platforms. Staff engineer for the payouts ledger: Java, Kafka, CockroachDB.",
        "10+ years of backend engineering; Java; Distributed transactions; Payments",
        "Real-time payments (RTP, FedNow)",
    ),
    (
        "Software Development Engineer II (Java) | Cascadia Retail | Seattle, WA | onsite | 140000-165000 USD | wd",
        "k=be l=java lv=mid at=Seattle,US x=aws,distributed",
        "Cascadia Retail's Catalog team owns the services that serve 400M product pages a day.",
        "Bachelor's degree in CS; 3+ years of non-internship professional software development; Java; Distributed systems design",
        "AWS DynamoDB",
    ),
    (
        "Java Developer - Contract - Outside IR35 | Pembroke Search | London, UK | hybrid | ~£600 a day, outside IR35 | ag",
        "k=be l=java lv=none at=London,UK x=fintech,kafka pay=156000,156000,GBP",
        "Tier 1 investment bank requires a Java developer for a 6-month contract on their post-trade services.",
        "Java 11+; Spring; Kafka; Financial services",
        "Solace",
    ),
    (
        "Senior Backend Engineer (Java, Kotlin) | Lindqvist Mobility | Remote – Europe | remote | 75000-90000 EUR | ashby",
        "k=be l=java,kotlin lv=senior e=EUROPE x=pg,k8s",
        "Lindqvist builds fleet software for bus operators. Java and Kotlin on Spring Boot, PostgreSQL, Kubernetes.",
        "5+ years of JVM backend; Spring Boot; PostgreSQL",
        "Transit standards (GTFS)",
    ),
    (
        "Lead Java Engineer | Blackthorn Insurance | Leeds, UK | hybrid | 80000-92000 GBP | li",
        "k=be l=java lv=lead at=Leeds,UK x=aws",
        "Lead a team of 6 building our claims platform in Java on AWS.",
        "Java; Team leadership; AWS",
        "Insurance",
    ),
    (
        "Junior Java Developer | Sterling Loans | Glasgow, UK | onsite | 30000-36000 GBP | plain",
        "k=be l=java lv=junior at=Glasgow,UK x=fintech,pg",
        "Sterling Loans is hiring a junior Java developer for its lending platform.",
        "Java basics; SQL",
        "Spring",
    ),
    (
        "Principal Java Engineer - Distributed Systems | Meridian Telco | Dallas, TX | hybrid | 200000-240000 USD | wd",
        "k=be l=java lv=principal at=Dallas,US x=distributed,streaming,kafka",
        "Principal engineer for the network event platform that ingests 2B call records a day.",
        "12+ years; Java; Distributed systems; Kafka Streams",
        "Telecom",
    ),
    (
        "Software Engineer (Java) - Trading Technology | Ashgrove Markets | Chicago, IL | onsite | 170000-210000 USD | gh",
        "k=be l=java lv=none at=Chicago,US x=fintech,lowlat",
        "Ashgrove is a proprietary trading firm. Java engineers here build low-latency order routing and risk checks.",
        "Java with a focus on performance (GC tuning, off-heap); Networking",
        "C++",
    ),
    # ---------------------------------------------------------- Node / TypeScript
    (
        "Senior Backend Engineer (TypeScript/Node.js) | Plover | Remote (US) | remote | 160000-185000 USD | ashby",
        "k=be l=node,ts lv=senior e=US x=pg,aws",
        "Plover makes scheduling software for dental offices. Our backend is Node.js and TypeScript (NestJS) on AWS with PostgreSQL.",
        "5+ years of backend; TypeScript and Node.js; PostgreSQL; US-based",
        "GraphQL",
    ),
    (
        "Node.js Developer (Mid-Level) | Kitebird | Lisbon, Portugal | hybrid | 40000-50000 EUR | lever",
        "k=be l=node lv=mid at=Lisbon,PT x=pg",
        "Kitebird builds booking software for surf schools. Node.js (Express) and PostgreSQL.",
        "2–4 years of Node.js; Express; SQL",
        "TypeScript",
    ),
    (
        "Backend Engineer - Node/TS | Grainline | Remote, UK only | remote | 65000-80000 GBP | gh",
        "k=be l=node,ts lv=none e=UK x=pg,aws",
        "Grainline sells a stock management app for independent bakeries. Node.js + TypeScript services.",
        "3+ years Node/TypeScript; PostgreSQL; UK resident",
        "AWS Lambda",
    ),
    (
        "Mid-level Backend Developer (Node.js) | Copperleaf Games | Remote (EU) | remote | 50000-62000 EUR | plain",
        "k=be l=node,ts lv=mid e=EU x=pg",
        "Backend for our mobile puzzle games: player accounts, leaderboards, in-app purchase receipts. Node.js, TypeScript, PostgreSQL, Redis.",
        "2+ years of Node.js; TypeScript; EU-based",
        "Game backends",
    ),
    (
        "Senior Software Engineer, Backend (TypeScript) | Ledgerly | San Francisco, CA | hybrid | 190000-220000 USD | gh",
        "k=be l=ts,node lv=senior at=SF,US x=fintech,payments,pg",
        "Ledgerly does spend management for startups. Backend in TypeScript (Node.js), PostgreSQL; card issuing and reimbursements.",
        "5+ years backend; TypeScript; Payments or fintech",
        "Marqeta or Stripe Issuing",
    ),
    (
        "Node.js Backend Engineer | Tollgate Media | Berlin, Germany | hybrid | 60000-75000 EUR | ashby",
        "k=be l=node,ts lv=none at=Berlin,DE x=kafka,k8s",
        "Tollgate runs an ad server for German publishers. Node.js/TypeScript services on Kubernetes, Kafka.",
        "3+ years Node.js; TypeScript; Message queues",
        "Ad tech",
    ),
    (
        "Staff Engineer, Backend (Node.js) | Parcelbird | Remote (US & Canada) | remote | 200000-230000 USD | lever",
        "k=be l=node,ts lv=staff e=NA x=distributed,aws,pg",
        "Parcelbird is shipping software for e-commerce. Staff engineer for the rating and label services, Node.js/TypeScript on AWS.",
        "9+ years of software engineering; Node.js at scale; Distributed systems",
        "Carrier APIs",
    ),
    (
        "Junior Node.js Developer | Sprocket Agency | Bristol, UK | onsite | 28000-33000 GBP | plain",
        "k=be l=node lv=junior at=Bristol,UK",
        "Digital agency building APIs for clients. Node.js, Express, MongoDB.",
        "Some JavaScript/Node; Keen to learn",
        "",
    ),
    (
        "Backend Developer (Node.js, TypeScript) (m/w/d) | Hansewelle GmbH | Hamburg | hybrid | 58000-70000 EUR | de",
        "k=be l=node,ts lv=none at=Hamburg,DE x=pg,azure",
        "Du entwickelst die Backend-Services unserer Reederei-Plattform mit Node.js und TypeScript auf Azure.",
        "3 Jahre Erfahrung mit Node.js; TypeScript; PostgreSQL; Deutsch B2",
        "Azure Functions",
    ),
    (
        "Node.js Engineer – Crypto Payments | Blockstream Pay | Remote (Worldwide) | remote | 90000-130000 USD | plain",
        "k=be l=node,ts lv=none e=ANY x=crypto,payments",
        "Accept stablecoin payments at checkout. Node/TS backend, PostgreSQL, chains: Ethereum, Solana.",
        "Node.js; TypeScript; Blockchain RPC",
        "Rust",
    ),
    (
        "Software Engineer - Backend (Node.js) | Meadowlark Learning | Remote (US) | remote | 115000-135000 USD | gh",
        "k=be l=node lv=mid e=US x=pg,aws",
        "Meadowlark builds reading apps for K-5. Backend: Node.js, Express, PostgreSQL on AWS. This is a mid-level role (2–5 years).",
        "2–5 years of backend experience; Node.js; SQL; US resident",
        "TypeScript",
    ),
    (
        "Senior Node.js Engineer | Caldera Health | Austin, TX | hybrid | 155000-175000 USD | ashby",
        "k=be l=node,ts lv=senior at=Austin,US x=pg,gcp",
        "Caldera offers telehealth for rural clinics. Node.js/TypeScript services on GCP.",
        "5+ years; Node.js; TypeScript; PostgreSQL",
        "HIPAA",
    ),
    # ---------------------------------------------------------------- Rust
    (
        "Senior Rust Engineer | Ironwake | Remote (Europe) | remote | 95000-120000 EUR | ashby",
        "k=be l=rust lv=senior e=EUROPE x=distributed,streaming",
        "Ironwake builds a stream processing engine in Rust. You'll work on the query planner and the distributed runtime.",
        "5+ years systems programming; Rust; Distributed systems",
        "Apache Arrow; DataFusion",
    ),
    (
        "Rust Backend Engineer | Saltmarsh | Remote (US) | remote | 160000-190000 USD | lever",
        "k=be l=rust lv=none e=US x=pg,aws",
        "Saltmarsh makes compliance software for chemical plants. Our API is Rust (axum) with PostgreSQL.",
        "Rust in production; PostgreSQL; US-based",
        "Tokio internals",
    ),
    (
        "Senior Software Engineer - Rust, Distributed Database | Tessaract DB | San Francisco, CA | hybrid | 200000-240000 USD | gh",
        "k=be l=rust lv=senior at=SF,US x=distributed",
        "Tessaract is a distributed SQL database. Work on the storage engine and Raft replication in Rust.",
        "6+ years; Rust or C++; Consensus protocols",
        "Database internals",
    ),
    (
        "Rust Developer (Blockchain) | Parallax Chain | Remote | remote | 120000-180000 USD | plain",
        "k=be l=rust lv=senior e=ANY x=crypto,distributed",
        "Senior Rust developer for our L1 blockchain node: consensus, networking, execution.",
        "Senior-level Rust; P2P networking",
        "Zero-knowledge proofs",
    ),
    (
        "Embedded Rust Engineer | Voltaic Devices | Munich, Germany | onsite | 70000-85000 EUR | de",
        "k=emb l=rust,c lv=none at=Munich,DE",
        "Firmware for our battery management systems in Rust on ARM Cortex-M.",
        "Embedded Rust; CAN bus; Oscilloscopes",
        "Functional safety (ISO 26262)",
    ),
    (
        "Staff Rust Engineer, Edge Proxy | Fastlane CDN | Remote (US) | remote | 230000-270000 USD | gh",
        "k=be l=rust lv=staff e=US x=distributed,lowlat",
        "Our edge proxy serves 20% of the web's images. Staff engineer for its Rust core.",
        "10+ years; Rust; Networking (HTTP/2, QUIC)",
        "eBPF",
    ),
    (
        "Rust Engineer (Mid) | Lattice Robotics | Zurich, Switzerland | hybrid | 110000-130000 EUR | ashby",
        "k=be l=rust lv=mid at=Zurich,CH x=distributed",
        "Backend services for drone fleet coordination, in Rust.",
        "2+ years Rust; Networking",
        "Robotics",
    ),
    # -------------------------------------------------------------- Elixir
    (
        "Elixir Developer | Bellhop Chat | Remote (EU) | remote | 60000-75000 EUR | lever",
        "k=be l=elixir lv=none e=EU x=pg",
        "Bellhop builds guest messaging for hotels. Elixir/Phoenix backend, PostgreSQL.",
        "2+ years Elixir; Phoenix; PostgreSQL",
        "LiveView",
    ),
    (
        "Senior Backend Engineer (Elixir) | Marigold Health | Remote (US) | remote | 160000-185000 USD | gh",
        "k=be l=elixir lv=senior e=US x=pg,aws",
        "Marigold runs peer support communities for recovery. Our backend is Elixir on AWS.",
        "5+ years backend; Elixir or Erlang; PostgreSQL",
        "OTP in depth",
    ),
    (
        "Full Stack Engineer (Elixir/Phoenix LiveView) | Plumline | Remote (UK) | remote | 55000-70000 GBP | ashby",
        "k=fs l=elixir lv=none e=UK x=pg",
        "Plumline builds job management for plumbers. Phoenix LiveView front to back.",
        "Elixir; Phoenix LiveView; CSS",
        "Tailwind",
    ),
    (
        "Elixir Engineer - Fintech | Cashew | Berlin, Germany | hybrid | 70000-85000 EUR | plain",
        "k=be l=elixir lv=none at=Berlin,DE x=fintech,payments,pg",
        "Cashew offers buy-now-pay-later for German shops. Elixir services for payments and collections.",
        "Elixir in production; Payments",
        "German",
    ),
    (
        "Erlang/Elixir Engineer | Voxline Telecom | Stockholm, Sweden | hybrid | 650000-780000 SEK | li",
        "k=be l=elixir,erlang lv=none at=Stockholm,SE x=distributed",
        "Messaging backbone for operators, built on Erlang/OTP with new services in Elixir. Salary SEK per year.",
        "Erlang or Elixir; Distributed systems",
        "Telecom protocols",
    ),
    # ---------------------------------------------------------------- Ruby
    (
        "Senior Ruby on Rails Engineer | Hopscotch Travel | Remote (US) | remote | 150000-170000 USD | gh",
        "k=be l=ruby lv=senior e=US x=pg,aws",
        "Hopscotch books group travel for schools. Rails monolith, PostgreSQL, Sidekiq.",
        "5+ years Ruby on Rails; PostgreSQL; US-based",
        "",
    ),
    (
        "Ruby Developer | Goldcrest Payroll | London, UK | hybrid | 70000-85000 GBP | lever",
        "k=be l=ruby lv=none at=London,UK x=fintech,payments,pg",
        "Goldcrest runs payroll for 3,000 UK businesses. Ruby services for pay runs and BACS payments.",
        "3+ years Ruby; PostgreSQL; Payments or payroll",
        "",
    ),
    (
        "Backend Engineer (Ruby) - Crypto Tax | Satoshi Ledger | Remote (Europe) | remote | 70000-90000 EUR | plain",
        "k=be l=ruby lv=none e=EUROPE x=crypto,fintech",
        "We calculate crypto taxes for 200k users. Ruby backend, lots of exchange integrations.",
        "Ruby; APIs",
        "",
    ),
    (
        "Rails Engineer II | Sprout Commerce | Remote - Canada | remote | 110000-130000 CAD | ashby",
        "k=be l=ruby lv=mid e=CA x=pg",
        "Sprout builds storefronts for farmers' markets. Rails engineer at level II.",
        "2–4 years Rails; SQL; Canada-based",
        "",
    ),
    # ------------------------------------------------------------- C# / .NET
    (
        "Senior .NET Developer | Crestmoor Insurance | Birmingham, UK | hybrid | 65000-75000 GBP | ag",
        "k=be l=csharp lv=senior at=Birmingham,UK x=azure",
        "My client, a leading specialty insurer, seeks a Senior .NET Developer for their policy admin system. C#, .NET 8, Azure.",
        "C#; .NET Core; SQL Server",
        "Azure Service Bus",
    ),
    (
        "Softwareentwickler C# / .NET (m/w/d) | Kraichgau Software AG | Karlsruhe | hybrid | 58000-70000 EUR | de",
        "k=be l=csharp lv=none at=Karlsruhe,DE x=azure",
        "Du entwickelst Backend-Dienste für unsere ERP-Lösung in C# und .NET.",
        "Studium oder Ausbildung als Fachinformatiker; C#; SQL Server",
        "Azure",
    ),
    (
        "Backend Engineer (C#/.NET) - Payments | Everstone Pay | Remote (EU) | remote | 70000-85000 EUR | lever",
        "k=be l=csharp lv=none e=EU x=payments,fintech,azure,pg",
        "Everstone Pay builds card acquiring for hospitality. .NET 8 services on Azure, PostgreSQL.",
        "4+ years C#; Payments; EU-based",
        "",
    ),
    (
        "Software Engineer II (.NET) | Redwood Clinics | Remote (US) | remote | 115000-135000 USD | wd",
        "k=be l=csharp lv=mid e=US x=azure",
        "Redwood Clinics builds its own EHR integrations. .NET backend on Azure.",
        "Bachelor's degree; 2+ years C#; REST APIs",
        "HL7",
    ),
    (
        "Lead C# Developer | Falconer Games | Guildford, UK | onsite | 80000-95000 GBP | li",
        "k=be l=csharp lv=lead at=Guildford,UK",
        "Lead developer for the server side of our multiplayer racing game: C# services, matchmaking.",
        "C#; Multiplayer backends; Leadership",
        "",
    ),
    # ---------------------------------------------------------------- C++
    (
        "C++ Developer - Low Latency Trading | Kingfisher Capital | London, UK | onsite | 150000-200000 GBP | ag",
        "k=be l=cpp lv=none at=London,UK x=fintech,lowlat",
        "Leading quant trading firm seeks C++ developers for its ultra-low latency execution platform.",
        "Modern C++ (17/20); Low latency, lock-free programming; Linux performance",
        "FPGA",
    ),
    (
        "Senior Software Engineer, Low Latency (C++) | Arbor Markets | New York, NY | onsite | 250000-325000 USD | gh",
        "k=be l=cpp lv=senior at=NYC,US x=fintech,lowlat,distributed",
        "Arbor is a market maker in options. Build the market data and order gateway in C++.",
        "C++; Network programming; Sub-microsecond latency work",
        "Kernel bypass",
    ),
    (
        "C++ Engineer (Backend Services) | Pathway Maps | Remote (EU) | remote | 75000-90000 EUR | ashby",
        "k=be l=cpp lv=none e=EU x=distributed",
        "Routing engine for logistics in C++, served as a backend API.",
        "C++; Algorithms; Linux",
        "Graph algorithms",
    ),
    (
        "Embedded C++ Engineer | Helios Medical Devices | Galway, Ireland | onsite | 60000-75000 EUR | li",
        "k=emb l=cpp,c lv=none at=Galway,IE",
        "Firmware for infusion pumps. C/C++ on RTOS.",
        "Embedded C/C++; IEC 62304",
        "",
    ),
    (
        "Quant Developer (C++/Python) | Pike Street Partners | Chicago, IL | onsite | 200000-260000 USD | plain",
        "k=be l=cpp,python lv=none at=Chicago,US x=fintech,lowlat",
        "Build pricing libraries and low-latency strategies infrastructure with traders.",
        "C++; Python; Probability",
        "",
    ),
    # ------------------------------------------------- Kotlin / Scala / PHP / others
    (
        "Backend Engineer (Kotlin) | Nordlicht Bank | Berlin, Germany | hybrid | 70000-88000 EUR | ashby",
        "k=be l=kotlin lv=none at=Berlin,DE x=fintech,payments,pg,k8s",
        "Nordlicht is a mobile bank. Kotlin services with Spring Boot for accounts and SEPA payments.",
        "Kotlin or Java; Spring Boot; PostgreSQL",
        "Kubernetes",
    ),
    (
        "Senior Kotlin Backend Developer | Fjordline | Remote – EMEA | remote | 85000-100000 EUR | lever",
        "k=be l=kotlin lv=senior e=EMEA x=pg,gcp",
        "Fjordline builds ferry booking. Kotlin + Ktor on GCP.",
        "5+ years JVM; Kotlin; PostgreSQL",
        "",
    ),
    (
        "Scala Engineer | Pelagic Data | London, UK | hybrid | 85000-100000 GBP | gh",
        "k=be l=scala lv=none at=London,UK x=streaming,kafka,distributed",
        "Pelagic tracks ships worldwide from AIS signals. Scala backend with Akka and Kafka, 1M positions a minute.",
        "Scala; Akka or ZIO; Kafka",
        "",
    ),
    (
        "Senior Scala Developer (m/w/d) | Finkbeiner Trading GmbH | Frankfurt | hybrid | 85000-100000 EUR | de",
        "k=be l=scala lv=senior at=Frankfurt,DE x=fintech,kafka",
        "Du entwickelst unsere Handelsplattform in Scala mit Kafka.",
        "Scala; Funktionale Programmierung; Finanzbranche",
        "",
    ),
    (
        "PHP Developer (Laravel) | Cloverleaf Commerce | Manchester, UK | hybrid | 45000-55000 GBP | plain",
        "k=be l=php lv=none at=Manchester,UK x=pg",
        "Laravel backend for our B2B ordering platform.",
        "PHP 8; Laravel; MySQL",
        "Vue",
    ),
    (
        "Senior PHP Backend Engineer | Wanderlust Reisen GmbH | Remote (Germany) | remote | 65000-78000 EUR | de",
        "k=be l=php lv=senior e=DE x=pg",
        "Symfony-Backend für unsere Reiseplattform. Remote innerhalb Deutschlands.",
        "PHP; Symfony; MySQL",
        "",
    ),
    (
        "Backend Developer (PHP → Go migration) | Quayside Media | Remote (UK) | remote | 60000-72000 GBP | lever",
        "k=be l=php,go lv=none e=UK x=pg",
        "We're moving a big PHP monolith to Go services. You'll work in both.",
        "PHP; Go or the will to learn it; MySQL",
        "",
    ),
    (
        "Clojure Backend Engineer | Tinderbox Analytics | Remote (Europe) | remote | 80000-95000 EUR | plain",
        "k=be l=clojure lv=none e=EUROPE x=pg,dataplat",
        "Clojure services over Datomic and PostgreSQL.",
        "Clojure; Functional programming",
        "",
    ),
    # --------------------------------------------------- Backend, language-neutral titles
    (
        "Software Engineer, Backend | Corbel Security | Remote (US) | remote | 145000-170000 USD | gh",
        "k=be l=go,python lv=none e=US x=aws,pg",
        "Corbel sells passwordless login. Backend services in Go and Python on AWS.",
        "3+ years backend; Go or Python; AWS",
        "",
    ),
    (
        "Backend Engineer | Stillwater Payments | London, UK | hybrid | 75000-95000 GBP | ashby",
        "k=be l=java,kotlin lv=none at=London,UK x=payments,fintech,kafka,pg",
        "Stillwater is an open-banking payments provider. Backend in Kotlin and Java.",
        "JVM backend; Payments; Kafka",
        "",
    ),
    (
        "Senior Backend Engineer – Distributed Systems | Wavecrest | Remote (EMEA) | remote | 90000-110000 EUR | lever",
        "k=be l=go,java lv=senior e=EMEA x=distributed,kafka,k8s",
        "Wavecrest builds a multi-region message bus. Go and Java services.",
        "6+ years; Distributed systems; Go or Java",
        "",
    ),
    (
        "Backend Engineer (all levels) | Foxglove Bio | Cambridge, UK | hybrid | 50000-90000 GBP | gh",
        "k=be l=python lv=none at=Cambridge,UK x=pg,aws",
        "Foxglove builds lab automation software. We're hiring backend engineers at mid, senior and staff level; Python services.",
        "Python; SQL",
        "Biology",
    ),
    (
        "Software Engineer (Backend), Streaming Platform | Riverbend Video | Los Angeles, CA | hybrid | 160000-190000 USD | wd",
        "k=be l=java,go lv=none at=LA,US x=streaming,kafka,distributed,aws",
        "Riverbend streams live sports. Backend for the streaming platform: session, entitlement and event pipelines, Java and Go on Kafka.",
        "4+ years; Java or Go; Kafka; Distributed systems",
        "Video delivery",
    ),
    (
        "Senior Backend Engineer (Streaming, Kafka + Flink) | Gridmetric | Remote (Europe) | remote | 85000-105000 EUR | ashby",
        "k=be l=java lv=senior e=EUROPE x=streaming,kafka,flink",
        "Gridmetric forecasts electricity demand. You'll build Kafka and Flink jobs and the Java services around them.",
        "5+ years; Java; Kafka; Apache Flink",
        "",
    ),
    (
        "Staff Software Engineer, Payments Infrastructure | Bluefin Travel | Remote (US) | remote | 215000-250000 USD | gh",
        "k=be l=java,python lv=staff e=US x=payments,fintech,distributed",
        "Staff engineer for payments infrastructure across 40 currencies.",
        "9+ years; Payments; Distributed systems; Java or Python",
        "",
    ),
    (
        "Senior Staff Software Engineer, Backend | Arcadia Home | Remote (US) | remote | 260000-310000 USD | gh",
        "k=be l=java,go lv=sstaff e=US x=distributed,kafka,aws",
        "Arcadia Home is a home services marketplace. Senior staff engineer across the backend: scheduling, pricing and payments.",
        "12+ years; Distributed systems; Java or Go",
        "",
    ),
    (
        "Senior Staff Engineer | Ferncastle | New York, NY | hybrid | 270000-320000 USD | ashby",
        "k=be l=python,go lv=sstaff at=NYC,US x=fintech,distributed",
        "Ferncastle does wealth management for employees with stock. Senior staff engineer for backend architecture.",
        "14+ years; Backend systems; Python or Go",
        "",
    ),
    (
        "Senior Staff Software Engineer - Payments | Tundra Pay | San Francisco, CA | hybrid | 290000-340000 USD | gh",
        "k=be l=java lv=sstaff at=SF,US x=payments,fintech,distributed",
        "Senior staff engineer for our global payments platform.",
        "Payments; Distributed systems; Java",
        "",
    ),
    (
        "Senior Staff Engineer, Mobile | Pocketwise | Remote (US) | remote | 250000-290000 USD | gh",
        "k=mob l=swift,kotlin lv=sstaff e=US",
        "Technical leader for our iOS and Android apps.",
        "Mobile architecture; Swift or Kotlin",
        "",
    ),
    (
        "Senior Staff Software Engineer, Infrastructure | Hollowell Cloud | Seattle, WA | hybrid | 260000-300000 USD | wd",
        "k=plat l=go lv=sstaff at=Seattle,US x=k8s,aws,terraform",
        "Senior staff engineer for our compute platform: Kubernetes, AWS, Terraform.",
        "Infrastructure at scale; Kubernetes; Go",
        "",
    ),
    (
        "Staff Software Engineer | Ravenswood Labs | Remote (US) | remote | 210000-240000 USD | lever",
        "k=be l=python lv=staff e=US x=aws",
        "Backend staff engineer for our legal search product.",
        "Python; Search",
        "",
    ),
    (
        "Principal Software Engineer | Sunforge Solar | Denver, CO | hybrid | 200000-235000 USD | wd",
        "k=be l=java lv=principal at=Denver,US x=distributed,aws",
        "Principal engineer for our solar installation backend.",
        "Java; Architecture",
        "",
    ),
    (
        "Software Engineer II | Cascadia Retail | Seattle, WA | onsite | 135000-160000 USD | wd",
        "k=be l=java,python lv=mid at=Seattle,US x=aws",
        "Seller Tools team: backend services for listing management.",
        "Bachelor's; 2+ years professional software development",
        "",
    ),
    (
        "SDE II, Backend | Puget Logistics | Remote (US) | remote | 130000-150000 USD | lever",
        "k=be l=java lv=mid e=US x=aws,distributed",
        "Level II backend engineer for routing services.",
        "Java; AWS",
        "",
    ),
    (
        "Backend Software Engineer | Elliott Bay Games | Seattle, WA | onsite | 120000-145000 USD | plain",
        "k=be l=csharp lv=none at=Seattle,US",
        "Game services backend.",
        "C#; Networking",
        "",
    ),
    (
        "Senior Backend Engineer | Hawthorne Pay | Seattle, WA | hybrid | 170000-195000 USD | gh",
        "k=be l=go lv=senior at=Seattle,US x=payments,fintech",
        "Backend for payments.",
        "Go; Payments",
        "",
    ),
    # ---------------------------------------------------------- full-stack
    (
        "Full Stack Engineer (Python/React) | Tamarack Legal | Remote (US) | remote | 130000-155000 USD | gh",
        "k=fs l=python,ts lv=none e=US x=django,pg",
        "Tamarack builds case management for immigration lawyers. Django backend and React frontend; you'll work across both.",
        "3+ years full-stack; Python/Django; React with TypeScript",
        "",
    ),
    (
        "Senior Full-Stack Developer (Node/React) | Bluebell Studio | London, UK | hybrid | 75000-90000 GBP | lever",
        "k=fs l=node,ts lv=senior at=London,UK x=pg",
        "Product studio building apps for charities. Node.js APIs and React frontends.",
        "5+ years; Node.js; React; TypeScript",
        "",
    ),
    (
        "Fullstack Entwickler (m/w/d) TypeScript | Elbsegler GmbH | Berlin | hybrid | 60000-72000 EUR | de",
        "k=fs l=ts,node lv=none at=Berlin,DE x=pg",
        "Du entwickelst unsere Segelcharter-Plattform mit Next.js und NestJS.",
        "TypeScript; React; Node.js",
        "",
    ),
    (
        "Full Stack Engineer (Go + React), Mid-level | Beacon Fleet | Remote (US) | remote | 125000-145000 USD | ashby",
        "k=fs l=go,ts lv=mid e=US x=pg",
        "Beacon does telematics for trucking fleets. Go APIs and a React dashboard.",
        "2–4 years; Go; React",
        "",
    ),
    (
        "Full Stack Developer - Ruby on Rails | Pinewood Schools | Remote (US) | remote | 110000-130000 USD | plain",
        "k=fs l=ruby lv=none e=US x=pg",
        "Rails + Hotwire for our school admissions product.",
        "Rails; JavaScript",
        "",
    ),
    (
        "Software Engineer, Full Stack (Payments) | Quokka Pay | Remote (EU) | remote | 70000-85000 EUR | gh",
        "k=fs l=ts,node lv=none e=EU x=payments,fintech,pg",
        "Quokka Pay builds checkout for small merchants. TypeScript across Node.js and React.",
        "TypeScript; Payments",
        "",
    ),
    (
        "Full-Stack Engineer (C#/Angular) | Harrier Logistics | Remote (US) | remote | 115000-135000 USD | li",
        "k=fs l=csharp,ts lv=none e=US x=azure",
        "Warehouse management system. .NET backend, Angular frontend.",
        "C#; Angular",
        "",
    ),
    (
        "Senior Full Stack Engineer (Python, Vue) | Grist Analytics | Remote - Europe | remote | 75000-90000 EUR | lever",
        "k=fs l=python,ts lv=senior e=EUROPE x=pg",
        "FastAPI backend and Vue frontend for our analytics tool.",
        "Python; Vue",
        "",
    ),
    # ------------------------------------------------------------ frontend
    (
        "Senior Frontend Engineer (React) | Tallyhook | Remote (US) | remote | 155000-180000 USD | gh",
        "k=fe l=ts lv=senior e=US",
        "Tallyhook's web app for contractors. React, TypeScript, design systems.",
        "5+ years frontend; React; TypeScript",
        "",
    ),
    (
        "Frontend Developer (Vue.js) (m/w/d) | Rheinwerk Mobility GmbH | Köln | hybrid | 55000-65000 EUR | de",
        "k=fe l=ts lv=none at=Cologne,DE",
        "Vue.js-Frontend für unsere Buchungsplattform.",
        "Vue; TypeScript; CSS",
        "",
    ),
    (
        "Frontend Engineer, Payments | Ledgerly | San Francisco, CA | hybrid | 170000-200000 USD | gh",
        "k=fe l=ts lv=none at=SF,US x=payments,fintech",
        "Build the card management and payments UI in React.",
        "React; TypeScript",
        "",
    ),
    (
        "UI Engineer (TypeScript) | Grainline | Remote, UK only | remote | 55000-68000 GBP | lever",
        "k=fe l=ts lv=none e=UK",
        "Our React Native web and mobile UI.",
        "TypeScript; React",
        "",
    ),
    (
        "Senior Web Developer (Angular) | Halden Bank | Amsterdam, Netherlands | hybrid | 70000-85000 EUR | wd",
        "k=fe l=ts lv=senior at=Amsterdam,NL x=fintech",
        "Angular frontends for our online banking.",
        "Angular; TypeScript",
        "",
    ),
    (
        "Frontend Engineer II | Pixelmint | New York, NY | hybrid | 140000-160000 USD | ashby",
        "k=fe l=ts lv=mid at=NYC,US",
        "React marketplace UI.",
        "React",
        "",
    ),
    # ------------------------------------------------------- data engineering
    (
        "Data Engineer (Spark, Databricks) | Orchard Bank | Remote (US) | remote | 140000-165000 USD | wd",
        "k=de l=python,scala lv=none e=US x=spark,dataplat,aws,fintech",
        "Build batch and streaming pipelines on Databricks feeding risk and regulatory reporting.",
        "Spark (PySpark or Scala); SQL; Airflow",
        "Delta Lake",
    ),
    (
        "Senior Data Engineer | Glasswing Data | Remote, Europe | remote | 75000-90000 EUR | ashby",
        "k=de l=python lv=senior e=EUROPE x=spark,dataplat,gcp",
        "Own the pipelines that build our metadata graph: Spark on Dataproc, BigQuery, dbt.",
        "5+ years data engineering; Spark; SQL; Python",
        "",
    ),
    (
        "Data Platform Engineer | Kestrel Robotics | Boston, MA | hybrid | 150000-175000 USD | gh",
        "k=de l=python lv=none at=Boston,US x=dataplat,spark,aws,k8s",
        "Build the data platform for robot telemetry: ingestion, lakehouse (Iceberg on S3), Spark and Trino.",
        "Data platform experience; Spark; Python; AWS",
        "Kubernetes",
    ),
    (
        "Data Engineer (m/w/d) | Stadtwerke Digital GmbH | Leipzig | hybrid | 58000-70000 EUR | de",
        "k=de l=python lv=none at=Leipzig,DE x=spark,pg",
        "Du baust ETL-Strecken für Energiedaten mit Python, Spark und PostgreSQL.",
        "Python; SQL; Spark",
        "",
    ),
    (
        "Data Platform Engineer (m/w/d) | Baltic Energie AG | Remote (Deutschland) | remote | 75000-90000 EUR | de",
        "k=de l=python,scala lv=none e=DE x=dataplat,spark,k8s,kafka",
        "Du entwickelst unsere Datenplattform weiter: Kafka, Spark, Kubernetes, Delta Lake.",
        "Datenplattformen; Spark; Kafka",
        "",
    ),
    (
        "Senior Data Platform Engineer | Fennick | Remote (EU) | remote | 80000-95000 EUR | lever",
        "k=de l=python lv=senior e=EU x=dataplat,spark,aws,terraform",
        "Build Fennick's data platform from scratch: S3 lakehouse, Spark, Airflow, Terraform.",
        "6+ years data engineering; Data platform design; Spark; Terraform",
        "",
    ),
    (
        "Data Engineer - Streaming (Kafka/Flink) | Riverbend Video | Remote (US) | remote | 150000-175000 USD | gh",
        "k=de l=java,python lv=none e=US x=streaming,kafka,flink",
        "Real-time viewership pipelines with Kafka and Flink.",
        "Kafka; Flink; Java or Python",
        "",
    ),
    (
        "Data Engineer | Zest Grocers | Madrid, Spain | hybrid | 45000-55000 EUR | li",
        "k=de l=python lv=none at=Madrid,ES x=pg",
        "dbt, Airflow and BigQuery for our analytics stack.",
        "SQL; dbt; Python",
        "",
    ),
    (
        "Big Data Engineer (Spark/Scala) | Pembroke Search | London, UK | hybrid | 85000-100000 GBP | ag",
        "k=de l=scala lv=none at=London,UK x=spark,fintech",
        "Global bank needs a Big Data Engineer with Spark and Scala for its risk data lake.",
        "Spark; Scala; Hadoop",
        "",
    ),
    (
        "Junior Data Engineer | Bramble Software | Manchester, UK | hybrid | 30000-36000 GBP | plain",
        "k=de l=python lv=junior at=Manchester,UK x=pg",
        "SQL and Python pipelines for client reporting.",
        "SQL; Python",
        "",
    ),
    (
        "Staff Data Engineer, Data Platform | Parcelbird | Remote (US & Canada) | remote | 200000-230000 USD | lever",
        "k=de l=python,scala lv=staff e=NA x=dataplat,spark,streaming,kafka",
        "Lead our data platform: Kafka, Spark Structured Streaming, Snowflake.",
        "Spark; Kafka; Data platform leadership",
        "",
    ),
    (
        "Data Engineer (Remote) | Wayfare Maps | Remote – Worldwide | remote | 80000-100000 USD | plain",
        "k=de l=python lv=none e=ANY x=spark,gcp",
        "Process OpenStreetMap and satellite data with Spark and Beam.",
        "Spark; Python",
        "",
    ),
    (
        "Analytics Engineer | Canopy Tax | Remote (US) | remote | 130000-150000 USD | ashby",
        "k=ae l=sql lv=none e=US x=dataplat",
        "dbt models and metrics for our finance and product teams.",
        "SQL; dbt; Looker",
        "",
    ),
    (
        "Analytics Engineer (dbt) | Fjordline | Oslo, Norway | hybrid | 700000-850000 NOK | lever",
        "k=ae l=sql lv=none at=Oslo,NO x=tableau",
        "Modelling booking data in dbt, dashboards in Tableau.",
        "SQL; dbt; Tableau",
        "",
    ),
    # ---------------------------------------------------- data science / analysis / ML
    (
        "Data Scientist | Orchard Bank | Remote (US) | remote | 145000-170000 USD | wd",
        "k=ds l=python lv=none e=US x=fintech",
        "Credit risk models for small farm loans.",
        "Python; Statistics; SQL",
        "",
    ),
    (
        "Senior Data Scientist - Pricing | Parcelbird | Remote (US & Canada) | remote | 170000-200000 USD | lever",
        "k=ds l=python lv=senior e=NA",
        "Pricing and demand models for shipping rates.",
        "Python; Causal inference",
        "",
    ),
    (
        "Data Scientist (Spark) | Riverbend Video | Los Angeles, CA | hybrid | 150000-175000 USD | gh",
        "k=ds l=python lv=none at=LA,US x=spark",
        "Recommendation models on viewing data with Spark.",
        "Python; Spark; ML",
        "",
    ),
    (
        "Data Scientist (m/w/d) | Baltic Energie AG | Hamburg | hybrid | 65000-78000 EUR | de",
        "k=ds l=python lv=none at=Hamburg,DE",
        "Prognosemodelle für Windparks.",
        "Python; Statistik",
        "",
    ),
    (
        "Data Analyst (SQL, Tableau) | Kitebird | Lisbon, Portugal | hybrid | 35000-42000 EUR | lever",
        "k=da l=sql lv=none at=Lisbon,PT x=tableau",
        "Analyse bookings and build Tableau dashboards for our ops team.",
        "SQL; Tableau",
        "",
    ),
    (
        "Senior Data Analyst | Hopscotch Travel | Remote (US) | remote | 110000-130000 USD | gh",
        "k=da l=sql lv=senior e=US x=tableau",
        "Own analytics for sales and trip operations. SQL, Tableau, some Python.",
        "SQL; Tableau; Stakeholder management",
        "",
    ),
    (
        "Data Analyst | Sterling Loans | Glasgow, UK | hybrid | 35000-42000 GBP | plain",
        "k=da l=sql lv=none at=Glasgow,UK x=fintech",
        "SQL and Power BI reporting on our loan book.",
        "SQL; Power BI; Excel",
        "",
    ),
    (
        "Business Intelligence Analyst (Tableau) | Crestmoor Insurance | Birmingham, UK | hybrid | 40000-48000 GBP | li",
        "k=da l=sql lv=none at=Birmingham,UK x=tableau",
        "Tableau dashboards for underwriting. SQL Server.",
        "Tableau; SQL",
        "",
    ),
    (
        "Product Analyst | Copperleaf Games | Remote (EU) | remote | 50000-60000 EUR | plain",
        "k=da l=sql,python lv=none e=EU",
        "Player behaviour analysis in SQL and Python; Looker dashboards.",
        "SQL; Python; A/B testing",
        "",
    ),
    (
        "Junior Data Analyst (SQL / Tableau) | Sprocket Agency | Bristol, UK | onsite | 26000-30000 GBP | plain",
        "k=da l=sql lv=junior at=Bristol,UK x=tableau",
        "Client reporting in SQL and Tableau.",
        "SQL; Tableau or similar",
        "",
    ),
    (
        "Machine Learning Engineer | Quarry AI | San Francisco, CA | hybrid | 190000-230000 USD | ashby",
        "k=ml l=python lv=none at=SF,US x=k8s,gcp",
        "Train and serve ranking models for enterprise search.",
        "Python; PyTorch; Model serving",
        "",
    ),
    (
        "Senior ML Engineer (Python) | Larkspur Health | Remote (US) | remote | 170000-195000 USD | wd",
        "k=ml l=python lv=senior e=US x=aws",
        "ML models for clinical triage, from training to serving.",
        "Python; ML in production",
        "",
    ),
    (
        "ML Platform Engineer | Helix Insights | New York, NY | hybrid | 180000-210000 USD | gh",
        "k=ml l=python lv=none at=NYC,US x=k8s,dataplat",
        "Feature store and model serving platform on Kubernetes.",
        "Python; Kubernetes; MLOps",
        "",
    ),
    # ------------------------------------------------------ SRE / DevOps / platform
    (
        "Site Reliability Engineer | Wavecrest | Remote (EMEA) | remote | 80000-100000 EUR | lever",
        "k=sre l=go,python lv=none e=EMEA x=k8s,gcp,terraform",
        "Keep our multi-region message bus at 99.99%: SLOs, incident response, capacity planning.",
        "SRE or production engineering; Kubernetes; Go or Python; Terraform",
        "",
    ),
    (
        "Senior SRE | Halden Bank | Amsterdam, Netherlands | hybrid | 85000-100000 EUR | wd",
        "k=sre l=python lv=senior at=Amsterdam,NL x=k8s,aws,terraform,fintech",
        "Reliability for our payment systems. OpenShift, AWS, Terraform.",
        "5+ years SRE; Kubernetes; Terraform",
        "",
    ),
    (
        "Site Reliability Engineer (m/w/d) | Tollgate Media | Berlin | hybrid | 65000-80000 EUR | de",
        "k=sre l=go lv=none at=Berlin,DE x=k8s,gcp",
        "Du sorgst für Verfügbarkeit unseres Ad-Servers auf Kubernetes.",
        "Kubernetes; Prometheus; Go",
        "",
    ),
    (
        "SRE - Kubernetes | Fastlane CDN | Remote (US) | remote | 170000-200000 USD | gh",
        "k=sre l=go lv=none e=US x=k8s,aws",
        "Run the Kubernetes fleet behind our control plane.",
        "Kubernetes; Linux; Go",
        "",
    ),
    (
        "Site Reliability Engineer II | Tel Aviv Cyber Labs | Tel Aviv, Israel | hybrid | - | li",
        "k=sre l=python lv=mid at=TelAviv,IL x=k8s,aws",
        "SRE for our threat detection SaaS.",
        "AWS; Kubernetes; Python",
        "",
    ),
    (
        "Staff Site Reliability Engineer | Lumenpay | Remote - US or Canada | remote | 210000-240000 USD | gh",
        "k=sre l=go lv=staff e=NA x=k8s,aws,terraform,payments",
        "Lead reliability for card authorization.",
        "SRE at scale; Kubernetes; Terraform",
        "",
    ),
    (
        "Production Engineer (SRE) | Kanso Cloud | Remote, UK only | remote | 70000-85000 GBP | lever",
        "k=sre l=go lv=none e=UK x=k8s,pg",
        "On-call and automation for our managed Postgres fleet.",
        "Linux; PostgreSQL operations; Go or Python",
        "",
    ),
    (
        "SRE Engineer | Dubai Digital Exchange | Dubai, UAE | onsite | - | plain",
        "k=sre l=python lv=none at=Dubai,AE x=k8s,crypto",
        "Reliability for our exchange platform.",
        "Kubernetes; Linux",
        "",
    ),
    (
        "Site Reliability Engineer | Pathway Maps | Remote (EU) | remote | 70000-85000 EUR | ashby",
        "k=sre l=go lv=none e=EU x=k8s,terraform,aws",
        "Run the routing API across 3 regions.",
        "Kubernetes; Terraform; AWS",
        "",
    ),
    (
        "Site Reliability Engineer | Puget Logistics | Seattle, WA | hybrid | 150000-170000 USD | lever",
        "k=sre l=python lv=none at=Seattle,US x=aws,terraform",
        "SRE for routing services.",
        "AWS; Terraform",
        "",
    ),
    (
        "DevOps Engineer (AWS, Terraform) | Trellis Foods | Remote (US) | remote | 130000-150000 USD | lever",
        "k=devops lv=none e=US x=aws,terraform,k8s",
        "CI/CD, AWS infrastructure in Terraform, EKS.",
        "AWS; Terraform; CI/CD",
        "",
    ),
    (
        "DevOps Engineer (m/w/d) | Alpenbahn IT GmbH | München | hybrid | 62000-75000 EUR | de",
        "k=devops lv=none at=Munich,DE x=azure,k8s",
        "Azure DevOps, Kubernetes, Ansible.",
        "Azure; Kubernetes",
        "",
    ),
    (
        "Senior DevOps Engineer – Remote | Grist Analytics | Remote - Europe | remote | 75000-90000 EUR | lever",
        "k=devops lv=senior e=EUROPE x=aws,terraform",
        "Own AWS infrastructure and Terraform modules.",
        "AWS; Terraform; GitHub Actions",
        "",
    ),
    (
        "DevOps Engineer | Copperleaf Games | Remote (EU) | remote | 55000-65000 EUR | plain",
        "k=devops lv=none e=EU x=gcp,terraform",
        "GCP and Terraform for our game backends.",
        "GCP; Terraform",
        "",
    ),
    (
        "Cloud DevOps Engineer (AWS) | Corvel Health | Remote (US) | remote | 135000-155000 USD | ashby",
        "k=devops lv=none e=US x=aws",
        "AWS accounts, CloudFormation, CI pipelines.",
        "AWS; CloudFormation",
        "",
    ),
    (
        "DevOps Engineer | Blackthorn Insurance | Leeds, UK | hybrid | 55000-65000 GBP | li",
        "k=devops lv=none at=Leeds,UK x=aws,terraform",
        "AWS and Terraform.",
        "AWS; Terraform",
        "",
    ),
    (
        "DevOps / Platform Engineer (Terraform, AWS) | Plover | Remote (US) | remote | 150000-170000 USD | ashby",
        "k=devops lv=none e=US x=aws,terraform,k8s",
        "Infrastructure as code for our dental platform.",
        "Terraform; AWS; Kubernetes",
        "",
    ),
    (
        "Platform Engineer (Kubernetes) | Harrowgate Systems | Remote (EMEA) | remote | 80000-95000 EUR | gh",
        "k=plat l=go lv=none e=EMEA x=k8s,terraform",
        "Internal developer platform on Kubernetes: clusters, GitOps, golden paths.",
        "Kubernetes; Argo CD; Go",
        "",
    ),
    (
        "Senior Platform Engineer - K8s | Quillmate | Remote – EU | remote | 80000-95000 EUR | lever",
        "k=plat l=go lv=senior e=EU x=k8s,terraform,aws",
        "Own our EKS clusters and platform tooling.",
        "Kubernetes; Terraform; AWS",
        "",
    ),
    (
        "Platform Engineer | Stillwater Payments | London, UK | hybrid | 80000-95000 GBP | ashby",
        "k=plat lv=none at=London,UK x=k8s,aws,terraform,payments",
        "Kubernetes platform for our payments services.",
        "Kubernetes; AWS",
        "",
    ),
    (
        "Kubernetes Platform Engineer (m/w/d) | Hansewelle GmbH | Hamburg | hybrid | 65000-78000 EUR | de",
        "k=plat lv=none at=Hamburg,DE x=k8s,azure",
        "Betrieb und Weiterentwicklung unserer AKS-Plattform.",
        "Kubernetes; Azure; Helm",
        "",
    ),
    (
        "Infrastructure Engineer | Ferncastle | New York, NY | hybrid | 170000-200000 USD | ashby",
        "k=plat lv=none at=NYC,US x=aws,terraform",
        "Cloud infrastructure, networking and security on AWS.",
        "AWS; Terraform; Networking",
        "",
    ),
    (
        "Platform Engineer, Developer Experience | Tidewater Insurance | Remote (US) | remote | 140000-160000 USD | li",
        "k=plat lv=none e=US x=aws",
        "CI, build tooling and developer portals.",
        "CI/CD; Backstage",
        "",
    ),
    (
        "Staff Platform Engineer (Kubernetes) | Arcadia Home | Remote (US) | remote | 220000-250000 USD | gh",
        "k=plat l=go lv=staff e=US x=k8s,aws,terraform",
        "Lead our Kubernetes platform.",
        "Kubernetes; Go; Terraform",
        "",
    ),
    (
        "Cloud Platform Engineer | Meridian Telco | Dallas, TX | hybrid | 140000-165000 USD | wd",
        "k=plat lv=none at=Dallas,US x=k8s,azure",
        "OpenShift and Azure platform.",
        "Kubernetes/OpenShift; Azure",
        "",
    ),
    # ------------------------------------------------------------------ QA
    (
        "QA Automation Engineer | Plover | Remote (US) | remote | 110000-130000 USD | ashby",
        "k=qa l=ts lv=none e=US x=auto",
        "Build our end-to-end test suites with Playwright and API tests.",
        "Test automation; Playwright or Cypress; TypeScript",
        "",
    ),
    (
        "SDET (Java) | Cascadia Retail | Seattle, WA | onsite | 125000-145000 USD | wd",
        "k=qa l=java lv=none at=Seattle,US x=auto",
        "Software Development Engineer in Test for our catalog services.",
        "Java; Test frameworks; CI",
        "",
    ),
    (
        "Manual QA Tester | Falconer Games | Guildford, UK | onsite | 26000-30000 GBP | plain",
        "k=qa lv=none at=Guildford,UK",
        "Play-test our racing game and log bugs.",
        "Attention to detail; Gaming",
        "",
    ),
    (
        "Testautomatisierer (m/w/d) | Kraichgau Software AG | Karlsruhe | hybrid | 52000-62000 EUR | de",
        "k=qa l=csharp lv=none at=Karlsruhe,DE x=auto",
        "Automatisierte Tests für unsere ERP-Lösung mit Selenium und C#.",
        "Testautomatisierung; Selenium",
        "",
    ),
    (
        "Senior QA Engineer (Automation) | Halden Bank | Amsterdam, Netherlands | hybrid | 65000-78000 EUR | wd",
        "k=qa l=java lv=senior at=Amsterdam,NL x=auto,fintech",
        "Automation for our payment APIs with RestAssured and Cucumber.",
        "Test automation; Java; API testing",
        "",
    ),
    (
        "QA Engineer | Bellhop Chat | Remote (EU) | remote | 45000-55000 EUR | lever",
        "k=qa lv=none e=EU",
        "Manual and exploratory testing of our web and mobile apps, some Cypress.",
        "Testing; Cypress a plus",
        "",
    ),
    (
        "Test Automation Engineer (Python) | Kestrel Robotics | Boston, MA | onsite | 115000-135000 USD | gh",
        "k=qa l=python lv=none at=Boston,US x=auto",
        "Automate hardware-in-the-loop and API tests in Python.",
        "Python; pytest",
        "",
    ),
    (
        "Quality Assurance Analyst | Redwood Clinics | Remote (US) | remote | 70000-85000 USD | wd",
        "k=qa lv=none e=US",
        "Manual test cases for EHR integrations.",
        "Test cases; Healthcare",
        "",
    ),
    # ------------------------------------------------------------------ mobile
    (
        "Senior iOS Engineer | Pocketwise | Remote (US) | remote | 165000-190000 USD | gh",
        "k=ios l=swift lv=senior e=US",
        "Pocketwise is a budgeting app. SwiftUI, Combine.",
        "Swift; SwiftUI",
        "",
    ),
    (
        "iOS Developer | Kitebird | Lisbon, Portugal | hybrid | 40000-50000 EUR | lever",
        "k=ios l=swift lv=none at=Lisbon,PT",
        "Our booking app for iPhone.",
        "Swift; UIKit",
        "",
    ),
    (
        "iOS Engineer (Remote, Europe) | Lumio | Remote – EU | remote | 60000-75000 EUR | plain",
        "k=ios l=swift lv=none e=EU",
        "iPad learning app for schools.",
        "Swift",
        "",
    ),
    (
        "iOS Developer (Swift) – Remote | Marigold Health | Remote (US) | remote | 140000-160000 USD | gh",
        "k=ios l=swift lv=none e=US",
        "Our peer support iOS app.",
        "Swift; SwiftUI",
        "",
    ),
    (
        "Lead iOS Engineer | Redgate Talent | London, UK | hybrid | 90000-100000 GBP | ag",
        "k=ios l=swift lv=lead at=London,UK x=fintech",
        "Challenger bank seeks Lead iOS Engineer.",
        "Swift; Leadership",
        "",
    ),
    (
        "Android Engineer (Kotlin) | Pocketwise | Remote (US) | remote | 155000-180000 USD | gh",
        "k=android l=kotlin lv=none e=US",
        "Android app in Kotlin and Jetpack Compose.",
        "Kotlin; Compose",
        "",
    ),
    (
        "Senior Android Developer (m/w/d) | Nordlicht Bank | Berlin | hybrid | 70000-85000 EUR | de",
        "k=android l=kotlin lv=senior at=Berlin,DE x=fintech",
        "Unsere Banking-App für Android.",
        "Kotlin; Android",
        "",
    ),
    (
        "Android Developer | Copperleaf Games | Remote (EU) | remote | 50000-60000 EUR | plain",
        "k=android l=kotlin lv=none e=EU",
        "Android builds of our puzzle games.",
        "Kotlin",
        "",
    ),
    (
        "Mobile Engineer (React Native) | Beacon Fleet | Remote (US) | remote | 125000-145000 USD | ashby",
        "k=mob l=ts lv=none e=US",
        "Driver app for iOS and Android in React Native.",
        "React Native; TypeScript",
        "",
    ),
    (
        "Flutter Developer (iOS/Android) | Zest Grocers | Remote (Spain) | remote | 40000-50000 EUR | li",
        "k=mob l=dart lv=none e=ES",
        "Our shopper app in Flutter.",
        "Flutter; Dart",
        "",
    ),
    (
        "Mobile Developer (iOS & Android) | Meadowlark Learning | Remote (US) | remote | 115000-135000 USD | gh",
        "k=mob l=swift,kotlin lv=none e=US",
        "Native iOS and Android reading apps.",
        "Swift; Kotlin",
        "",
    ),
    # ------------------------------------------------------ managers, product
    (
        "Engineering Manager, Backend | Tallyhook | Remote (US) | remote | 190000-220000 USD | gh",
        "k=em lv=none e=US x=team=be,payments,fintech",
        "Lead the 7-person backend team that owns payouts and invoicing (Go services).",
        "3+ years managing backend engineers; Hands-on backend background; Go a plus",
        "",
    ),
    (
        "Engineering Manager - Platform Backend | Lindqvist Mobility | Remote – Europe | remote | 95000-115000 EUR | ashby",
        "k=em lv=none e=EUROPE x=team=be",
        "Manage two backend teams (JVM services).",
        "People management; Backend engineering background",
        "",
    ),
    (
        "Engineering Manager (Frontend) | Pixelmint | New York, NY | hybrid | 200000-230000 USD | ashby",
        "k=em lv=none at=NYC,US x=team=fe",
        "Manage the web team.",
        "Frontend background; Management",
        "",
    ),
    (
        "Teamleiter Backend-Entwicklung (m/w/d) | Alpenbahn IT GmbH | München | hybrid | 85000-100000 EUR | de",
        "k=em lv=lead at=Munich,DE x=team=be",
        "Fachliche und disziplinarische Führung des Backend-Teams (8 Java-Entwickler).",
        "Führungserfahrung; Java-Hintergrund",
        "",
    ),
    (
        "Senior Engineering Manager, Mobile | Pocketwise | Remote (US) | remote | 230000-260000 USD | gh",
        "k=em lv=senior e=US x=team=mob",
        "Lead iOS and Android teams.",
        "Mobile background; Managing managers",
        "",
    ),
    (
        "Head of Engineering | Grainline | Remote, UK only | remote | 110000-130000 GBP | lever",
        "k=em lv=none e=UK x=team=all",
        "Lead our 14-person engineering org (backend, frontend, mobile).",
        "Engineering leadership; Hiring",
        "",
    ),
    (
        "Engineering Manager, Data Platform | Helix Insights | New York, NY | hybrid | 220000-250000 USD | gh",
        "k=em lv=none at=NYC,US x=team=de,dataplat",
        "Manage the data platform team.",
        "Data engineering background; Management",
        "",
    ),
    (
        "Backend Engineering Manager | Saffron Pay | Remote - EMEA | remote | 100000-120000 EUR | lever",
        "k=em lv=none e=EMEA x=team=be,payments,fintech",
        "Manage the payments backend squads (Python).",
        "Managing backend engineers; Payments",
        "",
    ),
    (
        "Product Manager, Payments | Quokka Pay | Remote (EU) | remote | 75000-90000 EUR | gh",
        "k=pm lv=none e=EU x=payments,fintech",
        "Own checkout and payment methods.",
        "Product management; Payments",
        "",
    ),
    (
        "Senior Product Manager - Payments Platform | Bluefin Travel | Remote (US) | remote | 180000-210000 USD | gh",
        "k=pm lv=senior e=US x=payments,fintech",
        "Own payment acceptance and payouts for our marketplace.",
        "5+ years PM; Payments",
        "",
    ),
    (
        "Product Manager (Lending) | Sterling Loans | Glasgow, UK | hybrid | 60000-70000 GBP | plain",
        "k=pm lv=none at=Glasgow,UK x=fintech",
        "Own our loan application journey.",
        "Product management; Financial services",
        "",
    ),
    (
        "Technical Product Manager, Developer Platform | Harrowgate Systems | Remote (EMEA) | remote | 85000-100000 EUR | gh",
        "k=pm lv=none e=EMEA",
        "PM for our Kubernetes management product.",
        "Technical PM; Kubernetes",
        "",
    ),
    (
        "Product Manager, Payments API | Lumenpay | Remote - US or Canada | remote | 170000-195000 USD | gh",
        "k=pm lv=none e=NA x=payments,fintech",
        "Own our merchant-facing payments API.",
        "API products; Payments",
        "",
    ),
    (
        "Product Owner Zahlungsverkehr (m/w/d) | Nordlicht Bank | Berlin | hybrid | 70000-85000 EUR | de",
        "k=pm lv=none at=Berlin,DE x=payments,fintech",
        "Product Owner für SEPA-Zahlungen in unserer Banking-App.",
        "Product Ownership; Zahlungsverkehr",
        "",
    ),
    (
        "Product Manager | Hopscotch Travel | Remote (US) | remote | 140000-160000 USD | gh",
        "k=pm lv=none e=US",
        "Own the trip builder.",
        "Product management",
        "",
    ),
    # ------------------------------------------ support, solutions, sales, recruiting, other tech
    (
        "Technical Support Engineer (API) | Lumenpay | Remote - US or Canada | remote | 85000-100000 USD | gh",
        "k=sup lv=none e=NA x=payments",
        "Help merchants debug payments API integrations.",
        "REST APIs; Customer communication",
        "",
    ),
    (
        "Support Engineer - Backend | Kanso Cloud | Remote, UK only | remote | 45000-55000 GBP | lever",
        "k=sup lv=none e=UK x=pg",
        "Second-line support for managed Postgres customers.",
        "PostgreSQL; Linux",
        "",
    ),
    (
        "Customer Support Engineer | Harrowgate Systems | Remote (EMEA) | remote | 50000-60000 EUR | gh",
        "k=sup lv=none e=EMEA x=k8s",
        "Support customers running our Kubernetes product.",
        "Kubernetes; Troubleshooting",
        "",
    ),
    (
        "Solutions Engineer | Glasswing Data | Remote, Europe | remote | 80000-100000 EUR | ashby",
        "k=sa lv=none e=EUROPE x=dataplat",
        "Pre-sales demos and proofs of concept.",
        "Data tooling; Presenting",
        "",
    ),
    (
        "Solutions Architect (Payments) | Verdigris Payments | New York, NY | hybrid | 160000-190000 USD | gh",
        "k=sa lv=none at=NYC,US x=payments,fintech",
        "Design payout integrations with enterprise customers.",
        "Payments; Solution design",
        "",
    ),
    (
        "Senior Solutions Engineer - Backend APIs | Corbel Security | Remote (US) | remote | 150000-180000 USD | gh",
        "k=sa lv=senior e=US",
        "Help customers integrate our auth APIs into their backends.",
        "Backend development background; Customer-facing",
        "",
    ),
    (
        "Sales Engineer | Cobaltline | Remote (US) | remote | 130000-160000 USD | gh",
        "k=se lv=none e=US x=streaming",
        "Technical sales for our IoT observability product.",
        "Technical sales; Kafka",
        "",
    ),
    (
        "Sales Engineer (DACH) | Stratabyte | Munich, Germany | hybrid | 90000-110000 EUR | gh",
        "k=se lv=none at=Munich,DE",
        "Sell our object store to German enterprises.",
        "Storage; German",
        "",
    ),
    (
        "Technical Recruiter - Backend Engineering | Lumenpay | Remote - US or Canada | remote | 110000-130000 USD | gh",
        "k=rec lv=none e=NA x=team=be",
        "Hire senior and staff backend engineers (Go, distributed systems, payments).",
        "Technical recruiting; Engineering hiring",
        "",
    ),
    (
        "Recruiter (Tech) | Talbot & Finch Recruitment | London, UK | hybrid | 35000-45000 GBP | ag",
        "k=rec lv=none at=London,UK",
        "Recruit Go and Python developers for fintech clients. Uncapped commission.",
        "Recruitment; Resilience",
        "",
    ),
    (
        "Talent Partner, Engineering | Wayfare Maps | Remote – Worldwide | remote | 70000-90000 USD | plain",
        "k=rec lv=none e=ANY",
        "Hire backend, mobile and data engineers.",
        "Tech recruiting",
        "",
    ),
    (
        "IT-Recruiter (m/w/d) | Rheinwerk Mobility GmbH | Köln | hybrid | 48000-56000 EUR | de",
        "k=rec lv=none at=Cologne,DE",
        "Du findest Backend- und Frontend-Entwickler für unser Team.",
        "Recruiting",
        "",
    ),
    (
        "PostgreSQL DBA | Halden Bank | Amsterdam, Netherlands | hybrid | 70000-82000 EUR | wd",
        "k=dba lv=none at=Amsterdam,NL x=pg",
        "Administer 300 PostgreSQL clusters.",
        "PostgreSQL administration; Patroni",
        "",
    ),
    (
        "Database Administrator (Postgres) | Trellis Foods | Remote (US) | remote | 120000-140000 USD | lever",
        "k=dba lv=none e=US x=pg,aws",
        "Keep our RDS Postgres fast and safe.",
        "PostgreSQL; AWS RDS",
        "",
    ),
    (
        "Application Security Engineer | Corbel Security | Remote (US) | remote | 160000-185000 USD | gh",
        "k=sec lv=none e=US",
        "Secure our backend services and SDLC.",
        "AppSec; Threat modelling; Go or Python",
        "",
    ),
    (
        "Security Engineer (Cloud) | Orchard Bank | Remote (US) | remote | 165000-190000 USD | wd",
        "k=sec lv=none e=US x=aws,fintech",
        "Cloud security for our banking platform.",
        "AWS security; IAM",
        "",
    ),
    (
        "Developer Advocate (Backend) | Ironwake | Remote (Europe) | remote | 80000-95000 EUR | ashby",
        "k=other lv=none e=EUROPE x=streaming",
        "Write talks, demos and docs for our stream processing engine.",
        "Public speaking; Rust or SQL",
        "",
    ),
    (
        "Technical Writer - API Docs | Lumenpay | Remote - US or Canada | remote | 100000-120000 USD | gh",
        "k=other lv=none e=NA x=payments",
        "Write the docs for our payments API.",
        "Technical writing",
        "",
    ),
    # ------------------------------------------------------------ unrelated
    (
        "Registered Nurse - Night Shift | St. Brigid's Hospital | Seattle, WA | onsite | 95000-120000 USD | wd",
        "k=other lv=none at=Seattle,US",
        "Medical-surgical unit, 3x12 night shifts.",
        "RN licence; BLS",
        "",
    ),
    (
        "Electrical Engineer | Voltaic Devices | Munich, Germany | onsite | 65000-78000 EUR | de",
        "k=other lv=none at=Munich,DE",
        "Schaltungsentwicklung für Batteriemanagementsysteme.",
        "Elektrotechnik; Altium",
        "",
    ),
    (
        "Mechanical Engineer II | Kestrel Robotics | Boston, MA | onsite | 105000-125000 USD | wd",
        "k=other lv=mid at=Boston,US",
        "Design grippers for warehouse robots.",
        "SolidWorks; GD&T",
        "",
    ),
    (
        "Accountant | Goldcrest Payroll | London, UK | hybrid | 45000-55000 GBP | plain",
        "k=other lv=none at=London,UK x=fintech",
        "Month-end close and VAT.",
        "ACA/ACCA",
        "",
    ),
    (
        "Warehouse Associate | Brightbasket | Seattle, WA | onsite | 40000-45000 USD | wd",
        "k=other lv=none at=Seattle,US",
        "Pick and pack grocery orders.",
        "Lift 50 lb",
        "",
    ),
    (
        "Backend Cook | Ferrous Freight Café | Chicago, IL | onsite | 38000-42000 USD | plain",
        "k=other lv=none at=Chicago,US",
        "Prep and line cook for our office café.",
        "Kitchen experience",
        "",
    ),
    (
        "Payments Operations Specialist | Saffron Pay | Remote - EMEA | remote | 40000-50000 EUR | lever",
        "k=other lv=none e=EMEA x=payments",
        "Investigate failed payouts and chargebacks.",
        "Payments operations; Excel",
        "",
    ),
    (
        "Customer Success Manager | Kanso Cloud | Remote, UK only | remote | 50000-60000 GBP | lever",
        "k=other lv=none e=UK",
        "Own renewals for our mid-market accounts.",
        "Customer success; SaaS",
        "",
    ),
    (
        "Network Engineer | Meridian Telco | Dallas, TX | onsite | 110000-130000 USD | wd",
        "k=other lv=none at=Dallas,US",
        "Core network routing (BGP, MPLS).",
        "CCNP; BGP",
        "",
    ),
    (
        "Systems Administrator (Linux) | Stadtwerke Digital GmbH | Leipzig | onsite | 50000-58000 EUR | de",
        "k=other lv=none at=Leipzig,DE",
        "Betrieb unserer Linux-Server.",
        "Linux; Ansible",
        "",
    ),
    # ------------------------------------------------------ more backend, places and pay
    (
        "Senior Backend Engineer, Hybrid – London | Moorgate Health | London, UK | hybrid | 95000-115000 GBP | ashby",
        "k=be l=python,go lv=senior at=London,UK x=pg,aws",
        "Moorgate runs GP video consultations for 2M NHS patients. Python and Go services on AWS, PostgreSQL.",
        "5+ years backend; Python or Go; PostgreSQL; Hybrid, 2 days a week in our Moorgate office",
        "Healthcare interoperability (FHIR)",
    ),
    (
        "Backend Developer – £100k – Hybrid London | Carrow Associates | London, UK | hybrid | 90000-100000 GBP | ag",
        "k=be l=node,ts lv=senior at=London,UK x=fintech,pg",
        "My client, a profitable B2B fintech near Liverpool Street, is hiring a senior backend developer (Node.js, TypeScript, PostgreSQL) for their treasury product.",
        "Node.js and TypeScript; PostgreSQL; 5+ years",
        "AWS",
    ),
    (
        "Software Engineer, Backend | Thamesway Energy | London, UK | hybrid | 60000-75000 GBP | gh",
        "k=be l=python lv=none at=London,UK x=pg,aws",
        "Thamesway sells green tariffs to 400k homes. Python backend for billing and smart meter data.",
        "3+ years Python; PostgreSQL",
        "",
    ),
    (
        "Staff Backend Engineer (Go) | Beaumont Payments | London, UK | hybrid | 120000-145000 GBP | lever",
        "k=be l=go lv=staff at=London,UK x=payments,fintech,distributed,kafka,pg",
        "Beaumont is an FCA-authorised payment institution. Staff engineer for our payment orchestration layer: Go, Kafka, PostgreSQL.",
        "8+ years; Go; Payments; Distributed systems",
        "",
    ),
    (
        "Senior Backend Engineer (Remote, UK) | Wickham Legal Tech | Remote (UK) | remote | 80000-95000 GBP | gh",
        "k=be l=python lv=senior e=UK x=django,pg",
        "Contract review for UK law firms. Django and PostgreSQL. Fully remote within the UK.",
        "5+ years Python/Django; PostgreSQL; UK resident",
        "",
    ),
    (
        "Backend Engineer (Java) | Lakeland Outdoor | Kendal, UK | onsite | 45000-55000 GBP | plain",
        "k=be l=java lv=none at=Kendal,UK",
        "E-commerce backend for outdoor gear.",
        "Java; Spring",
        "",
    ),
    (
        "Backend-Entwickler (m/w/d) Go | Spreewald Logistik GmbH | Berlin | hybrid | 62000-75000 EUR | de",
        "k=be l=go lv=none at=Berlin,DE x=pg,k8s",
        "Du entwickelst Go-Services für unsere Lagerverwaltung. PostgreSQL, Kubernetes. 2 Tage Büro in Berlin-Mitte.",
        "Erfahrung mit Go oder einer anderen Backend-Sprache; PostgreSQL; Deutsch oder Englisch",
        "",
    ),
    (
        "Senior Backend Developer (m/w/d) Python | Kiezkauf GmbH | Berlin | hybrid | 70000-85000 EUR | de",
        "k=be l=python lv=senior at=Berlin,DE x=django,pg",
        "Du entwickelst unser Django-Backend für den lokalen Online-Handel weiter.",
        "5+ Jahre Python; Django; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (Remote Germany) | Wanderlust Reisen GmbH | Remote (Germany) | remote | 60000-72000 EUR | de",
        "k=be l=java lv=none e=DE x=pg",
        "Java-Backend für unsere Buchungsstrecke. Remote in Deutschland.",
        "Java; Spring; SQL",
        "",
    ),
    (
        "Software Engineer – Backend (TypeScript) | Mapleleaf Dental | Remote - Canada | remote | 110000-130000 CAD | ashby",
        "k=be l=ts,node lv=none e=CA x=pg",
        "Dental practice software. NestJS/TypeScript backend.",
        "TypeScript; Node.js; PostgreSQL; Canada-based",
        "",
    ),
    (
        "Backend Engineer, Data Platform (Go) | Sorrel Analytics | Remote (EU) | remote | 75000-90000 EUR | ashby",
        "k=be l=go lv=none e=EU x=dataplat,kafka,streaming",
        "Build the Go services of our data platform: event ingestion, schema registry, query API.",
        "Go; Kafka; Data-intensive systems",
        "",
    ),
    (
        "Stream Processing Engineer (Flink) | Cobaltline | Remote (US) | remote | 170000-200000 USD | gh",
        "k=be l=java lv=none e=US x=streaming,kafka,flink",
        "Build our Flink jobs and Kafka connectors that turn device events into alerts.",
        "Apache Flink; Kafka; Java",
        "",
    ),
    (
        "Low Latency Software Engineer (C++) | Marlowe Trading | Amsterdam, Netherlands | onsite | 120000-180000 EUR | li",
        "k=be l=cpp lv=none at=Amsterdam,NL x=fintech,lowlat",
        "Design the trading engine and exchange connectivity in C++.",
        "C++20; Low latency; Linux networking",
        "",
    ),
    (
        "Backend Engineer (Go) – not a crypto company! | Tessellate Payroll | Remote (Europe) | remote | 70000-85000 EUR | plain",
        "k=be l=go lv=none e=EUROPE x=payments,fintech,pg",
        "Payroll for European startups. Go and PostgreSQL. We pay salaries in euros, not tokens.",
        "Go; PostgreSQL",
        "",
    ),
    (
        "Senior Backend Engineer (Kotlin/Java) | Elmstead Bank | Remote (US) | remote | 170000-195000 USD | wd",
        "k=be l=kotlin,java lv=senior e=US x=fintech,payments,kafka,pg",
        "Core banking and payments services in Kotlin and Java.",
        "Kotlin or Java; Payments; Kafka",
        "",
    ),
    (
        "Java Developer (Crypto Trading Platform) | Zenith Digital Assets | London, UK | hybrid | 90000-110000 GBP | ag",
        "k=be l=java lv=none at=London,UK x=crypto,lowlat",
        "Crypto trading venue seeks Java developers for matching engine work.",
        "Java; Low latency",
        "",
    ),
    (
        "Senior Software Engineer, Distributed Systems (L5) | Obsidian Cloud | Remote (US) | remote | 190000-225000 USD | gh",
        "k=be l=go,rust lv=senior e=US x=distributed,k8s",
        "L5 engineer on our serverless runtime: scheduling, placement, failure detection across 30 regions.",
        "5+ years; Distributed systems; Go or Rust",
        "",
    ),
    (
        "Distributed Systems Engineer | Tessaract DB | Remote (Europe) | remote | 100000-130000 EUR | gh",
        "k=be l=rust,go lv=none e=EUROPE x=distributed",
        "Query execution and transactions for our distributed SQL database.",
        "Distributed systems; Rust or Go",
        "",
    ),
    (
        "Backend Engineer (Elixir) | Quayside Media | London, UK | hybrid | 70000-85000 GBP | lever",
        "k=be l=elixir lv=none at=London,UK x=pg",
        "Elixir backend for our newsroom tools.",
        "Elixir; PostgreSQL",
        "",
    ),
    (
        "Junior Backend Engineer (TypeScript) | Meadowlark Learning | Remote (US) | remote | 85000-100000 USD | gh",
        "k=be l=ts,node lv=junior e=US x=pg",
        "Entry-level backend role on our Node.js/TypeScript services.",
        "Some TypeScript; SQL basics",
        "",
    ),
    (
        "Backend Engineer Intern (Summer 2027) | Tallyhook | Remote (US) | remote | ~$45/hour | gh",
        "k=be l=go lv=intern e=US x=pg pay=93600,93600,USD",
        "12-week internship with the backend team (Go). $45/hour.",
        "Pursuing a CS degree; Some Go or Python",
        "",
    ),
    (
        "Graduate Software Engineer (Backend) | Thamesway Energy | London, UK | hybrid | 38000-38000 GBP | gh",
        "k=be l=python lv=grad at=London,UK x=pg",
        "Two-year graduate programme in our backend teams.",
        "A 2026 or 2027 degree; Some Python",
        "",
    ),
    (
        "Python Developer (Mid) – Django/DRF | Vistula Software House | Warsaw, Poland | hybrid | 200000-260000 PLN | li",
        "k=be l=python lv=mid at=Warsaw,PL x=django,pg",
        "Software house building Django backends for Scandinavian clients. PLN per year (B2B possible).",
        "3+ years Python; Django REST Framework; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (Python) – Remote Poland | Vistula Software House | Remote (Poland) | remote | 220000-280000 PLN | li",
        "k=be l=python lv=none e=PL x=django,pg",
        "Remote from anywhere in Poland.",
        "Python; Django",
        "",
    ),
    (
        "Senior Backend Engineer | Solent Freight | Remote (UK or Ireland) | remote | 75000-90000 GBP | lever",
        "k=be l=csharp lv=senior e=UK,IE x=azure,pg",
        "Shipping logistics. .NET 8 backend, Azure, PostgreSQL.",
        "C#; .NET; PostgreSQL",
        "",
    ),
    (
        "Rust Engineer (Remote) | Saltmarsh | Remote (Americas) | remote | 150000-175000 USD | lever",
        "k=be l=rust lv=senior e=AMERICAS x=pg",
        "Senior-level Rust engineer for our compliance API. Remote across the Americas.",
        "Rust; PostgreSQL; 5+ years",
        "",
    ),
    (
        "Senior Rust Developer (m/w/d) | Kiezkauf GmbH | Berlin | hybrid | 75000-90000 EUR | de",
        "k=be l=rust lv=senior at=Berlin,DE x=pg",
        "Rust-Backend für unseren Checkout.",
        "Rust; PostgreSQL",
        "",
    ),
    (
        "Elixir Developer (Mid-Level) | Tidepool Games | Remote (Worldwide) | remote | 70000-90000 USD | plain",
        "k=be l=elixir lv=mid e=ANY x=pg,distributed",
        "Realtime multiplayer backend in Elixir.",
        "Elixir; OTP",
        "",
    ),
    (
        "Node.js Developer (Mid-Level) – Remote US | Sunbelt Realty Tech | Remote (US) | remote | 100000-120000 USD | li",
        "k=be l=node lv=mid e=US x=pg,aws",
        "Node.js APIs for our real-estate listings platform.",
        "Node.js; SQL; 3+ years",
        "",
    ),
    (
        "Senior Node.js Developer | Carrow Associates | Manchester, UK | hybrid | 70000-80000 GBP | ag",
        "k=be l=node,ts lv=senior at=Manchester,UK x=pg",
        "My client, a ticketing scale-up, needs a senior Node developer.",
        "Node.js; TypeScript",
        "",
    ),
]

_SLUG = re.compile(r"[^a-z0-9]+")
_REMOTE = {
    "remote": "This role is fully remote.",
    "hybrid": "This is a hybrid role.",
    "onsite": "This role is based in our office.",
}


def _money(n: int, cur: str) -> str:
    if cur in CUR:
        return f"{CUR[cur]}{n:,}"
    return f"{n:,} {cur}"


def _pay_line(lo: int | None, hi: int | None, cur: str | None, style: str) -> str:
    if lo is None or hi is None or cur is None:
        return ""
    span = _money(lo, cur) if lo == hi else f"{_money(lo, cur)} – {_money(hi, cur)}"
    if style == "de":
        return f"Gehalt: {lo:,} – {hi:,} {cur} brutto im Jahr".replace(",", ".")
    if style == "wd":
        return f"The base pay range for this position is {span} per year. Actual pay depends on experience and location."
    if style == "ag":
        return f"Salary: {span} + benefits"
    return f"Compensation: {span} a year, plus equity and benefits."


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def _text(
    style: str, company: str, place: str, remote: str, do: str, req: str, nice: str, pay: str
) -> str:
    r, n = _items(req), _items(nice)
    where = f"Location: {place}. {_REMOTE[remote]}"
    if style == "de":
        parts = [
            f"Über uns: {do}",
            "Dein Profil:\n" + "\n".join(f"- {x}" for x in r),
            ("Wünschenswert:\n" + "\n".join(f"- {x}" for x in n)) if n else "",
            "Wir bieten: 30 Tage Urlaub, Jobrad, Weiterbildungsbudget, flexible Arbeitszeiten. "
            + pay,
            f"Standort: {place}.",
        ]
    elif style == "ag":
        parts = [
            do,
            "Key skills:\n" + "\n".join(f"• {x}" for x in r),
            ("Desirable:\n" + "\n".join(f"• {x}" for x in n)) if n else "",
            f"{pay}. {where}",
            f"Interested? Apply now or send your CV to the {company} team. We are an equal opportunities employer.",
        ]
    elif style == "wd":
        parts = [
            f"Job Description\n{do}",
            "Basic Qualifications\n" + "\n".join(f"- {x}" for x in r),
            ("Preferred Qualifications\n" + "\n".join(f"- {x}" for x in n)) if n else "",
            pay,
            f"{where} {company} is an Equal Opportunity Employer.",
        ]
    elif style == "li":
        parts = [
            f"About the job\n{do}",
            "Qualifications\n" + "\n".join(f"- {x}" for x in r),
            ("Nice to have\n" + "\n".join(f"- {x}" for x in n)) if n else "",
            f"{pay} {where}".strip(),
            "Employment type: Full-time",
        ]
    elif style == "plain":
        parts = [
            do,
            "Requirements: " + ", ".join(r) + ".",
            ("Bonus: " + ", ".join(n) + ".") if n else "",
            f"{pay} {where}".strip(),
        ]
    else:
        head = {
            "gh": ("About the role", "What you'll bring", "Nice to have"),
            "lever": ("The role", "You have", "Bonus points"),
            "ashby": ("## What you'll do", "## What we're looking for", "## Nice to haves"),
        }[style]
        parts = [
            f"{head[0]}\n{do}",
            f"{head[1]}\n" + "\n".join(f"- {x}" for x in r),
            (f"{head[2]}\n" + "\n".join(f"- {x}" for x in n)) if n else "",
            pay,
            f"{where} {company} welcomes applicants of every background.",
        ]
    return "\n\n".join(p for p in parts if p)


def _facts(spec: str, lo: int | None, hi: int | None, cur: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in spec.split():
        key, value = part.split("=", 1)
        out[key] = value.split(",") if key in {"l", "at", "e", "x", "pay"} else value
    if "pay" in out:
        a, b, c = out["pay"]
        out["pay"] = [float(a), float(b), c]
    elif lo is not None:
        out["pay"] = [float(lo), float(hi or lo), cur]
    else:
        out["pay"] = None
    return out


def _tags(spec: str) -> list[str]:
    words = {
        "go": "golang",
        "node": "node.js",
        "ts": "typescript",
        "cpp": "c++",
        "csharp": "c#",
        "pg": "postgresql",
        "k8s": "kubernetes",
    }
    out: list[str] = []
    for part in spec.split():
        key, value = part.split("=", 1)
        if key in {"l", "x"}:
            out += [
                words.get(v, v)
                for v in value.split(",")
                if v not in {"sql", "auto", "distributed", "dataplat", "lowlat"}
                and not v.startswith("team=")
            ]
    return out


def main() -> None:
    lines, facts = [], {}
    for n, (head, spec, do, req, nice) in enumerate(P, start=1):
        title, company, place, remote, pay, style = (x.strip() for x in head.split(" | "))
        lo = hi = None
        cur = None
        pay_text = ""
        if pay.startswith("~"):
            pay_text = f"Pay: {pay[1:]}."
        elif pay != "-":
            span, cur = pay.split()
            a, b = span.split("-")
            lo, hi = int(a), int(b)
            pay_text = _pay_line(lo, hi, cur, style)
        pid = f"fresh2:{n:03d}"
        slug = _SLUG.sub("-", f"{company} {title}".lower()).strip("-")
        rec: dict[str, Any] = {
            "id": pid,
            "source": "fresh2",
            "title": title,
            "company": company,
            "location": place,
            "remote": remote,
            "salary_min": lo,
            "salary_max": hi,
            "currency": cur,
            "url": f"https://example.com/fresh2/{n:03d}-{slug}",
            "description": _text(style, company, place, remote, do, req, nice, pay_text),
            "tags": _tags(spec) if n % 3 else [],
            "posted_at": f"2026-11-{1 + n % 28:02d}T{7 + n % 11:02d}:30:00Z",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        facts[pid] = {"title": title, "company": company, **_facts(spec, lo, hi, cur)}
    (HERE / "postings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
