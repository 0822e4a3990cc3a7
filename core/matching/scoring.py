"""Scoring one posting against one search: a 0–100 score, hard filters and the reasons."""

from __future__ import annotations

import math
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from core.matching import breakdown
from core.matching.employers import names_employer
from core.matching.features import (
    DESC_SKILL,
    ENTRY_YEARS,
    FIELD_HEADS,
    FULLSTACK_SERVERS,
    OPTIONAL_SKILL,
    SILENT,
    TITLE_SKILL,
    UNSAID,
    Features,
    declared,
    features,
    has_phrase,
    named_occupation,
    specialty_said,
)
from core.matching.money import PayCheck, check_pay, money
from core.matching.query import ANY, ParsedQuery, skill_members, the_place
from core.matching.query.shifts import OTHER_SCHEDULE, REQUIRED
from core.matching.regions import (
    Reading,
    named_apart,
    part_of_region,
    places_listed,
    query_areas,
    read_place,
    region_depth,
)
from core.matching.vocab import (
    EVERY_FIELDS,
    IMPLY_ENG,
    RANK,
    TECH_SPECS,
    TESTING,
    TESTING_LEANS,
    field_roles,
    place_name,
    tokens,
    vocabulary,
)
from core.model import Posting, Sensitivity
from core.scores import score_text

WEIGHTS = {"title": 60.0, "skills": 25.0, "location": 15.0, "salary": 5.0, "seniority": 10.0}
# A shift preferred (nights, per diem) and named in the text adds these points and is no part of
# the total: a posting not naming it scores as without the preference, never lower.
PREFER = 3.0
# A field named alone ("nursing" of "nursing jobs", beside its role "nurse") scores at most this
# share: a Nursing Assistant never ranks above the Registered Nurse the search names first.
FIELD_ALONE = 0.85
THRESHOLDS: dict[str, float] = {"strict": 70.0, "normal": 55.0, "loose": 40.0}
# A search naming skills ("swe 2 .net", "backend developer kubernetes aws") wants postings that
# name one of them: one naming none (title, text, tags; aliases, implied and satisfying skills)
# scores at most this, a loose match at best (_needs).
UNNAMED = THRESHOLDS["normal"] - 0.1
# A search of skills alone, or beside a developer's role noun only, naming three or more ("java
# microservices kafka") wants more than one of them: a posting naming one alone scores at most
# UNNAMED too (fresh3 dev grades a Java Developer without microservices or Kafka 0, one with
# either acceptable; fresh4's "python fastapi postgres" likewise). A title asked says the job
# and the skills rank ("backend java spring kafka": the harness grades any Java backend 1).
MANY_SKILLS = 3
# A search naming a sector ("backend engineer fintech") wants postings of it: one naming none of
# the sectors asked, nor a kind of one (a bank for fintech), scores at most UNNAMED too. The dev
# halves grade none such (tests.eval.fp_causes) and outside judges count a food company's Backend
# Engineer as no fintech job. So does one naming a specialty of work outside technology ("icu
# nurse": a School Nurse is no ICU nurse; fresh4 dev 12 false positives, no true one); a
# technology specialty or practice ("distributed systems", "data platform") or a credential
# (PMP, RN) only ranks: the dev halves grade the titles without it relevant (Vocabulary.wanted).
# A search naming a workplace ("remote", "hybrid", "onsite") keeps a posting that states none,
# after those stating it ("workplace not stated"): at most this, a normal match left out at strict.
UNSTATED_WORKPLACE = THRESHOLDS["strict"] - 0.1
WORKPLACE_UNSTATED = "workplace not stated"
# Developer work whose tools say the stack: "backend engineer pg", "frontend react", "kafka
# microservices engineer" need PostgreSQL, React, Kafka named (at normal and strict) as a search
# naming another skill does, while Spark for "data engineer" or Kubernetes for "platform
# engineer", tools of a field of its own, only rank (every judged set grades a data engineer
# without Spark acceptable; the fresh backend sets and the harness's "frontend react" grade a
# backend or frontend posting without the tool asked 0).
STACK_KINDS = frozenset(["backend", "frontend", "fullstack", "web", "mobile", "ios", "android"])
RECALL_SHARE = 0.7  # the title score is 70% query words found, 30% posting words explained
HEAD_CONFLICT = 0.4  # "Backend Sales Manager" for an engineer
FIELD_CONFLICT = 0.4  # "Civil Engineer" for a software search
SPEC_CONFLICT = 0.5  # "Frontend Engineer" for a backend search
SKILL_CONFLICT = 0.5  # "Java Developer" for a Python search
# "Full Stack Engineer (Java/React)" for "javascript backend" (_server_elsewhere); a power of two,
# so that the index, applying it last, gets the very same score
CLIENT_ONLY = 0.5
# "Java/Spring Developer" for "kubernetes engineer": a developer of other tools, below those
# whose title names the tool or none (the Kubernetes in its text still counts as a skill)
OTHER_TOOLS = 0.9
UNKNOWN_SENIORITY = 0.7
ABOVE_LEVEL = 0.85  # a higher level than the one asked, which a senior search accepts
UNKNOWN = 0.5  # location or salary not stated
IMPLIED_HEAD = 0.5
ROLE_CONFLICT = 0.45  # "QA Engineer (Backend)", "Product Marketing Manager": another job
SPEC_MISSING = 0.5  # "Go Developer" for "ios developer": only the role noun in common
EVIDENCE_CREDIT = 0.8  # a generic title whose text shows the specialisation
MENTION_CREDIT = 0.4  # ... or whose text only mentions it
COMPOUND = 0.8  # the role asked for names a senior role in the same job ("Nurse Manager")
FIELD_HEAD = 0.85  # "SOC Analyst" for "security engineer": same field, other role noun
NEIGHBOUR = 0.6  # "Data Scientist" for "data engineer": another job of the field (loose only)
LINKED_SKILL = 0.7  # JavaScript for a TypeScript search
# A pay range reaching the floor by its top only ("£73k–93k" for "£80k+"): kept, short on pay
PAY_TOP_ONLY = 0.9
# "microservices java" (developer work in Java, microservices preferred): any developer title
# fits it, so the title weighs as much as the skills and a posting naming the practice ranks
# before a developer's posting that does not (a generic "Software Engineer" title scored 93 of
# the title's 60 points, below a Java backend developer missing the practice).
PRACTICE_TITLE = 25.0
PREFERENCE_SHARE = 0.5  # a tool or framework weighs half a language in the skills weight
LANGUAGE_IN_TEXT = 0.8  # a required language found only in the description
OUTSIDE_ROLE = 0.5  # related credit from a word outside the part naming the role
OPPOSITE = 0.4  # "Manual QA Tester" for "qa automation engineer"
# A posting's declared occupation (its occupational series' titles) counts this share of a
# title match: a title saying as much ranks first.
SERIES_CREDIT = 0.85
# "Financial Analyst" in series 0501 for "financial analyst" (the title of 1160): a search naming
# one occupation's official title finds another occupation in a posting declaring only series
# none of whose titles says as much. Half a title: at most a loose match.
OTHER_OCCUPATION = 0.5
# "Special Agent" in series 0083 for "police officer", "HR Specialist" in 0201 for "hr manager":
# a series' title of another role than the posting's title names (or of a rank it does not say)
# is at most this: a normal match listed after every title fitting, left out at strict.
ANOTHER_ROLE = 0.66
# ... of a rank it does not say ("HR Specialist" in 0201 for "hr manager"): after the ranks
UNRANKED = 0.8

# "Director, Air Traffic Control Facilities" for "air traffic control": a search naming no role
# noun finds the title's words only in what a manager's or director's role leads, not the job.
LEADS = frozenset(["manager", "director"])
LEADING = 0.8
RANK_UNASKED = 0.9  # "Supervisory Attorney" for "lawyer": below a plain "Trial Attorney" ...
RANK_KEPT = 0.833  # ... but lowered no further: a rank of the job is still the job
NEAR = 0.5  # related credit from which a title speciality does not hide the text's evidence
COMPATIBLE = 0.6  # related credit from which two specialisations are the same kind of job
KIN = 0.9  # "Data Scientist" for "machine learning scientist": one job's titles (title_kin.tsv)
# A remote search's place ("remote canada", "remote eu"): a remote posting open to an area around
# it (the US for "remote texas", the Americas, worldwide) is open to whoever lives there, so it
# fits in full, from this part up (_open_in_full); a place alone ("canada") keeps the graded
# scheme below it (0.9 at most).
OPEN_IN_FULL = 0.91
# The part from which a title, the skills (a language in the text) or the place count as
# fitting: the ranking puts postings that fit every part asked for first.
_FITS = {"title": 0.75, "skills": LANGUAGE_IN_TEXT, "location": OPEN_IN_FULL}


def fits_fully(part: str, value: float) -> bool:
    """Whether a part asked for fits fully: a card ticks it (✓), else says it is short (≈) and
    the one order (core.matching.order) ranks the match after those fitting every part."""
    return value >= _FITS.get(part, 1.0)


# "Fire Protection Engineer" for "software engineer", "Project Manager" for "it project manager":
# a title without the search's first word saying which job it is (its field) is another job,
# whatever else fits. "software" is met by any software title ("Backend Engineer").
# Such a title part is at most 0.4 + a tenth of itself (0.5) and the other parts count half:
# never a normal match (55), a loose one (40) when the title is otherwise close.
FIELD_TITLE = 0.4
FIELD_MISSING = 0.5
SOFTWARE = "software"
# A title naming service work before its role noun says the job: a "Service Engineer" runs a
# service (Microsoft's operations engineers) or services equipment (a field service engineer),
# whatever code its text names; no software job by its text alone.
SERVICED = frozenset(["service"])
# Specialisations that name a job of their own rather than a kind of software development: a
# title naming only these in its role part ("Data Engineer", "Machine Learning Engineer") has
# no "software" a software search's title asks for ("Software Engineer, Data" does).
OWN_FIELDS = frozenset(["data", "ml", "mobile", "ios", "android", "game"])
# Compiled.leans marks a technology specialty asked with this prefix (_leans, developer_role)
ASKED_SPEC = "spec:"
# Testing is a job of its own too for a developer search ("Senior Quality Engineer (Python)",
# "Software Test Engineer" are no "python developer" jobs) unless its skills lean to testing
# (selenium, cypress: automation). So is operations ("SRE - Kubernetes", "Platform Engineer"
# naming Go are no "golang engineer" jobs: fresh2 dev) unless they lean to it (kubernetes).
OPERATIONS = frozenset(["sre", "devops", "platform", "infrastructure"])
# Operations named beside a developer's role noun ("Sr. Software Engineer - SRE", "Software
# Engineer, DevOps") are that work, the title naming no other kind; platform and infrastructure
# are kinds of software work too ("Platform Software Engineer").
OPERATIONS_NAMED = frozenset(["sre", "devops"])
# Security is a field of its own for a developer search ("Senior Security Engineer (AppSec)" is
# no "senior java developer" job) unless its skills lean to it; "Software Engineer, Security"
# and "Backend Engineer (Security)" are developers' roles.
SECURITY = "security"
# Engineering that runs, secures or tests software rather than writing it: a title whose role
# names only these ("Cloud Engineer II", "Cloud Support Engineer", "Security Engineer", "SRE")
# has no "software" a software search's title asks for, whatever tools it names (fresh, fresh3,
# fresh5 dev grade them 0 for "sde ii"); platform and infrastructure are software work too.
NOT_WRITING = OPERATIONS_NAMED | TESTING | frozenset(["cloud", SECURITY])
# A cloud engineer runs the cloud others' code runs on: operations for a developer search, whose
# cloud named ("dotnet azure developer", "python developer gcp") is where its code runs, no lean
# to running it (fresh5 dev grades "Azure Cloud Engineer" 0 for the first); one titled a
# developer, or naming software, writes for it ("Cloud Developer", "Cloud Software Engineer").
CLOUD_RUN = frozenset(["cloud"])
WRITERS = frozenset(["developer", "programmer"])
# A role naming testing is a tester's even with "software" in it ("Software Development Engineer
# in Test", "Software QA Engineer"): another role for a software search asking no testing.
TESTER = "a testing role"
# Engineers who sell or support software: a language in the title is the product's ("Senior
# Sales Engineer – Java APM", "Technical Support Engineer (Python)"), no developer's role.
SERVING = frozenset(["sales", "support"])


@dataclass(frozen=True)
class MatchResult:
    """How well a posting fits a search, and why."""

    score: float
    passed: bool
    reasons: tuple[str, ...] = ()
    breakdown: tuple[str, ...] = ()
    unmet: int = 0  # parts asked for (title, skills, place, pay, level) that fit only in part
    missing: int = 0  # ... of which not at all: ranked after every posting meeting each in part
    prefer: float = 0.0  # 1: names a shift or workplace preferred, first of its fit (order.py)
    short: tuple[str, ...] = ()  # the unmet parts by name ("level", "pay"), as cards say them
    lacking: tuple[str, ...] = ()  # the missing parts by name


# The query's title words, whether it names skills, the specialisations its specialties lean to.
# the title words, whether skills were named, the kinds of work they lean to, the specialty words
# asked, the kinds of work a developer search means and whether it is technology work (a title
# of another field is lowered for it: "va manager postgress", not "va manager")
TitleId = tuple[
    tuple[str, ...],
    bool,
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[str, ...],
    bool,
    bool,
]


@dataclass(frozen=True, slots=True)
class Compiled:
    """A parsed query prepared for fast scoring."""

    query: ParsedQuery
    title_keys: dict[str, float]  # key -> weight
    title_total: float
    title_text: str
    heads: frozenset[str]
    head: str | None  # the role class asked for (explicit or implied)
    specs: frozenset[str]  # specialisations asked for
    tech: bool
    tech_specs: frozenset[str]
    skill_keys: tuple[str, ...]
    weights: dict[str, float]
    total: float
    ranks: tuple[int, ...]
    graded: bool  # the level asked is a ladder rung (sde ii): an unlevelled title may be any
    exclude_words: frozenset[str]
    exclude_skills: frozenset[str]
    languages: frozenset[str]
    plan: tuple[tuple[str, float, int], ...]  # (key, weight, kind) for the title loop
    head_keys: frozenset[str]  # "=class" keys of the query's role classes
    opposites: frozenset[str]  # title words that contradict the search ("manual" for automation)
    accepts: dict[str, frozenset[str]]  # required language -> skills that satisfy it
    title_id: TitleId  # what the title score depends on
    explains: tuple[frozenset[str], frozenset[str]]  # posting keys explained fully, at 0.6
    field: str | None  # the first title key before the role noun (which job it is): needs credit
    inner: str | None  # the key right before the role noun when another (_inner): needs credit
    spare: str | None  # the field or inner a title having the other need not have (_spare)
    leans: frozenset[str]  # the fields of their own (OWN_FIELDS) its skills lean to (_leans)
    developer: bool  # no title but a developer's role noun (and skills): developer_role applies
    occupation: str | None  # the one occupational series whose title the search's title is
    needs: frozenset[str]  # skills of which a posting names one or scores at most UNNAMED (_needs)
    sectors: frozenset[str]  # ... and the sectors asked and their kinds (_sectors), as needs
    shows: tuple[str, ...]  # practices beside a level a title missing a word asked must show
    least: int  # how many of its skills a posting must credit to score above UNNAMED (_least)


@cache
def _fields() -> frozenset[str]:
    return frozenset(field_roles())


def field_alone(query: ParsedQuery) -> bool:
    """Whether a search's one title is a field word alone ("nursing"), not its role noun."""
    return len(query.title) == 1 and query.title[0] in _fields()


