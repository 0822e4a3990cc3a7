# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the fourth fresh set, backend and any role (run once, by hand).

Every posting was written by hand for this set (companies, people, pay and places are fictional),
in the shapes real boards use: Greenhouse (``gh``), Lever (``lever``), Ashby (``ashby``), Workday
(``wd``), LinkedIn (``li``), German career pages (``de``), recruitment agencies (``ag``), bare
job-board ads (``plain``), NHS Jobs (``nhs``), US federal announcements (``fed``), hospital
boards (``hosp``), law firms (``law``), school boards (``school``) and hourly job boards
(``indeed``). A row is ``title | company | location | remote | pay | style || facts || what the
job is || requirements || nice-to-haves`` (lists ``;``-separated); ``_text`` lays them out as the
style does. Pay ``150000-180000 USD`` is a year and fills the salary fields; ``~text`` puts the
pay in the text only (hourly pay, day rates); ``-`` says nothing.

Fact keys: k kind (software: be backend, fs full-stack, fe frontend, de data engineer, ds data
scientist, da data analyst, bi BI developer, ba business analyst, dba database administrator,
sqldev SQL developer, devops, sre, plat platform, qa, mob mobile, game, em engineering manager,
swpm software/IT project manager; other fields: rn registered nurse, lpn, cna nursing assistant,
np nurse practitioner, nm nurse manager, para paralegal, la legal assistant/secretary, atty
attorney, atc air traffic controller, ata air traffic assistant, fdisp flight dispatcher, aops
airport operations, pharm pharmacist, ptech pharmacy technician/assistant, truck truck driver
(x cdla, cdlb, hgv), van van/box-truck driver, mech mechanic, eapp electrical apprentice, ehelp
electrician's helper/improver, elec qualified electrician, papp plumbing apprentice, ee
electrical engineer, hrbp, hrgen HR generalist/manager, hra HR assistant/coordinator, rec
recruiter, hris, ap accounts payable, ar accounts receivable, apar both, apsup AP supervisor,
acct accountant, payroll, book bookkeeper, teacher, ta teaching assistant, tutor, lecturer,
cover cover supervisor, physio physiotherapist/physical therapist, pta physical therapist
assistant/physio assistant, ot occupational therapist, sport sports therapist, wh warehouse
operative, whsup warehouse supervisor, forklift forklift operator outside a warehouse, dh dental
hygienist, dentasst dental assistant/nurse, dentist, dentrec, sw social worker, swa social work
assistant, cm case manager, care support/care worker, swmgr social work manager, chef (lv commis,
demi, cdp, jsous, sous, head, line), kp kitchen porter, cpm construction project manager, apm
assistant project manager (construction), pe project engineer (construction), site site/
construction manager, lab labourer/trade, est estimator, pcoord project coordinator
(construction), other); l languages; lv level (intern, grad, junior, mid, senior, staff,
principal, lead, none, trainee, ...); mode remote, hybrid or onsite; at places worked in (onsite or hybrid); e remote
eligibility (US, UK, EU, DE, ANY, ...); x topics (software: rmq, kafka, django, flask, fastapi,
spring, micro, k8s, aws, gcp, azure, bq, pg, mssql, oracle, mysql, tableau, powerbi, looker,
sql, laravel, symfony; nurses: icu, nicu, cvicu, medsurg, ed, tele, pcu, ltc, home; lawyers:
corp, lit, re, ip, emp; teachers: maths, science, primary; warehouse: forklift); sh shift
(day, night, rot, eve); hrs (ft, pt, prn, contract, temp); pay (min, max, currency) a year.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CUR = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$"}

