"""Shifts and schedules: those a search prefers ("nights", "pt") or leaves out ("no nights")."""

from __future__ import annotations

import re
from functools import cache

from core.matching.query.settings import setting_patterns
from core.matching.vocab import NearWords, american, tokens, typo_limit, vocabulary

# Shifts as Spanish, French and German titles say them ("enfermera de noche", "infirmière de
# nuit", "Pflegekraft Nachtdienst"): the shift, never title words.
_FOREIGN = {
    "nights": r"(?:turno\s+)?de\s+noche|turno\s+nocturno|nocturn[oa]s?|(?:de|service\s+de)\s+nuit"
    r"|nachtschicht(?:en)?|nachtdienst(?:e)?",
    "days": r"(?:turno\s+)?de\s+d[ií]a",
    "evenings": r"(?:turno\s+)?de\s+tarde",
    "part time": r"teilzeit|tiempo\s+parcial|media\s+jornada|temps\s+partiel",
    "full time": r"vollzeit|tiempo\s+completo|jornada\s+completa|temps\s+plein",
}

# Shifts of so many hours ("12 hour shifts", "twelve-hour shifts"), each its own preference.
_HOURS = {"8": "eight", "10": "ten", "12": "twelve"}


def _hour_shift(hours: str) -> str:
    """How a search or a posting says shifts of so many hours ("12-hour shifts", "12 hr shift")."""
    return rf"(?:{hours}|{_HOURS[hours]})[\s-]*(?:hours?|hrs?|h)[\s-]*shifts?"


# A short working week ("4 day week", "four-day work week", "32 hours a week", "9/80"): a
# schedule, never a level ("4": L4) or title words.
_SHORT_WEEK = (
    r"(?:4|four)[\s-]*days?[\s-]*(?:(?:a|per)\s+)?(?:work[\s-]*)?weeks?|32[\s-]*(?:hours?|hrs?)"
    r"(?:\s*(?:a|per|/)\s*(?:week|wk))?|compressed[\s-]+work[\s-]*weeks?|9/80(?:\s+schedule)?"
)

# The jobs "contract" names before their role noun ("Contract Specialist", series 1102): there
# it is a title word, not contract work.
_CONTRACT_JOBS = (
    r"(?:specialists?|managers?|management|administrat\w*|officers?|analysts?|attorneys?"
    r"|lawyers?|negotiat\w*|coordinators?|clerks?|assistants?|examiners?|paralegals?|law"
    r"|compliance|closeout|pricing)(?![\w-])"
)

# Contract work as a search asks for it ("contract backend developer", "java contract-to-hire").
_CONTRACT_ASKED = rf"contract(?:[\s-]+to[\s-]+hire)?(?!\s+{_CONTRACT_JOBS})"

# Contract work as postings say it: "Contract" in the title's head or a part of it ("Backend
# Developer - Contract", "(Contract)"), a contract's length or kind ("6-month contract", "W-2
# contract"), "contract role", a contractor (not a government or defense contractor hiring
# staff), freelance, IR35, C2C, a day rate.
_CONTRACT_SAID = (
    rf"^{_CONTRACT_ASKED}(?=\s|$)|[-–|(]\s*contract(?:[\s-]+to[\s-]+hire)?(?=\s*(?:\)|$|[-–|]))"
    r"|\d+\+?[\s-]*(?:months?|mos?|weeks?)[\s-]+(?:(?:initial|rolling|fixed[\s-]term|w-?2)\s+)?"
    r"contract|(?:on\s+a|initial|rolling|fixed[\s-]term|w-?2|1099|c2c|temporary|interim)\s+contract"
    r"|contract[\s-]+(?:to[\s-]+hire|roles?|positions?|jobs?|basis|assignments?|engagements?"
    r"|opportunit(?:y|ies)|developers?|engineers?|programmers?|consultants?|rates?)"
    r"|(?<!government\s)(?<!defense\s)(?<!defence\s)(?<!federal\s)contractors?"
    r"|(?:inside|outside)\s+ir35|c2c|corp[\s-]+to[\s-]+corp|freelancer?s?|freiberuflich\w*"
    r"|day[\s-]+rates?|tagessatz|employment\s+type:?\s+contract"
)