@lru_cache(maxsize=8192)
def compile_query(query: ParsedQuery) -> Compiled:
    """Prepare a query for scoring (cached)."""
    v = vocabulary()
    keys: dict[str, float] = {}
    for word in query.title:
        keys[v.key(word)] = max(keys.get(v.key(word), 0.0), v.word_weight(word))
    specs = {w for w in query.title if w in v.specs}
    head_words = [w for w in query.title if w in v.heads]
    heads = {v.heads[w] for w in head_words}
    # A specialty of another field (CDL, ICU, K-12, a licence, a forklift) is no technology:
    # "cdl driver" names the driver's occupation as "driver" does, "warehouse forklift" no engineer.
    tools = any(
        s.lower() not in v.specialties or s.lower() in v.tech_specialties for s in query.skills
    )
    if not heads and (tools or specs & IMPLY_ENG):
        heads = {"eng"}
        if keys:  # "backend golang" means a backend engineer: weak credit for the role noun
            keys["=eng"] = IMPLIED_HEAD
    head = v.heads[head_words[-1]] if head_words else ("eng" if heads else None)
    tech = bool(tools or specs & TECH_SPECS or "software" in query.title)
    present = {
        "title": bool(keys),
        "skills": bool(query.skills),
        "location": bool(query.locations or query.workplaces),
        "salary": query.salary_min is not None,
        "seniority": bool(query.seniority),
    }
    weights = {k: w for k, w in WEIGHTS.items() if present[k]}
    skill_keys = tuple(dict.fromkeys(s.lower() for s in query.skills))
    # A language, or an any-of group of languages only, gates: one of them must be there.
    gating = [s for s in skill_keys if all(m in v.languages for m in skill_members(s))]
    # An engineer or developer with specialties alone ("data platform engineer", "payments
    # developer"): the specialty says which job, so it gates as a language does (an "or nurse"
    # still lists other nurses, after). With tools beside them ("data platform engineer spark")
    # the specialties still say which job: a "Salesforce Developer" naming none is another one.
    # A practice beside tools ranks ("kafka microservices engineer": a backend engineer naming
    # Kafka but not microservices is one).
    # "Software" adds nothing to which job ("software engineer payments platform" is a payments
    # engineer). With a level asked the level says which job too: a practice ranks ("principal
    # software engineer distributed systems" lists Principal titles missing it, after: fresh dev
    # f23; requiring it, as fresh2 dev's judges do, lost Microsoft test recall 0.635 -> 0.567 and
    # gained nothing on fresh or fresh2 test), while a domain still says which work (Microsoft
    # dev: "software engineer ii cloud storage" is storage work, not any Software Engineer II).
    shows: tuple[str, ...] = ()
    if skill_keys and heads == {"eng"} and keys.keys() <= {"=eng", SOFTWARE} and not gating:
        special = [s for s in skill_keys if all(m in v.specialties for m in skill_members(s))]
        gating = (
            special
            if len(special) == len(skill_keys) and not query.seniority
            else [s for s in special if not any(m in v.practices for m in skill_members(s))]
        )
        # ... but a title missing a title word asked must show the practice (near_title_short):
        # "L5 software engineer distributed systems" is no Senior Backend Engineer doing none
        # (fresh2 dev: 31 of 37 false positives), a Senior Software Engineer still is one. Above
        # senior the level stated says which job: a "Principal Backend Engineer" on payments is
        # one for "principal software engineer distributed systems" (fresh8 dev, 2 of 2 graded).
        if len(special) == len(skill_keys) and not _above_senior(query.seniority):
            shows = tuple(s for s in special if s not in gating)
    if not heads and skill_keys and not tools:  # "warehouse forklift": the specialty is the job
        gating = list(skill_keys)
    languages = frozenset(m for s in gating for m in skill_members(s))
    if query.skills:  # tools and frameworks rank; languages gate and count fully
        langs = len(gating)
        share = (langs + PREFERENCE_SHARE * (len(skill_keys) - langs)) / len(skill_keys)
        weights["skills"] = WEIGHTS["skills"] * share
    # a trade's specialties alone ("forklift", "cdl") ask for that trade's jobs, no developer's
    trade = bool(skill_keys) and all(
        m in v.specialties and m not in v.tech_specialties
        for s in skill_keys
        for m in skill_members(s)
    )
    developer = (
        keys.keys() <= {"=eng"}
        and bool(query.skills or "engineer" not in query.title)
        and not trade
    )
    if developer and gating and "title" in weights and _practices(skill_keys):
        weights["title"] = PRACTICE_TITLE
    total = sum(weights.values()) or 1.0
    if field_alone(query):
        total /= FIELD_ALONE
    if query.prefer:
        weights["prefer"] = PREFER
    tech_specs = frozenset(specs & TECH_SPECS) or _leanings(query.skills)
    head_keys = frozenset("=" + h for h in heads)
    near = frozenset(r for k in keys for r, _ in v.related.get(k, ()))
    # A specialty asked explains its words in a posting's title ("Principal Software Engineer –
    # Distributed Systems" for "… distributed systems" is no less the title for saying it).
    said = frozenset(
        v.stem(t)
        for s in skill_keys
        for m in skill_members(s)
        if m in v.specialties
        for t in tokens(v.skill_names[m])
    )
    # "golang", "python developer": looking for developer roles using them, so the kind of
    # software work the skills lean to ("react": frontend; backend when they say none) is the
    # role asked, not a title word nobody asked for ("Backend Developer (NodeJS)" fits "nodejs
    # developer" no less than "Software Engineer, Checkout").
    kinds: frozenset[str] = frozenset()
    if developer and query.skills:
        cues = (v.cues.get(tuple(tokens(m))) for s in skill_keys for m in skill_members(s))
        kinds = frozenset(c[0] for c in cues if c is not None) & TECH_SPECS or _BACKEND
    # "c# .net azure developer": a title naming a language asked (".NET Developer") is that
    # developer, the word its language leans to no word the search did not ask for
    if developer:
        kinds |= {v.leans[m] for s in skill_keys for m in skill_members(s) if m in v.leans}
    # "Staff Registered Nurse" for "nurse": a licence or a staff grade restates the role noun
    restating = (
        {v.key(w) for w, roles in v.titled_levels.items() if head_words[-1] in roles}
        | {v.key(w) for w in v.generic & v.optional}
        if head_words
        else set()
    )
    full = frozenset(keys) | head_keys | said | kinds | restating
    return Compiled(
        query=query,
        title_keys=keys,
        title_total=sum(keys.values()),
        title_text=" ".join(sorted(keys)),
        heads=frozenset(heads),
        head=head,
        specs=frozenset(specs),
        tech=tech,
        tech_specs=tech_specs,
        skill_keys=skill_keys,
        weights=weights,
        total=total,
        ranks=tuple(RANK[s] for s in query.seniority),
        graded=query.graded,
        exclude_words=frozenset(query.exclude_words),
        exclude_skills=frozenset(n for s in query.exclude_skills for n in narrower(s.lower())),
        languages=languages,
        plan=tuple(
            (
                k,
                w,
                _HEAD if k == f"={head}" else _OTHER if k[:1] == "=" or k not in v.specs else _SPEC,
            )
            for k, w in keys.items()
        ),
        head_keys=head_keys,
        opposites=frozenset(o for w in query.title for o in v.opposites.get(w, ())),
        accepts={lang: v.accepts.get(lang, frozenset()) | {lang} for lang in languages},
        title_id=(
            query.title,
            bool(query.skills),
            tech_specs,
            said,
            kinds,
            skill_keys if developer else (),
            tech,
            bool(query.seniority),  # _rank_unasked
        ),
        explains=(full, near - full),
        field=(field := _field(query.title, head_words[-1:])),
        inner=(inner := _inner(query.title, head_words, field)),
        spare=_spare(field, inner),
        leans=_leans(skill_keys),
        # "golang", "python developer", "developer"; not "engineer" alone (civil engineers too)
        developer=developer,
        # technology work spreads over series (2210, 0854, 1550, 0080): "cybersecurity
        # specialist" is an 0080 title and most often a 2210 job
        occupation=None if tech else named_occupation(keys),
        needs=_needs(skill_keys, frozenset(specs)),
        sectors=_sectors(skill_keys, developer, developer and bool(query.title)),
        shows=shows,
        least=least(skill_keys) if developer else 0,
    )


def least(skill_keys: tuple[str, ...]) -> int:
    """How many of a search's skills alone a posting must credit to score above UNNAMED: more
    than half of three or more (MANY_SKILLS), else none."""
    return len(skill_keys) // 2 + 1 if len(skill_keys) >= MANY_SKILLS else 0


def too_few(cq: Compiled, credits: Sequence[float]) -> bool:
    """Whether a posting crediting these skills of the search credits fewer than it needs."""
    return sum(round(100 * c) > 0 for c in credits) < cq.least


def _field(title: tuple[str, ...], role: list[str]) -> str | None:
    """The key of a search's first title word other than its role noun and optional words, a
    manner word ("research") left out before a role noun naming one job or another word."""
    v = vocabulary()
    words = [w for w in title if w not in role and w not in v.optional]
    if words and words[0] in v.manners and (len(words) > 1 or set(role) & v.role_nouns):
        words = words[1:]
    return v.key(words[0]) if words else None


def _inner(title: tuple[str, ...], heads: list[str], field: str | None) -> str | None:
    """The key of the word right before a search's role noun when it is another than the field
    and says which kind of it ("health insurance specialist": insurance): a title without it
    naming a kind of its own ("Border Health Specialist", _names_another) is another job. Not a
    generic word ("software development engineer" finds a
    Software Engineer), an optional one or a role noun ("physical therapist assistant"); and
    only of two words before the noun: of more, the first and the rest already say which job
    ("Water Treatment Operator" for "water treatment plant operator"). An optional word alone
    before the noun says which kind too ("registered nurse": a "Practical Nurse" is another
    kind, a plain "Nurse" may be any)."""
    v = vocabulary()
    if len(title) not in (2, 3) or not heads or title[-1] != heads[-1]:
        return None
    word = title[-2]
    kind = len(title) == 2 and word in v.optional
    if word in v.heads or (not kind and (word in v.optional or v.word_weight(word) < 1.0)):
        return None
    key = v.key(word)
    return key if key != field else None


# Generic modifiers: a word saying the manner or matter of work of many jobs, beside a specific
# one named in GENERIC_RATIO times fewer job titles, is not needed where a title has the specific
# one and the role noun ("service" of "hvac service technician", "data" of "data privacy
# counsel"). A compound of two specific or two common words says which job with both ("air
# traffic controller", "personnel security specialist"), as a common word beside a generic one
# does ("customer service representative", "field service engineer").
GENERIC_MODIFIERS = frozenset(["service", "data", "general"])
GENERIC_RATIO = 8


def _spare(field: str | None, inner: str | None) -> str | None:
    """The one of a search's field and inner keys that is a generic modifier beside the other, a
    specific one (GENERIC_MODIFIERS): a title naming the specific one needs no credit for it."""
    if field is None or inner is None:
        return None
    counts = vocabulary().title_counts
    for generic, specific in ((field, inner), (inner, field)):
        many = counts.get(generic, 0)
        if generic in GENERIC_MODIFIERS and many >= GENERIC_RATIO * counts.get(specific, 0):
            return generic
    return None


def _names_another(cq: Compiled, f: Features) -> bool:
    """Whether the part of a posting's title naming the role has a word of its own, not a
    generic one, that the search does not have: "border" in "Border Health Specialist" names
    another kind of health specialist than "health insurance specialist" asks for, while a
    plainer title ("QA Engineer" for "qa automation engineer") may be any kind of it."""
    if cq.inner in vocabulary().optional:
        return _another_kind(cq, f)
    keys = f.title_keys
    return any(
        k[:1] != "=" and k not in cq.title_keys and keys.get(k, 0.0) >= 1.0 for k in f.role_keys
    )


def _another_kind(cq: Compiled, f: Features) -> bool:
    """Whether the part of a posting's title naming the role, its optional words left out, is
    the title of an occupational series other than the search's role noun's: "Practical Nurse"
    (0620) is another kind of nurse (0610) than "registered nurse" asks for; "Psychiatric
    Nurse", of no series of its own, may be a registered one."""
    optional = vocabulary().optional
    own = named_occupation(k for k in f.role_keys if k not in optional)
    return own is not None and own != named_occupation(["=" + str(cq.head)])


def _needs(skill_keys: tuple[str, ...], specs: frozenset[str]) -> frozenset[str]:
    """The skills a posting must name one of to score above UNNAMED when a search names a skill
    that is no specialty or practice ("payments", "microservices": a kind of work): each skill
    and specialty asked, the skills that satisfy one (C# for .NET, PostgreSQL for SQL) and the
    specialties one implies (Bing: Search). Empty when the search names no such skill, or
    when one is a tool of a field of its own the title or a specialty asked names (spec_cues:
    Spark for "data engineer", Kubernetes for "sre" or "platform engineer"): the title says the
    job and the tools rank. A tool of a developer's kind of work (STACK_KINDS: PostgreSQL for
    "backend engineer", React for "frontend", Kafka for "microservices") says which stack: it
    is needed as any other skill is."""
    v = vocabulary()
    named = {
        m
        for s in skill_keys
        for m in skill_members(s)
        if m not in v.specialties and m not in v.practices
    }
    members = {m for s in skill_keys for m in skill_members(s)}
    cues = {m: v.cues.get(tuple(tokens(m))) for m in members}
    # the kinds of work asked: the title's, and those of its specialties ("microservices":
    # backend work, with Kafka a tool of it)
    asked = specs | {c[0] for m, c in cues.items() if c is not None and m not in named}
    if asked and any(
        (c := cues[m]) is not None
        and c[0] not in STACK_KINDS
        and _specs_meet(asked, frozenset([c[0]]))
        for m in named
    ):
        return frozenset()
    if not named:
        return frozenset()
    # One named is enough: a specialty asked, or one a skill asked implies, counts too.
    kinds = members - named
    implied = (s for m in named for s in v.implies.get(m, ()) if s in v.specialties)
    return frozenset(named).union(kinds, implied, *(v.accepts.get(m, frozenset()) for m in named))


def _sectors(skill_keys: tuple[str, ...], developer_work: bool, titled: bool) -> frozenset[str]:
    """The sectors and wanted specialties a search names (each skill asked all of whose members
    are wanted, Vocabulary.wanted: "fintech", "banking or gaming", "icu", "family law"; beside
    a developer's title alone a cloud platform, "python developer gcp", and, titled, a message
    broker, "java developer kafka") and the sectors that are a kind of one (Banking for
    Fintech): a posting must name one of them to score above UNNAMED.

    titled: a developer's title, whose broker is wanted unless a least number of the skills is
    asked (least: "java microservices kafka" takes a Java microservices posting naming no
    Kafka, which fresh3's judge grades 1) or a kind of work beside it says the job; "golang
    developer kafka" then asks no more than "golang kafka"."""
    v = vocabulary()
    members = {m for s in skill_keys for m in skill_members(s)}
    # the work said beside it ("kafka streaming engineer") says the job: the broker only ranks
    titled = titled and not least(skill_keys) and not members & (v.specialties | v.practices)
    asked = [
        m
        for s in skill_keys
        if all(v.wanted(m, developer_work) or (titled and m in v.brokers) for m in skill_members(s))
        for m in skill_members(s)
    ]
    return frozenset(asked).union(*(v.accepts.get(m, frozenset()) for m in asked))


def _wanted_kind(cq: Compiled) -> str:
    """What a search's wanted skills are called: "sectors" (fintech), "platforms" (GCP),
    "brokers" (Kafka) or "specialties" (ICU, payments: nearby sectors are not what was asked)."""
    v = vocabulary()
    asked = cq.sectors.intersection(m for s in cq.skill_keys for m in skill_members(s))
    if asked & v.sectors:
        return "sectors"
    if asked & v.platforms:
        return "platforms"
    return "brokers" if asked & v.brokers else "specialties"


def names_sector(cq: Compiled, found: Iterable[str]) -> bool:
    """Whether a posting with these skills names a sector the search asks for (or it asks none)."""
    return not cq.sectors or not cq.sectors.isdisjoint(found)


def tools(cq: Compiled) -> tuple[str, ...]:
    """The tools a search names: skills that are no language, specialty or practice."""
    v = vocabulary()
    return tuple(
        s
        for s in cq.skill_keys
        if not any(
            m in v.languages or m in v.specialties or m in v.practices for m in skill_members(s)
        )
    )


