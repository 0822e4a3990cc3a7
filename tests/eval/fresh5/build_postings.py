# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the fifth fresh set (run once, by hand).

Every posting was written by hand for this set by the helper session ``fresh5`` (companies, pay
and places are fictional), one line each: the board's shape, title, company, location, workplace,
the regions a remote posting is open to, country, pay, and the facts the judge reads (role, level,
required and nice-to-have skills, domain), then a sentence about the team. The description is laid
out the way that board lays its postings out (Greenhouse ``gh``, Lever ``lv``, Ashby ``ab``,
Workday ``wd``, LinkedIn ``li``, German ``de``, Dutch ``nl`` and French ``fr`` career pages, UK
agencies ``ag``, bare ads ``bare``, US federal announcements ``fed``, hospital and NHS boards
``hosp``/``nhs``, school boards ``school`` and trade boards ``trade``). The facts beside each
posting (``facts.json``) are what ``judge.py``'s rules read.

Line fields: style | title | company | location | workplace (r/h/o) | remote open to | country |
pay | role | level | required | nice to have | domain | sentence. Pay: ``140-175k$`` (yearly),
``600d£`` (day rate), ``70h$`` (hourly), empty when the posting gives none.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

LINES = """
# ---- Java (senior, Spring, remote US) and its near misses
gh|Sr. Software Engineer, Backend (Java)|Quillfeather|Remote - US only|r|US|US|165-195k$|backend|senior|java spring postgres kafka aws|k8s|fintech|Quillfeather runs the ledger behind 4,000 credit unions.
lv|Senior Java Developer|Harborline Freight Tech|Remote (United States)|r|US|US|150-180k$|backend|senior|java spring mysql rabbitmq|docker|logistics|We route 30,000 truckloads a day and our services are all Java 21.
li|Senior Backend Engineer – Java/Spring Boot|Cindervale Health|Austin, TX (Hybrid)|h||US|155-175k$|backend|senior|java spring postgres aws||health|Our claims platform processes a million claims a week.
ab|Senior Java Engineer|Nordvik Pay|Remote (EMEA)|r|EMEA|UK|85-105k£|backend|senior|java spring kafka postgres||payments|Nordvik Pay moves money between 40 European banks.
gh|Staff Software Engineer (Java)|Brightwater Analytics|Remote, US|r|US|US|205-240k$|backend|staff|java spring aws dynamodb|kafka|distributed|You will set the technical direction for our ingestion services.
gh|Senior Full Stack Engineer (Java/React)|Tallgrass Insurance|Remote US|r|US|US|150-170k$|fullstack|senior|java spring react typescript postgres||insurance|Build quoting tools end to end.
wd|Senior Software Engineer - Payments (Java)|Ridgeway Bank|Remote — United States|r|US|US|160-190k$|backend|senior|java spring oracle kafka|aws|payments|Join the team that runs card authorisation for 9 million customers.
de|Senior Java Developer (m/w/d)|Kranich Logistik GmbH|Berlin|h||DE|75-90k€|backend|senior|java spring postgres docker|k8s|logistics|Wir bauen die Plattform für Lagerlogistik in 14 Ländern.
li|Senior Data Engineer (Java, Spark)|Obsidian Retail|Remote US|r|US|US|160-185k$|data_eng|senior|java spark kafka airflow aws||retail|Own the batch and streaming pipelines behind our pricing engine.
lv|Senior QA Automation Engineer (Java, Selenium)|Pinecrest Software|Remote (US)|r|US|US|125-145k$|qa|senior|java selenium testng jenkins||saas|Lead test automation for our billing product.
gh|Senior Android Engineer (Kotlin/Java)|Marigold Mobile|Remote - USA|r|US|US|160-185k$|mobile|senior|kotlin java android||consumer|Ship the Android app used by 3M people.
wd|Java Developer|Ironleaf Systems|Remote - US|r|US|US|100-120k$|backend|mid|java spring mysql|aws|saas|Two to four years of Java is what we are looking for.
ab|Senior Java Developer|Koru Logistics|Remote - Anywhere|r|ANY|NZ|130-150k$|backend|senior|java quarkus postgres kafka||logistics|We are remote-first across eleven time zones; our stack is Quarkus, not Spring.
lv|Senior Sales Engineer – Java APM|Tracewell|Remote (US)|r|US|US|170-210k$|sales_eng|senior|java apm||observability|Partner with account executives to win enterprise deals.
gh|Java Support Engineer II|Lanternfish Software|Remote (US)|r|US|US|85-100k$|support_eng|mid|java sql linux||saas|Troubleshoot customer escalations in our Java middleware.
gh|Lead Java Engineer (Spring)|Fenwick Health Systems|Remote (US & Canada)|r|US,CA|US|175-200k$|backend|lead|java spring postgres aws|k8s|health|Lead a team of five on our scheduling APIs.
li|Senior Software Engineer, Backend|Aldergrove Media|Remote – US|r|US|US|160-185k$|backend|senior|java kotlin spring postgres aws|kafka|media|Backend for a streaming video service: Java and Kotlin services on AWS.
gh|Senior Backend Engineer (Java)|Sablewood|New York, NY (On-site)|o||US|175-205k$|backend|senior|java spring postgres||fintech|Five days a week in our Flatiron office.
# ---- Python backend, remote EU / mid-level Django / GCP
ab|Backend Engineer (Python)|Lumen Tide|Remote (EMEA)|r|EMEA|NL|70-85k€|backend|mid|python django postgres aws|celery|climate|We measure carbon removal for 200 buyers.
gh|Senior Python Engineer|Fjordline Data|Remote – EU|r|EU|DK|85-100k€|backend|senior|python fastapi postgres aws|k8s|saas|Our APIs serve route planning for ferry operators.
de|Python Backend Developer (m/w/d)|Heidenau Software GmbH|Remote in Deutschland|r|DE|DE|65-80k€|backend|mid|python fastapi postgres docker||industry|Du entwickelst die APIs unserer Maschinendaten-Plattform.
lv|Backend Engineer, Python|Sunbeam Labs|Remote - US only|r|US|US|140-165k$|backend|mid|python django postgres aws||edtech|US-based applicants only for tax reasons.
nl|Python Developer|Tulpia|Amsterdam|h||NL|55-70k€|backend|mid|python flask postgres||ecommerce|Drie dagen per week op kantoor in Amsterdam-Noord.
gh|Software Engineer II, Backend (Python/Django)|Ravensworth|Remote (Europe)|r|EUROPE|IE|70-85k€|backend|mid|python django postgres redis|aws|saas|Build the scheduling engine behind 8,000 clinics.
ag|Python Developer (Django)|Beacon Talent (for a London proptech)|London (Hybrid, 2 days)|h||UK|60-70k£|backend|mid|python django postgres||proptech|My client is a Series B proptech looking for a mid-level Django developer.
li|Junior Python Developer|Orchard Lane Software|Leeds, UK|o||UK|30-35k£|backend|junior|python django postgres|docker|saas|Our graduate-friendly team pairs every new developer with a mentor.
gh|Senior Django Developer|Cobaltine|Remote – EU|r|EU|PT|75-90k€|backend|senior|python django postgres celery||health|Lead the backend of our telehealth product.
lv|Python Developer – GCP|Westerly Insights|Remote - US|r|US|US|115-135k$|backend|mid|python gcp bigquery cloudrun postgres||analytics|Build the services that load survey data into BigQuery.
ab|Data Engineer (Python, GCP)|Ember & Oak|Remote (US)|r|US|US|130-150k$|data_eng|mid|python gcp dataflow bigquery airflow||retail|Own our Dataflow pipelines.
ag|Python Developer – Google Cloud (Contract)|Kestrel Recruitment|London / Remote (UK)|r|UK|UK|550d£|backend|senior|python gcp fastapi k8s||government|6-month contract, £550 per day outside IR35, for a public-sector client.
gh|Machine Learning Engineer (Python, GCP Vertex AI)|Pelican Vision|Remote – US|r|US|US|170-200k$|ml_eng|senior|python gcp pytorch vertex||ai|Train and serve our vision models.
gh|Backend Engineer (Python, AWS)|Northcairn|Remote (Canada)|r|CA|CA|120-140k$C|backend|mid|python aws django postgres||fintech|Build the lending APIs for our Canadian customers.
lv|Python Backend Engineer|Greywillow|Remote (US/Canada)|r|US,CA|US|130-150k$|backend|mid|python fastapi postgres|gcp aws|saas|Experience with a public cloud (GCP or AWS) is a plus.
li|Full Stack Developer (Python/Django + React)|Bramblefield|Remote - EU|r|EU|DE|60-75k€|fullstack|mid|python django react postgres||nonprofit|You will work across the whole product.
de|Backend Entwickler Python (m/w/d)|Isarwerk Digital|München|o||DE|60-72k€|backend|mid|python django postgres docker||mobility|Vor Ort in München, Festanstellung.
ab|Django Developer (Mid)|Polestar Learning|Anywhere|r|ANY|US|90-110k$|backend|mid|python django postgres redis||edtech|Fully remote, hire anywhere through our EOR.
wd|Software Engineer, Python (GCP)|Hollowpine Bank|Charlotte, NC (Hybrid)|h||US|125-145k$|backend|mid|python gcp bigquery postgres||fintech|Hybrid three days a week in Charlotte.
gh|Senior Backend Engineer (Python/FastAPI)|Cartwheel|Remote (EU timezones)|r|EU|ES|80-95k€|backend|senior|python fastapi postgres redis aws||travel|Booking APIs for 600 tour operators.
# ---- C# / .NET: UK with pay, remote with Azure
ag|Senior .NET Developer|Harlow & Finch Recruitment|London (Hybrid)|h||UK|75-85k£|backend|senior|csharp dotnet azure sqlserver||insurance|My client, a Lloyd's insurer, needs a senior .NET developer on their pricing platform.
li|.NET Developer|Pennine Digital|Manchester, England|h||UK|45-55k£|backend|mid|csharp dotnet sqlserver||retail|Maintain our order management APIs.
ag|C# Developer – Contract|Rookwood IT Resourcing|London|h||UK|600d£|backend|senior|csharp dotnet sqlserver azure||banking|£600 per day Inside IR35, 6 months initial.
gh|Senior C# Engineer|Tidewater Games Services|Remote (UK)|r|UK|UK||backend|senior|csharp dotnet azure postgres||gaming|Backend services for multiplayer matchmaking; salary on request.
gh|.NET Software Engineer|Bluestem Health|Remote - US|r|US|US|130-150k$|backend|mid|csharp dotnet azure sqlserver||health|Build claims adjudication services on Azure.
li|Azure Cloud Engineer|Cairnmore Consulting|Remote (US)|r|US|US|120-140k$|devops|mid|azure terraform powershell|csharp|consulting|Build and operate Azure landing zones.
de|Backend Developer C#/.NET (m/w/d)|Rheinblick Versicherung|Remote (Deutschland)|r|DE|DE|65-80k€|backend|mid|csharp dotnet azure sqlserver||insurance|Remote innerhalb Deutschlands.
ag|Full Stack .NET Developer (Angular)|Aire Valley Recruitment|Leeds|h||UK|65-75k£|fullstack|mid|csharp dotnet angular sqlserver||finance|My client is a Leeds fintech.
li|.NET Developer|Liffey Software|Dublin (Hybrid)|h||IE|65-75k€|backend|mid|csharp dotnet azure||saas|Hybrid, two days in Dublin.
gh|Lead .NET Engineer|Severn Energy|Bristol, UK|h||UK|80-90k£|backend|lead|csharp dotnet azure sqlserver||energy|Lead six engineers on our billing platform.
gh|Unity Developer (C#)|Lark Games|London|h||UK|60-70k£|gamedev|mid|csharp unity||gaming|Build gameplay systems for our next title.
lv|.NET Developer (Azure)|Prairieline|Remote|r|US|US|90-110k$|backend|mid|csharp dotnet azure sqlserver||agtech|US-based remote role.
ab|Software Engineer (C#/.NET)|Maplecrest|Remote within Canada|r|CA|CA|95-115k$C|backend|mid|csharp dotnet azure postgres||govtech|Permits and licensing platform for municipalities.
wd|Senior .NET Developer - AWS|Granite Peak Financial|Remote - US|r|US|US|140-160k$|backend|senior|csharp dotnet aws sqlserver||fintech|We run .NET 8 on AWS Lambda and ECS.
lv|QA Engineer (.NET)|Ashbury Labs|Remote (UK)|r|UK|UK|45-55k£|qa|mid|csharp specflow selenium||saas|Automate our regression suite.
ag|.NET Backend Developer|Thornbury Tech Talent|Remote (UK only)|r|UK|UK|70-80k£|backend|mid|csharp dotnet azure sqlserver|rabbitmq|healthtech|Fully remote UK role, occasional visits to Reading.
li|Dynamics 365 Developer|Colwyn Systems|Cardiff (Hybrid)|h||UK|55-65k£|crm_dev|mid|csharp dynamics365||public|Customise Dynamics 365 for housing associations.
# ---- Go and Kubernetes
gh|Backend Engineer (Go)|Cumulo|Remote (US)|r|US|US|145-170k$|backend|mid|go k8s postgres grpc||infra|Our control plane is Go on Kubernetes.
ab|Senior Golang Developer|Trellis Networks|Remote (EU)|r|EU|NL|80-95k€|backend|senior|go postgres kafka|k8s|networking|Kubernetes experience is a nice-to-have.
gh|Go Engineer, Platform|Skyhook|Remote (US)|r|US|US|160-190k$|platform|senior|go k8s terraform aws||infra|Build the internal developer platform.
lv|Software Engineer – Go / Kubernetes Operators|Quarry Cloud|Remote - Anywhere|r|ANY|US|150-180k$|backend|senior|go k8s operators etcd||distributed|Write Kubernetes operators for managed databases.
gh|Site Reliability Engineer (Go, Kubernetes)|Fathom Security|Remote (US)|r|US|US|150-175k$|sre|mid|go k8s prometheus terraform||security|Keep our detection pipeline up and write Go tooling.
de|Golang Developer (m/w/d)|Elbwerk Systems|Hamburg|h||DE|70-85k€|backend|mid|go k8s postgres||logistics|Hybrid, zwei Tage pro Woche im Büro in Hamburg.
li|Go Developer|Saltmarsh|Remote – UK|r|UK|UK|65-80k£|backend|mid|go postgres aws||fintech|Build payment reconciliation services in Go.
lv|DevOps Engineer (Kubernetes, Terraform)|Brindle Cloud|Remote (US)|r|US|US|130-150k$|devops|mid|k8s terraform aws helm||saas|No programming language required beyond scripting.
gh|Junior Go Developer|Wicklow Systems|Dublin (Hybrid)|h||IE|45-55k€|backend|junior|go k8s docker||saas|Graduate-friendly; Go and Kubernetes training provided.
ab|Blockchain Engineer (Go)|Meridian Chain|Remote (Anywhere)|r|ANY|SG|140-180k$|backend|senior|go cosmos tendermint||crypto|Build validator tooling for our Cosmos SDK chain.
# ---- Node.js / JavaScript backend
gh|Node.js Backend Developer|Pathwise|Remote (US)|r|US|US|120-140k$|backend|mid|node typescript postgres aws||hrtech|Build the APIs behind our hiring platform.
lv|Backend Engineer (Node.js/TypeScript)|Shorewind|Remote - US|r|US|US|110-125k$|backend|mid|node typescript mongodb redis aws||media|Our services are NestJS on AWS.
gh|Node.js Developer|Bellflower Commerce|Remote (US)|r|US|US|105-118k$|backend|mid|node express mysql|php laravel|ecommerce|Some of our legacy checkout is still PHP; knowing Laravel helps.
li|Full Stack Developer (Node/PHP)|Dunmore Web|Remote (UK)|r|UK|UK|40-50k£|fullstack|mid|node php laravel vue mysql||agency|Agency work across Node and PHP projects.
ag|Backend Developer (PHP/Laravel)|Mercia Digital Recruitment|Birmingham|h||UK|45-55k£|backend|mid|php laravel mysql redis||ecommerce|My client is a fast-growing e-commerce business.
ab|Senior Node.js Engineer|Cobalt River|Remote (Americas)|r|AMERICAS|US|150-180k$|backend|senior|node typescript postgres kafka aws||payments|Payments APIs for marketplaces.
nl|Node.js Developer|Grachtwerk|Remote (EU)|r|EU|NL|60-75k€|backend|mid|node typescript postgres docker||mobility|Remote binnen de EU.
gh|Frontend Engineer (React, TypeScript)|Gildway|Remote (US)|r|US|US|130-150k$|frontend|mid|react typescript javascript||saas|Own our design system.
lv|JavaScript Engineer – Backend|Riverstone Labs|Remote (US)|r|US|US|95-110k$|backend|mid|javascript node mongodb||edtech|Backend JavaScript on Node 20.
bare|Node.js Developer (Contract)|Bayview Staffing|Remote (US)|r|US|US|70h$|backend|senior|node typescript postgres aws||healthcare|12-month W2 contract at $70/hr.
gh|Backend Engineer (TypeScript / NestJS)|Loopline|Remote - US|r|US|US||backend|mid|typescript node nestjs postgres||logistics|Compensation shared at first call.
li|Node.js Backend Engineer|Halcyon Media|New York, NY (Onsite)|o||US|140-160k$|backend|mid|node postgres redis||media|Five days a week in Manhattan.
gh|Solutions Engineer – JavaScript SDK|Pixelmint|Remote (US)|r|US|US|140-170k$|sales_eng|mid|javascript node||adtech|Help customers integrate our SDK.
ab|Developer Advocate (Node.js)|Streamline API|Remote (US)|r|US|US|130-150k$|devrel|mid|node javascript||api|Write samples, talks and tutorials.
li|Backend Developer (Node.js, MongoDB, Redis)|Copperleaf|Remote (EMEA)|r|EMEA|UK|55-65k£|backend|mid|node mongodb redis docker||gaming|Leaderboards and matchmaking for mobile games.
gh|Senior Backend Engineer (Node.js)|Everpine|Remote - US|r|US|US|160-185k$|backend|senior|node typescript postgres redis aws||health|Patient messaging APIs.
# ---- Kotlin backend (Germany)
de|Backend Engineer Kotlin (m/w/d)|Spreeflug GmbH|Berlin, Hybrid (3 Tage im Büro)|h||DE|70-85k€|backend|mid|kotlin spring postgres k8s||travel|Hybrid, drei Tage in Berlin.
gh|Senior Kotlin Developer|Nordlicht Bank|Remote (EU)|r|EU|DE|85-100k€|backend|senior|kotlin spring kafka postgres||banking|Core banking services in Kotlin.
ab|Kotlin Backend Engineer|Waldkauz|Remote – Germany only|r|DE|DE|65-80k€|backend|mid|kotlin ktor postgres||health|Du arbeitest remote aus Deutschland.
de|Android Developer Kotlin (m/w/d)|Zugspitz Apps|München|h||DE|60-75k€|mobile|mid|kotlin android||consumer|Unsere App nutzen 2 Mio. Menschen.
nl|Kotlin Backend Engineer|Dijkstra Fintech|Amsterdam (on-site)|o||NL|70-85k€|backend|mid|kotlin spring postgres||fintech|Vijf dagen op kantoor.
de|Backend Developer Java/Kotlin (m/w/d)|Alsterkontor|Hamburg|h||DE|65-80k€|backend|mid|java kotlin spring postgres||ecommerce|Hybrid in Hamburg.
lv|Kotlin Engineer|Prairie Fintech|Remote (US)|r|US|US|140-160k$|backend|mid|kotlin spring postgres||fintech|US only.
gh|Software Engineer, Backend (Kotlin)|Lindqvist|Remote (EMEA) / London|r|EMEA|UK|70-85k£|backend|mid|kotlin spring postgres aws||marketplace|Remote across EMEA.
de|Backend Engineer (m/w/d) Java|Rheinpfad|Köln|h||DE|60-75k€|backend|mid|java spring postgres|kotlin|insurance|Kotlin-Kenntnisse sind ein Plus.
de|Senior Backend Entwickler Kotlin (m/w/d)|Schwarzwald Digital|Freiburg oder Remote (DACH)|r|DE,AT,CH|DE|75-90k€|backend|senior|kotlin spring postgres kafka||energy|Remote im DACH-Raum möglich.
# ---- Rust, distributed systems
gh|Rust Engineer, Distributed Storage|Stratum Labs|Remote (US)|r|US|US|170-210k$|backend|senior|rust raft|k8s|distributed|Build our replicated object store.
ab|Senior Rust Developer (Distributed Systems)|Quorum Data|Remote (EU)|r|EU|FR|90-110k€|backend|senior|rust tokio|kafka|distributed|Consensus and replication for our time-series database.
lv|Rust Backend Engineer|Ferrule|Remote - US|r|US|US|140-170k$|backend|mid|rust axum postgres||saas|Our web APIs are Rust and Axum.
gh|Embedded Rust Engineer|Tinplate Robotics|Boston, MA|o||US|140-165k$|embedded|mid|rust embedded rtos||robotics|Firmware for warehouse robots.
ab|Rust Engineer – Consensus|Lattice Protocol|Remote (Anywhere)|r|ANY|CH|160-220k$|backend|senior|rust libp2p|go|crypto distributed|Work on our blockchain's consensus layer.
gh|Systems Engineer (C++, Distributed)|Aurora Compute|Seattle, WA|h||US|170-200k$|backend|senior|cpp grpc||distributed|Low-latency distributed scheduler in C++.
lv|Software Engineer (Go)|Silverline Infra|Remote (US)|r|US|US|150-170k$|backend|senior|go postgres|rust|distributed|Rust is a nice-to-have.
fr|Ingénieur Rust – Systèmes distribués (H/F)|Minerve Systèmes|Paris (hybride)|h||FR|65-80k€|backend|senior|rust tokio k8s||distributed|Moteur de réplication pour bases de données.
# ---- SDE II / AWS / levels
wd|SDE II, Backend|Cascadia Retail Technology|Seattle, WA (Hybrid)|h||US|140-170k$|backend|mid|java aws dynamodb||ecommerce|Software Development Engineer II on the checkout team.
gh|Software Development Engineer II|Plumeria|Remote (US)|r|US|US|135-160k$|backend|mid|python aws lambda dynamodb||travel|Serverless booking services.
wd|Software Engineer II (Azure)|Evergreen Utilities|Remote (US)|r|US|US|115-135k$|backend|mid|csharp dotnet azure||energy|Meter data services on Azure.
wd|Software Development Engineer I|Cascadia Retail Technology|Seattle, WA|h||US|110-130k$|backend|junior|java aws||ecommerce|Entry-level SDE role for new graduates.
wd|Senior Software Development Engineer|Cascadia Retail Technology|Seattle, WA|h||US|175-210k$|backend|senior|java aws dynamodb||ecommerce|Senior SDE leading the returns service.
gh|Software Engineer, L4|Kaleido Search|Remote (US)|r|US|US|150-175k$|backend|mid|go aws postgres||search|L4 is our mid-level band.
gh|Software Engineer II – Full Stack|Brookhollow|Remote (US)|r|US|US|120-140k$|fullstack|mid|typescript react node aws||hrtech|Work across React and Node on AWS.
wd|Software Engineer III|Midland Mutual|Columbus, OH|h||US|140-160k$|backend|senior|java aws||insurance|Level III: 6+ years expected.
li|Mid-level Backend Engineer (AWS)|Copperhead|Remote (US)|r|US|US|120-140k$|backend|mid|python aws postgres||security|Three to five years of backend work.
wd|Software Development Engineer in Test II|Cascadia Retail Technology|Seattle, WA|h||US|120-140k$|qa|mid|java selenium aws||ecommerce|Own test frameworks for checkout.
gh|Cloud Support Engineer II (AWS)|Nimbus Partners|Remote (US)|r|US|US|90-110k$|support_eng|mid|aws linux||consulting|Answer customer tickets about AWS workloads.
lv|Cloud Engineer II (AWS)|Tern Labs|Remote (US)|r|US|US|120-140k$|devops|mid|aws terraform||saas|Infrastructure as code on AWS.
ab|Software Engineer (Backend), Level 2|Cormorant|Remote (Canada)|r|CA|CA|110-130k$C|backend|mid|typescript node aws postgres||fintech|Level 2 of 5 on our ladder.
# ---- Staff, payments, pay floors
gh|Staff Software Engineer, Payments|Tillwright|Remote (US)|r|US|US|220-260k$|backend|staff|java kafka postgres aws||payments|Card issuing and settlement.
ab|Staff Backend Engineer – Payments Platform|Cinch|San Francisco, CA (Hybrid)|h||US|190-230k$|backend|staff|go postgres kafka||payments|Merchant payouts at scale.
lv|Staff Engineer, Payments|Hearthstone Travel|Remote (US)|r|US|US||backend|staff|python postgres aws||payments|Compensation is competitive and shared in the first call.
gh|Senior Backend Engineer, Payments|Tillwright|Remote (US)|r|US|US|170-200k$|backend|senior|java kafka postgres||payments|Card disputes and chargebacks.
li|Staff Backend Engineer, Growth|Glimmer|Remote (US)|r|US|US|210-250k$|backend|staff|python postgres aws||consumer|Growth experiments and notifications.
gh|Staff Engineer, Payments|Pinwheel Market|Remote (US)|r|US|US|160-185k$|backend|staff|ruby postgres||payments|Payments for a small marketplace.
ab|Principal Engineer, Payments|Ledgerly|New York, NY (Hybrid)|h||US|240-280k$|backend|principal|java kafka aws||payments|Set the architecture of our payment rails.
gh|Engineering Manager, Payments|Tillwright|Remote (US)|r|US|US|220-250k$|em|manager|java||payments|Manage eight payments engineers.
lv|Staff Software Engineer (Lending)|Calder Credit|Remote (US)|r|US|US|210-240k$|backend|staff|kotlin postgres aws||fintech|Loan origination services.
ag|Staff Payments Engineer|Lyric Search Partners|London (Hybrid)|h||UK|150-180k£|backend|staff|java kafka aws||payments|My client, a UK neobank, seeks a staff engineer for its payments core.
gh|Staff Solutions Architect, Payments|Tillwright|Remote (US)|r|US|US|200-240k$|sol_arch|staff|payments_apis||payments|Design integrations for enterprise clients.
ab|Staff Software Engineer, Crypto Payments|Satoshi Rails|Remote (Anywhere)|r|ANY|US|210-250k$|backend|staff|go postgres||payments crypto|Stablecoin payouts for marketplaces.
# ---- Data platform
gh|Senior Software Engineer, Data Platform|Vantage Bay|Remote (US)|r|US|US|175-205k$|backend|senior|scala spark kafka aws||dataplat|Build the platform every team uses to publish data.
ab|Senior Data Platform Engineer|Brackenfield|Remote (EU)|r|EU|DE|85-100k€|data_eng|senior|python spark k8s airflow||dataplat|Own our lakehouse platform.
lv|Senior Data Engineer (Analytics, dbt)|Puffin Analytics|Remote (US)|r|US|US|150-170k$|data_eng|senior|sql dbt snowflake||analytics|Model data for finance reporting.
gh|Staff Software Engineer, Data Platform|Vantage Bay|Remote (US)|r|US|US|215-245k$|backend|staff|scala spark kafka||dataplat|Lead the data platform's architecture.
gh|Software Engineer, Data Platform|Ostrich Labs|Remote (US)|r|US|US|130-150k$|backend|mid|python spark aws||dataplat|Two to four years' experience.
li|Senior Backend Engineer (Data Infrastructure)|Kittiwake|Remote (UK)|r|UK|UK|85-100k£|backend|senior|go kafka postgres||dataplat|Build the ingestion and storage layer of our data platform.
gh|Senior Data Analyst|Vantage Bay|Remote (US)|r|US|US|120-140k$|data_analyst|senior|sql looker||analytics|Analyse product usage.
ab|Product Manager, Data Platform|Brackenfield|Berlin|h||DE|80-95k€|pm|senior|||dataplat|Own the roadmap of our data platform.
gh|Senior Platform Engineer (Kubernetes)|Gullwing|Remote (US)|r|US|US|165-190k$|platform|senior|k8s terraform go||infra|Internal developer platform on Kubernetes.
# ---- Kafka, remote
gh|Backend Engineer (Kafka, Java)|Streamfold|Remote (US)|r|US|US|140-160k$|backend|mid|java kafka postgres||streaming|Event-driven order services.
ab|Senior Backend Engineer, Streaming|Rivulet|Remote (EU)|r|EU|SE|80-95k€|backend|senior|scala kafka flink||streaming|Real-time pipelines for sports data.
lv|Data Engineer (Kafka)|Breakwater|Remote (US)|r|US|US|130-150k$|data_eng|mid|python kafka spark||streaming|Streaming ingestion into our warehouse.
gh|Backend Engineer (Kafka)|Harrowgate|Chicago, IL (Hybrid)|h||US|130-150k$|backend|mid|java kafka||logistics|Hybrid three days.
gh|Backend Engineer (RabbitMQ)|Hopscotch|Remote (US)|r|US|US|130-150k$|backend|mid|python rabbitmq postgres||travel|Messaging via RabbitMQ.
li|Kafka Administrator|Ironbridge Bank|Remote (US)|r|US|US|120-140k$|devops|mid|kafka linux ansible||banking|Operate our Kafka clusters.
gh|Backend Engineer|Marlowe Health|Remote (Anywhere)|r|ANY|UK|90-110k$|backend|mid|python postgres aws|kafka|health|Kafka experience a plus.
# ---- MongoDB, Redis, Cassandra, Postgres, junior
gh|Backend Engineer (Python, MongoDB)|Plover|Remote (US)|r|US|US|120-140k$|backend|mid|python mongodb||media|Content APIs on MongoDB.
lv|Backend Developer (Postgres, Redis)|Kinglet|Remote (UK)|r|UK|UK|55-70k£|backend|mid|go postgres redis||fintech|Go services with Postgres and Redis.
li|MongoDB Database Administrator|Cormac Systems|Dallas, TX|o||US|110-130k$|dba|mid|mongodb linux||saas|Run our MongoDB clusters.
ab|Full Stack Developer (MERN)|Tumbleweed|Remote (US)|r|US|US|100-120k$|fullstack|mid|mongodb express react node redis||ecommerce|MongoDB, Express, React, Node, with Redis caching.
gh|Software Engineer (Cassandra, Java)|Ouzel Telemetry|Remote (US)|r|US|US|150-175k$|backend|mid|java cassandra kafka||iot|Time-series storage for 2 million devices.
ab|Backend Engineer – Cassandra/ScyllaDB|Krypton Exchange|Remote (Anywhere)|r|ANY|MT|140-170k$|backend|senior|go cassandra scylladb||crypto|Order book storage for our crypto exchange.
li|Cassandra DBA|Grainger Peak|Remote (US)|r|US|US|120-140k$|dba|mid|cassandra linux||retail|Operate 60 Cassandra nodes.
gh|Senior Software Engineer, Distributed Databases|Columnar|Remote (US)|r|US|US|170-200k$|backend|senior|java postgres|cassandra|distributed|Cassandra experience is a plus.
lv|Data Engineer (Cassandra, Spark)|Perch Analytics|Remote (US)|r|US|US|130-150k$|data_eng|mid|scala spark cassandra||analytics|Batch jobs over Cassandra.
gh|Backend Engineer, Web3|Ether Gardens|Remote (Anywhere)|r|ANY|US|140-170k$|backend|mid|node cassandra||crypto|NFT marketplace backend.
wd|Software Engineer - Backend (Cassandra)|Wolcott Telecom|Denver, CO (Hybrid)|h||US|125-145k$|backend|mid|java cassandra spring||telecom|Call detail records in Cassandra.
gh|Junior Backend Developer (Node, PostgreSQL)|Fernhill|Remote (UK)|r|UK|UK|32-38k£|backend|junior|node postgres||saas|Our first-job programme for backend developers.
ag|Graduate Software Engineer|Elm Street Recruitment|Reading|h||UK|30-34k£|backend|junior|java postgres spring||insurance|A graduate backend role writing Java services on PostgreSQL.
li|Junior Backend Engineer (MySQL)|Tansy|Remote (US)|r|US|US|75-90k$|backend|junior|php mysql|python|ecommerce|Entry-level; we work in PHP and MySQL.
gh|Junior Frontend Developer|Fernhill|Remote (UK)|r|UK|UK|30-35k£|frontend|junior|javascript react||saas|Build UI components.
de|Junior Backend Developer (m/w/d) – PostgreSQL|Lahnwerk|Frankfurt am Main|h||DE|48-55k€|backend|junior|python postgres docker||fintech|Einstiegsposition für Absolvent:innen.
ab|Junior Data Engineer (Postgres)|Pipit|Remote (US)|r|US|US|80-95k$|data_eng|junior|sql postgres python||analytics|Build ETL into Postgres.
gh|Backend Engineer (Postgres)|Starling Hollow|Remote (US)|r|US|US|130-150k$|backend|mid|go postgres||saas|Three or more years of backend experience.
wd|Software Engineer I – Backend|Midland Mutual|Columbus, OH|h||US|85-100k$|backend|junior|java postgres spring||insurance|Software Engineer I: 0-2 years.
lv|Entry-level Support Engineer|Quokka Software|Remote (US)|r|US|US|60-70k$|support_eng|junior|sql||saas|Help customers with our API.
de|Werkstudent Backend Development (m/w/d)|Lahnwerk|Frankfurt am Main|h||DE|15h€|backend|intern|python postgres||fintech|20 Stunden pro Woche neben dem Studium.
nl|Junior Backend Developer|Zeewind|Rotterdam|h||NL|38-45k€|backend|junior|csharp dotnet postgres||energy|Startersfunctie in ons backend-team.
# ---- Platform / Kubernetes in euros
de|Platform Engineer Kubernetes (m/w/d)|Brandenburger Cloud|Berlin|h||DE|75-90k€|platform|mid|k8s terraform go||infra|Hybrid in Berlin.
nl|DevOps Engineer (Kubernetes)|Polderweb|Amsterdam|h||NL|60-70k€|devops|mid|k8s azure helm||saas|Hybride werken.
fr|Site Reliability Engineer Kubernetes (H/F)|Lutèce Cloud|Paris|h||FR|80-90k€|sre|senior|k8s prometheus terraform||infra|Télétravail deux jours par semaine.
de|Platform Engineer (m/w/d)|Bavaria Mobility|München|h||DE||platform|senior|k8s aws terraform||mobility|Gehalt nach Vereinbarung.
ag|Cloud Platform Engineer|Tamar Talent|London (Hybrid)|h||UK|75-85k£|platform|senior|k8s gcp terraform||fintech|My client runs everything on GKE.
de|Backend Engineer Go (m/w/d) – Kubernetes|Ostsee Software|Kiel|h||DE|85-95k€|backend|senior|go k8s||maritime|Backend-Services, auf Kubernetes betrieben.
ab|Kubernetes Platform Engineer|Halyard|Remote (US)|r|US|US|160-185k$|platform|senior|k8s aws go||infra|Run 40 EKS clusters.
li|Platform Engineer (K8s)|Vaasa Systems|Remote (EU)|r|EU|FI|70-78k€|platform|mid|k8s terraform||saas|Remote in the EU.
gh|Senior DevOps Engineer – Kubernetes|Zandvoort Tech|Remote (EMEA)|r|EMEA|NL|85-100k€|devops|senior|k8s aws terraform argo||saas|Remote EMEA.
# ---- principal, distributed, remote
gh|Principal Software Engineer, Distributed Systems|Halvard Systems|Remote (US)|r|US|US|250-300k$|backend|principal|go rust||distributed|Consensus, replication and failover for our database.
ab|Principal Engineer (Storage)|Cobblestone Data|Remote (Anywhere)|r|ANY|US|240-290k$|backend|principal|cpp rust||distributed|Distributed block storage.
gh|Principal Engineer, Distributed Systems|Orbital Compute|Seattle, WA (Hybrid)|h||US|260-310k$|backend|principal|java||distributed|Hybrid, three days in Seattle.
lv|Staff Engineer, Distributed Systems|Marram|Remote (US)|r|US|US|220-260k$|backend|staff|go||distributed|Multi-region replication.
li|Principal Engineer — Civil/Structural|Hatherley Consulting|Remote (US)|r|US|US|150-180k$|structural_eng|principal|pe||construction|Lead structural design of bridges.
gh|Principal Product Manager, Infrastructure|Halvard Systems|Remote (US)|r|US|US|230-270k$|pm|principal|||distributed|Own the roadmap of our database's infrastructure.
gh|Principal Software Engineer, Frontend|Glasswing|Remote (US)|r|US|US|240-280k$|frontend|principal|typescript react||saas|Lead web architecture.
ab|Principal Backend Engineer|Wrenfield|Remote (EU)|r|EU|IE|140-170k€|backend|principal|java aws||saas|Set direction for our billing APIs.
wd|Principal Software Engineer – Distributed Systems|Northgate Federal Systems|Remote (US)|r|US|US|210-250k$|backend|principal|java kafka||distributed|Active Secret clearance required.
# ---- other software near misses
gh|Engineering Manager, Backend|Pathwise|Remote (US)|r|US|US|190-220k$|em|manager|node||hrtech|Manage the backend team.
lv|Solutions Architect (AWS)|Cumulus Partners|Remote (US)|r|US|US|160-190k$|sol_arch|senior|aws||consulting|Design AWS architectures for customers.
gh|Technical Support Engineer (Python)|Glowworm|Remote (EU)|r|EU|PL|45-55k€|support_eng|mid|python sql||saas|Reproduce and triage customer issues.
li|PHP Developer|Mallow Digital|Remote (UK)|r|UK|UK|45-55k£|backend|mid|php symfony mysql||agency|Symfony projects for agencies.
gh|Backend Engineer (Ruby on Rails)|Pennyroyal|Remote (US)|r|US|US|140-160k$|backend|mid|ruby rails postgres redis||fintech|Rails monolith plus a few Go services.
fr|Développeur Backend Java (H/F)|Garonne Assurances|Toulouse|h||FR|45-55k€|backend|mid|java spring postgres||insurance|Deux jours de télétravail par semaine.
fr|Développeur Python Senior (H/F)|Calanque Data|Marseille ou télétravail (France)|r|FR|FR|55-65k€|backend|senior|python django postgres||energy|Télétravail complet possible depuis la France.
nl|Senior Backend Developer Java|Maasbank|Utrecht|h||NL|70-85k€|backend|senior|java spring kafka||banking|Hybride, drie dagen op kantoor.
bare|Software Engineer|Tanager Labs|Remote|r|ANY|US||software|mid|python go postgres||saas|Small team, all remote, no office.
gh|Backend Engineer, Payments (Python)|Clearwing|Remote (EU)|r|EU|DE|75-90k€|backend|mid|python django postgres kafka||payments|Payments reconciliation.
li|Senior Software Engineer (Scala)|Teal Street|London (Hybrid)|h||UK|90-110k£|backend|senior|scala kafka postgres||fintech|Trading platform.
wd|Security Engineer II|Ridgeway Bank|Remote (US)|r|US|US|130-150k$|security|mid|python aws||banking|AppSec reviews and tooling.
gh|Machine Learning Engineer (Kafka, Python)|Pelican Vision|Remote (Anywhere)|r|ANY|US|160-190k$|ml_eng|senior|python kafka pytorch||ai|Online feature pipelines.
ab|Backend Engineer (Elixir)|Birchwood|Remote (EU)|r|EU|NL|70-85k€|backend|mid|elixir postgres||saas|Phoenix services.
bare|C++ Developer|Tradeline Capital|London|o||UK|90-120k£|backend|senior|cpp linux||trading|Low latency trading systems.
gh|Backend Engineer (Java, Redis)|Windrose|Remote (EMEA)|r|EMEA|ES|55-70k€|backend|mid|java redis|mongodb|gaming|Redis-heavy game services; MongoDB experience welcome.
gh|Backend Engineer – Golang|Muskeg Systems|Remote within Canada|r|CA|CA|115-135k$C|backend|mid|go k8s postgres||energy|Remote anywhere in Canada; we deploy to Kubernetes.
lv|Senior Backend Engineer (Python)|Hartwell Insurance|Remote (UK only)|r|UK|UK|75-90k£|backend|senior|python django postgres aws||insurance|Remote, but UK residents only.
# ==== other fields
# ---- radiographers
nhs|Diagnostic Radiographer|Wensleydale NHS Foundation Trust|Northallerton, North Yorkshire|o||UK|31-38k£|radiographer|band5|hcpc||health|Band 5 general X-ray, on-call rota.
nhs|Band 6 CT Radiographer|Marsden Vale University Hospitals NHS Trust|Sheffield|o||UK|38-46k£|radiographer_ct|band6|hcpc ct||health|Join our CT team of 18.
nhs|Therapeutic Radiographer|Severnside Cancer Centre|Gloucester|o||UK|31-38k£|radiographer_ther|band5|hcpc||health|Deliver radiotherapy treatment.
hosp|Radiologic Technologist (X-Ray)|St. Brigid Medical Center|Tulsa, OK|o||US|32-40h$|radiographer|mid|arrt||health|Perform diagnostic X-rays; ARRT (R) required.
nhs|Assistant Practitioner – Radiology|Wensleydale NHS Foundation Trust|Northallerton|o||UK|24-27k£|radiology_ap|band4|||health|Support radiographers in general X-ray.
hosp|Diagnostic Medical Sonographer|Lakeshore Regional Hospital|Duluth, MN|o||US|40-52h$|sonographer|mid|ardms||health|General and vascular ultrasound.
ag|Locum Diagnostic Radiographer|Sterling Health Recruitment|Birmingham|o||UK|32h£|radiographer|mid|hcpc||health|Locum, £32 per hour, 3-month assignment.
nhs|Radiographer - MRI|Calder Valley Hospitals NHS Trust|Halifax|o||UK|38-46k£|radiographer_mri|band6|hcpc mri||health|MRI radiographer, band 6.
hosp|Radiologist (Diagnostic Radiology)|Lakeshore Regional Hospital|Duluth, MN|o||US|450-550k$|radiologist|senior|md board||health|Physician role.
li|Diagnostic Radiographer – Band 5 (Newly Qualified Welcome)|Penrith Community Hospital|Penrith, Cumbria|o||UK|29-36k£|radiographer|band5|hcpc||health|Preceptorship for newly qualified radiographers.
bare|X-Ray Tech|Desert Springs Urgent Care|Phoenix, AZ|o||US|28-34h$|radiographer|mid|arrt||health|Urgent care X-ray technician, ARRT.
# ---- midwives
nhs|Registered Midwife|Tamar Valley NHS Trust|Plymouth|o||UK|31-38k£|midwife|band5|nmc||health|Rotational post across labour ward and community.
nhs|Community Midwife (Band 6)|Ouse Bridge Hospitals NHS Trust|York|o||UK|38-46k£|midwife|band6|nmc||health|Community caseload in York.
nhs|Maternity Support Worker|Tamar Valley NHS Trust|Plymouth|o||UK|23-25k£|maternity_support|band3|||health|Support midwives on the postnatal ward.
hosp|Certified Nurse Midwife (CNM)|Prairie Rose Women's Health|Omaha, NE|o||US|120-140k$|midwife|mid|cnm||health|Full-scope CNM practice with hospital births.
hosp|Labor & Delivery RN|Prairie Rose Women's Health|Omaha, NE|o||US|40-52h$|ld_nurse|mid|rn||health|12-hour shifts on L&D.
nhs|Student Midwife Placement Coordinator|Fenland University Hospitals|Cambridge|o||UK|38-45k£|midwife_educator|band6|nmc||health|Coordinates placements for student midwives.
nhs|Band 7 Labour Ward Coordinator (Midwife)|Ouse Bridge Hospitals NHS Trust|York|o||UK|46-53k£|midwife_lead|band7|nmc||health|Shift leadership on delivery suite.
nl|Verloskundige|Verloskundigenpraktijk De Linde|Utrecht|o||NL|50-60k€|midwife|mid|big||health|Eerstelijns verloskundige praktijk.
bare|Birth Doula|Hearth & Cradle Doulas|Portland, OR|o||US||doula|mid|||health|Support families through birth.
ag|Bank Midwife|Medstaff UK|London|o||UK|35h£|midwife|mid|nmc||health|Bank shifts across three London trusts.
hosp|Midwife – Bereavement Specialist|Glenrothes Maternity Unit|Kirkcaldy|o||UK|44-51k£|midwife|band7|nmc||health|Specialist midwife supporting bereaved families.
# ---- HVAC
trade|HVAC Service Technician|Comfortline Heating & Air|Raleigh, NC|o||US|28-38h$|hvac_tech|mid|epa608||trades|Diagnose and repair residential HVAC systems.
trade|Commercial HVAC Service Tech|Brightaire Mechanical|Denver, CO|o||US|32-45h$|hvac_tech|senior|epa608||trades|Rooftop units and chillers.
trade|HVAC Installer|Comfortline Heating & Air|Raleigh, NC|o||US|22-28h$|hvac_installer|mid|||trades|New installs and change-outs.
trade|HVAC Helper / Apprentice|Fairway Mechanical|Tampa, FL|o||US|16-19h$|hvac_helper|apprentice|||trades|No experience needed.
li|HVAC Sales Consultant|Arctic Breeze Home Services|Phoenix, AZ|o||US|60-120k$|hvac_sales|mid|||trades|Commission-based in-home sales.
trade|Refrigeration Technician|Polar Cold Storage|Fresno, CA|o||US|35-45h$|refrigeration_tech|mid|epa608||trades|Industrial ammonia refrigeration.
wd|Building Maintenance Technician – HVAC|Lakeshore Regional Hospital|Duluth, MN|o||US|27-33h$|maint_tech_hvac|mid|epa608||health|Maintain hospital air handlers and chillers.
bare|Maintenance Technician|Sunridge Apartments|Mesa, AZ|o||US|20-24h$|maint_tech|mid|||property|General apartment maintenance.
ag|HVAC Engineer (Service)|Pennant Building Services|Manchester|o||UK|38-45k£|hvac_tech|mid|fgas||trades|Mobile service engineer on commercial air conditioning.
trade|Residential HVAC Technician - Sign-on bonus!|Blue Ridge Comfort|Asheville, NC|o||US|25-35h$|hvac_tech|mid|epa608||trades|$2,500 sign-on bonus.
trade|HVAC Estimator|Brightaire Mechanical|Denver, CO|o||US|75-90k$|hvac_estimator|mid|||trades|Estimate commercial mechanical projects.
# ---- electricians
trade|Journeyman Electrician|Voltline Electric|Columbus, OH|o||US|30-38h$|electrician|journeyman|license||trades|Commercial new construction.
trade|Electrician - Journeyman (Industrial Maintenance)|Kessler Steel|Gary, IN|o||US|36-42h$|electrician|journeyman|license||manufacturing|Plant maintenance electrician.
trade|Master Electrician|Voltline Electric|Columbus, OH|o||US|42-50h$|electrician|master|license||trades|Pull permits and supervise crews.
trade|Apprentice Electrician|Sparkwell Electric|Boise, ID|o||US|17-21h$|electrician|apprentice|||trades|Earn while you learn.
li|Electrical Engineer|Halcrow Power Systems|Houston, TX|o||US|95-120k$|electrical_eng|mid|pe||energy|Design substations.
trade|Journeyman Lineman|Prairie Electric Cooperative|Salina, KS|o||US|45-52h$|lineman|journeyman|cdl||utilities|Overhead distribution line work.
bare|Electrician Helper|Bright Spark Services|Houston, TX|o||US|16-18h$|electrician_helper|apprentice|||trades|Help our electricians on job sites.
trade|Licensed Journeyman Electrician – Residential Service|Amperon Home Services|Charlotte, NC|o||US|30-40h$|electrician|journeyman|license||trades|Service calls in company van.
ag|Approved Electrician (JIB)|Midland Trade Recruitment|Coventry|o||UK|22h£|electrician|journeyman|jib 18th||trades|JIB Approved Electrician, 18th Edition.
trade|Electrical Foreman|Voltline Electric|Columbus, OH|o||US|45-52h$|electrician_foreman|lead|license||trades|Lead crews of 6-10 journeymen.
# ---- vet techs
bare|Veterinary Technician|Willow Creek Animal Hospital|Boulder, CO|o||US|21-27h$|vet_tech|mid|cvt||vet|Credentialed vet tech preferred.
hosp|Licensed Veterinary Technician - Emergency|Riverside Pet Emergency|Sacramento, CA|o||US|26-34h$|vet_tech|mid|rvt||vet|Overnight ER shifts.
li|Veterinary Assistant|Willow Creek Animal Hospital|Boulder, CO|o||US|16-19h$|vet_assistant|junior|||vet|Restrain patients, clean kennels.
li|Associate Veterinarian|Hillside Animal Clinic|Austin, TX|o||US|130-160k$|veterinarian|mid|dvm||vet|Small-animal general practice.
bare|Kennel Attendant|Paws Inn|Austin, TX|o||US|14-16h$|kennel|junior|||vet|Feeding, walking, cleaning.
ag|Registered Veterinary Nurse|Vetstaff UK|Bristol|o||UK|27-32k£|vet_tech|mid|rvn||vet|RVN for a small-animal practice (the UK title for a vet tech).
hosp|Veterinary Technician Specialist (Anesthesia)|Cornerstone Veterinary Specialists|Denver, CO|o||US|30-38h$|vet_tech|senior|vts||vet|VTS (Anesthesia) required.
bare|Vet Receptionist|Hillside Animal Clinic|Austin, TX|o||US|15-17h$|vet_receptionist|junior|||vet|Front desk.
li|Vet Tech (Shelter Medicine)|Greater Valley Humane Society|Fresno, CA|o||US|20-24h$|vet_tech|mid|||vet|Spay/neuter and intake exams.
# ---- civil engineers
li|Civil Engineer, PE|Granger & Holt Engineers|Denver, CO|h||US|100-125k$|civil_eng|senior|pe autocad||construction|Land development and site design; PE required.
wd|Civil Engineer II|Dakota Department of Transportation|Bismarck, ND|o||US|75-90k$|civil_eng|mid|eit||government|EIT required, PE within 2 years.
fed|Civil Engineer|US Army Corps of Engineers|Vicksburg, MS|o||US|90-117k$|civil_eng|mid|degree||government|GS-0810-12. Professional engineering licensure is not required.
bare|Civil Engineering Technician|Harlan County Public Works|Harlan, KY|o||US|45-55k$|civil_tech|mid|||government|Field inspection and drafting.
li|Structural Engineer, PE|Ironframe Structures|Chicago, IL|h||US|110-135k$|structural_eng|senior|pe||construction|Structural design of steel buildings.
gh|Senior Civil Engineer - Water Resources (PE)|Clearbrook Consulting|Sacramento, CA|h||US|120-150k$|civil_eng|senior|pe civil3d||water|Stormwater and levee design; California PE.
bare|CAD Drafter (Civil)|Granger & Holt Engineers|Denver, CO|o||US|55-65k$|cad_drafter|mid|autocad||construction|Civil 3D drafting.
ag|Chartered Civil Engineer|Brunel Resourcing|Bristol|h||UK|55-65k£|civil_eng|senior|ceng||infrastructure|Highways schemes; CEng MICE.
gh|Project Engineer (Civil)|Tollgate Builders|Nashville, TN|o||US|75-90k$|civil_eng|junior|eit||construction|Entry-level civil project engineer.
# ---- accountants
li|Senior Accountant (CPA)|Bellweather Foods|Minneapolis, MN|h||US|85-100k$|accountant|senior|cpa||manufacturing|Month-end close, CPA required.
wd|Senior Accountant|Hollowpine Bank|Charlotte, NC|h||US|80-95k$|accountant|senior||cpa|banking|CPA preferred.
gh|Staff Accountant|Glimmer|Remote (US)|r|US|US|65-75k$|accountant|junior|||consumer|Entry-level staff accountant.
li|Accounting Manager, CPA|Bellweather Foods|Minneapolis, MN|h||US|110-130k$|accounting_manager|manager|cpa||manufacturing|Lead the close team.
bare|Bookkeeper|Main Street Dental|Fargo, ND|o||US|22-26h$|bookkeeper|mid|quickbooks||health|Part-time bookkeeping.
gh|Senior Auditor, Assurance|Whitlock & Pratt LLP|Boston, MA|h||US|85-105k$|auditor|senior|cpa||accounting|External audit of public companies.
li|Senior Tax Accountant (CPA)|Whitlock & Pratt LLP|Boston, MA|h||US|90-110k$|tax_accountant|senior|cpa||accounting|Corporate tax returns.
lv|Senior Accountant - Revenue|Tillwright|Remote (US)|r|US|US|95-115k$|accountant|senior|cpa||fintech|Revenue recognition under ASC 606; CPA required.
ag|Senior Accountant (ACA/ACCA)|Fenchurch Finance Recruitment|London|h||UK|55-62k£|accountant|senior|aca||finance|Qualified ACA/ACCA senior accountant.
wd|Accountant III|County of Marin|San Rafael, CA|o||US|95-115k$|accountant|senior|||government|CPA not required.
# ---- 911 dispatchers
fed|Public Safety Dispatcher|National Park Service|Yosemite National Park, CA|o||US|50-65k$|dispatcher_911|mid|||government|GS-2151-06 emergency dispatch for rangers and fire.
bare|911 Dispatcher|City of Lakewood Police Department|Lakewood, CO|o||US|24-30h$|dispatcher_911|mid|||government|Answer 911 calls and dispatch police and fire.
wd|Emergency Communications Specialist I|Pinal County Sheriff's Office|Florence, AZ|o||US|20-25h$|dispatcher_911|junior|||government|Entry-level 9-1-1 call-taker and dispatcher.
bare|Police Dispatcher|Town of Brookfield|Brookfield, WI|o||US|25-29h$|dispatcher_911|mid|||government|Dispatch police, fire and EMS.
trade|Truck Dispatcher|Rolling Plains Freight|Amarillo, TX|o||US|45-55k$|dispatcher_truck|mid|||logistics|Dispatch 40 OTR drivers.
li|Service Dispatcher|Comfortline Heating & Air|Raleigh, NC|o||US|18-22h$|dispatcher_service|mid|||trades|Schedule HVAC technicians.
wd|Public Safety Telecommunicator|Greene County 911|Springfield, MO|o||US|19-23h$|dispatcher_911|mid|||government|PSAP telecommunicator.
wd|911 Communications Supervisor|Greene County 911|Springfield, MO|o||US|28-34h$|dispatcher_911_sup|lead|||government|Supervise a shift of telecommunicators.
bare|Ambulance Dispatcher (Non-Emergency)|MedRide Transport|Tulsa, OK|o||US|17-19h$|dispatcher_fleet|mid|||health|Schedule non-emergency transport.
# ---- school counselors
school|School Counselor (K-8)|Maplewood Unified School District|Maplewood, NJ|o||US|62-95k$|school_counselor|mid|certification||education|Certified school counselor for grades K-8.
school|High School Counselor|Cedar Falls Community Schools|Cedar Falls, IA|o||US|55-80k$|school_counselor|mid|certification||education|Academic and college counselling.
school|School Psychologist|Maplewood Unified School District|Maplewood, NJ|o||US|70-105k$|school_psych|mid|certification||education|Evaluations and IEPs.
school|School Social Worker|Cedar Falls Community Schools|Cedar Falls, IA|o||US|55-80k$|school_social|mid|lsw||education|Family outreach.
li|Mental Health Counselor (LPC)|Riverbend Counseling Center|Springfield, IL|o||US|55-65k$|mh_counselor|mid|lpc||health|Outpatient therapy.
gh|Admissions Counselor|Harwick College|Harwick, PA|o||US|42-48k$|admissions_counselor|junior|||education|Recruit prospective students.
school|Guidance Counselor - Middle School|Pine Hollow School District|Bend, OR|o||US|58-88k$|school_counselor|mid|certification||education|Middle-school guidance counselor.
ag|School Counsellor|Thames Learning Trust|Reading|o||UK|32-38k£|school_counselor|mid|bacp||education|Counsellor in a secondary academy.
school|Elementary School Counselor (Bilingual Spanish)|Rio Verde ISD|El Paso, TX|o||US|58-70k$|school_counselor|mid|certification||education|Bilingual counselor.
# ---- privacy counsel
gh|Privacy Counsel|Lumenfold|Remote (US)|r|US|US|190-230k$|privacy_counsel|senior|jd bar||saas|Advise on GDPR, CCPA and product privacy.
lv|Senior Data Privacy Counsel|Harborview Health|Remote - US|r|US|US|200-240k$|privacy_counsel|senior|jd bar hipaa||health|HIPAA and state privacy laws.
ab|Product Counsel (Privacy)|Pinegate|San Francisco, CA (Hybrid)|h||US|210-250k$|privacy_counsel|senior|jd bar||consumer|Hybrid, three days in SF.
gh|Privacy Analyst|Lumenfold|Remote (US)|r|US|US|80-95k$|privacy_analyst|mid|cipp||saas|Run DSAR and vendor reviews (not a legal role).
li|General Counsel|Stillwater Robotics|Remote (US)|r|US|US|250-300k$|general_counsel|senior|jd bar||robotics|Sole lawyer; privacy is part of the job.
ag|Data Protection Officer|Clerkenwell Legal Recruitment|London (Hybrid)|h||UK|80-95k£|dpo|senior|cipp||finance|DPO, non-lawyer welcome.
gh|Privacy & Data Protection Counsel|Oxbow Software|Remote (EMEA)|r|EMEA|IE|120-140k€|privacy_counsel|senior|solicitor||saas|Qualified lawyer; GDPR.
lv|Paralegal, Privacy|Harborview Health|Remote - US|r|US|US|65-75k$|paralegal|mid|||health|Support the privacy legal team.
ab|Commercial Counsel|Lumenfold|Remote (US)|r|US|US|180-220k$|commercial_counsel|senior|jd bar||saas|Negotiate customer contracts.
# ---- fillers: welders, firefighter paramedics, pharmacists
trade|Structural Welder|Ironframe Structures|Gary, IN|o||US|24-30h$|welder|mid|aws_d1||construction|AWS D1.1 certified.
trade|TIG Welder|Precision Fab Works|Wichita, KS|o||US|25-32h$|welder|mid|||manufacturing|Stainless and aluminium TIG.
bare|Firefighter/Paramedic|City of Lakewood Fire Department|Lakewood, CO|o||US|70-85k$|firefighter_paramedic|mid|paramedic||government|Firefighter/Paramedic, 48/96 schedule.
hosp|Clinical Pharmacist|St. Brigid Medical Center|Tulsa, OK|o||US|140-160k$|pharmacist|mid|pharmd||health|Inpatient clinical pharmacist.
"""