# Moving for the job, travelling for it and a visa the employer sponsors, as a search asks for
# them ("happy to relocate", "open to relocation", "work abroad", "willing to travel", "visa
# sponsorship needed"): terms a posting's text offers, so preferences as shifts are, never title
# words ("senior relocate") nor places; a relocation specialist stays a title.
_RELOCATION_ASKED = (
    r"(?:(?:open|willing|happy|ready|able|prepared|keen)\s+to\s+)?relocat(?:e|ing|ion)"
    r"(?!\s+(?:specialists?|consultants?|coordinators?|managers?|advis[eo]rs?|officers?"
    r"|agents?|assistants?))"
)
_TRAVEL_ASKED = r"(?:happy|willing|able|open|ready|prepared|keen)\s+to\s+travel"
_VISA_ASKED = (
    r"(?:visa\s+)?sponsorship|visa\s+sponsor(?:ed|ing)?|sponsor(?:ed)?\s+visas?|work\s+visa"
)

# A posting's refusal of them ("we cannot offer visa sponsorship", "relocation is not
# available"): no offer. Look-behinds, each of one width: the words before the term; a
# look-ahead: a "not" in the three words after it.
_REFUSERS = (
    "not",
    "cannot",
    "can't",
    "can’t",
    "don't",
    "don’t",
    "won't",
    "won’t",
    "unable to",
    "not able to",
    "without",
    "nor",
)
_REFUSED = "".join(
    rf"(?<!\b{re.escape(neg)}\s{re.escape(verb)})"
    for neg in _REFUSERS
    for verb in ("", "offer ", "provide ", "support ", "give ", "sponsor ")
)
_NOT_AFTER = (
    r"(?!(?:\s+[\w-]+){0,3}?\s+(?:(?:is|are|will|can|would)\s+not|isn['’]t|aren['’]t|won['’]t"
    r"|cannot|can['’]t|unavailable|not\s+(?:available|offered|provided|possible))(?![\w-]))"
)
_OFFERED = (
    r"(?=open|willing|happy|ready|able|prepared|keen|relocat|visa|sponsor|work|immigration|h-?1b)"
    + _REFUSED
)


# Shifts and schedules: said in a posting's text, rarely in its title, so never title words but
# preferences: a posting whose text names one ranks higher, none is left out. "night" alone
# stays a title word (night auditor). Contract work asked is a term a posting must say
# (REQUIRED).
_SHIFT = re.compile(
    rf"(?<![\w-])(?:{_SHORT_WEEK}|{'|'.join(_hour_shift(h) for h in _HOURS)}|{_CONTRACT_ASKED}|"
    r"(?:\d{1,2}\s*)?(?:(?:night|day|evening|morning|early|swing|graveyard|rotating|weekend"
    r"|overnight|1st|2nd|3rd|first|second|third)\s+shifts?"
    rf"|{'|'.join(_FOREIGN.values())}"
    r"|nights|overnights?|days|evenings|mornings|weekends|per\s+diem|prn|(?:part|full)[\s-]?time"
    rf"|on[\s-]call|{_RELOCATION_ASKED}|abroad|{_TRAVEL_ASKED}|{_VISA_ASKED}))(?![\w-])",
    re.IGNORECASE,
)