def _above_senior(levels: tuple[str, ...]) -> bool:
    """Whether every level asked is above senior (staff, lead, principal)."""
    return bool(levels) and all(RANK[x] > RANK["senior"] for x in levels)


def near_title_short(cq: Compiled, f: Features) -> bool:
    """Whether a posting's title meets a word of the search's title only through a neighbouring
    title word ("DevOps Engineer" for "platform engineer"; not a language's backend leaning) and
    the posting misses a tool the search names (an SRE naming Terraform alone is no "devops
    engineer aws terraform": fresh2 dev); or, for a practice beside a level (Compiled.shows),
    misses a word of it and a practice asked by name (Kafka shows distributed systems work only
    in part: a Senior Java Developer on Kafka is two parts short of "L5 software engineer
    distributed systems")."""
    named, absent = shortfall(cq)
    if not named or "title" not in cq.weights:
        return False
    return not tools_named(named, f, absent) and title_near_only(cq.plan, f, absent)


def shortfall(cq: Compiled) -> tuple[tuple[str, ...], bool]:
    """near_title_short's skills a posting must name, and whether a title word missing counts
    as a neighbour does."""
    named = tools(cq)
    return (named, False) if named or not cq.shows else (cq.shows, True)


def tools_named(
    named: tuple[str, ...],
    f: Features,
    by_name: bool = False,
    seen: dict[tuple[str, bool], bool] | None = None,
) -> bool:
    """Whether a posting names every one of these tools (near_title_short's skills half); by
    name or a kind of work that is it (distributed storage), not through a tool (Kafka).
    seen: each tool's verdict for this posting, kept by a caller asking of many tool sets."""
    if seen is None:
        seen = {}
    for s in named:
        found = seen.get((s, by_name))
        if found is None:
            found = seen[(s, by_name)] = _tool_named(s, f, by_name)
        if not found:
            return False
    return True


def _tool_named(skill: str, f: Features, by_name: bool) -> bool:
    """tools_named of one tool."""
    v = vocabulary()
    if by_name:
        return any(
            m in f.skills or bool(v.accepts.get(m, _NONE) & v.specialties & f.skills.keys())
            for m in skill_members(skill)
        )
    return bool(_skill_credit(skill, f.skills, v.languages))


def title_near_only(
    plan: tuple[tuple[str, float, int], ...], f: Features, absent: bool = False
) -> bool:
    """near_title_short's title half: a title word of this plan met only through a neighbour
    (or, absent, not at all); reads only fields of title_shape."""
    v = vocabulary()
    covered = _specialty_words(f.title_skills) if f.title_skills else _NONE
    keys = {k for k in f.title_keys if k not in covered and k not in v.generic}
    for key, _, kind in plan:
        if kind == _HEAD or key in keys:
            continue
        if absent and key not in f.title_keys:
            return True
        near = max((c for r, c in v.related.get(key, ()) if r in keys), default=0.0)
        # full credit is the word itself ("Backend Engineer" is a software engineer)
        if near and (_spec_credit(key, f, v.related, keys) if kind == _SPEC else near) < 1.0:
            return True
    return False


def names_needed(cq: Compiled, found: Iterable[str]) -> bool:
    """Whether a posting with these skills names one the search needs (or it needs none)."""
    return not cq.needs or not cq.needs.isdisjoint(found)


def _practices(skill_keys: tuple[str, ...]) -> bool:
    """Whether a search names an architecture or practice (skills.tsv flag "practice")."""
    practices = vocabulary().practices
    return any(m in practices for s in skill_keys for m in skill_members(s))


def _leanings(skills: tuple[str, ...]) -> frozenset[str]:
    """The specialisations a search's specialties lean to ("microservices": backend), so that a
    title naming another one ("Frontend Engineer") is lowered; the specialties stay as said. A
    business (payments) names what the work is for, not its kind: a payments SRE does it too."""
    v = vocabulary()
    found = (
        v.cues.get(tuple(tokens(s)))
        for s in skills
        if s.lower() in v.specialties and s.lower() not in v.businesses
    )
    return frozenset(cue[0] for cue in found if cue is not None) & TECH_SPECS


def _leans(skill_keys: tuple[str, ...]) -> frozenset[str]:
    """The fields of their own (OWN_FIELDS, testing, OPERATIONS) a search's skills lean to, any
    member of an any-of group counting: those spec_cues.tsv names them a cue of ("spark": data,
    "pytorch": ml, "kubernetes": devops)."""
    cues = vocabulary().cues
    found = (cues.get(tuple(tokens(m))) for s in skill_keys for m in skill_members(s))
    leans = frozenset(cue[0] for cue in found if cue is not None)
    # a specialty alone ("staff engineer payments") is work an SRE does too
    v = vocabulary()
    if all(m in v.specialties for s in skill_keys for m in skill_members(s)):
        leans |= OPERATIONS
    # the technology specialties asked: a title of a field of its own naming one ("Data
    # Engineer – Streaming" for "streaming engineer", "kafka streaming") is that work
    named = (m for s in skill_keys for m in skill_members(s) if m in v.tech_specialties)
    own = OWN_FIELDS | TESTING_LEANS | OPERATIONS | {SECURITY}
    return leans & own | {ASKED_SPEC + m for m in named}


def _head_credit(cq: Compiled, f: Features) -> float:
    """How far the posting's role noun is the one asked for: 1 same, 0 another job."""
    return _role_credit(cq.head, cq.specs & vocabulary().field_specs, f, bare_role(cq), cq.field)


def bare_role(cq: Compiled) -> bool:
    """Whether the search's title is its role noun alone ("nurse", not "registered nurse")."""
    return cq.head is not None and cq.title_keys.keys() == {"=" + cq.head}


def _role_credit(
    head: str | None,
    fields: frozenset[str],
    f: Features,
    bare: bool = False,
    field: str | None = None,
) -> float:
    """_head_credit for a role class, the fields (civil, electrical…) asked for and the
    search's field (its first title key before the role noun, Compiled.field).

    A role noun is also met by a title naming it before a rank of the same job ("Motor Vehicle
    Operator Supervisor"); a bare one ("nurse") also before a specialisation of it ("Nurse
    Practitioner"), a qualified one ("registered nurse") not. A neighbouring role noun linked
    only within a field counts when the title meets the field ("Computer Scientist" for
    "software engineer", not "Data Scientist" for "python developer").
    """
    if head is None or head == f.head or head in f.role_heads or (f.working and _working(head, f)):
        return 1.0
    if f.head is None:
        return 0.0  # no role noun: no credit for it, but no conflict either
    v = vocabulary()
    credit = v.head_rel.get((head, f.head), 0.0)
    if credit and (head, f.head) in v.field_rel and not _field_met(field, f):
        credit = 0.0
    if credit and (head, f.head) in v.plain_rel and own_kind(f):
        credit = 0.0
    compound = f.head in v.always_heads or (bare and f.head in v.compound_heads)
    if compound and "=" + head in f.role_keys:
        credit = max(credit, COMPOUND)  # "Nurse Practitioner", "Nurse Supervisor" for "nurse"
    same_field = fields & f.title_keys.keys() or fields & f.evidence
    if same_field and head in FIELD_HEADS and f.head in FIELD_HEADS:
        credit = max(credit, FIELD_HEAD)
    return credit


def own_kind(f: Features) -> bool:
    """Whether the part of a posting's title naming the role names a kind of it before the role
    noun ("IT Auditor", "Energy Auditor"; not "Senior Auditor, Assurance")."""
    optional = vocabulary().optional
    return any(k[:1] != "=" and k not in optional for k in f.role_keys)


def _neighbour(cq: Compiled, f: Features) -> bool:
    """Whether the posting's role noun is linked to the search's only as a neighbour in its
    field, another job of it ("Data Scientist" for "data engineer"; not "Computer Scientist" for
    "software engineer", which does the same work: Vocabulary.same_job)."""
    if cq.head is None or cq.head == f.head or cq.head in f.role_heads:
        return False
    if "=" + cq.head in f.role_keys:  # "General Engineer-Physical Scientist": it names both
        return False
    fields = vocabulary().same_job.get((cq.head, str(f.head)))
    return fields is not None and cq.field not in fields


def _field_met(field: str | None, f: Features) -> bool:
    """Whether the posting's title names the search's field or a word as good as it."""
    if field is None:
        return False
    keys = f.title_keys
    return field in keys or any(
        c >= COMPATIBLE for r, c in vocabulary().related.get(field, ()) if r in keys
    )


def developer_role(f: Features, leans: frozenset[str]) -> bool:
    """Whether a search of skills alone ("golang k8s": a developer using them), or of a
    developer's role noun and skills ("python developer", "developer": Compiled.developer), fits
    the role:
    not another job ("Civil Engineer", "Sales Engineer": another field, not software; a sales
    or support engineer naming a language too, SERVING), nor a
    field of its own (OWN_FIELDS) unless the search's skills lean to it (Compiled.leans:
    "pytorch" takes a Machine Learning Engineer, "python or java" does not), operations or
    security alone (OPERATIONS_NAMED, SECURITY). A machine learning
    scientist builds models as its engineer does: "pytorch" takes an Applied Scientist too."""
    own = own_fields(f)
    models = f.head == "scientist" and "ml" in own & leans
    if f.head is not None and not models and not _role_credit("eng", _NONE, f):
        return False
    if (f.other_specs and not f.software) or f.role_keys & SERVING:
        return False
    if f.role_keys & TESTING and not leans & TESTING_LEANS:
        return False
    if operations_role(f, leans) or (security_role(f) and SECURITY not in leans):
        return False
    return not own or bool(own & leans) or any(ASKED_SPEC + s in leans for s in f.title_skills)


def operations_role(f: Features, leans: frozenset[str]) -> bool:
    """Whether the title's role is operations (OPERATIONS: "Site Reliability Engineer"; a cloud
    engineer, CLOUD_RUN) and no developer's ("Platform Software Engineer", "Cloud Developer" are
    ones), for a developer search whose skills do not lean to it."""
    role = f.role_keys
    named = bool(f.tech_specs & OPERATIONS_NAMED) and f.tech_specs <= OPERATIONS
    own = bool(role & OPERATIONS) and SOFTWARE not in role
    cloud = f.tech_specs & role == CLOUD_RUN and SOFTWARE not in role
    cloud = cloud and not WRITERS.intersection(f.title_words)
    return (own or named or cloud) and not leans & OPERATIONS


def security_role(f: Features) -> bool:
    """Whether the title's role is security work alone ("Security Engineer", "Application
    Security Engineer"), no "software" or other kind of software work in it."""
    role = f.role_keys
    return SECURITY in role and SOFTWARE not in role and f.tech_specs & role == {SECURITY}


def _tester(cq: Compiled, f: Features) -> bool:
    """Whether the posting's role is testing (TESTER) and the search a software one asking for
    no testing ("sde ii", "software engineer"; not "software engineer in test", "sdet")."""
    return (
        SOFTWARE in cq.title_keys
        and bool(f.role_keys & TESTING)
        and not cq.title_keys.keys() & TESTING_LEANS
    )


def own_fields(f: Features) -> frozenset[str]:
    """The fields of their own (OWN_FIELDS) a title's role names, when it names only these and
    no "software" ("Data Engineer", "Machine Learning Scientist"; not "Software Engineer, ML")."""
    role = f.role_keys
    specs = f.tech_specs & role
    if specs and specs <= OWN_FIELDS and SOFTWARE not in role:
        return specs
    return _NONE


def _spec_credit(
    key: str,
    f: Features,
    related: dict[str, list[tuple[str, float]]],
    keys: Container[str] | None = None,
) -> float:
    """Credit for a query specialisation: in the title (keys: its keys that name the job, see
    _specialty_words), related, or shown by the text."""
    keys = f.title_keys if keys is None else keys
    if key in keys:
        return 1.0
    credit = max((c for r, c in related.get(key, ()) if r in keys), default=0.0)
    # a stack kind names the kind of work wherever the title says it ("Software Engineer II –
    # Full Stack"), never a team or product
    near = [r for r, c in related.get(key, ()) if c == credit]
    if credit and not any(r in f.role_keys or (r in STACK_KINDS and r in keys) for r in near):
        credit *= OUTSIDE_ROLE  # "Staff Engineer, Commerce Platform": a product, not the job
    if credit >= COMPATIBLE or key not in TECH_SPECS or f.role_words & f.tech_specs:
        return credit  # the role word names a speciality ("QA Engineer"): the text cannot help
    domains = vocabulary().domains
    for spec in f.tech_specs - _near(key):
        if spec in f.role_keys or spec not in domains:
            return credit  # the title names another speciality: the text cannot override it
    if key in f.evidence:
        return max(credit, EVIDENCE_CREDIT)
    if key in f.mentions:
        default = key in _BACKEND and not f.title_skills
        return max(credit, EVIDENCE_CREDIT if default else MENTION_CREDIT)
    return credit


@lru_cache(maxsize=4096)
def _specialty_words(title_skills: frozenset[str]) -> frozenset[str]:
    """The words of a technology specialty of several words a posting's title names that are
    not the kind of work it is ("Data Platform Engineer": platform, its data the work; every
    word of "Distributed Systems Engineer"): the specialty's words, not a role's, so that they
    give no credit for a search's title word ("platform engineer", "systems engineer")."""
    v = vocabulary()
    words: set[str] = set()
    for skill in title_skills & v.tech_specialties:
        said = tokens(v.skill_names[skill])
        if len(said) > 1:
            cue = v.cues.get(tuple(said))
            words.update(w for w in said if cue is None or w != cue[0])
    return frozenset(words)


def _teams(f: Features) -> frozenset[str]:
    """The domains a title names after the part naming the role, and not in it: the team or
    product ("Software Engineer, Payments Platform", "Go Engineer, Kafka Platform"), not the
    kind of job, so no credit for a search's title word ("platform engineer"); the text may
    still show the work. Only for engineers and developers: a specialist's parenthesis names
    the job ("IT Specialist (Network)", house styles of federal titles)."""
    if not f.role_keys or f.head != "eng":
        return _NONE
    return frozenset(k for k in f.title_keys if k in vocabulary().domains) - f.role_keys


def _same_head(cq: Compiled, f: Features) -> str | None:
    """The search's role class when the posting's title names the same one (its fields' kin
    count there: "Data Scientist" for "machine learning scientist", no Machine Learning
    Engineer for "data scientist"), else None."""
    return cq.head if cq.head is not None and cq.head == f.head else None


@lru_cache(maxsize=256)
def related_under(head: str | None) -> dict[str, list[tuple[str, float]]]:
    """The related specialisations (Vocabulary.related) for a search of this role class, with
    the fields naming the same job before its role noun (Vocabulary.kin) credited KIN."""
    v = vocabulary()
    kin = {k: others for (h, k), others in v.kin.items() if h == head}
    if not kin:
        return v.related
    related = dict(v.related)
    for key, others in kin.items():
        related[key] = [*related.get(key, ()), *((o, KIN) for o in sorted(others))]
    return related


@lru_cache(maxsize=256)
def _near(key: str) -> frozenset[str]:
    """Specialisations close enough to key that a title naming them leaves room for the text."""
    v = vocabulary()
    near = {r for r, c in v.related.get(key, ()) if c >= NEAR}
    near |= {r for r in v.related_to.get(key, _NONE) if dict(v.related[r]).get(key, 0.0) >= NEAR}
    return frozenset(near)


def _software(f: Features) -> bool:
    """Whether the posting is a software job: by the part of its title naming the role
    ("Aerospace Engineer, Flight Systems" is not), a skill in the title, or its text (the kind
    of work it shows: a domain it names, the cloud of "FastTrack Engineer" onboarding Azure
    customers, is none)."""
    if own_fields(f):
        return False  # "Data Engineer": a field of its own, whatever tools its title names
    role = f.role_keys
    if SOFTWARE not in role and f.tech_specs & role and f.tech_specs & role <= NOT_WRITING:
        return False  # "Cloud Engineer II (AWS)": operating the cloud, not writing for it
    if f.tech_specs & role or SOFTWARE in role or f.title_skills:
        return True
    return not role & SERVICED and bool(f.evidence & TECH_SPECS - vocabulary().domains)


