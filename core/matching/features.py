"""Per-posting preprocessing, cached: title words, skills found, seniority, workplace."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from core.matching.query import shifts_named
from core.matching.query.legal import legal_title, names_law_firm
from core.matching.regions import placed_from_text
from core.matching.vocab import (
    EVERY_FIELDS,
    IMPLY_ENG,
    RANK,
    TECH_SPECS,
    WORK,
    WORKER,
    Item,
    broad_heads,
    codes_one_above,
    field_roles,
    fold,
    house_styled,
    seasons_read,
    tokens,
    vocabulary,
)
from core.model import Posting

TITLE_SKILL = 1.0  # a skill named in the title or tags
DESC_SKILL = 0.5  # a skill only mentioned in the description
# ... only as optional there ("Nice to have", "Bonus: Rust.", "Terraform a plus"; _optional_spans)
OPTIONAL_SKILL = 0.25
AFTER_ROLE = 0.3  # weight of plain words after the role ("Engineer, Core Services")
OPTIONAL_WORD = 0.3  # a rank or licence a title may leave out ("Supervisory", "Deputy")
EVIDENCE_MIN = 2.0  # cue points a specialisation needs to count as shown by the text
EVIDENCE_SHARE = 0.6  # ... and its share of the strongest specialisation's points
FIELD_HEADS = frozenset(["eng", "analyst", "specialist", "tester", "consultant", "architect"])
_STARTERS = ".!?:;\n•*-("
_NONE: frozenset[str] = frozenset()
# "Backend & Platform Engineer", "Backend and Data Engineer": either job, as a slash says. A
# word is read from its start only: a start within it finds the same end (linear, not quadratic).
_SLASHED = re.compile(r"(?<![a-z0-9+#.])([a-z0-9+#.]+)(?:\s*[/&]|\s+and\s)")
# Two role nouns joined by a hyphen name either job, as a slash does ("Painter-Refinisher").
_HYPHENED = re.compile(r"([a-z]+)-(?=([a-z]+))")
# "Law Clerk to Judge Smith", "Special Assistant to the Director": whom the job serves is a
# part of its own, as in a parenthesis, and names no role of the title.
_SEPARATORS = re.compile(r"\s-\s|[,(:|)\[\]]|\s(?=to\s)")
_PARENTHESISED = re.compile(r"\(([^()]*)\)")
# A parenthesis naming whom or what the job serves ("Assistant (to the Director)") names no role.
_RELATION = frozenset(["to", "for", "of", "the", "with", "at", "in", "on", "under"])
_OR = re.compile(r"\s+or\s+")
# "OR" in capitals in a title not all in capitals is the operating room ("Registered Nurse -
# OR"), as a search's "or nurse" is (query._operating_room), not "or" between two titles.
_OPERATING_ROOM = re.compile(r"(?<![\w-])OR(?![\w-])")
# "ER" in capitals in a nurse's or physician's title is the emergency room ("Travel RN - ER",
# "ER Nurse Manager": fresh8 dev); in an HR specialist's it is employee relations ("(ER/LR)").
_EMERGENCY_ROOM = re.compile(r"(?<![\w/-])ER(?![\w/-])")
_CLINICAL = re.compile(r"(?<!\w)(?:RN|[Nn]urs(?:e|es|ing)|[Pp]hysician)(?!\w)")
# the UK's operating room is the theatre, said before its nurse ("Theatre Nurse", "Theatres Scrub
# Practitioner"); a theatre of plays has no nurse
_THEATRE = re.compile(
    r"\btheat(?:re|er)s?(?=[\s-]+(?:scrub[\s-]+)?(?:staff[\s-]+)?(?:nurse|practitioner|sister)s?\b)",
    re.I,
)
NO_CUE = "-"  # spec_cues.tsv: a phrase that shows no kind of work (its words are no cue)
_NEGATED = frozenset(["no", "not", "non", "without"])  # "no firmware work" names no firmware


@dataclass(frozen=True, slots=True)
class Features:
    """What the scorer needs to know about one posting."""

    title_words: tuple[str, ...]  # canonical title words, no skills, levels or noise
    title_keys: dict[str, float]  # matching key -> weight (words after the role count less)
    title_text: str  # title keys joined, for rapidfuzz
    heads: frozenset[str]  # role classes in the title
    head: str | None  # class of the role noun the title is about ("QA Engineer (Backend)": eng)
    role_heads: frozenset[str]  # other role classes it names as alternatives ("Writer/Editor")
    role_words: frozenset[str]  # specialisations naming that role ("qa"; "civil/mechanical")
    working: frozenset[str]  # roles a working title in parentheses names: "manager product"
    role_keys: frozenset[str]  # title keys of the part that names the role
    tech_specs: frozenset[str]
    other_specs: frozenset[str]
    evidence: frozenset[str]  # specialisations the tags and description clearly show
    mentions: frozenset[str]  # specialisations they only mention
    software: bool  # the title says it is a software job
    title_skills: frozenset[str]
    title_langs: frozenset[str]  # required-type skills (languages) named in the title
    skills: dict[str, float]  # skill key -> TITLE_SKILL, DESC_SKILL or OPTIONAL_SKILL
    seniority: str | None
    years: int | None  # unlevelled: the fewest years of experience the text asks, UNSAID no text,
    # SILENT a whole posting asking none
    student: bool  # a student's posting ("Student Trainee"): for searches asking for a level
    workplace: str | None
    location: str
    company: str
    tag_words: frozenset[str]
    all_words: frozenset[str]  # every title word, raw and canonical, and tag words
    keys: frozenset[str]  # index keys this posting can match
    shifts: frozenset[str]  # shifts (query.SHIFTS) the title or text names: "nights", "per diem"
    series: tuple[str, ...] = ()  # occupational series its tags declare (declared_series)
    series_keys: frozenset[str] = frozenset()  # index keys of their titles (not in keys)
    country: str = ""  # the country a posting stating no place is known to be in ("US")
    # its board says remote in the place of a remote job (USAJOBS "Anywhere in the U.S. (remote
    # job)"): stating a place without it, it states it is not remote
    remote_said: bool = False
    # a remote posting whose place names nobody, with who may apply as its title or text says
    # it ("Remote (from the text: United States)"): its place for scoring and reasons; "" else
    place: str = ""


@dataclass
class _Segment:
    words: list[str]
    heads: list[int]  # positions of role nouns in words
    slashed: set[int]  # positions of words written before a slash ("Civil/Mechanical")
    specialty: set[int]  # positions of a specialty's words ("Data Platform"): not the role word
    alternative: bool = False  # after "or": "Toxicologist or Chemist" names either role
    working: bool = False  # a parenthesised title: "Program Manager (Deputy Product Manager)"
    event: bool = False  # an event for a role's people: "Middle School Science Teacher Workshop"


def _title_items(title: str) -> tuple[list[_Segment], set[str], str | None]:
    """Return the title's segments of canonical words, its skills and its seniority level.

    Segments are the parts between separators: "Senior QA Engineer – Backend Services (Python)"
    has "senior qa engineer", "backend services" and "python".
    """
    v = vocabulary()
    segments: list[_Segment] = []
    skills: set[str] = set()
    said: list[str] = []  # the levels the title's words name
    coded: list[str] = []  # ... and its company level codes ("L7")
    if not title.isupper():
        title = _OPERATING_ROOM.sub("Operating Room", title)
        if _CLINICAL.search(title):
            title = _EMERGENCY_ROOM.sub("Emergency Room", title)
    title = _THEATRE.sub("Operating Room", title)
    folded = house_styled(fold(title))  # "Forestry Technician (Fire)": a wildland firefighter
    parts = [
        (part, i > 0 and j == 0)
        for i, choice in enumerate(_OR.split(folded))
        for j, part in enumerate(_SEPARATORS.split(choice))
    ]
    # the federal house style "Official Title (Working Title)": the parenthesis names the job too
    working = (
        {
            m.group(1).strip()
            for m in _PARENTHESISED.finditer(folded)
            if not _RELATION & set(tokens(m.group(1)))
        }
        if "(" in title
        else _NONE
    )
    season = v.season_term(tokens(folded))  # "Office Intern, Spring": no Spring framework
    for part, alternative in parts:
        read = _read_part(part, season)
        skills.update(read.skills)
        said += read.said
        coded += read.coded
        if read.words:  # fresh lists: _field_as_role may change a segment
            words, heads = list(read.words), list(read.heads)
            slashed, specialty = set(read.slashed), set(read.specialty)
            named = part.strip() in working
            segments.append(
                _Segment(words, heads, slashed, specialty, alternative, named, read.event)
            )
    if any(len(skill) == 1 for skill in skills) and not _programs(segments):
        skills = {skill for skill in skills if len(skill) > 1}
    if not any(seg.heads for seg in segments):
        _field_as_role(segments)
    return segments, skills, _title_level(said, coded)


class _PartRead(NamedTuple):
    """What a title reads from one of its parts (_read_part): a segment's makings."""

    words: tuple[str, ...]
    heads: tuple[int, ...]
    slashed: frozenset[int]
    specialty: frozenset[int]
    event: bool
    skills: tuple[str, ...]  # in the order named
    said: tuple[str, ...]  # the levels its words name
    coded: tuple[str, ...]  # ... and its company level codes ("L7")


