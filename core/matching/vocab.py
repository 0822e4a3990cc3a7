"""Text folding, tokenising and the title/skill vocabulary loaded from the package data."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from core.errors import ConfigError
from core.matching.regions import atlas, build_atlas, table_name

LEVELS = ("intern", "junior", "mid", "senior", "lead", "staff", "principal")
# An apprentice ("Electrician Apprentice") is a trade's own first rung, beside an intern.
RANK = {
    "intern": 0,
    "apprentice": 0,
    "junior": 1,
    "mid": 2,
    "senior": 3,
    "lead": 4,
    "staff": 4,
    "principal": 5,
}
# Ladder numbers after a role noun: "I" is entry level, "II" mid-level, "III" senior.
ROMAN = {"i": "junior", "1": "junior", "ii": "mid", "2": "mid", "iii": "senior", "3": "senior"}
ROMAN |= {"iv": "staff", "4": "staff", "v": "principal", "5": "principal"}
# Role nouns (heads' classes) whose ladders a search numbers in digits ("software engineer 2",
# "data analyst 3"); after another role a digit is no level ("nurse 2", "nurse 5").
NUMBERED_ROLES = frozenset(
    ["eng", "analyst", "scientist", "architect", "manager", "designer", "tester", "admin"]
)

# An internship's term: a season that is also a skill ("Spring") beside the intern level and no
# other skill is the season ("spring intern", "CAO Office Intern, Spring"; "java spring intern"
# and "Java Spring Developer Intern" keep the framework).
WORK, WORKER = "work", "worker"  # a title's "Social Work" is a "Social Worker"'s job
SEASONS = frozenset(["spring", "summer", "fall", "autumn", "winter"])
# Role nouns of software work by themselves, whose search alone is a software developer's (a plain
# "Engineer" is any field's)
CODERS = frozenset(["developer", "programmer", "coder"])
# Testing work: a job of its own for a developer search (scoring.developer_role) unless its
# skills lean to testing (selenium, cypress: automation).
TESTING = frozenset(["qa", "test"])
# Role nouns that alone span every field (an "engineer" search lists civil, electrical and software
# engineers, and developers): the search's echo says so and names kinds that narrow it.
BROAD_NOUNS = {"engineer": ("software engineer", "civil engineer", "electrical engineer")}
TESTING_LEANS = TESTING | {"automation"}
# Specialisations that make a search a software one; the others name another field ("network":
# a Network Engineer or IT Specialist (Network) is no software engineer, an Electrical one neither).
TECH_SPECS = frozenset(
    [
        "backend",
        "frontend",
        "fullstack",
        "mobile",
        "ios",
        "android",
        "data",
        "devops",
        "sre",
        "platform",
        "infrastructure",
        "cloud",
        "security",
        "qa",
        "test",
        "automation",
        "embedded",
        "firmware",
        "ml",
        "mlops",
        "ai",
        "vision",
        "game",
        "systems",
        "database",
        "web",
        "ui",
        "ux",
        "software",
    ]
)
# Kinds of software work every field has: beside another field's word ("Network Systems
# Engineer", "Network Security Engineer") that field's work.
EVERY_FIELDS = frozenset(["systems", "security"])
IMPLY_ENG = frozenset(
    [
        "backend",
        "frontend",
        "fullstack",
        "mobile",
        "ios",
        "android",
        "devops",
        "sre",
        "embedded",
        "firmware",
        "web",
        "platform",
        "infrastructure",
        "cloud",
        "game",
        "ml",
        "mlops",
        "vision",
        "software",
    ]
)
ROLE_KINDS = IMPLY_ENG | TESTING  # kinds of work that name a role alone: "SRE", "test"
_Reading = str | Callable[[re.Match[str]], str]  # a house style read: text, or a writer of it
SNAP_MEMO = 65536  # words whose typo reading is remembered (Vocabulary.snap)
ROLE_LINK = 0.5  # credit for a role noun used by the same occupations (professor, instructor)
# A possessive's "'s" ("paralegal's", "women’s") and an apostrophe inside a word ("don't"),
# after two letters at least: one letter before is an elision ("d'infirmière", "l'hôpital").
_APOSTROPHE = re.compile(r"(?<=[^\W_]{2})['\u2019](?:s(?![^\W_])|(?=[^\W_]))")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹘﹣－"), "-")
# A word is letters and digits of any script ("مهندس" too), keeping c++, c# and node.js whole,
# and initials joined by "&" ("a&e", "r&d", "at&t") one word.
_TOKEN = re.compile(
    r"(?<![^\W_])[^\W_]{1,2}&[^\W_]{1,2}(?![^\W_])"
    r"|[^\W_](?:[^\W_]|[+#])*(?:\.(?:[^\W_]|[+#])+)*|\.[a-z][a-z0-9]*"
)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify dashes."""
    if text.isascii():  # no accents or unicode dashes: the common case, and much faster
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    # Each distinct character is asked once (a long text has few): the marks are dropped.
    marks = {ord(c): None for c in set(text) if unicodedata.combining(c)}
    return (text.translate(marks) if marks else text).lower()


def tokens(text: str) -> list[str]:
    """Split folded text into word tokens, keeping c++, c#, .net and node.js whole; an
    apostrophe inside a word is no break ("don't": dont) and a possessive's "'s" is dropped
    ("paralegal's": paralegal); after one letter it is an elision ("d'infirmiere": d,
    infirmiere)."""
    folded = fold(text)
    if "'" in folded or "\u2019" in folded:
        folded = _APOSTROPHE.sub("", folded)
    return _TOKEN.findall(folded)


# British spellings in titles, read as the American ones both in searches and in postings
# ("Archaeologist" is an archeologist, "Labour Relations" labor relations).
_AE = re.compile(r"(?<=[a-z])ae(?=[a-z]{2})")  # paediatric, haematology (not aerospace, michael)
_OUR = re.compile(r"(?<=[bilnv])our(?=s?$|ed$|al$|ist$)")  # labour, behavioural, colourist
_ISATION = re.compile(r"isation(?=s?$)")
_BRITISH = {"centre": "center", "centres": "centers", "theatre": "theater", "defence": "defense"}
_BRITISH |= {"licence": "license", "programme": "program", "programmes": "programs"}
_BRITISH |= {"offence": "offense", "ageing": "aging", "catalogue": "catalog"}