class TitleBase(NamedTuple):
    """The title score's parts that depend only on the query's title words, not its skills."""

    score: float  # before the rival-skills penalty, the gate and the fuzzy factor
    gate: float
    factor: float  # the fuzzy title factor
    recall: float
    precision: float
    credits: tuple[float, ...]
    penalties: tuple[str, ...]
    series: str = ""  # the occupational series whose title scored (below the posting's title)
    occupation: Features | None = None  # ... and that title's features


NO_TITLE = TitleBase(0.0, 1.0, 1.0, 0.0, 0.0, (), ())  # no title word in common


def title_base(
    cq: Compiled,
    f: Features,
    memo: TitleMemo | None = None,
    own: bool = True,
    head: float | None = None,
) -> TitleBase:
    """Title similarity before the skill-dependent penalty (the same for every cq.title_id):
    the posting's title's, or SERIES_CREDIT of its declared occupation's best title's when
    that is higher ("Special Agent" in series 1811 for "criminal investigator").

    With a memo (the fast path) the key credits are shared through it and the base carries
    no credits or penalties: only the numbers. own=False: the caller knows the posting's own
    title shares no word with the search's (it would score nothing). head: _head_credit(cq, f)
    when the caller knows it.
    """
    base = _title_base(cq, f, memo, head) if own else NO_TITLE
    if not f.series:
        return base
    lowered = _as_another_occupation(cq, f, base, memo)
    if lowered is not None:
        return lowered
    if not base.score and _another_occupation(cq, f):
        return base  # its occupation's titles are another occupation's, not the one named
    best = base.score * base.gate * base.factor
    if memo is None:
        titles = occupation_titles(f)
    elif memo.occupations is None:
        titles = memo.occupations = occupation_titles(f)
    else:
        titles = memo.occupations
    for code, alt in titles:
        if memo is not None:
            bound, other = _alt_base(cq, alt)
        else:
            bound, other = _alt_bound(cq, alt), None
        if not bound or bound + _SLACK <= best:
            continue  # it cannot do better
        if other is None:
            other = _title_base(cq, alt, None)
        score = SERIES_CREDIT * other.score
        role = _another_role(f, code, alt)
        if role:
            cap = UNRANKED if role.startswith(_UNRANKED) else ANOTHER_ROLE
            score = min(score, cap / (other.gate * other.factor or 1.0))
        if score * other.gate * other.factor > best:
            best = score * other.gate * other.factor
            noted = (*other.penalties, role) if role and memo is None else other.penalties
            base = other._replace(score=score, series=code, occupation=alt, penalties=noted)
    return base


def own_title_base(
    cq: Compiled, f: Features, memo: TitleMemo | None = None, head: float | None = None
) -> TitleBase:
    """title_base where the caller knows no title of the declared occupation shares a word."""
    base = _title_base(cq, f, memo, head)
    lowered = _as_another_occupation(cq, f, base, memo) if f.series else None
    return base if lowered is None else lowered


def _as_another_occupation(
    cq: Compiled, f: Features, base: TitleBase, memo: TitleMemo | None
) -> TitleBase | None:
    """The posting's own title's base lowered to OTHER_OCCUPATION where it declares only another
    occupation than the one the search names; None where it does not."""
    if not base.score or not _another_occupation(cq, f):
        return None
    penalties = () if memo is not None else (*base.penalties, _other_note(cq, f))
    return base._replace(score=OTHER_OCCUPATION * base.score, penalties=penalties)


def _another_occupation(cq: Compiled, f: Features) -> bool:
    """Whether the search names one occupation's title and the posting declares only other
    series, none of whose titles has every word of it ("Practical Nurse" in 0620 has "nurse")."""
    if cq.occupation is None or cq.occupation in f.series:
        return False
    if specialty_said(f.series, f.title_keys, cq.title_keys):
        return False  # "Forestry Technician (Fire)": the series' wildland firefighter
    operating = cq.query.title[-1:] == ("operator",) and _trade(cq.occupation)
    if operating and all(_trade(code) for code in f.series):  # "Handler (Forklift Operator)"
        return False
    keys = cq.title_keys.keys()
    if _specialty_of_its_trade(keys, f):
        return False
    return not any(_names_it(alt, keys) for _, alt in declared(f.series))


def _names_it(alt: Features, keys: Iterable[str]) -> bool:
    """Whether an occupation's title has every word of the search and, before its role noun,
    a word the search says: "Medical Records Technician" (0675) is no "medical technician"
    (0645) and "Tax Law Specialist" (0987) no "tax specialist" (0526), while "Practical Nurse"
    is a nurse and "Animal Health Technician" a health technician."""
    asked = set(keys)
    if not alt.title_keys.keys() >= asked:
        return False
    words = alt.title_words
    v = vocabulary()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in v.heads), None)
    if at is None or at == 0 or len(asked) < 2:
        return True
    return v.key(words[at - 1]) in asked


def _specialty_of_its_trade(keys: Iterable[str], f: Features) -> bool:
    """Whether the posting's title is its series' title with the search's words saying which kind
    ("HVAC Electronics Mechanic" in 2604 for "hvac mechanic"): every word of the search, and every
    word of a title of its series sharing the search's role noun. A title only as long as the
    search's says no kind ("Electro-Machinist (Machinist)" stays another occupation), nor do words
    in brackets or after the role noun ("Loan Specialist (Realty)" is no realty specialist)."""
    asked = set(keys)
    heads = {k for k in asked if k.startswith("=")}
    own = f.role_keys  # the part naming the role: not words in brackets or after it
    if not heads or not asked <= own:
        return False
    for code, alt in declared(f.series):
        theirs = alt.title_keys.keys()
        # a trade's: "Personnel Security Specialist" (0080) is no kind of personnel specialist
        if _trade(code) and heads <= theirs and theirs <= own and not asked <= theirs:
            return True
    return False


def _trade(code: str) -> bool:
    """Whether a federal occupational series is a trade of the Federal Wage System (2500 and up:
    electricians, mechanics, warehouse and equipment operators). Operating equipment is a duty
    other trades do too, their titles naming it in brackets (*Tools and Parts Attendant
    (Forklift Operator)*, 6904 doing 5704's work); a trade itself is no duty (*Electro-Machinist
    (Machinist)* stays another occupation than 3414 Machining)."""
    return code.isdigit() and int(code) >= 2500


def _other_note(cq: Compiled, f: Features) -> str:
    """Why a posting of another occupation is lowered, naming both series."""
    assert cq.occupation is not None
    theirs = ", ".join(occupation_series(c) for c in f.series)
    return f"the posting is {theirs}, not {occupation_series(cq.occupation)} that you named"


# (title id, id of an occupation title's features) -> its title base, numbers only: the same for
# every posting declaring the series, so shared by all of them (cleared when full). The features
# live as long as the process (features.occupation keeps every series').
_ALT_BASES: dict[tuple[TitleId, int], tuple[float, TitleBase | None]] = {}
ALT_BASES = 100_000
# id of an occupation title's features -> its TitleMemo, shared by every search scoring it as a
# posting's own title's memo is (_PostingTitle and key credits worked out once, not per search).
_ALT_MEMOS: dict[int, TitleMemo] = {}


def _alt_base(cq: Compiled, alt: Features) -> tuple[float, TitleBase | None]:
    """_alt_bound and the _title_base (numbers only) of a declared occupation's title, worked
    out once."""
    key = (cq.title_id, id(alt))
    found = _ALT_BASES.get(key)
    if found is None:
        if len(_ALT_BASES) >= ALT_BASES:
            _ALT_BASES.clear()
            _ALT_MEMOS.clear()
        bound = _alt_bound(cq, alt)
        memo = _ALT_MEMOS.get(key[1]) if bound else None
        if bound and memo is None:
            memo = _ALT_MEMOS[key[1]] = TitleMemo()
        found = _ALT_BASES[key] = (bound, _title_base(cq, alt, memo) if memo else None)
    return found


def _alt_bound(cq: Compiled, alt: Features) -> float:
    """The most a declared occupation's title can score (the index's bound: the words it
    shares), 0 if it shares none."""
    shared = sum(w for k, w in cq.title_keys.items() if "t:" + k in alt.keys)
    if not shared:
        return 0.0
    return SERIES_CREDIT * (RECALL_SHARE * shared / cq.title_total + 1 - RECALL_SHARE)


def occupation_titles(f: Features) -> list[tuple[str, Features]]:
    """(series code, title features) of the titles of the posting's declared
    occupation that title_base scores: none when its title names its own specialisation of the
    role (_says_enough), nor one its title says and more ("Nurse" for "Nurse Practitioner")."""
    alts = declared(f.series)
    if not alts or _says_enough(f, alts):
        return []
    own = f.title_keys.keys()
    return [(c, alt) for c, alt in alts if not alt.title_keys.keys() <= own]


# The role classes of a rank ("Human Resources Manager" in 0201), and the title keys saying one
_RANKS = frozenset({"manager", "director"})
_RANKED = frozenset({"=manager", "=director", "supervisory", "chief"})
_UNRANKED = "its title names no"


def _rank_unasked(cq: Compiled, f: Features) -> bool:
    """Whether the title names a rank of the job ("Lead Nurse", "Supervisory Attorney") a search
    naming no level nor rank did not ask for."""
    if cq.ranks or cq.head != f.head or f.head in _RANKS:  # a lead manager is a manager
        return False
    ranked = _RANKED & f.title_keys.keys()
    return bool(ranked or f.seniority == "lead") and not ranked & cq.title_keys.keys()


def _another_role(f: Features, code: str, alt: Features) -> str:
    """Why a title of the posting's series (code) names another role than its own title does, ""
    when it does not: the series says what a posting is where its title says less ("Pharmacy
    Technician" in 0660 is no pharmacist, "Special Agent" in 0083 no police officer). A title
    naming one of its series' titles is that occupation ("Special Agent" in 1811 a criminal
    investigator, "Lineman Foreman" in 2810 a high voltage electrician), not another series'
    ("Pro Se Staff Attorney" in 0905 and 0343 is no management analyst), nor of a rank it does
    not say: an "HR Specialist" of 0201 is no human resources manager, a Supervisory one is."""
    if f.head is None or alt.head == f.head:
        return ""
    own = f.title_keys.keys()
    named = {c for c, a in declared(f.series) if a.title_keys.keys() <= own}
    if not named or code not in named:
        theirs = " ".join(alt.title_words)
        return f'its title names another role ({f.head}) than its series\' "{theirs}"'
    if alt.head in _RANKS and not _RANKED & own:
        return f"{_UNRANKED} {alt.head}'s rank"
    return ""


def _says_enough(f: Features, alts: tuple[tuple[str, Features], ...]) -> bool:
    """Whether the part of the posting's title naming the role names a specialisation none of
    its occupation's titles names, with their role noun or none: "Product Manager" or "Product
    Lead" in series 0340 (Program Manager) is a product job, whatever the series calls it
    ("Clinical Coordinator" in 0610 Nurse names another role noun: the series says more)."""
    own = f.role_keys & vocabulary().specs
    if not own or any(own & alt.role_keys for _, alt in alts):
        return False
    return f.head is None or any(alt.head == f.head for _, alt in alts)


def _title_base(
    cq: Compiled, f: Features, memo: TitleMemo | None, head: float | None = None
) -> TitleBase:
    """title_base for one title."""
    own = _posting_title(f) if memo is None else memo.posting or _posting_title(f, memo)
    related = related_under(_same_head(cq, f))
    matched = 0.0
    spec_hit = tech_hit = 0.0
    head_credit = _head_credit(cq, f) if head is None else head
    title_keys = f.title_keys
    explain = memo is None
    # A key's credit with the kin (title_kin.tsv) counts only for searches of the title's role
    # noun: kept apart from its credit for any other search of the same title shape.
    known = {} if memo is None else memo.keys if related is own.related else memo.kin
    credits: list[float] = []
    unmet = ""  # the field or inner key the title gives no credit
    specific = False  # the title credits the field or inner key that is not cq.spare
    field = cq.field if cq.field != SOFTWARE or not own.software else None
    role_keys = own.role_keys
    inner = cq.inner if cq.inner != SOFTWARE or not own.software else None
    for key, weight, kind in cq.plan:
        if kind == _HEAD:
            credit = head_credit
        elif key in role_keys:
            credit = 1.0
        else:  # a key's kind is the same in every query unless it is the role noun (_HEAD)
            found = known.get(key)
            if found is None:
                if kind == _SPEC:
                    found = _spec_credit(key, f, related, role_keys)
                else:
                    pairs = related.get(key, ())
                    found = max((c for r, c in pairs if r in role_keys), default=0.0)
                known[key] = found
            credit = found
        if kind == _SPEC and credit > spec_hit:
            spec_hit = credit
        if kind == _SPEC and credit > tech_hit and key in cq.tech_specs:
            tech_hit = credit
        if not credit and (key == field or (key == inner and _names_another(cq, f))):
            unmet = key
        elif credit and cq.spare and key in (cq.field, cq.inner) and key != cq.spare:
            specific = True
        matched += weight * credit
        if explain:
            credits.append(credit)
    if not matched:
        return NO_TITLE
    if specific and unmet == cq.spare:  # "Residential HVAC Technician": no "service" needed
        unmet = ""
    recall = matched / cq.title_total
    explained = total = 0.0
    own_head = own.head if head_credit else ""
    full, near = cq.explains
    for key, weight in own.items:
        total += weight
        if key in full or key == own_head:
            explained += weight
        elif key in near:
            explained += weight * 0.6
    bare = cq.developer or (not cq.skill_keys and bare_role(cq))
    tools = _title_tools(cq, f) if bare and f.title_skills else None
    # "Full Stack Developer (JavaScript)" for "javascript developer": the asked tool's work
    if tools:
        explained += sum(w for k, w in title_keys.items() if k in TECH_SPECS and k not in full)
    precision = min(1.0, explained / total) if total else 1.0
    score = RECALL_SHARE * recall + (1 - RECALL_SHARE) * precision
    penalties: list[str] = []
    gate = 1.0
    if tools is False and not _rival_skills(cq, f):  # a rival's is SKILL_CONFLICT (_title)
        unnamed = _tools_unnamed(cq, f)
        score *= SKILL_CONFLICT if unnamed else OTHER_TOOLS  # unnamed: as a rival's
        if explain:
            penalties.append("the title names other tools than yours")
            if unnamed:
                penalties.append("the posting never names your tools, only ones meeting them")
    if not head_credit and f.head is not None:
        gate = HEAD_CONFLICT
        if explain:
            penalties.append(f"different role ({f.head})")
    elif cq.specs and (f.role_words or f.working) and _role_conflict(cq, f):  # else none
        gate = ROLE_CONFLICT
        if explain:
            penalties.append(f"different role ({' '.join(sorted(f.role_words))} {f.head})")
    if _tester(cq, f):
        gate *= ROLE_CONFLICT
        if explain:
            penalties.append(TESTER)
    if head_credit and _neighbour(cq, f):
        gate *= NEIGHBOUR
        if explain:
            penalties.append(f"another job of the field ({f.head})")
    # "program" is no other field for "program manager cloud", nor "network" for a security
    # engineer of an "IT Specialist (NETWORK/INFOSEC)": the title names the search's speciality
    other_fields = (
        f.other_specs - cq.title_keys.keys()
        if cq.tech and own.other_fields and not cq.tech_specs & f.tech_specs
        else _NONE
    )
    if other_fields:
        gate *= FIELD_CONFLICT
        if explain:
            penalties.append(f"different field ({', '.join(sorted(other_fields))})")
    elif (
        cq.tech_specs
        and (specs := own.specs)  # "Java Engineer, Trading Systems": a team
        and not _specs_meet(cq.tech_specs, specs | f.evidence, _same_head(cq, f))
    ):
        gate *= SPEC_CONFLICT
        if explain:
            penalties.append(f"different speciality ({', '.join(sorted(specs))})")
    elif cq.specs and spec_hit < COMPATIBLE - 0.1 and not (specific and cq.specs <= {cq.spare}):
        score *= SPEC_MISSING
        if explain and (said := _text_said(cq, f)):  # as the reason says (_title_aside)
            penalties.append(f"{'/'.join(said)} only mentioned in the text, not the title")
        elif explain:
            penalties.append(f"no {'/'.join(sorted(cq.specs))} in the title or text")
    elif cq.specs - cq.tech_specs and cq.tech_specs & cq.specs and not tech_hit:
        # "program manager cloud": the job met, the kind of work it asks named nowhere
        score *= SPEC_MISSING
        if explain:
            asked = "/".join(sorted(cq.tech_specs & cq.specs))
            penalties.append(f"no {asked} in the title or text")
    elif (  # "kafka microservices engineer": a software title, or text showing the leaning
        cq.tech_specs
        and not cq.specs
        and not f.software
        and not cq.tech_specs & (f.evidence | f.mentions)
    ):
        score *= SPEC_MISSING
        if explain:
            penalties.append(f"no {'/'.join(sorted(cq.tech_specs))} in the title or text")
    if cq.head is None and f.head in LEADS and not cq.title_keys.keys() & f.role_keys:
        score *= LEADING
        if explain:
            penalties.append(f"a {f.head} of it, not the job itself")
    if score > RANK_KEPT and head_credit == 1.0 and _rank_unasked(cq, f):
        score = max(RANK_KEPT, score * RANK_UNASKED)
        if explain:
            penalties.append("a rank above the job you asked for")
    if cq.opposites and cq.opposites & title_keys.keys():
        score *= OPPOSITE
        if explain:
            penalties.append(f"opposite ({', '.join(sorted(cq.opposites & title_keys.keys()))})")
    ratio = memo.ratios.get(cq.title_text) if memo is not None else None
    if ratio is None:
        ratio = fuzz.token_set_ratio(cq.title_text, f.title_text)
    factor = 0.85 + 0.15 * ratio / 100
    if unmet:  # the title part becomes at most FIELD_TITLE + a tenth of itself, never more
        title = score * gate * factor
        gate *= FIELD_MISSING
        score = min(title, FIELD_TITLE + title / 10) / (gate * factor)
        if explain:
            penalties.append(f'no "{unmet}" in the title: another job')
    # tuple.__new__ skips the named tuple's Python-level constructor: this runs very often.
    fields = (score, gate, factor, recall, precision, tuple(credits), tuple(penalties), "", None)
    return tuple.__new__(TitleBase, fields)


