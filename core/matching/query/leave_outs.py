"""What a search leaves out ("no php", "not senior"), words of no title ("5 years"), "senior+"."""

from __future__ import annotations

import re

from core.matching.query.model import ANY, skill_members
from core.matching.query.text import _cut
from core.matching.vocab import RANK, tokens, vocabulary

# The term left out: a quoted phrase, a name of capitalised words ("no Internal Revenue
# Service", "excluding Bureau of Land Management": one phrase; see _named), or a word.
_EXCLUDE = re.compile(
    r"(?<!\S)(?P<op>-|!|\bnot\s+|\bno\s+|\bexcept\s+|\bwithout\s+|\bexcluding\s+|\bavoid(?:ing)?\s+)"
    r"(?:(?:in|too|very|overly|so)\s+)?"  # "not too junior": junior
    r"(?P<company>company:\s*)?(?P<term>\"[^\"]+\""
    r"|(?P<run>(?-i:[A-Z][\w&'.-]*(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w&'.-]*)+))"
    r"(?![\w&'-])|[^\s\"]+)",
    re.IGNORECASE,
)


def _named(m: re.Match[str]) -> tuple[str, int]:
    """The term an _EXCLUDE match leaves out and where it ends: a run of capitalised words is
    one name after an operator written in lower case, up to a workplace or level ending it
    ("not Travel Remote": travel); in title-cased text ("Nurse No Travel Remote") its first
    word alone is."""
    if not m["run"]:
        return m["term"], m.end()
    v = vocabulary()
    words = m["run"].split()
    if any(c.isupper() for c in m["op"]):
        words = words[:1]
    while len(words) > 1 and " ".join(tokens(words[-1])) in {*v.workplace, *v.seniority}:
        words.pop()
    end = m.start("run")
    for word in words:
        end = m.string.index(word, end) + len(word)
    return m.string[m.start("run") : end], end


# Years of experience ("5+ years", "3-5 yrs of experience"): a posting is matched by its level,
# so these are no title words, pay or ladder grades.
_EXPERIENCE = re.compile(
    r"(?<![\w-])\d{1,2}\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)"
    r"(?:\s+(?:of\s+)?(?:experience|exp))?(?![\w-])",
    re.IGNORECASE,
)


# A contract's length ("13 weeks", "6-month contract"): a posting is matched by its title and
# place, so these are no title words ("travel nurse 13 weeks" was the title "travel nurse weeks").
# "summer 2026", "fall '25": the term of an internship or a start, no title word ("swe intern
# summer 2026" took no "Software Engineering Intern"), nor the year a pay floor.
_TERM = re.compile(
    r"(?<![\w-])(?:summer|fall|autumn|winter|spring)\s+(?:20\d\d|'\d\d)(?![\w-])", re.IGNORECASE
)


_CONTRACT_LENGTH = re.compile(
    r"(?<![\w-])\d{1,2}\s*[-‐]?\s*(?:weeks?|wks?|months?|mos?)"
    r"(?:\s+(?:contracts?|assignments?))?(?![\w-])",
    re.IGNORECASE,
)