DISPLAY = {
    "java": "Java", "kotlin": "Kotlin", "python": "Python", "csharp": "C#", "dotnet": ".NET",
    "go": "Go", "node": "Node.js", "typescript": "TypeScript", "javascript": "JavaScript",
    "rust": "Rust", "php": "PHP", "ruby": "Ruby", "scala": "Scala", "cpp": "C++",
    "elixir": "Elixir", "spring": "Spring Boot", "postgres": "PostgreSQL", "mysql": "MySQL",
    "mongodb": "MongoDB", "redis": "Redis", "cassandra": "Apache Cassandra", "kafka": "Kafka",
    "rabbitmq": "RabbitMQ", "aws": "AWS", "azure": "Azure", "gcp": "Google Cloud (GCP)",
    "k8s": "Kubernetes", "docker": "Docker", "terraform": "Terraform", "dynamodb": "DynamoDB",
    "sqlserver": "SQL Server", "oracle": "Oracle", "django": "Django", "fastapi": "FastAPI",
    "flask": "Flask", "celery": "Celery", "bigquery": "BigQuery", "cloudrun": "Cloud Run",
    "dataflow": "Dataflow", "airflow": "Airflow", "spark": "Spark", "react": "React",
    "angular": "Angular", "vue": "Vue", "laravel": "Laravel", "symfony": "Symfony",
    "express": "Express", "nestjs": "NestJS", "grpc": "gRPC", "helm": "Helm", "argo": "Argo CD",
    "prometheus": "Prometheus", "lambda": "AWS Lambda", "quarkus": "Quarkus", "ktor": "Ktor",
    "tokio": "Tokio", "axum": "Axum", "raft": "Raft", "etcd": "etcd", "operators": "Kubernetes operators",
    "hcpc": "HCPC registration", "arrt": "ARRT (R) certification", "ardms": "ARDMS registration",
    "nmc": "NMC registration as a midwife", "cnm": "CNM certification (AMCB)", "rn": "RN licence",
    "big": "BIG-registratie", "epa608": "EPA 608 certification", "fgas": "F-Gas certification",
    "license": "State journeyman electrician licence", "jib": "JIB card", "18th": "18th Edition",
    "cvt": "CVT/LVT/RVT credential", "rvt": "RVT licence", "rvn": "RCVS registration (RVN)",
    "vts": "VTS certification", "dvm": "DVM", "pe": "Professional Engineer (PE) licence",
    "eit": "EIT/FE certificate", "ceng": "CEng MICE", "autocad": "AutoCAD", "civil3d": "Civil 3D",
    "cpa": "CPA licence", "aca": "ACA/ACCA qualification", "quickbooks": "QuickBooks",
    "certification": "State school counselor certification", "lsw": "LSW licence", "lpc": "LPC licence",
    "bacp": "BACP registration", "jd": "JD", "bar": "admission to a state bar", "hipaa": "HIPAA",
    "cipp": "CIPP/E or CIPP/US", "solicitor": "qualification as a solicitor or barrister",
    "aws_d1": "AWS D1.1 welding certification", "paramedic": "state paramedic licence",
    "pharmd": "PharmD", "md": "MD", "board": "board certification", "ct": "CT experience",
    "mri": "MRI experience", "cdl": "CDL Class A", "degree": "a civil engineering degree",
    "payments_apis": "payments APIs",
}  # fmt: skip