class TitleMemo:
    """What title_base works out for postings of one title shape: the credit of each key
    (with the kin of the title's role noun apart: kin) and the declared occupation's titles it
    scores."""

    __slots__ = ("keys", "kin", "occupations", "posting", "ratios")

    def __init__(self) -> None:
        """Start empty."""
        self.keys: dict[str, float] = {}
        self.kin: dict[str, float] = {}  # credits for searches of the title's role noun
        # search title text -> token_set_ratio with the title's text, worked out for many
        # titles in one call (Matcher._title_parts) rather than one call a title
        self.ratios: dict[str, float] = {}
        self.occupations: list[tuple[str, Features]] | None = None  # occupation_titles
        self.posting: _PostingTitle | None = None  # _posting_title


class _PostingTitle(NamedTuple):
    """What _title_base reads of a posting alone, the same for every title it scores: worked
    out once per title shape (kept in its TitleMemo), not once per title."""

    related: dict[str, list[tuple[str, float]]]  # Vocabulary.related (related_under(None))
    software: bool  # _software
    role_keys: Mapping[str, float]  # the title keys less the specialty's and team's words
    items: tuple[tuple[str, float], ...]  # the title keys and weights, in order
    head: str  # "=" + the posting's role noun ("" without)
    other_fields: bool  # whether other fields can conflict: other_specs and not software
    specs: frozenset[str]  # its specialities less the team's (_teams)


def _posting_title(f: Features, memo: TitleMemo | None = None) -> _PostingTitle:
    """_PostingTitle of a posting, kept in the memo when given."""
    title_keys = f.title_keys
    teams = _teams(f)
    covered = _specialty_words(f.title_skills) if f.title_skills else _NONE
    covered |= teams
    role_keys = (
        title_keys if not covered else {k: w for k, w in title_keys.items() if k not in covered}
    )
    found = _PostingTitle(
        vocabulary().related,
        _software(f),
        role_keys,
        tuple(title_keys.items()),
        "=" + f.head if f.head is not None else "",
        bool(f.other_specs and not f.software),
        f.tech_specs - teams,
    )
    if memo is not None:
        memo.posting = found
    return found


TitleShape = tuple[object, ...]


def title_shape(f: Features) -> TitleShape:
    """Every posting field title_base reads, in order: postings alike here share title scores."""
    return (
        f.head,
        f.role_heads,
        tuple(f.title_keys.items()),
        f.title_text,
        f.role_words,
        f.working,
        f.role_keys,
        f.tech_specs,
        f.other_specs,
        f.software,
        f.series,
        f.title_skills,  # _specialty_words
        f.seniority,  # _rank_unasked
        bool(WRITERS.intersection(f.title_words)),  # operations_role
        accepted_skills(f),  # the text's from here on: see untold_shape
        f.evidence,
        f.mentions,
    )


def untold_shape(shape: TitleShape) -> TitleShape:
    """A title shape less what the text shows (accepted skills, evidence, mentions): all a
    title reads when reads_text() is false."""
    return shape[:-3]


def reads_text(cq: Compiled) -> bool:
    """Whether title_base of this title can read the text's evidence or mentions: through a
    software field (_software), its tech specialisations (_specs_meet, SPEC_MISSING), a tech
    specialisation's credit (_spec_credit) or a field's role credit (_role_credit)."""
    return bool(
        cq.tech_specs
        or cq.field == SOFTWARE
        or _asks_accepted(cq)  # _tools_unnamed
        or cq.specs & vocabulary().field_specs
        or any(kind == _SPEC and key in TECH_SPECS for key, _, kind in cq.plan)
    )


def _asks_accepted(cq: Compiled) -> bool:
    """Whether a search asks a skill that others satisfy (SQL: PostgreSQL), so _tools_unnamed
    can read the text."""
    accepts = vocabulary().accepts
    return any(m in accepts for s in cq.skill_keys for m in skill_members(s))


def _title(cq: Compiled, f: Features, notes: list[str] | None) -> tuple[float, float]:
    """Title similarity 0..1 on normalised titles, with penalties for another kind of job."""
    base = title_base(cq, f)
    if not base.score:
        if notes is not None:
            notes.append(base.penalties[0] if base.penalties else "no title word in common")
        return 0.0, 1.0
    score = base.score
    rival = _rival_skills(cq, f)
    if rival:
        score *= SKILL_CONFLICT
    server_elsewhere = _server_elsewhere(cq, f)
    if server_elsewhere:
        score *= CLIENT_ONLY
    score *= base.gate
    score *= base.factor
    if notes is not None:
        words = ", ".join(matched_words(cq, base.occupation or f)) or "nothing exactly"
        if base.occupation is not None:
            notes.append(
                f"the posting's title says less than its {occupation_series(base.series)},"
                f" whose titles count {SERIES_CREDIT:.0%} of a title's"
            )
        whose = "occupation" if base.occupation else "posting"
        notes.append(
            f"the {whose}'s title has {words}; {_words_found(cq, base.credits, base.recall)};"
            f" {base.precision:.0%} of its title is what you asked for"
        )
        notes.extend(f"lowered: {p}" for p in base.penalties)
        if rival:
            notes.append("lowered: the title names other skills than yours")
        if server_elsewhere:
            notes.append("lowered: a full-stack role whose posting names no server side")
    return score, base.gate


def _server_elsewhere(cq: Compiled, f: Features) -> bool:
    """Whether a full-stack title meets a backend search of languages by its client alone: its
    posting shows no server side ("Full Stack Engineer" on React and Tailwind for "javascript
    backend"; one on Node.js or Java and PostgreSQL is a full-stack match)."""
    return servers_wanted(cq) and fullstack_servers(f) is False


def servers_wanted(cq: Compiled) -> bool:
    """Whether a search is a backend search of languages, which takes a full-stack role only
    with a server side (_server_elsewhere)."""
    return bool(cq.languages) and "backend" in cq.specs


def fullstack_servers(f: Features) -> bool | None:
    """Whether a full-stack title's posting asks for server-side skills (FULLSTACK_SERVERS, more
    than as a nice-to-have); None for any other title, one naming backend too among them."""
    keys = f.title_keys
    if "fullstack" not in keys or "backend" in keys:
        return None
    return any(s in FULLSTACK_SERVERS and w > OPTIONAL_SKILL for s, w in f.skills.items())


def _words_found(cq: Compiled, credits: Sequence[float], recall: float) -> str:
    """How far the title has each title word of the search: "your title words: data ✓,
    engineer ✓", "your title word nurse 80%"; a role implied by skills alone ("backend golang")
    as such; with several met in part, their share by weight."""
    v = vocabulary()
    typed = {v.key(w): w for w in reversed(cq.query.title)}  # the first word of each key
    words = [
        typed.get(key) or f"{_ROLE_NAMES.get(key, key.lstrip('='))} (implied)"
        for key, _, _ in cq.plan
    ]
    if len(words) == 1:
        return f"your title word {words[0]} {'✓' if credits[0] >= 1.0 else f'{credits[0]:.0%}'}"
    marks = ["✓" if c >= 1.0 else f"{c:.0%}" if c else "✗" for c in credits]
    said = ", ".join(f"{w} {m}" for w, m in zip(words, marks, strict=True))
    share = f" ({recall:.0%} by weight)" if any(m != "✓" for m in marks) else ""
    return f"your title words: {said}{share}"


_ROLE_NAMES = {"=eng": "engineer or developer"}  # an implied role noun, as said


def occupation_series(code: str) -> str:
    """A series as reasons name it: "occupation series 1811 Criminal Investigation"."""
    return f"occupation series {code} {vocabulary().series[code][0]}"


def matched_words(cq: Compiled, f: Features) -> list[str]:
    """The posting's title words that the query's title words account for, in title order."""
    v = vocabulary()
    full, near = cq.explains
    own = "=" + f.head if f.head is not None and _head_credit(cq, f) else ""
    words = [w for w in f.title_words if (k := v.key(w)) in full or k in near or k == own]
    return list(dict.fromkeys(v.shown(w) for w in words))


def _tools_unnamed(cq: Compiled, f: Features) -> bool:
    """Whether a posting never names a tool asked, only one satisfying it ("Java Developer" on
    Oracle for "sql developer": a Java developer's job, which uses a database). Reads only
    accepted_skills(f), a part of title_shape."""
    accepts = vocabulary().accepts
    asked = {m for s in cq.skill_keys for m in skill_members(s)}
    found = accepted_skills(f)
    if not found or not asked or asked & found or not asked <= accepts.keys():
        return False  # a tool others satisfy asked alone (SQL, .NET): accepted_skills has each
    return any(accepts[m] & found for m in asked)


@cache
def _accepting() -> frozenset[str]:
    """Every skill that is satisfied by others or satisfies one (Vocabulary.accepts)."""
    accepts = vocabulary().accepts
    return frozenset(accepts).union(*accepts.values())


def accepted_skills(f: Features) -> frozenset[str]:
    """The posting's skills that satisfy or are satisfied by others, for a title naming tools
    (_tools_unnamed); none for a title naming none."""
    if not f.title_skills:
        return _NONE
    return _accepting().intersection(f.skills)


def _title_tools(cq: Compiled, f: Features) -> bool | None:
    """For a developer's search of skills ("kubernetes engineer") or a role noun alone
    ("engineer"): False when the posting's title names only other tools than asked ("Java/Spring
    Developer": more than asked, as "software" is in a "Software Engineer"); True when it names
    one asked (or accepted for it) that leans to no kind of work; else None."""
    v = vocabulary()
    named = f.title_skills - v.specialties  # "Platform Engineer (Distributed Systems)": no tool
    if not named:
        return None
    asked = {m for s in cq.skill_keys for m in skill_members(s)}
    if asked and asked <= v.specialties:  # "staff engineer payments": no tool asked
        return None
    implied = named | {i for t in named for i in v.implies.get(t, ())}
    met = {m for m in asked if (v.accepts.get(m, _NONE) | {m}) & implied}
    if not met:
        return False
    # a skill leaning to a kind of work ("python": backend) says which kind its title is; one
    # leaning to none ("javascript") leaves it to the title: its "Full Stack" is that work
    return True if any(m not in v.leans and not _cue_kind(m) for m in met) else None


def _cue_kind(skill: str) -> bool:
    """Whether a skill is a cue of a kind of software work (spec_cues.tsv: "react" frontend)."""
    cue = vocabulary().cues.get(tuple(tokens(skill)))
    return cue is not None and cue[0] in TECH_SPECS


def _rival_skills(cq: Compiled, f: Features) -> bool:
    """Whether the title names another language or a rival framework instead of the asked ones.

    "Java Developer" for a Python search, "Frontend Engineer (Vue)" for a React one; not when
    the title also names (or accepts) another skill asked for ("Java Developer" for "python
    java").
    """
    if not f.title_skills:
        return False
    verdicts = {skill_verdict(skill, f) for skill in cq.skill_keys}
    return True in verdicts and False not in verdicts


def skill_verdict(skill: str, f: Features) -> bool | None:
    """How the skills named in the title treat one asked skill.

    True: the title names a rival instead; False: it names the skill or one that satisfies it;
    None: the title names nothing that bears on it.  A title language is only a soft conflict
    when the posting accepts the asked language elsewhere ("Full-Stack Engineer
    (Python/React)" whose text says TypeScript).
    """
    if ANY in skill:  # a group: met when the title names one member, rivalled by what all rival
        verdicts = {skill_verdict(m, f) for m in skill_members(skill)}
        return False if False in verdicts else True if True in verdicts else None
    v = vocabulary()
    rivals = v.rivals.get(skill, _NONE)
    language = skill in v.languages
    if language:  # less what a skill it accepts accepts: Node.js runs TypeScript as JavaScript
        rivals = (rivals | v.languages) - _hosts(skill)
    if not f.title_skills & rivals:
        return None
    accepted = v.accepts.get(skill, _NONE) | {skill} if language else frozenset([skill])
    if accepted & f.title_skills:
        return False
    strong = {s for s, w in f.skills.items() if w >= TITLE_SKILL}
    return not (language and accepted & strong)


@lru_cache(maxsize=1024)
def _hosts(skill: str) -> frozenset[str]:
    """The skills accepted for a skill it accepts (Node.js for TypeScript, through JavaScript)."""
    accepts = vocabulary().accepts
    own = accepts.get(skill, _NONE) | {skill}
    return frozenset(o for a in own for o in accepts.get(a, _NONE)) - own


def verdict_candidates(f: Features) -> frozenset[str]:
    """Every skill whose skill_verdict is not None for this posting may be among these."""
    found = set().union(*(_rivalled_by(t) for t in f.title_skills))
    if f.title_langs:
        found |= vocabulary().languages
    return frozenset(found)


@lru_cache(maxsize=1024)
def _rivalled_by(skill: str) -> frozenset[str]:
    """The skills that have this one among their rivals."""
    return frozenset(s for s, rivals in vocabulary().rivals.items() if skill in rivals)


_NONE: frozenset[str] = frozenset()
_BACKEND = frozenset({"backend"})  # the software work a developer search means by default
_HEAD, _SPEC, _OTHER = 0, 1, 2
_SLACK = 1e-9  # a bound computed in another order than the score: kept safely above it


def _working(head: str, f: Features) -> list[frozenset[str]]:
    """The specialising words of each role of this class the posting's working title names."""
    roles = (role.split(" ") for role in f.working)
    return [frozenset(words) for role, *words in roles if role == head]