@lru_cache(maxsize=16384)
def american(word: str) -> str:
    """The American spelling of a folded word (unchanged when it has none)."""
    if word in _BRITISH:
        return _BRITISH[word]
    if len(word) < 6 or not word.isalpha():
        return word
    if len(word) >= 8:
        word = _AE.sub("e", word)
    return _ISATION.sub("ization", _OUR.sub("or", word))


@dataclass(frozen=True, slots=True)
class Item:
    """One analysed unit of text: a title word or a skill key."""

    kind: str  # "word" or "skill"
    value: str
    surface: str


def seasons_read(items: list[Item]) -> list[Item]:
    """The items with a season read as a skill ("Spring") read as the season, a title word."""
    return [Item("word", i.value, i.surface) if i.value in SEASONS else i for i in items]


class NearWords:
    """Words to read a typo as, by first letter and length: a typo keeps its first letter, or
    swaps it with the second ("hiring" is no "wiring"), and is within its limit in length."""

    def __init__(self, words: Iterable[str]) -> None:
        self.by: dict[tuple[str, int], list[str]] = {}
        for word in filter(None, words):
            self.by.setdefault((word[0], len(word)), []).append(word)

    def near(self, word: str, limit: int) -> list[tuple[str, int]]:
        """The words at most limit edits from this one (a swap of two letters side by side
        is one edit, rapidfuzz's OSA distance), each with its distance."""
        out: list[tuple[str, int]] = []
        for first in dict.fromkeys(word[:2]):
            for size in range(len(word) - limit, len(word) + limit + 1):
                pool = self.by.get((first, size))
                if pool:
                    found = process.extract(
                        word, pool, scorer=OSA.distance, score_cutoff=limit, limit=None
                    )
                    out += [(w, d) for w, d, _ in found]
        return [(w, d) for w, d in out if w[0] == word[0] or w[:2] == word[1::-1]]