LANGS = {"java", "kotlin", "python", "csharp", "go", "node", "typescript", "javascript", "rust", "php", "ruby", "scala", "cpp", "elixir"}  # fmt: skip
SOURCES = {
    "gh": "greenhouse", "lv": "lever", "ab": "ashby", "wd": "workday", "li": "linkedin",
    "de": "karriere", "nl": "werkenbij", "fr": "carrieres", "ag": "agency", "bare": "jobboard",
    "fed": "usajobs", "hosp": "hospital", "nhs": "nhsjobs", "school": "schooljobs", "trade": "tradejobs",
}  # fmt: skip
SYMBOL = {"$": "USD", "£": "GBP", "€": "EUR", "$C": "CAD"}
YEARS = {
    "junior": "0-2",
    "mid": "3+",
    "senior": "5+",
    "staff": "8+",
    "principal": "10+",
    "lead": "6+",
}


def show(token: str) -> str:
    return DISPLAY.get(token, token.replace("_", " "))


def money(amount: float, cur: str, style: str) -> str:
    sym = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "CA$"}[cur]
    text = f"{amount:,.0f}"
    return sym + (text.replace(",", ".") if style in {"de", "nl", "fr"} else text)


def parse_pay(pay: str) -> dict[str, Any]:
    """Yearly range for the import fields (None for rates) and the annual figure for the facts."""
    if not pay:
        return {"min": None, "max": None, "cur": None, "rate": None, "annual": None}
    m = re.fullmatch(r"([\d.]+)(?:-([\d.]+))?([kdh])(\$C|\$|£|€)", pay)
    assert m, pay
    lo, hi, unit, sym = float(m[1]), float(m[2] or m[1]), m[3], m[4]
    cur = SYMBOL[sym]
    if unit == "k":
        return {
            "min": lo * 1000,
            "max": hi * 1000,
            "cur": cur,
            "rate": None,
            "annual": (lo * 1000, hi * 1000),
        }
    factor = 220 if unit == "d" else 2080
    return {
        "min": None,
        "max": None,
        "cur": cur,
        "rate": (lo, hi, unit),
        "annual": (lo * factor, hi * factor),
    }