def _rung(items: list[Item], at: int) -> list[str]:
    """The level a title word names before its role noun ("Staff Accountant": junior), if any."""
    rung = vocabulary().title_rungs.get(items[at].value)
    nxt = items[at + 1].value if at + 1 < len(items) else ""
    return [rung[0]] if rung is not None and nxt in rung[1] else []


@lru_cache(maxsize=8192)
def _read_part(part: str, season: bool) -> _PartRead:
    """The words, role nouns, skills and levels of one part of a folded title (_title_items),
    with a season read as the season (Vocabulary.season_term); parts repeat across titles."""
    v = vocabulary()
    words: list[str] = []
    heads: list[int] = []
    slashed: set[int] = set()
    specialty: set[int] = set()
    skills: list[str] = []
    said: list[str] = []
    coded: list[str] = []
    before_slash = _slashed_words(part) | _hyphened_roles(part)
    items = v.analyse(tokens(part))
    if season:
        items = seasons_read(items)
    for at, item in enumerate(items):
        value = item.value
        start = len(words)
        if item.kind == "skill":
            skills.append(value)
            if value in v.specialties:  # "Data Platform Engineer" is still a data engineer
                for token in tokens(item.surface):
                    specialty.add(len(words))
                    words.append(v.stem(token))
        elif v.grade_of_level(items, at):  # "Senior II": the grade of the level before
            pass
        elif (found := v.level_at(items, at)) is not None:
            (coded if value in v.level_codes else said).append(found)
        elif value == WORK and at == len(items) - 1 and words and not heads:
            if words[-1] in v.worker_fields:  # "Adult Social Work": a social worker's job
                heads.append(len(words))
                words.append(WORKER)
        elif value not in v.stop and not v.noise(items, at) and value not in v.workplace:
            if value in v.heads:
                heads.append(len(words))
            words.append(value)
            said += _rung(items, at)
            wanted = v.skill_alias.get((value,))  # "Fork Lift Operator" names the forklift
            if wanted is not None and v.wanted(wanted):
                skills.append(wanted)
        if len(words) > start and item.surface.rsplit(" ", 1)[-1] in before_slash:
            slashed.add(len(words) - 1)  # "Civil/…", "Medical Officer/Chemist"
    # "Teacher Workshop": a role noun before an event names who it is for, not the job
    return _PartRead(
        words=tuple(words),
        heads=tuple(h for h in heads if not set(words[h + 1 : h + 2]) & _EVENTS),
        slashed=frozenset(slashed),
        specialty=frozenset(specialty),
        event=bool(set(words) & _EVENTS),
        skills=tuple(skills),
        said=tuple(said),
        coded=tuple(coded),
    )


# Events a role noun names the audience of ("Middle School Science Teacher Workshop").
_EVENTS = frozenset(["workshop", "workshops", "seminar", "symposium", "webinar", "conference"])


def _field_as_role(segments: list[_Segment]) -> None:
    """A title of no role noun with a field word alone in a part names that field's role noun:
    "Student Trainee (Engineering)" is an engineering student's posting (field_words.tsv)."""
    roles = _field_roles()
    for seg in segments:
        if len(seg.words) == 1 and seg.words[0] in roles:
            seg.words[0] = roles[seg.words[0]]
            seg.heads.append(0)
            return


@cache
def _field_roles() -> dict[str, str]:
    """field_words.tsv's role nouns that are role nouns of the vocabulary."""
    heads = vocabulary().heads
    return {f: noun for f, noun in field_roles().items() if noun in heads}


# Roles that write code: a one-letter language (C, R) in a title counts only beside one, as
# the FAA's facility letter in "Air Traffic Control Specialist (C)" is no C.
_PROGRAMMING_CLASSES = frozenset(["eng", "scientist", "statistician", "analyst", "architect"])


def _programs(segments: list[_Segment]) -> bool:
    """Whether the title names a role that may write code (a developer, a scientist…)."""
    v = vocabulary()
    words = {word for seg in segments for word in seg.words}
    return bool(words & TECH_SPECS) or any(
        v.heads.get(word) in _PROGRAMMING_CLASSES for word in words
    )


def _title_level(said: list[str], coded: list[str]) -> str | None:
    """A title's level: the highest it names, but the words' beside company codes one rung above
    them ("Sr. Staff SWE (L7)": staff), as a search reads them (words._by_word)."""
    if said and codes_one_above(max(said, key=RANK.__getitem__), coded):
        coded = []
    return max([*said, *coded], key=RANK.__getitem__, default=None)


def _slashed_words(part: str) -> set[str]:
    """The words written before a slash, an ampersand or "and" ("civil/mechanical": civil)."""
    if "/" not in part and "&" not in part and "and" not in part:
        return set()
    return {m.group(1) for m in _SLASHED.finditer(part)}


def _hyphened_roles(part: str) -> set[str]:
    """Role nouns written before a hyphen and another role noun: "painter-refinisher" is a
    painter or a refinisher, as "painter/refinisher" is (not a kind of refinisher)."""
    if "-" not in part:
        return set()
    heads = vocabulary().heads
    return {
        m.group(1) for m in _HYPHENED.finditer(part) if {m.group(1), m.group(2)} <= heads.keys()
    }