@dataclass
class Vocabulary:
    """Everything the matcher knows about words."""

    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # query_titles.tsv: a search's short name for a title, read in searches only ("pt")
    query_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    longest_query_title: int = 0  # words of query_titles.tsv's longest name ("work with animals")
    # foreign_titles.tsv: the words of titles in other languages; the phrases of several words
    # (read before the role nouns move); the role nouns coming first ("ingeniero de redes")
    foreign: set[str] = field(default_factory=set)
    foreign_phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    noun_first: set[str] = field(default_factory=set)
    skill_alias: dict[tuple[str, ...], str] = field(default_factory=dict)
    skill_names: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)  # programming languages: required skills
    specialties: set[str] = field(default_factory=set)  # distributed systems, ICU: kept as said
    sectors: set[str] = field(default_factory=set)  # what a company does: banking, gaming
    employer_words: dict[str, str] = field(default_factory=dict)  # "bank" ending a name: banking
    tech_specialties: set[str] = field(default_factory=set)  # of technology work: payments
    credentials: set[str] = field(default_factory=set)  # a certificate or degree held: PMP, BSN
    platforms: set[str] = field(default_factory=set)  # a cloud or orchestrator run on: GCP, K8s
    businesses: set[str] = field(default_factory=set)  # what technology work is for: payments
    brokers: set[str] = field(default_factory=set)  # a message broker: Kafka, RabbitMQ
    law_areas: set[str] = field(default_factory=set)  # a legal practice area: litigation
    # a practice area's words alone beside a lawyer's role noun (skills.tsv flag "area:") -> the
    # area and whether a search's associate after them is an attorney ("employment"; not "tax")
    law_words: dict[tuple[str, ...], tuple[str, bool]] = field(default_factory=dict)
    # Licences (skills.tsv flag "licence", "licence:<role classes>"): each spelling -> skill key,
    # read in a posting's title and text; in a search only its short form after a role noun of
    # those classes ("case manager lmsw", "civil engineer pe"), alone the title it stands for
    licences: dict[tuple[str, ...], str] = field(default_factory=dict)
    # architectures and practices (skills.tsv flag "practice": microservices, REST, serverless)
    practices: set[str] = field(default_factory=set)
    licence_roles: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> classes
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # place -> containing
    heads: dict[str, str] = field(default_factory=dict)
    specs: set[str] = field(default_factory=set)
    generic: set[str] = field(default_factory=set)
    optional: set[str] = field(default_factory=set)  # modifiers a title may leave out
    manners: set[str] = field(default_factory=set)  # ... before a role noun of one job: "research"
    seniority: dict[str, str] = field(default_factory=dict)
    level_codes: set[str] = field(default_factory=set)  # a company's level: "l7", "e5", "ic4"
    ladder: set[str] = field(default_factory=set)  # a numbered rung said as a level: "level3"
    # level words that are title words before these role nouns, or last when "last" is one
    # ("Associate Attorney", "Sales Associate", "Staff Nurse"; "Staff Engineer" is a level)
    titled_levels: dict[str, frozenset[str]] = field(default_factory=dict)
    # a title word naming a rung before these role nouns: "Staff Accountant" is the entry level
    title_rungs: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # level words that are a title word after these words ("school principal"), or alone
    titled_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # a title's words -> how the echo says them (seed_titles.tsv's third column)
    title_shown: dict[tuple[str, ...], str] = field(default_factory=dict)
    # a title word -> how the echo writes it ("gotomarket": "go-to-market")
    word_shown: dict[str, str] = field(default_factory=dict)
    # a level above senior -> the role classes whose titles rank by it (terms.tsv "rungof")
    rung_roles: dict[str, frozenset[str]] = field(default_factory=dict)
    workplace: dict[str, str] = field(default_factory=dict)
    stop: set[str] = field(default_factory=set)
    titlestop: set[str] = field(default_factory=set)
    role_stops: set[str] = field(default_factory=set)  # titlestops naming a job before a role noun
    related: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    related_to: dict[str, set[str]] = field(default_factory=dict)  # posting word -> query words
    # (role class, field) -> the fields naming the same job before that role noun (title_kin.tsv:
    # "Data Scientist" and "Machine Learning Scientist" are one O*NET occupation's titles)
    kin: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    title_words: set[str] = field(default_factory=set)
    places: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_phrase: int = 1
    known: set[str] = field(default_factory=set)
    curated: set[str] = field(default_factory=set)
    snap_curated: dict[str, Item] = field(default_factory=dict)
    snap_near: NearWords = field(default_factory=lambda: NearWords(()))  # what a typo may be
    curated_near: NearWords = field(default_factory=lambda: NearWords(()))
    snapped: dict[str, Item | None] = field(default_factory=dict)  # memo of snap
    title_counts: dict[str, int] = field(default_factory=dict)  # job titles naming each target
    title_tokens: frozenset[str] = frozenset()  # every word of job_titles.txt ("doula", "pair")
    # the words w of job_titles.txt's two-word "w Worker" titles: "Social Work" names that worker
    worker_fields: frozenset[str] = frozenset()
    head_rel: dict[tuple[str, str], float] = field(default_factory=dict)  # (query, posting) class
    head_rel_to: dict[str, set[str]] = field(default_factory=dict)  # posting class -> query
    field_rel: set[tuple[str, str]] = field(default_factory=set)  # head_rel pairs needing a field
    # a specialty a search reads as one only beside a role noun of these classes ("data privacy
    # counsel"); beside another its words are title words ("Data Privacy Analyst")
    beside: dict[str, frozenset[str]] = field(default_factory=dict)
    # head_rel pairs needing a posting's role part to name no kind of its own ("IT Auditor")
    plain_rel: set[tuple[str, str]] = field(default_factory=set)
    # field_rel pairs -> the search's fields in which the neighbour does the same job (the rest:
    # another job of the field, "Data Scientist" for "data engineer")
    same_job: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    weak_heads: set[str] = field(default_factory=set)
    compound_heads: set[str] = field(default_factory=set)  # "Nurse Practitioner" is a nurse
    always_heads: set[str] = field(default_factory=set)  # ... and "Nurse Educator" for any nurse
    role_nouns: set[str] = field(default_factory=set)  # other nouns naming a job: own heads
    domains: set[str] = field(default_factory=set)  # specialisations that also name products
    field_specs: set[str] = field(default_factory=set)
    nonsoftware: set[str] = field(default_factory=set)  # fields of no developer ("land")
    students: set[str] = field(default_factory=set)  # words of a student's posting ("intern")
    amb_grams: set[tuple[str, ...]] = field(default_factory=set)  # ambiguous skill spellings
    accepts: dict[str, frozenset[str]] = field(default_factory=dict)  # required -> satisfying
    # required -> the satisfying skills ("~" in skill_links.tsv) that make only a loose match
    accepts_loosely: dict[str, frozenset[str]] = field(default_factory=dict)
    satisfies: dict[str, set[str]] = field(default_factory=dict)  # skill -> required it meets
    rivals: dict[str, frozenset[str]] = field(default_factory=dict)  # skill -> alternatives
    leans: dict[str, str] = field(default_factory=dict)  # skill -> word "<skill> Developer" adds
    implies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # PySpark -> Python, Spark
    opposites: dict[str, set[str]] = field(default_factory=dict)
    cues: dict[tuple[str, ...], tuple[str, float]] = field(default_factory=dict)
    naming_cues: set[tuple[str, ...]] = field(default_factory=set)  # "machine learning": ml
    # ... those that name it only beside another cue of it ("big data" and "Spark", not "big data"
    # alone in a list of a team's areas)
    paired_cues: set[tuple[str, ...]] = field(default_factory=set)
    # cues counted only when the text shows no other specialisation ("java": backend, unless
    # the text says more, e.g. SRE or full-stack work): spec_cues.tsv rows flagged "fallback"
    fallback_cues: dict[tuple[str, ...], tuple[str, float]] = field(default_factory=dict)
    max_cue: int = 1
    # Per first token, the longest phrase or skill alias (reach) and cue (cue_reach) it starts:
    # most tokens start none, and are then looked up once rather than once per length.
    reach: dict[str, int] = field(default_factory=dict)
    cue_reach: dict[str, int] = field(default_factory=dict)
    # federal occupational series: code -> (official name, titles people type for it)
    series: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # ... and the titles naming one specialty of it ("medical coder" in 0675): they name the
    # series in a search, but a posting of the series is that title only when it says so
    # house styles reaching into a title's parenthesis ("Forestry Technician (Fire ...)": a
    # wildland firefighter): a word every match holds, the folded title text and what it says
    title_rewrites: list[tuple[str, re.Pattern[str], _Reading]] = field(default_factory=list)
    series_specialties: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def shown(self, word: str) -> str:
        """A title word as a person reads it: a lean word is the kind of work it stands for
        ("backendlean", which "Python Developer" adds, is backend)."""
        if word.endswith("lean") and word in self.leans.values():
            return word.removesuffix("lean")
        return self.word_shown.get(word, word)

    def said(self, title: tuple[str, ...]) -> str:
        """How the echo says a title's words ("go-to-market manager", not "gotomarket manager")."""
        return self.title_shown.get(title) or " ".join(self.shown(w) for w in title)

    def wanted(self, skill: str, developer_work: bool = False) -> bool:
        """Whether a search naming this skill beside a job wants a posting to name it, a posting
        naming none a loose match at best (README: *Which skills a search wants named*)."""
        if skill in self.sectors or skill in self.businesses:
            return True
        if developer_work and skill in self.platforms:
            return True
        return (
            skill in self.specialties
            and skill not in self.tech_specialties
            and skill not in self.licence_roles
            and skill not in self.credentials
        )

    def key(self, word: str) -> str:
        """Return the matching key of a title word (role nouns match by class)."""
        return "=" + self.heads[word] if word in self.heads else word

    def graded(self, word: str) -> bool:
        """Whether a level word names one exact grade of a ladder ("ii" after a role noun, "L4",
        "level 3"), which a title stating no level cannot be told to meet."""
        return word in ROMAN or word in self.level_codes or word in self.ladder

    def level_at(self, items: list[Item], at: int) -> str | None:
        """The level the word at this position names, one reading for searches and titles: a
        level word ("senior", "L4", "ic5", "level 3", "staff+") or a ladder number after a role
        noun ("Software Engineer II", "sde2": mid); None if it names none."""
        word = items[at].value
        if self.level(items, at):
            return self.seniority[word]
        before = items[at - 1].value if at > 0 else ""
        # a roman numeral also ends a role named by its kind of work ("SRE II", "DevOps II",
        # "Engineer in Test II"); a digit there is no rung ("Backend 2"), nor after other words
        # ("Title II Coordinator")
        after_role = before in self.heads or (before in ROLE_KINDS and word.isalpha())
        return ROMAN[word] if word in ROMAN and after_role else None

    def grade_of_level(self, items: list[Item], at: int) -> bool:
        """Whether the word here is a ladder number right after a level word ("senior ii",
        "Principal 1"): a grade within that level, which the word says."""
        return items[at].value in ROMAN and at > 0 and self.level(items, at - 1)

    def level(self, items: list[Item], at: int) -> bool:
        """Whether the word at this position names a level, not a title word ("associate"
        before "attorney" or last, as in "Sales Associate", is a title word)."""
        word = items[at].value
        if word not in self.seniority:
            return False
        before = self.titled_after.get(word)
        if before is not None and self._titled_after(items, at, before):
            return False
        nouns = self.titled_levels.get(word)
        if nouns is None:
            return True
        # "associate remote": a workplace after it is no role noun it names a level of
        later = (
            i.value
            for i in items[at + 1 :]
            if i.kind == "word" and i.value not in self.stop and i.value not in self.workplace
        )
        return next(later, "last") not in nouns

    def _titled_after(self, items: list[Item], at: int, before: frozenset[str]) -> bool:
        """Whether a level word is a title word by the word before it ("school principal",
        "Elementary School Principal", "assistant principal") or, where "alone" is listed, by
        standing alone ("principal": the school job; "senior principal" stays a level)."""
        if at and items[at - 1].surface.lower().split()[-1:] in ([w] for w in before):
            return True
        others = (
            i
            for i in items
            if i is not items[at] and i.value not in self.stop and i.value not in self.workplace
        )
        return "alone" in before and next(others, None) is None

    def noise(self, items: list[Item], at: int) -> bool:
        """Whether the word at this position is noise in a title ("Contract", but not in
        "Contract Specialist")."""
        word = items[at].value
        if word not in self.titlestop:
            return False
        nxt = items[at + 1].value if at + 1 < len(items) else ""
        return word not in self.role_stops or nxt not in self.heads

    def word_weight(self, word: str) -> float:
        """Weight of a title word: specialisations count most, generic words least."""
        if word in self.specs:
            return 1.5
        return 0.3 if word in self.generic else 1.0

    def stem(self, word: str) -> str:
        """Spell a word the American way and strip a plural s when the singular is known
        ("facilities": facility, "machinists": machinist)."""
        word = american(word)
        if word in self.curated or len(word) < 4 or not word.endswith("s") or word[-2] in "siu":
            return word
        if word.endswith("ies") and word[:-3] + "y" in self.known:
            return word[:-3] + "y"
        if word.endswith(_ES_PLURALS) and word[:-2] in self.known:  # "searches" is no searcher
            return word[:-2]
        return word[:-1] if word[:-1] in self.known else word

    def analyse(self, toks: list[str], implied: bool = True, lean: bool = True) -> list[Item]:
        """Map tokens to title words and skills, longest phrase first.

        A skill that only exists in one language also yields that language ("pyspark": PySpark,
        Python, Spark) unless implied is False (exclusions: "-laravel" is not "-php"). A language
        right before an engineering role noun adds its lean word ("Python Developer" leans
        backend) unless lean is False (searches say what they want).
        """
        out = self._scan(toks, implied, words=True)
        if self.season_term(toks):
            out = seasons_read(out)
        return self._lean(out) if lean and self.leans else out

    def season_term(self, toks: list[str]) -> bool:
        """Whether the tokens name an internship's term by a season that is also a skill
        (SEASONS): a word of the intern level beside it and no other skill."""
        if SEASONS.isdisjoint(toks):
            return False
        if not any(self.seniority.get(self.stem(t)) == "intern" for t in toks):
            return False
        skills = {i.value for i in self._scan(toks, implied=True, words=False)}
        return bool(skills) and skills <= SEASONS

    def skills_in(self, toks: list[str]) -> list[Item]:
        """The skill items analyse gives for these tokens (words are read, not spelt out)."""
        return self._scan(toks, implied=True, words=False)

    def _scan(self, toks: list[str], implied: bool, words: bool) -> list[Item]:
        """analyse without the lean words; with words False, its skill items alone."""
        out: list[Item] = []
        phrases, aliases, reach = self.phrases, self.skill_alias, self.reach
        n = len(toks)
        # Without words only the tokens starting a phrase or an alias need a look.
        starts = range(n) if words else [at for at, token in enumerate(toks) if token in reach]
        i = 0  # tokens before i are read
        for at in starts:
            if at < i:
                continue
            token = toks[at]
            size = min(reach.get(token, 0), n - at)
            while size:
                gram = tuple(toks[at : at + size]) if size > 1 else (token,)
                canon = phrases.get(gram)
                if canon is None and words and size > 1:  # "admin officers", "pharmacy techs"
                    canon = phrases.get((*gram[:-1], self.stem(gram[-1])))
                if not words and gram in self.licences:  # "LCSW required", "RN license"
                    out.append(Item("skill", self.licences[gram], " ".join(gram)))
                    break
                if canon is not None:
                    said = aliases.get(canon, "")
                    if (
                        words
                        and len(canon) > 1
                        and self.foreign.issuperset(gram)
                        and self.wanted(said)
                    ):
                        # "educación secundaria": the High School a title names in English
                        out.append(Item("skill", said, " ".join(canon)))
                    elif words:
                        surface = " ".join(gram)
                        out.extend(Item("word", w, surface) for w in canon)
                    elif self.wanted(aliases.get(canon, "")):  # "e-commerce", "fork lift"
                        out.append(Item("skill", aliases[canon], " ".join(gram)))
                    break
                key = aliases.get(gram)
                if (
                    key is not None
                    and at
                    and (toks[at - 1] == "non" or (not words and toks[at - 1] == "no"))
                ):
                    break  # "Box Truck Driver (Non-CDL)", "No CDL needed": said not to be needed
                if key is not None:
                    surface = " ".join(gram)
                    out.append(Item("skill", key, surface))
                    if implied:
                        out.extend(Item("skill", o, surface) for o in self.implies.get(key, ()))
                    break
                size -= 1
            else:
                size = 1
                if words:
                    word = self.stem(token)
                    canon = phrases.get((word,)) if word != token else None  # "sysadmins"
                    out.extend(Item("word", w, token) for w in canon or (word,))
            i = at + size
        return out

    def _lean(self, items: list[Item]) -> list[Item]:
        """Insert the lean word of a skill directly followed by an engineering role noun, or by
        "software" and one ("Java Software Engineer" is a Java Engineer)."""
        out: list[Item] = []
        for i, item in enumerate(items):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt and nxt.value == "software" and i + 2 < len(items):
                nxt = items[i + 2]
            out.append(item)
            word = self.leans.get(item.value) if item.kind == "skill" else None
            if word and nxt and nxt.kind == "word" and self.heads.get(nxt.value) == "eng":
                out.append(Item("word", word, item.surface))
        return out

    def snap(self, word: str) -> Item | None:
        """Return the vocabulary item a misspelt word most likely means, or None: the known word
        fewest edits away (a swap of two letters side by side is one edit, "jantior" janitor),
        within typo_limit, keeping its first letter (a word of at most 6 letters changes one to
        give a curated word only: "shelf" is no "shell"); then a role noun ("drvier" is a driver,
        not drier; "electrican" an electrician, not electrical); then a letter left out or added
        before one changed; a curated word or skill before an O*NET title word; then the word in
        most known job titles ("wedler" is welder, not wedger). Past the limit, a curated word
        two edits away, one a swap, whose letters are 80% the same ("phramcy": pharmacy). A
        plural typo is read by its singular ("jantiors")."""
        if word in self.snapped:
            return self.snapped[word]
        found = self._snap(word)
        if found is None and word.endswith("s") and not word.endswith("ss"):
            found = self._snap(word[:-1])
            found = found and Item(found.kind, found.value, word)
        if len(self.snapped) >= SNAP_MEMO:  # a long-running bot sees endless new words
            self.snapped.clear()
        self.snapped[word] = found
        return found

    def _snap(self, word: str) -> Item | None:
        limit = typo_limit(word)
        if not limit:
            return None
        near = self.snap_near.near(word, limit)
        if not near:  # a swap and one more slip in a curated word ("phramcy": pharmacy)
            near = [
                got
                for got in self.curated_near.near(word, 2)
                if Levenshtein.distance(word, got[0]) > got[1] and fuzz.ratio(word, got[0]) >= 80
            ]
        if len(word) <= 6:  # a short real word one letter off another ("shelf", "shell"):
            near = [got for got in near if got[0] in self.snap_curated or slip(word, got[0])]
        if not near:
            return None
        best = min(
            near,
            key=lambda got: (
                got[1],
                got[0] not in self.heads,  # a role noun first: "drvier" is a driver, no drier
                Indel.distance(word, got[0]),  # a letter left out or added before one changed
                got[0] not in self.snap_curated,
                -self.title_counts.get(got[0], 0),
                got[0],
            ),
        )[0]
        return self.snap_curated.get(best) or Item("word", best, word)


