"""The structured search (ParsedQuery), PARSER_VERSION with its history, and the parser's limits."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.matching.money import money
from core.matching.query.shifts import REQUIRED, SCHEDULES, SHIFTS
from core.matching.regions import open_to
from core.matching.vocab import RANK, place_name, vocabulary

PARSER_VERSION = 107  # 2: role-family synonyms (server engineer = backend engineer, ...)
# 3: microservices = backend, engineering manager = software engineering manager, early career =
#    junior, frameworks imply their language (django: Python), related engineering families
# 4: "not remote" and "not senior" exclude workplaces and levels; words in any script kept
# 5: specialties kept (microservices, distributed systems), II/L4/E5 levels, regions (eu, emea),
#    "contract specialist", "human resources" = hr, cybersecurity no longer just "security"
# 6: US states, countries, regions and cities of the GeoNames table are places ("maryland")
# 7: federal house abbreviations (supv, spec, spc, asst, mgmt, prgm, info tech) and O*NET short
#    titles of every field (lpn, crna, atc) read as the titles they stand for
# 8: pay ranges are a floor at their bottom (120-150k), 1e9 amounts, shift words (nights, prn)
#    no title words, a ladder grade against another level (sr sde ii) a contradiction
# 9: years of experience (3 years, 5+ yrs) and a count before a shift (5 days) are no title
#    words or grades; a number alone under 10,000 (2020) is no pay
# 10: "remote" with a place and no "or" between is remote work open to it (remote_from); skills
#     named with "or" or a slash between are an any-of group ("Python|Go"); shifts (nights,
#     per diem) are preferences for postings naming them in the text
# 11: "office" alone is a title word (office manager), not onsite; home office, télétravail,
#     teletrabajo, telelavoro, remoto are remote; lawyer is attorney; "paying" is no title word
# 12: the note on "remote" with a place suggests the search as written with "remote or" and the
#     place as the echo shows it ("backend remote or Munich"), not "remote or munchen"; fully
#     remote and remote-first are remote, "only" is no title word
# 13: a city with its state or country is one place ("columbus ohio", "columbus, oh", "paris
#     france"), military installations are places in their city ("redstone arsenal")
# 14: request words (can you, show me, find me) and German and French sentence words (ich suche,
#     Stelle, je cherche, un poste de) are no title words; "C$60k", "$60k CAD" are Canadian
#     dollars; what is both asked for and left out ("php developer no php") is dropped with a note
# 15: a US state by its postal code ("nurse tx", "in md"; "pa" was Chongqing), US territories
#     ("american samoa"), countries in other languages ("deutschland"), counties ("montgomery
#     county"), the whole place after "in" ("in columbus ohio"), "within" a word of no meaning
# 16: titles named with "or" are alternatives ("nurse or midwife", "backend or data engineer":
#     the role noun shared); "anywhere" alone is any place, not remote; "not senior" also leaves
#     out lead, staff and principal ("not junior": intern)
# 17: a field word as the whole title ("nursing jobs", "accounting") is its role noun or itself
#     ("nurse" or "nursing", field_words.tsv); "nursing assistant" is unchanged
# 18: a level named by a ladder number or company level (sde ii, software engineer 2, L4) is
#     graded: a posting must state a level to meet it
# 19: a US state code alone is no place in a known term or first before a non-role word ("nc
#     programmer", "fl studio"); a time zone beside remote is its region ("remote est"); "no
#     nights" leaves out night shifts; the cap on title words is per title; a field word beside
#     its role noun is left out ("rn nursing jobs"); CDL, BSN and JD are specialties, not title
#     words; "eastern time" after remote is a time zone, "near me" is left out with a note
# 20: "or" first or before a role noun with only levels before it is the operating room ("OR
#     nurse"), er, icu and faa are specialties; a state code that is a word ("ca", "ma") last after
#     a role noun is the state; k-12 is one word; a contract length ("13 weeks") is left out;
#     "associate" before attorney, professor, director... or last and "staff" before nurse,
#     pharmacist, accountant... are title words, not levels; pharm tech, pharmd and cop the titles
#     they stand for; MSW and CPhT specialties, Pulumi a skill; w2, 1099, c2c left out with a note
# 21: "senior" just before staff or principal is that rung's grade, not a level of its own
#     ("senior staff engineer" is staff level, no longer senior or staff)
# 22: "admin" before an office role is administrative; truck and bus drivers, wildland fire titles
#     and a series' bracketed specialty titles ("medical coder") name their series; "tech" after a
#     field is a technician; a plural reads as its phrase ("sysadmins", "forestry technicians")
# 23: state codes that are words (me, ok, hi, id, co, la) last after a role noun or "in" are the
#     state ("la" also Los Angeles); "salem or" is Salem, Oregon; an "or" last is left out with a
#     note; part time and full time are schedules to prefer; apprentice is its own level; a
#     licence's short form after a role noun (case manager lmsw, accountant cpa) is the licence,
#     a specialty; King County and Orange County CA are their towns; a federal pay grade
#     (gs-13) left out with a note; "rn/lpn" either title; a title word before a colon no operator
# 24: typos by OSA distance (a swap of two letters is one edit: "jantior" janitor, "revneue"
#     revenue), one edit up to 9 letters and two from 10, none under 5, the first letter kept, a
#     short word changing a letter only into a curated word; misspelt places ("noroflk va", "san
#     fransisco"); x-ray, e-commerce, co-op... one word; on-call a shift to prefer
# 25: a language with an architecture or practice and no title (microservices java) is developer
#     work in the language, the practice ranking; sf, sfo, socal, dmv area places; staff+ and
#     senior+ levels; 6 figures a pay floor; total comp/tc left out after pay; remote-us and
#     remote global; "not php or ruby" / "not junior or intern" leave out both
# 26: a pasted title's bracket restating it ("Exceptional Children Teacher (EC Teacher)", "CSI
#     (Crime Scene Investigator)") is another name for it, not more title words; other brackets
#     are its specialty, nested and unclosed ones read; posting titles' house styles apply
#     ("Forestry Technician (Fire)"); a slash between role nouns names either title
# 27: grade levels (k-12, elementary, middle and high school) are specialties, so a plain
#     Teacher is found below the exact ones; "va" before a role noun is Veterans Affairs, a
#     specialty, with a note; CDL class A/B a licence cue; an apostrophe is no word break
#     ("paralegal's": paralegal); "near" before a place is "in"; hiring now left out; rep,
#     cs rep, csr, vet tech, dh, pt, ot, slp the titles they stand for; "pt" after a role
#     noun part time; the note on "remote" with a state code suggests the state's name;
#     1st, 2nd and 3rd shift are days, evenings and nights
# 28: a place beside remote with other places named with "or" is where remote work is open to,
#     the others places to work in ("backend nyc or remote us": in NYC, or remote from the US)
# 29: a plural in -ies reads as its singular in -y when that is a known word ("facilities
#     manager": facility manager, the title of series 1640)
# 30: "pm" is a product or a program manager; Windows, Xbox, Bing and TS/SCI are skills, storage
#     and search specialties; an applied or machine learning scientist is an ML scientist
# 31: Werkstudent, Praktikant(in) and Praktikum are the intern level; a posting's title naming
#     a field of its own before a software specialty ("Support Engineer - Backend") is that field
# 32: misspelt shift words (nigths, evenigns) are the shift; a place of four letters with two
#     swapped (olso, uath) and a misspelt two-word place after "in" (in san fransisco) the
#     place, noted once; a city right after "remote us" a place to work in; vet alone a
#     veterinarian; preschool and pre-k a specialty; Spanish trade titles; a place in brackets
# 33: EKS, AKS and GKE are skills (each its cloud and Kubernetes): a search naming skills needs one
#     named at normal and strict (scoring.UNNAMED)
# 34: years asked read as employers write them ("3+ years" no senior's); beside a level a domain
#     gates, a practice ranks; FPGA and ASIC are hardware fields
# 35: "pg" in a search is PostgreSQL; Flink a skill (data work), low latency a specialty;
#     German titles of testing and data work (Testautomatisierer, Softwaretester, Datenanalyst)
# 36: Spanish and French role nouns go after the words following them ("mecánico diésel": diesel
#     mechanic); busco, trabajo, en are stop words; "remote us canada" suggests every place; a
#     licence alone is its job ("cpa": accountant, CPA); math is mathematics; "summer 2026" left
#     out; lab tech, rad tech, mri tech, tsa officer, pharm d and rt alone the titles they shorten;
#     Spanish datos, ingles, ventas, proyecto, gerente; trades in brackets no other occupation
# 37: a 4-digit OPM series code is that series' title ("2210 infosec", "gs-2210"); an L/E level
#     beside a level word one rung off is that word's level ("Sr. Staff SWE (L7)": staff); CCNA,
#     PMP, CISSP, otr, big 4, gov are specialties; "cpa tax" a tax accountant with CPA; "azure
#     storage" Azure and Storage; "data platform engineer" also data engineers; jefe is manager
# 38: "bio science" is biological science
# 39: "be", "fe", "fs" alone are backend, frontend, fullstack in searches; in a posting's title only
#     before a role noun ("Incentives May Be Authorized" is no backend work)
# 40: a pay ceiling ("under 150k", "<150k", "up to 150k") is left out with a note, not a floor;
#     each note said once
# 41: level spellings in searches and titles alike: sde2, swe3, ic5, "ic 4", "level 3", "lvl 2",
#     "senior ii", "staff+"; a title's company code one rung above its words is read as them
#     ("Sr. Staff SWE (L7)": staff); a misspelt place of two words before one ("new yrok")
# 42: two role nouns joined by a hyphen name either job ("Painter-Refinisher"); whom a title's job
#     serves after "to" names no role ("Law Clerk to Judge Smith"); adviser is advisor; NBE is
#     national bank examiner
# 43: a certificate or specialty alone is its job ("ccna", "otr", "pmp", "icu", "cdl"); a short form
#     beside the title it stands for said ("pharmacist pharmd");
#     titles in Spanish, French, German, Portuguese (foreign_titles.tsv), no foreign word fixed into
#     a skill ("redes" is no Redis); "journeyman" a word a title may leave out
# 44: thousands grouped by a space ("90 000 EUR", no-break or thin too) are one number; a part
#     leaving something out (", no php") is no specialty of the title
# 45: a plural in -es after ch, sh, x, z or ss reads as its known singular ("searches": search,
#     not the typo fix "searcher"; "coaches": coach without a note)
# 46: an optional word alone before the role noun says which kind ("registered nurse": a
#     "Practical Nurse", title of another series, is another kind)
# 47: a title met only through a neighbouring title word needs a tool named ("k8s platform
#     engineer": a DevOps Engineer naming no Kubernetes scores at most UNNAMED); a title's
#     Node.js is no rival of TypeScript (it runs the JavaScript TypeScript accepts); a full-stack
#     title is partly backend work (backend related fullstack 0.6: no role or speciality conflict);
#     "&" and "and" in a title join alternatives as a slash does ("Backend and Data Engineer")
# 48: a loose search takes a title by meaning from cosine 0.35 whatever words it shares, and a
#     title passing by its words below the normal bar ranks by meaning (80 c + 0.1 s)
# 49: a pay range after a comma is pay only, no specialty ("nurse, 80k-60k"); a yearly floor
#     below 10k in a dollar-sized currency ("1k") is ignored with a note
# 50: Spanish, French, German shift words (de noche, de nuit, Nachtdienst); a ladder number beside
#     a level word a grade within it (sr sde ii: senior); a two-word place's slips by the whole
#     name (san fransico); gs-2210-12 the series, grade left out; a title's other name said
#     (infosec); a language typo beside a foreign developer title (desarrollador pyhton); SQL and
#     word salad refused; "coffee" no CoffeeScript
# 51: a series' title of another role than the posting's title names ("Special Agent" in 0083
#     for "police officer"), or of a rank it does not say, counts less than the series' title
# 52: the federal NETWORK option in a specialist's parenthesis ("IT Specialist (Network)") is a
#     network engineer and network administrator; network work is no software field
# 53: a distributed database, distributed SQL or transactions, a consensus protocol is the
#     Distributed Systems skill
# 54: "anything", "everything", "whatever" are no title ("/explore anything in new york")
# 55: lvn and licensed vocational nurse are licensed practical nurse (series 0620); "research"
#     before a role noun of one job (research chemist) or another word is a manner a title may
#     leave out; a title of no role noun naming a field alone ("Student Trainee (Engineering)")
#     names its role noun
# 56: project and program manager neighbours, not one job (loose only); help desk and service desk
#     are IT support (CUSTSPT); an IT specialist's DATAMGT is a database administrator too;
#     "engineer" alone says it lists every kind of engineer and names kinds to narrow it
# 57: a quoted phrase or a capitalised name left out ("no Internal Revenue Service") is one
#     phrase, not each word (nor its words a title)
# 58: "em" an engineering manager in searches only ("Physician (EM)" is emergency medicine); a
#     developer's role noun alone a software developer ("Engineer (General)" is none); go-to-market
#     no Go, "java script" JavaScript; Spring beside the intern level alone the season; principal
#     of a job not ranked by it senior and above; "site reliability engineer (SRE)" echoed
# 59: go-to-market echoed as written; "Teacher Workshop" no teacher; a trainee's field or
#     specialty alone no engineer ("Student Trainee (Data Science)"); NETWORK among slashed house
#     codes a network engineer's, a sysadmin alternative no software; a title naming one of its
#     series no other series' title ("Pro Se Staff Attorney" in 0343); systems or security beside
#     network the network's ("Network Systems Engineer" a network engineer, no software one)
# 60: a left-out word no longer stands for the search in its notes ("remote us not senior")
# 61: a workplace after the role (nurse hospital, attorney law firm) and a short week (4 day week,
#     32 hours) are preferences; unknown words refused or ignored beside a job word; ™ and ANSI cut
# 62: data and machine learning scientists one job (title_kin.tsv, O*NET); a generic software
#     title mentioning backend work is backend work; a posting asking no years fits a junior
# 63: a workplace asked keeps a posting stating none, at most a normal match (plain remote too);
#     penetration testing, threat modeling and red teams show security work
# 64: a workplace first, right before the role (hospital nurse), is the preference of nurse
#     hospital unless the two are a job title (school nurse, bank teller, clinic manager)
# 65: a skill a posting names only as optional (nice to have, bonus, a plus), as one to switch from,
#     as another team's stack or in a product blurb (integrates with, customers include) counts
#     0.25, never as a required language in the text
# 66: common English words no misspelt places (strong: Sorong); sectors (banking, e-commerce)
#     specialties beside software work, fintech read from the company (no food bank); foreign
#     titles noted
# 67: a remote posting open to a country within the region asked ("Remote (Germany)" for "remote
#     eu") fits in part (≈, after the region's); "principal" after school words or alone a title
# 68: praise words (strong, good, great, passionate…) are no title words
# 69: experienced, seasoned, dedicated, reliable, proactive, driven: praise, no title words
# 70: legal practice areas (litigation, family law, employment law…) are specialties
# 71: air traffic control officer/ATCO, people partner/HRBP are their jobs; "non-CDL" names no CDL
# 72: a user researcher or user experience is UX (ux researcher); the cloud a text names shows
#     cloud work (program manager cloud)
# 73: hours, days and nights a week, FTE, 12-hour shifts, Teilzeit: schedules; a digit after an
#     unnumbered role no level; mid-senior either; time zones; python+aws split; CJK nurse
# 74: "contract" asks for contract work, which a posting must say (contract, contractor, IR35,
#     day rate, freelance; a posting's tags too); "contract specialist" stays a title; a language
#     before "software engineer" leans as before "engineer" ("python software engineer": backend)
# 75: forklift (FLT, counterbalance, reach truck) is a specialty, not a title word
# 76: every item of a list left out is left out ("excluding php and ruby", "no php, ruby"), a
#     skill of several words one item ("no spring boot"), "avoid" leaves out; "no spring" drops
#     Spring Boot postings too; over, above, but, more than, or more no title words; a letter
#     alone ("k") refused; security and SRE or DevOps titles no developer roles
# 77: three or more skills alone want more than one named; a CDL/HGV/Class 1 driver is a truck
#     driver (HGV, LGV a CDL); mobile and game work (Unity) are fields of their own for a
#     developer search
# 78: a common English word is no typo of another (escalation engineer); "PM" in a posting title
#     is a product or program manager; a plain Researcher a research scientist; the years a
#     posting asks are its first ask, none in place of a degree
# 79: who may apply to a remote posting naming nobody is read from its title and text ("Remote
#     within the United States", "must reside in Canada"); "Remote (DE)" is Germany
# 80: a specialty of work outside technology beside a job (icu nurse, family law paralegal, k-12
#     teacher, cdl driver) is wanted as a sector is: a posting naming it nowhere is a loose match
# 81: a loose search takes a title by meaning alone from cosine 0.38 (was 0.35)
# 82: a cloud platform or orchestrator beside a developer's title alone (python developer gcp,
#     golang engineer kubernetes) is wanted as a sector is: a posting naming none is a loose match
# 83: a generic modifier beside a specific one (hvac service technician) is not needed where the
#     title has the specific one; hvac engineer = hvac technician; an imaging modality is
#     diagnostic work; a licence before its own job (cpa senior accountant) ranks, not excludes
# 84: a server-side stack in a plain software title's text (a server language, a store, a broker
#     or services) shows backend work
# 85: a business beside a software title (payments) is wanted as a sector is, and a title naming
#     payments is server-side work; cloud, security, SRE and testing titles are no software
#     engineer's, sales and support engineers no developers; "SRE II" is levelled
# 86: a US state's code after a city of another country is that country (Berlin, DE; Toronto, CA);
#     full stack after a title's role is its kind of work; a full-stack role showing no server side
#     is no match for a backend search of languages; an internal (developer) platform and platform
#     engineering in a text show platform work; a skill left out and named only as a nice-to-have
#     leaves no posting out; a message broker beside a developer's title (java developer kafka)
#     is wanted as a cloud platform is
# 87: a CDL's class is kept (Class A; a Class B job ranks lower, a Class A one is none for "cdl b");
#     an imaging technologist (X-Ray Tech) is a radiographer; a trade's installer neighbours its
#     technician; a Staff Accountant is entry level, an Accounting Manager an accountant's, an
#     auditor a neighbour; privacy beside a lawyer is a practice area (a general counsel's text);
#     solicitor = attorney, lorry = truck, a theatre nurse an OR nurse, a chartered accountant's
#     licence
# 88: searches as sentences: "anything but X", "don't want X" leave X out (alone: asked for a job
#     too); courtesy (pls, hello there), hedges (maybe, if needed: skills any of), "I" before a
#     verb and "be" after a modal no words; o/ou/oder/of between places "or"; federal Government;
#     CELTA a credential; "remoto" beside "or" no remote_from; "mid-level" echoed
# 89: a forestry or range technician titled for fire work is a wildland firefighter (a series'
#     [specialty] its title says); product management specialist = product manager; a product
#     owner is a product manager's neighbour; counsel = attorney; a service engineer is no
#     software job by its text
# 90: British places: Greater Manchester/London/Glasgow and England's ITL1 regions (north west
#     england, the south east) are places, not title words; NHS an employer (its trusts' name);
#     an NHS pay band ("band 7") left out as a pay grade is
# 91: a word after a pay rate that only looks like a currency code ("45/hr not travel") is no
#     part of the pay
# 92: the step-down unit a nursing unit as the ICU is ("icu or step-down nurse": either); scrub
#     the operating room; a therapeutic radiographer a radiation therapist; a place before an
#     unknown word and a role noun a word of the job's noun ("yorkshire terrier groomer")
# 93: a place written as its code is named in its note ("I read "tx" as Texas, a US state").
# 94: a law firm's associate is an attorney ("Litigation Associate", "associate law firm"), a
#     litigator a litigation attorney, a title of a legal specialty alone no developer's; "law
#     firm" before a specialty and a role a preference; QTS and CPC credentials; a union (IBEW)
#     and TRACON preferences; "any state" the US; "associate remote" the title
# 95: leaving out said other ways ("no-php", "kein/sin/pas de PHP", "php-free", "PHP no", "not
#     too junior", "anywhere but london"); a city and remote joined by "/" or "," is either; a
#     list of skills ending "or" ("go, java or python", "go|java") one any-of group; foreign pay
#     floor words ("ab", "mindestens", "mínimo", "desde") and a radius ("within 30 km of") no
#     title words; "preferably", "yes" stop words
# 96: a skill fixed from a typo is said once ("golnag": read as Go, not also "golang" as Go)
# 97: German, Spanish and French school subjects and levels (Mathematik, mathe, educación
#     primaria), nurses', electricians' and lawyers' titles; für, und stop words; a gender marker
#     ("(m/w/d)", "(H/F)") no part of a title
# 98: a practice area's word alone before a lawyer's role noun is the practice area ("employment
#     lawyer": attorney, Employment Law; corporate, tax, property, M&A… new areas); crypto
#     (blockchain, web3, DeFi) a sector, Solidity its language, cryptography its own specialty
# 99: the UK's nations are places of their own, read last without "in"; "a&e", "r&d" one word
#     (A&E: the emergency department); RGN, RMN, RNLD, HCA
# 100: a practice area named by a firm's group or work ("our corporate group", "tax practice",
#      "real estate transactions"), not only as "corporate law"
# 101: carer, care assistant, support worker read as care worker; healthcare support worker
#     (hcsw) as nursing assistant, a maternity support worker or care assistant as the maternity
#     nursing assistant; customer care is customer service, child care childcare
# 102: Australia's states and territories and Canada's provinces are places of their own (nsw,
#      qld, ontario, bc); a place then its country is one place ("texas usa"); sparky, chippy,
#      brickie are trades; a staff nurse is a registered nurse
# 103: caregiver, home health aide (hha), personal care aide, direct support professional read as
#      care worker, live-in carer as live-in care worker, a pet's caregiver as pet sitter; the
#      nursing assistant (hca) and the care worker related titles, each found after its own
# 104: a pasted link ("https://…", "www.…") or template code ("${jndi:…}", "{{…}}") left out
#     whole with one note (no operator, specialty or title word of it); a word read as another
#     quoted as typed ("mecánico", not "mecanico")
# 105: searches said to a friend: a verb and its object name the role ("teach kids": teacher,
#      "drive": driver, "work with animals": veterinary assistant or animal care, "fix cars",
#      "cut hair", "care for the elderly", "write code", "clean houses"…), "first job"
#      junior; relocating (to a place) and visa sponsorship preferences a posting's text offers
#      (not where it refuses them), travel and mornings too; "work with kids" childcare, "do
#      from home" remote; a career change keeps the job wanted, the work done now left out
#      with a note; wanting, like, seeking, something, where, needed no title words
# 106: "ER" in capitals in a nurse's title is the emergency room; a SEN or SEND teacher a special
#     education teacher; Führerscheinklasse CE a commercial licence (CDL); a staff, lead or
#     principal search lists its level's titles missing a title word without the practice asked
# 107: in-house (in house, inhouse) says who employs the person, no title word: an in-house
#      counsel is a counsel (was the title "house counsel")
MAX_CHARS = 300


RUNGS = frozenset({"staff", "principal"})  # the rungs "senior" grades ("senior staff": staff)


MAX_TITLE_WORDS = 8


MAX_SKILLS = 12


ANY = "|"  # between the skills of an any-of group: "python or go" is the skill "Python|Go"


SALAD = 3  # unknown words (and more than half the title) that make a search a word salad


EXAMPLE = 'e.g. "senior backend engineer python remote 120k+ -php"'


@dataclass(frozen=True)
class ParsedQuery:
    """A saved search in structured form."""

    title: tuple[str, ...] = ()  # canonical title words, seniority excluded
    skills: tuple[str, ...] = ()  # skill display names
    locations: tuple[str, ...] = ()  # folded place names
    workplaces: tuple[str, ...] = ()  # remote / hybrid / onsite
    seniority: tuple[str, ...] = ()
    exclude_words: tuple[str, ...] = ()
    exclude_skills: tuple[str, ...] = ()
    exclude_companies: tuple[str, ...] = ()
    exclude_workplaces: tuple[str, ...] = ()
    exclude_levels: tuple[str, ...] = ()
    salary_min: float | None = None  # annual
    currency: str | None = None
    remote_from: bool = False  # "remote us": remote work open to the places, not "remote or us"
    # "nyc or remote us": the places remote work must be open to (here the US), the locations
    # being places to work in (NYC); remote_from then is False.
    remote_regions: tuple[str, ...] = ()
    # The other titles named with "or" ("nurse or midwife"), each its words joined by ANY: a
    # posting matching any one title passes, scored by the best (variants()).
    or_titles: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()  # shifts (SHIFTS) a posting's text ranks higher for naming
    # The level was named by a ladder number or company level (sde ii, L4): one rung of a
    # ladder, which a title stating no level may be any rung of.
    graded: bool = False
    exclude_shifts: tuple[str, ...] = ()  # shifts (SHIFTS) a posting's title or text leaves out
    notes: tuple[str, ...] = ()
    version: int = PARSER_VERSION

    def describe(self) -> str:
        """One line saying what will be searched for."""
        parts: list[str] = []
        # A level said in words reads as part of the title ("senior backend"); one read from a
        # ladder number or code (sde ii, L5) is said apart, as no word of the title said.
        words = ("mid-level" if x == "mid" else x for x in self.seniority)  # no "mid engineer"
        levels = [" or ".join(words)] if self.seniority and not self.graded else []
        if self.title:
            parts.append(
                "title "
                + " or ".join(f'"{" ".join([*levels, vocabulary().said(t)])}"' for t in self.titles)
            )
        if self.seniority and not (self.title and levels):  # a level alone only filters
            parts.append(" or ".join(self.seniority) + " level")
        specialties = vocabulary().specialties
        groups = [s for s in self.skills if ANY in s]
        skills = self.plain_skills()
        if skills:
            parts.append("skills " + ", ".join(skills))
        parts.extend("any of: " + ", ".join(skill_members(g)) for g in groups)
        named = [s for s in self.skills if s.lower() in specialties]
        if named:
            parts.append("specialty " + ", ".join(named) + " (in the title or text)")
        if self.where:
            parts.append(self.where)
        if self.exclude_skills:  # "not PHP, Ruby": each left out, none asked for
            parts.append("not " + ", ".join(self.exclude_skills))
        parts.extend(f"not {w}" for w in self.exclude_workplaces)
        parts.extend(f"no {s} (in the title or text)" for s in self.exclude_shifts)
        mid = RANK["mid"]
        for side in (-1, 0, 1):  # "not intern or junior level", "not senior, lead … level"
            left_out = [x for x in self.exclude_levels if (RANK[x] > mid) - (RANK[x] < mid) == side]
            if left_out:
                said = ", ".join(left_out[:-1]) + " or " * bool(left_out[1:]) + left_out[-1]
                parts.append(f"not {said} level")
        parts.extend(f'not "{w}" in title, company or place' for w in self.exclude_words)
        parts.extend(f"not company {c.title()}" for c in self.exclude_companies)
        if self.salary_min is not None:
            parts.append(f"salary ≥ {money(self.salary_min, self.currency)}")
        parts.extend(
            f"{x} work only (said in the title or text)" for x in self.prefer if x in REQUIRED
        )
        shifts = [x for x in self.prefer if x in SHIFTS and x not in SCHEDULES | REQUIRED]
        if shifts:
            parts.append(f"preferring {' and '.join(shifts)} in the text")  # each is wanted
        parts.extend(
            f"{x}: ranks postings naming it higher"
            for x in self.prefer
            if x not in shifts and x not in REQUIRED
        )
        return " · ".join(parts) or "nothing"

    def plain_skills(self) -> list[str]:
        """The skills named one by one: neither any-of groups nor specialties."""
        specialties = vocabulary().specialties
        return [s for s in self.skills if s.lower() not in specialties and ANY not in s]

    def restated(self) -> str:
        """The search in the words it was read as, for a hint to send ("/explore nurse",
        "/add senior backend engineer python"): what it looks for, without the words it
        ignored ("nurse 999999999k+": nurse)."""
        level = self.seniority[0] if len(self.seniority) == 1 else ""
        titles = " or ".join(" ".join(filter(None, (level, *t))) for t in self.titles if t)
        where = [*self.workplaces, *(place_name(p) for p in self.locations)]
        pay = money(self.salary_min, self.currency) + "+" if self.salary_min is not None else ""
        left_out = [*self.exclude_words, *self.exclude_skills, *self.exclude_levels]
        left_out += [*self.exclude_workplaces, *self.exclude_companies]
        return " ".join(
            filter(
                None,
                (
                    titles,
                    *(" or ".join(skill_members(s)) for s in self.skills),
                    *where,
                    pay,
                    *(f'-"{x}"' if " " in x else f"-{x}" for x in left_out),
                    *(f"no {x}" for x in self.exclude_shifts),  # as _NO_SHIFT reads it
                ),
            )
        ).lower()

    def to_json(self) -> str:
        """Serialise for storage."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ParsedQuery:
        """Load a stored query; unknown keys are ignored."""
        data: dict[str, Any] = json.loads(text)
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in data:
                value = data[f.name]
                kwargs[f.name] = tuple(value) if isinstance(value, list) else value
        return cls(**kwargs)

    @property
    def where(self) -> str:
        """The places and workplaces asked for, as alternatives: "remote or hybrid in Berlin";
        or remote work open to the places: "remote open to US"."""
        if self.remote_from:
            return "remote open to " + " or ".join(place_name(p) for p in self.locations)
        if self.remote_regions:  # "in New York City, or remote from the US"
            local = " in ".join(
                x
                for x in (
                    " or ".join(w for w in self.workplaces if w != "remote"),
                    " or ".join(place_name(p) for p in self.locations),
                )
                if x
            )
            if not local.startswith(tuple(self.workplaces)):
                local = "in " + local
            regions = " or ".join(the_place(place_name(p)) for p in self.remote_regions)
            return f"{local}, or remote from {regions}"
        others = " or ".join(w for w in self.workplaces if w != "remote")
        places = " or ".join(place_name(p) for p in self.locations)
        local = " in ".join(x for x in (others, places) if x)
        if places and not others:
            local = "in " + local
        if "remote" not in self.workplaces:
            return local
        if not places:
            return " or ".join(["remote", *([local] if local else [])])
        # Remote beside places is remote open to them: "remote open to Germany, or in Berlin".
        areas = dict.fromkeys(open_to(p) or place_name(p) for p in self.locations)
        return f"remote open to {' or '.join(areas)}, or {local}"

    @property
    def titles(self) -> tuple[tuple[str, ...], ...]:
        """Each title asked for: the title, then those named with "or" after it."""
        return (self.title, *(tuple(t.split(ANY)) for t in self.or_titles))

    def variants(self) -> tuple[ParsedQuery, ...]:
        """The search once per title it names ("nurse or midwife": a nurse search, then a
        midwife one), each matched as a search of one title; itself when it names one."""
        if not self.or_titles:
            return (self,)
        return tuple(replace(self, title=t, or_titles=()) for t in self.titles)

    @property
    def left_out(self) -> list[str]:
        """What the search leaves out, as the echo names it ("sales", PHP, remote)."""
        return [
            *(f'"{w}"' for w in self.exclude_words),
            *self.exclude_skills,
            *self.exclude_workplaces,
            *(f"{x} level" for x in self.exclude_levels),
            *(c.title() for c in self.exclude_companies),
            *self.exclude_shifts,  # "weekends", "on call": said as the echo says them
        ]

    @property
    def usable(self) -> bool:
        """Whether there is something to match on: a title word or a skill."""
        return bool(self.title or self.skills)


def skill_members(skill: str) -> list[str]:
    """The skills of an any-of group ("Python|Go"), or the skill itself."""
    return skill.split(ANY)


_ARTICLE = frozenset(["US", "UK", "EU", "USA", "UAE"])  # "remote from the US"


def the_place(name: str) -> str:
    """A place name as said after "from": "the US", "Germany"."""
    return f"the {name}" if name in _ARTICLE else name