def _role(segments: list[_Segment]) -> tuple[int, str | None, frozenset[str], frozenset[str]]:
    """Return (index of the segment naming the role, its role class, its specialising words,
    the role classes it names as alternatives: "Hydrologist/Meteorologist", "… or Chemist")."""
    v = vocabulary()
    with_head = [i for i, seg in enumerate(segments) if seg.heads]
    if not with_head:
        return 0, None, frozenset(), frozenset()
    index = with_head[0]
    seg = segments[index]
    noun = seg.words[seg.heads[-1]]
    plain = v.generic | v.optional  # "IT Specialist", not "Personnel Security Specialist"
    weak = noun in v.weak_heads and all(w in plain for w in seg.words[: seg.heads[-1]])
    if weak and len(with_head) > 1:  # "IT Specialist (Product Manager)"
        index = with_head[1]
        seg = segments[index]
        noun = seg.words[seg.heads[-1]]
    words: set[str] = set()
    # "Electrical Engineer/Computer Engineer/Electronics Engineer": each alternative's words
    for head in (h for h in seg.heads if h == seg.heads[-1] or h in seg.slashed):
        at = head - 1
        while at in seg.specialty:
            at -= 1
        while at >= 0 and (seg.words[at] in v.specs or seg.words[at] in v.generic):
            words.add(seg.words[at])
            if at - 1 not in seg.slashed:  # "Civil/Environmental Engineer": both name the role
                break
            at -= 1
    alternatives = {v.heads[seg.words[at]] for at in seg.heads if at in seg.slashed}
    alternatives.update(
        v.heads[other.words[other.heads[-1]]]
        for other in segments
        if other.alternative and other.heads
    )
    return index, v.heads[noun], frozenset(words), frozenset(alternatives)


def _working_roles(segments: list[_Segment], role_index: int) -> frozenset[str]:
    """The roles a parenthesised working title names besides the role segment's, each as its
    role class and the word specialising it: "Program Manager (Deputy Product Manager
    Acquisition)" is also a "manager product" job, "IT Specialist (APPSW SYSADMIN)" an "eng
    software", an "admin systems" and an "specialist it" one; so does each job a title lists
    after a preamble. A role noun before another one only qualifies it ("Nurse Practitioner")."""
    if len(segments) < 2:
        return _NONE
    v = vocabulary()
    # "IT Specialist (SYSADMIN)": the official title the parenthesis specialises is a role too
    official = next((i for i, seg in enumerate(segments) if seg.heads), role_index)
    # "Multiple Openings: Senior Engineer, Senior Product Manager": a list of the jobs offered
    listed = bool(segments) and not segments[0].heads and sum(1 for s in segments if s.heads) > 1
    return frozenset(
        " ".join([v.heads[seg.words[head]], *_specialising(seg, head)])
        for i, seg in enumerate(segments)
        if i != role_index and (seg.working or i == official or listed)
        for head in seg.heads
        if head + 1 not in seg.heads and not _qualifies(seg.words, head)
    )


# Nouns a role noun before them only qualifies: "(Developer Docs)", "(Developer Relations)".
_QUALIFIED = frozenset(
    {
        *("docs", "doc", "documentation", "relations", "experience", "tools", "tooling"),
        *("advocacy", "portal", "productivity", "community", "ecosystem", "marketing"),
        *("education", "success"),
    }
)


def _qualifies(words: list[str], head: int) -> bool:
    """Whether the role noun at head only qualifies the noun after it ("Developer Docs")."""
    return head + 1 < len(words) and words[head + 1] in _QUALIFIED


def _other_fields(seg: _Segment | None, specs: set[str]) -> frozenset[str]:
    """The title's fields outside software; none when one alternative role of its names no
    field ("Electrical Engineer/Computer Engineer/Electronics Engineer": a computer engineer)."""
    fields = frozenset(specs - TECH_SPECS)
    if not fields or seg is None or len(seg.heads) < 2:
        return fields
    v = vocabulary()
    start = 0
    for head in seg.heads:
        own = seg.words[start:head]  # the words of this alternative: "computer" (engineer)
        # a role noun before this one only qualifies it ("Nurse Manager"): no alternative; nor
        # is one of a role that writes no code ("Network Engineer/Systems Administrator")
        coding = v.heads[seg.words[head]] in _PROGRAMMING_CLASSES
        if own and coding and not v.heads.get(own[-1]) and not any(w in fields for w in own):
            return frozenset()
        start = head + 1
    return fields


def _coding_words(seg: _Segment) -> set[str]:
    """The words of a role part's alternatives of roles that may write code: "network" of
    "Network Engineer/Systems Administrator" and of "Cyber Security/Network Engineer"."""
    v = vocabulary()
    if len(seg.heads) < 2:
        return set(seg.words)
    words: set[str] = set()
    start = 0
    for head in seg.heads:
        # the words written right before it: "network" of "Cyber Security/Network Engineer"
        own = max((at + 1 for at in seg.slashed if start <= at < head), default=start)
        if v.heads[seg.words[head]] in _PROGRAMMING_CLASSES:
            words.update(seg.words[own : head + 1])
        start = head + 1
    return words


def _specialising(seg: _Segment, head: int) -> set[str]:
    """The specialisation or generic word right before a role noun ("Product" Manager)."""
    v = vocabulary()
    at = head - 1
    while at in seg.specialty:
        at -= 1
    if at >= 0 and (seg.words[at] in v.specs or seg.words[at] in v.generic):
        return {seg.words[at]}
    return set()


# Specialisations whose bare word a skills list names beside the tools of any work: a "Software
# Engineer" tagged python, aws, security is no security engineer (a SOC analyst tagged security,
# soc, siem names no skill beside it, and still is security work).
_CONCERNS = frozenset(["security"])


# The server side a text's stack shows, by kind of backend cue (see Vocabulary.cues and
# fallback_cues): a server language, a store, a broker, services. A language beside two other
# kinds ("Java", "Kafka", "PostgreSQL") is backend work for a plain software title, whatever
# its team ("Staff Software Engineer, Payments"); one kind alone is only a mention, and a title
# naming a speciality (frontend, iOS, data, QA) or no software ("Support Engineer") gets none.
_SERVER_LANGUAGE = "language"
_SERVER_CUES = {
    _SERVER_LANGUAGE: (
        "java, jvm, kotlin, scala, golang, rust, ruby, rails, ruby on rails, php, c#, .net, dotnet,"
        " node.js, nodejs, elixir, spring, spring boot, django, flask, fastapi, asp.net, laravel,"
        " nestjs, ktor, akka"
    ),
    "store": (
        "postgresql, postgres, mysql, redis, dynamodb, mongodb, cassandra, sql server,"
        " entity framework, hibernate"
    ),
    "broker": "kafka, sqs, rabbitmq, message queues",
    "services": "apis, grpc, rest, microservices, microservice, endpoints, backend services",
}
_SERVER_SIDE: dict[tuple[str, ...], str] = {
    tuple(cue.split()): kind for kind, cues in _SERVER_CUES.items() for cue in cues.split(", ")
}
_SERVER_KINDS = 3  # the kinds of server-side cue, a language among them, that show backend work
# Server languages a description names as skills ("Go", written so, is no cue: _description_skills)
_SERVER_SKILLS = frozenset(
    [
        "go",
        "java",
        "kotlin",
        "scala",
        "rust",
        "ruby",
        "ruby on rails",
        "php",
        "c#",
        ".net",
        "node.js",
    ]
)