def codes_one_above(word: str, codes: Iterable[str]) -> bool:
    """Whether company level codes all stand one rung above a level said in words ("Sr. Staff
    SWE (L7)"): companies number their upper rungs differently (an L6 is senior at one, staff at
    another), so the words say the level, in a search and in a title alike."""
    said = list(codes)
    return bool(said) and all(RANK[code] - RANK[word] == 1 for code in said)


_ES_PLURALS = ("ches", "shes", "sses", "xes", "zes")


def slip(word: str, other: str) -> bool:
    """Whether two words one edit apart differ by a letter left out, added or swapped with
    the next, not by a letter changed (which turns many short words into others)."""
    return Indel.distance(word, other) <= 1 or sorted(word) == sorted(other)


def typo_limit(word: str) -> int:
    """How many edits a misspelt word may be from the word it is read as: none under 5 letters
    (go, rust, lead, or and state codes stay as written), one up to 9, two from 10; none for a
    word with digits or other signs (c++, k8s)."""
    if len(word) < 5 or not word.isalpha():
        return 0
    return 1 if len(word) <= 9 else 2


def _ambiguous_spelling(alias: str, key: str, title_words: set[str]) -> bool:
    """Whether an alias of an ambiguous skill is itself an ordinary word ("go", not "golang")."""
    if alias == key or len(alias) <= 3:
        return True
    return " " not in alias and alias.isalpha() and alias in title_words


