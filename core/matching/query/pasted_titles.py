"""Pasted job titles: brackets restating or specialising one, separators, slashes between."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from core.matching.money import find_salaries
from core.matching.query.shifts import _SHIFT
from core.matching.query.text import _cut
from core.matching.vocab import fold, house_styled, tokens, vocabulary

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
        elif _LEAVE_OUT.match(other):  # "(no php)": left out, no specialty
            pass
        elif _title_words(other):  # "(Deputy Product Manager)" names a job, "(INFOSEC)" not
            kind = "working title" if tokens(other)[-1] in vocabulary().heads else "specialty"
            notes.append(f'I read "{other}" as the {kind} of {title}')
    text = _cut(text, cut)
    _note_parts(text, notes)
    chars = [" " if c in _OPENING + _CLOSING else c for c in text]
    return _TITLE_SLASH.sub(_either_title, "".join(chars)), names


_ZONE_WORDS = frozenset(["timezone", "timezones", "tz", "time", "zone", "zones"])


# A part that leaves something out ("…, no php", "- not nights", "…, but avoid php") rather than
# specialising.
_LEAVE_OUT = re.compile(
    r"(?:(?:but|and)\s+)?(?:not|no|without|excluding|except|avoid(?:ing)?|-)(?:\s|$)|-\w",
    re.IGNORECASE,
)


def _note_parts(text: str, notes: list[str]) -> None:
    """Say how a part after a separator was read when it specialises the title before it
    ("Nurse Practitioner - Family"); its words stay title words."""
    heads = vocabulary().heads
    parts = [" ".join(p.split()) for p in _PART_END.split(re.sub(r"[()\[\]{}]", " ", text))]
    for before, part in pairwise(parts):
        said = tokens(before)
        if _LEAVE_OUT.match(part):  # "no php", "without nights": left out, no specialty
            continue
        # "80k-60k": pay only; "4 day week", "nights": a schedule; "eu timezone": a place
        words = _cut(part, [pay.span for pay in find_salaries(part)])
        words = _cut(words, [m.span() for m in _SHIFT.finditer(words)])
        words = " ".join(w for w in tokens(words) if w not in _ZONE_WORDS)
        if said and said[-1] in heads and _title_words(words) and tokens(part)[-1] not in heads:
            notes.append(f'I read "{part}" as the specialty of {before}')


def _either_title(m: re.Match[str]) -> str:
    """ "before or after" when a slash stands between two role nouns, else as written."""
    v = vocabulary()
    sides = [v.analyse(tokens(m[side]), lean=False) for side in ("before", "after")]
    if all(len(s) == 1 and s[0].kind == "word" and s[0].value in v.heads for s in sides):
        return f"{m['before']} or {m['after']}"
    return m[0]


def _title_words(text: str) -> list[str]:
    """The title words a part of a search names, no levels, workplaces, skills or places."""
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
        and (i.value,) not in v.places  # "remote (us)": a place, no specialty
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