P: list[str] = [
    # ------------------------------------------------ message queues (RabbitMQ and near misses)
    "Senior Backend Engineer (Python, RabbitMQ) | Ledgerleaf | Remote (EU) | remote | 78000-92000 EUR | lever || k=be l=python lv=senior e=EU x=rmq,pg,django || Ledgerleaf automates expense reports for 3,000 companies. Our Django services talk through RabbitMQ: receipt OCR, approval workflows and card sync are all queue consumers. || 5+ years of Python backend; RabbitMQ in production (exchanges, dead-lettering, consumer scaling); PostgreSQL; Resident in the EU || Celery; OCR pipelines",
    "Backend Developer – Messaging (Go) | Parcelbright | Rotterdam, Netherlands | hybrid | 60000-75000 EUR | ashby || k=be l=go lv=none at=Rotterdam,NL x=rmq,pg,k8s || Parcelbright tracks 2M parcels a day for Dutch webshops. You will own the Go consumers and publishers on our RabbitMQ cluster that fan out tracking events to carriers and shops. || 3+ years backend; Go; AMQP/RabbitMQ (quorum queues, routing keys); SQL || Kubernetes; carrier APIs",
    "Java Developer (Spring, RabbitMQ) | Hartwell Insurance Group | Hartford, CT 06103 | hybrid | 115000-135000 USD | wd || k=be l=java lv=none at=Hartford,US x=rmq,spring,micro,mssql || Hartwell's Claims Technology team builds Spring Boot microservices that exchange claim events over RabbitMQ. || Bachelor's degree in Computer Science or related field; 4+ years of Java; Spring Boot; RabbitMQ or another message broker; SQL Server || Insurance domain; Azure",
    ".NET Backend Engineer – RabbitMQ / MassTransit | Corvane Logistics | Remote (UK) | remote | 60000-72000 GBP | gh || k=be l=csharp lv=none e=UK x=rmq,mssql,azure || Corvane runs freight bookings for 400 hauliers. Our C# services use MassTransit over RabbitMQ for sagas and retries. || C# / .NET 8; MassTransit and RabbitMQ; SQL Server; UK resident || Azure Service Bus",
    "Full Stack Developer (Node / Vue) | Gigwell Events | Austin, TX 78701 | hybrid | 105000-125000 USD | lever || k=fs l=node,js lv=none at=Austin,US x=rmq,mysql || Build the ticketing dashboard and the Node services behind it. Ticket scans are processed by Node workers consuming RabbitMQ. || Node.js and Vue 3; RabbitMQ; MySQL || Redis",
    "DevOps Engineer – RabbitMQ & Kubernetes | Tessellate Cloud | Remote (Europe) | remote | 70000-85000 EUR | plain || k=devops lv=none e=EUROPE x=rmq,k8s,aws || We run 40 RabbitMQ clusters for our SaaS customers. You'll operate them on Kubernetes: upgrades, monitoring, capacity. || RabbitMQ operations; Kubernetes; Terraform; AWS || Erlang basics",
    "Senior Software Engineer, Event Streaming (Kafka) | Northwind Rail | Denver, CO 80202 | hybrid | 150000-175000 USD | gh || k=be l=java lv=senior at=Denver,US x=kafka,spring,micro || Northwind Rail streams train telemetry through Kafka to dispatch and maintenance services. || 6+ years backend; Java; Kafka Streams; distributed systems || Flink",
    "Backend Engineer (Elixir) | Ravelin Fitness | Remote (US) | remote | 130000-150000 USD | ashby || k=be l=elixir lv=none e=US x=pg || Ravelin's class-booking API is Elixir and Phoenix. We use Oban for background jobs (no message broker). || 3+ years backend; Elixir or Erlang; PostgreSQL || LiveView",
    "Integration Developer (ActiveMQ, MuleSoft) | Brantley Health System | Charlotte, NC 28204 | onsite | 95000-110000 USD | hosp || k=be l=java lv=none at=Charlotte,US x=activemq || Build and support integrations between the EHR, lab and billing systems using MuleSoft and ActiveMQ. || Java; MuleSoft; ActiveMQ or JMS; HL7 || Epic Bridges",
    "Software Engineer – Backend (Python/Celery) | Quayside Learning | London, UK | hybrid | 55000-68000 GBP | gh || k=be l=python lv=mid at=London,UK x=rmq,django,pg || Quayside runs online courses for 200 universities. Django, Celery on RabbitMQ, PostgreSQL. || 2+ years of Python; Django; Celery with RabbitMQ or Redis; PostgreSQL || Edtech",
    # ------------------------------------------------ Django / Python APIs
    "Senior Django Developer (REST APIs) – 100% Remote | Fennel & Fig | Remote (Worldwide) | remote | 90000-115000 USD | plain || k=be l=python lv=senior e=ANY x=django,pg || Fennel & Fig sells meal-kit subscriptions in 9 countries. We're a fully remote team; you'll build the Django REST Framework APIs used by our apps. || 5+ years of Python; Django and Django REST Framework; PostgreSQL; Async written communication || Stripe",
    "Backend Engineer (Django REST Framework) | Clearwater Benefits | Remote - US | remote | 135000-155000 USD | lever || k=be l=python lv=none e=US x=django,pg,aws || Clearwater administers HSA accounts. Our API is Django REST Framework on AWS. || 3+ years backend; Django REST Framework; PostgreSQL; US-based || Healthcare or benefits",
    "Python/Django API Developer | Saltmarsh Digital | Bristol, UK | hybrid | 50000-60000 GBP | ag || k=be l=python lv=none at=Bristol,UK x=django,pg || My client, a Bristol agency building booking platforms for leisure centres, needs a Django developer for their REST API team (3 days in the office). || Python; Django REST Framework; PostgreSQL || Docker",
    "Full-Stack Engineer (Django + React) | Pollinate Farms | Remote (US & Canada) | remote | 120000-140000 USD | ashby || k=fs l=python,js lv=none e=NA x=django,pg || Pollinate connects beekeepers and growers. Django REST backend, React frontend, you'll do both. || Django; React; PostgreSQL || Maps/GIS",
    "Python Backend Engineer (Flask) | Tidebook | Remote (EU) | remote | 65000-80000 EUR | gh || k=be l=python lv=none e=EU x=flask,pg || Tidebook is a booking tool for marinas. Our REST API is Flask and SQLAlchemy. || 3+ years of Python; Flask; REST API design; EU resident || Django",
    "Django Developer | Ostrava Soft s.r.o. | Brno, Czechia | onsite | 50000-60000 EUR | li || k=be l=python lv=none at=Brno,CZ x=django,pg || In-house team building an ERP for breweries in Django. Office-based in Brno. || Django; REST APIs; PostgreSQL || Czech language",
    "Backend Engineer – Python (FastAPI, PostgreSQL) | Meridian Soil | Remote (US) | remote | 140000-160000 USD | gh || k=be l=python lv=none e=US x=fastapi,pg,aws || Meridian Soil sells soil-carbon measurement to farms. Our APIs are FastAPI on PostgreSQL/PostGIS. || 3+ years of Python backend; FastAPI; PostgreSQL (PostGIS a plus); US resident || Geospatial",
    "Senior Python Engineer – FastAPI | Inkwell AI | London, UK | hybrid | 85000-100000 GBP | ashby || k=be l=python lv=senior at=London,UK x=fastapi,pg,gcp || Inkwell builds contract review for in-house legal teams. FastAPI services, Postgres, GCP. || 5+ years of Python; FastAPI; PostgreSQL; Async Python || LLM tooling",
    "Python Developer (FastAPI, MongoDB) | Brightloom Retail | Remote (EU) | remote | 60000-72000 EUR | lever || k=be l=python lv=none e=EU x=fastapi,mongo || Brightloom's pricing engine exposes FastAPI endpoints on MongoDB. || Python; FastAPI; MongoDB || Pandas",
    "Backend Developer Python (Django, PostgreSQL) (m/w/d) | Isarwerk Software GmbH | München | hybrid | 62000-75000 EUR | de || k=be l=python lv=none at=Munich,DE x=django,pg || Wir entwickeln eine Plattform für Hausverwaltungen. Backend in Python/Django mit PostgreSQL. || Mehrjährige Erfahrung mit Python und Django; PostgreSQL; Deutsch C1 || Docker",
    "Full Stack Python Developer (FastAPI + React) | Cobble Health | New York, NY 10013 | hybrid | 140000-165000 USD | gh || k=fs l=python,js lv=none at=NYC,US x=fastapi,pg || Cobble builds patient-intake software. FastAPI backend on PostgreSQL, React frontend. || FastAPI; React; PostgreSQL || HIPAA",
    "Python Engineer, Data APIs (FastAPI/Postgres) | Vantor Energy | Houston, TX 77002 | onsite | 125000-145000 USD | wd || k=be l=python lv=mid at=Houston,US x=fastapi,pg,azure || Build FastAPI services exposing well and pipeline data from PostgreSQL. || Bachelor's degree; 2+ years Python; FastAPI; PostgreSQL || Azure",
    # ------------------------------------------------ Spring Boot / Munich / Germany
    "Senior Java Backend Developer – Spring Boot / Microservices (m/w/d) | Vorwerk Mobility Services GmbH | München | hybrid | 75000-90000 EUR | de || k=be l=java lv=senior at=Munich,DE x=spring,micro,k8s,pg || Du entwickelst Microservices mit Spring Boot für unsere Sharing-Plattform. Hybrides Arbeiten: 2 Tage pro Woche im Büro in München-Schwabing. || 5+ Jahre Java; Spring Boot, Spring Cloud; Microservices-Architektur; Deutsch und Englisch || Kubernetes; Kafka",
    "Java Developer Spring Boot (all genders) | Alpstein Versicherung AG | Munich, Germany | hybrid | 65000-80000 EUR | li || k=be l=java lv=none at=Munich,DE x=spring,micro,oracle || Our insurance platform is moving from a monolith to Spring Boot microservices. Hybrid: up to 3 days remote. || Java 17; Spring Boot; REST; Oracle || Camunda",
    "Backend Engineer (Kotlin, Spring Boot) | Brezn Payments | München | onsite | 70000-85000 EUR | ashby || k=be l=kotlin lv=none at=Munich,DE x=spring,micro,pg,payments || Brezn builds checkout for German retailers. Kotlin on Spring Boot, microservices on GKE. Office-first culture, five days in Munich. || Kotlin or Java; Spring Boot; PostgreSQL || Payments",
    "Java Entwickler (m/w/d) | Lechtal Automotive IT | Garching bei München | hybrid | 60000-72000 EUR | de || k=be l=java lv=none at=Munich,DE x=jakarta || Entwicklung von Backend-Anwendungen mit Java EE / Jakarta EE für unsere Produktionssteuerung. 2 Tage Homeoffice. || Java; Jakarta EE; SQL; Deutsch fließend || Automotive",
    "Senior Spring Boot Developer (m/w/d) | Spreeblick Commerce | Berlin | hybrid | 72000-88000 EUR | de || k=be l=java lv=senior at=Berlin,DE x=spring,micro,k8s || Du baust Spring Boot Microservices für unseren Marktplatz. Hybrid in Berlin-Kreuzberg. || 5+ Jahre Java; Spring Boot; Microservices; Kubernetes || Kafka",
    "Java / Spring Boot Engineer – Remote (Germany) | Kranich Health | Remote (Germany) | remote | 68000-80000 EUR | lever || k=be l=java lv=none e=DE x=spring,micro,pg || Kranich builds telemedicine software. Spring Boot microservices, fully remote within Germany. || Java 21; Spring Boot; PostgreSQL; Wohnsitz in Deutschland || FHIR",
    "Fullstack Entwickler Java / Angular (m/w/d) | Isartal Energie | München | hybrid | 62000-74000 EUR | de || k=fs l=java,ts lv=none at=Munich,DE x=spring,micro || Entwicklung unseres Kundenportals: Spring Boot Microservices im Backend und Angular im Frontend. || Java; Spring Boot; Angular; Deutsch || Energiewirtschaft",
    "Senior Software Engineer – Java Microservices | Kestrel Bank | Frankfurt am Main | hybrid | 80000-95000 EUR | wd || k=be l=java lv=senior at=Frankfurt,DE x=spring,micro,kafka || Kestrel Bank's core banking runs on Spring Boot microservices. Hybrid in Frankfurt. || 6+ years Java; Spring Boot; Kafka; Banking || Kubernetes",
    "Spring Boot Microservices Developer | Quanta Systems Inc. | Munich, ND 58352 | onsite | 90000-105000 USD | indeed || k=be l=java lv=none at=Munich-ND,US x=spring,micro || Quanta Systems builds grain-elevator management software from our office in Munich, North Dakota. || Java; Spring Boot; microservices; SQL || Agriculture",
    "Frontend Developer (React) (m/w/d) | Weißwurst Digital | München | hybrid | 55000-68000 EUR | de || k=fe l=ts,js lv=none at=Munich,DE || Du entwickelst React-Oberflächen für unsere Kunden aus dem Handel. || React; TypeScript; CSS || Next.js",
    "DevOps Engineer (m/w/d) – Kubernetes | Isarwerk Software GmbH | München | hybrid | 65000-78000 EUR | de || k=devops lv=none at=Munich,DE x=k8s,aws || Du betreibst unsere Kubernetes-Cluster und CI/CD-Pipelines. || Kubernetes; Terraform; GitLab CI; AWS || Spring Boot-Kenntnisse",
    # ------------------------------------------------ Node / TypeScript / JavaScript
    "Contract Node.js Developer (TypeScript) – 6 months | Harlow Tech Recruitment | London, UK | remote | ~£550–£650 a day, outside IR35 | ag || k=be l=node,ts lv=none e=UK hrs=contract x=pg,aws || 6-month contract, fully remote within the UK, for a retail bank's open-banking team. You'll build Node.js/TypeScript APIs. || Node.js; TypeScript; REST APIs; PostgreSQL || AWS Lambda",
    "Freelance Backend Developer Node.js / TypeScript | Ostsee Digital | Remote (Germany) | remote | ~€85–€95 pro Stunde | de || k=be l=node,ts lv=none e=DE hrs=contract x=pg || Für ein 9-monatiges Projekt suchen wir einen freiberuflichen Node.js Backend-Entwickler (TypeScript, NestJS). || Node.js; TypeScript; NestJS; PostgreSQL || GraphQL",
    "Backend Engineer (Node.js/TypeScript) – Contractor | Plumtree Labs | Remote (US) | remote | ~$85–$100/hour, 1099 contract | plain || k=be l=node,ts lv=none e=US hrs=contract x=pg,aws || 4-month contract, possibility to extend, building the billing service for our scheduling SaaS. || Node.js; TypeScript; PostgreSQL; available 40h/week || Stripe",
    "Node.js Developer – Contract | Brookhaven Staffing | Remote (US) | remote | ~$70/hour W2 | indeed || k=be l=node,js lv=none e=US hrs=contract x=mongo || Our client, a media company, needs a Node.js developer for a 3-month contract to build Express APIs. Plain JavaScript codebase. || Node.js; Express; MongoDB || AWS",
    "Senior Backend Engineer – Node.js / TypeScript | Mintgrove | Remote (US) | remote | 160000-185000 USD | gh || k=be l=node,ts lv=senior e=US x=pg,aws || Mintgrove sells expense cards to startups. Permanent, full-time role on our TypeScript backend (Node, NestJS). || 5+ years backend; Node.js; TypeScript; PostgreSQL || Fintech",
    "Full Stack TypeScript Developer (Contract) | Juniper Loop | Manchester, UK | hybrid | ~£450 a day inside IR35 | ag || k=fs l=node,ts lv=none at=Manchester,UK hrs=contract || 6-month contract building a Next.js front end and Node APIs for a housing association. || TypeScript; React/Next.js; Node.js || Azure",
    "React Developer – Contract | Brookhaven Staffing | Remote (US) | remote | ~$65/hour | indeed || k=fe l=js,ts lv=none e=US hrs=contract || 6-month contract building React dashboards. || React; TypeScript; CSS || Storybook",
    "Backend Developer (Node.js) | Kitewing Travel | Lisbon, Portugal | hybrid | 45000-55000 EUR | lever || k=be l=node,js lv=none at=Lisbon,PT x=mongo,aws || Kitewing sells surf trips. Our backend is Node.js (JavaScript, Express) on AWS. || 3+ years with Node.js; Express; MongoDB || TypeScript",
    "JavaScript Backend Developer (Node.js, Express) | Bluegate Media | Remote (EU) | remote | 55000-65000 EUR | plain || k=be l=node,js lv=none e=EU x=pg || Bluegate publishes local news sites. You'll build the Node.js APIs that serve 40M page views a month. || JavaScript; Node.js; Express; PostgreSQL || Redis",
    "Java Backend Developer | Granite Ridge Bank | Columbus, OH 43215 | hybrid | 110000-130000 USD | wd || k=be l=java lv=none at=Columbus,US x=spring,oracle || Build Java services for consumer lending. || Java; Spring; Oracle; 3+ years || Banking",
    "Frontend Engineer (JavaScript, React) | Peachtree Home | Atlanta, GA 30308 | hybrid | 115000-135000 USD | gh || k=fe l=js lv=none at=Atlanta,US || Build the React front end of our home-insurance quote flow. || JavaScript; React; accessibility || TypeScript",
    "MERN Stack Developer | Sunbird Apps | Remote (India) | remote | ~₹18–24 lakh a year | plain || k=fs l=node,js lv=none e=IN x=mongo || Build features across MongoDB, Express, React and Node for our D2C clients. || MongoDB; Express; React; Node.js || Next.js",
    "Senior Node.js Engineer (Backend) | Stackhaven | Remote (Worldwide) | remote | 100000-130000 USD | ashby || k=be l=node,ts lv=senior e=ANY x=pg,k8s || Stackhaven is a headless CMS. Our API is TypeScript on Node, running on Kubernetes. || Node.js; TypeScript; PostgreSQL; Kubernetes || Open source",
    # ------------------------------------------------ databases
    "SQL Server Database Administrator | Ironbridge Health Partners | Nashville, TN 37203 | hybrid | 105000-125000 USD | hosp || k=dba lv=none at=Nashville,US x=mssql,azure || Administer 60 SQL Server instances supporting clinical and revenue-cycle systems: backups, Always On availability groups, patching and performance tuning. || 5+ years as a SQL Server DBA; Always On AGs; T-SQL performance tuning; on-call rotation || Azure SQL Managed Instance",
    "Senior DBA – Microsoft SQL Server | Carrow County Government | Raleigh, NC 27601 | onsite | ~$48.20–$61.50 an hour | fed || k=dba lv=senior at=Raleigh,US x=mssql || Senior database administrator for the county's SQL Server estate (finance, permits, courts). || MS SQL Server 2016+; HA/DR; SSIS; PowerShell || MCSA",
    "Database Administrator (MSSQL) | Penrose Freight | Remote (UK) | remote | 55000-65000 GBP | ag || k=dba lv=none e=UK x=mssql,azure || My client, a national freight company, needs an MSSQL DBA to look after their SQL Server 2019 estate and Azure SQL. || SQL Server administration; Always On; Azure SQL; UK-based || Power BI",
    "Oracle Database Administrator | Tarnwell Utilities | Birmingham, AL 35203 | onsite | 110000-128000 USD | wd || k=dba lv=none at=Birmingham-AL,US x=oracle || Support Oracle 19c databases for billing and outage systems. || Oracle 19c; RAC; Data Guard; RMAN || Exadata",
    "PostgreSQL DBA | Elmstead Cloud | Remote (EU) | remote | 65000-78000 EUR | lever || k=dba lv=none e=EU x=pg || Operate our managed PostgreSQL fleet: replication, upgrades, query tuning. || PostgreSQL administration; Patroni; Linux || SQL Server",
    "SQL Server Developer (T-SQL, SSIS) | Calloway Mutual | Des Moines, IA 50309 | hybrid | 95000-112000 USD | wd || k=sqldev lv=none at=DesMoines,US x=mssql || Write T-SQL stored procedures and SSIS packages for policy and claims reporting. || T-SQL; SSIS; SQL Server; 3+ years || SSRS",
    "BI Developer (SQL Server, Power BI) | Ashcombe Retail | Leeds, UK | hybrid | 45000-55000 GBP | li || k=bi lv=none at=Leeds,UK x=mssql,powerbi,sql || Build the data warehouse on SQL Server and the Power BI reports on top. || SQL Server; SSIS; Power BI; DAX || Azure Data Factory",
    "Junior Database Administrator (SQL Server) | Fairhaven University | Worcester, MA 01610 | onsite | 68000-78000 USD | plain || k=dba lv=junior at=Worcester,US x=mssql || Support the university's SQL Server databases alongside two senior DBAs. || Some SQL Server administration or coursework; T-SQL basics || MySQL",
    "Database Reliability Engineer (SQL Server & Azure) | Quillon Software | Remote (US) | remote | 135000-155000 USD | gh || k=dba lv=none e=US x=mssql,azure || Quillon's SaaS runs on 300 Azure SQL and SQL Server databases. Own their availability, performance and upgrades. || SQL Server and Azure SQL administration; automation in PowerShell or Python; query tuning || Terraform",
    # ------------------------------------------------ Go
    "Junior Golang Developer | Tallowby Cloud | Amsterdam, Netherlands | hybrid | 42000-50000 EUR | lever || k=be l=go lv=junior at=Amsterdam,NL x=pg,k8s || Tallowby sells managed VPN for small businesses. Join our Go backend team as a junior: pairing, code review, real features from week one. || 0–2 years of experience; Go (from a course, internship or side project); Basic SQL || Docker",
    "Graduate Software Engineer – Go | Brightwater Payments | London, UK | hybrid | 38000-42000 GBP | gh || k=be l=go lv=grad at=London,UK x=payments,pg || Our 2027 graduate programme: you'll join a Go backend squad building payouts. || A degree (any subject) finishing by summer 2027; Some programming experience; Interest in Go || Go side projects",
    "Backend Engineering Intern (Go) – Summer 2027 | Ravenpoint | San Francisco, CA 94107 | onsite | ~$48/hour | ashby || k=be l=go lv=intern at=SF,US x=k8s || 12-week summer internship on our Go infrastructure APIs. || Pursuing a BS/MS in CS; Some Go or C || Kubernetes",
    "Go Developer (1–3 years) | Kelpwise | Remote (EU) | remote | 50000-60000 EUR | plain || k=be l=go lv=none e=EU x=pg || Kelpwise builds booking software for dive schools. Go backend, Postgres. 1–3 years of experience is plenty. || Go; SQL; REST || gRPC",
    "Senior Golang Engineer | Stratoline | Remote (US) | remote | 170000-200000 USD | gh || k=be l=go lv=senior e=US x=k8s,distributed,gcp || Build the Go control plane of our multi-cloud networking product. || 6+ years backend; Go; Kubernetes; distributed systems || eBPF",
    "Junior Backend Developer (Python) | Hollybush Learning | Manchester, UK | hybrid | 30000-35000 GBP | plain || k=be l=python lv=junior at=Manchester,UK x=django,pg || Junior role in our Django team building a homework app for schools. || Python basics; SQL; keen to learn || Django",
    "Go Engineer – Mid Level | Ferrocart | Berlin, Germany | hybrid | 65000-78000 EUR | ashby || k=be l=go lv=mid at=Berlin,DE x=pg,k8s || Ferrocart is a grocery marketplace. Mid-level Go engineer for our order services. || 3+ years backend; Go; PostgreSQL || Kubernetes",
    "Entry-Level Software Engineer, Backend (Go) | Coppervale Systems | Austin, TX 78704 | onsite | 95000-105000 USD | wd || k=be l=go lv=junior at=Austin,US x=aws,pg || Entry-level backend engineer on our Go services for utility billing. New grads welcome. || BS in Computer Science or related, or equivalent experience; 0–2 years of professional experience; Go, Java or C++ || AWS",
    "Junior Frontend Developer | Tallowby Cloud | Amsterdam, Netherlands | hybrid | 40000-46000 EUR | lever || k=fe l=ts lv=junior at=Amsterdam,NL || Junior on our React dashboard team. || React basics; TypeScript; HTML/CSS || Figma",
    "Golang Developer – Blockchain (Junior/Mid) | Nodeworks Labs | Remote (Worldwide) | remote | 45000-70000 USD | plain || k=be l=go lv=junior e=ANY x=crypto || Build Go indexers for blockchain data. Junior and mid-level candidates welcome. || Go; Interest in blockchains || Ethereum",
    # ------------------------------------------------ .NET / Azure
    "Lead .NET Engineer (Azure) | Harbourline Insurance | Amsterdam, Netherlands | hybrid | 95000-115000 EUR | wd || k=be l=csharp lv=lead at=Amsterdam,NL x=azure,mssql,micro || Lead a team of five building our policy platform in C#/.NET 8 on Azure (Functions, Service Bus, AKS). || 8+ years of C#/.NET; Leading engineers; Azure; SQL Server || Insurance domain",
    "Tech Lead – C# / .NET / Azure | Dunmore Software | Dublin, Ireland | hybrid | 85000-100000 EUR | li || k=be l=csharp lv=lead at=Dublin,IE x=azure,mssql || Tech lead for the scheduling product: C#, ASP.NET Core, Azure. || .NET; Azure; Team lead experience || Cosmos DB",
    "Lead Software Engineer (.NET, Azure) – Remote EU | Kolibri Travel | Remote (EU) | remote | - | gh || k=be l=csharp lv=lead e=EU x=azure,micro || Lead engineer for our booking engine: .NET microservices on Azure Kubernetes Service. || C#/.NET; Azure; Technical leadership || Travel tech",
    "Lead .NET Developer | Ashdown Recruitment | Reading, UK | hybrid | 70000-80000 GBP | ag || k=be l=csharp lv=lead at=Reading,UK x=azure,mssql || My client, an energy supplier, needs a Lead .NET Developer to lead 4 devs on their Azure-hosted billing system. || C#; .NET Core; Azure; SQL Server; Leading a team || Agile",
    "Lead .NET Engineer (AWS) | Grayfield Logistics | Rotterdam, Netherlands | hybrid | 90000-105000 EUR | lever || k=be l=csharp lv=lead at=Rotterdam,NL x=aws,mssql || Lead the .NET team behind our warehouse management system on AWS. || C#/.NET; AWS (ECS, SQS); Team lead || Terraform",
    "Senior .NET Developer (Azure) | Harbourline Insurance | Amsterdam, Netherlands | hybrid | 80000-95000 EUR | wd || k=be l=csharp lv=senior at=Amsterdam,NL x=azure,mssql || Senior engineer on our claims services: .NET 8 on Azure. || 6+ years C#/.NET; Azure; SQL Server || Event sourcing",
    "Lead Full-Stack Engineer (.NET / Angular, Azure) | Brenner Logistik | Hamburg | hybrid | 85000-98000 EUR | de || k=fs l=csharp,ts lv=lead at=Hamburg,DE x=azure || Leitung eines Teams von 4 Entwicklern: .NET Backend, Angular Frontend, Azure. || C#; Angular; Azure; Führungserfahrung || Logistik",
    "Lead .NET Developer (Azure) | Fenwick Public Services | Cardiff, UK | hybrid | 60000-68000 GBP | li || k=be l=csharp lv=lead at=Cardiff,UK x=azure,mssql || Lead developer for citizen-facing services built in .NET on Azure. || C#; ASP.NET Core; Azure; mentoring || GDS standards",
    "Principal Engineer – .NET & Azure | Vellum Health | Remote (Europe) | remote | 110000-130000 EUR | ashby || k=be l=csharp lv=principal e=EUROPE x=azure,micro || Principal engineer setting technical direction for our .NET services on Azure. || 10+ years C#/.NET; Azure architecture; Cross-team design || FHIR",
    "Lead Mobile Developer (.NET MAUI) | Driftwood Apps | Utrecht, Netherlands | hybrid | 80000-95000 EUR | plain || k=mob l=csharp lv=lead at=Utrecht,NL x=azure || Lead our .NET MAUI app team. Backend is on Azure but this role is app-side. || .NET MAUI / Xamarin; C#; mobile release process || Azure",
    "Unity Developer (C#) – Lead | Pebblecast Games | Remote (EU) | remote | 75000-90000 EUR | lever || k=game l=csharp lv=lead e=EU || Lead gameplay programmer for our mobile puzzle games in Unity. || Unity; C#; shipped titles || Azure PlayFab",
    # ------------------------------------------------ GCP / BigQuery / data
    "Backend Engineer – GCP & BigQuery | Larkhill Analytics | London, UK | hybrid | 70000-85000 GBP | gh || k=be l=python,go lv=none at=London,UK x=gcp,bq,pg || Larkhill sells retail-footfall insights. Our backend services run on Cloud Run and serve aggregates from BigQuery to customers' dashboards. || 3+ years backend (Python or Go); GCP (Cloud Run, Pub/Sub); BigQuery; SQL || dbt",
    "Senior Backend Engineer (Go, Google Cloud) | Skylark Media | Remote (US) | remote | 165000-190000 USD | ashby || k=be l=go lv=senior e=US x=gcp,bq,k8s || Skylark's ad-measurement backend is Go on GKE, with BigQuery for reporting queries our APIs serve. || 5+ years backend; Go; GCP (GKE, Pub/Sub, BigQuery) || Spanner",
    "Backend Engineer (Java, GCP) | Tollgate Mobility | Warsaw, Poland | hybrid | 60000-75000 EUR | li || k=be l=java lv=none at=Warsaw,PL x=gcp,spring,pg || Spring Boot services on Google Cloud for our parking app. || Java; Spring Boot; GCP; PostgreSQL || Terraform",
    "Data Engineer – BigQuery / GCP | Ambervale Retail | Remote (UK) | remote | 60000-72000 GBP | ag || k=de lv=none e=UK x=gcp,bq,sql || Build pipelines into BigQuery with Dataflow and dbt for a national retailer. || BigQuery; Dataflow or Airflow; SQL; Python || Looker",
    "Backend Engineer (Python, AWS Redshift) | Larchmont Data | Boston, MA 02110 | hybrid | 140000-160000 USD | gh || k=be l=python lv=none at=Boston,US x=aws,redshift || APIs over our Redshift warehouse for customer analytics. || Python; AWS; Redshift; SQL || Airflow",
    "Full Stack Engineer (GCP, BigQuery) | Beacon Fields | Remote (US) | remote | 130000-150000 USD | lever || k=fs l=ts,python lv=none e=US x=gcp,bq || Build the React app and Python APIs of our crop-analytics product; data lives in BigQuery. || TypeScript; React; Python; GCP; BigQuery || Mapbox",
    "Data Analyst (BigQuery, Looker) | Skylark Media | New York, NY 10011 | hybrid | 95000-110000 USD | ashby || k=da lv=none at=NYC,US x=bq,looker,sql || Analyse ad campaign performance with SQL in BigQuery and build Looker dashboards. || SQL; BigQuery; Looker; statistics || Python",
    "Software Engineer, Backend – Google Cloud Platform | Northgate Games | Montreal, QC | hybrid | 115000-135000 CAD | wd || k=be l=java,go lv=none at=Montreal,CA x=gcp,bq,k8s || Backend services for our live-service games on GCP: matchmaking, telemetry ingestion into BigQuery. || Java or Go; GCP; BigQuery; Kubernetes || Game industry",
    # ------------------------------------------------ Kubernetes
    "Backend Developer (Go, Kubernetes) | Sablefin | Remote (EU) | remote | 70000-85000 EUR | lever || k=be l=go lv=none e=EU x=k8s,pg || Sablefin builds a managed CI service. You'll develop Go services and Kubernetes operators that run customer builds. || Go; Kubernetes (operators, client-go); PostgreSQL || Helm",
    "Backend Engineer – Java / Kubernetes | Cardinal Telecom | Dallas, TX 75201 | hybrid | 130000-150000 USD | wd || k=be l=java lv=none at=Dallas,US x=k8s,spring,micro || Build Spring Boot microservices deployed on our Kubernetes platform for number porting. || Java; Spring Boot; Kubernetes; Docker || Telecom",
    "Backend Developer (PHP) | Harbourside Holidays | Brighton, UK | hybrid | 42000-50000 GBP | plain || k=be l=php lv=none at=Brighton,UK x=mysql || PHP backend for our holiday-let booking site on shared VMs. || PHP 8; MySQL; REST || Laravel",
    "Platform Engineer (Kubernetes) | Oakridge Fintech | London, UK | hybrid | 80000-95000 GBP | gh || k=plat lv=none at=London,UK x=k8s,aws || Build and run the Kubernetes platform our 30 product teams deploy to. || Kubernetes; Terraform; AWS; Go or Python scripting || Service mesh",
    "Site Reliability Engineer – Kubernetes | Vellum Health | Remote (Europe) | remote | 80000-95000 EUR | ashby || k=sre lv=none e=EUROPE x=k8s,azure || Keep our AKS clusters and services reliable; on-call; SLOs. || Kubernetes; Prometheus; Azure || Go",
    "Backend Engineer (Python) – Kubernetes-native | Mistral Freight | Remote (US) | remote | 140000-160000 USD | gh || k=be l=python lv=none e=US x=k8s,pg,aws || Python services (FastAPI) for freight quoting, deployed on EKS; engineers own their Helm charts. || Python; Kubernetes; PostgreSQL || FastAPI",
    "Full Stack Engineer (TypeScript, Kubernetes) | Glimmer Studio | Toronto, ON | hybrid | 110000-130000 CAD | lever || k=fs l=ts,node lv=none at=Toronto,CA x=k8s || Ship features end to end in React and Node; everything runs on Kubernetes. || TypeScript; React; Node.js; Kubernetes || GraphQL",
    "Backend Developer – Rust, Kubernetes | Ferrite Labs | Berlin | hybrid | 75000-90000 EUR | ashby || k=be l=rust lv=none at=Berlin,DE x=k8s || Rust services and Kubernetes controllers for our edge-compute product. || Rust; Kubernetes; Linux networking || WebAssembly",
    # ------------------------------------------------ PHP
    "Senior Laravel Developer | Orchardly | Remote (UK) | remote | 60000-70000 GBP | lever || k=be l=php lv=senior e=UK x=laravel,mysql || Orchardly runs subscription boxes for 80 independent brands. Our platform is a Laravel monolith with queues on Redis. || 5+ years PHP; Laravel; MySQL; UK resident || Vue",
    "Senior PHP Developer (Laravel) | Fennwick Agency | Leeds, UK | hybrid | 50000-58000 GBP | ag || k=be l=php lv=senior at=Leeds,UK x=laravel,mysql || My client, a Leeds digital agency, needs a Senior PHP Developer to lead Laravel builds for clients. || PHP 8; Laravel; MySQL; 5+ years || AWS",
    "Laravel Developer | Cresthaven Marketplace | Remote (EU) | remote | 45000-55000 EUR | plain || k=be l=php lv=mid e=EU x=laravel,mysql || Mid-level Laravel developer for our second-hand furniture marketplace. || PHP; Laravel; 2+ years || Livewire",
    "Senior PHP Engineer (Symfony) | Bergfeld Commerce | Remote (Germany) | remote | 70000-82000 EUR | de || k=be l=php lv=senior e=DE x=symfony,mysql || Senior Backend-Entwickler mit Symfony für unsere B2B-Shop-Plattform. || PHP 8; Symfony; MySQL; Deutsch || Doctrine",
    "Senior Full Stack Developer (Laravel + Vue) | Tinsel Ticketing | Remote (UK) | remote | 58000-68000 GBP | gh || k=fs l=php,js lv=senior e=UK x=laravel,mysql || Build features across our Laravel API and Vue front end. || Laravel; Vue 3; MySQL || Tailwind",
    "WordPress Developer | Sprig Creative | Norwich, UK | onsite | 30000-36000 GBP | plain || k=fe l=php lv=none at=Norwich,UK || Build WordPress themes and plugins for agency clients. || WordPress; PHP; CSS || WooCommerce",
    "Lead PHP Developer (Laravel) | Orchardly | Remote (UK) | remote | 70000-80000 GBP | lever || k=be l=php lv=lead e=UK x=laravel,mysql || Lead our team of four Laravel developers. || PHP; Laravel; team leadership; UK resident || AWS",
    "Junior PHP Developer (Laravel) | Cresthaven Marketplace | Remote (EU) | remote | 32000-38000 EUR | plain || k=be l=php lv=junior e=EU x=laravel || Junior Laravel developer, mentored by our seniors. || PHP basics; some Laravel || Vue",
    # ------------------------------------------------ other software and near misses
    "Software Project Manager | Quillon Software | Remote (US) | remote | 120000-140000 USD | gh || k=swpm lv=none e=US || Plan and run delivery for our SaaS releases: schedules, risks, stakeholder updates. || 5+ years managing software projects; Agile/Scrum; Jira || PMP",
    "IT Project Manager – ERP Implementation | Dunmore County Council | Dunmore, UK | hybrid | 48000-55000 GBP | li || k=swpm lv=none at=Dunmore,UK || Manage the council's ERP replacement project. || PRINCE2; IT project delivery; stakeholder management || Oracle Fusion",
    "QA Automation Engineer | Mintgrove | Remote (US) | remote | 120000-140000 USD | gh || k=qa lv=none e=US || Build our Playwright and API test suites. || Playwright or Cypress; TypeScript; CI || k6",
    "Engineering Manager, Backend | Parcelbright | Rotterdam, Netherlands | hybrid | 90000-110000 EUR | ashby || k=em lv=none at=Rotterdam,NL x=rmq || Manage the eight engineers of our tracking backend (Go, RabbitMQ). || 2+ years managing engineers; backend background || Logistics",
    "Data Engineer (Spark, Azure) | Hallam Retail | Sheffield, UK | hybrid | 55000-65000 GBP | li || k=de lv=none at=Sheffield,UK x=azure,spark,sql || Build Databricks pipelines for the group's sales data. || Spark; Azure Databricks; SQL; Python || Power BI",
    "Air Traffic Management Software Engineer (C++) | Skyvector Systems | Reston, VA 20190 | onsite | 135000-160000 USD | wd || k=be l=cpp lv=none at=Reston,US || Develop the flight-data processing software used by air traffic controllers in en-route centres. || C++; real-time systems; US citizenship (clearance eligibility) || Aviation domain",
    # ------------------------------------------------ data analysts and near misses
    "Data Analyst (SQL, Tableau) | Brambleway Retail | Columbus, OH 43215 | hybrid | 72000-85000 USD | wd || k=da lv=none at=Columbus,US x=sql,tableau || Analyse store and e-commerce sales for merchandising teams; build and maintain Tableau dashboards. || Bachelor's degree in a quantitative field; 2+ years of SQL; Tableau; Excel || Python",
    "Senior Data Analyst – Tableau | Verity Health Plan | Remote (US) | remote | 95000-115000 USD | gh || k=da lv=senior e=US x=sql,tableau,mssql || Turn claims and membership data into Tableau dashboards for clinical leaders. SQL Server and Snowflake. || 5+ years as a data analyst; Advanced SQL; Tableau Desktop and Server || Healthcare data",
    "Data Analyst | Hopscotch Travel | London, UK | hybrid | 40000-48000 GBP | lever || k=da lv=none at=London,UK x=sql,tableau || Help our commercial team understand bookings: SQL queries, Tableau dashboards, ad-hoc analysis. || SQL; Tableau or similar; Excel || Python",
    "Junior Data Analyst (SQL/Tableau) | Coldharbour Energy | Remote (UK) | remote | 30000-35000 GBP | plain || k=da lv=junior e=UK x=sql,tableau || Entry-level analyst in our customer insight team. || Some SQL; Tableau Public portfolio welcome || Power BI",
    "Data Analyst (Power BI, SQL) | Glenmore Housing | Glasgow, UK | hybrid | 36000-42000 GBP | li || k=da lv=none at=Glasgow,UK x=sql,powerbi || Report on repairs and tenancy data in Power BI. || SQL; Power BI; DAX || Tableau",
    "Marketing Data Analyst (Looker, SQL) | Threadly | Remote (US) | remote | 85000-100000 USD | ashby || k=da lv=none e=US x=sql,looker || Own marketing attribution and LookML models. || SQL; Looker; marketing analytics || dbt",
    "Business Intelligence Developer (Tableau) | Calloway Mutual | Des Moines, IA 50309 | hybrid | 90000-105000 USD | wd || k=bi lv=none at=DesMoines,US x=sql,tableau,mssql || Design data models and build Tableau dashboards for underwriting. || SQL; Tableau; data modelling || SSIS",
    "Data Scientist | Brambleway Retail | Columbus, OH 43215 | hybrid | 110000-130000 USD | wd || k=ds lv=none at=Columbus,US x=sql,python || Build demand-forecasting models. || Python; statistics; SQL; ML || Tableau",
    "Data Engineer (SQL, dbt, Snowflake) | Verity Health Plan | Remote (US) | remote | 120000-140000 USD | gh || k=de lv=none e=US x=sql || Build ELT pipelines and the models our analysts query. || SQL; dbt; Snowflake; Airflow || Tableau",
    "Business Analyst | Granite Ridge Bank | Columbus, OH 43215 | hybrid | 80000-95000 USD | wd || k=ba lv=none at=Columbus,US x=sql || Gather requirements for lending systems and write user stories. || Requirements analysis; SQL basics; Visio || Banking",
    "Reporting Analyst (Excel) | Pennywhistle Foods | Leicester, UK | onsite | 28000-32000 GBP | indeed || k=other lv=none at=Leicester,UK || Produce weekly sales reports in Excel. || Advanced Excel; attention to detail || SQL",
    "Product Data Analyst (SQL, Tableau, Python) | Hatchbox | Berlin | hybrid | 60000-70000 EUR | ashby || k=da lv=none at=Berlin,DE x=sql,tableau,python || Analyse product usage and run A/B tests for our meal-planning app. || SQL; Tableau; Python; experimentation || dbt",
    # ------------------------------------------------ nurses
    "RN – ICU (Nights) | St. Aldric Medical Center | Houston, TX 77030 | onsite | ~$44.00–$63.50 per hour plus $6/hr night differential | hosp || k=rn lv=none at=Houston,US x=icu sh=night hrs=ft || 36-bed Medical ICU, Level I trauma center. Three 12-hour night shifts a week (7p–7a). || Active Texas RN license or compact license; BLS and ACLS; 1+ year ICU experience || CCRN",
    "Registered Nurse - Med/Surg - Nights | Lakeshore General Hospital | Grand Rapids, MI 49503 | onsite | ~$36.50–$52.00 an hour | hosp || k=rn lv=none at=GrandRapids,US x=medsurg sh=night hrs=ft || 32-bed medical-surgical unit. 12-hour night shifts, every third weekend. || Current Michigan RN license; BLS; new graduates welcome || BSN",
    "Registered Nurse, Medical/Surgical – Days | Lakeshore General Hospital | Grand Rapids, MI 49503 | onsite | ~$36.50–$52.00 an hour | hosp || k=rn lv=none at=GrandRapids,US x=medsurg sh=day hrs=ft || Day shift (7a–7p) on our orthopedic med/surg floor. || Michigan RN license; BLS || BSN",
    "Critical Care RN – CVICU – Rotating Days/Nights | Mercy Ridge Heart Institute | Phoenix, AZ 85006 | onsite | ~$45–$66/hr | hosp || k=rn lv=none at=Phoenix,US x=icu,cvicu sh=rot hrs=ft || Cardiovascular ICU caring for post-op open-heart patients. Rotating 6 weeks days, 6 weeks nights. || Arizona RN license; ACLS; 2 years critical care || CCRN-CSC",
    "NICU Registered Nurse (Level IV) - Nights | Children's Hospital of the Plains | Omaha, NE 68114 | onsite | ~$38–$55/hr | hosp || k=rn lv=none at=Omaha,US x=nicu sh=night hrs=ft || 64-bed Level IV neonatal intensive care unit. || Nebraska RN license; NRP; BLS || RNC-NIC",
    "Travel ICU RN – 13 weeks | Bluepoint Nurse Staffing | Sacramento, CA 95817 | onsite | ~$2,950/week | indeed || k=rn lv=none at=Sacramento,US x=icu sh=night hrs=contract || 13-week travel assignment in a 24-bed ICU. 3x12 nights. Housing stipend included. || 2 years of recent ICU experience; California RN license; BLS, ACLS || CRRT",
    "ICU Charge Nurse – Nights | St. Aldric Medical Center | Houston, TX 77030 | onsite | ~$52–$70/hr | hosp || k=rn lv=charge at=Houston,US x=icu sh=night hrs=ft || Lead the night team of our Surgical ICU as charge nurse. || Texas RN license; 3+ years ICU; charge experience || CCRN",
    "Staff Nurse – Critical Care (Band 5) | Northfield Teaching Hospitals NHS Trust | Leeds, LS9 7TF | onsite | 29970-36483 GBP | nhs || k=rn lv=none at=Leeds,UK x=icu sh=rot hrs=ft || Our 30-bed adult critical care unit seeks Band 5 staff nurses. Internal rotation across days and nights. || Registered Nurse (Adult) with NMC registration; commitment to critical care || ILS",
    "Staff Nurse – Acute Medicine, Nights (Band 5) | Eastbrook NHS Foundation Trust | Norwich, NR4 7UY | onsite | 29970-36483 GBP | nhs || k=rn lv=none at=Norwich,UK x=medsurg sh=night hrs=ft || Permanent night-duty staff nurse for our acute medical unit. 3 long nights a week. || NMC registered nurse; acute care experience || IV therapy",
    "Senior Staff Nurse – Intensive Care Unit (Band 6) | Eastbrook NHS Foundation Trust | Norwich, NR4 7UY | onsite | 37338-44962 GBP | nhs || k=rn lv=senior at=Norwich,UK x=icu sh=rot hrs=ft || Band 6 senior nurse on our 20-bed ICU. Days and nights. || NMC registration; post-registration critical care course; 2+ years ICU || Mentorship qualification",
    "Emergency Department RN – Per Diem Nights | Coastal Bend Health | Corpus Christi, TX 78404 | onsite | ~$50/hr per diem | hosp || k=rn lv=none at=CorpusChristi,US x=ed sh=night hrs=prn || Per diem nurse for a busy 40-bed ED. Minimum two night shifts a month. || Texas RN license; BLS, ACLS, PALS; 1 year ED || TNCC",
    "Telemetry RN – Rotating Shifts | Mercy Ridge Heart Institute | Phoenix, AZ 85006 | onsite | ~$40–$58/hr | hosp || k=rn lv=none at=Phoenix,US x=tele sh=rot hrs=ft || Cardiac telemetry unit; rotating days and nights. || Arizona RN license; BLS; ACLS within 6 months || PCCN",
    "Progressive Care (PCU) RN – Nights | Brantley Health System | Charlotte, NC 28204 | onsite | ~$39–$56/hr | hosp || k=rn lv=none at=Charlotte,US x=pcu sh=night hrs=ft || Step-down unit for patients leaving the ICU. 12-hour nights. || NC RN license; BLS; ACLS || 1 year acute care",
    "Licensed Practical Nurse (LPN) – Nights | Willowmere Care Center | Toledo, OH 43614 | onsite | ~$29–$34/hr | indeed || k=lpn lv=none at=Toledo,US x=ltc sh=night hrs=ft || LPN for our 120-bed skilled nursing facility, 10p–6:30a. || Ohio LPN license; CPR || Long-term care experience",
    "Certified Nursing Assistant (CNA) – ICU – Nights | St. Aldric Medical Center | Houston, TX 77030 | onsite | ~$17–$22/hr | hosp || k=cna lv=none at=Houston,US x=icu sh=night hrs=ft || Patient care technician / CNA supporting RNs on the Medical ICU at night. || Texas CNA certification; BLS || Phlebotomy",
    "Nurse Practitioner – Critical Care | Mercy Ridge Heart Institute | Phoenix, AZ 85006 | onsite | 135000-160000 USD | hosp || k=np lv=none at=Phoenix,US x=icu sh=rot hrs=ft || Acute care NP managing patients in the CVICU alongside intensivists. 7-on/7-off, days and nights. || Arizona APRN license; AGACNP-BC; DEA || ICU RN background",
    "Registered Nurse – Long-Term Care (Nights) | Willowmere Care Center | Toledo, OH 43614 | onsite | ~$37–$44/hr | indeed || k=rn lv=none at=Toledo,US x=ltc sh=night hrs=ft || RN supervisor for night shift in our skilled nursing facility. || Ohio RN license; CPR || Wound care",
    "Home Health RN (Days, Mon–Fri) | Gentlebrook Home Health | Columbus, OH 43215 | onsite | ~$38–$45/hr | indeed || k=rn lv=none at=Columbus,US x=home sh=day hrs=ft || Visit patients at home for skilled nursing; Monday to Friday days. || Ohio RN license; reliable car; 1 year acute care || OASIS",
    "Nurse Manager – Medical ICU | Lakeshore General Hospital | Grand Rapids, MI 49503 | onsite | 115000-140000 USD | hosp || k=nm lv=none at=GrandRapids,US x=icu sh=day hrs=ft || Lead the 60-person nursing team of our Medical ICU: staffing, quality, budget. || Michigan RN license; BSN (MSN preferred); 3+ years ICU leadership || CCRN",
    "School Nurse (RN) | Maple Hollow Unified School District | Fresno, CA 93721 | onsite | 72000-88000 USD | school || k=rn lv=none at=Fresno,US x=school sh=day hrs=ft || RN for two elementary schools; school-year schedule, days. || California RN license; School Nurse Services Credential || Spanish",
    "Registered Nurse – Nights – Oncology, 0.6 FTE | Westbury Cancer Center | Portland, OR 97239 | onsite | ~$52–$74/hr | hosp || k=rn lv=none at=Portland,US x=onc sh=night hrs=pt || Inpatient oncology RN, three 12-hour night shifts every two weeks. || Oregon RN license; BLS; chemo/biotherapy within 6 months || OCN",
    "ICU Nurse Educator | Northfield Teaching Hospitals NHS Trust | Leeds, LS9 7TF | onsite | 46148-52809 GBP | nhs || k=rn lv=educator at=Leeds,UK x=icu sh=day hrs=ft || Band 7 practice educator for adult critical care: training, competencies, simulation. Weekday days. || NMC registration; critical care course; teaching qualification || Masters",
    "RN - Operating Room - Days | Coastal Bend Health | Corpus Christi, TX 78404 | onsite | ~$42–$60/hr | hosp || k=rn lv=none at=CorpusChristi,US x=or sh=day hrs=ft || Circulating nurse in a 14-suite OR, days with call. || Texas RN license; BLS; OR experience || CNOR",
    "Pediatric ICU RN – Days | Children's Hospital of the Plains | Omaha, NE 68114 | onsite | ~$38–$55/hr | hosp || k=rn lv=none at=Omaha,US x=picu sh=day hrs=ft || 20-bed PICU, 12-hour day shifts. || Nebraska RN license; PALS; 1 year pediatrics || CCRN-Pediatric",
    # ------------------------------------------------ legal
    "Paralegal (Remote) | Whitlock & Barrow LLP | Remote (US) | remote | 62000-75000 USD | law || k=para lv=none e=US x=lit || Litigation paralegal supporting our employment defense group, fully remote. Draft discovery, manage e-filing, track deadlines. || Paralegal certificate or bachelor's degree; 3+ years of litigation paralegal experience; Relativity || California court experience",
    "Remote Corporate Paralegal | Ostrander Legal Partners | Remote (US) | remote | 70000-85000 USD | law || k=para lv=none e=US x=corp || Corporate paralegal: entity formation, annual filings, board minutes, M&A closing sets. Work from anywhere in the US. || 4+ years corporate paralegal; Delaware filings; entity management software || Blue-sky filings",
    "Immigration Paralegal – Fully Remote | Brightpath Immigration Law | Remote (US) | remote | ~$28–$34/hr | indeed || k=para lv=none e=US x=imm || Prepare H-1B, L-1 and PERM filings for a boutique immigration firm. Fully remote. || 2+ years immigration paralegal; Spanish a plus || INSZoom",
    "Paralegal – Hybrid (3 days office) | Hadley Crane LLP | Chicago, IL 60606 | hybrid | 65000-78000 USD | law || k=para lv=none at=Chicago,US x=re || Real estate paralegal; 3 days in our Loop office. || 3+ years real estate paralegal; title and closing experience || ALTA",
    "Litigation Paralegal | Morrow, Fitch & Ainsley LLP | New York, NY 10017 | onsite | 75000-92000 USD | law || k=para lv=none at=NYC,US x=lit || Support trial teams in commercial litigation. Office-based in Midtown. || 3+ years litigation paralegal; NY state and federal court filings || Trial experience",
    "Corporate Paralegal | Kessler Hoade LLP | New York, NY 10022 | hybrid | 85000-100000 USD | law || k=para lv=none at=NYC,US x=corp || M&A and private equity paralegal in our Park Avenue office. || 5+ years corporate paralegal at a law firm; closing sets; due diligence || Cap table software",
    "Legal Assistant – Remote | Pinecrest Family Law | Remote (US) | remote | ~$24–$28/hr | indeed || k=la lv=none e=US || Remote legal assistant: scheduling, client intake, document preparation for family-law attorneys. || 2+ years legal assistant; Clio || Notary",
    "Legal Secretary | Carrow & Dunn Solicitors | Bristol, BS1 4DJ | onsite | 26000-30000 GBP | plain || k=la lv=none at=Bristol,UK || Legal secretary for our private client team: audio typing, diary management. || Legal secretarial experience; typing 60 wpm || Probate",
    "Paralegal (Remote, UK) | Fenbridge Law | Remote (UK) | remote | 27000-32000 GBP | ag || k=para lv=none e=UK x=lit || My client, a national claimant firm, seeks remote paralegals for personal injury case handling. || Law degree or CILEx; PI experience; UK-based || Proclaim",
    "Associate Attorney (Litigation) | Morrow, Fitch & Ainsley LLP | New York, NY 10017 | hybrid | 225000-260000 USD | law || k=atty lv=mid at=NYC,US x=lit || 3rd–5th year associate for our commercial litigation practice. || J.D.; admitted in New York; 3–5 years of litigation at a major firm || Securities litigation",
    "Corporate Associate (M&A) – Class of 2021–2023 | Kessler Hoade LLP | New York, NY 10022 | hybrid | 245000-285000 USD | law || k=atty lv=mid at=NYC,US x=corp || Mid-level associate in our Mergers & Acquisitions group: public and private deals, private equity. || J.D.; New York bar; 3–5 years of corporate/M&A experience at an Am Law 100 firm || Private equity",
    "Senior Corporate Counsel | Halvard Media Inc. | New York, NY 10011 | hybrid | 210000-245000 USD | gh || k=atty lv=senior at=NYC,US x=corp || In-house: commercial contracts, corporate governance, M&A support and securities filings. || J.D. and NY bar; 7+ years corporate practice, including law firm experience || Public-company experience",
    "Securities & Capital Markets Attorney | Beckett Rowe LLP | New York, NY 10004 | onsite | 240000-300000 USD | law || k=atty lv=mid at=NYC,US x=corp || Associate for our capital markets practice: IPOs, debt offerings, 1934 Act reporting. || J.D.; New York bar; 3+ years of capital markets || SEC experience",
    "Corporate Attorney | Linden Park Law Group | Chicago, IL 60603 | hybrid | 180000-210000 USD | law || k=atty lv=mid at=Chicago,US x=corp || Corporate attorney for M&A, venture financings and general corporate work. || J.D.; Illinois bar; 4+ years corporate || Venture capital",
    "Corporate Attorney – Remote | Ostrander Legal Partners | Remote (US) | remote | 150000-180000 USD | law || k=atty lv=mid e=US x=corp || Fully remote corporate attorney: entity work, contracts, venture deals for startup clients. || J.D.; active bar admission in any state; 4+ years corporate || NY bar",
    "Real Estate Finance Associate | Beckett Rowe LLP | New York, NY 10004 | onsite | 225000-265000 USD | law || k=atty lv=mid at=NYC,US x=re || Represent lenders in commercial mortgage and mezzanine loans. || J.D.; NY bar; 2–5 years real estate finance || CMBS",
    "Associate Attorney – Corporate | Harwick Thorne LLP | Jersey City, NJ 07302 | hybrid | 160000-190000 USD | law || k=atty lv=junior at=JerseyCity,US x=corp || Junior corporate associate in our Jersey City office (across the river from Manhattan). || J.D.; NJ bar; 1–3 years corporate || NY bar",
    "Contract Attorney – Document Review | LexStaff Legal | New York, NY 10001 | onsite | ~$45/hr | indeed || k=atty lv=none at=NYC,US x=lit hrs=temp || 6-week document review project for a securities litigation matter, onsite in Manhattan. || J.D.; active NY bar; Relativity || Spanish",
    "Employment Law Attorney | Whitlock & Barrow LLP | New York, NY 10017 | hybrid | 190000-230000 USD | law || k=atty lv=mid at=NYC,US x=emp || Advise employers on employment law and defend them in litigation. || J.D.; NY bar; 4+ years employment law || Wage-and-hour",
    "Law Clerk (Summer 2027) | Kessler Hoade LLP | New York, NY 10022 | onsite | ~$4,500 a week | law || k=clerk lv=intern at=NYC,US x=corp || Summer associate program for 2L students. || Enrolled J.D. candidate || Corporate interest",
    "Compliance Analyst | Halvard Media Inc. | New York, NY 10011 | hybrid | 85000-100000 USD | gh || k=other lv=none at=NYC,US || Monitor compliance with advertising and privacy regulations. || 2+ years compliance; attention to detail || JD",
    "General Counsel | Sablewood Ventures | New York, NY 10013 | hybrid | 260000-320000 USD | ashby || k=atty lv=principal at=NYC,US x=corp || First lawyer at a Series C startup: corporate, commercial, employment and financing work. || J.D.; NY bar; 10+ years including corporate practice || Startup experience",
    # ------------------------------------------------ air traffic
    "Air Traffic Control Specialist (Terminal), AT-2152-00 | Federal Aviation Services Agency | Oklahoma City, OK 73169 | onsite | 63000-128000 USD | fed || k=atc lv=none at=OklahomaCity,US || Control air traffic at a terminal radar approach control (TRACON) and tower. Series 2152. || Must be a U.S. citizen; Must be age 30 or younger at appointment unless prior ATC experience; Pass medical and security clearance || Prior military ATC",
    "Air Traffic Controller – Tower (CTO) | Skyline Contract Towers Inc. | Bozeman, MT 59771 | onsite | 78000-92000 USD | indeed || k=atc lv=none at=Bozeman,US || Controller at a federal contract tower; rotating shifts including nights and weekends. || FAA Control Tower Operator certificate; Class II medical; 1+ year tower experience || Military ATC",
    "Trainee Air Traffic Control Officer | Northern Skies Air Navigation | Prestwick, KA9 2PL | onsite | ~£18,000 during training, rising to £55,000 on validation | plain || k=atc lv=trainee at=Prestwick,UK || Join our ab-initio training programme at the college, then validate at an area control centre. || 5 GCSEs including English and Maths; Right to live and work in the UK; Pass aptitude tests || None required",
    "Air Traffic Controller (Approach Radar) | Valemont Regional Airport | Valemont, UK | onsite | 60000-75000 GBP | li || k=atc lv=none at=Valemont,UK || Valid UK CAA licence with APS rating needed. Shift work across the 24h operation. || UK ATCO licence; APS and ADI ratings; Class 3 medical || TRUCE instructor",
    "Air Traffic Control Instructor | Aerocrest Training Academy | Daytona Beach, FL 32114 | onsite | 85000-100000 USD | plain || k=atcinst lv=none at=DaytonaBeach,US || Teach tower and radar simulation to ATC students. || 5+ years as a certified air traffic controller; instructional experience || Simulator operation",
    "Flight Data Assistant (Air Traffic Services) | Northern Skies Air Navigation | Swanwick, SO31 7AY | onsite | 32000-38000 GBP | plain || k=ata lv=none at=Swanwick,UK || Support controllers by handling flight plans and strip management in the ops room. || Good GCSEs; Shift work; Aviation interest || Radio telephony",
    "Aircraft Dispatcher | Sunward Airlines | Dallas, TX 75261 | onsite | ~$32–$48/hr | indeed || k=fdisp lv=none at=Dallas,US || Plan flights and monitor them from our operations center. || FAA Aircraft Dispatcher certificate; shift availability || Meteorology",
    "Airport Operations Officer | Valemont Regional Airport | Valemont, UK | onsite | 30000-35000 GBP | li || k=aops lv=none at=Valemont,UK || Airside safety inspections, wildlife control and stand allocation. || Full driving licence; shift work || Airside driving permit",
    # ------------------------------------------------ pharmacy
    "Pharmacist – Part Time (20 hrs/week) | Riverbend Pharmacy | Spokane, WA 99201 | onsite | ~$62–$70/hr | indeed || k=pharm lv=none at=Spokane,US hrs=pt sh=day || Independent community pharmacy seeks a part-time pharmacist for Tuesday, Thursday and alternate Saturdays. || PharmD or BS Pharm; Washington pharmacist license; immunization certification || Compounding",
    "Staff Pharmacist – Part-Time (0.5 FTE), Inpatient | Brantley Health System | Charlotte, NC 28204 | onsite | ~$65–$78/hr | hosp || k=pharm lv=none at=Charlotte,US hrs=pt sh=eve || Inpatient pharmacist, 0.5 FTE, evening shifts: order verification, IV room oversight. || PharmD; North Carolina pharmacist license; hospital residency or 2 years hospital experience || BCPS",
    "Relief Pharmacist – Per Diem | Greenleaf Drug Stores | Tacoma, WA 98402 | onsite | ~$68/hr | indeed || k=pharm lv=none at=Tacoma,US hrs=prn || Cover shifts across 6 stores as needed. || WA pharmacist license; reliable transportation || Immunizer",
    "Pharmacist (Full Time) | Greenleaf Drug Stores | Spokane, WA 99201 | onsite | 138000-152000 USD | indeed || k=pharm lv=none at=Spokane,US hrs=ft || Full-time staff pharmacist, 40 hours a week. || WA pharmacist license; PharmD || Bilingual",
    "Pharmacy Manager | Greenleaf Drug Stores | Tacoma, WA 98402 | onsite | 150000-165000 USD | indeed || k=pharm lv=manager at=Tacoma,US hrs=ft || Pharmacist in charge of a high-volume store. || WA pharmacist license; 2+ years pharmacist || Leadership",
    "Pharmacy Technician – Part Time | Riverbend Pharmacy | Spokane, WA 99201 | onsite | ~$19–$23/hr | indeed || k=ptech lv=none at=Spokane,US hrs=pt || Part-time pharmacy technician to fill prescriptions and run the register. || WA pharmacy technician license || PTCB",
    "Locum Pharmacist – Part Time, Weekends | Harrowby Community Pharmacy | Sheffield, S10 2HQ | onsite | ~£40–£45 per hour | plain || k=pharm lv=none at=Sheffield,UK hrs=pt || Regular weekend locum in a busy community pharmacy, Saturdays and Sundays. || GPhC registered pharmacist; NHS services experience || Independent prescriber",
    "Pharmacy Assistant (Part Time, 16 hours) | Harrowby Community Pharmacy | Sheffield, S10 2HQ | onsite | ~£11.50 per hour | plain || k=ptech lv=none at=Sheffield,UK hrs=pt || Serve customers, take in prescriptions and help with dispensing. || Good customer service; willingness to complete a pharmacy assistant course || Dispensing experience",
    "Clinical Pharmacist – Nights | St. Aldric Medical Center | Houston, TX 77030 | onsite | 145000-165000 USD | hosp || k=pharm lv=none at=Houston,US sh=night hrs=ft || Full-time night clinical pharmacist, 7-on/7-off. || PharmD; Texas license; PGY1 residency || BCPS",
    "Band 7 Specialist Pharmacist – Part Time (22.5 hrs) | Eastbrook NHS Foundation Trust | Norwich, NR4 7UY | onsite | 46148-52809 GBP | nhs || k=pharm lv=none at=Norwich,UK hrs=pt || Part-time specialist pharmacist for surgery wards (pro rata). || GPhC registration; Postgraduate diploma in clinical pharmacy || Independent prescribing",
    # ------------------------------------------------ truck drivers
    "CDL-A Truck Driver – OTR | Redline Freightways | Joplin, MO 64801 | onsite | ~$0.62–$0.70 per mile, $85k+ a year | indeed || k=truck lv=none at=Joplin,US x=cdla || Over-the-road dry van, out 2–3 weeks, home 4 days. || Class A CDL; 1 year OTR experience; clean MVR || Hazmat endorsement",
    "Regional Class A CDL Driver – Home Weekly | Prairie Line Transport | Salina, KS 67401 | onsite | ~$1,500–$1,800 a week | indeed || k=truck lv=none at=Salina,US x=cdla || Regional flatbed, home every weekend. || Class A CDL; 6 months experience; DOT medical card || Flatbed",
    "Local Delivery Driver – CDL B | Hillside Beverage Co. | Fresno, CA 93721 | onsite | ~$26–$30/hr | indeed || k=truck lv=none at=Fresno,US x=cdlb || Deliver beverages to stores on a local route; home every night. || Class B CDL; able to lift 50 lb || Bilingual",
    "Team Truck Drivers – CDL A, Dedicated | Redline Freightways | Memphis, TN 38118 | onsite | ~$0.80/mile split | indeed || k=truck lv=none at=Memphis,US x=cdla || Dedicated team lanes Memphis–Los Angeles. || Class A CDL; 1 year experience || Team experience",
    "Box Truck Driver (Non-CDL) | Swiftbox Moving | Atlanta, GA 30318 | onsite | ~$20/hr | indeed || k=van lv=none at=Atlanta,US || Drive a 26-ft box truck for furniture deliveries. No CDL needed. || Valid driver's license; able to lift 75 lb || Moving experience",
    "HGV Class 1 Driver (C+E) – Nights | Pennine Haulage | Doncaster, DN4 5NX | onsite | ~£17–£19 per hour | ag || k=truck lv=none at=Doncaster,UK x=hgv sh=night || Trunking nights between our Doncaster and Daventry depots. || C+E licence; CPC and tacho card; no more than 6 points || ADR",
    "Diesel Mechanic | Redline Freightways | Joplin, MO 64801 | onsite | ~$30–$38/hr | indeed || k=mech lv=none at=Joplin,US || Maintain and repair our tractor fleet. || Diesel repair experience; own tools || CDL",
    "CDL Driving Instructor | Crossroads Truck Driving School | Phoenix, AZ 85043 | onsite | ~$27/hr | indeed || k=cdlinst lv=none at=Phoenix,US x=cdla || Teach students range and road skills for their Class A CDL. || Class A CDL; 3 years driving; clean MVR || Teaching",
    "Multi-Drop Van Driver | Parcelbright | Leeds, UK | onsite | ~£12.60 per hour | indeed || k=van lv=none at=Leeds,UK || Deliver parcels across Leeds in a company van. || Full UK licence (cat B) || Courier experience",
    "Truck Dispatcher | Prairie Line Transport | Salina, KS 67401 | onsite | 50000-60000 USD | indeed || k=other lv=none at=Salina,US || Dispatch our 80 regional trucks and keep drivers moving. || Dispatch experience; TMS software || CDL experience",
    # ------------------------------------------------ electrical trades
    "Electrical Apprentice | Brightline Electric LLC | Sacramento, CA 95811 | onsite | ~$20–$24/hr | indeed || k=eapp lv=none at=Sacramento,US || Join our 4-year apprenticeship: commercial wiring, conduit, panels, with paid classroom instruction. || High school diploma or GED; valid driver's license; able to lift 50 lb || Trade school",
    "Apprentice Electrician (Level 3) | Thornbury Electrical Services | Manchester, M17 1AB | onsite | ~£8.50–£10 per hour | plain || k=eapp lv=none at=Manchester,UK || Four-year apprenticeship leading to an NVQ Level 3 and JIB Gold Card; domestic and commercial installations. || GCSEs in English and Maths (grade 4+); keen to learn a trade || Driving licence",
    "Inside Wireman Apprentice (IBEW Local) | Valley Joint Apprenticeship Committee | Spokane, WA 99202 | onsite | ~$22/hr to start | plain || k=eapp lv=none at=Spokane,US || Five-year union apprenticeship in inside wiring. || 18+; high school diploma; algebra credit; aptitude test || None",
    "Electrician Helper | Summit Mechanical | Denver, CO 80216 | onsite | ~$19–$22/hr | indeed || k=ehelp lv=none at=Denver,US || Assist licensed electricians on commercial jobs; no license needed. || Basic hand tools; reliable transportation || Apprenticeship interest",
    "Electrical Improver | Thornbury Electrical Services | Manchester, M17 1AB | onsite | ~£14–£16 per hour | plain || k=ehelp lv=none at=Manchester,UK || Improver who has finished college but not yet completed the AM2. || Level 3 diploma; 18th Edition || ECS card",
    "Journeyman Electrician | Brightline Electric LLC | Sacramento, CA 95811 | onsite | ~$42–$52/hr | indeed || k=elec lv=none at=Sacramento,US || Lead commercial installations. || California General Electrician certification; 4+ years || Foreman experience",
    "Maintenance Electrician – Nights | Corran Foods | Wakefield, WF2 0XQ | onsite | 44000-50000 GBP | indeed || k=elec lv=none at=Wakefield,UK sh=night || Maintain production lines in a food factory. || Qualified electrician (NVQ3, 18th Edition); PLC fault-finding || Mechanical skills",
    "Apprentice Plumber | Summit Mechanical | Denver, CO 80216 | onsite | ~$18–$21/hr | indeed || k=papp lv=none at=Denver,US || Plumbing apprenticeship with paid schooling. || High school diploma; valid license || Trade school",
    "Electrical Engineer (Power Distribution) | Hallett Engineering | Houston, TX 77002 | hybrid | 95000-115000 USD | wd || k=ee lv=none at=Houston,US || Design power distribution for industrial plants. || BSEE; EIT or PE; AutoCAD || ETAP",
    "Lineworker Apprentice | Tarnwell Utilities | Birmingham, AL 35203 | onsite | ~$25/hr | wd || k=lineapp lv=none at=Birmingham-AL,US || Apprentice on overhead distribution lines; climbing required. || CDL-A within 6 months; climbing school || Pole climbing certificate",
    # ------------------------------------------------ HR
    "HR Business Partner | Halvard Media Inc. | New York, NY 10011 | hybrid | 120000-140000 USD | gh || k=hrbp lv=none at=NYC,US || Partner with engineering and product leaders on org design, performance, employee relations and compensation. || 6+ years of HR experience, 3+ as an HRBP; employee relations; data-driven || SHRM-CP",
    "Senior HR Business Partner | Corran Foods | Wakefield, WF2 0XQ | hybrid | 55000-62000 GBP | ag || k=hrbp lv=senior at=Wakefield,UK || Senior HRBP for our manufacturing sites: ER casework, TUPE, union relations. || CIPD Level 7; generalist HRBP in manufacturing || Lean",
    "People Partner | Stackhaven | Remote (Worldwide) | remote | 80000-100000 USD | ashby || k=hrbp lv=none e=ANY || Our HRBP for 150 remote employees in 30 countries: performance cycles, manager coaching, ER. || 4+ years as an HR/People Business Partner; global workforces || Deel",
    "Associate HR Business Partner | Brambleway Retail | Columbus, OH 43215 | hybrid | 65000-75000 USD | wd || k=hrbp lv=junior at=Columbus,US || Support the senior HRBP for our distribution centres. || 2+ years HR; HR degree || PHR",
    "HR Generalist | Summit Mechanical | Denver, CO 80216 | onsite | 60000-70000 USD | indeed || k=hrgen lv=none at=Denver,US || Onboarding, benefits, leave and employee questions for 300 employees. || 3+ years HR generalist || Bilingual",
    "HR Manager | Pennywhistle Foods | Leicester, UK | onsite | 48000-55000 GBP | indeed || k=hrgen lv=manager at=Leicester,UK || Run HR for our 400-person bakery. || CIPD Level 5; generalist HR management || Food manufacturing",
    "HR Coordinator | Peachtree Home | Atlanta, GA 30308 | hybrid | 50000-58000 USD | gh || k=hra lv=none at=Atlanta,US || Coordinate onboarding and HR paperwork. || 1+ year HR admin; Workday || PHR",
    "Talent Acquisition Partner | Oakridge Fintech | London, UK | hybrid | 50000-60000 GBP | gh || k=rec lv=none at=London,UK || Full-cycle recruitment for engineering. || In-house tech recruiting || Ashby",
    "HRIS Analyst (Workday) | Verity Health Plan | Remote (US) | remote | 85000-100000 USD | gh || k=hris lv=none e=US || Configure and support Workday HCM. || Workday HCM; reporting || Integrations",
    "HR Business Partner (Band 7) | Northfield Teaching Hospitals NHS Trust | Leeds, LS9 7TF | hybrid | 46148-52809 GBP | nhs || k=hrbp lv=none at=Leeds,UK || HR Business Partner for the Surgery and Critical Care division. || CIPD Level 5+; HR advisory experience in a complex organisation || NHS HR",
    # ------------------------------------------------ accounts payable and finance
    "Accounts Payable Clerk | Hillside Beverage Co. | Fresno, CA 93721 | onsite | ~$21–$25/hr | indeed || k=ap lv=none at=Fresno,US hrs=ft || Process vendor invoices, three-way match, weekly check runs and vendor statements. || 1+ year accounts payable; Excel; 10-key || QuickBooks",
    "Accounts Payable Specialist | Carrow County Government | Raleigh, NC 27601 | onsite | ~$22.40–$27.10 an hour | fed || k=ap lv=none at=Raleigh,US hrs=ft || Review and process vendor payments for county departments. || High school diploma; 2 years AP experience || Munis",
    "Purchase Ledger Clerk | Pennine Haulage | Doncaster, DN4 5NX | onsite | 24000-27000 GBP | ag || k=ap lv=none at=Doncaster,UK hrs=ft || Purchase ledger clerk: invoice matching, supplier reconciliations and payment runs. || Purchase ledger experience; Sage 200 || AAT",
    "Accounts Payable / Receivable Clerk | Summit Mechanical | Denver, CO 80216 | onsite | ~$22–$26/hr | indeed || k=apar lv=none at=Denver,US hrs=ft || Handle both AP and AR for a mechanical contractor. || 2+ years AP/AR; Excel || Construction accounting",
    "Accounts Receivable Clerk | Brambleway Retail | Columbus, OH 43215 | onsite | ~$20–$23/hr | wd || k=ar lv=none at=Columbus,US hrs=ft || Post customer payments and chase overdue accounts. || AR experience; Excel || SAP",
    "Payroll Clerk | Pennywhistle Foods | Leicester, UK | onsite | 25000-28000 GBP | indeed || k=payroll lv=none at=Leicester,UK || Weekly payroll for 400 hourly staff. || Payroll experience; Sage Payroll || CIPP",
    "Accounts Payable Supervisor | Coastal Bend Health | Corpus Christi, TX 78404 | onsite | 65000-75000 USD | hosp || k=apsup lv=none at=CorpusChristi,US || Supervise a team of five AP clerks. || 5+ years AP, 2 supervising; Lawson || CPA track",
    "Staff Accountant | Ostrander Legal Partners | Remote (US) | remote | 70000-80000 USD | law || k=acct lv=none e=US || Month-end close, reconciliations and trust accounting. || BS Accounting; 2+ years || CPA",
    "Bookkeeper (Part-Time) | Maple & Main Bakery | Portland, OR 97205 | onsite | ~$24/hr | indeed || k=book lv=none at=Portland,US hrs=pt || Keep the books of a three-shop bakery: bills, payroll, bank reconciliations. || QuickBooks; 2+ years bookkeeping || Square",
    "Accounts Payable Associate – Remote | Threadly | Remote (US) | remote | ~$23–$27/hr | ashby || k=ap lv=none e=US hrs=ft || Remote AP associate processing 1,500 invoices a month in NetSuite. || 2+ years AP; NetSuite || Bill.com",
    "Accounts Assistant | Carrow & Dunn Solicitors | Bristol, BS1 4DJ | onsite | 24000-27000 GBP | plain || k=acctasst lv=none at=Bristol,UK || General accounts assistant: purchase and sales ledger, bank reconciliations, client account. || Accounts experience; Excel || AAT",
    # ------------------------------------------------ teaching
    "Teacher of Mathematics | Hackney Downs Academy | Hackney, London E5 8DP | onsite | ~Inner London MPS/UPS (£38,766–£56,960) | school || k=teacher lv=none at=London,UK x=maths || We are seeking a Teacher of Mathematics to teach across KS3–KS5 from January 2027. || QTS (or QTS expected by start); degree in Mathematics or related; ability to teach to A level || Further Maths",
    "Maths Teacher (KS3/KS4) | Norbury Park School | Croydon, CR7 8BT | onsite | ~Outer London MPS/UPS | school || k=teacher lv=none at=London,UK x=maths || Full-time maths teacher for a mixed 11–16 school; ECTs welcome. || QTS; secondary maths subject knowledge || Tutoring programmes",
    "Head of Mathematics | St. Columba's Catholic College | Islington, London N7 | onsite | ~MPS/UPS + TLR 1b | school || k=teacher lv=hod at=London,UK x=maths || Lead a department of 12 maths teachers and teach a reduced timetable. || QTS; outstanding maths teaching; leadership experience || Maths Hub involvement",
    "Maths Teacher | Kingsmead Academy Trust | Birmingham, B13 9QP | onsite | ~MPS/UPS | school || k=teacher lv=none at=Birmingham,UK x=maths || Maths teacher for an 11–18 academy in south Birmingham. || QTS; maths degree || A-level experience",
    "Primary Teacher (Year 4) | Lavender Hill Primary | Wandsworth, London SW11 | onsite | ~Inner London MPS | school || k=teacher lv=none at=London,UK x=primary || Year 4 class teacher from January. || QTS; primary experience || Maths mastery",
    "Science Teacher (Physics) | Hackney Downs Academy | Hackney, London E5 8DP | onsite | ~Inner London MPS/UPS | school || k=teacher lv=none at=London,UK x=science || Teach physics and combined science to KS5. || QTS; physics degree || Maths",
    "Maths Teaching Assistant | Norbury Park School | Croydon, CR7 8BT | onsite | ~£24,000–£26,500 pro rata | school || k=ta lv=none at=London,UK x=maths || Support small-group maths interventions in KS3. || Maths GCSE grade 7+ or A level; work with teenagers || Tutoring",
    "Maths Tutor (GCSE & A Level) | Brightmind Tuition | London, UK | hybrid | ~£30–£40 per hour | plain || k=tutor lv=none at=London,UK x=maths hrs=pt || Tutor students one to one in central London and online. || Maths degree; tutoring experience || QTS",
    "Lecturer in Mathematics (FE) | South Thames College Group | Wandsworth, London SW18 | onsite | 36000-45000 GBP | school || k=lecturer lv=none at=London,UK x=maths || Teach GCSE maths resits and functional skills to 16–19 learners. || Degree; teaching qualification (QTLS, PGCE or working towards) || Functional skills",
    "Math Teacher (Grades 9–12) | Bronx Preparatory High School | Bronx, NY 10457 | onsite | 65000-110000 USD | school || k=teacher lv=none at=NYC,US x=maths || Teach Algebra II and Precalculus. || NY State certification in Mathematics 7–12 || Bilingual",
    "Cover Supervisor | Kingsmead Academy Trust | Birmingham, B13 9QP | onsite | 23000-25000 GBP | school || k=cover lv=none at=Birmingham,UK || Supervise classes when teachers are absent. || Experience with young people || Behaviour management",
    "Maths Teacher – Part Time (0.6) | Highgate Wood School | Haringey, London N8 | onsite | ~Outer London MPS pro rata | school || k=teacher lv=none at=London,UK x=maths hrs=pt || Part-time maths teacher, three days a week. || QTS; secondary maths || KS5",
    # ------------------------------------------------ physiotherapy
    "Physiotherapist (Band 5) – Rotational | Eastbrook NHS Foundation Trust | Norwich, NR4 7UY | onsite | 29970-36483 GBP | nhs || k=physio lv=none at=Norwich,UK || Rotations through respiratory, MSK outpatients, neuro and orthopaedics. || BSc Physiotherapy; HCPC registration || Respiratory on-call",
    "MSK Physiotherapist (Band 6) | Northfield Teaching Hospitals NHS Trust | Leeds, LS9 7TF | onsite | 37338-44962 GBP | nhs || k=physio lv=senior at=Leeds,UK || Specialist MSK outpatient physiotherapist. || HCPC registered physiotherapist; MSK experience; CPD || Injection therapy",
    "Physiotherapist – Private Clinic | Motion Works Physio | Bristol, BS8 1HP | onsite | 35000-42000 GBP | plain || k=physio lv=none at=Bristol,UK || Sports and MSK clinic; flexible hours, evening clinics. || HCPC; CSP member; 1+ year post-grad || Acupuncture",
    "Physical Therapist (PT, DPT) – Outpatient Orthopedics | Peak Motion Therapy | Boise, ID 83702 | onsite | 88000-102000 USD | indeed || k=physio lv=none at=Boise,US || Outpatient ortho clinic, 45-minute one-on-one visits. || DPT; Idaho PT license; new grads welcome || Dry needling",
    "Home Health Physical Therapist – PRN | Gentlebrook Home Health | Columbus, OH 43215 | onsite | ~$70 per visit | indeed || k=physio lv=none at=Columbus,US hrs=prn || Per diem PT visits in patients' homes. || Ohio PT license; 1 year experience || Geriatrics",
    "Physical Therapist Assistant (PTA) | Peak Motion Therapy | Boise, ID 83702 | onsite | ~$28–$34/hr | indeed || k=pta lv=none at=Boise,US || Carry out treatment plans under the supervising PT. || Licensed PTA in Idaho || Sports",
    "Occupational Therapist | Gentlebrook Home Health | Columbus, OH 43215 | onsite | 80000-92000 USD | indeed || k=ot lv=none at=Columbus,US || Home-health occupational therapy. || OT license; 1 year || Hand therapy",
    "Sports Therapist | Ashby Rovers Football Club | Ashby, LE65 1AB | onsite | 26000-30000 GBP | plain || k=sport lv=none at=Ashby,UK || Pitch-side and treatment-room care for the first team. || BSc Sports Therapy; ITEC/SST membership || FA Advanced Trauma",
    "Physiotherapy Assistant (Band 3) | Eastbrook NHS Foundation Trust | Norwich, NR4 7UY | onsite | 24071-25674 GBP | nhs || k=pta lv=none at=Norwich,UK || Support physiotherapists on wards with mobility and exercise. || Care experience; NVQ3 or equivalent || Rehab",
    "Senior Physiotherapist – Neurology | St. Aldric Rehabilitation Hospital | Houston, TX 77030 | onsite | 98000-115000 USD | hosp || k=physio lv=senior at=Houston,US || Inpatient neuro rehab PT. || Texas PT license; NCS preferred; 3+ years neuro || LSVT BIG",
    # ------------------------------------------------ warehouse
    "Warehouse Operative – Counterbalance FLT | Northway Distribution | Daventry, NN11 8QL | onsite | ~£13.20 per hour | indeed || k=wh lv=none at=Daventry,UK x=forklift sh=day || Loading and unloading trailers with a counterbalance forklift in our national distribution centre. || Valid counterbalance licence (RTITB/ITSSAR); warehouse experience || Reach truck licence",
    "Forklift Driver – Reach Truck (Nights) | Northway Distribution | Daventry, NN11 8QL | onsite | ~£14.50 per hour | indeed || k=wh lv=none at=Daventry,UK x=forklift sh=night || Put-away and replenishment at height on reach trucks. || Reach truck licence; 6 months experience || Counterbalance",
    "Warehouse Associate – Forklift Operator | Carton & Crate Logistics | Memphis, TN 38118 | onsite | ~$19.50/hr | indeed || k=wh lv=none at=Memphis,US x=forklift sh=day || Operate sit-down and stand-up forklifts in a 500,000 sq ft warehouse. || Forklift certification or 1 year experience; pass drug screen || Cherry picker",
    "Warehouse Picker / Packer | Carton & Crate Logistics | Memphis, TN 38118 | onsite | ~$17/hr | indeed || k=wh lv=none at=Memphis,US x=picker || Pick, pack and ship online orders with handheld scanners. || Stand for 10 hours; lift 50 lb || Previous warehouse experience",
    "Warehouse Associate | Brambleway Retail | Columbus, OH 43215 | onsite | ~$18/hr | wd || k=wh lv=none at=Columbus,US x=forkliftplus || Receiving, stocking and shipping; forklift certification a plus, and we'll train you. || Lift 50 lb; basic math || Forklift certification",
    "Forklift Operator – Manufacturing Plant | Hallett Steel | Gary, IN 46402 | onsite | ~$23/hr | indeed || k=forklift lv=none at=Gary,US sh=rot || Move coils and scrap around the mill with 10-ton forklifts. || Forklift certification; rotating shifts || Crane",
    "Warehouse Team Leader | Northway Distribution | Daventry, NN11 8QL | onsite | 32000-35000 GBP | indeed || k=whsup lv=none at=Daventry,UK || Lead a shift of 20 operatives. || Warehouse supervisory experience; WMS || FLT licence",
    "Yard Jockey / Shunter | Carton & Crate Logistics | Memphis, TN 38118 | onsite | ~$21/hr | indeed || k=other lv=none at=Memphis,US || Move trailers around the yard with a yard tractor. || Class A CDL preferred || Forklift",
    "Warehouse Operative (FLT) – Temp to Perm | StaffLink Recruitment | Wakefield, WF2 0XQ | onsite | ~£12.80 per hour | ag || k=wh lv=none at=Wakefield,UK x=forklift hrs=temp || Temp-to-perm FLT operatives for a chilled food warehouse. || Counterbalance or reach licence || Chilled environment",
    # ------------------------------------------------ dental
    "Registered Dental Hygienist (RDH) | Bright Smiles Family Dentistry | Scottsdale, AZ 85251 | onsite | ~$48–$58/hr | indeed || k=dh lv=none at=Scottsdale,US || Four days a week in a busy family practice: cleanings, perio maintenance, patient education. || Arizona RDH license; local anesthesia certification; CPR || Dentrix",
    "Dental Hygienist | Parkside Dental Care | Leeds, LS6 2AB | onsite | ~£30–£35 per hour (self-employed) | plain || k=dh lv=none at=Leeds,UK || Private and NHS hygiene sessions. || GDC registered dental hygienist || Whitening",
    "Dental Hygienist/Therapist | Harbourview Dental | Brighton, BN1 1AA | onsite | 38000-45000 GBP | li || k=dh lv=none at=Brighton,UK || Hygiene and therapy sessions three days a week. || GDC registered hygienist-therapist || Invisalign",
    "Dental Assistant | Bright Smiles Family Dentistry | Scottsdale, AZ 85251 | onsite | ~$20–$24/hr | indeed || k=dentasst lv=none at=Scottsdale,US || Chairside assistant; X-rays and sterilization. || Arizona radiography certification || EFDA",
    "Trainee Dental Nurse | Parkside Dental Care | Leeds, LS6 2AB | onsite | ~£11.44 per hour | plain || k=dentasst lv=trainee at=Leeds,UK || Train as a dental nurse while you work. || Good communication || None",
    "Associate Dentist | Harbourview Dental | Brighton, BN1 1AA | onsite | ~£120k+ expected earnings | li || k=dentist lv=none at=Brighton,UK || Mixed NHS/private associate position. || GDC registered dentist; Performer number || Implants",
    "Dental Receptionist | Bright Smiles Family Dentistry | Scottsdale, AZ 85251 | onsite | ~$18/hr | indeed || k=dentrec lv=none at=Scottsdale,US || Front desk: scheduling and insurance verification. || Customer service; Dentrix || Bilingual",
    "Dental Hygienist – Part Time (Saturdays) | Seaview Smiles | San Diego, CA 92101 | onsite | ~$60–$68/hr | indeed || k=dh lv=none at=SanDiego,US hrs=pt || Saturday hygienist in a cosmetic practice. || California RDH license; local anesthesia; nitrous oxide || Laser",
    # ------------------------------------------------ social work
    "Child Protection Social Worker | Dunmore County Council | Dunmore, UK | hybrid | 38000-45000 GBP | li || k=sw lv=none at=Dunmore,UK || Social worker in our Children's Safeguarding and Assessment team. || Social Work England registration; degree in social work; driving licence || Post-qualifying experience",
    "Medical Social Worker (MSW) – Inpatient | Brantley Health System | Charlotte, NC 28204 | onsite | ~$33–$42/hr | hosp || k=sw lv=none at=Charlotte,US sh=day || Discharge planning and psychosocial assessments for inpatients. || MSW from a CSWE-accredited program; LCSW or LMSW in North Carolina || Hospital experience",
    "Licensed Clinical Social Worker (LCSW) – Outpatient Therapy | Harborlight Behavioral Health | Remote (US) | remote | 75000-90000 USD | indeed || k=sw lv=none e=US || Telehealth therapy for adults with depression and anxiety. || LCSW; 2+ years post-licensure || EMDR",
    "Social Work Assistant | Dunmore County Council | Dunmore, UK | onsite | 25000-28000 GBP | li || k=swa lv=none at=Dunmore,UK || Support qualified social workers with visits and records. || Experience with children and families || Social care qualification",
    "Case Manager | Riverside Community Services | Spokane, WA 99201 | onsite | ~$22–$25/hr | indeed || k=cm lv=none at=Spokane,US || Help adults with housing and benefits applications. || Bachelor's in human services; 1 year case management || Bilingual",
    "Support Worker – Supported Living | Cedar House Care | Norwich, NR1 1AA | onsite | ~£12.20 per hour | indeed || k=care lv=none at=Norwich,UK || Support adults with learning disabilities in their homes. || Caring attitude || Care Certificate",
    "Senior Practitioner – Adult Social Work | Valemont Borough Council | Valemont, UK | hybrid | 44000-49000 GBP | li || k=sw lv=senior at=Valemont,UK || Senior practitioner handling complex adult safeguarding and Care Act assessments. || Social Work England registration; 3+ years post-qualifying; practice educator award || AMHP",
    "School Social Worker | Maple Hollow Unified School District | Fresno, CA 93721 | onsite | 78000-96000 USD | school || k=sw lv=none at=Fresno,US || Provide social-emotional support to students and families across three schools. || MSW; California PPS credential in school social work || Spanish",
    "Social Work Team Manager – Children in Care | Valemont Borough Council | Valemont, UK | hybrid | 52000-58000 GBP | li || k=swmgr lv=manager at=Valemont,UK || Manage a team of 8 social workers. || Social Work England registration; management experience || ILACS",
    "Hospice Social Worker | Gentlebrook Home Health | Columbus, OH 43215 | onsite | 62000-70000 USD | indeed || k=sw lv=none at=Columbus,US || Psychosocial support for hospice patients and families. || MSW; Ohio LSW/LISW || Bereavement",
    # ------------------------------------------------ kitchens
    "Chef de Partie | The Gilded Pheasant | Bath, BA1 1LT | onsite | 30000-33000 GBP | plain || k=chef lv=cdp at=Bath,UK || Chef de partie for our 2-AA-rosette restaurant; run the fish section. || 2+ years as CDP or strong demi; fresh produce || Rosette experience",
    "Senior Chef de Partie – Hotel | Harbour Grand Hotel | Edinburgh, EH1 1AA | onsite | 32000-35000 GBP | ag || k=chef lv=cdp at=Edinburgh,UK || Senior CDP for our banqueting and à la carte kitchens; straight shifts. || CDP experience in a hotel || Food hygiene level 3",
    "Pastry Chef de Partie | Maison Verre | London, W1 | onsite | 34000-37000 GBP | plain || k=chef lv=cdp at=London,UK || Pastry CDP in a Michelin-starred kitchen. || Pastry CDP experience; laminated doughs || Chocolate work",
    "Demi Chef de Partie | The Gilded Pheasant | Bath, BA1 1LT | onsite | 26000-28000 GBP | plain || k=chef lv=demi at=Bath,UK || Demi CDP, supporting the sections. || 1 year in a quality kitchen || NVQ",
    "Junior Sous Chef | Harbour Grand Hotel | Edinburgh, EH1 1AA | onsite | 36000-39000 GBP | ag || k=chef lv=jsous at=Edinburgh,UK || Junior sous for a 200-cover brasserie. || Senior CDP or junior sous experience || Rota management",
    "Sous Chef | Fig & Fennel Bistro | Manchester, M1 1AA | onsite | 40000-44000 GBP | indeed || k=chef lv=sous at=Manchester,UK || Run the pass when head chef is off. || Sous chef experience || Menu development",
    "Commis Chef | Maison Verre | London, W1 | onsite | 25000-27000 GBP | plain || k=chef lv=commis at=London,UK || Commis chef learning every section. || Passion for food || College qualification",
    "Head Chef | Fig & Fennel Bistro | Manchester, M1 1AA | onsite | 50000-55000 GBP | indeed || k=chef lv=head at=Manchester,UK || Lead the kitchen and write the menus. || Head chef experience || GP management",
    "Line Cook – Sauté | Ember & Oak Steakhouse | Chicago, IL 60654 | onsite | ~$19–$23/hr | indeed || k=chef lv=line at=Chicago,US sh=eve || Sauté station at a 250-cover steakhouse, evenings. || 2 years line cook; ServSafe || Fine dining",
    "Kitchen Porter | Harbour Grand Hotel | Edinburgh, EH1 1AA | onsite | ~£11.50 per hour | ag || k=kp lv=none at=Edinburgh,UK || Dishwashing and kitchen cleaning. || Reliable || None",
    # ------------------------------------------------ construction
    "Construction Project Manager | Ridgeline Builders Inc. | Denver, CO 80216 | onsite | 110000-135000 USD | indeed || k=cpm lv=none at=Denver,US || Manage ground-up commercial projects ($10–40M): schedule, budget, subcontractors and owner meetings. || 5+ years managing commercial construction projects; Procore; BS in Construction Management or related || PMP",
    "Senior Project Manager – Commercial Construction | Harlan & Voss Contractors | Nashville, TN 37203 | onsite | 140000-165000 USD | li || k=cpm lv=senior at=Nashville,US || Lead healthcare and higher-ed builds from preconstruction to closeout. || 8+ years construction PM; hospital projects || LEED AP",
    "Project Manager (Construction) | Stonebridge Construction Ltd | Bristol, BS1 6AA | onsite | 55000-65000 GBP | ag || k=cpm lv=none at=Bristol,UK || Project manager for £5–15m residential and education schemes. || Degree in construction or equivalent; JCT contracts; SMSTS; CSCS || Chartered (MCIOB)",
    "Assistant Project Manager – Construction | Ridgeline Builders Inc. | Denver, CO 80216 | onsite | 75000-88000 USD | indeed || k=apm lv=none at=Denver,US || Support PMs with RFIs, submittals and change orders. || 2+ years in construction; Procore || Construction Management degree",
    "Project Engineer – Construction | Harlan & Voss Contractors | Nashville, TN 37203 | onsite | 70000-82000 USD | li || k=pe lv=none at=Nashville,US || Field and office support to the project team. || Engineering or CM degree || Bluebeam",
    "Site Manager | Stonebridge Construction Ltd | Bristol, BS1 6AA | onsite | 50000-58000 GBP | ag || k=site lv=none at=Bristol,UK || Run the site day to day on a school build. || SMSTS; first aid; CSCS black card || NVQ Level 6",
    "Construction Laborer | Ridgeline Builders Inc. | Denver, CO 80216 | onsite | ~$20–$24/hr | indeed || k=lab lv=none at=Denver,US || General labor on commercial job sites. || OSHA 10; able to lift 50 lb || Forklift",
    "Carpenter | Stonebridge Construction Ltd | Bristol, BS1 6AA | onsite | ~£20–£23 per hour | ag || k=lab lv=none at=Bristol,UK || First and second fix carpentry. || NVQ Level 2/3 carpentry; CSCS || Own tools",
    "Construction Estimator | Harlan & Voss Contractors | Nashville, TN 37203 | onsite | 85000-100000 USD | li || k=est lv=none at=Nashville,US || Prepare bids for commercial projects. || 3+ years estimating || Bluebeam",
    "Project Coordinator – Construction | Ashgrove Homes | Leeds, LS1 1AA | hybrid | 30000-34000 GBP | indeed || k=pcoord lv=none at=Leeds,UK || Coordinate documents, schedules and subcontractor paperwork for housing sites. || Admin experience in construction || Asta Powerproject",
    "Construction Manager (General Contractor) | Bayline Builders | Tampa, FL 33602 | onsite | 120000-140000 USD | indeed || k=site lv=none at=Tampa,US || Oversee field operations across three multifamily sites. || 7+ years construction management; OSHA 30 || PMP",
    "Project Manager – Fit-Out | Linden Interiors | London, EC2 | onsite | 60000-70000 GBP | ag || k=cpm lv=none at=London,UK || Manage Cat A/B office fit-out projects in the City. || Fit-out PM experience; SMSTS || JCT",
    # ------------------------------------------------ unrelated fillers
    "Store Manager | Greenleaf Drug Stores | Spokane, WA 99201 | onsite | 65000-75000 USD | indeed || k=other lv=none at=Spokane,US || Run a drugstore front end and team. || Retail management || Pharmacy retail",
    "Customer Service Representative (Remote) | Clearwater Benefits | Remote (US) | remote | ~$19/hr | lever || k=other lv=none e=US || Answer member calls about HSA accounts. || Customer service; typing || Bilingual",
    "Medical Receptionist – Nights | Coastal Bend Health | Corpus Christi, TX 78404 | onsite | ~$17/hr | hosp || k=other lv=none at=CorpusChristi,US sh=night || Front desk of the ED overnight. || Customer service; medical terminology || Epic",
    "Security Officer – Night Shift | Guardian Point Security | Houston, TX 77002 | onsite | ~$18/hr | indeed || k=other lv=none at=Houston,US sh=night || Patrol an office tower overnight. || Texas Level II license || CPR",
    "Marketing Manager | Hatchbox | Berlin | hybrid | 65000-75000 EUR | ashby || k=other lv=none at=Berlin,DE || Lead our lifecycle marketing. || 5 years marketing || CRM tools",
    "Phlebotomist – Nights | Lakeshore General Hospital | Grand Rapids, MI 49503 | onsite | ~$18–$22/hr | hosp || k=other lv=none at=GrandRapids,US sh=night || Draw blood across inpatient units overnight. || Phlebotomy certification || Nursing school",
]

