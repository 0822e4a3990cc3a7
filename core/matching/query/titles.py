"""Titles named with "or" or a slash, the operating room, field words and known job titles."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from core.matching.query.leave_outs import _left_out_item
from core.matching.query.model import ANY
from core.matching.semantic import TITLES_FILE
from core.matching.vocab import TECH_SPECS, Item, Vocabulary, field_roles, tokens, vocabulary

_LAST_OR = re.compile(r"(?<![\w-])or[\s.,;!?]*$", re.IGNORECASE)  # "nurse OR"


_SPACED_SLASH = re.compile(r"(?<!\S)([^\s/]+)\s+/\s+([^\s/]+)(?!\S)")  # "rn / lpn"


_SLASHED = re.compile(r"(?<!\S)[^\s/|]+(?:[/|][^\s/|]+)+(?!\S)")  # "java/kotlin", "go|rust"


def _dangling_or(toks: list[str], notes: list[str]) -> list[str]:
    """The tokens without an "or" last, with nothing after it to choose ("nurse or"), saying so."""
    if toks[-1:] != ["or"]:
        return toks
    notes.append(
        'I left "or" out: nothing follows it to choose between (for the operating room, write'
        ' "or nurse")'
    )
    return toks[:-1]


_OPERATORS = frozenset(["or", "and", "not", "no", "nor"])


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
        if toks[at + 1] in _OPERATORS or toks[at + 1] in v.stop:  # "or or and": no room
            return toks
        nxt = v.analyse(toks[at + 1 : at + 2], lean=False)
        if any(item.value in v.heads or not (before or item.kind == "skill") for item in nxt):
            return [*before, "operating", "room", *toks[at + 1 :]]
        return toks
    return toks


_INNER_PLUS = re.compile(r"(?<=[^\W_])\+(?=[^\W_])")


def _pluses(toks: list[str]) -> list[str]:
    """The tokens with a plus between words split ("python+aws": python, aws), unless the
    whole is one name known."""
    known = vocabulary().known
    return [
        part
        for tok in toks
        for part in (_INNER_PLUS.split(tok) if tok not in known else [tok])
        if part
    ]


def _slashes(text: str) -> str:
    """The text with skills written with slashes or bars between as alternatives: "java/kotlin",
    "(go|java)" are "java or kotlin", "(go or java)"; a list of skills ending "or" one too
    ("go, java or python"); not one skill written so ("ci/cd") nor a framework and its language
    ("python/django": both)."""
    v = vocabulary()

    def either(m: re.Match[str]) -> str:
        parts = re.split(r"[/|]", m.group(0))
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

    return _or_lists(_SLASHED.sub(either, _SPACED_SLASH.sub(spaced, text)))


_COMMA = re.compile(r"\s*,\s*")
_FINAL_OR = re.compile(r"\s*,?\s+or\s+", re.IGNORECASE)
_WORD_START = re.compile(r"(?<![^\s(])(?=[^\s,;(])")


def _or_lists(text: str) -> str:
    """The text with each list of skills ending "or" ("go, java or python") written with "or"
    between every two, one any-of group (was Go asked and any of Java, Python); a list ending
    "and" is each skill, as said."""
    out: list[str] = []
    at = 0
    for start in _WORD_START.finditer(text):
        if start.start() < at:
            continue
        items: list[str] = []
        pos = start.start()
        while (item := _left_out_item(text, pos)) is not None and item[1] == "skill":
            items.append(item[0])
            last = _FINAL_OR.match(text, item[2])
            tail = _left_out_item(text, last.end()) if last and len(items) > 1 else None
            if last and tail is not None and tail[1] == "skill":
                out += [text[at : start.start()], " or ".join([*items, tail[0]])]
                at = tail[2]
                break
            sep = _COMMA.match(text, item[2])
            if sep is None:
                break
            pos = sep.end()
    return "".join(out) + text[at:]


def _title_abbreviation(word: str) -> bool:
    """Whether a word is a short title of one job ("rn", "lpn", "cna"): a phrase of words that
    ends in a role noun."""
    v = vocabulary()
    canon = v.phrases.get(tuple(tokens(word)), ())
    return len(tokens(word)) == 1 and len(canon) > 1 and canon[-1] in v.heads


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


def _kept(alternative: str, title: list[str]) -> tuple[str, ...]:
    """One alternative title's words, () when the title lost one (to the cap on words or a
    contradiction): half a title ("certified nurse" of "crna") is another job."""
    words = tuple(alternative.split(ANY))
    return words if all(w in title for w in words) else ()


_JOINS = frozenset(["or", "o", "y", "et", "and", "ou"])


def _foreign_phrases(toks: list[str], notes: list[str] | None = None) -> list[str]:
    """The tokens with titles of several words in another language in English ("conductor de
    camion": truck driver), before role nouns move (foreign_titles.tsv), said in notes."""
    phrases = vocabulary().foreign_phrases
    out: list[str] = []
    at = 0
    while at < len(toks):
        size = next((n for n in (4, 3, 2) if tuple(toks[at : at + n]) in phrases), 0)
        if size:
            english = phrases[tuple(toks[at : at + size])]
            if notes is not None:
                notes.append(f'I read "{" ".join(toks[at : at + size])}" as {" ".join(english)}')
            out += english
            at += size
        else:
            out.append(toks[at])
            at += 1
    return out


def _noun_last(toks: list[str], notes: list[str] | None = None) -> list[str]:
    """The tokens with a Spanish, French or Portuguese role noun moved after the words following
    it, as English orders a title: "mecanico diesel" is "diesel mecanico" (the diesel mechanic),
    so the echo says title "diesel mechanic", not "mechanic diesel"."""
    first = vocabulary().noun_first
    out = _foreign_phrases(toks, notes)
    at = 0
    while at < len(out):
        if out[at] not in first:
            at += 1
            continue
        end = at + 1
        while end < len(out) and out[end] not in _JOINS and out[end] not in first:
            end += 1
        out[at:end] = [*out[at + 1 : end], out[at]]
        at = end
    return out