# The skills that show a full-stack posting's server side: a server language, Python among them
# (its Django or FastAPI; a plain software title's Python may be data work), a server framework,
# store or broker (_SERVER_CUES), or services.
FULLSTACK_SERVERS = _SERVER_SKILLS | frozenset(
    [
        *("python", "elixir", "express", "nestjs", "django", "flask", "fastapi", "spring boot"),
        *("laravel", "postgresql", "mysql", "sql server", "redis", "dynamodb", "mongodb"),
        *("cassandra", "kafka", "rabbitmq", "microservices", "grpc"),
    ]
)


def _evidence(
    posting: Posting,
    tag_words: set[str],
    text_tokens: list[str],
    listed: bool = False,
    plain: frozenset[str] | None = None,
) -> tuple[frozenset[str], frozenset[str]]:
    """Specialisations the tags and description show clearly (the strongest) or just mention.

    text_tokens: the description's tokens (see _text_tokens). listed: the tags name skills (a
    skills list), where a concern every developer has ("security" beside Python, AWS) is no tag
    of the kind of work: it counts as a word of the text does. plain: for a software developer's
    title naming no speciality, the skills the posting names, whose server-side stack with the
    text's shows backend work (_SERVER_SIDE).
    """
    v = vocabulary()
    score: dict[str, float] = {}
    for word in tag_words:
        if word in v.specs and not (listed and word in _CONCERNS):
            score[word] = score.get(word, 0.0) + 3.0
    toks = text_tokens + [t for tag in posting.tags for t in tokens(tag)]
    n = len(toks)
    cues, reach = v.cues, v.cue_reach
    named: set[str] = set()  # specialisations the text names outright ("machine learning")
    paired: set[str] = set()  # ... or beside another cue of it (Vocabulary.paired_cues)
    fallback: dict[str, float] = {}  # ... the languages it names (Vocabulary.fallback_cues)
    server: set[str] = set()  # the kinds of server-side cue the text names (_SERVER_SIDE)
    i = 0  # tokens before i are read
    for at in [at for at, token in enumerate(toks) if token in reach]:  # most start no cue
        if at < i:
            continue
        for size in range(min(reach[toks[at]], n - at), 0, -1):
            gram = tuple(toks[at : at + size])
            hit = cues.get(gram)
            if hit and hit[0] == NO_CUE:  # "security screening": a hiring formality, no work
                i = at + size
                break
            kind = _SERVER_SIDE.get(gram)
            if kind and not _NEGATED & set(toks[max(0, at - 2) : at]):
                server.add(kind)
            if hit:
                score[hit[0]] = score.get(hit[0], 0.0) + hit[1]
                if not _NEGATED & set(toks[max(0, at - 2) : at]):
                    if gram in v.naming_cues:
                        named.add(hit[0])
                    elif gram in v.paired_cues:
                        paired.add(hit[0])
                i = at + size
                break
            weak = v.fallback_cues.get(gram)
            if weak:
                fallback[weak[0]] = fallback.get(weak[0], 0.0) + weak[1]
                i = at + size
                break
    # the text says no other kind of work (a cue of no points, the cloud, names none)
    if fallback and {k for k, s in score.items() if s} <= fallback.keys():
        for spec, points in fallback.items():
            score[spec] = score.get(spec, 0.0) + points
    if plain is not None and plain & _SERVER_SKILLS:
        server.add(_SERVER_LANGUAGE)
    if plain is not None and _SERVER_LANGUAGE in server and len(server) >= _SERVER_KINDS:
        named.add("backend")
        score.setdefault("backend", EVIDENCE_MIN)
    if not score:
        return frozenset(), frozenset()
    top = max(score.values())
    shown = frozenset(
        k
        for k, s in score.items()
        if k in named or (s >= EVIDENCE_MIN and (k in paired or s >= EVIDENCE_SHARE * top))
    )
    return shown, frozenset(score) - shown


def _text_tokens(text: str) -> list[str]:
    """The tokens of a description (its first 20,000 characters), full stops unglued."""
    return tokens(unglue(text[:20000]))


def _description_skills(text: str, text_tokens: list[str]) -> set[str]:
    """Return skills named in a description; ambiguous names only as spelt, mid-sentence.

    "Go" must be written so, mid-sentence; an unambiguous alias such as "Golang" always counts.
    text_tokens: its tokens (see _text_tokens).
    """
    v = vocabulary()
    found: set[str] = set()
    plain: set[str] = set()  # seen only through spellings that are also ordinary words
    for item in v.skills_in(text_tokens):
        if item.value in v.ambiguous and tuple(item.surface.split()) in v.amb_grams:
            plain.add(item.value)
        else:
            found.add(item.value)
    if plain - found:
        text = unglue(text[:20000])
    for key in plain - found:
        name = v.skill_names[key]
        pattern = rf"(?<![\w.#+-]){re.escape(name)}(?![\w#+-]|\.\w)"
        if any(
            _mid_sentence(text, m.start()) or _LIST_ITEM.match(text, m.end())
            for m in re.finditer(pattern, text)
        ):
            found.add(key)
    return found


# A part of a description naming what a job would like, not what it asks: a header on its own line
# ("Nice to have", "## Nice to haves", "Bonus points", "Preferred Qualifications", "Desirable:")
# over the list or paragraph after it; a label ("Bonus: Rust.", "Nice to have: Kafka") over its
# sentence; a clause ending in "a plus" or "is nice to have" ("Terraform a plus.", "- Cypress a
# plus", "(German is a plus)"). Not "preferred" in running text: "C++, C# or Java preferred"
# asks for one of them, and a squashed text's "Preferred Qualifications:" has no end.
_LIKED_WORDS = (
    r"nice[- ]to[- ]haves?|bonus(?: points| skills)?|desirable(?: skills| experience)?|pluses"
    r"|good to have|(?:it'?s |would be )?a plus(?: if you have)?|extra credit"
)
_OPTIONAL_WORDS = (
    rf"{_LIKED_WORDS}|preferred(?: qualifications?| skills| experience| requirements)?"
)
# A product blurb names what the product connects to and whom it sells to, not the job's skills:
# "Our platform integrates with Salesforce and Shopify", "syncs natively with Shopify", "Our
# customers include banks and fintech startups", "We sell to fintech companies", "Trusted by 300
# fintech companies" (to the end of the sentence, at most 100 characters: a squashed text has no
# full stops); not "build our integrations with Shopify".
_PRODUCT_BLURB = re.compile(
    r"(?i)\b(?:(?:integrates|connects|syncs|plugs)\s+(?:seamlessly\s+|natively\s+|directly\s+)?"
    r"(?:with|into|to)|(?:customers|clients)\s+(?:include|including|range\s+from)|sells?\s+to"
    r"|trusted\s+by)\s+([^.\n;:()]{1,100})"
)
_OPTIONAL_HEADER = re.compile(
    rf"(?i)[ \t#*•·>-]*(?:{_OPTIONAL_WORDS})(?:\s*\([^()\n]{{0,40}}\))?[ \t]*:?[ \t*]*"
)
_OPTIONAL_LABEL = re.compile(
    rf"(?i)(?:^|(?<=[.!?;]\s))[ \t#*•·-]*(?:{_LIKED_WORDS})[ \t]*:[^\n]*?(?:\.(?=\s|$)|$)",
    re.MULTILINE,
)
# "Preferred qualifications: Kafka, Redis." on a line of its own (of at most 200 characters: a
# squashed text's label runs on to its end)
_PREFERRED_LINE = re.compile(
    r"(?im)^[ \t#*•·-]*preferred(?: qualifications?| skills| experience| requirements)?[ \t]*:"
    r"[^\n]{1,200}$"
)
_OPTIONAL_CLAUSE = re.compile(
    r"(?i)\b(?:(?:is|are|would be|as)\s+)?(?:an?\s+(?:(?:big|huge|strong)\s+)?(?:plus|bonus)"
    r"|nice[- ]to[- ]have|(?:highly\s+)?(?:desirable|desired)|(?:preferred,?\s+(?:but\s+)?)?"
    r"not\s+required)\b(?=\s*(?:but\b[^.\n;)]*)?(?:[.,;)\n]|$))"
)
# A language one may come to the job from is not the job's: "Go or a willingness to switch from
# Java/C#", "migrating from PHP to Go" (up to "to"), "engineers coming from Java".
_FROM = re.compile(
    r"(?i)\b(?:switch(?:ing)?|coming|come|moving|move|transition(?:ing)?|migrat(?:e|ing|ion))"
    r"\s+(?:over\s+)?from\s+[^.\n;:()]*?(?=\s+(?:to|into|and|are|is|who)\b|[.\n;:()]|$)"
)
_CLAUSE_START = re.compile(r"(?:[\n•;(]|[.!?:](?=\s))[ \t*•·-]*")
_CLAUSE_REACH = 120  # characters back to a clause's start: farther, a squashed text's run-on
_LIST_LINE = re.compile(r"[ \t]*(?:[-*•·▪◦]|\d{1,2}[.)])\s")