_SLUG = re.compile(r"[^a-z0-9]+")
_REMOTE = {
    "remote": "This role is fully remote.",
    "hybrid": "This is a hybrid role.",
    "onsite": "This role is on site.",
}
_SHIFT = {
    "day": "Day shift",
    "night": "Night shift",
    "rot": "Rotating days and nights",
    "eve": "Evening shift",
}
_HOURS = {
    "ft": "Full-time",
    "pt": "Part-time",
    "prn": "PRN / per diem",
    "contract": "Contract",
    "temp": "Temporary",
}
_TAGS = {
    "go": "golang", "node": "node.js", "ts": "typescript", "js": "javascript", "cpp": "c++",
    "csharp": "c#", "pg": "postgresql", "k8s": "kubernetes", "rmq": "rabbitmq", "bq": "bigquery",
    "mssql": "sql server", "python": "python", "java": "java", "php": "php", "kotlin": "kotlin",
    "rust": "rust", "elixir": "elixir", "django": "django", "fastapi": "fastapi", "flask": "flask",
    "spring": "spring boot", "laravel": "laravel", "symfony": "symfony", "aws": "aws", "gcp": "gcp",
    "azure": "azure", "tableau": "tableau", "sql": "sql", "kafka": "kafka", "mysql": "mysql",
    "mongo": "mongodb", "oracle": "oracle", "powerbi": "power bi", "looker": "looker",
}  # fmt: skip