def _role_conflict(cq: Compiled, f: Features) -> bool:
    """Whether the word naming the posting's role is another job than the one asked for.

    A title also naming a working title in parentheses is another job only when every role it
    names as the one asked for is: "Program Manager (Deputy Product Manager)" is a product
    manager, "Program Analyst (Product Manager)" no program manager. Nor is a role's systems or
    security work of the field asked ("Network Systems Engineer" for "network engineer").
    """
    working = _working(cq.head, f) if f.working and cq.head is not None and cq.specs else []
    own = not working or cq.head == f.head or cq.head in f.role_heads
    if own and not _words_conflict(cq, f.role_words, cq.head == f.head):
        return False
    if own and cq.head == f.head and f.role_words <= EVERY_FIELDS and cq.specs <= f.role_keys:
        return False
    return all(_words_conflict(cq, words, True) for words in working) if working else own


def _words_conflict(cq: Compiled, words: frozenset[str], same_head: bool) -> bool:
    """Whether the words specialising a posting's role noun name another job than asked for."""
    if not words or not cq.specs or words & cq.title_keys.keys():
        return False
    v = vocabulary()
    if words <= v.generic:  # "Engineering Manager" for "product manager"; not "Software Engineer"
        return same_head and cq.head != "eng"
    related = related_under(cq.head if same_head else None)
    return not any(c >= COMPATIBLE for q in cq.specs for r, c in related.get(q, ()) if r in words)


def _specs_meet(query: frozenset[str], posting: frozenset[str], head: str | None = None) -> bool:
    related = related_under(head)
    return bool(query & posting) or any(
        c >= COMPATIBLE for q in query for r, c in related.get(q, ()) if r in posting
    )


def specs_may_meet(query: frozenset[str], posting: frozenset[str]) -> bool:
    """_specs_meet for a search of any role class (the index's bound: kin counted for all)."""
    return _specs_meet(query, posting) or any(_specs_meet(query, posting, h) for h in _kin_heads())


@cache
def _kin_heads() -> frozenset[str]:
    """The role classes with fields of one job (Vocabulary.kin): read once, asked per posting."""
    return frozenset(head for head, _ in vocabulary().kin)


def _langs_meet(cq: Compiled, found: Iterable[str]) -> bool:
    """Whether the posting's skills satisfy at least one required language."""
    have = set(found)
    return any(ok & have for ok in cq.accepts.values())


def only_loosely(cq: Compiled, found: Iterable[str]) -> bool:
    """Whether the posting's skills satisfy a required specialty only through a skill that
    makes a loose match (Kafka for Streaming: a Kafka backend job may be no streaming work)."""
    if not cq.languages:
        return False
    loosely, have = vocabulary().accepts_loosely, set(found)
    return not any((ok - loosely.get(k, frozenset())) & have for k, ok in cq.accepts.items())


class Where(NamedTuple):
    """How a posting's place and workplace meet the ones asked for."""

    part: float  # the location part: 1 fits, UNKNOWN not stated, 0 rejected
    rejected: str | None
    reasons: tuple[str, ...]
    unstated: bool = False  # kept though it states no workplace, one asked: UNSTATED_WORKPLACE


def _unstated(reasons: Iterable[str]) -> bool:
    """Whether a route kept a posting stating no workplace where one is asked."""
    return any(r.startswith(WORKPLACE_UNSTATED) for r in reasons)


# How a posting's place fits one asked for, and the location part it earns. A place asked for
# is met by a remote or negotiable posting open to the country or US state around it ("Anywhere
# in the U.S. (remote job)" for "maryland", "Remote (UK)" for "london"): a fit, ranked after
# postings in the place itself; then those open to a region around it, the smaller first ("Remote
# (EU)", "Remote – Europe", "EMEA" for "germany"), then those open to anywhere.
_YES, _NEAR, _REGION, _ANYWHERE, _MAYBE, _NO = 1.0, 0.9, 0.8, 0.7, UNKNOWN, 0.0
# "Washington, United States" for "seattle": a posting naming only the state (or states) around
# the city asked may be in it: kept, after postings open to it from anywhere, before those naming
# no place.
_STATE_ONLY = 0.6
# "United States" for "ohio" (a federal posting of several duty stations): naming only the country
# around the place asked, it may be there: kept, after those naming the state, before those naming
# no place.
_COUNTRY_ONLY = 0.55
# "Remote (Germany)" for "remote eu": open to one country of the region asked, so to part of it
# only (a French engineer cannot take it): kept, ≈, after postings open to the whole region or to
# anywhere (Remote (EU), Europe, EMEA, worldwide), before remote ones naming no place.
_PART_OF_REGION = 0.65
REGION_STEP = 0.02  # less per region around the one named, down to ...
REGION_DEPTH = 3  # ... this many: "EMEA" (none around it) 0.74, "EU" (Europe, EMEA) 0.78
# The fits from around a remote search's place, in full and in the same order: worldwide
# OPEN_IN_FULL, "EMEA" 0.926, "Americas" 0.942, the country around ("remote texas") 0.99.
OPEN_SPREAD = 0.4


def _region_fit(regions: set[str]) -> float:
    """The fit of a posting open to these regions around a place asked: its smallest one's."""
    depth = max(region_depth(r) for r in regions)
    return _REGION - REGION_STEP * max(0, REGION_DEPTH - depth)


def _tick(fit: float) -> str:
    """A place's tick as fits_fully says: ✓ in it, ≈ open to it from around it."""
    return "✓" if fits_fully("location", fit) else "≈"


def _open_to(fit: float) -> bool:
    """Whether a fit is a posting open to the place from around it (reasons say "open to")."""
    return _ANYWHERE <= fit < _YES


def _open_in_full(fit: float) -> float:
    """A fit from around the place asked, for a remote search of it: in full, just below the
    place named (explicit eligibility is the surer: worldwide postings often mean contractor
    terms or another time zone's hours), the smaller area first (OPEN_SPREAD)."""
    return OPEN_IN_FULL + (fit - _ANYWHERE) * OPEN_SPREAD if _open_to(fit) else fit


def _said_open(q: ParsedQuery, f: Features, shown: str, fit: float, tick: str) -> str:
    """A place's reason at this fit and tick: "Remote (Worldwide) ✓ open worldwide (includes
    Canada)", "Remote (Americas) ✓ (open to Canada)", "Remote (Canada) ✓"."""
    said = f"{_place_said(q, shown) if fit == _YES else shown} {tick}"
    if not _open_to(fit):
        return said
    places = " or ".join(the_place(place_name(p)) for p in _asked_places(q, f, shown))
    return (
        f"{said} open worldwide (includes {places})"
        if fit == _ANYWHERE
        else f"{said} (open to {places})"
    )


def where(q: ParsedQuery, f: Features, shown: str) -> Where:
    """Places and workplaces named together are alternatives (the table in HELP_ADD), or remote
    work open to the places (remote_from).

    A posting fits in one of the places, in one of the workplaces other than remote if any is
    named; or remote, when remote is named. shown is the posting's place as written. A place
    naming remote beside it ("Berlin or Remote (Germany)") offers remote work too, whatever
    workplace its board gives it (hybrid): the better of the two is its fit, for a remote search
    and for a place alone ("münchen": remote from Germany is open to Munich).
    """
    found = _where(q, f, shown)
    if found.part < 1.0 and f.workplace not in (None, "remote") and "remote" in f.location.split():
        remote = _where(q, replace(f, workplace="remote"), shown)
        return remote if remote.part > found.part else found
    return found


def _where(q: ParsedQuery, f: Features, shown: str) -> Where:
    """where for the posting's workplace as its board gives it."""
    if q.remote_regions:
        return _work_or_remote_from(q, f, shown)
    routes = [_remote_from(q, f, shown)] if q.remote_from else _routes(q, f, shown)
    level, reasons = max(routes, key=lambda route: route[0])
    if level == _NO:
        if f.workplace == "remote":  # a remote posting left out: the remote route says why
            reasons = routes[-1][1]
        return Where(0.0, f"{'; '.join(reasons)} (you asked for {q.where})", tuple(reasons))
    return Where(level, None, tuple(reasons), _unstated(reasons))


def _work_or_remote_from(q: ParsedQuery, f: Features, shown: str) -> Where:
    """In one of the places to work in (in a workplace other than remote if any is named), or
    remote work open to one of the remote regions ("nyc or remote us"): an onsite posting in
    Austin is neither ("Austin, TX ✗ not NYC, and not remote")."""
    others = tuple(w for w in q.workplaces if w != "remote")
    local = _at_place(q, f, others, shown)
    regions = " or ".join(the_place(place_name(p)) for p in q.remote_regions)
    if f.workplace is None and f.location:  # a place to work in was named: not remote
        remote: tuple[float, list[str]] = (_NO, [f"not stated as remote ({shown})"])
    else:
        remote = _remote_from(replace(q, locations=q.remote_regions), f, shown)
    if remote[0] == _YES and f.workplace == "remote":
        remote = (remote[0], [*remote[1][:-1], f"{remote[1][-1]} open to {regions}"])
    level, reasons = max((remote, local), key=lambda route: route[0])  # a tie: remote said
    if level > _NO:
        return Where(level, None, tuple(reasons), _unstated(reasons))
    places = " or ".join(place_name(p) for p in q.locations)
    said = f"{_few(shown)} ✗" if f.location else "location not stated"
    if f.workplace == "remote":
        why = f"{said} not open to {regions}"
    elif others and f.workplace is not None and local[0] == _NO and _fits_place(q, f, shown):
        why = f"{f.workplace} ✗ not {' or '.join(others)}, and not remote"
    else:
        why = f"{said} not {places}, and not remote"
    return Where(0.0, f"{why} (you asked for {q.where})", (why,))


def _fits_place(q: ParsedQuery, f: Features, shown: str) -> bool:
    """Whether the posting is in one of the places asked (its workplace aside)."""
    return bool(f.location) and _place_fit(q, f, shown) > _NO


def _routes(q: ParsedQuery, f: Features, shown: str) -> list[tuple[float, list[str]]]:
    """How the posting fits each alternative asked for: in a place, or remote."""
    others = tuple(w for w in q.workplaces if w != "remote")
    routes: list[tuple[float, list[str]]] = []
    if q.locations or others:
        routes.append(_at_place(q, f, others, shown))
    if "remote" in q.workplaces:
        routes.append(_remote(q, f, shown))
    return routes


def _remote_from(q: ParsedQuery, f: Features, shown: str) -> tuple[float, list[str]]:
    """Remote work open to one of the places ("remote us"): a remote posting for the place
    (_YES), for the country or a region around it or anywhere (_place_fit), naming no region
    (_MAYBE); one in the place that does not state its workplace is kept lower (_MAYBE), any
    other left out."""
    if f.workplace == "remote":
        if not f.location:
            return _MAYBE, ["remote ✓, who may apply not stated"]
        fit = _place_fit(q, f, shown)
        if fit == _NO and not read_place(shown).named:
            return _MAYBE, [f"remote ✓, who may apply not stated ({shown})"]
        if fit == _NO:
            return _NO, [f"remote from {shown} ✗"]
        if fit == _YES and (part := _part_of_region(q, f, shown)):
            return _PART_OF_REGION, [part] if "remote" in shown.lower() else ["remote ✓", part]
        full = _open_in_full(fit)
        said = [_said_open(q, f, shown, fit, _tick(full))]
        return full, said if "remote" in shown.lower() else ["remote ✓", *said]
    if f.workplace is not None:
        return _NO, [f"{f.workplace} ✗"]
    if f.location and _place_fit(q, f, shown) == _NO:
        return _NO, [f"{shown} ✗"]
    return _MAYBE, [WORKPLACE_UNSTATED + (f", {shown} ✓" if f.location else "")]


def _part_of_region(q: ParsedQuery, f: Features, shown: str) -> str:
    """Why a remote posting open to a country within each region asked ("Remote (Germany)" for
    "remote eu") fits in part: "Remote (Germany) ≈ open to Germany only, part of the EU"; "" when
    it is open to a whole region asked, or a place asked is no region."""
    locations = q.locations
    if len(locations) > 1:  # "remote eu or us": the places it fits ("Remote (Germany)": the EU)
        locations = tuple(
            p for p in locations if _place_fit(replace(q, locations=(p,)), f, shown) == _YES
        )
    said = [(loc, part_of_region(shown, loc)) for loc in locations]
    if not said or not all(countries for _, countries in said):
        return ""
    countries = " or ".join(dict.fromkeys(c for _, found in said for c in found))
    regions = " or ".join(the_place(place_name(loc)) for loc, _ in said)
    return f"{shown} {_tick(_PART_OF_REGION)} open to {countries} only, part of {regions}"


def _at_place(
    q: ParsedQuery, f: Features, workplaces: tuple[str, ...], shown: str
) -> tuple[float, list[str]]:
    """In one of the places (any workplace unless others are named)."""
    levels: list[float] = []
    reasons: list[str] = []
    if q.locations:
        fit = _place_fit(q, f, shown) if f.location else _MAYBE
        if fit == _MAYBE and f.country and not _in_country(q, f.country):
            levels.append(_NO)
            reasons.append(f"a {f.country} job, city not stated ✗")
            return _NO, reasons
        levels.append(fit)
        beside = read_place(shown).beside if fit == _YES else ()
        reasons.append(
            "location not stated"
            if fit == _MAYBE
            else f"{_few(shown)} ✗"
            if fit == _NO
            else f"{shown}: the posting names only the state ({_state_named(shown)}), not the city"
            if fit == _STATE_ONLY
            else f"{shown}: the posting names only the country, not where in it"
            if fit == _COUNTRY_ONLY
            else _said_open(q, f, shown, fit, _tick(fit))
            + (f" (in {' or '.join(beside)})" if beside else "")
        )
    if workplaces:
        if f.workplace is None:
            levels.append(_MAYBE)
            reasons.append(WORKPLACE_UNSTATED)
        else:
            ok = f.workplace in workplaces
            levels.append(_YES if ok else _NO)
            reasons.append(f"{f.workplace} {'✓' if ok else '✗'}")
    return min(levels), reasons


def _remote(q: ParsedQuery, f: Features, shown: str) -> tuple[float, list[str]]:
    """Remote, from anywhere or from a region that includes one of the places. Remote alone
    keeps a posting stating no workplace, lower, unless its board states remote work in the
    place when it is (USAJOBS); beside places ("remote or Berlin") one stating a place is theirs
    to keep."""
    if f.workplace == "remote":
        if q.locations and f.location and not _place_fit(q, f, shown, open_remote=True):
            places = " or ".join(place_name(p) for p in q.locations)
            return _NO, [f"{shown} ✗ not open to {places}"]
        return _YES, ["remote ✓"]
    if f.workplace is not None:
        return _NO, [f"{f.workplace} ✗"]
    if read_place(shown).negotiable and (not q.locations or _place_fit(q, f, shown)):
        return _MAYBE, [f"not stated as remote, location negotiable ({shown})"]
    if f.location and (q.locations or f.remote_said):
        return _NO, [f"not stated as remote ({shown})"]
    return _MAYBE, [WORKPLACE_UNSTATED]


def _filters(cq: Compiled, f: Features, posting: Posting, place: Where | None) -> str | None:
    """Return why a hard filter rejects the posting, or None."""
    return (
        _excluded(cq, f, posting)
        or _role_filter(cq, f)
        or _place_pay_filter(cq.query, posting, place)
    )


def _role_filter(cq: Compiled, f: Features) -> str | None:
    """Why the role, a required language or the level leaves the posting out, or None."""
    if cq.developer and not developer_role(f, cq.leans):
        if operations_role(f, cq.leans):
            return "an operations role, not a developer's: name its tools (kubernetes) for these"
        if security_role(f):
            return "a security role, not a developer's"
        return f"not a developer role ({f.head})"
    if cq.languages and not _langs_meet(cq, f.skills):
        names = vocabulary().skill_names
        return "doesn't mention " + " or ".join(names[s] for s in sorted(cq.languages))
    if not level_fits(cq.ranks, f, cq.graded):
        if not cq.ranks:
            return "a student trainee's posting: ask for intern level to see these"
        level = f.seniority or f"not levelled{unlevelled_note(f)}"
        return f"seniority: posting is {level}, you asked for {'/'.join(cq.query.seniority)}"
    return None


