"""The query language: free text to a structured search, with notes on how it was read."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from rapidfuzz.distance import Indel

from core.digests.places import gazetteer
from core.errors import QueryError
from core.matching.money import find_salaries, money
from core.matching.regions import (
    atlas,
    bare_code,
    code_name,
    place_kind,
    qualified,
    query_areas,
    query_place,
    table_name,
    undotted,
    word_code,
    word_states,
    zone_place,
)
from core.matching.semantic import TITLES_FILE
from core.matching.vocab import (
    RANK,
    ROMAN,
    TECH_SPECS,
    Item,
    NearWords,
    Vocabulary,
    american,
    field_roles,
    fold,
    house_styled,
    place_name,
    tokens,
    typo_limit,
    vocabulary,
)

PARSER_VERSION = 29  # 2: role-family synonyms (server engineer = backend engineer, ...)
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
MAX_CHARS = 300
RUNGS = frozenset({"staff", "principal"})  # the rungs "senior" grades ("senior staff": staff)
MAX_TITLE_WORDS = 8
MAX_SKILLS = 12
ANY = "|"  # between the skills of an any-of group: "python or go" is the skill "Python|Go"
SALAD = 3  # unknown words (and more than half the title) that make a search a word salad

EXAMPLE = 'e.g. "senior backend engineer python remote 120k+ -php"'

_EXCLUDE = re.compile(
    r"(?<!\S)(?:-|!|\bnot\s+|\bno\s+|\bexcept\s+|\bwithout\s+|\bexcluding\s+)(?:in\s+)?"
    r"(?P<company>company:\s*)?(?P<term>\"[^\"]+\"|[^\s\"]+)",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"(?<!\S)(?:(?:location|loc|in|city|country):\s*|@)(?P<term>\"[^\"]+\"|[^\s\"]+)",
    re.IGNORECASE,
)
# Shifts and schedules: said in a posting's text, rarely in its title, so never title words but
# preferences: a posting whose text names one ranks higher, none is left out. "night" alone
# stays a title word (night auditor).
_SHIFT = re.compile(
    r"(?<![\w-])(?:\d{1,2}\s*)?(?:(?:night|day|evening|swing|graveyard|rotating|weekend|overnight"
    r"|1st|2nd|3rd|first|second|third)\s+shifts?"
    r"|nights|overnights?|days|evenings|weekends|per\s+diem|prn|(?:part|full)[\s-]?time"
    r"|on[\s-]call)(?![\w-])",
    re.IGNORECASE,
)
# Years of experience ("5+ years", "3-5 yrs of experience"): a posting is matched by its level,
# so these are no title words, pay or ladder grades.
_EXPERIENCE = re.compile(
    r"(?<![\w-])\d{1,2}\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)"
    r"(?:\s+(?:of\s+)?(?:experience|exp))?(?![\w-])",
    re.IGNORECASE,
)
# A contract's length ("13 weeks", "6-month contract"): a posting is matched by its title and
# place, so these are no title words ("travel nurse 13 weeks" was the title "travel nurse weeks").
_CONTRACT_LENGTH = re.compile(
    r"(?<![\w-])\d{1,2}\s*[-‐]?\s*(?:weeks?|wks?|months?|mos?)"
    r"(?:\s+(?:contracts?|assignments?))?(?![\w-])",
    re.IGNORECASE,
)
# Tax and employment terms ("w2", "1099", "c2c"): said in a posting's text if at all, so no title
# words or pay ("data analyst w2" was the title "data analyst w2").
_EMPLOYMENT_TERMS = re.compile(
    r"(?<![\w-])(?:w-?2|1099|c2c|corp[\s-]+to[\s-]+corp)(?![\w-])", re.IGNORECASE
)
# A federal pay grade ("gs-13", "GS 12", "wg-10", "gs 11/12"): no title word ("attorney gs-14"
# was the title "attorney gs", which no posting title has).
_PAY_GRADE = re.compile(
    r"(?<![\w-])(?:gs|wg|ws|wl|gl|gg)[\s-]?\d{1,2}(?:\s*[-/]\s*\d{1,2})?(?![\w-])", re.IGNORECASE
)
# A "not" with nothing after it, an operator with no name ("-company:", "location:"): nothing
# to leave out or look for, rather than title words ("nurse not" was the title "nurse not").
_DANGLING_NOT = re.compile(
    r'(?<!\S)(?:not|no|except|without|excluding)(?:\s+in)?(?:\s*"\s*"?)?\s*$', re.IGNORECASE
)
_EMPTY_OPERATOR = re.compile(
    r'(?<!\S)[-!]?(?:company|location|loc|city|country):\s*(?:"\s*"?)?(?=\s*$|\s+\S+:|\s+[-!])|'
    r'(?<!\S)[-!]?(?:company|location|loc|city|country):(?:"\s*")?(?!\S)',
    re.IGNORECASE,
)
# "anywhere" alone is any place, remote or not: no place to filter by ("remote anywhere" is
# remote, "anywhere in europe" Europe).
_ANYWHERE = re.compile(r"(?<![\w-])anywhere(?![\w-])", re.IGNORECASE)
# Where the user is, which a search cannot know: left out, saying to name the place.
_NEAR_ME = re.compile(
    r"(?<![\w-])(?:(?:near|close\s+to|around)\s+me|nearby|in\s+my\s+area)(?![\w-])",
    re.IGNORECASE,
)
_LAST_OR = re.compile(r"(?<![\w-])or[\s.,;!?]*$", re.IGNORECASE)  # "nurse OR"
_SPACED_SLASH = re.compile(r"(?<!\S)([^\s/]+)\s+/\s+([^\s/]+)(?!\S)")  # "rn / lpn"
_SLASHED = re.compile(r"(?<!\S)[^\s/]+(?:/[^\s/]+)+(?!\S)")  # "java/kotlin", "ci/cd"
# Each shift a search may prefer, as the echo says it, and how a posting's text says it (not
# after "no": "no nights or weekends" names no night work).
SHIFTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?<![\w-])(?<!\bno\s)(?<!\bnot\s)(?:{said})(?![\w-])", re.IGNORECASE)
    for name, said in (
        (
            "nights",
            r"nights?(?:\s+shifts?)?|overnights?|graveyard(?:\s+shifts?)?|noc\s+shifts?"
            r"|(?:3rd|third)\s+shifts?",
        ),
        ("days", r"days|day\s+shifts?|(?:1st|first)\s+shifts?"),
        ("evenings", r"evenings?(?:\s+shifts?)?|swing\s+shifts?|(?:2nd|second)\s+shifts?"),
        ("weekends", r"weekends?(?:\s+shifts?)?"),
        ("rotating shifts", r"rotating(?:\s+shifts?)?"),
        ("per diem", r"per\s+diem|prn"),
        ("on call", r"on[\s-]?call"),
        ("part time", r"part[\s-]?time"),  # a schedule: said in the text, like a shift
        ("full time", r"full[\s-]?time"),
    )
}
# A shift left out ("no nights", "-weekends", "no on-call"): postings naming it are left out.
_NO_SHIFT = re.compile(
    r"(?<!\S)(?:-|!|\bnot\s+|\bno\s+|\bwithout\s+|\bexcept\s+|\bexcluding\s+)"
    r"(?P<shift>(?:night|day|evening|swing|graveyard|rotating|weekend|overnight)\s+shifts?"
    r"|nights?|overnights?|evenings|weekends?|on[\s-]?call|per\s+diem|prn|(?:part|full)[\s-]?time)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_OPERATOR = re.compile(r"(?<!\S)(?P<name>[a-z]+):\s*(?P<term>\"[^\"]+\"|[^\s\"]+)", re.I)


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
        if self.title:
            parts.append(
                "title "
                + " or ".join(
                    f'"{" ".join([" or ".join(self.seniority), *t] if self.seniority else t)}"'
                    for t in self.titles
                )
            )
        elif self.seniority:  # a level alone is no title word: it only filters
            parts.append(" or ".join(self.seniority) + " level")
        specialties = vocabulary().specialties
        groups = [s for s in self.skills if ANY in s]
        skills = [s for s in self.skills if s.lower() not in specialties and ANY not in s]
        if skills:
            parts.append("skills " + ", ".join(skills))
        parts.extend("any of: " + ", ".join(skill_members(g)) for g in groups)
        named = [s for s in self.skills if s.lower() in specialties]
        if named:
            parts.append("specialty " + ", ".join(named) + " (in the title or text)")
        if self.where:
            parts.append(self.where)
        parts.extend(f"not {w}" for w in (*self.exclude_skills, *self.exclude_workplaces))
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
        if self.prefer:
            parts.append(f"preferring {' or '.join(self.prefer)} in the text")
        return " · ".join(parts) or "nothing"

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
        remote = ["remote"] if "remote" in self.workplaces else []
        return " or ".join([*remote, *([local] if local else [])])

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
    def usable(self) -> bool:
        """Whether there is something to match on: a title word or a skill."""
        return bool(self.title or self.skills)


def _unquote(term: str) -> str:
    return term.strip('"').strip()


_PT = re.compile(r"(?<!\S)(?P<before>\S+)\s+(?P<pt>pt)(?![\w-])", re.IGNORECASE)


def _part_time(text: str, notes: list[str]) -> str:
    """The text with a "pt" right after a role noun as part time ("barista pt", "cna pt"),
    saying so; first or alone it stays the physical therapist it stands for ("pt jobs")."""
    v = vocabulary()
    for m in reversed(list(_PT.finditer(text))):
        read = v.analyse(tokens(m["before"])[-1:], lean=False)
        if read and read[-1].value in v.heads:
            notes.append(f'I read "{m["pt"]}" as part time')
            text = text[: m.start("pt")] + "part-time" + text[m.end("pt") :]
    return text


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _read_places(
    toks: list[str],
    locations: list[str],
    notes: list[str],
    glued: frozenset[str],
    zones: list[str],
    beside: list[str] | None = None,
) -> list[str]:
    """Take place names (and the word after "in") out of the token list, noting how each
    was read ("maryland" a US state); glued words (the "wi" of "wi-fi") are no places alone;
    a time zone beside "remote" is the place it names, also put in zones. Places beside
    "remote" ("remote us", "us remote", "remote in the uk", "remote us or canada": a country or
    region after one with "or") are also put in beside."""
    v = vocabulary()
    out: list[str] = []
    beside = [] if beside is None else beside
    last = (-1, False)  # len(out) after the last place found, whether it was beside remote
    i = 0
    while i < len(toks):
        after_in = bool(out) and out[-1] == "in"
        found = ""
        states = () if toks[i] in glued else _word_state(toks, i, out)
        if states:  # "nurse me", "teacher in ok": the state a code that is a word names
            locations.extend(states)
            kinds = ", or as ".join(f"{place_name(p)}, {place_kind(p)}" for p in states)
            notes.append(f'I read "{toks[i]}" as {kinds}')
            if after_in:
                out.pop()
            i += 1
            continue
        for size in range(min(4, len(toks) - i), 0, -1):
            gram = tuple(toks[i : i + size])
            found = " ".join(gram) if gram in v.places else _place_named(gram, after_in)
            if size == 1 and not after_in and (gram[0] in glued or _code_in_term(toks, i)):
                found = ""
            if found:
                break
        else:
            size = 1
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            after = _place_after_in(toks[i + 1 : i + 5]) if toks[i] == "in" else ""
            zone, said = zone_place(toks[i : i + 3])
            if zone and "remote" not in out[-1:] + toks[i + said : i + said + 1]:
                zone = ""  # "eastern" alone, "est" not beside remote: words
            if zone:  # "remote est": remote work from North America's time zones
                locations.append(zone)
                zones.append(zone)
                beside.append(zone)
                notes.append(
                    f'I read "{" ".join(toks[i : i + said])}" as a time zone of'
                    f" {place_name(zone)}: remote work you may do from there"
                )
                size = said
            elif after:  # "in columbus ohio", "in fort belvoir": the longest place, not one word
                found, size = after, 1 + len(after.split())
            elif toks[i] == "in" and nxt.isalpha() and nxt not in v.known and not word_states(nxt):
                fixed = _place_typo(toks, i + 1, notes)
                found, size = (fixed[0], 1 + fixed[1]) if fixed else (nxt, 2)
            elif fixed := _place_typo(toks, i, notes):  # "noroflk va": Norfolk, Virginia
                found, size = fixed
            elif _code_after_role(toks, i, out):
                found = toks[i]
            else:
                out.append(toks[i])
        oregon = _oregon(found, toks[i + size :]) if found else ""
        if oregon:  # "salem or", "portland or teacher": the city in Oregon
            found, size = oregon, size + 1
        if found:
            locations.append(found)
            _note_place(found, notes)
            if after_in and size and out and out[-1] == "in":
                out.pop()
            near = _beside_remote(out, toks[i + size : i + size + 1], found, last)
            if near:
                beside.append(found)
            last = (len(out), near)
        i += size
    return out


def _beside_remote(before: list[str], after: list[str], place: str, last: tuple[int, bool]) -> bool:
    """Whether a place just read is beside "remote": after it ("remote in the uk": before holds
    the words read so far), before it ("us remote"), or a country or region joined by "or" to
    one that is ("remote us or canada"; a city so joined is a place to work in: "remote uk or
    london")."""
    words = list(before)
    while words and words[-1] in _IN:
        words.pop()
    if words[-1:] == ["remote"] or after == ["remote"]:
        return True
    count, near = last
    city = any(a.startswith(("city:", "metro:")) for a in query_areas(place)[0])
    return near and not city and before[count:] == ["or"]


def _oregon(place: str, after: list[str]) -> str:
    """The place a city and the "or" after it name ("salem or": Salem, Oregon), "" when the
    "or" may join alternatives: a place or workplace after it ("portland or seattle")."""
    if after[:1] != ["or"] or qualified(place) is not None:
        return ""
    v = vocabulary()
    nxt = after[1:2]
    if nxt and (nxt[0] in v.workplace or _place_after_in(after[1:5])):
        return ""
    pair = qualified(f"{place} oregon")
    return f"{place} oregon" if pair is not None and pair[1] == "US-OR" and pair[2] else ""


def _dangling_or(toks: list[str], notes: list[str]) -> list[str]:
    """The tokens without an "or" last, with nothing after it to choose ("nurse or"), saying so."""
    if toks[-1:] != ["or"]:
        return toks
    notes.append(
        'I left "or" out: nothing follows it to choose between (for the operating room, write'
        ' "or nurse")'
    )
    return toks[:-1]


def _place_typo(toks: list[str], at: int, notes: list[str]) -> tuple[str, int] | None:
    """The place a misspelt word (or two words, one misspelt) starting here names, with the
    number of words read, saying so in a note ("noroflk" Norfolk, "san fransisco" San
    Francisco); with the words after it when together they name a place ("noroflk va"). None
    when no word is misspelt (_typo) or none is near a place."""
    nxt = toks[at + 1] if at + 1 < len(toks) else ""
    fixed = _place_near(toks[at], "") if _typo(toks[at]) else None
    size = 1
    if fixed is None and nxt:  # "san fransisco", "los angelas"
        fixed, size = _place_near(toks[at], nxt), 2
    if fixed is None:
        return None
    said = " ".join(toks[at : at + size])
    for more in range(min(3, len(toks) - at - size), 0, -1):  # "noroflk va": a city and state
        gram = (*fixed.split(), *toks[at + size : at + size + more])
        if found := _place_named(gram, after_in=True):
            fixed, size = found, size + more
            break
    notes.append(f'I read "{said}" as {place_name(fixed)}')
    return fixed, size


def _typo(word: str) -> bool:
    """Whether a word may be a misspelt place: long enough to correct (typo_limit), no word
    the matcher knows, and no typo of one (a title word or skill goes first)."""
    v = vocabulary()
    return bool(typo_limit(word)) and american(word) not in v.known and v.snap(word) is None


def _place_near(first: str, second: str) -> str | None:
    """The place name of one word (second "") or two, one misspelt (_typo), these are a typo
    of: within typo_limit, keeping the first letter, the most populous when several are as
    near; None if none."""
    if not second:
        near = _one_word_places().near(first, typo_limit(first))
    elif _typo(second) and first in _place_names_by_word()[0]:  # "san fransisco"
        pool = [f"{first} {w}" for w in _place_names_by_word()[0][first]]
        near = NearWords(pool).near(f"{first} {second}", typo_limit(second))
    elif _typo(first) and second in _place_names_by_word()[1]:  # "nweport news"
        pool = [f"{w} {second}" for w in _place_names_by_word()[1][second]]
        near = NearWords(pool).near(f"{first} {second}", typo_limit(first))
    else:
        return None
    text = f"{first} {second}".strip()
    near = [n for n in near if n[1]]
    if not near:
        return None
    return min(near, key=lambda n: (n[1], Indel.distance(text, n[0]), -_size(n[0]), n[0]))[0]


@cache
def _one_word_places() -> NearWords:
    """The folded names of countries, US states, regions and cities (cities.tsv) of one word,
    that a misspelt place may be read as."""
    names = {*atlas().names, *atlas().localities, *atlas().metros, *gazetteer().by_name}
    return NearWords(x for x in names if " " not in x)


@cache
def _place_names_by_word() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Place names of two words (as _one_word_places) by their first word (the second words),
    and by their second (the first words)."""
    names = {*atlas().names, *atlas().localities, *atlas().metros, *gazetteer().by_name}
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    for name in sorted(x for x in names if len(x.split()) == 2):
        first, second = name.split()
        by_first.setdefault(first, []).append(second)
        by_second.setdefault(second, []).append(first)
    return by_first, by_second


def _size(place: str) -> int:
    """How many people a folded place name stands for: a country, state or region above any
    city, a city by its population."""
    if place in atlas().names:
        return 10**10
    named = gazetteer().by_name.get(place)
    return named[0].population if named else 0


def _operating_room(toks: list[str]) -> list[str]:
    """The tokens with an "or" that cannot join two titles read as operating room: first, or
    after levels alone, before a role noun ("or nurse", "senior OR rn")."""
    v = vocabulary()
    for at, tok in enumerate(toks[:-1]):
        if tok != "or":
            continue
        before = toks[:at]
        if any(t not in v.seniority and t not in v.stop for t in before):
            return toks
        nxt = v.analyse(toks[at + 1 : at + 2], lean=False)
        if any(item.value in v.heads or not (before or item.kind == "skill") for item in nxt):
            return [*before, "operating", "room", *toks[at + 1 :]]
        return toks
    return toks


def _code_after_role(toks: list[str], at: int, before: list[str]) -> bool:
    """Whether a US postal code that is a word first ("ca", "ma", "md") names the state: last
    (but for workplaces) and after a role noun ("nurse ca", "teacher jobs ma"), not the initials
    of the title before it ("medical assistant ma")."""
    code = toks[at]
    if not word_code(code):
        return False
    v = vocabulary()
    if any(t not in v.workplace and t not in v.stop for t in toks[at + 1 :]):
        return False
    words = [t for t in before if t not in v.stop]
    if not words or "".join(w[0] for w in words[-2:]) == code:
        return False
    roles = [v.heads[i.value] for i in v.analyse(words[-1:], lean=False) if i.value in v.heads]
    return bool(roles) and not _DEGREES.get(code, frozenset()) & set(roles)


_BEFORE_PLACE = frozenset(["in", "jobs", "job", "positions", "position", "roles", "role"])


def _word_state(toks: list[str], at: int, before: list[str]) -> tuple[str, ...]:
    """The places a postal code that is an everyday word names ("me", "ok", "la": word_states)
    where a search plainly names a place with it: last (but for workplaces) right after a role
    noun ("nurse me", "welder ok", "nurse jobs hi") or after "in" ("teacher in ok"); () for
    "contact me", "id card", "teacher for me" or the initials of the title before."""
    states = word_states(toks[at])
    v = vocabulary()
    if not states or any(t not in v.workplace and t not in v.stop for t in toks[at + 1 :]):
        return ()
    after_in = before[-1:] == ["in"]
    words = list(before)
    while words and words[-1] in _BEFORE_PLACE:
        words.pop()
    if not words or words[-1] in v.stop:
        return ()
    titled = [t for t in words if t not in v.stop]
    if "".join(w[0] for w in titled[-2:]) == toks[at]:
        return ()
    heads = [i.value for i in v.analyse(words[-1:], lean=False) if i.value in v.heads]
    return states if heads or after_in else ()


# A postal code that after a role of this class is its degree ("physician md"), not the state.
_DEGREES = {"md": frozenset(["physician", "doctor"])}


def _code_in_term(toks: list[str], at: int) -> bool:
    """Whether a US postal code named alone is a word of a term, not a place: of a known title
    or skill with the word after it ("nc programmer"), or first, before a word that is no
    role noun ("fl studio"); a code after the title ("nurse tx") or before a role noun ("tx
    nurse") is the state."""
    if not bare_code(toks[at]):
        return False
    v = vocabulary()
    pair = tuple(toks[at : at + 2])
    if len(pair) == 2 and (pair in v.phrases or pair in v.skill_alias or pair in _title_pairs()):
        return True
    nxt = pair[1] if len(pair) == 2 else ""
    return at == 0 and nxt in v.known and nxt not in v.heads and nxt not in v.workplace


@cache
def _title_pairs() -> frozenset[tuple[str, str]]:
    """Each two words in a row of a known job title ("nc programmer")."""
    words = [t.split() for t in _known_titles()]
    return frozenset(pair for w in words for pair in pairwise(w))


def _near(toks: list[str]) -> list[str]:
    """The tokens with a "near" before a place read as "in" ("jobs near austin"); before
    other words it stays a title word ("near infrared"). "near me" is left out before."""
    out = list(toks)
    for at in range(len(toks) - 1):
        if toks[at] == "near" and (
            _place_after_in(toks[at + 1 : at + 5]) or word_states(toks[at + 1])
        ):
            out[at] = "in"
    return out


def _place_after_in(words: list[str]) -> str:
    """The longest place the words after "in" begin with, or "" ("in columbus ohio")."""
    for size in range(len(words), 0, -1):
        found = _place_named(tuple(words[:size]), after_in=True)
        if found and len(found.split()) == size:
            return found
    return ""


def _note_place(place: str, notes: list[str]) -> None:
    """Say how a place was read, once ("I read "maryland" as a US state")."""
    kind = place_kind(place) if place else None
    name = table_name(place)
    note = f"I read a place as {name}, {kind}" if name else f'I read "{place}" as {kind}'
    if kind and note not in notes:
        notes.append(note)


def _place_named(gram: tuple[str, ...], after_in: bool) -> str:
    """The place words name, a country, US state, region or city ("maryland", "huntsville",
    "d.c." as dc), rather than title words or a skill ("mobile", "reading" are title words
    first, places after "in"); "" when they name none."""
    v = vocabulary()
    if not after_in and (gram in v.phrases or gram in v.skill_alias):
        return ""
    return query_place(gram, () if after_in else v.known) or ""


def _snap_all(toks: list[str], notes: list[str], words: bool = True) -> list[str]:
    """Replace misspelt words with the vocabulary word they most likely mean; with words
    False only by a skill, level or workplace (what is left out: "-pyhton", "not remtoe"; a
    company or place left out is no title word)."""
    v = vocabulary()
    out = []
    for tok in toks:
        item: Item | None = None
        if v.stem(tok) not in v.known and tok not in v.places.values():  # "grads": grad
            item = v.snap(tok)
        if item and not words and item.kind == "word":
            item = item if item.value in v.seniority or item.value in v.workplace else None
        if item is None:
            out.append(tok)
            continue
        shown = v.skill_names[item.value] if item.kind == "skill" else item.value
        notes.append(f'I read "{tok}" as {shown}')
        out.append(item.surface if item.kind == "skill" else item.value)
    return out


def _slashes(text: str) -> str:
    """The text with skills written with slashes between as alternatives: "java/kotlin" is
    "java or kotlin"; not one skill written so ("ci/cd") nor a framework and its language
    ("python/django": both)."""
    v = vocabulary()

    def either(m: re.Match[str]) -> str:
        parts = m.group(0).split("/")
        each = [v.analyse(tokens(p), implied=False) for p in parts]
        whole = v.analyse(tokens(m.group(0)), implied=False)
        if all(_title_abbreviation(p) for p in parts):  # "rn/lpn": one title or the other
            return " or ".join(parts)
        keys = [found[0].value for found in each if len(found) == 1 and found[0].kind == "skill"]
        if len(keys) < len(parts) or len(whole) != len(parts):
            return m.group(0)
        if any(o in v.implies.get(k, ()) for k in keys for o in keys):
            return m.group(0)
        return " or ".join(parts)

    def spaced(m: re.Match[str]) -> str:  # "rn / lpn" as "rn/lpn"
        return (
            m.group(0) if not all(map(_title_abbreviation, m.groups())) else " or ".join(m.groups())
        )

    return _SLASHED.sub(either, _SPACED_SLASH.sub(spaced, text))


def _title_abbreviation(word: str) -> bool:
    """Whether a word is a short title of one job ("rn", "lpn", "cna"): a phrase of words that
    ends in a role noun."""
    v = vocabulary()
    canon = v.phrases.get(tuple(tokens(word)), ())
    return len(tokens(word)) == 1 and len(canon) > 1 and canon[-1] in v.heads


def skill_members(skill: str) -> list[str]:
    """The skills of an any-of group ("Python|Go"), or the skill itself."""
    return skill.split(ANY)


def _implied(items: list[Item], at: int) -> bool:
    """Whether a skill item is one the skill before it implies (django: Python)."""
    before = items[at - 1] if at else None
    return before is not None and before.kind == "skill" and before.surface == items[at].surface


def _runs(items: list[Item]) -> dict[int, int]:
    """Per skill item in a run of skills named with "or" between ("python or go or rust"), the
    position of the run's first skill; a skill a member implies is in its member's run."""
    run_of: dict[int, int] = {}
    start = source = -1
    joining = False
    for at, item in enumerate(items):
        if item.kind == "skill" and _implied(items, at):
            run_of[at] = run_of[source]
        elif item.kind == "skill":
            start = start if joining else at
            run_of[at] = source = start
            joining = False
        else:
            after = items[at + 1] if at + 1 < len(items) else None
            joining = (
                item.value == "or"
                and items[at - 1 : at] != []
                and items[at - 1].kind == "skill"
                and after is not None
                and after.kind == "skill"
            )
    named = [at for at in run_of if not _implied(items, at)]
    sizes = {run: sum(1 for at in named if run_of[at] == run) for run in set(run_of.values())}
    return {at: run for at, run in run_of.items() if sizes[run] > 1}


def _skills(items: list[Item]) -> list[str]:
    """The skills named, in order: any-of groups joined by ANY ("Python|Go")."""
    v = vocabulary()
    runs = _runs(items)
    groups: dict[int, list[str]] = {}
    out: list[str | int] = []
    for at, item in enumerate(items):
        if item.kind != "skill":
            continue
        name = v.skill_names[item.value]
        if at in runs:
            if runs[at] not in groups:
                groups[runs[at]] = []
                out.append(runs[at])
            groups[runs[at]].append(name)
        else:
            out.append(name)
    return [x if isinstance(x, str) else ANY.join(dict.fromkeys(groups[x])) for x in out]


def _classify(items: list[Item], notes: list[str]) -> dict[str, list[str]]:
    v = vocabulary()
    keys = ("title", "skills", "seniority", "workplaces")
    got: dict[str, list[str]] = {k: [] for k in keys}
    prev = ""
    graded = False  # a ladder number or company level (sde ii, L4, E5) names one exact grade
    for at, item in enumerate(items):
        value = item.value
        if item.kind == "skill":
            pass
        elif _graded_rung(items, at, v):  # "senior staff": the staff rung, said in a note
            nxt = items[at + 1]
            notes.append(f'I read "{item.surface} {nxt.surface}" as {v.seniority[nxt.value]} level')
        elif v.level(items, at) or (value in ROMAN and prev in v.heads):
            level = v.seniority.get(value) or ROMAN[value]
            got["seniority"].append(level)
            graded = graded or value in ROMAN or re.fullmatch(r"[le]\d", value) is not None
            if item.surface != level:
                notes.append(f'I read "{item.surface}" as {level} level')
        elif value in v.workplace:
            got["workplaces"].append(v.workplace[value])
        elif value not in v.stop and not v.noise(items, at) and not value.isdigit():
            got["title"].append(value)
        prev = value
    got["skills"] = _skills(items)
    parts = _title_alternatives(items, v)
    for key in got:
        got[key] = list(dict.fromkeys(got[key]))

    if parts:  # each title: the words of its part and those outside the "or" run
        every = set().union(*parts)
        at = min((got["title"].index(w) for w in every if w in got["title"]), default=0)
        outside = [w for w in got["title"] if w not in every]
        before = [w for w in outside if got["title"].index(w) < at]
        after = [w for w in outside if w not in before]
        each = [list(dict.fromkeys([*before, *p, *after])) for p in parts]
        got["alternatives"] = [ANY.join(_capped(t, MAX_TITLE_WORDS, notes)) for t in each]
        got["title"] = list(dict.fromkeys(w for t in got["alternatives"] for w in t.split(ANY)))
    else:  # the cap is per title: "backend or data engineer" counts each once
        got["title"] = _capped(got["title"], MAX_TITLE_WORDS, notes)
    got["skills"] = _capped(got["skills"], MAX_SKILLS, notes)
    levels = sorted(set(got["seniority"]), key=RANK.__getitem__)
    if levels and (RANK[levels[-1]] - RANK[levels[0]] >= 2 or (graded and len(levels) > 1)):
        notes.append(
            f"{' and '.join(levels)} contradict each other, so I'm not filtering by seniority"
        )
        levels = []
    got["seniority"] = levels
    got["graded"] = ["graded"] if graded and levels else []
    return got


def _graded_rung(items: list[Item], at: int, v: Vocabulary) -> bool:
    """Whether the word here is "senior" grading the rung after it ("senior staff engineer",
    "sr principal engineer"): a grade of staff or principal, not a level of its own."""
    if at + 1 >= len(items) or v.seniority.get(items[at].value) != "senior":
        return False
    if not v.level(items, at) or not v.level(items, at + 1):
        return False
    return v.seniority[items[at + 1].value] in RUNGS


def _note_codes_read_as_skills(items: list[Item], notes: list[str]) -> None:
    """Say so where a US postal code was read as the specialty it also stands for ("va social
    worker": Veterans Affairs, the employer, not Virginia), and how to name the state."""
    for item in items:
        if item.kind == "skill" and (bare_code(item.surface) or word_code(item.surface)):
            name, state = vocabulary().skill_names[item.value], code_name(item.surface)
            notes.append(
                f'I read "{item.surface}" as {name}, not {state}'
                f' (for jobs in {state}, write "in {item.surface}")'
            )


def _licences(items: list[Item], notes: list[str]) -> list[Item]:
    """The items with a licence's short form after a role noun read as the licence, a specialty
    in the title or text ("case manager lmsw", "accountant cpa", "civil engineer pe"), saying so;
    alone or first it stays the title it stands for ("lpn", "rn case manager")."""
    v = vocabulary()
    out: list[Item] = []
    classes: set[str] = set()  # the role classes named so far
    at = 0
    while at < len(items):
        item = items[at]
        key = v.licences.get((item.surface,)) if item.kind == "word" else None
        roles = v.licence_roles.get(key or "")
        if key and classes and (not roles or roles & classes):
            end = at
            while end < len(items) and items[end].surface == item.surface:
                end += 1
            out.append(Item("skill", key, item.surface))
            notes.append(f'I read "{item.surface}" as the licence {v.skill_names[key]}')
            at = end
            continue
        if item.kind == "word" and item.value in v.heads and (item.surface,) not in v.licences:
            classes.add(v.heads[item.value])  # not the nurse of "rn" in "rn lpn"
        licence = bool(out) and out[-1].kind == "skill" and out[-1].value in v.licence_roles
        if item.value == "or" and not licence:  # "nurse or lpn": another title, not "lcsw or lmsw"
            classes.clear()
        out.append(item)
        at += 1
    return out


def _capped(words: list[str], cap: int, notes: list[str]) -> list[str]:
    """The first cap words, saying in a note which were ignored (once)."""
    if len(words) <= cap:
        return words
    note = f"That's a lot of words; I kept the first {cap} and ignored: {', '.join(words[cap:])}"
    if note not in notes:
        notes.append(note)
    return words[:cap]


def _contradicted(asked: list[str], left_out: list[str], notes: list[str]) -> None:
    """Drop what is both asked for and left out ("php developer no php") from both, saying so:
    kept, the search could match nothing."""
    both = [x for x in left_out if any(x in skill_members(a) for a in asked)]
    if not both:
        return
    for x in both:
        left_out.remove(x)
    kept = [ANY.join(m for m in skill_members(a) if m not in both) for a in asked]
    asked[:] = [a for a in kept if a]
    said = " and ".join(both)
    them = "it" if len(both) == 1 else "them"
    notes.append(f"You both asked for {said} and left {them} out, so I ignored {said} either way")


def _title_alternatives(items: list[Item], v: Vocabulary) -> list[list[str]]:
    """The title words of each title named with "or" between ("nurse or midwife", "backend or
    data engineer"), the first such run; [] when there is none or its titles are one ("swe or
    sde")."""

    def titled(item: Item) -> bool:
        value = item.value
        return item.kind == "word" and not (
            value in v.stop or value in v.seniority or value in v.workplace or value.isdigit()
        )

    for at in range(1, len(items) - 1):
        if items[at].value == "or" and titled(items[at - 1]) and titled(items[at + 1]):
            start, end = at - 1, at + 1
            while start > 0 and titled(items[start - 1]):
                start -= 1
            while end + 1 < len(items) and (
                titled(items[end + 1])
                or (
                    items[end + 1].value == "or" and end + 2 < len(items) and titled(items[end + 2])
                )
            ):
                end += 1
            parts: list[list[str]] = [[]]
            for item in items[start : end + 1]:
                if item.value == "or" and not titled(item):
                    parts.append([])
                else:
                    parts[-1].append(item.value)
            head = parts[-1][-1]
            if head in v.heads:  # "backend or data engineer": the role noun is shared
                parts = [[*p, head] if _shares(p, head, v) else p for p in parts]
            first = parts[0]
            if first and first[-1] in v.heads and len(first) > 1:  # "software engineer or
                prefix = first[:-1]  # developer": the words before the noun are shared too
                parts[1:] = [
                    [*prefix, *p] if len(p) == 1 and _prefixes(prefix, p[0], v) else p
                    for p in parts[1:]
                ]
            kept = {frozenset(p): list(dict.fromkeys(p)) for p in parts if p}
            return list(kept.values()) if len(kept) > 1 else []
    return []


def _shares(part: list[str], head: str, v: Vocabulary) -> bool:
    """Whether a title named before "or" takes the role noun of the last one: a specialisation
    ("backend", "civil") or words that make a known title with it ("math" teacher), not a
    job of its own ("doula or emt")."""
    if not part or part[-1] in v.heads:
        return False
    return set(part) <= v.specs or " ".join([*part, head]) in _known_titles()


def _prefixes(prefix: list[str], noun: str, v: Vocabulary) -> bool:
    """Whether a lone role noun named after "or" takes the words before the first title's:
    a software specialisation ("backend") or a known title with it ("software" developer)."""
    if noun not in v.heads:
        return False
    return set(prefix) <= TECH_SPECS or " ".join([*prefix, noun]) in _known_titles()


@cache
def _known_titles() -> frozenset[str]:
    """The O*NET and ESCO job titles the title model ships with, lowercased."""
    text = resources.files("core.matching").joinpath("data", TITLES_FILE).read_text("utf-8")
    return frozenset(" ".join(tokens(line)) for line in text.splitlines() if line.strip())


@cache
def _field_roles() -> dict[str, str]:
    """Each field word a search may name alone, with its role noun (nursing: nurse)."""
    return field_roles()


def _beyond(levels: list[str], asked: list[str]) -> list[str]:
    """The levels "not senior" leaves out: that one and those past it, away from mid ("no
    senior": nor lead, staff or principal; "no staff": nor principal; "no junior": nor intern;
    "no lead" is lead alone, a track beside staff); not a level asked for."""
    mid, lead = RANK["mid"], RANK["lead"]
    out: list[str] = []
    for level in levels:
        rank = RANK[level]
        out += [
            other
            for other, r in sorted(RANK.items(), key=lambda lr: lr[1])
            if other == level
            or (mid < rank <= r and level != "lead" and (other != "lead" or rank < lead))
            or r < rank < mid
        ]
    return [x for x in dict.fromkeys(out) if x not in asked or x in levels]


def _kept(alternative: str, title: list[str]) -> tuple[str, ...]:
    """One alternative title's words, () when the title lost one (to the cap on words or a
    contradiction): half a title ("certified nurse" of "crna") is another job."""
    words = tuple(alternative.split(ANY))
    return words if all(w in title for w in words) else ()


def _shift_named(said: str) -> str:
    """The shift (SHIFTS) a search's words name ("night shift": nights)."""
    return next(name for name, pattern in SHIFTS.items() if pattern.fullmatch(said))


def _preferred(said: str) -> bool:
    """Whether a shift word of a search names a shift (SHIFTS), not a count ("5 days")."""
    return any(pattern.fullmatch(said) for pattern in SHIFTS.values())


def _remote_from(toks: list[str], workplaces: list[str], locations: list[str]) -> bool:
    """Whether remote and places were named together as one wish, remote work from there
    ("remote us", "us remote", "remote in the uk"), not as alternatives ("remote or us")."""
    if workplaces != ["remote"] or not locations:
        return False
    at = [i for i, tok in enumerate(toks) if tok == "remote"]
    return not any("or" in toks[max(i - 1, 0) : i] + toks[i + 1 : i + 2] for i in at)


def _remote_regions(
    toks: list[str], workplaces: list[str], places: list[str], beside: list[str]
) -> list[str]:
    """The places remote work must be open to when others, named with "or", are places to
    work in: "nyc or remote us", "remote uk or london", "hybrid munich or remote germany";
    [] when every place is beside remote ("remote us") or none is ("remote or berlin")."""
    if "remote" not in workplaces or "or" not in toks:
        return []
    regions = [p for p in places if p in beside]
    return regions if regions and len(regions) < len(places) else []


def _note_remote_from(said: str, locations: list[str], notes: list[str]) -> None:
    """Say how "remote" with a place was read, and how to ask for the alternatives."""
    places = " or ".join(place_name(p) for p in locations)
    notes.append(
        f'I read "remote" with {places} as remote work'
        f" you may do from {places}: remote postings "
        f'for it, for a region including it or for anywhere ("{_either(said, locations[0])}" '
        f"also takes jobs in {places})"
    )


_GLUED = re.compile(r"(?<![\w-])\w{2}(?=-\w|\d)|(?<=\w-)\w{2}(?![\w-])")  # "wi-fi", "az-900"
_IN = frozenset(["in", "the", "from", "within"])  # "remote in the uk": words naming the place


_ARTICLE = frozenset(["US", "UK", "EU", "USA", "UAE"])  # "remote from the US"


def the_place(name: str) -> str:
    """A place name as said after "from": "the US", "Germany"."""
    return f"the {name}" if name in _ARTICLE else name


def _either(said: str, place: str) -> str:
    """The search as written with remote and the place as alternatives, the place as the echo
    shows it: "backend remote münchen" is "backend remote or Munich" (remote_from reads no
    "or" beside remote as remote work from the place)."""
    v = vocabulary()
    words = [(m.start(), m.end(), tokens(m[0])) for m in re.finditer(r"\S+", said)]
    edits: list[tuple[int, int, str]] = []  # (start, end, new text)
    remote = {g for g, canon in v.phrases.items() if canon == ("remote",)} | {("remote",)}
    at = 0
    while at < len(words):  # "remote", "fully remote", "wfh": left out, said again before it
        for size in (3, 2, 1):
            gram = tuple(t for _, _, toks in words[at : at + size] for t in toks)
            if gram in remote and not said[words[at][0]].startswith(("-", "!")):
                end = words[at + size][0] if at + size < len(words) else words[-1][1]
                edits.append((words[at][0], end, ""))
                at += size - 1
                break
        at += 1
    want = place.split()
    for start in range(len(words)):
        got = [undotted(t) for _, _, toks in words[start : start + len(want)] for t in toks]
        code = words[start][2] if len(words[start][2]) == 1 else []  # "me": maine
        size = 1 if code and place in word_states(code[0]) else len(want) if got == want else 0
        if words[start][2] and size:
            first = start
            while first > 0 and words[first - 1][2] and set(words[first - 1][2]) <= _IN:
                first -= 1
            end = words[start + size - 1][1]
            edits.append((words[first][0], end, "remote or " + place_name(place)))
            break
    else:
        edits.append((len(said), len(said), " remote or " + place_name(place)))
    out = said
    for begin, end, new in sorted(edits, reverse=True):
        out = out[:begin] + new + out[end:]
    return " ".join(out.split())


# A pasted title's parts: what ends the title a bracket follows ("Nurse Practitioner - Family",
# "Engineer II, Azure Storage", "Accountant | Remote").
_PART_END = re.compile(r"\s[-–—|]\s|,\s|\|")
_OPENING, _CLOSING = "([{", ")]}"
# Two titles written with a slash between ("Maintenance Mechanic / Electrician", "Writer/Editor").
_TITLE_SLASH = re.compile(r"(?P<before>[^\W\d_]+)\s*/\s*(?P<after>[^\W\d_]+)")


def _bracketed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with stray closing brackets blanked, and the span of each outermost bracketed
    part, brackets included; one left open runs to the end ("Nurse (RN")."""
    chars = list(text)
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for at, char in enumerate(text):
        if char in _OPENING:
            start = at if depth == 0 else start
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, at + 1))
        elif char in _CLOSING:
            chars[at] = " "
    if depth:
        spans.append((start, len(text)))
    return "".join(chars), spans


def _outermost(part: str) -> str:
    """A bracketed part's words, its own brackets and those nested in it left out: "(RT (R))"
    is "RT"."""
    inner = part[1:]
    inner = inner[:-1] if inner and inner[-1] in _CLOSING else inner
    words, spans = _bracketed(inner)
    return " ".join(_cut(words, spans).split())


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether the short words name the full ones: each short word the first letters of full
    words in a row ("ec" of exceptional children, "tech ed" of technology education, "rt" of
    radiologic technologist), at least one of them shortened, one full word at most left out
    ("registered")."""
    stop = vocabulary().stop
    short = [w for w in short if w not in stop]
    full = [w for w in full if w not in stop]
    if not short or not full:
        return False

    @cache
    def fits(i: int, k: int, j: int, skipped: int, shortened: bool) -> bool:
        if i == len(short):
            return shortened and skipped + len(full) - j <= 1
        if k == len(short[i]):  # this short word named: the next starts on the next full word
            return fits(i + 1, 0, j, skipped, shortened)
        if j == len(full):
            return False
        word, rest = full[j], short[i][k:]
        took = [n for n in range(len(word), 0, -1) if rest.startswith(word[:n])]
        for n in took:
            whole = k == 0 and n == len(short[i]) and n == len(word)
            if fits(i, k + n, j + 1, skipped, shortened or not whole):
                return True
        return k == 0 and fits(i, 0, j + 1, skipped + 1, shortened)

    return fits(0, 0, 0, 0, False)


def _restates(one: str, other: str) -> bool:
    """Whether two names of a title name the same title, one short for the other."""
    a, b = tokens(one), tokens(other)
    return _abbreviates(a, b) or _abbreviates(b, a)


def _pasted(text: str, notes: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """A pasted job title read as a person means it: a bracketed part restating the title
    before it ("Exceptional Children Teacher (EC Teacher)", "CSI (Crime Scene Investigator)")
    is another name for it, taken out and returned as (title, other name); any other
    bracketed part ("IT Specialist (INFOSEC)") is the title's specialty, its words kept; a
    slash between two role nouns names either title ("Mechanic / Electrician"). Posting
    titles' house styles apply ("Forestry Technician (Fire)")."""
    if any(c in text for c in _OPENING + _CLOSING):
        styled = house_styled(fold(text))
        text = styled if styled != fold(text) else text
    text, spans = _bracketed(text)
    names: list[tuple[str, str]] = []
    cut: list[tuple[int, int]] = []
    end = 0
    for start, stop in spans:
        ends = [m.end() for m in _PART_END.finditer(text, end, start)]
        title = text[max([end, *ends]) : start].strip()
        other = _outermost(text[start:stop])
        end = stop
        if not title or not other:
            continue
        if _restates(title, other):
            names.append((title, other))
            cut.append((start, stop))
            notes.append(f'I read "{other}" as another name for {title}, not more title words')
        elif _title_words(other):  # "(Deputy Product Manager)" names a job, "(INFOSEC)" not
            kind = "working title" if tokens(other)[-1] in vocabulary().heads else "specialty"
            notes.append(f'I read "{other}" as the {kind} of {title}')
    text = _cut(text, cut)
    _note_parts(text, notes)
    chars = [" " if c in _OPENING + _CLOSING else c for c in text]
    return _TITLE_SLASH.sub(_either_title, "".join(chars)), names


def _note_parts(text: str, notes: list[str]) -> None:
    """Say how a part after a separator was read when it specialises the title before it
    ("Nurse Practitioner - Family"); its words stay title words."""
    heads = vocabulary().heads
    parts = [p.strip() for p in _PART_END.split(re.sub(r"[()\[\]{}]", " ", text))]
    for before, part in pairwise(parts):
        said = tokens(before)
        if said and said[-1] in heads and _title_words(part) and tokens(part)[-1] not in heads:
            notes.append(f'I read "{part}" as the specialty of {before}')


def _either_title(m: re.Match[str]) -> str:
    """ "before or after" when a slash stands between two role nouns, else as written."""
    v = vocabulary()
    sides = [v.analyse(tokens(m[side]), lean=False) for side in ("before", "after")]
    if all(len(s) == 1 and s[0].kind == "word" and s[0].value in v.heads for s in sides):
        return f"{m['before']} or {m['after']}"
    return m[0]


def _title_words(text: str) -> list[str]:
    """The title words a part of a search names, no levels, workplaces or skills."""
    v = vocabulary()
    items = v.analyse(tokens(text), lean=False)
    return [
        i.value
        for at, i in enumerate(items)
        if i.kind == "word"
        and i.value not in v.stop
        and i.value not in v.workplace
        and not v.level(items, at)
        and not v.noise(items, at)
        and not i.value.isdigit()
    ]


def _named_again(title: list[str], names: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """The title, then itself with each restated title's words replaced by those of its other
    name ("exceptional children teacher" or "ec teacher"); [] when no other name differs."""
    out = [tuple(title)]
    for said, other in names:
        own, theirs = _title_words(said), _title_words(other)
        if not own or not theirs:
            continue
        at = min((title.index(w) for w in own if w in title), default=len(title))
        rest = [w for w in title if w not in own]
        before = [w for w in rest if title.index(w) < at]
        after = [w for w in rest if w not in before]
        # a name naming a role ("ec teacher"), not bare initials ("se", "o & m") matching
        # any posting saying them
        if all(len(w) > 1 for w in theirs) and set(theirs) & set(vocabulary().heads):
            out.append(tuple(dict.fromkeys([*before, *theirs, *after])))
    return list(dict.fromkeys(out))


def _leave_out(text: str, pattern: re.Pattern[str], why: str, notes: list[str]) -> str:
    """The text without what the pattern finds, saying in a note what was left out and why."""
    found = list(pattern.finditer(text))
    if not found:
        return text
    said = ", ".join(f'"{m.group(0)}"' for m in found)
    notes.append(f"I left {said} out: {why}")
    return _cut(text, [m.span() for m in found])


# "staff+", "senior+": that level or above, which a senior or staff level asked already takes.
_OR_ABOVE = re.compile(r"(?<![\w+])(senior|snr|sr|staff|principal|lead)\+(?![\w+])", re.I)
# "6 figures", "six-figure salary": pay of 100k or more.
_SIX_FIGURES = re.compile(r"(?<!\w)(?:6|six)[\s-]*figures?(?:\s+(?:salary|pay))?(?!\w)", re.I)


# "200k total comp", "150k tc": what the pay floor counts, which a posting rarely says.
_TOTAL_PAY = re.compile(r"(?<!\S)(?:total\s+comp(?:ensation)?|tc|ote)(?!\S)", re.I)
# "remote-us", "us-remote": remote work from the region (was the title word "us").
_REGIONS = r"us|usa|uk|eu|emea|apac|latam|americas|europe|canada|worldwide|global|anywhere"
_REMOTE_HYPHEN = re.compile(rf"(?<!\S)(?:(remote)-({_REGIONS})|({_REGIONS})-(remote))(?!\S)", re.I)
# "not php or ruby", "not junior or intern": each left out (was the first left out, the second
# asked for).
_NOT_EITHER = re.compile(
    r"(?<!\S)(?P<op>not|no|without|excluding|except)\s+(?P<a>[^\s\"]+)\s+or\s+(?P<b>[^\s\"]+)",
    re.I,
)


def _each_left_out(text: str) -> str:
    """ "not php or ruby", "not junior or intern": "not php not ruby" when both are skills or
    both levels, so each is left out (was the second one asked for)."""
    v = vocabulary()

    def each(m: re.Match[str]) -> str:
        said = [tuple(tokens(m[w])) for w in ("a", "b")]
        if all(t in v.skill_alias for t in said) or all(
            len(t) == 1 and t[0] in v.seniority for t in said
        ):
            return f"{m['op']} {m['a']} {m['op']} {m['b']}"
        return m[0]

    before = None
    while before != text:
        before, text = text, _NOT_EITHER.sub(each, text)
    return text


def _or_above(text: str, notes: list[str]) -> str:
    """ "staff+ backend engineer": the level, said in a note (the "+" was a title word)."""

    def level(m: re.Match[str]) -> str:
        name = {"sr": "senior", "snr": "senior"}.get(m[1].lower(), m[1].lower())
        notes.append(f'I read "{m[0]}" as {name} level or above')
        return name

    return _OR_ABOVE.sub(level, text)


def _six_figures(text: str, notes: list[str]) -> str:
    """ "backend engineer 6 figures": a pay floor of 100k (was the title word "figure")."""

    def floor(m: re.Match[str]) -> str:
        notes.append(f'I read "{m[0]}" as a pay floor of 100k')
        return "100k+"

    return _SIX_FIGURES.sub(floor, text)


def _parse(text: str) -> ParsedQuery:
    v = vocabulary()
    text = _REMOTE_HYPHEN.sub(lambda m: " ".join(w for w in m.groups() if w), text)
    said = text
    notes: list[str] = []
    spans: list[tuple[int, int]] = []
    salary_min: float | None = None
    currency: str | None = None
    text = _leave_out(
        text,
        _EXPERIENCE,
        "I match a posting's level, not its years; add junior, mid or senior if you mean one",
        notes,
    )
    text = _leave_out(
        text,
        _CONTRACT_LENGTH,
        "I match a posting's title and place, not the length of its contract",
        notes,
    )
    text = _leave_out(
        text,
        _EMPLOYMENT_TERMS,
        "I match a posting's title and place, not its tax or employment terms",
        notes,
    )
    text = _leave_out(
        text,
        _PAY_GRADE,
        "I match a posting's title and place, not its pay grade; add a level or pay instead",
        notes,
    )
    text = _leave_out(text, _EMPTY_OPERATOR, "no name follows it", notes)
    text = _leave_out(
        text,
        _NEAR_ME,
        'I can\'t tell where you are; name the place, e.g. "in austin tx"',
        notes,
    )
    text = _leave_out(text, _DANGLING_NOT, "nothing follows it to leave out", notes)
    text, names = _pasted(text, notes)  # after what is left out: "attorney (gs-14)"
    text = _or_above(text, notes)
    text = _six_figures(text, notes)
    if find_salaries(text):
        text = _leave_out(
            text, _TOTAL_PAY, "I compare your pay floor with the pay a posting states", notes
        )
    text = _each_left_out(text)
    for found in find_salaries(text):
        spans.append(found.span)
        if found.note:
            notes.append(found.note)
        elif salary_min is None:
            salary_min, currency = found.amount, found.currency
            if found.said:
                notes.append(found.said)
        else:
            notes.append("You gave more than one salary; I used the first")
    text = _cut(text, spans)
    anywhere = [m.span() for m in _ANYWHERE.finditer(text)]
    text = _cut(text, anywhere)
    no_shifts = [_shift_named(m["shift"]) for m in _NO_SHIFT.finditer(text)]
    text = _cut(text, [m.span() for m in _NO_SHIFT.finditer(text)])
    excl_words: list[str] = []
    excl_skills: list[str] = []
    excl_companies: list[str] = []
    excl_workplaces: list[str] = []
    excl_levels: list[str] = []
    locations: list[str] = []
    spans = []
    for m in _EXCLUDE.finditer(text):
        spans.append(m.span())
        term = _unquote(m["term"])
        if m["company"]:
            excl_companies.append(" ".join(tokens(term)))
            continue
        for item in v.analyse(_snap_all(tokens(term), notes, words=False), implied=False):
            if item.kind == "skill":
                excl_skills.append(v.skill_names[item.value])
            elif item.value in v.workplace:
                excl_workplaces.append(v.workplace[item.value])
            elif item.value in v.seniority:
                excl_levels.append(v.seniority[item.value])
            elif item.value not in v.stop:
                excl_words.append(item.value)
    text = _cut(text, spans)
    text = _part_time(text, notes)
    shifts = [m[0] for m in _SHIFT.finditer(text)]
    prefer = [name for name, pattern in SHIFTS.items() if any(pattern.fullmatch(m) for m in shifts)]
    text = _leave_out(
        _cut(text, [m.span() for m in _SHIFT.finditer(text) if _preferred(m[0])]),
        _SHIFT,
        "a count of days or shifts is no title word, level or shift to prefer",
        notes,
    )
    spans = []
    for m in _LOCATION.finditer(text):
        spans.append(m.span())
        locations.append(" ".join(tokens(_unquote(m["term"]))))
    text = _cut(text, spans)
    # A title word before a colon is no operator: "teacher: elementary" is a title.
    operators = [m for m in _OPERATOR.finditer(text) if m["name"].lower() not in v.known]
    for m in operators:
        notes.append(f'I don\'t know the operator "{m["name"]}:", so I ignored "{m.group(0)}"')
    text = _cut(text, [m.span() for m in operators])
    glued = frozenset(m[0] for m in _GLUED.finditer(text.lower()))
    zones: list[str] = []
    beside: list[str] = []
    toks = _operating_room(tokens(_slashes(text)))
    toks = _near(toks)
    toks = [w for tok in toks for w in v.query_titles.get(tok, (tok,))]  # "pt": a title
    toks = _read_places(toks, locations, notes, glued, zones, beside)
    if _LAST_OR.search(said):  # "nurse or": not "nurse part-time or full-time"
        toks = _dangling_or(toks, notes)
    toks = _snap_all(toks, notes)
    items = _licences(v.analyse(toks, lean=False), notes)
    _note_codes_read_as_skills(items, notes)
    got = _classify(items, notes)
    for key, left_out in (
        ("skills", excl_skills),
        ("title", excl_words),
        ("workplaces", excl_workplaces),
        ("seniority", excl_levels),
    ):
        _contradicted(got[key], left_out, notes)
    titles = [t for t in (_kept(a, got["title"]) for a in got.get("alternatives", [])) if t]
    titles = list(dict.fromkeys(titles))
    if len(titles) < 2 and names:  # "EC Teacher (Exceptional Children Teacher)": either name
        titles = _named_again(got["title"], names)
        got["title"] = list(titles[0])
    if len(titles) > 1:
        got["title"] = list(titles[0])
    named = [w for w in got["title"] if _field_roles().get(w) in got["title"]]
    if named and len(titles) < 2:  # "rn nursing jobs": the registered nurse named is the role
        got["title"] = [w for w in got["title"] if w not in named]
        notes.extend(
            f'I left "{w}" out of the title: the {_field_roles()[w]} you named is in that field'
            for w in named
        )
    noun = _field_roles().get(got["title"][0], "") if len(got["title"]) == 1 else ""
    if noun and len(titles) < 2 and noun not in excl_words:  # "nursing jobs": nurses too
        field = got["title"][0]
        titles, got["title"] = [(noun,), (field,)], [noun]
        notes.append(f'I read "{field}" as {noun} jobs, and titles with "{field}" in them')
    excl_levels = _beyond(excl_levels, got["seniority"])
    places = list(dict.fromkeys(x for x in locations if x))
    if anywhere and not places and not got["workplaces"]:
        notes.append(
            'I read "anywhere" as any place, remote or not, so I\'m not filtering by place '
            '(add "remote" for remote jobs only)'
        )
    if not got["title"] and len(titles) < 2:
        _developer_work(got, notes)
    regions = _remote_regions(toks, got["workplaces"], places, beside)
    if regions:  # "nyc or remote us": in NYC, or remote from the US
        places = [p for p in places if p not in regions]
    remote_from = not regions and _remote_from(tokens(text), got["workplaces"], places)
    named = [p for p in places if p not in zones]  # a time zone's note says it already
    if remote_from and named:
        _note_remote_from(said, named, notes)
    return ParsedQuery(
        title=tuple(got["title"]),
        or_titles=tuple(ANY.join(t) for t in titles[1:]) if len(titles) > 1 else (),
        skills=tuple(got["skills"]),
        locations=tuple(places),
        workplaces=tuple(got["workplaces"]),
        seniority=tuple(got["seniority"]),
        exclude_words=tuple(dict.fromkeys(excl_words)),
        exclude_skills=tuple(dict.fromkeys(excl_skills)),
        exclude_companies=tuple(dict.fromkeys(x for x in excl_companies if x)),
        exclude_workplaces=tuple(dict.fromkeys(excl_workplaces)),
        exclude_levels=tuple(dict.fromkeys(excl_levels)),
        salary_min=salary_min,
        currency=currency,
        remote_from=remote_from,
        remote_regions=tuple(regions),
        prefer=tuple(x for x in prefer if x not in no_shifts),
        graded=bool(got["graded"]),
        exclude_shifts=tuple(dict.fromkeys(no_shifts)),
        notes=tuple(notes),
    )


def _developer_work(got: dict[str, Any], notes: list[str]) -> None:
    """ "microservices java", "rest api python": no title, a language and an architecture or
    practice (skills.tsv flag "practice"). A recruiter reads developer work in the language, the
    practice ranking it higher: so the search's role is a developer's and only the language must
    be there (every skill counting, a Java posting not saying "microservices" fell below the
    bar). The practice stays as said, in the echo and the reasons."""
    v = vocabulary()
    keys = [s.lower() for s in got["skills"]]
    languages = [s for s in keys if all(m in v.languages for m in skill_members(s))]
    practices = [s for s in got["skills"] if s.lower() in v.practices]
    if not languages or not practices:
        return
    got["title"] = ["developer"]
    said = " or ".join(s.replace(ANY, " or ") for s in got["skills"] if s.lower() in languages)
    others = [s.replace(ANY, " or ") for s in got["skills"] if s.lower() not in languages]
    one = len(others) == 1
    notes.append(
        f"with no job title I read this as developer work in {said}; "
        f"{', '.join(others)} {'ranks' if one else 'rank'} postings higher, "
        f"a posting need not name {'it' if one else 'them'}"
    )


def _understood(query: ParsedQuery) -> str:
    described = query.describe()
    parts = [] if described == "nothing" else [f"I understood: {described}."]
    parts.extend(note + "." for note in query.notes)
    return " ".join(parts)


def parse_query(text: str) -> ParsedQuery:
    """Parse a search; raise QueryError saying what was understood when nothing usable is left."""
    text = text.strip()
    if not text:
        raise QueryError(f"Tell me what kind of job to look for, {EXAMPLE}.")
    if len(text) > MAX_CHARS:
        head = _parse(text[:MAX_CHARS].rsplit(" ", 1)[0])
        raise QueryError(
            f"That search is {len(text)} characters long; please keep it to at most {MAX_CHARS}. "
            + (_understood(replace(head, notes=())) or "")
        )
    query = _parse(text)
    known = vocabulary().known
    words = list(dict.fromkeys(w for title in query.titles for w in title))
    unknown = [w for w in words if w not in known]
    if not query.skills and len(unknown) >= SALAD and 2 * len(unknown) > len(words):
        kept = tuple(w for w in words if w in known)
        what = _understood(replace(query, title=kept, or_titles=()))
        raise QueryError(
            f"I don't know these words as a job title or skill: {', '.join(unknown)}. "
            + (what + " " if what else "")
            + f"Add what you're looking for, {EXAMPLE}."
        )
    if not query.usable:
        what = _understood(query)
        raise QueryError(
            "I couldn't find a job title or skill to search for. "
            + (what + " " if what else "")
            + f"Add what you're looking for, {EXAMPLE}."
        )
    return query


HELP_ADD = """\
/add <search> — what to look for, in plain words:
• title words and skills: senior backend engineer python kafka · backedn enginer pyhton \
(typos are fixed)
• skills alone look for developer roles that use them: golang k8s
• one skill or another: python or go backend · java/kotlin (any of them counts)
• one title or another: nurse or midwife · backend or data engineer (either title counts)
• shifts rank postings naming them higher, and said with no leave them out: registered nurse \
nights · nurse per diem · nurse no nights
• where — places and workplaces named together are alternatives:
  remote → remote jobs
  Berlin → in Berlin (any workplace), or remote open to Berlin
  remote or Berlin → in Berlin (any workplace), or remote
  remote us → remote open to the US: Remote (US), a region including it, anywhere
  nyc or remote us → in NYC, or remote from the US (not onsite in Austin)
  anywhere → any place, remote or not
  hybrid in Berlin → hybrid in Berlin (or workplace not stated)
• countries, US states and regions: uk · germany · maryland · emea (in that place, or remote \
open to it; I say how I read each place)
• leave out: -php, not java (skills) · not remote, -onsite (workplace) · not senior (level: \
nor lead, staff, principal) \
· -company:Acme · not Fernhill (any other word: in the title, company or place)
• pay floor: 120k+, >=120000, $150k, €90k, 90k EUR, $60/h, 5k/month, 120k-150k (hourly and \
monthly pay annualised; a range is a floor at its bottom; pay in other currencies converted at \
the European Central Bank's rates)
• level: intern, junior, mid, senior, staff, principal, lead · sde ii, L4, E5 ("senior" never \
matches junior)
I echo back how I read it; change how picky a search is with strict, normal or loose."""