def pay_text(p: dict[str, Any], style: str) -> str:
    if p["cur"] is None:
        return ""
    if p["rate"]:
        lo, hi, unit = p["rate"]
        per = {"d": "per day", "h": "per hour"}[unit]
        span = (
            money(lo, p["cur"], style)
            if lo == hi
            else f"{money(lo, p['cur'], style)} - {money(hi, p['cur'], style)}"
        )
        return f"{span} {per}"
    return f"{money(p['min'], p['cur'], style)} - {money(p['max'], p['cur'], style)} per year"


def describe(
    style: str,
    title: str,
    company: str,
    location: str,
    req: list[str],
    nice: list[str],
    level: str,
    sentence: str,
    pay: str,
) -> str:
    """The description, laid out as the board lays it out."""
    years = YEARS.get(level, "")
    first = req[0] if req else ""
    lang_reqs = (
        [
            f"{years} years of professional experience with {show(first)}"
            if years and first in LANGS
            else f"Experience with {show(first)}"
        ]
        if first
        else []
    )
    rest = [f"Hands-on experience with {show(t)}" for t in req[1:]]
    reqs = lang_reqs + rest
    nices = [show(t) for t in nice]
    if style == "de":
        body = (
            f"Über uns\n{company}: {sentence}\n\nDeine Aufgaben\n- Du entwickelst und betreibst unsere Services als {title}\n\nDein Profil\n"
            + "\n".join(f"- Erfahrung mit {show(t)}" for t in req)
        )
        if nices:
            body += "\n\nWünschenswert\n" + "\n".join(f"- {n}" for n in nices)
        body += (
            "\n\nWir bieten\n- 30 Tage Urlaub, Jobrad\n"
            + (f"- Gehalt: {pay}\n" if pay else "")
            + f"\nArbeitsort: {location}"
        )
        return body
    if style == "nl":
        body = (
            f"Over {company}\n{sentence}\n\nWat ga je doen?\nAls {title} bouw je mee aan ons platform.\n\nWat vragen wij?\n"
            + "\n".join(f"- Ervaring met {show(t)}" for t in req)
        )
        if nices:
            body += "\n\nPré\n" + "\n".join(f"- {n}" for n in nices)
        return (
            body
            + ("\n\nWat bieden wij?\n- Salaris: " + pay if pay else "")
            + f"\n\nLocatie: {location}"
        )
    if style == "fr":
        body = (
            f"{company} — {sentence}\n\nVos missions\n- Concevoir et maintenir nos services\n\nProfil recherché\n"
            + "\n".join(f"- Maîtrise de {show(t)}" for t in req)
        )
        if nices:
            body += "\n\nAtouts\n" + "\n".join(f"- {n}" for n in nices)
        return body + (f"\n\nRémunération : {pay}" if pay else "") + f"\nLieu : {location}"
    if style == "ag":
        body = f"{sentence}\n\nThe role: {title}, {location}.\n\nEssential skills:\n" + "\n".join(
            f"* {show(t)}" for t in req
        )
        if nices:
            body += "\n\nDesirable:\n" + "\n".join(f"* {n}" for n in nices)
        return (
            body
            + (f"\n\nRate/salary: {pay}" if pay else "")
            + "\n\nPlease apply with an up-to-date CV. We are acting as an employment agency."
        )
    if style == "bare":
        reqtext = ", ".join(show(t) for t in req)
        return (
            f"{title} wanted. {sentence}"
            + (f" Must have: {reqtext}." if reqtext else "")
            + (f" Pay: {pay}." if pay else "")
            + f" {location}."
        )
    if style == "fed":
        return (
            f"Summary\nThis position is with {company}. {sentence}\n\nDuties\n- Perform the full range of {title.lower()} duties.\n\n"
            "Qualifications\nYou must have one year of specialized experience equivalent to the next lower grade.\n"
            + "\n".join(f"- {show(t)}" for t in req)
            + (f"\n\nSalary: {pay}" if pay else "")
            + f"\nLocation: {location}\nU.S. citizenship required."
        )
    if style in {"hosp", "nhs", "school", "trade"}:
        head = {
            "nhs": "Job overview",
            "hosp": "Position summary",
            "school": "Position",
            "trade": "Job details",
        }[style]
        body = f"{head}\n{sentence}\n\nRequirements\n" + "\n".join(f"- {show(t)}" for t in req)
        if nices:
            body += "\n\nPreferred\n" + "\n".join(f"- {n}" for n in nices)
        return body + (f"\n\nPay: {pay}" if pay else "") + f"\n\nLocation: {location}"
    if style == "wd":
        body = f"Job Description\n{company}: {sentence}\n\nBasic Qualifications\n" + "\n".join(
            f"- {r}" for r in reqs
        )
        if nices:
            body += "\n\nPreferred Qualifications\n" + "\n".join(f"- {n}" for n in nices)
        return (
            body
            + (
                f"\n\nPay range: {pay}. Actual pay depends on location and experience."
                if pay
                else ""
            )
            + f"\n\nPrimary location: {location}"
        )
    if style == "li":
        body = f"{company} is hiring a {title}. {sentence}\n\nRequirements:\n" + "\n".join(
            f"• {r}" for r in reqs
        )
        if nices:
            body += "\n\nBonus points:\n" + "\n".join(f"• {n}" for n in nices)
        return body + (f"\n\nSalary: {pay}" if pay else "")
    # Greenhouse, Lever, Ashby
    what = {
        "gh": "What we're looking for",
        "lv": "Requirements",
        "ab": "You might be a fit if you have",
    }[style]
    bonus = {"gh": "Nice to have", "lv": "Bonus points", "ab": "Even better"}[style]
    body = (
        f"About {company}\n{sentence}\n\nAbout the role\nAs our {title} you will design, build and run the systems described above.\n\n{what}\n"
        + "\n".join(f"- {r}" for r in reqs)
    )
    if nices:
        body += f"\n\n{bonus}\n" + "\n".join(f"- {n}" for n in nices)
    body += f"\n\nLocation: {location}"
    if pay:
        body += f"\n\nCompensation: the base salary range for this role is {pay}, plus equity and benefits."
    return body