def level_fits(ranks: tuple[int, ...], f: Features, graded: bool = False) -> bool:
    """Whether the posting fits one of the levels asked; a student's posting fits only a search
    asking for a level (an intern search) and never one naming none; a ladder rung asked
    (graded: "sde ii", "L4") a title stating a level, or an unlevelled one whose text asks the
    rung's years (Microsoft's "Software Engineer" asking 2-5 years is often a II), never one
    whose text is silent on them."""
    if not ranks:
        return not f.student
    if graded and f.seniority is None and f.years in (None, UNSAID, SILENT):
        return False
    return any(_level_fits(r, f.seniority, f.years) for r in ranks)


def _place_pay_filter(q: ParsedQuery, posting: Posting, place: Where | None) -> str | None:
    """Why the place or the pay leaves the posting out, or None."""
    if place is not None and place.rejected:
        return place.rejected
    pay = _pay(q, posting)
    if pay is not None and pay.passes is False:
        return pay.reason
    return None


@lru_cache(maxsize=256)
def narrower(skill: str) -> frozenset[str]:
    """A skill left out and the skills named after it, kinds of it ("spring": Spring Boot,
    "ruby": Ruby on Rails): "no spring" leaves out a "Java, Spring Boot Developer" too."""
    v = vocabulary()
    said = tuple(tokens(v.skill_names.get(skill, skill)))
    kinds = {s for s, name in v.skill_names.items() if tuple(tokens(name))[: len(said)] == said}
    return frozenset({skill} | kinds)


def _excluded(cq: Compiled, f: Features, posting: Posting) -> str | None:
    """Why a "not …" of the query leaves the posting out, or None."""
    q = cq.query
    hit = sorted(w for w in cq.exclude_words if _has_word(f, w, posting))
    if hit:
        return f"excluded word: {', '.join(hit)}"
    # a skill named only as a nice-to-have is no work the job asks for ("no php": a Node.js job
    # whose PHP is a bonus is still one)
    skills = {s for s in cq.exclude_skills & f.skills.keys() if f.skills[s] > OPTIONAL_SKILL}
    # A skill's name that is an employer's ("no FAA", "not VA"): the company is left out too.
    skills |= {s for s in cq.exclude_skills if names_employer(posting.company, f.company, s)}
    if skills:
        return f"excluded skill: {', '.join(vocabulary().skill_names[s] for s in sorted(skills))}"
    shifts = f.shifts.intersection(q.exclude_shifts)
    if shifts:
        return f"excluded shift: {', '.join(sorted(shifts))}"
    unsaid = REQUIRED.intersection(q.prefer) - f.shifts
    if unsaid:
        return f"no {' or '.join(sorted(unsaid))} work said"
    if f.workplace in q.exclude_workplaces:
        return f"excluded workplace: {f.workplace}"
    if f.seniority in q.exclude_levels:
        return f"excluded level: {f.seniority}"
    for company in q.exclude_companies:
        if has_phrase(f.company, company):
            return f"excluded company: {company}"
    return None


def _has_word(f: Features, word: str, posting: Posting) -> bool:
    """Whether an excluded word or phrase is in the posting's title, tags, company (or its
    initials) or place."""
    return (
        word in f.all_words
        or names_employer(posting.company, f.company, word)
        or has_phrase(f.location, word)
        or (" " in word and has_phrase(" ".join(tokens(posting.title)), word))
    )


def _pay(q: ParsedQuery, posting: Posting) -> PayCheck | None:
    """The posting's pay against the floor asked for; None when either is missing. A range
    whose top clears the floor passes; when its bottom does not, only in part ("£73k–93k" for
    "£80k+": ≈ up to £93k), a match ranked after those whose whole range clears it."""
    top = posting.salary_max if posting.salary_max is not None else posting.salary_min
    if q.salary_min is None or top is None:
        return None
    check = check_pay(top, posting.currency, q.salary_min, q.currency)
    low = posting.salary_min
    if not check.passes or low is None or low >= top:
        return check
    if check_pay(low, posting.currency, q.salary_min, q.currency).passes is not False:
        return check
    floor = money(q.salary_min, q.currency or posting.currency)
    said = f"{money(low, posting.currency)}–{money(top, posting.currency)}"
    return PayCheck(
        True, f"salary ≈ up to {money(top, posting.currency)} ({said}, floor {floor})", True
    )


def round_score(score: float) -> float:
    """A score to one decimal, halves up (the index does the same arithmetic in numpy)."""
    return math.floor(score * 10.0 + 0.5) / 10.0


def skill_percent(skill: str, found: dict[str, float], bare: bool = False) -> int:
    """A skill's credit in whole percent: sums of these do not depend on the order."""
    return round(100 * _skill_credit(skill, found, vocabulary().languages, bare))


def skills_part(credits: list[float]) -> float:
    """The skills part from the credits of the asked skills (the index sums them elsewhere)."""
    return sum(round(100 * c) for c in credits) / (100.0 * len(credits))


def _skill_credit(
    skill: str, found: dict[str, float], langs: Container[str], bare: bool = False
) -> float:
    """A skill's credit: as found, or a little less through a skill that implies it (as
    found through a sector of its kind: Banking for Fintech); an
    any-of group's is its best member's. A search of skills alone (bare: no title) counts a
    tool found only in the description as a language there: "kafka" asks for Kafka work, and
    a posting saying it works with Kafka is one (at DESC_SKILL a tool alone scored 50, under
    the normal bar, on every real posting not tagged with it). A skill named only as optional
    ("Nice to have - C++") keeps its OPTIONAL_SKILL, or the credit of a skill that satisfies
    it (Node.js for TypeScript): the job does not ask for it."""
    if ANY in skill:
        return max(_skill_credit(m, found, langs, bare) for m in skill_members(skill))
    got = found.get(skill, 0.0)
    if got >= DESC_SKILL:
        return max(got, LANGUAGE_IN_TEXT) if bare or skill in langs else got
    v = vocabulary()
    ok = v.accepts.get(skill, ())
    # a sector met by one of its kinds is met (a bank, a lender, a trading app: fintech)
    linked = 1.0 if skill in v.sectors else LINKED_SKILL
    return max(got, linked * max((found[o] for o in ok if o in found), default=0.0))


def _level_fits(asked: int, level: str | None, years: int | None = None) -> bool:
    """Senior accepts higher levels; staff and above need the level; juniors and mids exact.

    A title without a level word is levelled by the fewest years of experience its text asks
    for (years): many employers leave the grade unnamed ("Software Engineer" at Microsoft).
    """
    if level is None:
        return _years_fit(asked, years)
    if asked == RANK["senior"]:
        return RANK[level] >= asked
    if asked == RANK["mid"]:
        return RANK[level] == asked
    return RANK[level] >= asked if asked > RANK["senior"] else RANK[level] == asked


def seniority_part(levels: tuple[str, ...], f: Features) -> float:
    """The level part: 1 the level asked, ABOVE_LEVEL a higher one a senior search accepts
    ("Principal Engineer" for "senior engineer": it fits, after the exact level) or the other
    track of its rank ("Lead Developer" for "staff engineer"),
    UNKNOWN_SENIORITY unlevelled, UNKNOWN another (left out by the level filter)."""
    if f.seniority is None:
        return UNKNOWN_SENIORITY
    if f.seniority in levels:
        return 1.0
    fit = any(_level_fits(RANK[x], f.seniority, f.years) for x in levels)
    return ABOVE_LEVEL if fit else UNKNOWN


# The fewest years asked that still fit a level: "0-2 years" is a junior's experience, "1+
# years" no mid-level's, "3+ years" no senior's (precision10: Microsoft's unlevelled "Software
# Engineer" asking 3 years is an entry or mid grade). Staff and above need the level in the title.
_LEVEL_YEARS = {RANK["mid"]: 2, RANK["senior"]: 4}
MID_MOST_YEARS = 5  # "6+ years" is no mid-level's ask (msrecall: "Quantum SDE" asking 8, a 64)


def _years_fit(asked: int, years: int | None) -> bool:
    """Whether an unlevelled posting asking for years of experience fits a level: a junior
    search needs at most ENTRY_YEARS stated or none in a whole posting, a mid one 2 to
    MID_MOST_YEARS or none stated, a senior one at least 4 or none stated in a snippet: a whole
    posting whose qualifications ask none (SILENT) is no senior's, an entry or mid grade (msrecall,
    msr2: Microsoft's unlevelled "Software Engineer" asking none is 59-62). A posting with no text
    at all fits each."""
    if years == UNSAID:  # no text to tell: any level up to senior ("entry level data analyst")
        return asked == RANK["junior"] or asked in _LEVEL_YEARS
    if years == SILENT:  # a senior's whole posting says its years; a junior's may ask none
        return asked in (RANK["junior"], RANK["mid"])
    if years is None:
        return asked in _LEVEL_YEARS
    if asked == RANK["junior"]:
        return 0 <= years <= ENTRY_YEARS
    if asked == RANK["senior"]:
        return years >= _LEVEL_YEARS[asked]
    if asked == RANK["mid"]:
        return _LEVEL_YEARS[asked] <= years <= MID_MOST_YEARS
    return False


def unlevelled_note(f: Features) -> str:
    """What an unlevelled posting's text says of its level, for its reasons: the years asked."""
    if f.years is None or f.years == UNSAID:
        return ""
    if f.years == SILENT:
        return " (its qualifications ask no years of experience)"
    return " (early career)" if f.years == 0 else f" (asks {f.years}+ years)"


def _place_fit(q: ParsedQuery, f: Features, shown: str, open_remote: bool = False) -> float:
    """_YES in one of the places (or a place within it); remote or negotiable from the country
    or US state that includes one (_NEAR), from a wider region (_region_fit: regions.py reads
    "Remote (US)", "Remote – EU", "EMEA") or from anywhere (_ANYWHERE); else _NO.

    A remote posting naming no region fits only a search that asked for remote (open_remote):
    "Remote" alone says nothing of who may apply from London.
    """
    reading = read_place(shown)
    asked = [(loc, *query_areas(loc)) for loc in q.locations]
    if any(
        (has_phrase(f.location, loc) and not named_apart(own, reading)) or own & reading.areas
        for loc, own, _ in asked
    ):
        return _YES
    if f.workplace != "remote" and not reading.negotiable:
        return _local_only(asked, reading)
    around = set().union(*((own | near) & reading.named for _, own, near in asked))
    if around:  # area ids: countries and states upper case ("GB", "US-MD"), regions lower
        return _NEAR if any(area.isupper() for area in around) else _region_fit(around)
    if reading.worldwide:
        return _ANYWHERE
    return _YES if open_remote and not reading.named else _NO


def _in_country(q: ParsedQuery, country: str) -> bool:
    """Whether one of the places asked is in (or is) the country, or a region around it
    ("north america")."""
    own_country, around = query_areas(country.lower())
    return any(
        (own_country | {country}) & (own | near) or own & around
        for own, near in map(query_areas, q.locations)
    )


def _local_only(asked: list[tuple[str, frozenset[str], frozenset[str]]], reading: Reading) -> float:
    """_STATE_ONLY when a posting names no city, only a US state (or a country's province) around
    a place asked ("Washington, United States" for "seattle"); _COUNTRY_ONLY when it names only
    the country around one ("United States" for "ohio"); else _NO."""
    if any(i.startswith(("city:", "metro:")) for i in reading.named):
        return _NO
    states = {i for i in reading.named if "-" in i and i.isupper()}
    countries = {i for i in reading.named if "-" not in i and i.isupper()}
    around = set().union(*(near for _, _, near in asked))
    if states:
        return _STATE_ONLY if states & around else _NO
    return _COUNTRY_ONLY if countries & around else _NO


def _state_named(shown: str) -> str:
    """The state a posting naming only a state names ("Washington")."""
    return places_listed(shown)[0].split(",")[0].strip()


def _place_said(q: ParsedQuery, shown: str) -> str:
    """The one of a posting's several places that is in a place asked ("Washington, District
    of Columbia, United States (1 of 14 places)"); its place as written when it lists one."""
    parts = places_listed(shown)
    if len(parts) < 2:
        return shown
    asked = [(loc, query_areas(loc)[0]) for loc in q.locations]
    for part in parts:
        said = " ".join(tokens(part))
        if any(has_phrase(said, loc) or own & read_place(part).areas for loc, own in asked):
            return f"{part} (1 of {len(parts)} places)"
    return shown


def _few(shown: str) -> str:
    """A posting's place as written, or its first and how many more when it lists over 3."""
    parts = places_listed(shown)
    return f"{parts[0]} and {len(parts) - 1} more places" if len(parts) > 3 else shown


def _asked_places(q: ParsedQuery, f: Features, shown: str) -> tuple[str, ...]:
    """The places asked a remote posting is open to: "Remote (Germany)" is open to Berlin, not
    to Paris, for "paris or berlin"."""
    places = q.locations
    if len(places) > 1:
        places = tuple(p for p in places if _place_fit(replace(q, locations=(p,)), f, shown))
    return places or q.locations


def _reasons(
    cq: Compiled, f: Features, posting: Posting, parts: dict[str, float], place: list[str]
) -> dict[str, list[str]]:
    """The user-readable reasons for a score, per part (only built when explaining): cards show
    them in this order, `concierge explain` and /why each under its part's points."""
    q = cq.query
    by_part: dict[str, list[str]] = {k: [] for k in parts}
    reasons = by_part.get("title", [])
    if "title" in parts:
        level = [f.seniority] if q.seniority and f.seniority else []
        base = title_base(cq, f) if f.series else NO_TITLE
        words = matched_words(cq, base.occupation or f)
        shown = " ".join([*level, *words]) or posting.title
        # the title says less than the series it declares: the series' title scored
        said = occupation_series(base.series) if base.occupation is not None else "title"
        aside = _title_aside(cq, base.occupation or f)
        reasons.append(f'{said} ≈ "{shown}" ({round(parts["title"] * 100)}){aside}')
    if "skills" in parts:
        reasons = by_part["skills"]
        bare = "title" not in cq.weights
        got = [_skill_credit(s, f.skills, vocabulary().languages, bare) for s in cq.skill_keys]
        special = vocabulary().specialties
        pairs = list(zip(cq.skill_keys, got, strict=True))
        for label, kind in (("skills", False), ("specialty", True)):
            met = [s for s, g in pairs if g and (s in special) == kind]
            # A specialty is read from the text as often as not; a skill there is said so. A
            # specialty met in part (fits_fully, as the "short on" line says) says why.
            optional = [s for s in met if _optional_only(s, f)]
            in_text = [s for s in met if not kind and _in_text_only(s, f) and s not in optional]
            have = [_met(s, f) for s in met if s not in in_text and s not in optional]
            if have:
                reasons.append(f"{label}: " + ", ".join(have))
            credit = dict(pairs)
            partial = [s for s in met if kind and s not in optional]
            partial = [s for s in partial if not fits_fully("skills", credit[s])]
            if partial:  # why the "short on" line names it: "CPA: in the text only …"
                reasons.append(", ".join(_met(s, f) for s in partial) + _in_part(partial[0], f))
            if in_text:
                reasons.append(", ".join(_met(s, f) for s in in_text) + ": in the text only")
            if optional:
                said = ", ".join(_met(s, f) for s in optional)
                reasons.append(f"{said}: only as optional (nice to have) or another team's")
        missing = [_named(s) for s, g in pairs if not g]
        if not names_needed(cq, f.skills):
            names = vocabulary().skill_names
            needed = [names[m] for s in cq.skill_keys for m in skill_members(s) if m in cq.needs]
            reasons.append("needs one of: " + ", ".join(needed))
            missing = [m for m in missing if m not in needed]
        if missing:
            reasons.append("missing: " + ", ".join(missing))
    by_part.setdefault("location", []).extend(place)
    if "salary" in parts:
        pay = _pay(q, posting)
        by_part["salary"].append("salary not stated" if pay is None else pay.reason)
    if "seniority" in parts and f.seniority is not None:
        by_part["seniority"].append(_level_said(q, f.seniority, parts["seniority"]))
    elif "seniority" in parts:  # the level part counts UNKNOWN_SENIORITY: say why
        by_part["seniority"].append(f"level not stated{unlevelled_note(f)}")
    if "prefer" in parts:  # "names nights ✓", "part time not named"
        named = [x for x in q.prefer if x in f.shifts]
        missed = [x for x in q.prefer if x not in f.shifts]
        other = [x for x in missed if OTHER_SCHEDULE.get(x) in f.shifts]  # "Teacher - Full Time"
        missed = [x for x in missed if x not in other]
        by_part["prefer"].extend([f"names {' and '.join(named)} ✓"] if named else [])
        by_part["prefer"].extend(f"names {OTHER_SCHEDULE[x]}, not {x}" for x in other)
        by_part["prefer"].extend([f"{' or '.join(missed)} not named"] if missed else [])
    return by_part