# A distance around a place ("within 30 km of berlin", "25 miles from austin"): a posting is
# matched by its place's name, so no title words ("backend engineer km").
_RADIUS = re.compile(
    r"(?<![\w-])(?:within\s+|in\s+a\s+)?\d{1,4}\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)"
    r"(?:\s+radius)?(?:\s+(?:of|from|around))?(?![\w-])",
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

# An NHS pay band ("band 7", "band 8a", "agenda for change band 6"): the UK health service's
# grade, as a GS grade is, so no title words ("hospital pharmacist nhs band" was the title).
_NHS_BAND = re.compile(r"(?<![\w-])band\s*[1-9][a-d]?(?![\w-])", re.IGNORECASE)

# A pay plan, series and grade as USAJOBS writes them ("GS-2210-12", "gs 0343 11/12"): the
# series is read (series.py), the grade left out as a pay grade alone is.
_SERIES_GRADE = re.compile(
    r"(?<![\w-])(?P<series>(?:gs|wg|ws|wl|gl|gg)[\s-]?\d{4})[\s-]"
    r"(?P<grade>\d{1,2}(?:\s*[-/]\s*\d{1,2})?)(?![\w-])",
    re.IGNORECASE,
)


def _series_grade(text: str, why: str, notes: list[str]) -> str:
    """The text with each pay plan's series kept and its grade left out, saying so."""
    for m in reversed(list(_SERIES_GRADE.finditer(text))):
        notes.append(f'I left the grade "{m["grade"]}" of "{m[0]}" out: {why}')
        text = text[: m.start()] + m["series"] + text[m.end() :]
    return text


# A "not" with nothing after it, an operator with no name ("-company:", "location:"): nothing
# to leave out or look for, rather than title words ("nurse not" was the title "nurse not").
_DANGLING_NOT = re.compile(
    r'(?<!\S)(?:not|no|except|without|excluding|avoid(?:ing)?)(?:\s+in)?(?:\s*"\s*"?)?\s*$',
    re.IGNORECASE,
)


_EMPTY_OPERATOR = re.compile(
    r'(?<!\S)[-!]?(?:company|location|loc|city|country):\s*(?:"\s*"?)?(?=\s*$|\s+\S+:|\s+[-!])|'
    r'(?<!\S)[-!]?(?:company|location|loc|city|country):(?:"\s*")?(?!\S)',
    re.IGNORECASE,
)


# Where the user is, which a search cannot know: left out, saying to name the place.
# Shell commands pasted into a search ("`rm -rf /` backend", "$(whoami)", "backend; rm -rf /"):
# a quoted command, a substitution, or a command after a separator with its flags and paths.
_SHELL = re.compile(
    r"`[^`]*[-/$;|&>*~][^`]*`?|\$\([^)]*\)?|(?:[;&|]+\s*)?(?<![\w-])(?:sudo\s+)?"
    r"(?:rm|chmod|chown|curl|wget|mkfs|dd|shutdown|kill)\s+(?:-[-\w]+|/\S*|~\S*|\*)(?:\s+(?:-[-\w]+|/\S*|~\S*|\*))*"
)
SHELL_NOTE = "it reads as a shell command, not words of a job search"
# Template or lookup code pasted into a search ("${jndi:ldap://x}", "{{7*7}}"), and links
# ("https://…", "www.…"): left out whole, before their colons read as operators.
_TEMPLATE = re.compile(r"\$\{[^}]{0,200}\}|\$\{\S*|\{\{[^}]{0,200}\}\}?|\{%[^%]{0,200}%\}")
TEMPLATE_NOTE = "it reads as template code, not words of a job search"
_LINK = re.compile(r"(?<!\S)(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
LINK_NOTE = "it is a link, and I search by a posting's words, not its links"


_NEAR_ME = re.compile(
    r"(?<![\w-])(?:(?:near|close\s+to|around)\s+me|nearby|in\s+my\s+area)(?![\w-])",
    re.IGNORECASE,
)


_OPERATOR = re.compile(r"(?<!\S)(?P<name>[a-z]+):\s*(?P<term>\"[^\"]+\"|[^\s\"]+)", re.I)


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


# A list after a word leaving out ("not php or ruby", "excluding php and ruby", "no php, ruby",
# "no spring boot"): each item left out, a skill of several words one item (was the first left
# out, the others asked for; "no spring boot" left out Spring and asked for the title "boot").
_LEAVE_OUT_WORD = re.compile(
    r"(?<!\S)(?P<op>not|no|without|excluding|except|avoid(?:ing)?)\s+(?=[^\s\"])", re.I
)
_LISTED = re.compile(r"[^\s,;\"]+")
_AND_OR = re.compile(r"\s*(?:,\s*(?:(?:and|or|nor)\s+)?|\s(?:and|or|nor|&)\s+)", re.I)
LONGEST_SKILL = 4  # words of the longest skill name read in a list left out ("ruby on rails")


def _left_out_item(text: str, at: int) -> tuple[str, str, int] | None:
    """The item of a list left out starting at `at`: its words, its kind (a skill, level or
    workplace) and where it ends; the longest skill name first ("spring boot", not "spring")."""
    v = vocabulary()
    words: list[re.Match[str]] = []
    for m in _LISTED.finditer(text, at):
        if m.start() != (words[-1].end() + 1 if words else at) or len(words) == LONGEST_SKILL:
            break
        words.append(m)
    for n in range(len(words), 0, -1):
        said = text[at : words[n - 1].end()]
        said_tokens = tuple(tokens(said))
        if said_tokens in v.skill_alias:
            return said, "skill", words[n - 1].end()
        if n == 1 and len(said_tokens) == 1:
            for kind, names in (("level", v.seniority), ("workplace", v.workplace)):
                if said_tokens[0] in names:
                    return said, kind, words[0].end()
    return None


def _each_left_out(text: str) -> str:
    """Each item of a list after a word leaving out, of one kind (skills, levels or workplaces),
    with the word before it ("not php or ruby": "not php not ruby"; "no spring boot": no
    "spring boot", one skill); a list of one single word is as said."""
    out: list[str] = []
    at = 0
    for m in _LEAVE_OUT_WORD.finditer(text):
        if m.start() < at:
            continue
        items: list[str] = []
        kind = ""
        end = pos = m.end()
        while (item := _left_out_item(text, pos)) is not None and kind in ("", item[1]):
            items.append(item[0])
            kind, end = item[1], item[2]
            sep = _AND_OR.match(text, end)
            if sep is None:
                break
            pos = sep.end()
        if len(items) < 2 and not any(" " in i for i in items):
            continue
        said = (f'"{i}"' if " " in i else i for i in items)
        out += [text[at : m.start()], " ".join(f"{m['op']} {i}" for i in said)]
        at = end
    return "".join(out) + text[at:]


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