# Another team's stack is not the job's: "You'll work closely with our Java backend team",
# "collaborating with the Java engineers", "partnering with our Java/Kotlin squads" (the words
# between the article and the team); not a team one joins ("Join our Java backend team") nor
# "a team of Python developers" (one's own).
_OTHER_TEAM = re.compile(
    r"(?i)\b(?:work(?:s|ing)?|collaborat(?:e|es|ing)|partner(?:s|ing)?|pair(?:s|ing)?|liais\w*)"
    r"\s+(?:closely\s+|directly\s+|together\s+)?with\s+(?:our|the)\s+"
    r"((?:[\w#+./-]+\s+){0,3}?[\w#+./-]+)\s+(?:teams?|engineers|developers|devs|squads?|colleagues)\b"
)


# Each pattern with the words (lower case) one of which every part it finds holds, at most
# `back` characters after the part's start, and the group of the part: a pattern is tried only
# around its words (a search from every position of a long text costs a millisecond).
_CUED: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int], ...] = (
    (
        _OPTIONAL_LABEL,
        ("nice", "bonus", "desirable", "pluses", "good to have", "plus", "extra"),
        12,
        0,
    ),
    (_PREFERRED_LINE, ("preferred",), 12, 0),
    (_FROM, ("switch", "coming", "come ", "moving", "move ", "transition", "migrat"), 0, 0),
    (_OTHER_TEAM, ("with our", "with the"), 40, 1),
    (
        _PRODUCT_BLURB,
        ("integrates", "connects", "syncs", "plugs", "customers", "clients", "sell", "trusted"),
        0,
        1,
    ),
    (_OPTIONAL_CLAUSE, ("plus", "bonus", "nice", "desir", "not required"), 40, 0),
)
_WINDOW = 400  # characters after a word that a part reaching it may end within
_HEADER_CUES = (
    "nice",
    "bonus",
    "preferred",
    "desirable",
    "pluses",
    "good to have",
    "plus",
    "extra",
)


def _cued(
    text: str, low: str, pattern: re.Pattern[str], cues: tuple[str, ...], back: int
) -> list[re.Match[str]]:
    """The matches of pattern around the words of cues in text (low: text in lower case)."""
    found: dict[int, re.Match[str]] = {}
    for cue in cues:
        at = low.find(cue)
        while at != -1:
            end = min(len(text), at + _WINDOW)
            for m in pattern.finditer(text, max(0, at - back), end):
                if m.end() < end or end == len(text):  # not cut short by the window
                    found.setdefault(m.start(), m)
            at = low.find(cue, at + 1)
    return [found[k] for k in sorted(found)]