_REASON_ORDER = ("title", "skills", "location", "salary", "seniority", "prefer")


def _in_part(skill: str, f: Features) -> str:
    """Why a specialty met counts in part (fits_fully, which the "short on" line reads too):
    ": in the text only, counted in part", or met only through a related skill."""
    if ANY in skill:
        langs = vocabulary().languages
        skill = max(skill_members(skill), key=lambda m: _skill_credit(m, f.skills, langs))
    if f.skills.get(skill, 0.0) >= DESC_SKILL:
        return ": in the text only, counted in part"
    return ": met only by a related skill, counted in part"


def _part_reasons(name: str, reasons: list[str]) -> list[str]:
    """A part's reasons as lines under its points: each named by its part ("level: staff ≈
    (you asked for senior)") unless it names it already ("skills: Python")."""
    said = ("skills:", "specialty:", f"{name}:")
    return [r if r.startswith(said) else f"{name}: {r}" for r in reasons]


def _level_said(q: ParsedQuery, level: str, part: float) -> str:
    """The level reason, ticked as fits_fully says: "senior ✓", "principal ≈ (you asked for
    senior)" (a higher level a senior search accepts, ranked after the level asked)."""
    if fits_fully("seniority", part):
        return f"{level} ✓"
    return f"{level} ≈ (you asked for {' or '.join(q.seniority)})"


def _in_text_only(skill: str, f: Features) -> bool:
    """Whether a skill met is met only by the posting's text, not its title or tags (an any-of
    group's by its best member, as _met names it)."""
    if ANY in skill:
        langs = vocabulary().languages
        skill = max(skill_members(skill), key=lambda m: _skill_credit(m, f.skills, langs))
    return f.skills.get(skill, TITLE_SKILL) < TITLE_SKILL and not _linked_over(skill, f)


def _optional_only(skill: str, f: Features) -> bool:
    """Whether a skill met is met only by a part of the text naming what the job would like or
    another team's stack (features.OPTIONAL_SKILL), by its best member for an any-of group."""
    if ANY in skill:
        langs = vocabulary().languages
        skill = max(skill_members(skill), key=lambda m: _skill_credit(m, f.skills, langs))
    got = f.skills.get(skill, TITLE_SKILL)
    return got <= OPTIONAL_SKILL and _skill_credit(skill, f.skills, vocabulary().languages) <= got


def _linked_over(skill: str, f: Features) -> bool:
    """Whether a skill named only as optional is met better through a skill satisfying it
    (a Node.js posting's "Bonus points - TypeScript"): it is met by that skill, not the text."""
    got = f.skills.get(skill, TITLE_SKILL)
    return got < DESC_SKILL and _skill_credit(skill, f.skills, vocabulary().languages) > got


def _text_said(cq: Compiled, f: Features) -> list[str]:
    """The tech specialisations asked that the text, not the title, gives credit for (the
    title reason's "backend mentioned in the description")."""
    related = related_under(_same_head(cq, f))
    return [
        k
        for k in sorted(cq.specs & TECH_SPECS)
        if k not in f.title_keys
        and not any(r in f.title_keys for r, _ in related.get(k, ()))
        and _spec_credit(k, f, related)
    ]


def _title_aside(cq: Compiled, f: Features) -> str:
    """What the title reason adds: that the title is a neighbouring job ("Data Scientist" for
    "data engineer"), or that the text, not the title, shows the specialty asked for ("Software
    Engineer" for "data engineer": data work in the description)."""
    if f.head is not None and _head_credit(cq, f) and _neighbour(cq, f):
        asked = " ".join(cq.query.title)
        return f', another job than "{asked}"'
    said = _text_said(cq, f)
    shown = [k for k in said if k in f.evidence]
    named = [k for k in said if k not in f.evidence]
    parts = [f"{'/'.join(shown)} work in the description"] if shown else []
    parts += [f"{'/'.join(named)} mentioned in the description"] if named else []
    return "".join(", " + p for p in parts)


def _named(skill: str) -> str:
    """A skill's name in reasons: "Python", "any of Python, Go"."""
    names = vocabulary().skill_names
    if ANY in skill:
        return "any of " + ", ".join(names[m] for m in skill_members(skill))
    return names[skill]


def _met(skill: str, f: Features) -> str:
    """The skill met, in reasons: an any-of group by the member the posting has best; one met
    through skills that satisfy it by those too ("NoSQL (MongoDB, Redis)")."""
    v = vocabulary()
    if ANY in skill:
        members = skill_members(skill)
        skill = max(members, key=lambda m: _skill_credit(m, f.skills, v.languages))
    if skill in f.skills and not _linked_over(skill, f):
        return v.skill_names[skill]
    by = sorted(v.skill_names[o] for o in v.accepts.get(skill, ()) if o in f.skills)
    return f"{v.skill_names[skill]} ({', '.join(by)})"


def evaluate(cq: Compiled, posting: Posting, explain: bool = False) -> MatchResult:
    """Score a posting against a compiled query."""
    return evaluate_features(cq, features(posting), posting, explain)


def evaluate_features(
    cq: Compiled, f: Features, posting: Posting, explain: bool = False
) -> MatchResult:
    """evaluate() given the posting's features."""
    q = cq.query
    place = where(q, f, _shown_place(posting, f)) if "location" in cq.weights else None
    rejected = _filters(cq, f, posting, place)
    if rejected and not explain:
        return MatchResult(0.0, False)
    parts: dict[str, float] = {}
    reasons: list[str] = []
    notes: list[str] | None = [] if explain else None
    gate = 1.0
    got: list[float] = []
    if "title" in cq.weights:
        parts["title"], gate = _title(cq, f, notes)
    if "skills" in cq.weights:
        bare = "title" not in cq.weights  # a search of skills alone: _skill_credit
        got = [_skill_credit(s, f.skills, vocabulary().languages, bare) for s in cq.skill_keys]
        parts["skills"] = skills_part(got)
    if place is not None:
        parts["location"] = place.part
    if "salary" in cq.weights:
        parts["salary"] = _pay_part(_pay(q, posting))
    if "seniority" in cq.weights:
        parts["seniority"] = seniority_part(cq.query.seniority, f)
    if q.prefer:
        parts["prefer"] = prefer_part(q, f)
    by_part: dict[str, list[str]] = {}
    if explain:
        by_part = _reasons(cq, f, posting, parts, list(place.reasons) if place else [])
        reasons = [r for k in _REASON_ORDER for r in by_part.get(k, ())]
    points = sum(cq.weights[k] * s for k, s in parts.items())
    if gate < 1.0:  # another job altogether: skills, place and pay cannot carry it
        points = cq.weights["title"] * parts["title"] + gate * (
            points - cq.weights["title"] * parts["title"]
        )
    if not parts.get("title") and not parts.get("skills"):
        points = 0.0  # nothing the user asked for is there: location or salary alone never match
    score = min(round_score(100.0 * points / cq.total), 100.0)
    none_named = not names_needed(cq, f.skills)
    near_short = not none_named and near_title_short(cq, f)
    silent = not names_sector(cq, f.skills)
    few = bool(cq.least) and too_few(cq, got)
    unnamed = none_named or near_short or silent or few
    loose = not rejected and only_loosely(cq, f.skills)
    if unnamed or loose:
        score = min(score, UNNAMED)
    unstated = place is not None and place.unstated
    if unstated:
        score = min(score, UNSTATED_WORKPLACE)
    if not explain:
        return MatchResult(score, True)
    names = part_names(cq)
    short = tuple(names[k] for k, s in parts.items() if not fits_fully(k, s) and k != "prefer")
    within = _ranks_within(cq)
    lacking = tuple(
        names[k] for k, s in parts.items() if not s and k != "prefer" and k not in within
    )
    lines, added = _part_lines(cq, parts, gate)
    lines.extend("title: " + n for n in notes or ())
    for k in _REASON_ORDER[1:]:  # the title's are its notes, above
        lines.extend(_part_reasons(names.get(k, k), by_part.get(k, [])))
    if gate < 1.0:
        lines.append(f"another kind of job: the other parts count for {gate:.0%} of their points")
    if field_alone(q):
        lines.append(f"a field named alone counts {FIELD_ALONE:.0%} at most: its role ranks first")
    lines.append(breakdown.in_all(added))
    added_up: int = sum(added)
    if not points and added_up:
        lines.append(
            "nothing asked for in the title or skills is there: place or pay alone never"
            " match → score 0.0"
        )
    elif added_up > 1000:
        lines.append("at most 100 → score 100.0")
    if (unnamed or loose) and points and min(added_up, 1000) > _tenths(UNNAMED):
        why = (
            "names none of the skills asked"
            if none_named
            else "a title missing a word asked and the practice asked"
            if near_short and cq.shows
            else "a neighbouring title missing a tool asked"
            if near_short
            else f"names none of the {_wanted_kind(cq)} asked"
            if silent
            else f"names fewer than {cq.least} of the skills asked"
            if few
            else "has the specialty only by a tool"
        )
        capped = score_text(score)
        lines.append(f"at most {UNNAMED:.1f} by words: {why}, a loose match → score {capped}")
    if unstated and points and min(added_up, 1000) > _tenths(UNSTATED_WORKPLACE):
        capped = score_text(score)
        lines.append(
            f"at most {UNSTATED_WORKPLACE:.1f}: the workplace asked is not stated, a normal"
            f" match → score {capped}"
        )
    if rejected:
        lines.append(f"left out: {rejected} → score 0.0")
        reasons.insert(0, "✗ " + rejected)
    return MatchResult(
        score if not rejected else 0.0,
        rejected is None,
        tuple(reasons),
        tuple(lines),
        len(short),
        len(lacking),
        parts.get("prefer", 0.0),
        short,
        lacking,
    )


def _part_lines(cq: Compiled, parts: dict[str, float], gate: float) -> tuple[list[str], list[int]]:
    """A line per part in points of 100 ("title: 80% of 54.6 points = 43.5"), and the points in
    tenths, adding up to the score before its caps: another job's other parts count gate."""
    worth = {k: 100.0 * cq.weights[k] * (gate if k != "title" else 1.0) / cq.total for k in parts}
    counted = [k for k in parts if k != "prefer"]  # a shift preferred is over the total
    tops = breakdown.tenths([worth[k] for k in counted], _tenths(sum(worth[k] for k in counted)))
    out_of = dict(zip(counted, tops, strict=True))
    names = part_names(cq)
    if "prefer" in parts:
        out_of["prefer"] = _tenths(worth["prefer"])
    exact = [worth[k] * s for k, s in parts.items()]
    added = breakdown.tenths(exact, _tenths(sum(exact)), [out_of[k] for k in parts])
    lines = [
        f"{names[k]}: {s:.0%} of {breakdown.shown(out_of[k])} points = {breakdown.shown(got)}"
        for (k, s), got in zip(parts.items(), added, strict=True)
    ]
    return lines, added


def part_names(cq: Compiled) -> dict[str, str]:
    """The parts' names as cards say them; the skills part of a search naming specialties
    alone ("fintech backend": no skill asked) is its specialty."""
    v = vocabulary()
    members = [m for s in cq.skill_keys for m in skill_members(s)]
    if members and all(m in v.specialties for m in members):
        return {**_PART_NAMES, "skills": "specialty"}
    return _PART_NAMES


_PART_NAMES = {
    "title": "title",
    "skills": "skills",
    "location": "place",
    "salary": "pay",
    "seniority": "level",
    "prefer": "shift preferred",
}


def _tenths(points: float) -> int:
    """Points in whole tenths, halves up, as round_score rounds a score."""
    return math.floor(points * 10.0 + 0.5)


def _ranks_within(cq: Compiled) -> frozenset[str]:
    """The parts that rank postings within those fitting the rest, never after them: specialties
    beside a title and a level ("staff software engineer payments": a Staff Software Engineer
    not naming payments before a Lead Python Developer who does; the level and title say the
    job). With no level the specialty still says which job ("icu nurse")."""
    v = vocabulary()
    special = all(m in v.specialties for s in cq.skill_keys for m in skill_members(s))
    asked = "title" in cq.weights and "seniority" in cq.weights
    if asked and cq.skill_keys and special and not cq.languages:
        return frozenset(["skills"])
    return frozenset()


_PASSED: dict[float, MatchResult] = {}


def passed_result(score: float) -> MatchResult:
    """The shared reason-less result of a passing score (results are immutable)."""
    result = _PASSED.get(score)
    if result is None:
        result = _PASSED[score] = MatchResult(score, True)
    return result


def prefer_part(q: ParsedQuery, f: Features) -> float:
    """The share of the shifts and settings the search prefers (all wanted: "nights part time")
    that the posting's title or text names."""
    return len(f.shifts.intersection(q.prefer)) / len(q.prefer) if q.prefer else 0.0


def other_parts(
    cq: Compiled, f: Features, posting: Posting
) -> tuple[float, float, float, bool] | None:
    """The location, salary and preference parts as evaluate_features computes them (0.0 when
    not asked) and whether a workplace asked is not stated (UNSTATED_WORKPLACE), or None when an
    exclusion, the workplace, the place or the pay filter rejects the posting.

    The role, language and seniority filters are left to the caller: they depend on other fields.
    """
    q = cq.query
    place = where(q, f, _shown_place(posting, f)) if q.workplaces or q.locations else None
    if _excluded(cq, f, posting) or _place_pay_filter(q, posting, place):
        return None
    location = place.part if place is not None else 0.0
    pay = _pay_part(_pay(q, posting)) if q.salary_min is not None else 0.0
    return location, pay, prefer_part(q, f), place is not None and place.unstated


def _pay_part(pay: PayCheck | None) -> float:
    """The salary part: 1 at or above the floor, PAY_TOP_ONLY when only the range's top is,
    UNKNOWN when not stated or not compared."""
    if pay is None or pay.passes is None:
        return UNKNOWN
    return (PAY_TOP_ONLY if pay.partly else 1.0) if pay.passes else 0.0


def fits_place(cq: Compiled, f: Features, posting: Posting) -> bool:
    """Whether a posting fits the place a search asks fully (a card ticks it), or it asks none:
    not elsewhere, nor only in part (the country alone, remote, no place stated)."""
    if "location" not in cq.weights:
        return True
    return fits_fully("location", where(cq.query, f, _shown_place(posting, f)).part)


def _shown_place(posting: Posting, f: Features) -> str:
    """The posting's place as written, for reasons; a remote one naming nobody with who may
    apply as its text says it (Features.place)."""
    return f.place or " ".join(posting.location.split()) or "no place given"


def title_part(cq: Compiled, f: Features) -> float:
    """The title's share (0 to 1) of a search's score of a posting; 1 when it names no title."""
    return _title(cq, f, None)[0] if "title" in cq.weights else 1.0


def score_posting(query: ParsedQuery, posting: Posting) -> MatchResult:
    """Score one posting against one search, with reasons and a full breakdown; a search of
    several titles ("nurse or midwife") by the title that fits best."""
    return best_of(evaluate(compile_query(v), posting, explain=True) for v in query.variants())


def best_of(results: Iterable[MatchResult]) -> MatchResult:
    """The result of the title that fits best, of a search's variants: passing first, then by
    score; the first title on a tie."""
    return max(results, key=lambda r: (r.passed, r.score))  # max keeps the first of equals


def threshold_for(sensitivity: Sensitivity) -> float:
    """The minimum score a posting needs for a search of this sensitivity."""
    return THRESHOLDS[sensitivity]