# Each shift a search may prefer, as the echo says it, and how a posting's text says it (not
# after "no": "no nights or weekends" names no night work).
SHIFTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"(?<![\w-])(?<!\bno\s)(?<!\bnot\s)(?:{said})(?![\w-])", re.IGNORECASE)
    for name, said in (
        (
            "nights",
            r"nights?(?:\s+shifts?)?|overnights?|graveyard(?:\s+shifts?)?|noc\s+shifts?"
            r"|(?:3rd|third)\s+shifts?|" + _FOREIGN["nights"],
        ),
        ("days", r"days|day\s+shifts?|(?:1st|first)\s+shifts?|" + _FOREIGN["days"]),
        (
            "evenings",
            r"evenings?(?:\s+shifts?)?|swing\s+shifts?|(?:2nd|second)\s+shifts?|"
            + _FOREIGN["evenings"],
        ),
        ("mornings", r"mornings|(?:morning|early)\s+shifts?"),
        ("weekends", r"weekends?(?:\s+shifts?)?"),
        ("rotating shifts", r"rotating(?:\s+shifts?)?"),
        ("per diem", r"per\s+diem|prn"),
        ("on call", r"on[\s-]?call"),
        # a schedule: said in the text, like a shift
        ("part time", r"part[\s-]?time|" + _FOREIGN["part time"]),
        ("full time", r"full[\s-]?time|" + _FOREIGN["full time"]),
        ("four-day or 32-hour week", _SHORT_WEEK),
        *((f"{h}-hour shifts", _hour_shift(h)) for h in _HOURS),
        ("contract", _CONTRACT_SAID),
        # "abroad" alone as a search says it; in a text it is as often a study abroad
        ("relocation", rf"^abroad$|{_OFFERED}(?:{_RELOCATION_ASKED}){_NOT_AFTER}"),
        (
            "travel",
            rf"(?=happy|willing|able|open|ready|prepared|keen|travel|frequent|regular|some|extensive"
            r"|national|international|occasional|\d)"
            rf"{_REFUSED}(?:{_TRAVEL_ASKED}|travel\s+(?:is\s+)?(?:required|expected|involved)"
            r"|(?:frequent|regular|some|extensive|national|international|occasional)\s+travel"
            r"|travel(?:ling)?\s+(?:up\s+to|across|between|around|to\s+client)"
            r"|\d+\s*%\s+travel|travel\s+\d+\s*%)" + _NOT_AFTER,
        ),
        (
            "visa sponsorship",
            # "sponsorship" alone as a search says it; in a text it is as often an event's
            rf"^sponsorship$|{_OFFERED}(?<!visa\s)(?:(?:work\s+)?visa\s+sponsor(?:ship|ed|ing)?"
            r"|sponsor(?:s|ed|ing)?\s+(?:your\s+|a\s+|work\s+)?visas?|work\s+visa"
            rf"|(?:immigration|h-?1b)\s+sponsorship|sponsorship\s+for\s+(?:a\s+)?(?:work\s+)?visas?)"
            + _NOT_AFTER,
        ),
    )
}


# Schedules a posting has one of: naming one says it is not the other (a card says so).
OTHER_SCHEDULE = {"part time": "full time", "full time": "part time"}


SCHEDULES = frozenset(["four-day or 32-hour week"])  # the echo says what they do, not "in the text"


# Terms of work a search asking for them needs a posting to say: a permanent job is no contract
# job, and contract postings say so (a search preferring them alone returned every backend job).
REQUIRED = frozenset(["contract"])


# Per shift, words its pattern cannot match an ASCII text without (lower-cased): a text naming
# none of them is not searched for it (most texts name no shift, and each search tries every
# position of the text: the patterns start with look-behinds).
SHIFT_WORDS: dict[str, tuple[str, ...]] = {
    # overnight; noc, 3rd and third shifts; de noche, nocturno, de nuit, Nachtdienst
    "nights": ("night", "graveyard", "shift", "noche", "noct", "nuit", "nacht"),
    "days": ("day", "shift", "dia"),  # 1st and first shifts; de dia
    "evenings": ("evening", "shift", "tarde"),  # swing, 2nd and second shifts; de tarde
    "weekends": ("weekend",),
    "rotating shifts": ("rotating",),
    "per diem": ("diem", "prn"),
    "on call": ("call",),
    "part time": ("time", "teilzeit", "parcial", "media", "partiel"),
    "full time": ("time", "vollzeit", "completo", "completa", "plein"),
    "four-day or 32-hour week": ("week", "hour", "hrs", "9/80"),
    **{f"{h}-hour shifts": ("shift",) for h in _HOURS},
    "contract": ("contract", "ir35", "c2c", "corp", "freelanc", "freiberuf", "rate", "tagessatz"),
    "mornings": ("morning", "early"),
    "relocation": ("relocat", "abroad"),
    "travel": ("travel",),
    "visa sponsorship": ("sponsor", "visa"),  # sponsorship, h-1b and immigration sponsorship
}