def _money(n: int, cur: str) -> str:
    if cur in CUR:
        return f"{CUR[cur]}{n:,}"
    return f"{n:,} {cur}"


def _pay_line(lo: int, hi: int, cur: str, style: str) -> str:
    span = _money(lo, cur) if lo == hi else f"{_money(lo, cur)} – {_money(hi, cur)}"
    if style == "de":
        return f"Gehalt: {lo:,} – {hi:,} {cur} brutto im Jahr".replace(",", ".")
    if style in {"wd", "fed"}:
        return f"The pay range for this position is {span} per year."
    if style in {"ag", "school", "indeed"}:
        return f"Salary: {span} per annum"
    if style == "nhs":
        return (
            f"{_money(lo, cur)} to {_money(hi, cur)} a year (per annum, pro rata where part time)"
        )
    return f"Compensation: {span} a year, plus benefits."


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def _bullets(items: list[str], mark: str = "-") -> str:
    return "\n".join(f"{mark} {x}" for x in items)


def _text(style: str, row: dict[str, str], f: dict[str, Any], pay: str) -> str:
    company, place, remote = row["company"], row["place"], row["remote"]
    do, r, n = row["do"], _items(row["req"]), _items(row["nice"])
    where = f"Location: {place}. {_REMOTE[remote]}"
    sched = " ".join(x for x in (_HOURS.get(f.get("hrs", "")), _SHIFT.get(f.get("sh", ""))) if x)
    if style == "de":
        parts = [
            f"Über uns: {do}",
            "Dein Profil:\n" + _bullets(r),
            ("Wünschenswert:\n" + _bullets(n)) if n else "",
            "Wir bieten: 30 Tage Urlaub, flexible Arbeitszeiten. " + pay,
            f"Standort: {place}.",
        ]
    elif style == "ag":
        parts = [
            do,
            "Key skills:\n" + _bullets(r, "•"),
            ("Desirable:\n" + _bullets(n, "•")) if n else "",
            f"{pay}. {where}",
            f"Interested? Apply now or send your CV to the {company} team.",
        ]
    elif style == "wd":
        parts = [
            f"Job Description\n{do}",
            "Basic Qualifications\n" + _bullets(r),
            ("Preferred Qualifications\n" + _bullets(n)) if n else "",
            pay,
            f"{where} {company} is an Equal Opportunity Employer.",
        ]
    elif style == "li":
        parts = [
            f"About the job\n{do}",
            "Qualifications\n" + _bullets(r),
            ("Nice to have\n" + _bullets(n)) if n else "",
            f"{pay} {where}".strip(),
            f"Employment type: {_HOURS.get(f.get('hrs', 'ft'), 'Full-time')}",
        ]
    elif style == "plain":
        parts = [
            do,
            "Requirements: " + ", ".join(r) + ".",
            ("Bonus: " + ", ".join(n) + ".") if n else "",
            f"{pay} {where}".strip(),
        ]
    elif style == "nhs":
        parts = [
            f"Job summary\n{do}",
            "Person specification\nEssential:\n" + _bullets(r),
            ("Desirable:\n" + _bullets(n)) if n else "",
            f"Salary: {pay}",
            f"{company}, {place}. Contract: Permanent. Working pattern: {sched or 'Full-time'}.",
        ]
    elif style == "fed":
        parts = [
            f"Summary\n{do}",
            "Qualifications\n" + _bullets(r),
            ("Additional information\n" + _bullets(n)) if n else "",
            pay,
            f"Agency: {company}. Duty location: {place}. Work schedule: {sched or 'Full-time'}. Appointment type: Permanent.",
        ]
    elif style == "hosp":
        parts = [
            f"Position Summary\n{do}",
            "Required Qualifications\n" + _bullets(r),
            ("Preferred\n" + _bullets(n)) if n else "",
            f"Schedule: {sched}" if sched else "",
            f"{pay} Facility: {company}, {place}.".strip(),
        ]
    elif style == "law":
        parts = [
            do,
            "Qualifications\n" + _bullets(r),
            ("Preferred\n" + _bullets(n)) if n else "",
            f"{pay} Office: {place}. {_REMOTE[remote]}".strip(),
            f"{company} is an equal opportunity employer.",
        ]
    elif style == "school":
        parts = [
            do,
            "The successful candidate will have:\n" + _bullets(r),
            ("It would be an advantage to have:\n" + _bullets(n)) if n else "",
            f"{pay}. Contract: {_HOURS.get(f.get('hrs', 'ft'), 'Full-time')}, permanent.",
            f"School: {company}, {place}. Safer recruitment: an enhanced DBS check applies.",
        ]
    elif style == "indeed":
        parts = [
            f"Job details\nPay: {pay or 'not stated'}\nJob type: {_HOURS.get(f.get('hrs', 'ft'), 'Full-time')}"
            + (f"\nShift and schedule: {_SHIFT[f['sh']]}" if f.get("sh") else ""),
            f"Full job description\n{do}",
            "Requirements:\n" + _bullets(r),
            ("Preferred:\n" + _bullets(n)) if n else "",
            f"Work location: {place}. {_REMOTE[remote]}",
        ]
    else:
        head = {
            "gh": ("About the role", "What you'll bring", "Nice to have"),
            "lever": ("The role", "You have", "Bonus points"),
            "ashby": ("## What you'll do", "## What we're looking for", "## Nice to haves"),
        }[style]
        parts = [
            f"{head[0]}\n{do}",
            f"{head[1]}\n" + _bullets(r),
            (f"{head[2]}\n" + _bullets(n)) if n else "",
            pay,
            f"{where} {company} welcomes applicants of every background.",
        ]
    return "\n\n".join(p for p in parts if p)