def build() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    rows, facts = [], {}
    lines = [ln for ln in LINES.strip().splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(lines, start=1):
        parts = line.split("|")
        assert len(parts) == 14, (n, line)
        style, title, company, location, wp, ro, cc, pay, role, level, req, nice, dom, sentence = (
            parts
        )
        pid = f"f5-{n:03d}"
        p = parse_pay(pay)
        ptext = pay_text(p, style)
        reqs, nices = req.split(), nice.split()
        workplace = {"r": "remote", "h": "hybrid", "o": "onsite"}[wp]
        remote: Any = workplace
        if style == "li":
            remote = {"remote": True, "onsite": False, "hybrid": "hybrid"}[workplace]
        elif style in {"bare", "trade"}:
            remote = None
        day = 1 + (n * 7) % 28
        rows.append(
            {
                "id": pid,
                "source": SOURCES[style],
                "title": title,
                "company": company,
                "location": location,
                "remote": remote,
                "salary_min": p["min"],
                "salary_max": p["max"],
                "currency": p["cur"]
                if p["rate"] is None
                else (p["cur"] if style not in {"ag", "bare"} else None),
                "url": f"https://jobs.example.com/{SOURCES[style]}/{pid}",
                "description": describe(
                    style, title, company, location, reqs, nices, level, sentence, ptext
                ),
                "tags": [],
                "posted_at": f"2026-11-{day:02d}",
            }
        )
        facts[pid] = {
            "title": title,
            "role": role,
            "level": level,
            "req": reqs,
            "nice": nices,
            "domain": dom.split(),
            "workplace": workplace,
            "remote_open": [r for r in ro.split(",") if r],
            "country": cc,
            "pay_annual": list(p["annual"]) if p["annual"] else None,
            "currency": p["cur"],
        }
    return rows, facts


def main() -> None:
    rows, facts = build()
    with (HERE / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(rows)} postings")


if __name__ == "__main__":
    main()