@cache
def _searched_for() -> tuple[
    tuple[tuple[str, re.Pattern[str], frozenset[str]], ...], tuple[str, ...]
]:
    """Each shift and setting with its pattern and the words it cannot match without, in
    shifts_named's order; and every such word once."""
    named = [(n, p, frozenset(SHIFT_WORDS[n])) for n, p in SHIFTS.items()]
    named += [(n, p, frozenset(words)) for n, (p, words) in setting_patterns().items()]
    return tuple(named), tuple(dict.fromkeys(w for _, _, words in named for w in words))


def shifts_named(*texts: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The shifts (SHIFTS) and settings (settings.tsv) one of these texts names: pattern.search,
    only where it can match; known: those another text names (a posting's title, read once per
    title). An ASCII text is searched only for the patterns whose words it holds (each word
    looked for once), a text of other characters for all (case-insensitive matching reaches
    past lower())."""
    named, every = _searched_for()
    searched: list[tuple[str, frozenset[str] | None]] = []
    for text in texts:
        if not text.isascii():
            searched.append((text, None))
        elif text:
            low = text.lower()
            held = frozenset(w for w in every if w in low)
            if held:  # a text holding none cannot name any
                searched.append((text, held))
    if not searched and not known:
        return _NOTHING
    found: list[str] = []
    for name, pattern, words in named:
        if name in known:
            found.append(name)
            continue
        for text, holds in searched:
            if (holds is None or not words.isdisjoint(holds)) and pattern.search(text):
                found.append(name)
                break
    return frozenset(found)


_NOTHING: frozenset[str] = frozenset()


# A shift left out ("no nights", "-weekends", "no on-call"): postings naming it are left out.
_NO_SHIFT = re.compile(
    r"(?<!\S)(?:-|!|\bnot\s+|\bno\s+|\bwithout\s+|\bexcept\s+|\bexcluding\s+)"
    r"(?P<shift>(?:night|day|evening|morning|early|swing|graveyard|rotating|weekend|overnight)"
    r"\s+shifts?|nights?|overnights?|evenings|mornings|weekends?|on[\s-]?call|per\s+diem|prn"
    r"|(?:part|full)[\s-]?time)"
    r"(?![\w-])",
    re.IGNORECASE,
)


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


def _shift_named(said: str) -> str:
    """The shift (SHIFTS) a search's words name ("night shift": nights)."""
    return next(name for name, pattern in SHIFTS.items() if pattern.fullmatch(said))


def _preferred(said: str) -> bool:
    """Whether a shift word of a search names a shift (SHIFTS), not a count ("5 days")."""
    return any(pattern.fullmatch(said) for pattern in SHIFTS.values())


_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
_SHIFT_NOUN = frozenset(["shift", "shifts"])
# Shift words written right, each read as it is ("evening supervisor": no "evenings").
_AS_WRITTEN = frozenset(
    [
        "night",
        "nights",
        "evening",
        "evenings",
        "weekend",
        "weekends",
        "overnight",
        "overnights",
        "graveyard",
        "rotating",
        "swing",
    ]
)


@cache
def _shift_words() -> tuple[NearWords, NearWords, NearWords]:
    """The shift words a misspelt word may be: alone (nights), before "shift" (night), and
    "shift" itself after one."""
    alone = ["nights", "overnight", "overnights", "evenings", "weekends", "graveyard"]
    before = ["night", "evening", "weekend", "graveyard", "rotating", "overnight", "swing"]
    return NearWords(alone), NearWords(before), NearWords(_SHIFT_NOUN)


def _misspelt_shifts(text: str, notes: list[str]) -> str:
    """The text with misspelt shift words written right, saying so ("nurse nigths": I read
    "nigths" as nights; "nihgt shift": night): a shift is no title word ("nigths" was read as
    "night", a title word no nurse posting has). Only words the vocabulary does not know, of
    at least five letters (typo_limit), as other typos are."""
    v = vocabulary()
    alone, before, noun = _shift_words()
    words = list(_WORD.finditer(text))
    lows = [m[0].lower() for m in words]
    fixed = list(lows)

    def near(pool: NearWords, word: str) -> str | None:
        limit = typo_limit(word)
        if not limit or word in _AS_WRITTEN or american(word) in v.known or v.stem(word) in v.known:
            return None
        found = pool.near(word, limit)
        return min(found, key=lambda n: (n[1], n[0]))[0] if found else None

    for at, word in enumerate(lows):
        nxt = lows[at + 1] if at + 1 < len(lows) else ""
        shift_next = nxt in _SHIFT_NOUN or near(noun, nxt) is not None
        fixed[at] = near(before if shift_next else alone, word) or word
    for at, word in enumerate(lows):  # "night shfit": the shift after a shift word
        prev = fixed[at - 1] if at else ""
        if word == fixed[at] and prev in _shift_words()[1].by.get((prev[:1], len(prev)), []):
            fixed[at] = near(noun, word) or word
    for m, word, new in reversed(list(zip(words, lows, fixed, strict=True))):
        if new != word:
            text = text[: m.start()] + new + text[m.end() :]
    notes.extend(
        f'I read "{m[0]}" as {new}'
        for m, word, new in zip(words, lows, fixed, strict=True)
        if new != word
    )
    return text


_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNTS = {w: n for n, w in enumerate((*_SMALL, "eleven", "twelve"))}
_COUNT = rf"(?P<n>\d{{1,2}}(?:\.\d+)?|\.\d+|{'|'.join(_COUNTS)})"
_A_WEEK = r"(?:(?:\s*(?:a|per|/|each|every)\s*|[\s-]*)(?:work[\s-]*)?(?:week|wk|month))"

# How much a person would work ("3 nights a week", "3 days a week", "20 hours", "0.6 fte",
# "fte 0.8"): a shift or part or full time, never title words ("nurse week") or a level. Hours
# said without "a week" are plural ("24 hour fitness" is a company) and no shift's length.
_HOW_MUCH = re.compile(
    rf"(?<![\w.-])(?:{_COUNT}[\s-]*(?:"
    rf"(?P<shift>nights?|evenings?|weekends?){_A_WEEK}?"
    rf"|(?P<days>days?){_A_WEEK}"
    rf"|(?:hours?|hrs?|h){_A_WEEK}|(?:hours|hrs)(?![\s-]*shifts?)"
    r"|(?P<fte>fte))|fte\s*(?P<m>\d(?:\.\d+)?|\.\d+))(?![\w-])",
    re.IGNORECASE,
)
FULL_WEEK = 35  # hours a week from which a job is full time
WORK_WEEK = 5  # days
SHORT_WEEK = (4, 32)  # days, hours: a four-day or 32-hour week (_SHORT_WEEK)
_SHORT = "four-day or 32-hour week"


def _how_much(m: re.Match[str]) -> str:
    """What an amount of work reads as: a shift, part or full time, a short week or shifts of
    so many hours."""
    said = (m["n"] or m["m"]).lower()
    n = float(_COUNTS[said]) if said in _COUNTS else float(said)
    if m["shift"]:
        return m["shift"].lower().rstrip("s") + "s"
    if m["fte"] or m["m"]:
        return "part time" if n < 1 else "full time"
    if n == SHORT_WEEK[0 if m["days"] else 1]:
        return _SHORT
    if m["days"]:
        return "part time" if n < WORK_WEEK else "full time"
    if not m[0].lower().endswith(("week", "wk", "month")) and m["n"] in _HOURS:
        return f"{m['n']}-hour shifts"
    return "part time" if n < FULL_WEEK else "full time"


def read_how_much(text: str, notes: list[str]) -> str:
    """The text with each amount of work said as the shift or schedule it is, saying so."""
    found = [(m, _how_much(m)) for m in _HOW_MUCH.finditer(text)]
    notes.extend(f'I read "{m[0].strip()}" as {read}' for m, read in found if read != _SHORT)
    for m, read in reversed(found):  # a short week said so _SHORT_WEEK reads it: "4-day week"
        said = "4-day week" if read == _SHORT else read.replace(" time", "-time")
        text = text[: m.start()] + said + text[m.end() :]
    return text