DATA = resources.files("core.matching").joinpath("data")


@cache
def vocabulary() -> Vocabulary:
    """Load the vocabulary from the package data (once)."""
    return load_vocabulary(DATA)


def load_vocabulary(data: Traversable) -> Vocabulary:
    """Load the vocabulary from a data folder; one clear line if a file is missing or corrupt."""
    try:
        loaded = _load(data)
        # the place tables too: a missing or corrupt one fails at start, not mid-chat
        build_atlas(data.joinpath("regions.tsv").read_text(encoding="utf-8"))
        field_roles(data)
        broad_heads(data)
        workplace_settings(data)
        english_words(data)
        return loaded
    except (OSError, UnicodeError, ValueError, IndexError, KeyError) as exc:
        raise ConfigError(
            f"the matcher's vocabulary in {data} is missing or corrupt "
            f"({type(exc).__name__}: {exc}); reinstall the package"
        ) from exc


def _lines(data: Traversable, name: str) -> list[list[str]]:
    text = data.joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_NOUN_FIRST_LANGUAGES = frozenset(["es", "fr", "pt"])
_LANGUAGES = frozenset(["es", "fr", "de", "pt", "ja", "zh"])  # of foreign_titles.tsv


def _foreign_titles(v: Vocabulary, data: Traversable) -> list[tuple[str, str]]:
    """foreign_titles.tsv: each title in another language a phrase of its English one, its words
    foreign; the one-word titles of languages putting the role noun first, with their English
    last word (a role noun: the word comes first, see _noun_first)."""
    first: list[tuple[str, str]] = []
    for row in _lines(data, "foreign_titles.tsv"):
        if len(row) != 3 or not set(row[2].split()) <= _LANGUAGES:
            raise ValueError(f"foreign_titles.tsv: {row!r} is not title<TAB>English<TAB>languages")
        gram, english = tuple(tokens(row[0])), tuple(tokens(row[1]))
        v.phrases.setdefault(gram, english)
        v.foreign.update(gram)
        if len(gram) > 1:
            v.foreign_phrases[gram] = english
        elif set(row[2].split()) & _NOUN_FIRST_LANGUAGES:
            first.append((gram[0], english[-1]))
    return first