def _facts(spec: str, lo: int | None, hi: int | None, cur: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in spec.split():
        key, value = part.split("=", 1)
        out[key] = value.split(",") if key in {"l", "at", "e", "x"} else value
    out["pay"] = [float(lo), float(hi or lo), cur] if lo is not None else None
    return out


def _tags(f: dict[str, Any]) -> list[str]:
    return [_TAGS[v] for v in [*f.get("l", []), *f.get("x", [])] if v in _TAGS]


def main() -> None:
    lines, facts = [], {}
    for n, line in enumerate(P, start=1):
        head, spec, do, req, nice = (x.strip() for x in line.split("||"))
        title, company, place, remote, pay, style = (x.strip() for x in head.split(" | "))
        lo = hi = None
        cur = None
        f = _facts(spec, None, None, None)
        pay_text = ""
        if pay.startswith("~"):
            pay_text = f"Pay: {pay[1:]}."
        elif pay != "-":
            span, cur = pay.split()
            a, b = span.split("-")
            lo, hi = int(a), int(b)
            pay_text = _pay_line(lo, hi, cur, style)
        row = {
            "company": company,
            "place": place,
            "remote": remote,
            "do": do,
            "req": req,
            "nice": nice,
        }
        pid = f"fresh4:{n:03d}"
        slug = _SLUG.sub("-", f"{company} {title}".lower()).strip("-")
        rec: dict[str, Any] = {
            "id": pid,
            "source": "fresh4",
            "title": title,
            "company": company,
            "location": place,
            "remote": remote,
            "salary_min": lo,
            "salary_max": hi,
            "currency": cur,
            "url": f"https://example.com/fresh4/{n:03d}-{slug}",
            "description": _text(style, row, f, pay_text),
            "tags": _tags(f) if n % 3 else [],
            "posted_at": f"2026-11-{1 + n % 28:02d}T{7 + n % 11:02d}:30:00Z",
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        facts[pid] = {
            "title": title,
            "company": company,
            "mode": remote,
            **_facts(spec, lo, hi, cur),
        }
    (HERE / "postings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