def _optional_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the parts of a description naming only what a job would like."""
    spans: list[tuple[int, int]] = []
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: positions differ
        low = text
    for pattern, cues, back, group in _CUED:
        for m in _cued(text, low, pattern, cues, back):
            if pattern is not _OPTIONAL_CLAUSE:
                spans.append(m.span(group))
                continue
            window = text[max(0, m.start() - _CLAUSE_REACH) : m.start()]
            cut = [c.end() for c in _CLAUSE_START.finditer(window)]
            if cut:
                spans.append((m.start() - len(window) + cut[-1], m.end()))
            elif m.start() <= _CLAUSE_REACH:
                spans.append((0, m.end()))
    if "\n" not in text or not any(c in low for c in _HEADER_CUES):
        return spans
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if not (lines[i].strip() and _OPTIONAL_HEADER.fullmatch(lines[i])):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        listed = j < len(lines) and bool(_LIST_LINE.match(lines[j]))
        end = j
        while end < len(lines):
            line = lines[end]
            if listed and _LIST_LINE.match(line):
                end += 1
            elif listed and not line.strip():
                k = end
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and _LIST_LINE.match(lines[k]):
                    end = k
                else:
                    break
            elif not listed and line.strip():
                end += 1
            else:
                break
        spans.append((starts[i], starts[end] - 1))
        i = max(end, i + 1)
    return spans


def _text_skills(text: str, text_tokens: list[str]) -> dict[str, float]:
    """The skills a description names: DESC_SKILL, or OPTIONAL_SKILL for those it names only in
    its optional parts (_optional_spans)."""
    found = _description_skills(text, text_tokens)
    head = text[:20000]
    spans = _optional_spans(head) if found else []
    if spans:  # only a skill its optional parts name may be named only there
        aside = "\n".join(head[start:end] for start, end in spans)
        spans = spans if found & _description_skills(aside, _text_tokens(aside)) else []
    if not spans:
        return dict.fromkeys(found, DESC_SKILL)
    kept = list(head)
    for start, end in spans:
        kept[start:end] = [c if c == "\n" else " " for c in kept[start:end]]
    asked = "".join(kept)
    required = _description_skills(asked, _text_tokens(asked))
    return {s: DESC_SKILL if s in required else OPTIONAL_SKILL for s in found}


# An ambiguous name first in a sentence or after a label is the skill when it stands alone as a
# list item ("Requirements: React, Redux.", "Stack: Go / Postgres"), not a verb ("Go to our
# site", "React quickly"): a frontend search needing React reads it there (tools11).
_LIST_ITEM = re.compile(r"[ \t]*(?:[,/;|)]|\.(?:\s|$)|\n|$)")


_GLUED = re.compile(r"(?<=[a-z0-9+#)])\.(?=[A-Z][a-z#+])")
# a list item's skill glued to the next line's first word: "C# or C++Experience with"
_GLUED_SKILL = re.compile(r"(?<=\+\+|[A-Za-z]#)(?=[A-Z][a-z])")


def unglue(text: str) -> str:
    """Put back the space scraped texts lose after a full stop ("in C++.Experience with",
    "implementation.C#") or a list item ("C++Experience"), so that the word before it is read
    ("node.js" and ".NET" keep their dots). Each pattern is tried only on a text holding the
    characters it cannot match without (its searches try every position of the text)."""
    if "." in text:
        text = _GLUED.sub(". ", text)
    if "#" in text or "++" in text:
        text = _GLUED_SKILL.sub(" ", text)
    return text


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \t")
    return bool(before) and before[-1] not in _STARTERS


ENTRY_YEARS = 2  # "0-2 years": a junior's experience
UNSAID = -1  # years of an unlevelled posting with no text at all (the federal file's): unknown
SILENT = -2  # ... of a whole posting whose qualifications ask for no years: no senior's posting
# A whole posting states what it asks (Microsoft's "Qualifications"); a snippet of a few lines
# (a board's card) is silent on years without saying the job asks none.
_QUALIFICATIONS = re.compile(r"\b(?:qualifications|requirements)\b")
WHOLE_POSTING = 1000  # characters: shorter texts are snippets
# "2+ years of … experience", "6+ years in software development", "3 or more years of software
# development", "Minimum 1 years of professional software development", "3-5 years" (3), and a
# number glued to the word before it ("related field1+ years of industry work experience",
# "areas.8 or more years", "1 year programming experience"); not "a 4 year degree" or "program",
# nor "over the past 10+ years" (no ask).
_YEARS = re.compile(
    r"(?<!\d)(?<!\d\.)(\d{1,2})\s*(?:(?:-|to)\s*\d{1,2}\s*)?\+?\s*(?:or more\s+|plus\s+)?"
    r"years?\b(?!\s*(?:degree|program)s?\b)"
    r"[^.]{0,60}?\b(?:experience|development|engineering|programming|coding)\b"
)
_NO_ASK = re.compile(r"\b(?:past|last|every)\s*$")
# Years in place of a degree ("a Bachelor's degree or in place of 3+ years of industry
# experience", "OR an additional 4 years' work experience") are no ask of the job's level.
_IN_LIEU = re.compile(r"\b(?:in (?:place|lieu) of|instead of|additional)\b[^.]{0,40}$")
# An early-career posting asks for none ("early-in-career Service Engineer", "new grads").
_EARLY = re.compile(r"\bearly[- ]in[- ]career\b|\bearly[- ]career\b|\bnew grad(?:uate)?s?\b")


def asks_years(text: str) -> int | None:
    """The years of experience the text asks for first ("2+ years of … experience"), its
    qualifications' headline: a tool's own ask after it ("5+ years of development … 2+ years
    with C++") or a higher degree's path ("Bachelor's AND 4+ years … OR Master's AND 3+ years")
    is no lower level. None when it asks none; 0 for an early-career posting that states none,
    SILENT for a whole posting whose qualifications ask for none."""
    found = [
        int(m.group(1))
        for m in _YEARS.finditer(text)
        if not _NO_ASK.search(text[max(0, m.start() - 8) : m.start()])
        and not _IN_LIEU.search(text[max(0, m.start() - 50) : m.start()])
    ]
    if found:
        return found[0]
    if _EARLY.search(text):
        return 0
    whole = len(text) >= WHOLE_POSTING and _QUALIFICATIONS.search(text)
    return SILENT if whole else None


# A government employer: a posting of USAJOBS or a company named as a department, a county, a city
# or a state ("Department of the Treasury / Internal Revenue Service", "County of Orange"), the
# Government specialty a search asks with "gov" or "public sector" ("gov attorney").
_GOVERNMENT = re.compile(
    r"^(?:u\.?s\.? )?(?:department|dept\.?) of\b|\b(?:county|city|state|commonwealth|town) of\b"
    r"|\bgovernment\b|\bpublic sector\b",
    re.IGNORECASE,
)
GOVERNMENT = "government"  # the skill key (seed_skills.tsv "Government")

# The UK's National Health Service: its trusts and boards name it anywhere in their name
# ("Manchester University NHS Foundation Trust", "NHS Greater Glasgow and Clyde"): a public
# employer.
_NHS = re.compile(r"\bnhs\b", re.IGNORECASE)
NHS = "nhs"  # the skill key (seed_skills.tsv "NHS")


# What a charity banks or a market sells: "Northside Food Bank", "Green Valley Farmers Markets".
_GOODS = frozenset(
    [
        "food",
        "blood",
        "tissue",
        "milk",
        "seed",
        "gene",
        "eye",
        "clothing",
        "farmers",
        "flea",
        "fish",
        "flower",
        "produce",
        "meat",
        "antique",
        "craft",
        "christmas",
        "night",
        "street",
    ]
)


def _employer_skills(posting: Posting) -> set[str]:
    """The specialties a posting's employer is: a government one; of a sector its name ends
    with a word of (seed_skills.tsv "employer:": "Fernhill Bank" banking, "Pebble Pay" fintech)."""
    nhs = bool(_NHS.search(posting.company))
    gov = posting.source == "usajobs" or nhs or bool(_GOVERNMENT.search(posting.company))
    found = ({GOVERNMENT} if gov else set()) | ({NHS} if nhs else set())
    words = tokens(posting.company)
    sector = vocabulary().employer_words.get(words[-1]) if words and not gov else None
    if len(words) > 1 and words[-2] in _GOODS:  # no lender, no trading firm
        sector = None
    return found | {sector} if sector else found


_REMOTE_TEXT = ("fully remote", "100% remote", "remote-first", "remote first", "work remotely")


@lru_cache(maxsize=32768)
def features(posting: Posting) -> Features:
    """Analyse a posting once; later calls with the same posting are free."""
    return analyse(posting)


class _TitleRead(NamedTuple):
    """What analyse reads from a posting's title alone (_title_read)."""

    words: tuple[str, ...]
    keys: dict[str, float]  # shared by every posting of the title: read, never changed
    title_skills: frozenset[str]
    level: str | None
    head: str | None
    role_words: frozenset[str]
    role_heads: frozenset[str]
    working: frozenset[str]
    role_keys: frozenset[str]
    tech: frozenset[str]
    other_fields: frozenset[str]
    own_tech: frozenset[str]
    tokens: tuple[str, ...]
    licences: frozenset[str]
    specialty_cues: frozenset[str]
    title_text: str
    heads: frozenset[str]
    title_langs: frozenset[str]
    student: bool
    all_words: frozenset[str]
    index_keys: frozenset[str]  # the "t:" keys its words give, their related keys included
    shifts: frozenset[str]


_UNRANKED_HEADS = frozenset({None, "eng", "manager", "director"})
# The US names a radiographer by the imaging and "technologist" or "tech": "Radiologic
# Technologist (X-Ray)", "X-Ray Tech", "Mammography Technologist"; not a technologist of anything
# else ("Surgical Technologist"), nor of one other modality alone ("MRI Technologist", "CT
# Technologist": a diagnostic radiographer's neighbours at most), nuclear medicine or sonography
IMAGING = frozenset({"xray", "radiologic", "radiology", "radiography", "mammography"})
_IMAGING_HEADS = frozenset({"technologist", "technician"})


def _field_managed(head: str | None, role_keys: frozenset[str]) -> frozenset[str]:
    """The role noun a manager's title names by its field ("Accounting Manager": an accountant's,
    as "Nurse Manager" is a nurse's; field_words.tsv). Not an engineering manager: a people
    manager of engineers, a track of its own."""
    if head != "manager":
        return _NONE
    v = vocabulary()
    roles = _field_roles()
    named = {v.key(roles[k]) for k in role_keys if k in roles}
    return frozenset(named - {"=eng"})


def _imaging_role(head: str | None, keys: Mapping[str, float]) -> frozenset[str]:
    """The radiographer a technologist's title naming an imaging modality is ({} else)."""
    if head in _IMAGING_HEADS and not IMAGING.isdisjoint(keys):
        return frozenset(["radiographer"])
    return frozenset()


def _manner_of_role(words: list[str], keys: dict[str, float]) -> dict[str, float]:
    """The manner a title's role noun says itself when nothing else names the job: a plain
    "Senior Researcher" or "Principal Researcher" is a research scientist (terms.tsv: researcher
    is a scientist's role noun, research a manner), a "UX Researcher" another field's."""
    v = vocabulary()
    if any(not k.startswith("=") for k in keys):
        return {}
    return {w[:-2]: 1.0 for w in words if w.endswith("er") and w[:-2] in v.manners and w in v.heads}


def _department(segments: list[_Segment], tech: frozenset[str]) -> bool:
    """Whether a title naming no role noun starts with a part of other words than kinds of
    software work, which a kind of software development after names the department of
    ("Warehouse Associate – Backend Returns": no backend engineer; "Backend – Payments Team" is
    one). Systems, security or data there may be the other job's own and keep their reading."""
    if len(segments) < 2 or not tech or not tech <= IMPLY_ENG:
        return False
    first = segments[0]
    own = [w for i, w in enumerate(first.words) if i not in first.specialty]
    return bool(own) and not tech.intersection(first.words)


@lru_cache(maxsize=4096)
def _title_read(title: str) -> _TitleRead:
    """analyse's reading of a title, the same for every posting of it (titles repeat)."""
    v = vocabulary()
    segments, title_skills, level = _title_items(title)
    role_index, head, role_words, role_heads = _role(segments)
    words = [w for seg in segments for w in seg.words]
    keys: dict[str, float] = {}
    for i, seg in enumerate(segments):
        for word in seg.words:
            weight = v.word_weight(word) if word not in v.optional else OPTIONAL_WORD
            if i > role_index and word not in v.specs and word not in v.heads:
                weight = min(weight, AFTER_ROLE)  # "Core Services", "Ticketing": team names
            keys[v.key(word)] = max(keys.get(v.key(word), 0.0), weight)
    keys.update(_manner_of_role(words, keys))
    specs = {w for w in words if w in v.specs}
    tech = frozenset(specs & TECH_SPECS)
    # "Backend Intern", "Backend Team Lead (Java)"; a trainee's field of its own or specialty
    # named alone is the field studied ("Student Trainee (Data Science)", "Legal Intern (JD)")
    # a specialty of work outside technology alone ("Litigation Associate", "ICU") is no
    # developer's title
    coded = tech or {s for s in title_skills if s not in v.specialties or s in v.tech_specialties}
    if level == "intern":
        coded = tech & IMPLY_ENG or title_skills - v.specialties
    if head is None and coded and not any(seg.event for seg in segments):
        head = None if _department(segments, tech) and not title_skills else "eng"
    # A specialty the title names shows its kind of work as the text would ("Principal Software
    # Engineer – Distributed Systems" is backend work, not a "systems" speciality of its own).
    cues = {
        cue[0]
        for s in title_skills
        if s in v.specialties and (cue := v.cues.get(tuple(tokens(v.skill_names[s])))) is not None
    }
    other_fields = _other_fields(
        segments[role_index] if segments else None, specs | (set(words) & v.nonsoftware)
    )
    # "Support Engineer - Backend": a role naming a field of its own (support) is that work, a
    # software speciality after it the part supported; "Backend Engineering Intern" is software.
    # Systems and security beside such a field are its own ("Network Systems Engineer").
    own_tech = tech & _coding_words(segments[role_index]) - EVERY_FIELDS if other_fields else tech
    title_tokens = tokens(title)
    licences = (i.value for i in v.skills_in(title_tokens) if i.value in v.licence_roles)
    # "Supervisory Nurse", "Lead Nurse": a rank of the job is its manager ("nurse manager",
    # "nurse supervisor"); a lead engineer is no engineering manager, a Supervisory IT
    # Specialist (a weak role noun) no manager of the product its parenthesis names
    ranked = level == "lead" or "supervisory" in keys
    if ranked and head not in _UNRANKED_HEADS and all(v.heads[w] != head for w in v.weak_heads):
        role_heads |= {"manager"}
    role_heads |= _imaging_role(head, keys)
    role_keys = frozenset(v.key(w) for w in segments[role_index].words) if segments else _NONE
    role_keys |= _field_managed(head, role_keys)
    index_keys = {"t:" + k for k in keys | dict.fromkeys(role_keys)}
    index_keys |= {"t:=" + h for h in role_heads}
    if head is not None:
        index_keys.add("t:=" + head)
        index_keys.update("t:=" + other for other in v.head_rel_to.get(head, ()))
        if specs & v.field_specs:
            index_keys.update("t:=" + c for c in FIELD_HEADS)
    for k in [k[2:] for k in index_keys]:
        index_keys.update("t:" + other for other in v.related_to.get(k, ()))
        index_keys.update("t:" + other for other in v.kin.get((str(head), k), ()))
    return _TitleRead(
        words=tuple(words),
        keys=keys,
        title_skills=frozenset(title_skills),
        level=level,
        head=head,
        role_words=role_words,
        role_heads=role_heads,
        working=_working_roles(segments, role_index),
        role_keys=role_keys,
        tech=tech,
        other_fields=other_fields,
        own_tech=own_tech,
        tokens=tuple(title_tokens),
        licences=frozenset(licences),
        specialty_cues=frozenset(cues),
        title_text=" ".join(sorted(keys)),
        heads=frozenset(v.heads[w] for w in words if w in v.heads),
        title_langs=frozenset(title_skills & v.languages),
        student=_student(title_tokens),
        all_words=frozenset(words) | set(title_tokens),
        index_keys=frozenset(index_keys),
        shifts=shifts_named(title),
    )


@lru_cache(maxsize=4096)
def _tag_read(tag: str) -> tuple[frozenset[str], frozenset[str]]:
    """The skills and the other words a tag names (tags repeat)."""
    v = vocabulary()
    skills: set[str] = set()
    words: set[str] = set()
    for item in v.analyse(tokens(tag)):
        (skills if item.kind == "skill" else words).add(item.value)
    return frozenset(skills), frozenset(words)


def analyse(posting: Posting) -> Features:
    """Analyse a posting, kept nowhere (building the index reads each posting once: cached,
    the last 32,768 would stay in memory with their descriptions)."""
    v = vocabulary()
    # "Litigation Associate", an "Associate" at a law firm: an associate attorney
    title = legal_title(posting.title, lambda: names_law_firm(posting.company, posting.description))
    read = _title_read(title)
    words, keys, title_skills, level = read.words, read.keys, read.title_skills, read.level
    tag_words: set[str] = set()
    tag_skills: set[str] = set()
    for tag in posting.tags:
        skills_of, words_of = _tag_read(tag)
        tag_skills |= skills_of
        tag_words |= words_of
    series = declared_series(posting.tags)
    text_tokens = _text_tokens(posting.description)
    skills = _text_skills(posting.description, text_tokens)
    skills.update(dict.fromkeys(title_skills | tag_skills | _employer_skills(posting), TITLE_SKILL))
    skills.update(dict.fromkeys(read.licences, TITLE_SKILL))  # "LCSW Therapist": no title skill
    plain = read.head == "eng" and not read.tech and "software" in read.role_keys
    listed = bool(tag_skills)
    evidence, mentions = _evidence(
        posting, tag_words, text_tokens, listed, frozenset(skills) if plain else None
    )
    evidence |= read.specialty_cues
    workplace = posting.workplace
    title_tokens = read.tokens
    place_words = set(tokens(posting.location)) | set(title_tokens)
    if workplace is None:
        seen = [w for w in ("remote", "hybrid") if w in place_words]
        workplace = ("remote" if seen[0] == "remote" else "hybrid") if seen else None
    needs_text = workplace is None or level is None
    text = fold(posting.description[:20000]) if needs_text else ""
    if workplace is None:
        workplace = "remote" if any(p in text for p in _REMOTE_TEXT) else None
    place, says_remote = placed_from_text(posting, workplace)
    workplace = "remote" if says_remote else workplace
    # a key's related keys are added for the title's keys and the text's alike (_title_read)
    index_keys = set(read.index_keys)
    for k in evidence | mentions:
        index_keys.add("t:" + k)
        index_keys.update("t:" + other for other in v.related_to.get(k, ()))
    index_keys.update("s:" + s for s in skills)
    for s in list(skills):
        index_keys.update("s:" + other for other in v.satisfies.get(s, ()))
    return Features(
        title_words=words,
        title_keys=keys,
        title_text=read.title_text,
        heads=read.heads,
        head=read.head,
        role_heads=read.role_heads,
        role_words=read.role_words,
        working=read.working,
        role_keys=read.role_keys,
        tech_specs=read.tech,
        other_specs=read.other_fields,
        evidence=evidence,
        mentions=mentions,
        software=bool(read.own_tech or title_skills or "software" in words),
        title_skills=title_skills,
        title_langs=read.title_langs,
        skills=skills,
        seniority=level,
        years=None if level is not None else asks_years(text) if text.strip() else UNSAID,
        student=read.student,
        workplace=workplace,
        location=" ".join(tokens(place or posting.location)),
        company=" ".join(tokens(posting.company)),
        tag_words=frozenset(tag_words),
        all_words=read.all_words | tag_words,
        keys=frozenset(index_keys),
        shifts=shifts_named(posting.description, posting.company, *posting.tags, known=read.shifts),
        series=series,
        series_keys=_series_keys(series) if series else _NONE,
        country=_country_known(posting),
        remote_said=bool(posting.location.strip()) and _federal(posting),
        place=place,
    )


def _country_known(posting: Posting) -> str:
    """The country of a posting that states no place but whose board is one country's: a
    USAJOBS posting is a US federal job (the USAJOBS export we import has no locations)."""
    if posting.location.strip():
        return ""
    return "US" if _federal(posting) else ""


def _federal(posting: Posting) -> bool:
    """Whether the posting is a USAJOBS one."""
    if posting.source == "usajobs":
        return True
    # a URL not naming it at all needs no parsing (a hostname is read lower-cased)
    return "usajobs" in posting.url.lower() and urlsplit(posting.url).hostname == "www.usajobs.gov"


# "1811 - Criminal Investigation", "0601": USAJOBS tags. The code is reliable, the name is not
# ("0343 - Program Analyst"): the name comes from the table.
_SERIES_TAG = re.compile(r"(\d{4})(?:\s*-.*)?", re.DOTALL)


def declared_series(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The occupational series codes a posting's tags declare that have titles in the table."""
    table = vocabulary().series
    codes = (m.group(1) for tag in tags if (m := _SERIES_TAG.fullmatch(tag.strip())))
    return tuple(dict.fromkeys(c for c in codes if c in table and table[c][1]))


@cache  # one entry a series of the table, kept: scoring's caches key on these features
def occupation(code: str) -> tuple[Features, ...]:
    """The title features of each title people type for a series ("1811": Criminal
    Investigator, Special Agent)."""
    titles = vocabulary().series[code][1]
    return tuple(analyse(Posting(id=f"series:{code}", title=title)) for title in titles)


@cache
def _specialties(code: str) -> tuple[Features, ...]:
    """The title features of the specialty titles of a series ("medical coder" in 0675): they
    name the series in a search, never the posting's occupation."""
    titles = vocabulary().series_specialties.get(code, ())
    return tuple(analyse(Posting(id=f"series:{code}", title=title)) for title in titles)


@cache
def _occupations_named() -> dict[frozenset[str], frozenset[str]]:
    """Title keys of each title of the table -> the series giving that title; not a broad role
    noun alone ("engineer" in 0801 General Engineering: civil engineers are engineers too). A
    series giving it as a specialty only ("[wildland firefighter]" in 0462) names it where no
    series gives it as its own title."""
    broad = broad_heads()
    named: dict[frozenset[str], set[str]] = {}
    special: dict[frozenset[str], set[str]] = {}
    for code, (_, titles) in vocabulary().series.items():
        for into, alts in ((named, occupation(code)), (special, _specialties(code))):
            for alt in alts if titles else ():
                if not alt.title_keys.keys() <= broad:
                    into.setdefault(frozenset(alt.title_keys), set()).add(code)
    for keys, codes in special.items():
        named.setdefault(keys, codes)
    return {keys: frozenset(codes) for keys, codes in named.items()}


def named_occupation(title_keys: Iterable[str]) -> str | None:
    """The one series whose titles include a title of exactly these keys ("financial analyst":
    1160), None when none does or several do ("software engineer": 0854 and 1550, work the
    series split rather than one occupation)."""
    codes = _occupations_named().get(frozenset(title_keys), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def specialty_said(
    series: tuple[str, ...], title_keys: Iterable[str], asked: Iterable[str]
) -> bool:
    """Whether a search's title is a specialty of these series ("[wildland firefighter]" in
    0462) whose every word a posting's title says ("Forestry Technician (Fire)", read as one);
    not a shorter title within it: "personnel specialist" is no personnel security specialist."""
    keys, wanted = set(title_keys), set(asked)
    said = (alt.title_keys.keys() for code in series for alt in _specialties(code))
    return any(alt == wanted and alt <= keys for alt in said)


@lru_cache(maxsize=1024)
def declared(series: tuple[str, ...]) -> tuple[tuple[str, Features], ...]:
    """(code, title features) of each title of these series: the declared occupation."""
    return tuple((code, alt) for code in series for alt in occupation(code))


@lru_cache(maxsize=1024)
def _series_keys(series: tuple[str, ...]) -> frozenset[str]:
    """The title index keys of a declared occupation's titles (scoring.title_base scores them
    too): a title sharing none gets no credit from them."""
    return frozenset(k for _, alt in declared(series) for k in alt.keys if k[0] == "t")


def _student(title_tokens: list[str]) -> bool:
    """Whether a title is a student's posting: a student word and an intern-level word."""
    v = vocabulary()
    return bool(v.students.intersection(title_tokens)) and any(
        v.seniority.get(t) == "intern" for t in title_tokens
    )


def has_phrase(haystack: str, needle: str) -> bool:
    """Whether folded, space-joined needle tokens occur as whole words in haystack."""
    return bool(needle) and f" {needle} " in f" {haystack} "
