# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the third fresh backend set (run once, by hand).

Every posting was written by hand for this set (companies, people, pay and texts are fictional),
in the shapes real boards use: Greenhouse (``gh``), Lever (``lever``), Ashby (``ashby``), Workday
(``wd``), LinkedIn (``li``), SmartRecruiters (``sr``), German career pages (``de``), UK
recruitment agencies (``ag``) and bare job-board ads (``plain``). A row is a head line ``title |
company | location | work mode | pay | style``, the facts a reader takes from the posting, what
the job is (first paragraph), the requirements and the nice-to-haves (``;``-separated); ``_text``
lays them out as the style does. Pay ``150000-180000 USD`` is a year and fills the salary fields;
``85-95 EUR/h`` (an hour) and ``550-650 GBP/d`` (a day) are written in the text only, the facts
carrying them a year (2080 hours, 220 days); ``~text`` puts the pay in the text only (the facts
then carry it a year as ``pay=``); ``-`` says nothing.

Fact keys: k kind (be backend, fs full-stack, fe frontend, de data engineer, ds data scientist,
da data analyst, ae analytics engineer, ml ML engineer, sre site reliability, devops DevOps,
plat platform/infrastructure, qa QA/SDET, ios, android, mob cross-platform mobile, em engineering
manager or head of engineering, pm product manager, sup support, sa solutions engineer/architect,
se sales engineer, rec recruiter, dba database administrator, sec security, emb embedded, other
unrelated); l main languages (node is JavaScript on Node.js, ts TypeScript); lv level (intern,
grad, junior, mid, senior, staff, principal, lead, none); m work mode (onsite, hybrid, remote); at
places worked at (cities and country codes, onsite or hybrid, or a remote role's home office); e
remote eligibility (US, CA, NA, AMERICAS, UK, EU, EUROPE, EMEA, ANY, or country codes); ct
contract when the job is a contract or freelance; x topics (payments, fintech, crypto,
distributed, micro microservices, kafka, mq other message queues, streaming, spark, k8s, aws, gcp,
azure, pg PostgreSQL, mongodb, django, ...); pay (min, max, currency) a year.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CUR = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$", "CHF": "CHF "}

# (head, facts, what the job is, requirements, nice-to-haves)
P: list[tuple[str, str, str, str, str]] = []
# ------------------------------------------------------------------ Python backend
P += [
    (
        "Senior Backend Engineer (Python) | Lindqvist Health | Berlin, Germany | hybrid | 85000-105000 EUR | gh",
        "k=be l=python lv=senior m=hybrid at=Berlin,DE x=django,pg,aws",
        "Lindqvist Health builds scheduling and billing software for 1,400 physiotherapy practices. You'll join the Appointments team and own Django services that book 2 million visits a month.",
        "5+ years of backend development with Python; Deep Django and Django REST Framework knowledge; PostgreSQL schema design; You can work from our Kreuzberg office two days a week",
        "AWS (RDS, ECS); Celery; experience in health-care data protection",
    ),
    (
        "Senior Software Engineer - Backend | Orbwell | Remote – EU | remote | 120000-140000 EUR | lever",
        "k=be l=python lv=senior m=remote e=EU x=fastapi,pg,gcp,k8s",
        "Orbwell sells energy-monitoring hardware to commercial buildings; the backend team turns 40k sensor readings a second into billing-grade data. Our services are Python (FastAPI, asyncio) on GKE.",
        "Senior-level Python: typing, asyncio, profiling; Designing APIs used by other teams; PostgreSQL and TimescaleDB; Must live in an EU member state — we hire through our EU entities only",
        "GCP; Kubernetes; time-series data",
    ),
    (
        "Backend Developer (Python/PHP) | Kasselmann Shop Systems | Berlin | hybrid | 70000-82000 EUR | de",
        "k=be l=python,php lv=senior m=hybrid at=Berlin,DE x=mysql,symfony",
        "Wir betreiben die Shop-Plattform für über 300 Fachhändler. Du entwickelst neue Python-Services und pflegst unsere gewachsene PHP-Codebasis (Symfony).",
        "Mehrjährige Erfahrung als Senior Backend-Entwickler; Sehr gute Kenntnisse in Python und PHP; MySQL; Deutsch fließend",
        "Docker; RabbitMQ",
    ),
    (
        "Senior Python Engineer | Tidewater Analytics | Remote (US) | remote | 150000-175000 USD | gh",
        "k=be l=python lv=senior m=remote e=US x=django,pg,aws,celery",
        "Tidewater Analytics helps mid-size insurers price flood risk. You'll build the Python services behind our underwriting API.",
        "6+ years writing production Python; Django or Flask; PostgreSQL; You must reside in the United States",
        "AWS; Celery; geospatial data (PostGIS)",
    ),
    (
        "Python Backend Engineer | Marlowe & Finch | London, UK | hybrid | 75000-90000 GBP | ag",
        "k=be l=python lv=mid m=hybrid at=London,UK x=fastapi,pg,aws,fintech",
        "Our client, a Series B wealth-management platform in the City, is hiring a Python Backend Engineer to build portfolio and trading APIs.",
        "3+ years commercial Python; FastAPI or Flask; PostgreSQL; Experience in financial services is a plus but not essential",
        "AWS; Terraform",
    ),
    (
        "Staff Backend Engineer, Python | Quayside | Remote (anywhere in Europe) | remote | 140000-165000 EUR | ashby",
        "k=be l=python lv=staff m=remote e=EUROPE x=django,pg,aws,distributed",
        "Quayside is the booking layer for 2,000 independent marinas. As a Staff Engineer you'll set the direction for our Django monolith and the services we're carving out of it.",
        "8+ years of backend engineering, mostly Python; Led large refactors in production systems; PostgreSQL at scale; Based anywhere in Europe (UK included)",
        "AWS; event-driven architecture",
    ),
    (
        "Software Engineer II, Backend | Pellucid Labs | Austin, TX | hybrid | 125000-145000 USD | wd",
        "k=be l=python lv=mid m=hybrid at=Austin,US x=flask,pg,aws",
        "Pellucid Labs makes lab-information software for clinical labs. The Results team builds Python services that move 300k test results a day to hospitals.",
        "Bachelor's degree in Computer Science or equivalent; 2+ years of experience in Python backend development; SQL (PostgreSQL); Experience with REST APIs",
        "Flask; HL7/FHIR; AWS",
    ),
    (
        "Python Developer | Brightmoor Recruitment | Manchester (Hybrid) | hybrid | 50000-60000 GBP | ag",
        "k=be l=python lv=mid m=hybrid at=Manchester,UK x=django,pg",
        "Brightmoor are partnering with a growing proptech in Manchester city centre who need a Python Developer to join their platform squad.",
        "Strong Python and Django; REST API development; PostgreSQL; Unit testing (pytest)",
        "Docker; AWS",
    ),
    (
        "Senior Python Developer (m/w/d) | Heidenreich Logistik GmbH | Remote (Deutschland) | remote | 78000-95000 EUR | de",
        "k=be l=python lv=senior m=remote e=DE x=fastapi,pg,azure",
        "Heidenreich Logistik plant Transporte für 4.000 Speditionen. Du baust unsere Tourenplanungs-APIs in Python (FastAPI) und betreust die Integration mit Telematik-Anbietern.",
        "5+ Jahre Python im Backend; FastAPI oder Django; PostgreSQL; Wohnsitz in Deutschland",
        "Azure; Kenntnisse in Optimierungsverfahren",
    ),
    (
        "Backend Engineer, Python (Mid-level) | Fernhill | Remote (UK) | remote | 60000-72000 GBP | lever",
        "k=be l=python lv=mid m=remote e=UK x=django,pg,gcp",
        "Fernhill is a tutoring marketplace for 40,000 UK families. You'll build matching and payments features in our Django backend.",
        "2-4 years of Python backend experience; Django; PostgreSQL; Right to work in the UK and UK-based",
        "GCP; Stripe",
    ),
    (
        "Senior Software Engineer, Python | Cinder Security | Remote - US or Canada | remote | 160000-190000 USD | gh",
        "k=be l=python lv=senior m=remote e=NA x=fastapi,pg,aws,k8s",
        "Cinder Security detects account takeover for online banks. Backend engineers build the Python services that score 90 million logins a day.",
        "5+ years of Python backend experience; High-throughput APIs; PostgreSQL and Redis; Located in the US or Canada",
        "Kubernetes; AWS; ML feature stores",
    ),
    (
        "Junior Backend Developer (Python) | Sprocketly | Leeds, UK | hybrid | 32000-38000 GBP | plain",
        "k=be l=python lv=junior m=hybrid at=Leeds,UK x=django,pg",
        "Sprocketly makes booking software for bike workshops. We're looking for a junior developer to join our small backend team and learn Django in production.",
        "Some Python experience (degree, bootcamp or personal projects); Basic SQL; Eagerness to learn",
        "Django; Git",
    ),
    (
        "Python Engineer | Ostrava Robotics | Remote (EMEA) | remote | 90000-110000 EUR | li",
        "k=be l=python lv=none m=remote e=EMEA x=fastapi,pg,aws,mq",
        "Ostrava Robotics sells fleet software for warehouse robots. The cloud team writes the Python services that plan robot missions and collect telemetry.",
        "Solid Python experience on the backend; Message queues (RabbitMQ); PostgreSQL; Living in a country in Europe, the Middle East or Africa",
        "FastAPI; AWS IoT",
    ),
    (
        "Senior Backend Engineer | Nettlefield | Berlin or Remote (Germany) | hybrid | 95000-120000 EUR | ashby",
        "k=be l=python lv=senior m=hybrid at=Berlin,DE e=DE x=django,pg,aws,fintech",
        "Nettlefield offers business accounts to freelancers in Germany. You'll work on our Python core banking integrations and the card issuing flow.",
        "5+ years of Python backend development; Django; PostgreSQL; Experience in regulated environments (BaFin, PSD2) welcome",
        "AWS; Kafka",
    ),
    (
        "Principal Engineer (Python) | Greywether Insurance | Remote (US) | remote | 210000-250000 USD | wd",
        "k=be l=python lv=principal m=remote e=US x=distributed,aws,pg,insurtech",
        "Greywether is a digital insurer for small businesses. As a Principal Engineer you'll own the architecture of our policy and claims platform: dozens of Python services, event-driven, on AWS.",
        "12+ years of software engineering; Deep Python; Distributed systems design (idempotency, sagas, consistency); Mentoring senior engineers",
        "AWS; insurance domain",
    ),
    (
        "Python Backend Developer - Contract | Redwick Talent | London / Remote UK | remote | 550-650 GBP/d | ag",
        "k=be l=python lv=senior m=remote e=UK ct=contract x=fastapi,aws,pg",
        "6-month contract (outside IR35) with a leading retail bank, building Python microservices for a new savings product.",
        "Commercial Python on the backend (FastAPI or Flask); AWS (Lambda, API Gateway); PostgreSQL; Available to start within 2 weeks",
        "Banking experience",
    ),
    (
        "Software Engineer (Backend, Python) | Lumenfold | New York, NY | onsite | 140000-170000 USD | gh",
        "k=be l=python lv=none m=onsite at=NYC,US x=django,pg,aws",
        "Lumenfold is rebuilding the back office of independent art galleries. You'll build our Django backend from our office in SoHo, five days a week.",
        "3+ years building web backends in Python; Django; PostgreSQL",
        "AWS; payments",
    ),
    (
        "Senior Django Developer | Pinecrest Digital | Remote (Worldwide) | remote | 70000-90000 USD | plain",
        "k=be l=python lv=senior m=remote e=ANY x=django,pg,aws",
        "Pinecrest is a fully distributed agency building Django products for non-profits. Work from anywhere in the world; we overlap 3 hours with UTC.",
        "5+ years of Django; Django REST Framework; PostgreSQL; Excellent written English",
        "Wagtail CMS; React",
    ),
    (
        "Backend Python Engineer | Solvae | Amsterdam, Netherlands | hybrid | 70000-85000 EUR | li",
        "k=be l=python lv=mid m=hybrid at=Amsterdam,NL x=fastapi,pg,gcp,mongodb",
        "Solvae runs ordering software for 600 restaurants across Benelux. We write Python services (FastAPI) on GCP with PostgreSQL and MongoDB.",
        "3+ years of Python backend experience; REST APIs; PostgreSQL or MongoDB; Able to work from our Amsterdam office 3 days a week",
        "GCP; Pub/Sub",
    ),
    (
        "Senior Backend Engineer (Python/Go) | Hexagon Pay | Remote — Europe (CET ±2) | remote | 110000-130000 EUR | gh",
        "k=be l=python,go lv=senior m=remote e=EUROPE x=payments,fintech,pg,kafka,k8s",
        "Hexagon Pay processes card payments for 15,000 European merchants. You'll work on authorisation and settlement services in Python and Go.",
        "5+ years of backend experience in Python or Go; Payment systems or other high-reliability domains; PostgreSQL; Kafka; Remote within CET ±2 hours",
        "Kubernetes; PCI DSS",
    ),
    (
        "Python Developer (Flask) | Arden Clinical | Cambridge, UK | onsite | 45000-55000 GBP | sr",
        "k=be l=python lv=mid m=onsite at=Cambridge,UK x=flask,pg",
        "Arden Clinical builds trial-management software for pharmaceutical companies. You'll develop Flask APIs in our validated (GxP) environment.",
        "Python and Flask; SQL; Working in regulated software (GxP, ISO 13485) is a plus",
        "Azure",
    ),
    (
        "Senior Python Engineer, Platform APIs | Kestrel Mobility | Remote US | remote | ~$72–$88/hour on a W-2 contract (12 months) | li",
        "k=be l=python lv=senior m=remote e=US ct=contract pay=149760,183040,USD x=fastapi,aws,pg",
        "12-month W-2 contract with Kestrel Mobility, a scooter-sharing operator, building Python APIs for fleet and pricing.",
        "6+ years of Python; FastAPI; AWS; PostgreSQL; US work authorisation",
        "Geospatial experience",
    ),
    (
        "Python Backend Engineer | Vireo Foods | Remote (Spain) | remote | 45000-58000 EUR | lever",
        "k=be l=python lv=mid m=remote e=ES x=django,pg,aws",
        "Vireo delivers meal kits in Spain and Portugal. Our backend (Django) handles menus, subscriptions and routing for 80,000 boxes a week.",
        "3+ years with Python and Django; PostgreSQL; Residence in Spain",
        "AWS; Celery",
    ),
    (
        "Backend Engineer (Python, AI products) | Parallax Docs | San Francisco, CA | hybrid | 170000-210000 USD | ashby",
        "k=be l=python lv=none m=hybrid at=SF,US x=fastapi,pg,gcp,llm",
        "Parallax Docs automates paperwork for commercial real estate. You'll build the Python services that run our document pipelines and LLM integrations.",
        "4+ years of Python backend; Async Python (FastAPI); PostgreSQL; Shipping quickly in a startup",
        "GCP; LLM APIs",
    ),
    (
        "Graduate Software Engineer - Python | Ellerby Trading | London | onsite | 60000-65000 GBP | gh",
        "k=be l=python lv=grad m=onsite at=London,UK x=fintech,lowlat",
        "Ellerby is a proprietary trading firm. Graduates join our Python platform team building research and trading infrastructure.",
        "A 2026 or 2027 graduate in Computer Science, Maths or Physics; Strong Python; Interest in markets",
        "C++",
    ),
    (
        "Senior Backend Engineer, Python | Rookwood | Remote (US, Canada, Mexico) | remote | 155000-180000 USD | gh",
        "k=be l=python lv=senior m=remote e=NA x=django,pg,aws,k8s",
        "Rookwood makes scheduling software for home-care agencies. The backend team runs Django and Celery on Kubernetes.",
        "5+ years of Python; Django; PostgreSQL; Living in the US, Canada or Mexico",
        "Kubernetes; healthcare",
    ),
    (
        "Python Developer | Hartwell & Rowe | Remote | remote | - | plain",
        "k=be l=python lv=none m=remote e=ANY x=django,pg",
        "Small team building custom Django software for accountancy firms. Fully remote, async, work from anywhere.",
        "Python and Django; PostgreSQL; 3+ years experience",
        "",
    ),
    (
        "Backend-Entwickler Python (m/w/d) | Stadtwerke Lüdenau | Lüdenau | onsite | 58000-68000 EUR | de",
        "k=be l=python lv=mid m=onsite at=Lüdenau,DE x=django,pg",
        "Die Stadtwerke Lüdenau digitalisieren ihre Kundenprozesse. Du entwickelst unser Kundenportal-Backend in Python/Django.",
        "Abgeschlossenes Studium der Informatik oder vergleichbare Ausbildung; Erfahrung mit Python und Django; SQL-Kenntnisse",
        "Docker",
    ),
]
# ------------------------------------------------------------------ Go backend
P += [
    (
        "Senior Golang Developer | Carrowmore | Remote (US) | remote | 160000-185000 USD | gh",
        "k=be l=go lv=senior m=remote e=US x=pg,aws,kafka,fintech",
        "Carrowmore handles payroll tax filings for 30,000 US small businesses. Our Go services calculate and file taxes in every state.",
        "5+ years of backend experience, 2+ in Go; PostgreSQL; Event streaming with Kafka; US-based",
        "AWS; tax or payroll domain",
    ),
    (
        "Go Engineer | Tesselate | Remote — Americas | remote | 130000-150000 USD | lever",
        "k=be l=go lv=none m=remote e=AMERICAS x=k8s,gcp,grpc,pg",
        "Tesselate sells a feature-flag service used by 5,000 engineering teams. Our edge and API services are written in Go.",
        "3+ years writing Go in production; gRPC; PostgreSQL; Based anywhere in North or South America",
        "Kubernetes; GCP",
    ),
    (
        "Software Engineer, Backend (Golang) | Pennycress | San Francisco, CA | hybrid | 165000-200000 USD | ashby",
        "k=be l=go lv=none m=hybrid at=SF,US x=payments,fintech,pg,kafka",
        "Pennycress is a spend-management card for construction firms. You'll build Go services for card authorisation and ledgering.",
        "4+ years of backend engineering; Go (or strong in another typed language and ready to learn it); PostgreSQL; Kafka",
        "Card issuing",
    ),
    (
        "Golang Developer | Skelton IT Recruitment | Remote (UK) | remote | 70000-85000 GBP | ag",
        "k=be l=go lv=mid m=remote e=UK x=aws,k8s,mq",
        "Skelton IT Recruitment are working with a scale-up in the energy sector looking for a Golang Developer to build microservices that balance home batteries.",
        "Commercial Go experience; Microservices on AWS; RabbitMQ or SQS; UK-based",
        "Kubernetes",
    ),
    (
        "Backend Engineer (Go) | Lattice Freight | Chicago, IL | onsite | 135000-155000 USD | wd",
        "k=be l=go lv=mid m=onsite at=Chicago,US x=pg,aws",
        "Lattice Freight matches truckers with loads. The backend team builds Go services for quoting and tracking.",
        "3+ years of backend development; Go; SQL; Bachelor's degree or equivalent experience",
        "AWS",
    ),
    (
        "Senior Go Engineer - Streaming | Weir Data | Remote, USA | remote | 170000-200000 USD | gh",
        "k=be l=go lv=senior m=remote e=US x=kafka,streaming,k8s,aws,distributed",
        "Weir Data runs a managed event-streaming service. You'll work on our Go-based Kafka-compatible broker and its control plane.",
        "Deep Go; Distributed systems (replication, consensus); Kafka internals or similar log systems; US residency",
        "Kubernetes operators",
    ),
    (
        "Go Developer (m/w/d) | Rheinblick Mobility | Köln | hybrid | 70000-85000 EUR | de",
        "k=be l=go lv=mid m=hybrid at=Köln,DE x=k8s,kafka,pg",
        "Rheinblick Mobility betreibt eine Plattform für Ladesäulen. Du entwickelst Go-Microservices für Ladevorgänge und Abrechnung.",
        "Mehrjährige Erfahrung mit Go; Kafka; PostgreSQL; Gute Deutsch- oder Englischkenntnisse",
        "Kubernetes; OCPP",
    ),
    (
        "Staff Software Engineer (Go) | Marrowgate | Remote (US) | remote | 210000-245000 USD | gh",
        "k=be l=go lv=staff m=remote e=US x=distributed,k8s,aws,payments",
        "Marrowgate is a payments network for healthcare providers. As a Staff Engineer you'll lead the design of our Go claim-payment services.",
        "10+ years of backend engineering; Go; Distributed systems and payments; US residency",
        "Healthcare EDI (X12)",
    ),
    (
        "Golang Backend Engineer | Saffron Loop | Remote (EU) | remote | 75000-90000 EUR | li",
        "k=be l=go lv=mid m=remote e=EU x=pg,gcp,mq",
        "Saffron Loop builds loyalty programs for grocery chains. Our backend is Go on GCP with Pub/Sub and NATS.",
        "3+ years of Go; PostgreSQL; Messaging (NATS, Pub/Sub); Living in the EU",
        "GCP",
    ),
    (
        "Backend Engineer II (Go) | Tinfoil Networks | Seattle, WA | hybrid | 140000-165000 USD | wd",
        "k=be l=go lv=mid m=hybrid at=Seattle,US x=aws,distributed,k8s",
        "Tinfoil Networks sells a zero-trust VPN. Backend Engineer II builds the Go control plane that configures 2 million devices.",
        "BS in Computer Science or equivalent; 2+ years of professional Go; Cloud (AWS); Networking fundamentals",
        "Kubernetes; WireGuard",
    ),
    (
        "Go Engineer, Kafka Platform | Brindle Bank | London, UK | hybrid | 90000-110000 GBP | gh",
        "k=be l=go lv=senior m=hybrid at=London,UK x=kafka,streaming,fintech,k8s,aws",
        "Brindle Bank is a UK neobank. The Event Platform team builds the Go libraries and services that every team uses to produce and consume Kafka events.",
        "Strong Go; Deep Kafka knowledge (partitions, consumer groups, exactly-once); Kubernetes; Hybrid, London office twice a week",
        "Schema Registry; Avro",
    ),
    (
        "Junior Go Developer | Plumtree Apps | Warsaw, Poland | hybrid | 120000-150000 PLN | plain",
        "k=be l=go lv=junior m=hybrid at=Warsaw,PL x=pg",
        "Plumtree builds apps for property managers. We're looking for a junior Go developer to work on our REST APIs.",
        "1+ year of programming (Go, Java or Python); SQL basics; English B2",
        "Docker",
    ),
    (
        "Senior Backend Engineer (Go/Kotlin) | Copperline | Remote (Canada) | remote | 150000-175000 CAD | lever",
        "k=be l=go,kotlin lv=senior m=remote e=CA x=pg,aws,kafka",
        "Copperline is a Canadian mortgage platform. Our backend is a mix of Go and Kotlin services talking over Kafka.",
        "5+ years of backend experience; Go or Kotlin; PostgreSQL; Kafka; Must be located in Canada",
        "AWS; mortgage or lending",
    ),
]
# ------------------------------------------------------------------ Java backend
P += [
    (
        "Senior Java Developer (m/w/d) | Isarwerk Software GmbH | München | hybrid | 75000-92000 EUR | de",
        "k=be l=java lv=senior m=hybrid at=Munich,DE x=spring,micro,kafka,pg,k8s",
        "Isarwerk entwickelt Software für Versicherungen. Du baust Microservices mit Java und Spring Boot für unser Schadenmanagement.",
        "Mindestens 5 Jahre Erfahrung in der Java-Entwicklung; Spring Boot, Microservices; Kafka; PostgreSQL",
        "Kubernetes; Versicherungsdomäne",
    ),
    (
        "Java Backend Engineer | Bramhall Bank | London | hybrid | 80000-95000 GBP | wd",
        "k=be l=java lv=senior m=hybrid at=London,UK x=spring,micro,kafka,fintech,aws",
        "Bramhall Bank's Payments Engineering group builds Java microservices processing Faster Payments and SWIFT.",
        "Strong Java 17+ and Spring Boot; Microservice architecture; Kafka; Experience in banking",
        "AWS; ISO 20022",
    ),
    (
        "Software Engineer, Java | Quintara | Remote (US) | remote | 135000-160000 USD | gh",
        "k=be l=java lv=none m=remote e=US x=spring,pg,aws",
        "Quintara makes compliance software for community banks. You'll build Java services for loan reporting.",
        "3+ years of Java; Spring; SQL (PostgreSQL or Oracle); US-based",
        "AWS",
    ),
    (
        "Sr. Java Developer - Microservices/Kafka | TekPath Solutions | Charlotte, NC (Hybrid) | hybrid | ~$70–$80/hr on C2C or W2 | li",
        "k=be l=java lv=senior m=hybrid at=Charlotte,US ct=contract pay=145600,166400,USD x=spring,micro,kafka,fintech",
        "TekPath Solutions is hiring a Sr. Java Developer for a 12+ month contract with a top-5 US bank in Charlotte.",
        "10+ years of Java; Spring Boot microservices; Kafka; Hybrid 3 days a week in Charlotte",
        "OpenShift",
    ),
    (
        "Java Entwickler Backend (m/w/d) | Allgäu Reisen Digital | München oder Remote (DE) | hybrid | 62000-74000 EUR | de",
        "k=be l=java lv=mid m=hybrid at=Munich,DE e=DE x=spring,pg",
        "Wir entwickeln das Buchungssystem für 200 Reisebüros. Du arbeitest an unseren Java/Spring-Anwendungen.",
        "3+ Jahre Java; Spring; SQL; Deutsch C1",
        "Angular",
    ),
    (
        "Staff Engineer, Payments | Halloway | Remote (US) | remote | 220000-260000 USD | gh",
        "k=be l=java,kotlin lv=staff m=remote e=US x=payments,fintech,distributed,aws,kafka",
        "Halloway is a buy-now-pay-later provider. The Payments group moves $4B a year; as Staff Engineer you'll set technical direction across ledger, disbursements and card processing.",
        "10+ years of backend engineering in Java or Kotlin; Payments systems (ledgers, reconciliation, card networks); Leading cross-team designs; US residency",
        "AWS; Kafka",
    ),
    (
        "Backend Engineer (Java, Kafka) | Nordlys Energi | Oslo, Norway | hybrid | 900000-1100000 NOK | lever",
        "k=be l=java lv=mid m=hybrid at=Oslo,NO x=spring,kafka,micro,gcp",
        "Nordlys Energi trades power for 300,000 households. Our backend is Java microservices communicating over Kafka.",
        "3+ years of Java; Kafka; Microservices; Work from our Oslo office",
        "GCP",
    ),
    (
        "Java Developer | Ashdown Partners | Remote (UK) | remote | 65000-75000 GBP | ag",
        "k=be l=java lv=mid m=remote e=UK x=spring,pg,aws",
        "Ashdown Partners are recruiting a Java Developer for an insurtech client building policy-admin APIs.",
        "Java 11+; Spring Boot; SQL; UK-based",
        "AWS",
    ),
    (
        "Principal Software Engineer, Distributed Systems | Cantrell Data | Seattle, WA or Remote (US) | remote | 240000-290000 USD | wd",
        "k=be l=java lv=principal m=remote at=Seattle,US e=US x=distributed,streaming,aws,k8s",
        "Cantrell Data builds a distributed SQL database. As Principal Engineer you'll own the replication and transaction layers.",
        "15+ years of software engineering; Deep distributed systems: consensus (Raft/Paxos), replication, transactions; Java or C++",
        "Published work on databases",
    ),
    (
        "Senior Software Engineer - Java Microservices | Kindred Freight | Remote (Canada) | remote | 140000-165000 CAD | li",
        "k=be l=java lv=senior m=remote e=CA x=spring,micro,kafka,aws",
        "Kindred Freight is modernising a 20-year-old logistics platform into Java microservices.",
        "6+ years of Java; Spring Boot microservices; Kafka; Canadian residency",
        "AWS",
    ),
    (
        "Backend Engineer (Java/Spring) - Contract | Lomond Digital | Edinburgh / Remote | remote | 500-575 GBP/d | ag",
        "k=be l=java lv=senior m=remote e=UK ct=contract x=spring,micro,azure",
        "Lomond Digital need an experienced Java/Spring contractor for 6 months on a public-sector benefits platform.",
        "Java and Spring Boot microservices; Azure; SC clearance or eligibility",
        "",
    ),
    (
        "Software Development Engineer II | Ravelin Cloud | Seattle, WA | onsite | 150000-180000 USD | wd",
        "k=be l=java lv=mid m=onsite at=Seattle,US x=aws,distributed,dynamodb",
        "Ravelin Cloud builds storage services. As an SDE II you'll design and build Java services in our object-storage control plane.",
        "3+ years of non-internship professional software development experience; Java; Distributed systems fundamentals",
        "AWS; DynamoDB",
    ),
    (
        "Java Software Engineer, Trading Systems | Pemberton Markets | London | onsite | 95000-130000 GBP | gh",
        "k=be l=java lv=senior m=onsite at=London,UK x=lowlat,fintech",
        "Pemberton Markets is an electronic market maker. You'll build low-latency Java trading components.",
        "Core Java with a focus on performance (GC, off-heap); Concurrency; Finance not required",
        "Aeron; Chronicle",
    ),
    (
        "Junior Java Developer | Westbury Council Tech | Reading, UK | hybrid | 30000-36000 GBP | sr",
        "k=be l=java lv=junior m=hybrid at=Reading,UK x=spring",
        "Westbury Council Tech builds services for local government. Junior developers join a Java/Spring team with mentoring.",
        "Some Java (degree, apprenticeship or projects); Willingness to learn Spring; SQL basics",
        "",
    ),
    (
        "Lead Java Engineer | Saltmarsh Payments | Dublin, Ireland | hybrid | 110000-130000 EUR | lever",
        "k=be l=java lv=lead m=hybrid at=Dublin,IE x=payments,fintech,spring,kafka,micro",
        "Saltmarsh Payments acquires card payments for e-commerce merchants. The Lead Java Engineer leads a team of six on our authorisation gateway.",
        "8+ years of Java; Leading a team; Payments (ISO 8583, 3DS); Kafka",
        "AWS",
    ),
    (
        "Senior Backend Developer Java (m/w/d) | Frankenthal Versicherung | Nürnberg | hybrid | 70000-85000 EUR | de",
        "k=be l=java lv=senior m=hybrid at=Nürnberg,DE x=spring,micro,kafka,pg",
        "Für unsere Kfz-Versicherung entwickelst du Java-Microservices mit Spring Boot und Kafka.",
        "5+ Jahre Java; Spring Boot; Kafka; Deutsch fließend",
        "OpenShift",
    ),
    (
        "Java Developer (Microservices) | Pallas Systems | Remote (EU) | remote | 60000-75000 EUR | li",
        "k=be l=java lv=mid m=remote e=EU x=spring,micro,mongodb",
        "Pallas Systems builds a hotel channel manager. We're moving from a monolith to Java microservices on MongoDB.",
        "3+ years of Java; Spring Boot microservices; MongoDB; Living in the EU",
        "Docker",
    ),
    (
        "Software Engineer III - Backend (Java) | Crestline Retail | Bentonville, AR | hybrid | 120000-150000 USD | wd",
        "k=be l=java lv=senior m=hybrid at=Bentonville,US x=spring,micro,kafka,azure",
        "Crestline Retail's store-fulfilment team builds Java microservices that route online orders to 4,000 stores.",
        "4+ years of backend Java; Spring Boot microservices; Kafka; Azure",
        "Cassandra",
    ),
    (
        "Java Engineer | Kelby Health | Remote | remote | 110000-130000 USD | plain",
        "k=be l=java lv=mid m=remote e=US x=spring,pg,aws",
        "Kelby Health builds care-coordination software. Remote within the United States.",
        "Java; Spring Boot; PostgreSQL; 3+ years",
        "",
    ),
]
# ------------------------------------------------------------------ C# / .NET backend
P += [
    (
        "Senior .NET Backend Developer | Harrowgate Systems | Birmingham (Hybrid) | hybrid | 65000-78000 GBP | ag",
        "k=be l=csharp lv=senior m=hybrid at=Birmingham,UK x=azure,sqlserver,micro",
        "Our client, an established fleet-management software house, needs a Senior .NET Developer to build C# APIs on Azure.",
        "C# and .NET 6+; ASP.NET Core Web API; Azure (Functions, Service Bus); SQL Server; Hybrid, 2 days a week in Birmingham",
        "Microservices",
    ),
    (
        "Software Engineer - C#/.NET | Verity Claims | Remote (US) | remote | 120000-145000 USD | gh",
        "k=be l=csharp lv=none m=remote e=US x=azure,sqlserver",
        "Verity Claims automates workers' comp claims. Our backend is C# and .NET on Azure.",
        "3+ years of C# backend development; .NET Core; SQL Server; US-based",
        "Azure",
    ),
    (
        "C# .NET Entwickler (m/w/d) Backend | Bodensee Medizintechnik | Konstanz | hybrid | 60000-72000 EUR | de",
        "k=be l=csharp lv=mid m=hybrid at=Konstanz,DE x=azure,sqlserver",
        "Wir entwickeln Software für Kliniklabore. Du entwickelst Backend-Services in C#/.NET und betreibst sie in Azure.",
        "Mehrjährige Erfahrung mit C# und .NET; ASP.NET Core; SQL Server; Azure",
        "Medizinprodukte (MDR)",
    ),
    (
        "Backend Developer (.NET) | Fairhaven Group | Leeds, UK | onsite | 50000-60000 GBP | sr",
        "k=be l=csharp lv=mid m=onsite at=Leeds,UK x=sqlserver,aws",
        "Fairhaven Group runs price-comparison sites. Our backend is .NET Core on AWS.",
        ".NET Core and C#; SQL Server; REST APIs; Office-based in Leeds",
        "AWS",
    ),
    (
        "Senior Software Engineer (.NET, Azure) | Northbay Energy | Toronto, ON (Hybrid) | hybrid | 120000-140000 CAD | li",
        "k=be l=csharp lv=senior m=hybrid at=Toronto,CA x=azure,micro,sqlserver,mq",
        "Northbay Energy is a retail electricity provider. You'll build C# microservices on Azure for billing and meter data.",
        "6+ years of C#; .NET; Azure (AKS, Service Bus, Cosmos DB); Hybrid in Toronto 3 days a week",
        "RabbitMQ",
    ),
    (
        "Lead .NET Engineer | Wexcombe Insurance | London | hybrid | 90000-105000 GBP | gh",
        "k=be l=csharp lv=lead m=hybrid at=London,UK x=azure,insurtech,micro,kafka",
        "Wexcombe is a specialist insurer. You'll lead a squad of five engineers building C# services for our broker platform.",
        "Commercial C#/.NET; Leading engineers; Azure; Event-driven microservices (Kafka)",
        "Lloyd's market",
    ),
    (
        "C# Developer | Pexley Games Tech | Remote (EU) | remote | 55000-70000 EUR | plain",
        "k=be l=csharp lv=mid m=remote e=EU x=azure,mongodb",
        "We build back-end services for mobile games: leaderboards, matchmaking, purchases. C# and .NET on Azure with MongoDB.",
        "C# and .NET; MongoDB; 2+ years",
        "Unity",
    ),
    (
        ".NET Backend Engineer - Azure (Hybrid, Amsterdam) | Dijkstra Logistics | Amsterdam | hybrid | 65000-80000 EUR | li",
        "k=be l=csharp lv=none m=hybrid at=Amsterdam,NL x=azure,sqlserver,micro",
        "Dijkstra Logistics plans container transport through the port of Rotterdam. Our backend is C#/.NET on Azure.",
        "C#, .NET 8; Azure Functions and Service Bus; SQL Server; Hybrid: 2 days a week in Amsterdam",
        "",
    ),
    (
        "Software Engineer II (C#) | Tallis Medical | Minneapolis, MN | hybrid | 105000-125000 USD | wd",
        "k=be l=csharp lv=mid m=hybrid at=Minneapolis,US x=azure,sqlserver",
        "Tallis Medical builds infusion-pump software. Software Engineer II builds C# services for device fleet management.",
        "2+ years of C#; .NET; SQL; Bachelor's in CS or related",
        "Azure; FDA-regulated software",
    ),
    (
        ".NET Contractor | Hollins Technical | Remote (UK), outside IR35 | remote | 450-525 GBP/d | ag",
        "k=be l=csharp lv=senior m=remote e=UK ct=contract x=azure,sqlserver",
        "3-month initial contract building .NET APIs for a housing association's tenant portal.",
        "C#, ASP.NET Core; Azure; SQL Server",
        "",
    ),
    (
        "Principal .NET Architect | Castellan Software | Remote (US) | remote | 190000-220000 USD | gh",
        "k=be l=csharp lv=principal m=remote e=US x=azure,distributed,micro",
        "Castellan makes ERP software for mid-size manufacturers. The Principal Architect sets the architecture of our move from a .NET monolith to distributed services on Azure.",
        "15+ years building .NET systems; Distributed systems architecture; Azure; US residency",
        "",
    ),
    (
        "Senior C# Backend Developer | Granite Bay Studios | Dublin, Ireland | hybrid | 80000-95000 EUR | lever",
        "k=be l=csharp lv=senior m=hybrid at=Dublin,IE x=aws,pg",
        "Granite Bay Studios runs online multiplayer games. You'll write C# game-server backends on AWS.",
        "5+ years of C#; PostgreSQL; High-concurrency services",
        "AWS GameLift",
    ),
]
# ------------------------------------------------------------------ Node.js / TypeScript backend
P += [
    (
        "Node.js Backend Developer | Cobbold & Reed | London (Hybrid) | hybrid | 70000-85000 GBP | ag",
        "k=be l=node,ts lv=mid m=hybrid at=London,UK x=aws,pg,micro",
        "Cobbold & Reed are hiring for a London media-tech company. You'll build Node.js microservices behind their streaming apps.",
        "Node.js and TypeScript; AWS (Lambda, DynamoDB); PostgreSQL; 2 days a week in the Shoreditch office",
        "GraphQL",
    ),
    (
        "Senior Backend Engineer (Node.js/TypeScript) | Hollowtree | Remote (Worldwide) | remote | 120000-150000 USD | ashby",
        "k=be l=node,ts lv=senior m=remote e=ANY x=pg,aws,graphql",
        "Hollowtree is an all-remote company making collaborative whiteboards. You'll own our Node.js/TypeScript API and real-time sync services.",
        "5+ years of Node.js in production; TypeScript; PostgreSQL; Anywhere in the world with 4 hours overlap with UTC",
        "CRDTs; WebSockets",
    ),
    (
        "Backend Engineer - Node | Mintleaf | London, UK | onsite | 60000-75000 GBP | lever",
        "k=be l=node lv=mid m=onsite at=London,UK x=mongodb,aws",
        "Mintleaf is a food-delivery startup in East London. You'll build the Node.js backend for ordering and courier dispatch.",
        "3+ years of JavaScript/Node.js on the backend; MongoDB; Express",
        "AWS",
    ),
    (
        "Senior Software Engineer, Node.js | Arclight Health | Remote (US) | remote | 150000-180000 USD | gh",
        "k=be l=node,ts lv=senior m=remote e=US x=pg,aws,micro",
        "Arclight Health is a virtual-care clinic. The Platform team builds Node.js/TypeScript services for scheduling and clinical notes.",
        "6+ years of backend software engineering; Node.js and TypeScript; PostgreSQL; US residency",
        "HIPAA; AWS",
    ),
    (
        "Node.js Developer (m/w/d) | Elbkind Digital | Hamburg | hybrid | 60000-72000 EUR | de",
        "k=be l=node,ts lv=mid m=hybrid at=Hamburg,DE x=mongodb,aws",
        "Elbkind baut digitale Produkte für Verlage. Du entwickelst Backend-Services in Node.js und TypeScript.",
        "3+ Jahre Node.js; TypeScript; MongoDB; Deutsch oder Englisch",
        "NestJS",
    ),
    (
        "Backend Developer (JavaScript / Node) | Sunmere | Remote (EMEA) | remote | 55000-70000 EUR | li",
        "k=be l=node lv=mid m=remote e=EMEA x=mongodb,gcp",
        "Sunmere makes scheduling software for yoga studios. Our backend is Node.js with MongoDB on GCP.",
        "JavaScript (Node.js, Express); MongoDB; Remote across EMEA",
        "TypeScript",
    ),
    (
        "Senior Node Engineer (TypeScript) | Quiller | Remote (US or Canada) | remote | 145000-170000 USD | lever",
        "k=be l=node,ts lv=senior m=remote e=NA x=pg,aws,kafka",
        "Quiller builds e-signature workflows for HR teams. You'll build our Node/TypeScript services and event pipeline.",
        "5+ years of Node.js; TypeScript; PostgreSQL; Kafka; US or Canada",
        "AWS",
    ),
    (
        "Software Engineer (Backend, Node) | Harbinger Travel | London or Remote (UK) | hybrid | 80000-95000 GBP | gh",
        "k=be l=node,ts lv=senior m=hybrid at=London,UK e=UK x=pg,aws,micro",
        "Harbinger Travel sells tailor-made holidays. You'll build Node.js/TypeScript services for search and booking.",
        "4+ years of backend experience with Node.js; TypeScript; PostgreSQL; London office or remote within the UK",
        "AWS; Elasticsearch",
    ),
    (
        "Junior Node.js Developer | Pebblestone | Bristol, UK | hybrid | 30000-35000 GBP | plain",
        "k=be l=node lv=junior m=hybrid at=Bristol,UK x=mongodb",
        "Pebblestone builds booking apps for tradespeople. Join us as a junior Node developer.",
        "JavaScript; Some Node.js; Eagerness to learn",
        "MongoDB",
    ),
    (
        "Staff Backend Engineer (TypeScript) | Fenwick Pay | Remote (EU/UK) | remote | 130000-155000 EUR | ashby",
        "k=be l=node,ts lv=staff m=remote e=EUROPE x=payments,fintech,pg,aws,distributed",
        "Fenwick Pay is an open-banking payments provider. As Staff Engineer you'll lead our Node/TypeScript payment-initiation services.",
        "8+ years of backend engineering; TypeScript on Node.js; Payments (open banking, SEPA); Remote from the EU or UK",
        "AWS",
    ),
    (
        "Backend Engineer (Node.js, MongoDB) | Tangerine Lab | Lisbon, Portugal | hybrid | 45000-60000 EUR | lever",
        "k=be l=node,ts lv=mid m=hybrid at=Lisbon,PT x=mongodb,aws",
        "Tangerine Lab builds a marketplace for used camera gear. Backend: Node.js, TypeScript, MongoDB.",
        "3+ years of Node.js; MongoDB (aggregation pipelines, indexes); TypeScript",
        "AWS",
    ),
    (
        "Node.js Engineer - Contract | Farrant IT | London / Hybrid | hybrid | 500-600 GBP/d | ag",
        "k=be l=node,ts lv=senior m=hybrid at=London,UK ct=contract x=aws,micro",
        "6-month contract (inside IR35) for a London broadcaster's content APIs.",
        "Node.js; TypeScript; AWS serverless; Hybrid, 2 days in London",
        "",
    ),
    (
        "Senior Backend Developer (NestJS) | Koruna Labs | Remote (Poland) | remote | - | plain",
        "k=be l=node,ts lv=senior m=remote e=PL x=pg,aws pay=240000,312000,PLN",
        "Koruna Labs builds an accounting app for Polish SMEs. Backend in NestJS with PostgreSQL. Salary 20,000 – 26,000 PLN per month (B2B).",
        "5+ years of Node.js; NestJS; PostgreSQL; Living in Poland",
        "",
    ),
    (
        "Senior Software Engineer, Backend (Node.js) | Larkspur | New York, NY | hybrid | 170000-200000 USD | gh",
        "k=be l=node,ts lv=senior m=hybrid at=NYC,US x=pg,aws,fintech",
        "Larkspur is a rent-reporting fintech. You'll build Node.js services connecting to credit bureaus.",
        "5+ years of backend engineering; Node.js/TypeScript; PostgreSQL; Hybrid in our Flatiron office 3 days a week",
        "AWS",
    ),
    (
        "Backend Developer (Node.js) - Serverless | Tollymore | Belfast, UK | hybrid | 45000-55000 GBP | sr",
        "k=be l=node lv=mid m=hybrid at=Belfast,UK x=aws,dynamodb",
        "Tollymore builds booking software for golf courses. Our backend is serverless Node.js on AWS Lambda with DynamoDB.",
        "Node.js; AWS Lambda; DynamoDB",
        "",
    ),
]
# ------------------------------------------------------------------ Kotlin, Ruby, Rust, Scala, PHP, Elixir, C++ backend
P += [
    (
        "Backend Engineer (Kotlin) | Strandvik | Stockholm, Sweden | hybrid | 650000-780000 SEK | lever",
        "k=be l=kotlin lv=mid m=hybrid at=Stockholm,SE x=spring,pg,gcp,kafka",
        "Strandvik is a pension app used by 1 million Swedes. Our backend is Kotlin with Spring Boot on GCP.",
        "3+ years of JVM backend development, Kotlin preferred; PostgreSQL; Kafka",
        "GCP",
    ),
    (
        "Senior Kotlin Developer | Brackenbury | Remote (UK) | remote | 85000-100000 GBP | gh",
        "k=be l=kotlin lv=senior m=remote e=UK x=fintech,pg,aws,micro",
        "Brackenbury is a business-lending platform. We write Kotlin microservices (Ktor, http4k) on AWS.",
        "5+ years on the JVM, 2+ with Kotlin; Microservices; PostgreSQL; UK-based",
        "Functional programming",
    ),
    (
        "Kotlin Backend-Entwickler (m/w/d) | Mainfeld Digital | Frankfurt am Main | hybrid | 72000-88000 EUR | de",
        "k=be l=kotlin,java lv=senior m=hybrid at=Frankfurt,DE x=spring,micro,kafka,fintech",
        "Mainfeld Digital baut die Kreditplattform einer Direktbank. Du entwickelst Services mit Kotlin und Spring Boot.",
        "Mehrjährige Erfahrung mit Kotlin oder Java; Spring Boot; Kafka; Microservices",
        "Bankenumfeld",
    ),
    (
        "Software Engineer, Backend (Kotlin/Java) | Driftwood Rides | Remote (Americas) | remote | 140000-165000 USD | ashby",
        "k=be l=kotlin,java lv=none m=remote e=AMERICAS x=pg,aws,kafka",
        "Driftwood Rides is a ride-hailing app in Latin America and the US. Backend services are Kotlin and Java.",
        "4+ years of backend experience in Kotlin or Java; PostgreSQL; Kafka; Located in North, Central or South America",
        "AWS",
    ),
    (
        "Senior Ruby on Rails Engineer | Cartwheel | Remote (US) | remote | 150000-175000 USD | gh",
        "k=be l=ruby lv=senior m=remote e=US x=rails,pg,aws",
        "Cartwheel builds field-service software for HVAC companies. Our backend is a large Rails monolith.",
        "5+ years of Ruby on Rails; PostgreSQL; US residency",
        "Sidekiq",
    ),
    (
        "Ruby Developer | Thistledown | Edinburgh | hybrid | 55000-70000 GBP | ag",
        "k=be l=ruby lv=mid m=hybrid at=Edinburgh,UK x=rails,pg",
        "A well-funded Edinburgh climate-tech start-up are looking for a Ruby Developer to join their product engineering team.",
        "Ruby on Rails; PostgreSQL; TDD",
        "",
    ),
    (
        "Senior Rust Engineer | Ferrocene Labs | Remote (Europe) | remote | 100000-130000 EUR | lever",
        "k=be l=rust lv=senior m=remote e=EUROPE x=distributed,k8s,aws",
        "Ferrocene Labs builds a distributed object store written in Rust.",
        "Strong Rust; Distributed systems; Linux internals; Based in Europe",
        "Kubernetes",
    ),
    (
        "Backend Engineer (Rust) | Zephyr Chain | Remote (Worldwide) | remote | 140000-180000 USD | plain",
        "k=be l=rust lv=senior m=remote e=ANY x=crypto,distributed",
        "Zephyr Chain builds a layer-2 blockchain. Backend engineers write Rust node software and indexers.",
        "Rust; Distributed systems; Blockchain experience a plus",
        "",
    ),
    (
        "Scala Engineer | Orrin Analytics | London | hybrid | 80000-95000 GBP | gh",
        "k=be l=scala lv=senior m=hybrid at=London,UK x=kafka,streaming,aws",
        "Orrin Analytics builds advertising measurement. Our backend is Scala services (Akka, Kafka) processing 5 billion events a day.",
        "Scala (Cats or Akka); Kafka; Streaming systems",
        "AWS",
    ),
    (
        "Senior PHP Developer (Laravel) | Kingsley Media | Remote (UK) | remote | 60000-70000 GBP | ag",
        "k=be l=php lv=senior m=remote e=UK x=laravel,mysql,aws",
        "Kingsley Media publishes consumer magazines online. You'll build Laravel APIs and services.",
        "PHP 8 and Laravel; MySQL; AWS",
        "Vue",
    ),
    (
        "PHP Backend Developer (m/w/d) | Weserhaus Commerce | Bremen oder Remote | remote | 55000-68000 EUR | de",
        "k=be l=php lv=mid m=remote e=DE x=symfony,mysql",
        "Weserhaus betreibt Online-Shops für Möbel. Du entwickelst unsere Symfony-Backends.",
        "PHP 8, Symfony; MySQL; Wohnsitz in Deutschland",
        "",
    ),
    (
        "Elixir Backend Engineer | Quarrymen | Remote (EU) | remote | 85000-100000 EUR | lever",
        "k=be l=elixir lv=senior m=remote e=EU x=pg,aws",
        "Quarrymen makes construction-site management software. Backend is Elixir/Phoenix.",
        "Elixir and Phoenix; PostgreSQL; EU residency",
        "",
    ),
    (
        "C++ Software Engineer, Matching Engine | Vantor Exchange | Chicago, IL | onsite | 180000-230000 USD | gh",
        "k=be l=cpp lv=senior m=onsite at=Chicago,US x=lowlat,fintech,distributed",
        "Vantor Exchange runs a derivatives exchange. You'll build our C++ matching engine.",
        "Modern C++ (17/20); Low-latency systems; Linux networking",
        "",
    ),
    (
        "Senior Backend Engineer (Python/Django, PHP legacy) | Brookvale Learning | Remote (EU) | remote | 90000-110000 EUR | gh",
        "k=be l=python,php lv=senior m=remote e=EU x=django,pg,aws",
        "Brookvale runs online courses for 200 universities. We're moving a legacy PHP platform to Django; you'll work on both.",
        "5+ years of Python/Django; Able to read and change PHP code; PostgreSQL; Living in the EU",
        "AWS",
    ),
]
# ------------------------------------------------------------------ generic software engineers (level, specialty, places)
P += [
    (
        "SDE II, Backend | Marigold Commerce | Seattle, WA | hybrid | 145000-175000 USD | wd",
        "k=be l=java,python lv=mid m=hybrid at=Seattle,US x=aws,dynamodb,micro",
        "Marigold Commerce runs checkout for 20,000 online shops. SDE IIs in Checkout build Java and Python services on AWS.",
        "3+ years of professional software development; Java or Python; Designing and operating services on AWS",
        "DynamoDB",
    ),
    (
        "Software Development Engineer II | Pinnacle Ads | New York, NY | hybrid | 150000-180000 USD | wd",
        "k=be l=java,scala lv=mid m=hybrid at=NYC,US x=kafka,aws,distributed",
        "Pinnacle Ads runs a demand-side platform. SDE II on the Bidding team builds high-throughput JVM services.",
        "3+ years of professional software development; Java or Scala; Distributed systems",
        "Kafka; Aerospike",
    ),
    (
        "Software Engineer II | Cobalt Grid | Denver, CO | hybrid | 120000-140000 USD | gh",
        "k=be l=go,python lv=mid m=hybrid at=Denver,US x=pg,aws",
        "Cobalt Grid forecasts power demand for utilities. Software Engineer II builds our Go and Python APIs.",
        "2-5 years of backend development; Go or Python; SQL",
        "AWS",
    ),
    (
        "Software Engineer II (Full Stack) | Hearthstone Homes | Remote (US) | remote | 115000-135000 USD | gh",
        "k=fs l=node,ts,react lv=mid m=remote e=US x=pg,aws",
        "Hearthstone helps first-time buyers get mortgages. You'll build features end to end with React and Node.js.",
        "2+ years of full-stack development; React; Node.js; PostgreSQL",
        "",
    ),
    (
        "SDE II - Frontend | Marigold Commerce | Seattle, WA | hybrid | 140000-170000 USD | wd",
        "k=fe l=ts,react lv=mid m=hybrid at=Seattle,US",
        "Marigold's Storefront team builds the React components that shops embed in their sites.",
        "3+ years of front-end development; React; TypeScript; Accessibility",
        "",
    ),
    (
        "SDET II | Marigold Commerce | Seattle, WA | hybrid | 120000-145000 USD | wd",
        "k=qa l=java lv=mid m=hybrid at=Seattle,US",
        "SDET II on Checkout builds test automation for our payment services.",
        "3+ years of test automation; Java; API testing (REST Assured); CI/CD",
        "",
    ),
    (
        "Software Engineer (L4) | Quanta Search | Mountain View, CA | onsite | 160000-190000 USD | gh",
        "k=be l=cpp,java lv=mid m=onsite at=MountainView,US x=distributed",
        "Quanta Search builds enterprise search. L4 engineers on Indexing work on distributed C++ and Java services.",
        "BS in Computer Science; 2+ years of software development in C++ or Java; Data structures and algorithms",
        "Distributed systems",
    ),
    (
        "Software Engineer, Payments Platform | Ribbonfish | London, UK | hybrid | 85000-105000 GBP | gh",
        "k=be l=java,kotlin lv=senior m=hybrid at=London,UK x=payments,fintech,micro,kafka,aws",
        "Ribbonfish is a travel-money card. The Payments Platform team builds the Kotlin and Java services that authorise every card transaction.",
        "Experience building backend services on the JVM (Java or Kotlin); Payment processing; Kafka; AWS",
        "Mastercard or Visa integrations",
    ),
    (
        "Staff Software Engineer, Payments Infrastructure | Juniper Ledger | San Francisco, CA (Hybrid) | hybrid | 240000-290000 USD | ashby",
        "k=be l=go,ruby lv=staff m=hybrid at=SF,US x=payments,fintech,distributed,pg",
        "Juniper Ledger is an accounting platform for marketplaces. You'll lead the design of the payment-orchestration layer: retries, idempotency, multi-processor routing.",
        "10+ years of backend engineering; Payments infrastructure; Go or Ruby; Distributed systems",
        "",
    ),
    (
        "Staff Engineer (Backend) - Billing | Lakeshore SaaS | Remote (Canada) | remote | 200000-230000 CAD | lever",
        "k=be l=ruby lv=staff m=remote e=CA x=payments,billing,pg,aws",
        "Lakeshore makes property-management software. The Billing team handles rent collection and payouts; as Staff Engineer you'll own its architecture.",
        "8+ years of backend; Ruby on Rails; Payments and billing systems; Canadian resident",
        "Stripe Connect",
    ),
    (
        "Principal Software Engineer | Ironbridge Logistics | Remote (US) | remote | 220000-260000 USD | wd",
        "k=be l=java,go lv=principal m=remote e=US x=distributed,kafka,k8s,aws",
        "Ironbridge tracks 1 million shipments a day. As Principal Engineer you'll own the architecture of our event-driven distributed platform.",
        "15+ years of software engineering; Large-scale distributed systems; Java or Go; Kafka",
        "Kubernetes",
    ),
    (
        "Principal Engineer, Distributed Storage | Kettlewell Cloud | Dublin, Ireland | hybrid | 170000-210000 EUR | gh",
        "k=be l=cpp,go lv=principal m=hybrid at=Dublin,IE x=distributed,k8s",
        "Kettlewell Cloud runs a European object-storage service. You'll lead design of the storage engine and replication.",
        "Deep experience in distributed storage; C++ or Go; Consistency models",
        "",
    ),
    (
        "Principal Software Engineer (Frontend) | Ironbridge Logistics | Remote (US) | remote | 210000-245000 USD | wd",
        "k=fe l=ts,react lv=principal m=remote e=US",
        "Lead the architecture of Ironbridge's customer-facing web apps.",
        "15+ years; React; TypeScript; Design systems",
        "",
    ),
    (
        "Distinguished Engineer, Distributed Systems | Hallam Systems | Remote (US) | remote | 300000-360000 USD | gh",
        "k=be l=java,go lv=principal m=remote e=US x=distributed,k8s",
        "Hallam builds an observability database. As Distinguished Engineer you'll shape the distributed query engine.",
        "20 years in distributed systems; Java or Go; Industry recognised work",
        "",
    ),
    (
        "Staff Software Engineer, Distributed Systems | Obsidian Queue | Remote (US) | remote | 230000-270000 USD | ashby",
        "k=be l=go lv=staff m=remote e=US x=distributed,kafka,streaming",
        "Obsidian Queue builds a cloud message queue. You'll design partitioning and replication.",
        "10+ years; Go; Distributed systems",
        "",
    ),
    (
        "Lead Backend Engineer | Cloverfield Finance | London | hybrid | 100000-120000 GBP | gh",
        "k=be l=python lv=lead m=hybrid at=London,UK x=fintech,lending,pg,aws",
        "Cloverfield lends to small businesses. Lead a team of five backend engineers building our Python lending platform.",
        "7+ years of backend; Python; Leading a team; Fintech or lending",
        "AWS",
    ),
    (
        "Tech Lead, Backend | Pomona Pay | Remote (EU) | remote | 110000-135000 EUR | ashby",
        "k=be l=go lv=lead m=remote e=EU x=payments,fintech,pg,k8s",
        "Pomona Pay is a point-of-sale payments startup. You'll be tech lead of the Go backend team.",
        "7+ years of backend; Go; Payments or fintech; Leading a team; EU resident",
        "",
    ),
    (
        "Lead Software Engineer - Backend | Garnet Health | Remote (US) | remote | 170000-195000 USD | wd",
        "k=be l=java lv=lead m=remote e=US x=spring,aws,pg",
        "Garnet Health runs pharmacy benefit software. Lead Software Engineer guides a backend squad.",
        "8+ years; Java; Leading engineers; AWS",
        "",
    ),
    (
        "Backend Engineer | Ardent Ledger | New York, NY | hybrid | 160000-190000 USD | gh",
        "k=be l=go lv=none m=hybrid at=NYC,US x=fintech,crypto,pg,gcp",
        "Ardent Ledger is an institutional crypto custodian. Backend engineers build Go services for wallets and settlement.",
        "4+ years of backend engineering; Go; PostgreSQL; GCP",
        "",
    ),
    (
        "Software Engineer, Backend | Tulip & Vine | Brooklyn, NY | onsite | 130000-155000 USD | lever",
        "k=be l=python lv=none m=onsite at=NYC,US x=django,pg,gcp",
        "Tulip & Vine is a florist marketplace. Our backend is Django on GCP.",
        "3+ years of backend; Python; PostgreSQL; In our Brooklyn office",
        "GCP",
    ),
    (
        "Senior Backend Engineer | Meridian Rx | Remote (US) | remote | 160000-185000 USD | gh",
        "k=be l=go,python lv=senior m=remote e=US x=gcp,pg,k8s",
        "Meridian Rx is a mail-order pharmacy. We build Go and Python services on GCP with Cloud SQL Postgres.",
        "5+ years of backend; Go or Python; GCP; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (GCP) | Quillon | Remote (Canada) | remote | 120000-140000 CAD | lever",
        "k=be l=node,ts lv=none m=remote e=CA x=gcp,pg,mq",
        "Quillon helps Canadian accountants automate bookkeeping. Backend: Node/TypeScript on GCP, Cloud SQL (PostgreSQL), Pub/Sub.",
        "Backend experience with Node.js or TypeScript; GCP; PostgreSQL; Canadian residency",
        "",
    ),
    (
        "Senior Software Engineer, Backend | Northstar Telehealth | Toronto, ON | hybrid | 140000-165000 CAD | gh",
        "k=be l=java,kotlin lv=senior m=hybrid at=Toronto,CA x=pg,aws,micro",
        "Northstar Telehealth connects Canadians to doctors. You'll build Kotlin and Java services for appointments and prescriptions.",
        "5+ years of backend; Java or Kotlin; PostgreSQL; Hybrid in Toronto",
        "",
    ),
    (
        "Senior Backend Developer | Maple Circuit | Remote (Canada) | remote | 130000-150000 CAD | li",
        "k=be l=python lv=senior m=remote e=CA x=django,pg,aws",
        "Maple Circuit builds scheduling software for Canadian clinics.",
        "6+ years; Python/Django; PostgreSQL; Remote within Canada",
        "",
    ),
    (
        "Sr. Software Engineer - Backend | Brightwater Games | Remote (US & Canada) | remote | 150000-175000 USD | gh",
        "k=be l=csharp,go lv=senior m=remote e=NA x=aws,pg,mongodb",
        "Brightwater builds online card games. Backend services in Go and C# on AWS, MongoDB and PostgreSQL.",
        "5+ years of backend; Go or C#; MongoDB; US or Canada",
        "",
    ),
    (
        "Backend Engineer (MongoDB, Node) | Spindle | Remote (US) | remote | 125000-145000 USD | lever",
        "k=be l=node,ts lv=none m=remote e=US x=mongodb,aws",
        "Spindle is a craft-supply marketplace. Our backend runs on Node.js and MongoDB Atlas.",
        "3+ years of backend; Node.js; MongoDB schema design and performance",
        "",
    ),
    (
        "Backend Engineer (Crypto Exchange) | Halcyon Markets | Remote (EMEA) | remote | 110000-140000 EUR | ashby",
        "k=be l=go,rust lv=senior m=remote e=EMEA x=crypto,fintech,lowlat,pg",
        "Halcyon Markets is a crypto exchange. Backend engineers build order routing and wallet services.",
        "5+ years of backend; Go or Rust; Crypto knowledge; EMEA time zones",
        "",
    ),
    (
        "Senior Backend Engineer | Willowmere | Remote (EMEA) | remote | 95000-115000 EUR | gh",
        "k=be l=python,go lv=senior m=remote e=EMEA x=pg,aws,k8s,saas",
        "Willowmere makes HR software for 3,000 European companies.",
        "5+ years of backend experience; Python or Go; PostgreSQL; Remote from EMEA",
        "Kubernetes",
    ),
    (
        "Senior Backend Engineer | Mistral Wallet | Remote (Europe) | remote | 100000-125000 EUR | lever",
        "k=be l=ts,node lv=senior m=remote e=EUROPE x=crypto,web3,pg",
        "Mistral Wallet is a self-custody crypto wallet. You'll build our Node/TypeScript backend for token balances and swaps.",
        "5+ years of backend; TypeScript; Blockchain (EVM) knowledge; Europe-based",
        "",
    ),
    (
        "Senior Software Engineer (Backend) | Albatross Travel | Barcelona or Remote (Spain) | hybrid | 65000-80000 EUR | li",
        "k=be l=java lv=senior m=hybrid at=Barcelona,ES e=ES x=spring,pg,aws",
        "Albatross Travel is an online travel agency. Backend is Java/Spring on AWS.",
        "5+ years of Java backend; Spring; PostgreSQL; Spain-based",
        "",
    ),
    (
        "Backend Engineer | Corvid Security | Remote (Israel or EU) | remote | - | gh",
        "k=be l=go lv=senior m=remote e=EU,IL x=k8s,aws,security",
        "Corvid Security scans cloud accounts for misconfigurations. Backend in Go.",
        "5+ years of backend; Go; Cloud security knowledge",
        "",
    ),
    (
        "Backend Developer | Greyfriars Digital | Remote (UK & Ireland) | remote | 60000-75000 GBP | ag",
        "k=be l=csharp lv=mid m=remote e=UK,IE x=azure,sqlserver",
        "Greyfriars builds software for UK charities. Backend is .NET on Azure.",
        "C#/.NET; Azure; SQL Server; UK or Ireland based",
        "",
    ),
]
# ------------------------------------------------------------------ more backend: entry level, contracts, US cities, remote pay
P += [
    (
        "Entry Level Backend Developer | Cinderford Software | Columbus, OH | onsite | 70000-80000 USD | li",
        "k=be l=java lv=junior m=onsite at=Columbus,US x=spring,pg",
        "Cinderford builds dealership software. Our entry-level program trains new developers on Java/Spring backends.",
        "Degree in CS or related, or bootcamp; Some Java or C#; SQL basics",
        "",
    ),
    (
        "Associate Software Engineer, Backend | Beaconsfield Insurance | Hartford, CT | hybrid | 85000-95000 USD | wd",
        "k=be l=java,python lv=junior m=hybrid at=Hartford,US x=aws",
        "Associate Software Engineers join a 2-year rotation across our backend teams.",
        "Bachelor's in Computer Science (2026 grads welcome); Java or Python; Curiosity",
        "",
    ),
    (
        "Graduate Backend Engineer 2027 | Harlow Bank | London | hybrid | 45000-50000 GBP | gh",
        "k=be l=java,kotlin lv=grad m=hybrid at=London,UK x=fintech",
        "Our graduate scheme places you in a backend team building Kotlin and Java services for our current accounts.",
        "Graduating in 2026 or 2027; Some programming in Java, Kotlin or another language",
        "",
    ),
    (
        "Backend Engineering Intern (Summer 2027) | Tesselate | Remote (US) | remote | ~$45/hour, 12 weeks | gh",
        "k=be l=go lv=intern m=remote e=US x=gcp pay=93600,93600,USD",
        "12-week summer internship on Tesselate's Go backend team.",
        "Currently pursuing a BS/MS in Computer Science; Some experience with Go, Java or Python",
        "",
    ),
    (
        "Junior Backend Engineer (Node.js) | Lumo Learning | Remote (EU) | remote | 38000-45000 EUR | lever",
        "k=be l=node,ts lv=junior m=remote e=EU x=mongodb,aws",
        "Lumo Learning builds language-learning apps. Junior backend engineers work on our Node.js APIs with mentoring.",
        "1+ year of Node.js (professional or substantial projects); JavaScript/TypeScript; MongoDB basics; EU resident",
        "",
    ),
    (
        "Junior Software Engineer - Backend (C#) | Pennard Systems | Cardiff | hybrid | 30000-34000 GBP | sr",
        "k=be l=csharp lv=junior m=hybrid at=Cardiff,UK x=azure,sqlserver",
        "Pennard Systems builds software for housing associations. Join our .NET backend team as a junior engineer.",
        "Some C#; SQL; A degree or equivalent experience",
        "",
    ),
    (
        "Backend Developer (Contract, 6 months) | Quayline Consulting | Remote (US) | remote | ~$85–$95/hr, 1099 | plain",
        "k=be l=python lv=senior m=remote e=US ct=contract pay=176800,197600,USD x=django,aws,pg",
        "6-month contract building Django APIs for a healthcare startup.",
        "Python/Django; AWS; PostgreSQL",
        "",
    ),
    (
        "Contract Go Developer | Grafton Talent | London (Remote) | remote | 600-700 GBP/d | ag",
        "k=be l=go lv=senior m=remote e=UK ct=contract x=aws,k8s,kafka",
        "Initial 6-month contract (outside IR35) with a fintech scale-up building Go microservices.",
        "Go; Kubernetes; Kafka; AWS",
        "",
    ),
    (
        "Freelance Backend-Entwickler Java (m/w/d) | Nordwind IT-Projekte | Remote (DE) | remote | 85-95 EUR/h | de",
        "k=be l=java lv=senior m=remote e=DE ct=contract x=spring,micro",
        "Für ein Projekt bei einem Energieversorger suchen wir einen freiberuflichen Java-Backend-Entwickler (6 Monate, Auslastung 100 %).",
        "Java 17, Spring Boot; Microservices; Deutsch",
        "",
    ),
    (
        "Contract Node.js Backend Engineer | Rhyl Digital | Remote (Worldwide) | remote | 60-75 USD/h | plain",
        "k=be l=node,ts lv=senior m=remote e=ANY ct=contract x=aws,pg",
        "3-month contract for an e-commerce startup: build Node.js/TypeScript APIs.",
        "Node.js; TypeScript; PostgreSQL; Available 40h/week",
        "",
    ),
    (
        "Senior Python Backend Engineer | Copperleaf AI | Remote (US) | remote | 170000-200000 USD | ashby",
        "k=be l=python lv=senior m=remote e=US x=fastapi,pg,aws,llm",
        "Copperleaf AI builds AI assistants for accountants. You'll build the Python backend that orchestrates model calls and customer data.",
        "5+ years of Python backend; FastAPI; PostgreSQL; US-based",
        "",
    ),
    (
        "Python Engineer (Backend) | Hatchway | Remote (US) | remote | 130000-160000 USD | gh",
        "k=be l=python lv=mid m=remote e=US x=flask,pg,aws",
        "Hatchway makes onboarding software for banks.",
        "3+ years of Python; Flask or FastAPI; PostgreSQL; US-based",
        "",
    ),
    (
        "Backend Engineer (Python) | Sorrel Data | Remote (Worldwide) | remote | 150000-170000 USD | lever",
        "k=be l=python lv=senior m=remote e=ANY x=fastapi,pg,aws",
        "Sorrel Data builds data-privacy APIs. Fully remote, worldwide.",
        "5+ years of Python; FastAPI; PostgreSQL",
        "",
    ),
    (
        "Software Engineer, Backend (Python) | Valence Bio | Boston, MA | hybrid | 150000-175000 USD | gh",
        "k=be l=python lv=none m=hybrid at=Boston,US x=django,pg,aws",
        "Valence Bio builds lab software for drug discovery.",
        "3+ years of Python backend; Django; PostgreSQL",
        "",
    ),
    (
        "JavaScript Backend Engineer | Plover Games | Remote (EU) | remote | 60000-75000 EUR | lever",
        "k=be l=node lv=mid m=remote e=EU x=mongodb,aws",
        "Plover Games runs browser games. Our game servers and APIs are JavaScript on Node.js.",
        "JavaScript/Node.js; MongoDB; Real-time (WebSockets)",
        "",
    ),
    (
        "Backend Engineer (Express / Node) | Marlin Events | Austin, TX | hybrid | 115000-135000 USD | li",
        "k=be l=node lv=none m=hybrid at=Austin,US x=pg,aws",
        "Marlin Events sells tickets for live music venues.",
        "Node.js and Express; PostgreSQL; 3+ years",
        "",
    ),
    (
        "Backend Developer (Java, GCP) | Pelorus Retail | Remote (US) | remote | 130000-150000 USD | wd",
        "k=be l=java lv=mid m=remote e=US x=gcp,pg,spring",
        "Pelorus Retail runs grocery e-commerce. Backend: Java/Spring on GCP with Cloud SQL PostgreSQL.",
        "Java; Spring; GCP; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer | Kittiwake | Remote (EU) | remote | 70000-85000 EUR | gh",
        "k=be l=python lv=mid m=remote e=EU x=gcp,bigquery,fastapi",
        "Kittiwake builds route planning for couriers. Our Python backend runs on GCP with BigQuery and Firestore.",
        "Python; GCP; Firestore; EU-based",
        "",
    ),
    (
        "Backend Engineer (AWS, PostgreSQL) | Saltire Energy | Glasgow | hybrid | 55000-68000 GBP | ag",
        "k=be l=python lv=mid m=hybrid at=Glasgow,UK x=aws,pg",
        "Saltire Energy is a renewable-energy supplier. Python services on AWS with PostgreSQL.",
        "Python; AWS; PostgreSQL",
        "",
    ),
    (
        "Senior Backend Engineer | Pelham Ledger | London | hybrid | 95000-115000 GBP | gh",
        "k=be l=go lv=senior m=hybrid at=London,UK x=fintech,payments,pg,gcp",
        "Pelham Ledger builds accounting APIs for banks. Backend in Go on GCP.",
        "5+ years of backend; Go; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer | Harebell | Manchester or Remote (UK) | remote | 65000-78000 GBP | lever",
        "k=be l=ts,node lv=mid m=remote at=Manchester,UK e=UK x=pg,aws",
        "Harebell runs a pet-insurance comparison service.",
        "Node.js and TypeScript; PostgreSQL; UK-based",
        "",
    ),
    (
        "Senior Software Engineer (Backend) | Bellweather | London | hybrid | 85000-100000 GBP | ashby",
        "k=be l=python,go lv=senior m=hybrid at=London,UK x=pg,aws,k8s",
        "Bellweather forecasts demand for supermarkets.",
        "5+ years of backend; Python or Go; PostgreSQL",
        "",
    ),
    (
        "Backend Software Engineer | Tamarisk | Remote (UK) | remote | 80000-90000 GBP | gh",
        "k=be l=kotlin lv=senior m=remote e=UK x=aws,pg",
        "Tamarisk builds legal case-management software.",
        "Kotlin or Java; PostgreSQL; UK-based",
        "",
    ),
    (
        "Backend Engineer - Platform | Zinnia Health | Remote (US) | remote | - | li",
        "k=be l=go lv=none m=remote e=US x=aws,k8s,pg",
        "Zinnia Health builds care-management tools. Backend engineers build the Go APIs of our core platform.",
        "Go; AWS; PostgreSQL",
        "",
    ),
    (
        "Software Engineer (Backend/API) | Duckweed | Remote (anywhere) | remote | - | plain",
        "k=be l=node,ts lv=none m=remote e=ANY x=pg",
        "Duckweed is a bootstrapped SaaS for newsletter writers. We need a backend engineer for our TypeScript API.",
        "TypeScript; Node.js; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (Event-Driven, RabbitMQ) | Lanternfish | Utrecht | hybrid | 60000-75000 EUR | li",
        "k=be l=csharp lv=mid m=hybrid at=Utrecht,NL x=mq,azure,micro",
        "Lanternfish builds parcel-locker software. C# services communicating over RabbitMQ.",
        "C#/.NET; RabbitMQ; Microservices",
        "",
    ),
    (
        "Backend Engineer II | Oakmoss | Remote (US) | remote | 125000-145000 USD | gh",
        "k=be l=python,go lv=mid m=remote e=US x=aws,pg,kafka",
        "Oakmoss builds telematics for fleets. Backend Engineer II works on our ingestion and API services.",
        "2-4 years of backend; Python or Go; Kafka",
        "",
    ),
    (
        "Software Engineer, Backend (Level 2) | Cascadia Transit | Portland, OR | hybrid | 110000-130000 USD | wd",
        "k=be l=java lv=mid m=hybrid at=Portland,US x=spring,pg,azure",
        "Cascadia Transit builds fare-payment systems for public transit.",
        "2+ years of Java; Spring; SQL",
        "",
    ),
]
# ------------------------------------------------------------------ full-stack and frontend
P += [
    (
        "Full Stack Engineer (Python/React) | Brisewood | Berlin | hybrid | 70000-85000 EUR | gh",
        "k=fs l=python,ts,react lv=mid m=hybrid at=Berlin,DE x=django,pg",
        "Brisewood builds inventory software for bike shops. Full-stack engineers work across our Django API and React frontend.",
        "3+ years of full-stack development; Python/Django; React; PostgreSQL",
        "",
    ),
    (
        "Senior Full-Stack Developer (Node/React) | Paxton Lane | London (Hybrid) | hybrid | 75000-90000 GBP | ag",
        "k=fs l=node,ts,react lv=senior m=hybrid at=London,UK x=pg,aws",
        "Our client, a London proptech, needs a Senior Full-Stack Developer across React and Node.js.",
        "React; Node.js; TypeScript; PostgreSQL",
        "",
    ),
    (
        "Full Stack Software Engineer | Emberly | Remote (US) | remote | 140000-165000 USD | lever",
        "k=fs l=python,ts,react lv=senior m=remote e=US x=fastapi,pg,aws",
        "Emberly makes fundraising software for schools. Python (FastAPI) backend and React frontend.",
        "5+ years; Python; React; US-based",
        "",
    ),
    (
        "Fullstack-Entwickler (m/w/d) Java/Angular | Lechtal Software | München | hybrid | 65000-78000 EUR | de",
        "k=fs l=java,ts lv=senior m=hybrid at=Munich,DE x=spring,angular",
        "Du entwickelst unsere Fachanwendungen für Kommunen mit Java (Spring) und Angular.",
        "Java; Spring Boot; Angular; Deutsch fließend",
        "",
    ),
    (
        "Full Stack Engineer (C#/.NET + React) | Harcourt Legal Tech | Manchester | hybrid | 55000-65000 GBP | sr",
        "k=fs l=csharp,ts,react lv=mid m=hybrid at=Manchester,UK x=azure",
        "Full-stack engineer for our case-management product: .NET APIs and React UI on Azure.",
        "C#/.NET; React; Azure",
        "",
    ),
    (
        "Full-Stack Engineer (MERN) | Nimbus Parade | Remote (EU) | remote | 55000-65000 EUR | plain",
        "k=fs l=node,react lv=mid m=remote e=EU x=mongodb",
        "Event-ticketing startup looking for a MERN developer: MongoDB, Express, React, Node.",
        "MongoDB; Express; React; Node.js",
        "",
    ),
    (
        "Senior Full Stack Engineer, Payments | Goldcrest | New York, NY | hybrid | 175000-205000 USD | gh",
        "k=fs l=ruby,ts,react lv=senior m=hybrid at=NYC,US x=payments,fintech,pg",
        "Goldcrest runs payroll for restaurants. You'll build payments features end to end in Rails and React.",
        "5+ years; Ruby on Rails; React; Payments experience",
        "",
    ),
    (
        "Full-Stack Developer (Django/Vue) | Larchmont Media | Remote (Worldwide) | remote | 60000-80000 USD | plain",
        "k=fs l=python,vue lv=mid m=remote e=ANY x=django,pg",
        "Full-stack developer for a publishing platform: Django and Vue.",
        "Django; Vue.js; PostgreSQL",
        "",
    ),
    (
        "Staff Full Stack Engineer | Wrenfield | Remote (Canada) | remote | 190000-220000 CAD | ashby",
        "k=fs l=ts,node,react lv=staff m=remote e=CA x=pg,gcp",
        "Wrenfield builds tax software for Canadians.",
        "8+ years; TypeScript; React; Node.js",
        "",
    ),
    (
        "Full Stack Developer (Contract) | Fenton Recruitment | London | hybrid | 450-500 GBP/d | ag",
        "k=fs l=node,ts,react lv=senior m=hybrid at=London,UK ct=contract x=aws",
        "6-month contract, React and Node, for a retail client.",
        "React; Node.js; TypeScript; AWS",
        "",
    ),
    (
        "Full Stack Engineer - Kotlin/React | Steadfast Bank | Remote (UK) | remote | 70000-85000 GBP | gh",
        "k=fs l=kotlin,ts,react lv=mid m=remote e=UK x=fintech,aws",
        "Work across Kotlin services and React apps for our business banking product.",
        "Kotlin; React; TypeScript",
        "",
    ),
    (
        "Senior Frontend Engineer (React) | Quartzline | Remote (US) | remote | 150000-175000 USD | gh",
        "k=fe l=ts,react lv=senior m=remote e=US",
        "Quartzline builds analytics dashboards for retailers. You'll own our React frontend.",
        "5+ years of React; TypeScript; Data visualisation",
        "",
    ),
    (
        "Frontend Developer (Vue.js) | Kranich Reisen | Berlin | hybrid | 55000-65000 EUR | de",
        "k=fe l=vue,ts lv=mid m=hybrid at=Berlin,DE",
        "Du entwickelst unser Buchungsportal mit Vue.js und TypeScript.",
        "Vue.js; TypeScript; CSS",
        "",
    ),
    (
        "Front End Engineer | Sable & Co | London | hybrid | 60000-75000 GBP | lever",
        "k=fe l=ts,react lv=mid m=hybrid at=London,UK",
        "Sable & Co sells made-to-order furniture. Frontend for our storefront (Next.js).",
        "React/Next.js; TypeScript; Accessibility",
        "",
    ),
    (
        "Senior Frontend Engineer (JavaScript) | Orchard Loop | Remote (EU) | remote | 75000-90000 EUR | li",
        "k=fe l=js,ts,react lv=senior m=remote e=EU",
        "Build the JavaScript SPA of our logistics dashboard.",
        "JavaScript; TypeScript; React; Testing Library",
        "",
    ),
    (
        "UI Engineer (Angular) | Fairmount Bank | New York, NY | hybrid | 140000-160000 USD | wd",
        "k=fe l=ts lv=senior m=hybrid at=NYC,US x=fintech,angular",
        "Build trading-desk UIs in Angular.",
        "Angular; TypeScript; RxJS",
        "",
    ),
    (
        "Frontend Engineer (Node.js tooling) | Brambleway | Remote (UK) | remote | 60000-70000 GBP | gh",
        "k=fe l=node,ts,react lv=mid m=remote e=UK",
        "Build our React design system and the Node.js build tooling around it.",
        "React; TypeScript; Node.js build tools (Vite, webpack)",
        "",
    ),
]
# ------------------------------------------------------------------ data, analytics, ML
P += [
    (
        "Data Engineer (Spark) | Wexford Analytics | Remote (US) | remote | 140000-165000 USD | gh",
        "k=de l=python,scala lv=mid m=remote e=US x=spark,aws,airflow",
        "Wexford Analytics builds claims analytics for insurers. Data engineers build Spark pipelines on EMR.",
        "3+ years of data engineering; Apache Spark (PySpark or Scala); Airflow; AWS",
        "",
    ),
    (
        "Senior Data Engineer | Beckford Retail | London | hybrid | 80000-95000 GBP | ag",
        "k=de l=python,sql lv=senior m=hybrid at=London,UK x=spark,databricks,azure",
        "A major UK retailer is hiring a Senior Data Engineer to build Databricks pipelines on Azure.",
        "PySpark; Databricks; Azure Data Factory; SQL",
        "",
    ),
    (
        "Data Engineer | Torvane | Remote (EU) | remote | 65000-80000 EUR | lever",
        "k=de l=python,sql lv=mid m=remote e=EU x=dbt,snowflake,airflow",
        "Torvane's data team builds dbt models and Airflow pipelines on Snowflake.",
        "SQL; dbt; Airflow; Python",
        "",
    ),
    (
        "Big Data Engineer (Scala/Spark) | Ostwind Telekom | Düsseldorf | hybrid | 70000-85000 EUR | de",
        "k=de l=scala lv=senior m=hybrid at=Düsseldorf,DE x=spark,kafka,hadoop",
        "Du entwickelst Spark-Jobs in Scala für unsere Netzdaten (5 TB am Tag).",
        "Scala; Apache Spark; Kafka; Hadoop",
        "",
    ),
    (
        "Data Engineer II - Spark/Databricks | Harlan Health | Remote (US) | remote | 125000-145000 USD | wd",
        "k=de l=python lv=mid m=remote e=US x=spark,databricks,aws",
        "Build PySpark pipelines on Databricks for claims and clinical data.",
        "PySpark; Databricks; SQL; AWS",
        "",
    ),
    (
        "Senior Data Engineer (Streaming) | Loxley Mobility | Amsterdam | hybrid | 80000-95000 EUR | gh",
        "k=de l=java,python lv=senior m=hybrid at=Amsterdam,NL x=kafka,flink,streaming,spark",
        "Loxley Mobility's data platform processes vehicle telemetry with Kafka, Flink and Spark.",
        "Kafka; Flink or Spark Structured Streaming; Java or Python",
        "",
    ),
    (
        "Data Engineer | Corrigan Foods | Chicago, IL | onsite | 105000-120000 USD | li",
        "k=de l=sql,python lv=mid m=onsite at=Chicago,US x=azure,ssis",
        "Maintain SQL Server and Azure Data Factory pipelines for a food manufacturer.",
        "SQL Server; SSIS; Azure Data Factory",
        "",
    ),
    (
        "Analytics Engineer | Pipit | Remote (UK) | remote | 60000-70000 GBP | lever",
        "k=ae l=sql lv=mid m=remote e=UK x=dbt,bigquery",
        "Build dbt models and Looker dashboards.",
        "SQL; dbt; Looker",
        "",
    ),
    (
        "Data Scientist | Castleton Bank | London | hybrid | 70000-85000 GBP | wd",
        "k=ds l=python,sql lv=mid m=hybrid at=London,UK x=fintech,spark",
        "Build credit-risk models.",
        "Python; SQL; Statistics; Spark a plus",
        "",
    ),
    (
        "Senior Data Analyst | Redbrook | Remote (US) | remote | 100000-120000 USD | gh",
        "k=da l=sql lv=senior m=remote e=US x=tableau",
        "Analyse marketplace data and build Tableau dashboards.",
        "SQL; Tableau; Stakeholder communication",
        "",
    ),
    (
        "Machine Learning Engineer | Halden AI | Remote (US) | remote | 170000-200000 USD | ashby",
        "k=ml l=python lv=senior m=remote e=US x=pytorch,aws,llm",
        "Halden AI builds speech models for call centres. MLEs train and deploy PyTorch models.",
        "Python; PyTorch; Model deployment; 5+ years",
        "",
    ),
    (
        "ML Engineer (Python) | Brightling | London | hybrid | 80000-100000 GBP | gh",
        "k=ml l=python lv=mid m=hybrid at=London,UK x=pytorch,gcp",
        "Brightling predicts demand for fashion retailers. Build and ship Python ML models.",
        "Python; scikit-learn or PyTorch; MLOps",
        "",
    ),
    (
        "Machine Learning Engineer - Recommendations | Tallow Media | Remote (EU) | remote | 85000-105000 EUR | lever",
        "k=ml l=python,scala lv=senior m=remote e=EU x=spark,gcp",
        "Build recommendation models for a podcast app.",
        "Python; Spark; Recommender systems",
        "",
    ),
    (
        "Senior ML Engineer (C++) | Oculant Vision | Zürich | onsite | 160000-190000 CHF | gh",
        "k=ml l=cpp lv=senior m=onsite at=Zurich,CH x=cv",
        "Optimise computer-vision models for on-device inference in C++.",
        "C++; CUDA; Model optimisation",
        "",
    ),
    (
        "MLOps Engineer | Quarrystone | Remote (US) | remote | 150000-175000 USD | lever",
        "k=ml l=python lv=senior m=remote e=US x=k8s,aws,kubeflow",
        "Build the platform our data scientists use to deploy models on Kubernetes.",
        "Python; Kubernetes; Kubeflow or SageMaker",
        "",
    ),
    (
        "Applied Scientist, Machine Learning | Vellum Retail | Seattle, WA | hybrid | 170000-210000 USD | wd",
        "k=ds l=python lv=senior m=hybrid at=Seattle,US x=pytorch",
        "Research and ship ranking models.",
        "PhD or MS in ML; Python; Publications",
        "",
    ),
    (
        "Machine Learning Engineer (m/w/d) | Neckar AI | Stuttgart | hybrid | 70000-85000 EUR | de",
        "k=ml l=python lv=mid m=hybrid at=Stuttgart,DE x=pytorch,azure",
        "Du entwickelst ML-Modelle für die Qualitätsprüfung in der Fertigung.",
        "Python; PyTorch; Computer Vision",
        "",
    ),
    (
        "Data Engineer (Python, Backend APIs) | Hollins Grid | Remote (US) | remote | 130000-150000 USD | gh",
        "k=de l=python lv=mid m=remote e=US x=airflow,pg,aws",
        "Build ingestion pipelines and the small Python APIs that serve grid data.",
        "Python; Airflow; PostgreSQL",
        "",
    ),
]
# ------------------------------------------------------------------ SRE, DevOps, platform, QA, mobile
P += [
    (
        "Site Reliability Engineer | Tamsin Cloud | Remote (US) | remote | 150000-180000 USD | gh",
        "k=sre l=go,python lv=senior m=remote e=US x=k8s,aws,terraform",
        "Tamsin Cloud hosts managed databases. SREs run our fleet on Kubernetes and own incident response.",
        "SRE or production engineering experience; Kubernetes; AWS; Go or Python",
        "",
    ),
    (
        "SRE II | Halberd Gaming | Dublin | hybrid | 75000-90000 EUR | wd",
        "k=sre l=python lv=mid m=hybrid at=Dublin,IE x=k8s,gcp",
        "Keep our multiplayer backends up: monitoring, on-call, capacity.",
        "Linux; Kubernetes; Prometheus; Python",
        "",
    ),
    (
        "Senior Site Reliability Engineer (m/w/d) | Spreeblick Hosting | Berlin | hybrid | 75000-90000 EUR | de",
        "k=sre l=go lv=senior m=hybrid at=Berlin,DE x=k8s,terraform",
        "Du sorgst für die Verfügbarkeit unserer Hosting-Plattform.",
        "Kubernetes; Terraform; Go; Linux",
        "",
    ),
    (
        "Site Reliability Engineer | Dunmore Bank | London | hybrid | 80000-95000 GBP | ag",
        "k=sre l=python lv=mid m=hybrid at=London,UK x=aws,k8s,fintech",
        "A digital bank is hiring an SRE to improve reliability of its AWS estate.",
        "AWS; Kubernetes; Observability (Datadog)",
        "",
    ),
    (
        "Production Engineer (SRE) | Gullwing Social | Remote (EMEA) | remote | 90000-110000 EUR | lever",
        "k=sre l=python,go lv=senior m=remote e=EMEA x=k8s,gcp",
        "Production engineers keep our social app reliable for 30 million users.",
        "Linux; Kubernetes; Incident management",
        "",
    ),
    (
        "DevOps Engineer | Fallowfield | Remote (UK) | remote | 60000-75000 GBP | ag",
        "k=devops l=bash,python lv=mid m=remote e=UK x=aws,terraform,k8s",
        "CI/CD, Terraform and AWS for a growing SaaS.",
        "AWS; Terraform; GitHub Actions; Docker",
        "",
    ),
    (
        "DevOps Engineer (Azure) | Kavanagh Systems | Dublin | hybrid | 65000-80000 EUR | li",
        "k=devops l=powershell lv=mid m=hybrid at=Dublin,IE x=azure,terraform",
        "Azure DevOps pipelines and infrastructure.",
        "Azure; Terraform; Azure DevOps",
        "",
    ),
    (
        "Senior DevOps Engineer (m/w/d) | Oberland Cloud | München | hybrid | 72000-88000 EUR | de",
        "k=devops l=bash lv=senior m=hybrid at=Munich,DE x=k8s,aws,terraform",
        "Du automatisierst unsere Infrastruktur mit Terraform und betreibst Kubernetes-Cluster.",
        "Kubernetes; Terraform; AWS",
        "",
    ),
    (
        "Platform Engineer (Kubernetes) | Ashgrove | Remote (EU) | remote | 80000-95000 EUR | gh",
        "k=plat l=go lv=senior m=remote e=EU x=k8s,gcp,terraform",
        "Ashgrove's platform team builds the internal developer platform on GKE.",
        "Kubernetes (operators, Helm); Go; Terraform; EU resident",
        "",
    ),
    (
        "Senior Platform Engineer | Ryeland | London | hybrid | 90000-110000 GBP | lever",
        "k=plat l=go,python lv=senior m=hybrid at=London,UK x=k8s,aws,terraform",
        "Build the Kubernetes-based platform 300 engineers deploy to.",
        "Kubernetes; AWS (EKS); Terraform; Go",
        "",
    ),
    (
        "Kubernetes Platform Engineer | Verdigris Cloud | Remote (US) | remote | 155000-180000 USD | ashby",
        "k=plat l=go lv=senior m=remote e=US x=k8s,aws,terraform",
        "Own our multi-cluster Kubernetes platform: upgrades, networking, policy.",
        "Deep Kubernetes; Cilium; Terraform; Go",
        "",
    ),
    (
        "Infrastructure Engineer | Hawksmoor Labs | New York, NY | hybrid | 160000-190000 USD | gh",
        "k=plat l=python,go lv=none m=hybrid at=NYC,US x=aws,terraform",
        "Build and run our AWS infrastructure (no Kubernetes; ECS and Lambda).",
        "AWS; Terraform; Python or Go",
        "",
    ),
    (
        "Cloud Platform Engineer (m/w/d) | Hanse Logistik IT | Hamburg | hybrid | 70000-82000 EUR | de",
        "k=plat l=go lv=mid m=hybrid at=Hamburg,DE x=k8s,azure,terraform",
        "Du baust unsere Azure-Plattform mit AKS und Terraform.",
        "Kubernetes (AKS); Terraform; Azure",
        "",
    ),
    (
        "Platform Engineer | Gorse Health | Remote (Canada) | remote | 130000-150000 CAD | lever",
        "k=plat l=python lv=mid m=remote e=CA x=aws,terraform",
        "Build our AWS landing zone and CI/CD tooling.",
        "AWS; Terraform; CI/CD",
        "",
    ),
    (
        "QA Automation Engineer | Sandpiper | Remote (EU) | remote | 50000-60000 EUR | lever",
        "k=qa l=ts lv=mid m=remote e=EU",
        "Build Playwright test suites for our web app.",
        "Playwright or Cypress; TypeScript; API testing",
        "",
    ),
    (
        "Senior QA Engineer (Backend/API) | Thornbury | London | hybrid | 60000-70000 GBP | ag",
        "k=qa l=java lv=senior m=hybrid at=London,UK x=fintech",
        "Test the backend APIs of a payments company.",
        "API testing (Postman, REST Assured); Java; CI",
        "",
    ),
    (
        "Software Engineer in Test | Lodestar Health | Remote (US) | remote | 110000-130000 USD | gh",
        "k=qa l=python lv=mid m=remote e=US",
        "Build test frameworks for our Python backend.",
        "Python; pytest; CI/CD",
        "",
    ),
    (
        "iOS Engineer | Marten Money | London | hybrid | 75000-90000 GBP | gh",
        "k=ios l=swift lv=senior m=hybrid at=London,UK x=fintech",
        "Build our iOS banking app in Swift.",
        "Swift; SwiftUI",
        "",
    ),
    (
        "Android Developer (Kotlin) | Fjordline Apps | Remote (EU) | remote | 60000-75000 EUR | li",
        "k=android l=kotlin lv=mid m=remote e=EU",
        "Build our Android travel app in Kotlin and Jetpack Compose.",
        "Kotlin; Jetpack Compose; Android SDK",
        "",
    ),
    (
        "Senior Android Engineer | Gannet | Remote (US) | remote | 150000-175000 USD | gh",
        "k=android l=kotlin lv=senior m=remote e=US",
        "Own our Android app for home-care workers.",
        "Kotlin; Android; Offline sync",
        "",
    ),
    (
        "React Native Developer | Bluebell Fitness | Remote (UK) | remote | 55000-65000 GBP | plain",
        "k=mob l=ts,react lv=mid m=remote e=UK",
        "Build our fitness app in React Native.",
        "React Native; TypeScript",
        "",
    ),
    (
        "Mobile Engineer II (iOS/Android) | Wayfarer Maps | Seattle, WA | hybrid | 130000-150000 USD | wd",
        "k=mob l=swift,kotlin lv=mid m=hybrid at=Seattle,US",
        "Build our navigation app on iOS and Android.",
        "Swift or Kotlin; 2+ years of mobile",
        "",
    ),
    (
        "Embedded Software Engineer (C/C++) | Halvard Devices | Cambridge, UK | onsite | 55000-70000 GBP | sr",
        "k=emb l=cpp,c lv=mid m=onsite at=Cambridge,UK",
        "Firmware for medical wearables.",
        "C; C++; RTOS",
        "",
    ),
    (
        "Embedded Linux Engineer II | Quillfeather Audio | Boston, MA | onsite | 120000-140000 USD | wd",
        "k=emb l=c,cpp lv=mid m=onsite at=Boston,US",
        "Embedded Linux for smart speakers.",
        "C; Embedded Linux; Yocto",
        "",
    ),
]
# ------------------------------------------------------------------ managers, solutions, sales, support, recruiters, others in tech
P += [
    (
        "Engineering Manager, Backend | Cressida | Berlin | hybrid | 110000-130000 EUR | gh",
        "k=em l=python lv=lead m=hybrid at=Berlin,DE x=pg",
        "Lead the backend team (7 engineers) building our Python services.",
        "3+ years managing engineers; Python backend background",
        "",
    ),
    (
        "Engineering Manager - Payments | Fordham Pay | London | hybrid | 110000-130000 GBP | lever",
        "k=em l=java lv=lead m=hybrid at=London,UK x=payments,fintech",
        "Manage the payments engineering team.",
        "People management; Payments systems; Java background",
        "",
    ),
    (
        "Head of Engineering | Tansy | Remote (Europe) | remote | 140000-160000 EUR | ashby",
        "k=em l=node lv=lead m=remote e=EUROPE x=saas",
        "Lead our 25-person engineering org.",
        "Engineering leadership; Node.js stack experience",
        "",
    ),
    (
        "Senior Engineering Manager, Platform | Roebuck | Remote (US) | remote | 230000-260000 USD | gh",
        "k=em l=go lv=lead m=remote e=US x=k8s,distributed",
        "Manage three platform teams.",
        "Managing managers; Distributed systems background",
        "",
    ),
    (
        "Solutions Engineer | Vantage API | London | hybrid | 80000-100000 GBP | gh",
        "k=sa l=python,node lv=mid m=hybrid at=London,UK x=payments,fintech",
        "Help enterprise customers integrate our payments APIs; pre-sales demos and technical discovery.",
        "Customer-facing technical experience; Comfortable reading Python or JavaScript; APIs",
        "",
    ),
    (
        "Sales Engineer (Backend Infrastructure) | Obsidian Queue | Remote (US) | remote | 160000-200000 USD | ashby",
        "k=se l=go lv=senior m=remote e=US x=kafka,distributed",
        "Sell our managed message queue to engineering teams; run POCs with Kafka users.",
        "Pre-sales engineering; Kafka knowledge; Quota-carrying",
        "",
    ),
    (
        "Solutions Architect - Java/Cloud | Pinecliff Consulting | Munich | hybrid | 85000-100000 EUR | li",
        "k=sa l=java lv=senior m=hybrid at=Munich,DE x=aws,micro",
        "Design cloud architectures for our enterprise clients (customer-facing, travel 30%).",
        "Java background; AWS certification; Client workshops",
        "",
    ),
    (
        "Customer Support Engineer (API) | Kestrel Mobility | Remote (US) | remote | 75000-90000 USD | lever",
        "k=sup l=sql,python lv=mid m=remote e=US",
        "Troubleshoot API issues for our enterprise customers.",
        "SQL; Reading Python logs; Customer empathy",
        "",
    ),
    (
        "Technical Support Engineer - Node.js | Cobblestone Hosting | London | hybrid | 40000-48000 GBP | ag",
        "k=sup l=node lv=mid m=hybrid at=London,UK",
        "Support customers deploying Node.js apps on our hosting platform.",
        "Node.js; Linux; Customer support",
        "",
    ),
    (
        "Technical Recruiter - Backend Engineering | Tesselate | Remote (US) | remote | 110000-130000 USD | gh",
        "k=rec lv=senior m=remote e=US",
        "Recruit backend engineers (Go, Python) for our platform teams.",
        "3+ years of technical recruiting; Hiring backend and infrastructure engineers",
        "",
    ),
    (
        "Recruitment Consultant - Java & Backend Developers | Redwick Talent | London | onsite | 30000-35000 GBP | ag",
        "k=rec lv=junior m=onsite at=London,UK",
        "Join our tech desk placing Java, Python and Node.js backend developers with London clients. Uncapped commission.",
        "Sales or recruitment experience; Interest in technology",
        "",
    ),
    (
        "Talent Acquisition Partner (Engineering) | Quayside | Remote (Europe) | remote | 60000-75000 EUR | ashby",
        "k=rec lv=mid m=remote e=EUROPE",
        "Hire our senior backend engineers (Python, Django) across Europe.",
        "Technical recruiting; Sourcing senior engineers",
        "",
    ),
    (
        "Senior Technical Recruiter, Python Engineering | Copperleaf AI | Remote (US) | remote | 120000-140000 USD | ashby",
        "k=rec lv=senior m=remote e=US",
        "Recruit senior Python backend engineers for our AI assistant teams.",
        "5+ years of technical recruiting; Deep network of Python engineers",
        "",
    ),
    (
        "IT-Recruiter (m/w/d) Schwerpunkt Java-Entwickler | Isarwerk Software GmbH | München | hybrid | 50000-60000 EUR | de",
        "k=rec lv=mid m=hybrid at=Munich,DE",
        "Du rekrutierst Java-Entwickler und Backend-Engineers für unsere Produktteams.",
        "Erfahrung im IT-Recruiting; Active Sourcing",
        "",
    ),
    (
        "Product Manager, Payments | Halloway | Remote (US) | remote | 170000-200000 USD | gh",
        "k=pm lv=senior m=remote e=US x=payments,fintech",
        "Own the payments roadmap.",
        "Product management; Payments",
        "",
    ),
    (
        "Technical Product Manager - APIs | Ravelin Cloud | Seattle, WA | hybrid | 150000-180000 USD | wd",
        "k=pm lv=senior m=hybrid at=Seattle,US x=aws",
        "Own the API roadmap for our storage service.",
        "Product management; Technical background",
        "",
    ),
    (
        "Database Administrator (PostgreSQL) | Thornfield | Remote (UK) | remote | 55000-65000 GBP | ag",
        "k=dba l=sql lv=mid m=remote e=UK x=pg,aws",
        "Look after our PostgreSQL estate: backups, tuning, upgrades.",
        "PostgreSQL administration; AWS RDS",
        "",
    ),
    (
        "MongoDB Database Engineer | Kittering | Remote (US) | remote | 120000-140000 USD | lever",
        "k=dba l=js lv=senior m=remote e=US x=mongodb",
        "Operate and tune our MongoDB clusters.",
        "MongoDB administration; sharding; performance tuning",
        "",
    ),
    (
        "Application Security Engineer | Brindle Bank | London | hybrid | 85000-100000 GBP | gh",
        "k=sec l=go,python lv=senior m=hybrid at=London,UK x=fintech",
        "Secure our Go and Python services.",
        "AppSec; Threat modelling; Go or Python",
        "",
    ),
    (
        "Cloud Security Engineer | Pelton | Remote (US) | remote | 160000-185000 USD | gh",
        "k=sec l=python lv=senior m=remote e=US x=aws",
        "Secure our AWS accounts.",
        "AWS security; Python",
        "",
    ),
    (
        "Technical Writer, API Docs | Tesselate | Remote (US) | remote | 100000-120000 USD | gh",
        "k=other lv=mid m=remote e=US",
        "Write docs for our backend APIs.",
        "Technical writing; Reading Go and Python",
        "",
    ),
    (
        "Developer Advocate (Backend) | Obsidian Queue | Remote (Europe) | remote | 90000-110000 EUR | ashby",
        "k=other l=go,java lv=senior m=remote e=EUROPE x=kafka",
        "Talks, samples and docs for backend developers using our queue.",
        "Public speaking; Go or Java",
        "",
    ),
    (
        "IT Support Technician | Harlow Council | Harlow, UK | onsite | 26000-29000 GBP | plain",
        "k=sup lv=junior m=onsite at=Harlow,UK",
        "First-line support for council staff.",
        "Windows; Active Directory; Customer service",
        "",
    ),
    (
        "Business Analyst (Payments) | Saltmarsh Payments | Dublin | hybrid | 60000-70000 EUR | lever",
        "k=other lv=mid m=hybrid at=Dublin,IE x=payments",
        "Gather requirements for payments projects.",
        "Business analysis; Payments domain",
        "",
    ),
    (
        "Scrum Master | Frankenthal Versicherung | Nürnberg | hybrid | 65000-75000 EUR | de",
        "k=other lv=mid m=hybrid at=Nürnberg,DE",
        "Du begleitest zwei Java-Entwicklerteams als Scrum Master.",
        "Scrum-Zertifizierung; Erfahrung mit Entwicklerteams",
        "",
    ),
    (
        "Salesforce Developer | Cardew Partners | London | hybrid | 65000-75000 GBP | ag",
        "k=other l=apex lv=mid m=hybrid at=London,UK",
        "Apex and Lightning development for a charity CRM.",
        "Apex; Lightning Web Components; Salesforce certifications",
        "",
    ),
    (
        "SAP ABAP Entwickler (m/w/d) | Mosel Chemie | Trier | onsite | 60000-72000 EUR | de",
        "k=other l=abap lv=mid m=onsite at=Trier,DE",
        "ABAP-Entwicklung im SAP S/4HANA-Umfeld.",
        "ABAP; SAP S/4HANA",
        "",
    ),
    (
        "Game Developer (Unity/C#) | Pixelmoor | Guildford | hybrid | 45000-55000 GBP | sr",
        "k=other l=csharp lv=mid m=hybrid at=Guildford,UK",
        "Gameplay programming in Unity.",
        "C#; Unity; Gameplay systems",
        "",
    ),
    (
        "WordPress Developer (PHP) | Daffodil Web | Remote (UK) | remote | 35000-42000 GBP | plain",
        "k=other l=php lv=mid m=remote e=UK",
        "Build WordPress sites and plugins for clients.",
        "PHP; WordPress; CSS",
        "",
    ),
    (
        "Senior Software Engineer Java (all genders) | Würmtal Mobility | Munich, Germany | hybrid | 80000-95000 EUR | li",
        "k=be l=java lv=senior m=hybrid at=Munich,DE x=spring,micro,aws,pg",
        "Würmtal Mobility builds charging and parking apps for car makers. You'll design Java/Spring Boot services in our Munich tech hub.",
        "5+ years of Java backend development; Spring Boot; PostgreSQL; AWS; Hybrid: 2 days a week in Munich-Pasing",
        "Kotlin",
    ),
    (
        "Java Backend Developer | Carrick Search | Munich | onsite | 85000-100000 EUR | ag",
        "k=be l=java lv=senior m=onsite at=Munich,DE x=spring,kafka,fintech",
        "Carrick Search are recruiting a senior Java Backend Developer for a Munich-based payments fintech, on site in Schwabing.",
        "7+ years of Java; Spring; Kafka; German not required",
        "",
    ),
    (
        "Senior Python Engineer (Backend) | Lindenhof Labs | Remote (EU) or Berlin | remote | 125000-145000 EUR | ashby",
        "k=be l=python lv=senior m=remote at=Berlin,DE e=EU x=fastapi,pg,aws",
        "Lindenhof Labs builds clinical-trial matching for hospitals. Our Python backend (FastAPI, PostgreSQL) runs on AWS.",
        "6+ years of Python backend; FastAPI; PostgreSQL; Living in the EU (Berlin office optional)",
        "AWS",
    ),
]
# ------------------------------------------------------------------ unrelated jobs, some with backend-ish words
P += [
    (
        "Staff Nurse - Cardiology | St Aldric's Hospital | London | onsite | 35000-42000 GBP | sr",
        "k=other lv=staff m=onsite at=London,UK",
        "Band 5 Staff Nurse for our cardiology ward.",
        "NMC registration; Acute care experience",
        "",
    ),
    (
        "Staff Accountant - Payments Operations | Corvina Group | Chicago, IL | hybrid | 70000-80000 USD | wd",
        "k=other lv=staff m=hybrid at=Chicago,US x=payments",
        "Reconcile vendor payments and manage accounts payable.",
        "CPA or working towards; NetSuite; Excel",
        "",
    ),
    (
        "Principal Engineer - Power Distribution Systems | Severnside Networks | Bristol | hybrid | 70000-85000 GBP | li",
        "k=other lv=principal m=hybrid at=Bristol,UK",
        "Lead the design of 11kV and 33kV distribution network reinforcements.",
        "Chartered Electrical Engineer; HV distribution design",
        "",
    ),
    (
        "Principal Software Engineer - Embedded | Tarrant Avionics | Phoenix, AZ | onsite | 170000-200000 USD | wd",
        "k=emb l=c,cpp lv=principal m=onsite at=Phoenix,US x=distributed",
        "Lead safety-critical flight software (DO-178C) across distributed avionics units.",
        "C/C++; DO-178C; Real-time distributed avionics",
        "",
    ),
    (
        "Payments Operations Specialist | Fenwick Pay | Remote (UK) | remote | 32000-38000 GBP | ashby",
        "k=other lv=mid m=remote e=UK x=payments",
        "Investigate failed payments and handle scheme disputes.",
        "Payments operations; Attention to detail",
        "",
    ),
    (
        "Reptile Keeper (Pythons & Boas) | Wyvern Zoo | Chester | onsite | 24000-27000 GBP | plain",
        "k=other lv=mid m=onsite at=Chester,UK",
        "Care for our python and boa collection.",
        "Animal care qualification; Experience with large constrictors",
        "",
    ),
    (
        "Barista - Java House Coffee | Java House Coffee | Seattle, WA | onsite | ~$19–$22/hour plus tips | plain",
        "k=other lv=junior m=onsite at=Seattle,US pay=39520,45760,USD",
        "Make great coffee at our Capitol Hill cafe.",
        "Customer service; Early mornings",
        "",
    ),
    (
        "Warehouse Associate - Backend Returns | Parcelhub | Leicester | onsite | ~£12.50/hour | plain",
        "k=other lv=junior m=onsite at=Leicester,UK pay=26000,26000,GBP",
        "Process returns in our back-end returns warehouse.",
        "Able to lift 15kg; Shift work",
        "",
    ),
    (
        "Mechanical Design Engineer | Harland Pumps | Sheffield | onsite | 40000-48000 GBP | sr",
        "k=other lv=mid m=onsite at=Sheffield,UK",
        "Design centrifugal pumps in SolidWorks.",
        "Mechanical engineering degree; SolidWorks",
        "",
    ),
    (
        "Elektroniker für Betriebstechnik (m/w/d) | Lahnwerk AG | Gießen | onsite | 45000-52000 EUR | de",
        "k=other lv=mid m=onsite at=Gießen,DE",
        "Wartung und Instandhaltung unserer Produktionsanlagen.",
        "Ausbildung als Elektroniker; Schichtbereitschaft",
        "",
    ),
    (
        "Kundenberater (m/w/d) im Innendienst | Rheinland Versicherung | Köln | hybrid | 42000-48000 EUR | de",
        "k=other lv=mid m=hybrid at=Köln,DE",
        "Beratung unserer Kunden am Telefon.",
        "Kaufmännische Ausbildung; Kommunikationsstärke",
        "",
    ),
    (
        "Marketing Manager | Solvae | Amsterdam | hybrid | 60000-70000 EUR | li",
        "k=other lv=mid m=hybrid at=Amsterdam,NL",
        "Own B2B marketing for our restaurant software.",
        "B2B marketing; HubSpot",
        "",
    ),
    (
        "Account Executive (SaaS) | Tesselate | Remote (US) | remote | 90000-180000 USD | gh",
        "k=other lv=mid m=remote e=US",
        "Sell our feature-flag platform to engineering leaders. OTE $180k.",
        "3+ years of SaaS sales",
        "",
    ),
    (
        "Sales Development Representative - Backend Infrastructure | Weir Data | New York, NY | hybrid | 65000-85000 USD | gh",
        "k=other lv=junior m=hybrid at=NYC,US",
        "Book meetings with backend and platform engineering teams.",
        "Outbound prospecting; Curiosity about developer tools",
        "",
    ),
    (
        "Registered Nurse (Remote Triage) | Calla Health | Remote (US) | remote | ~$45–$55/hour | li",
        "k=other lv=mid m=remote e=US pay=93600,114400,USD",
        "Telephone triage nurse.",
        "RN licence; 3+ years clinical",
        "",
    ),
    (
        "Financial Analyst | Pennycress | San Francisco, CA | hybrid | 120000-140000 USD | ashby",
        "k=other lv=mid m=hybrid at=SF,US x=fintech",
        "FP&A for our card business.",
        "Financial modelling; SQL a plus",
        "",
    ),
    (
        "Lead Carpenter | Oakridge Builders | Denver, CO | onsite | ~$35–$42/hour | plain",
        "k=other lv=lead m=onsite at=Denver,US pay=72800,87360,USD",
        "Lead framing crews on residential builds.",
        "10+ years carpentry; Own tools",
        "",
    ),
    (
        "Office Manager | Lindqvist Health | Berlin | onsite | 45000-50000 EUR | de",
        "k=other lv=mid m=onsite at=Berlin,DE",
        "Du organisierst unser Büro in Kreuzberg.",
        "Organisationstalent; Deutsch und Englisch",
        "",
    ),
    (
        "Customer Success Manager | Hollowtree | Remote (Worldwide) | remote | 70000-90000 USD | ashby",
        "k=other lv=mid m=remote e=ANY",
        "Help our enterprise customers roll out our whiteboard.",
        "Customer success in SaaS",
        "",
    ),
    (
        "Teacher of Computer Science | Kingsmead Academy | Reading | onsite | 32000-45000 GBP | plain",
        "k=other lv=mid m=onsite at=Reading,UK",
        "Teach Python and computing to KS3-KS5.",
        "QTS; Python programming",
        "",
    ),
    (
        "Electrician (Commercial) | Brightline Electrical | Toronto, ON | onsite | ~$38–$45/hour CAD | plain",
        "k=other lv=mid m=onsite at=Toronto,CA pay=79040,93600,CAD",
        "Commercial fit-outs in downtown Toronto.",
        "309A licence",
        "",
    ),
    (
        "Kafka Administrator | Brookhaven Bank | Charlotte, NC | hybrid | 130000-150000 USD | wd",
        "k=devops l=bash lv=senior m=hybrid at=Charlotte,US x=kafka",
        "Operate Confluent Kafka clusters: upgrades, security, capacity.",
        "Confluent Platform administration; Linux; Ansible",
        "",
    ),
    (
        "Spark Plug Assembly Operator | Torrington Components | Coventry | onsite | ~£12/hour | plain",
        "k=other lv=junior m=onsite at=Coventry,UK pay=24960,24960,GBP",
        "Operate assembly lines for spark plugs.",
        "Manufacturing experience",
        "",
    ),
]
# ------------------------------------------------------------------ more backend and near misses, odd title styles
P += [
    (
        "Software Engineer (L5), Backend | Quanta Search | Remote (US) | remote | 200000-240000 USD | gh",
        "k=be l=go,java lv=senior m=remote e=US x=distributed,gcp,k8s",
        "L5 engineers on Ads Serving build Go and Java services that answer 500k requests a second.",
        "5+ years of backend; Go or Java; Distributed systems",
        "",
    ),
    (
        "SWE II - Backend (Python) | Tallowby | Remote (US) | remote | 130000-150000 USD | lever",
        "k=be l=python lv=mid m=remote e=US x=fastapi,pg,aws",
        "Tallowby makes compliance software for food producers.",
        "2+ years of Python backend; FastAPI; PostgreSQL",
        "",
    ),
    (
        "Software Engineer 2 - Node.js | Fernbrook Media | London | hybrid | 65000-75000 GBP | wd",
        "k=be l=node,ts lv=mid m=hybrid at=London,UK x=aws,pg",
        "Build Node.js services for our streaming catalogue.",
        "2+ years of Node.js; TypeScript; AWS",
        "",
    ),
    (
        "Mid-Level Backend Engineer (C#) | Ulverston Tech | Remote (UK) | remote | 55000-65000 GBP | ag",
        "k=be l=csharp lv=mid m=remote e=UK x=azure,sqlserver",
        "Mid-level .NET backend role for a legal-tech client.",
        "C#; .NET; Azure; SQL Server",
        "",
    ),
    (
        "Software Engineer - Java/Kafka | Rotherfield Data | Remote (US) | remote | 135000-155000 USD | li",
        "k=be l=java lv=mid m=remote e=US x=kafka,streaming,micro",
        "Build Java Kafka Streams microservices for our data-sharing platform.",
        "Java; Kafka Streams; Microservices",
        "",
    ),
    (
        "Senior Java Engineer (Kafka, Microservices) | Helmsley Telecom | Remote (EMEA) | remote | 85000-100000 EUR | gh",
        "k=be l=java lv=senior m=remote e=EMEA x=kafka,micro,spring,k8s",
        "Helmsley Telecom's billing platform is a set of Java microservices over Kafka.",
        "Java; Spring Boot; Kafka; Microservices; EMEA-based",
        "",
    ),
    (
        "Backend Engineer (Java) | Loughrigg Pensions | Remote (UK) | remote | 70000-80000 GBP | gh",
        "k=be l=java lv=mid m=remote e=UK x=spring,pg,aws",
        "Loughrigg runs workplace pensions.",
        "Java; Spring; PostgreSQL",
        "",
    ),
    (
        "Golang Engineer (Kafka) | Cartographer Labs | Remote (Europe) | remote | 80000-100000 EUR | lever",
        "k=be l=go lv=senior m=remote e=EUROPE x=kafka,streaming,k8s",
        "Build Go consumers and producers for our location-data streams.",
        "Go; Kafka; Kubernetes",
        "",
    ),
    (
        "Data Engineer (Go, Kafka) | Sedgemoor Telematics | Remote (UK) | remote | 65000-80000 GBP | gh",
        "k=de l=go,python lv=mid m=remote e=UK x=kafka,streaming,spark",
        "Build ingestion from Kafka into our lakehouse in Go and Python.",
        "Go or Python; Kafka; Spark",
        "",
    ),
    (
        "Backend Engineer, Integrations (Go) | Thrushcross | Remote (US) | remote | 140000-160000 USD | gh",
        "k=be l=go lv=mid m=remote e=US x=pg,aws",
        "Build Go integrations with 40 HR systems.",
        "3+ years of Go; REST; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (Python) - Remote | Wildermoor | Remote (Portugal) | remote | 40000-52000 EUR | li",
        "k=be l=python lv=mid m=remote e=PT x=django,pg",
        "Wildermoor builds a surf-school booking platform.",
        "Python; Django; Portugal-based",
        "",
    ),
    (
        "Backend Developer (Python, FastAPI) | Vogelsang Energie | Berlin | hybrid | 75000-90000 EUR | de",
        "k=be l=python lv=senior m=hybrid at=Berlin,DE x=fastapi,pg,azure",
        "Vogelsang Energie steuert Batteriespeicher. Du entwickelst unsere FastAPI-Services.",
        "5+ Jahre Python; FastAPI; PostgreSQL; Englisch reicht",
        "",
    ),
    (
        "Senior Backend Engineer (Python) | Pirouette | Berlin | onsite | 130000-150000 EUR | ashby",
        "k=be l=python lv=senior m=onsite at=Berlin,DE x=fastapi,pg,gcp,k8s",
        "Pirouette is an AI video-editing startup in Mitte. Backend in Python on GCP.",
        "Senior Python; FastAPI; PostgreSQL; GCP",
        "",
    ),
    (
        "Software Engineer, Backend (MongoDB, Python) | Ranmore Labs | Remote (Worldwide) | remote | 90000-110000 USD | lever",
        "k=be l=python lv=mid m=remote e=ANY x=mongodb,fastapi,aws",
        "Ranmore builds fleet-inspection apps. Python services on MongoDB.",
        "Python; MongoDB; FastAPI",
        "",
    ),
    (
        "Backend Engineer (NoSQL) | Cormorant Ads | Remote (US) | remote | 140000-160000 USD | gh",
        "k=be l=java lv=mid m=remote e=US x=cassandra,dynamodb,aws",
        "Cormorant Ads' backend stores 2 billion ad impressions a day in Cassandra and DynamoDB.",
        "Java; Cassandra or DynamoDB; High-throughput systems",
        "",
    ),
    (
        "Backend Developer | Harrier Apps | Remote (Canada) | remote | 100000-120000 CAD | plain",
        "k=be l=node lv=mid m=remote e=CA x=mongodb,aws",
        "Harrier Apps builds fitness apps. Backend in Node with MongoDB.",
        "Node.js; MongoDB",
        "",
    ),
    (
        "Senior Software Engineer | Cedarline | Vancouver, BC | hybrid | 150000-175000 CAD | gh",
        "k=be l=ruby lv=senior m=hybrid at=Vancouver,CA x=rails,pg,aws",
        "Cedarline builds construction-bid software; backend is Rails.",
        "5+ years of Ruby on Rails; PostgreSQL",
        "",
    ),
    (
        "Backend Engineer (Go) - Remote Canada | Loonbit | Remote (Canada) | remote | 125000-145000 CAD | lever",
        "k=be l=go lv=senior m=remote e=CA x=pg,gcp,kafka",
        "Loonbit builds an investing app for Canadians.",
        "5+ years of backend; Go; Kafka; Canada-based",
        "",
    ),
    (
        "Lead Backend Engineer (Node.js) | Pipistrelle | Remote (UK) | remote | 95000-110000 GBP | ashby",
        "k=be l=node,ts lv=lead m=remote e=UK x=saas,pg,aws",
        "Lead our backend team for an HR SaaS product.",
        "Leading engineers; Node.js; TypeScript",
        "",
    ),
    (
        "Lead Software Engineer (Fintech) | Coldharbour Capital | London | hybrid | 110000-130000 GBP | ag",
        "k=be l=java,kotlin lv=lead m=hybrid at=London,UK x=fintech,trading,micro",
        "Lead a backend team building post-trade processing in Java and Kotlin.",
        "Java or Kotlin; Leading teams; Capital markets",
        "",
    ),
    (
        "Lead Engineer, Crypto Payments | Satoshi Rails | Remote (Worldwide) | remote | 160000-200000 USD | plain",
        "k=be l=go lv=lead m=remote e=ANY x=crypto,payments,fintech",
        "Lead backend engineering for our stablecoin payment rails.",
        "Go; Blockchain; Payments",
        "",
    ),
    (
        "Backend Engineer - Azure/.NET (Hybrid) | Caldermoor Council Services | Leeds | hybrid | 50000-58000 GBP | sr",
        "k=be l=csharp lv=mid m=hybrid at=Leeds,UK x=azure,sqlserver",
        "Build .NET APIs on Azure for council services.",
        "C#; Azure; SQL Server; Hybrid in Leeds 2 days a week",
        "",
    ),
    (
        "Senior Software Engineer (.NET) | Kingfisher Mutual | Remote (US) | remote | 140000-160000 USD | wd",
        "k=be l=csharp lv=senior m=remote e=US x=azure,sqlserver,micro",
        "Build .NET microservices on Azure for our insurance platform.",
        "C#; .NET; Azure; SQL Server",
        "",
    ),
    (
        "Software Engineer (Backend) | Umber Robotics | Pittsburgh, PA | onsite | 120000-145000 USD | gh",
        "k=be l=cpp,python lv=none m=onsite at=Pittsburgh,US x=aws",
        "Build the cloud backend of our farm robots in Python and C++.",
        "Python or C++; AWS",
        "",
    ),
    (
        "Backend Engineer (serverless, AWS Lambda) | Hazelmere | Remote (US) | remote | 135000-155000 USD | lever",
        "k=be l=python,ts lv=mid m=remote e=US x=aws,dynamodb",
        "Build serverless APIs on AWS Lambda and DynamoDB.",
        "Python or TypeScript; AWS Lambda; DynamoDB",
        "",
    ),
]

_SLUG = re.compile(r"[^a-z0-9]+")
_MODE = {
    "remote": "This is a remote role.",
    "hybrid": "This is a hybrid role.",
    "onsite": "This role is on site.",
}
_PER = {"h": ("hour", 2080), "d": ("day", 220)}


def _money(n: int, cur: str) -> str:
    if cur in CUR:
        return f"{CUR[cur]}{n:,}"
    return f"{n:,} {cur}"


def _k(n: int, cur: str) -> str:
    sign = CUR.get(cur, "")
    return f"{sign}{n // 1000}k" if sign else f"{n // 1000}k {cur}"


def _pay_line(lo: int, hi: int, cur: str, style: str) -> str:
    span = f"{_money(lo, cur)} – {_money(hi, cur)}"
    if style == "de":
        return f"Gehalt: {lo:,} – {hi:,} € brutto/Jahr".replace(",", ".")
    if style == "wd":
        return f"The base pay range for this position is {_money(lo, cur)}.00 - {_money(hi, cur)}.00 {cur} annually. Actual pay depends on skills, experience and location."
    if style == "ag":
        return f"Salary: {_k(lo, cur)} - {_k(hi, cur)} + bonus + pension"
    if style == "li":
        return f"{_k(lo, cur).upper()}/yr - {_k(hi, cur).upper()}/yr"
    if style == "sr":
        return f"Salary: {lo:,} – {hi:,} {cur} per annum"
    if style == "ashby":
        return f"{_k(lo, cur).upper()} – {_k(hi, cur).upper()} • Offers Equity"
    if style == "plain":
        return f"Pay: {_money(lo, cur)}-{_money(hi, cur)}"
    return f"The annual base salary range for this role is {span}."


def _rate_line(lo: int, hi: int, cur: str, per: str, style: str) -> str:
    word = _PER[per][0]
    if style == "de":
        return f"Stundensatz: {lo}–{hi} € pro Stunde" if per == "h" else f"Tagessatz: {lo}–{hi} €"
    if style == "ag":
        return f"Rate: {_money(lo, cur)} - {_money(hi, cur)} per {word}"
    return f"Pay: {_money(lo, cur)}–{_money(hi, cur)}/{word}"


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def _text(
    style: str, company: str, place: str, mode: str, do: str, req: str, nice: str, pay: str
) -> str:
    r, n = _items(req), _items(nice)
    where = f"Location: {place}. {_MODE[mode]}"
    if style == "de":
        parts = [
            f"Über uns: {do}",
            "Dein Profil:\n" + "\n".join(f"- {x}" for x in r),
            ("Wünschenswert:\n" + "\n".join(f"- {x}" for x in n)) if n else "",
            "Wir bieten: 30 Tage Urlaub, JobRad, Weiterbildungsbudget, flexible Arbeitszeiten. "
            + pay,
            f"Standort: {place}.",
        ]
    elif style == "ag":
        parts = [
            do,
            "Key skills:\n" + "\n".join(f"• {x}" for x in r),
            ("Desirable:\n" + "\n".join(f"• {x}" for x in n)) if n else "",
            f"{pay}. {where}" if pay else where,
            f"Interested? Apply now or send your CV to the {company} team. We are an equal opportunities employer and an agency acting on behalf of our client.",
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
            "Seniority level: see title. Employment type: "
            + ("Contract" if "contract" in do.lower() else "Full-time"),
        ]
    elif style == "sr":
        parts = [
            f"Company Description\n{company} is hiring.",
            f"Job Description\n{do}",
            "Qualifications\n" + "\n".join(f"- {x}" for x in r + n),
            f"Additional Information\n{pay} {where}".strip(),
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


def _facts(spec: str, pay: list[Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in spec.split():
        key, value = part.split("=", 1)
        out[key] = value.split(",") if key in {"l", "at", "e", "x", "pay"} else value
    if "pay" in out:
        a, b, c = out["pay"]
        out["pay"] = [float(a), float(b), c]
    else:
        out["pay"] = pay
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
        "micro": "microservices",
        "mq": "rabbitmq",
    }
    out: list[str] = []
    for part in spec.split():
        key, value = part.split("=", 1)
        if key in {"l", "x"}:
            out += [
                words.get(v, v)
                for v in value.split(",")
                if v not in {"sql", "distributed", "lowlat", "saas", "trading", "lending"}
            ]
    return out


def main() -> None:
    lines, facts = [], {}
    for n, (head, spec, do, req, nice) in enumerate(P, start=1):
        title, company, place, mode, pay, style = (x.strip() for x in head.split(" | "))
        lo = hi = None
        cur = None
        pay_text = ""
        year: list[Any] | None = None
        if pay.startswith("~"):
            pay_text = f"Pay: {pay[1:]}."
        elif pay != "-":
            span, unit = pay.split()
            a, b = (int(x) for x in span.split("-"))
            cur, _, per = unit.partition("/")
            if per:
                pay_text = _rate_line(a, b, cur, per, style)
                year = [float(a * _PER[per][1]), float(b * _PER[per][1]), cur]
                cur = None
            else:
                lo, hi = a, b
                pay_text = _pay_line(a, b, cur, style)
                year = [float(a), float(b), cur]
        pid = f"fresh3:{n:03d}"
        slug = _SLUG.sub("-", f"{company} {title}".lower()).strip("-")
        rec: dict[str, Any] = {
            "id": pid,
            "source": "fresh3",
            "title": title,
            "company": company,
            "location": place,
            "remote": mode,
            "salary_min": lo,
            "salary_max": hi,
            "currency": cur,
            "url": f"https://example.com/fresh3/{n:03d}-{slug}",
            "description": _text(style, company, place, mode, do, req, nice, pay_text),
            "tags": _tags(spec) if n % 4 else [],
            "posted_at": f"2026-11-{1 + n % 29:02d}T{6 + n % 13:02d}:15:00Z",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        facts[pid] = {"title": title, "company": company, **_facts(spec, year)}
    (HERE / "postings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