def field_roles(data: Traversable = DATA) -> dict[str, str]:
    """field_words.tsv: each field word a search may name alone, with its role noun."""
    rows = _lines(data, "field_words.tsv")
    for row in rows:
        if len(row) != 2 or not all(row):
            raise ValueError(f"field_words.tsv: {row!r} is not field<TAB>role noun")
    return {field: noun for field, noun in rows}


def broad_heads(data: Traversable = DATA) -> frozenset[str]:
    """broad_heads.txt: the role nouns heading many known job titles, as head keys."""
    rows = _lines(data, "broad_heads.txt")
    for row in rows:
        if len(row) != 2 or not row[0] or not row[1].isdigit():
            raise ValueError(f"broad_heads.txt: {row!r} is not role noun<TAB>count")
    return frozenset("=" + row[0] for row in rows)


def workplace_settings(
    data: Traversable = DATA,
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """settings.tsv: each workplace setting as the echo says it -> how searches and postings
    spell it ("hospital" -> hospital, hospitals, medical center), and the phrases holding a
    spelling that name something else ("credit union")."""
    rows = _lines(data, "settings.tsv")
    for row in rows:
        if len(row) not in (2, 3) or not all(row):
            raise ValueError(f"settings.tsv: {row!r} is not setting<TAB>spellings[<TAB>others]")
        firsts = {tokens(s)[0] for s in row[1].split("|")}
        if any(firsts.isdisjoint(tokens(o)) for o in _others(row[2:])):
            raise ValueError(f"settings.tsv: {row!r} names another thing holding no spelling")
    return {row[0]: (tuple(row[1].split("|")), _others(row[2:])) for row in rows}


def _others(column: list[str]) -> tuple[str, ...]:
    """A table's optional last column of |-separated phrases, () when absent."""
    return tuple(column[0].split("|")) if column else ()


def english_words(data: Traversable = DATA) -> dict[str, float]:
    """english_words.tsv: common English words by their Zipf frequency."""
    return {word: float(zipf) for word, zipf in _lines(data, "english_words.tsv")}


# terms.tsv kinds that only name a word (into a set) or map it to its value (into a dict).
_SET_KINDS = {
    "spec": "specs",
    "generic": "generic",
    "optional": "optional",
    "manner": "manners",
    "stop": "stop",
    "domain": "domains",
    "weakhead": "weak_heads",
    "field": "field_specs",
    "student": "students",
    "nonsoftware": "nonsoftware",
}
_MAP_KINDS = {"head": "heads", "seniority": "seniority", "workplace": "workplace", "lean": "leans"}


_ANY: frozenset[str] = frozenset()  # a licence after a role noun of any class


def _load(data: Traversable) -> Vocabulary:
    v = Vocabulary()
    title_words = {row[0] for row in _lines(data, "title_words.txt")}
    for row in _lines(data, "terms.tsv"):
        word, kind, value = row[0], row[1], row[2] if len(row) > 2 else ""
        if kind == "stop" and " " in word:  # a phrase of no words: "show" stays a title word
            v.phrases[tuple(tokens(word))] = ()
        elif kind in _SET_KINDS:
            getattr(v, _SET_KINDS[kind]).add(word)
        elif kind in _MAP_KINDS:
            getattr(v, _MAP_KINDS[kind])[word] = value
        elif kind == "compound":
            v.compound_heads.add(word)
            if value == "always":
                v.always_heads.add(word)
        elif kind == "titlestop":
            v.titlestop.add(word)
            if value == "role":
                v.role_stops.add(word)
        elif kind == "related":
            other, credit = value.split(":")
            v.related.setdefault(word, []).append((other, float(credit)))
            v.related_to.setdefault(other, set()).add(word)
        elif kind == "headrel":
            other, credit, *needs = value.split(":")
            v.head_rel[(word, other)] = float(credit)
            if needs[:1] == ["plain"]:
                v.plain_rel.add((word, other))
            if needs[:1] == ["field"]:
                v.field_rel.add((word, other))
                if needs[1:]:
                    v.same_job[(word, other)] = frozenset(needs[1].split("|"))
            v.head_rel_to.setdefault(other, set()).add(word)
        elif kind in ("levelcode", "ladder"):
            v.seniority[word] = value
            (v.level_codes if kind == "levelcode" else v.ladder).add(word)
        elif kind == "titlelevel":
            v.titled_levels[word] = frozenset(value.split("|"))
        elif kind == "titlerung":
            level, nouns = value.split(":")
            v.title_rungs[word] = (level, frozenset(nouns.split("|")))
        elif kind == "titleafter":
            v.titled_after[word] = frozenset(value.split("|"))
        elif kind == "rungof":
            v.rung_roles[word] = frozenset(value.split("|"))
        elif kind == "opposite":
            v.opposites.setdefault(word, set()).add(value)
            v.opposites.setdefault(value, set()).add(word)
    v.query_titles = {
        fold(row[0]): tuple(tokens(row[1])) for row in _lines(data, "query_titles.tsv")
    }
    v.longest_query_title = max(len(said.split()) for said in v.query_titles)
    for row in _lines(data, "seed_titles.tsv") + _lines(data, "title_abbrevs.tsv"):
        if "(" in row[0]:  # a house style reaching into a title's parenthesis: text as written
            v.title_rewrites.append(_rewrite(fold(row[0]), fold(row[1])))
            continue
        gram = tuple(tokens(row[0]))
        if gram and gram not in v.phrases:
            v.phrases[gram] = tuple(tokens(row[1]))
        if len(row) > 2 and len(tokens(row[1])) == 1:  # the word as written: "go-to-market"
            v.word_shown[row[1]] = row[2]
        elif len(row) > 2:  # how the echo says the title: "site reliability engineer (SRE)"
            v.title_shown[tuple(tokens(row[1]))] = row[2]
    foreign_first = _foreign_titles(v, data)
    flagged = {  # skills.tsv's plain flags: the set each puts its skill in
        "amb": v.ambiguous,
        "lang": v.languages,
        "spec": v.specialties,
        "tech": v.tech_specialties,
        "practice": v.practices,
        "cred": v.credentials,
        "sector": v.sectors,
        "platform": v.platforms,
        "business": v.businesses,
        "broker": v.brokers,
        "law": v.law_areas,
    }
    for row in _lines(data, "skills.tsv"):
        name, key = row[0], row[0].lower()
        v.skill_names[key] = name
        flags = row[2].split() if len(row) > 2 else []
        for flag in flags:
            if flag in flagged:
                flagged[flag].add(key)
        for flag in flags:  # "employer:bank": an employer's name ending in it is of the sector
            if flag.startswith("beside:"):
                v.beside[key] = frozenset(flag.removeprefix("beside:").split("|"))
            if flag.startswith("area:"):
                for word in flag.removeprefix("area:").split("|"):
                    gram = tuple(tokens(word.lstrip("~").replace("_", " ")))
                    v.law_words[gram] = (key, not word.startswith("~"))
            if flag.startswith("employer:"):
                v.employer_words.update(dict.fromkeys(flag[9:].split("|"), key))
        licence = [f.split(":", 1) for f in flags if f.split(":", 1)[0] == "licence"]
        if licence:  # never a skill alias: alone or first, "rn" is the registered nurse
            v.licence_roles[key] = frozenset(licence[0][1].split("|")) if licence[0][1:] else _ANY
            grams = [tuple(tokens(alias)) for alias in row[1].split("|")]
            v.licences.update((gram, key) for gram in grams if gram)
            v.amb_grams.update(grams[:1] if "amb" in flags else ())
            continue
        for alias in row[1].split("|"):
            gram = tuple(tokens(alias))
            if gram and gram not in v.skill_alias and gram not in v.phrases:
                v.skill_alias[gram] = key
                if "amb" in flags and _ambiguous_spelling(alias.lower(), key, title_words):
                    v.amb_grams.add(gram)
    names = {name.lower() for name in v.skill_names}
    for row in _lines(data, "skill_links.tsv"):
        need = row[0].lower()
        said = [s.lower() for s in row[1].split("|")]
        ok = frozenset(s.lstrip("~") for s in said if s.lstrip("~") in names)
        v.accepts[need] = ok
        loose = frozenset(s[1:] for s in said if s[:1] == "~" and s[1:] in names)
        if loose:
            v.accepts_loosely[need] = loose
        for other in ok:
            v.satisfies.setdefault(other, set()).add(need)
    for row in _lines(data, "skill_rivals.tsv"):
        asked, one_way, others = row[0].partition(">")  # "B>A": A rivals B, not B A
        group = frozenset(s.lower() for s in (others or asked).split("|") if s.lower() in names)
        for skill in [asked.lower()] if one_way else group:
            if skill in names:
                v.rivals[skill] = v.rivals.get(skill, frozenset()) | (group - {skill})
    for row in _lines(data, "skill_implies.tsv"):
        implied = tuple(s.lower() for s in row[1].split("|") if s.lower() in names)
        if row[0].lower() in names and implied:
            v.implies[row[0].lower()] = implied
    for row in _lines(data, "spec_cues.tsv"):
        gram = tuple(tokens(row[0]))
        cue = (row[1], float(row[2]) if len(row) > 2 else 1.0)
        if len(row) > 3 and row[3] == "fallback":
            v.fallback_cues[gram] = cue
            continue
        v.cues[gram] = cue
        if len(row) > 3 and row[3] == "name":
            v.naming_cues.add(gram)
        elif len(row) > 3 and row[3] == "name2":
            v.paired_cues.add(gram)
    v.max_cue = max(len(g) for g in v.cues)
    for row in _lines(data, "places.txt"):
        v.places[tuple(tokens(row[0]))] = row[0]
        v.regions[row[0]] = tuple(row[1].split("|")) if len(row) > 1 else ()
    for row in _lines(data, "occupational_series.tsv"):
        if not re.fullmatch(r"\d{4}", row[0]):
            raise ValueError(f"occupational_series.tsv: {row[0]!r} is no 4-digit series code")
        named = [t.strip() for t in row[2].split(",") if t.strip()]
        v.series[row[0]] = (row[1], tuple(t for t in named if not t.startswith("[")))
        if special := tuple(t.strip("[] ") for t in named if t.startswith("[")):
            v.series_specialties[row[0]] = special
    v.title_words = title_words
    v.role_nouns = {row[0] for row in _lines(data, "role_nouns.txt")}
    v.role_nouns -= set(v.heads) | v.specs | v.generic | set(v.seniority) | v.stop | v.optional
    v.role_nouns -= set(v.workplace) | v.titlestop
    for noun in v.role_nouns:  # "Security Guard", "Physical Therapist": a job of its own
        v.heads[noun] = noun
    v.noun_first = {word for word, last in foreign_first if last in v.heads}
    for a, b in _lines(data, "role_links.tsv"):  # "Philosophy Professor" for "… instructor"
        for query, posting in ((a, b), (b, a)):
            v.head_rel.setdefault((query, posting), ROLE_LINK)
            v.head_rel_to.setdefault(posting, set()).add(query)
    for head, a, b in _lines(data, "title_kin.tsv"):
        for one, other in ((a, b), (b, a)):
            v.kin[(head, one)] = v.kin.get((head, one), frozenset()) | {other}
    grams = [*v.phrases, *v.skill_alias, *v.places]
    v.max_phrase = max(len(g) for g in grams)
    v.reach = _reach([*v.phrases, *v.skill_alias, *v.licences])
    v.cue_reach = _reach([*v.cues, *v.fallback_cues])
    curated = set(v.heads) | v.specs | v.generic | set(v.seniority) | set(v.workplace)
    for canon in v.phrases.values():
        curated.update(canon)
    v.curated = curated | v.stop | {g[0] for g in v.skill_alias if len(g) == 1}
    v.known = curated | v.stop | v.title_words | {t for g in grams for t in g}
    v.known |= {american(w) for w in v.known}
    for word in sorted(curated):
        v.snap_curated[word] = Item("word", word, word)
    for gram, key in v.skill_alias.items():
        if len(gram) == 1 and len(gram[0]) >= 4:
            v.snap_curated.setdefault(gram[0], Item("skill", key, gram[0]))
    onet = sorted(w for w in v.title_words if w not in v.snap_curated and len(w) >= 5)
    v.snap_near = NearWords([*v.snap_curated, *onet])
    v.curated_near = NearWords(v.snap_curated)
    text = data.joinpath("job_titles.txt").read_text(encoding="utf-8")
    counts = Counter(text.split())
    lines = [tokens(line) for line in text.lower().splitlines()]  # split once: 73k titles
    v.title_tokens = frozenset(t for line in lines for t in line)
    v.worker_fields = frozenset(t[0] for t in lines if len(t) == 2 and t[1] == WORKER)
    v.title_counts = {w: counts[w] for w in [*v.snap_curated, *onet] if counts[w]}
    return v


def _reach(grams: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """Per first token, the length of the longest of these grams it starts."""
    reach: dict[str, int] = {}
    for gram in grams:
        if gram:
            reach[gram[0]] = max(reach.get(gram[0], 0), len(gram))
    return reach


_ABBREVIATED = frozenset(
    [
        "uk",
        "us",
        "usa",
        "eu",
        "uae",
        "emea",
        "apac",
        "latam",
        "dach",
        "nyc",
        "dc",
        "dmv",
        "dfw",
        "sf",
        "sfo",
        "nsw",
        "qld",
        "vic",
        "tas",
        "bc",
        "pei",
    ]
)


def _rewrite(said: str, read: str) -> tuple[str, re.Pattern[str], _Reading]:
    """A house style's longest word (every match holds it), pattern and replacement. A whole
    parenthesis ("specialist (network)") is one of its slashed house codes too, read last, as a
    role noun ends a title: "(NETWORK/INFOSEC)" is "(infosec/network engineer/network
    administrator)", as "(INFOSEC/NETWORK)" is."""
    needle = max(re.findall(r"\w+", said), key=len, default="")
    whole, into = _CODED.fullmatch(said), _CODED.fullmatch(read)
    if whole is None or into is None:
        pattern = r"\s*".join(re.escape(w) for w in said.split())
        return needle, re.compile(rf"(?<!\w){pattern}(?!\w)"), read
    before = r"\s*".join(re.escape(w) for w in whole[1].split())
    code = r"\s*".join(re.escape(w) for w in whole[2].split())
    pattern = rf"(?<!\w){before}\s*\((?P<a>(?:[^()/]*/)*)\s*{code}\s*(?P<b>(?:/[^()/]*)*)\)"
    prefix = f"{into[1].strip()} " if into[1].strip() else ""

    def styled(found: re.Match[str]) -> str:
        others = found["a"] + (found["b"][1:] + "/" if found["b"] else "")
        return f"{prefix}({others}{into[2].strip()})"

    return needle, re.compile(pattern), styled


_CODED = re.compile(r"([^()]*)\(([^()]*)\)")


# "PM" as a title's role ("Senior PM", "Principal PM Manager", "PM II", "Integration PM, Azure"):
# tech employers' short name for a product or a program manager alike, as a search's "pm" is
# (query_titles.tsv); not a time ("7 PM", "PM Shift") nor another role's qualifier ("PM
# Coordinator": preventive maintenance; "Nurse - PM"), which seed_titles.tsv reads as before. A
# "PM Manager" manages PMs: one of them.
_PM_ROLE = re.compile(
    r"(?<![\w:/.])(?<!\d )(?<!- )(?<!– )pm(?: manager)?"
    r"(?=\s*(?:$|[,(|:;/–-]|(?:lead|[1-4]|i{1,3}|iv)(?!\w)))"
)


# Who may apply, as German, Austrian and French law have postings say ("Lehrer (m/w/d) für
# Mathematik", "Infirmier (H/F) de bloc"): no part of the title, so the words after it stay its own.
_GENDERS = re.compile(
    r"\s*\((?:[mwfdxh]|div)(?:\s*[/,|]\s*(?:[mwfdxh]|div))+\)|\s*\((?:all genders?|gn\*?)\)"
)


def house_styled(folded: str) -> str:
    """A folded title with the house styles reaching into its parenthesis read as written
    ("forestry technician (fire)": a wildland firefighter), and "PM" as a role (_PM_ROLE): one
    reading for posting titles and for titles pasted as searches."""
    if "pm" in folded:
        folded = _PM_ROLE.sub("product/program manager", folded)
    if "(" not in folded:
        return folded
    folded = _GENDERS.sub(" ", folded)
    for needle, pattern, said in vocabulary().title_rewrites:
        if needle in folded:  # a search from every position costs microseconds: most lack it
            folded = pattern.sub(said, folded)
    return folded


def place_name(folded: str) -> str:
    """A folded place as people write it: "london uk" is London, UK; "remote eu" Remote EU;
    a city named by another of its names by its table name ("munchen" is Munich)."""
    name = table_name(folded)
    if name is not None:
        return name
    words = folded.split()
    shown = [w.upper() if w in _ABBREVIATED else w.capitalize() for w in words]
    # "northern ireland", "south australia": one name, no city of Ireland or Australia
    whole = folded in vocabulary().regions or bool(
        atlas().names.get(folded, set()) & atlas().parts.keys()
    )
    if len(words) > 1 and words[0] != "remote" and words[-1] in _countries() and not whole:
        return " ".join(shown[:-1]) + ", " + shown[-1]
    return " ".join(shown)


@cache
def _countries() -> frozenset[str]:
    """One-word countries and regions: the part after a comma in a place name."""
    regions = vocabulary().regions
    return _ABBREVIATED | {r for rs in regions.values() for r in rs if " " not in r}
