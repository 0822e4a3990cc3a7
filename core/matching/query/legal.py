"""A law firm's associate is an attorney ("Litigation Associate"), a litigator a litigation
attorney: one reading for posting titles and searches."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from core.matching.query.settings import setting_patterns, settings
from core.matching.vocab import tokens, vocabulary

LAW_FIRM = "law firm"  # settings.tsv: the workplace whose associates are attorneys
_LITIGATOR = re.compile(r"(?<![\w-])litigator(?P<s>s?)(?![\w-])", re.IGNORECASE)
_ASSOCIATE = re.compile(r"(?<![\w-])associates?(?![\w-])", re.IGNORECASE)
_PART = re.compile(r"\s[-–—]\s|[,(:|)\[\]/–—]")  # a title's parts, as features reads them
# a lawyer's role nouns: a practice area's word alone beside one names it (Vocabulary.law_words)
_LAWYERS = frozenset(
    {"attorney", "attorneys", "lawyer", "lawyers", "solicitor", "solicitors", "counsel"}
    | {"barrister", "barristers", "paralegal", "paralegals"}
)
_LAWYER = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_LAWYERS))})(?!\w)", re.IGNORECASE)
_ASSOCIATES = frozenset({"associate", "associates"})
_JOINERS = frozenset({"and", "or"})  # between practice areas ("labor and employment lawyer")


def _law_area(toks: list[str]) -> bool:
    """Whether the tokens name a legal practice area (skills.tsv flag "law")."""
    v = vocabulary()
    return any(item.value in v.law_areas for item in v.skills_in(toks))


def _area_at(toks: list[str], at: int) -> tuple[int, bool] | None:
    """The length of the practice area's words alone starting at `at` (Vocabulary.law_words,
    not already followed by "law") and whether an associate after them is an attorney."""
    v = vocabulary()
    for size in (3, 2, 1):
        gram = tuple(toks[at : at + size])
        found = v.law_words.get(gram) if len(gram) == size else None
        if found and toks[at + size : at + size + 1] != ["law"]:
            return size, found[1]
    return None


def with_areas(toks: list[str], roles: frozenset[str], loose: frozenset[str]) -> list[str]:
    """The tokens with "law" after each practice area's words alone right before one of these
    role nouns (or before another such area and "and": "labor and employment counsel"), so
    that they read as the area ("employment law"); before a role noun of `loose` only where
    each such area is one whose associate is an attorney ("employment associate", not "tax
    associate")."""
    out: list[str] = []
    at = 0
    while at < len(toks):
        run: list[tuple[int, int]] = []  # (start, size) of each area of a run
        strong = True
        end = at
        while (found := _area_at(toks, end)) is not None:
            run.append((end, found[0]))
            strong = strong and found[1]
            end += found[0]
            if end < len(toks) and toks[end] in _JOINERS and _area_at(toks, end + 1):
                end += 1
        role = toks[end] if run and end < len(toks) else ""
        if role in roles or (role in loose and strong):
            for start, size in run:
                out += [*toks[start : start + size], "law"]
                out += toks[start + size : next((s for s, _ in run if s > start), end)]
            at = end
            continue
        out.append(toks[at])
        at += 1
    return out


@cache
def _area_words() -> re.Pattern[str]:
    """How a posting's title spells a practice area's words alone (Vocabulary.law_words)."""
    grams = sorted(vocabulary().law_words, key=len, reverse=True)
    said = "|".join(r"[\s&-]+".join(map(re.escape, g)) for g in grams)
    return re.compile(rf"(?<![\w-])(?:{said})(?![\w-])(?!\s+law\b)", re.IGNORECASE)


def _with_area_words(title: str) -> str:
    """A posting's title naming a lawyer's role with "Law" after each practice area's words
    alone in it ("Counsel, Labor & Employment": Labor Law, Employment Law)."""
    if not _LAWYER.search(title):
        return title
    return _area_words().sub(lambda m: f"{m[0]} Law", title)


def said_areas(said: list[str], notes: list[str]) -> None:
    """The notes quoting a practice area's words as said ("I read "ip" as Intellectual
    Property"), not with the "law" with_areas put after them, unless the search said it."""
    for gram in vocabulary().law_words:
        put = f'"{" ".join(gram)} law"'
        typed = any(
            tuple(said[at : at + len(gram) + 1]) == (*gram, "law") for at in range(len(said))
        )
        if not typed:
            notes[:] = [n.replace(put, f'"{" ".join(gram)}"') for n in notes]


def _associate_alone(part: str) -> bool:
    """Whether a title's part names an associate as its role, beside only levels and practice
    areas ("Senior Litigation Associate"; not "Litigation Support Associate", "Associate
    Director", "Sales Associate")."""
    v = vocabulary()
    toks = tokens(part)
    items = v.analyse(
        with_areas(toks, frozenset({"associate", "associates"}), frozenset()), lean=False
    )
    words = [i for i in items if i.kind == "word" and i.value not in v.stop]
    if not words or words[-1].value != "associate":
        return False
    others = [i for i in items[: items.index(words[-1])] if i.value not in v.stop]
    return all(
        (i.kind == "skill" and i.value in v.law_areas) or v.level_at(items, items.index(i))
        for i in others
    )


def legal_title(title: str, at_law_firm: Callable[[], bool]) -> str:
    """A posting's title with a litigator read as a litigation attorney, and an associate named
    alone (_associate_alone) as an associate attorney where the title names a practice area or
    the posting a law firm (at_law_firm, asked only then); else the title as it is."""
    low = title.lower()
    if "litigator" in low:
        title = _LITIGATOR.sub(lambda m: f"Litigation Attorney{m['s']}", title)
    if "associate" not in low:
        return _with_area_words(title)
    cut = [0, *(x for m in _PART.finditer(title) for x in m.span()), len(title)]
    parts = [(cut[i], cut[i + 1]) for i in range(0, len(cut), 2)]
    alone = [(a, b) for a, b in parts if _associate_alone(title[a:b])]
    if not alone or not (_law_area(tokens(title)) or at_law_firm()):
        return _with_area_words(title)
    for a, b in reversed(alone):
        part = _ASSOCIATE.sub(lambda m: f"{m[0]} Attorney", title[a:b])
        title = title[:a] + part + title[b:]
    return _with_area_words(title)


def names_law_firm(*texts: str) -> bool:
    """Whether one of these texts names a law firm (settings.tsv)."""
    pattern, _ = setting_patterns()[LAW_FIRM]
    return any(pattern.search(text) for text in texts)


def legal_query(toks: list[str], notes: list[str]) -> list[str]:
    """A search's tokens with an associate read as an attorney where the search names a
    practice area or a law firm and the associate is its role: after only levels, practice
    areas and the firm, before only the firm ("litigation associate", "associate at a law
    firm"); saying so; a practice area's word alone before a lawyer's role noun read as the
    area (with_areas: "employment lawyer"). "Associate attorney", "associate software
    engineer" and "sales associate" stay as they are (a litigator is a litigation attorney:
    query_titles.tsv)."""
    v = vocabulary()
    toks = with_areas(toks, _LAWYERS, _ASSOCIATES)
    said = [at for at, t in enumerate(toks) if v.stem(t) == "associate"]
    firm = [tuple(tokens(s)) for s in settings()[LAW_FIRM]]
    spans = [
        range(at, at + len(f))
        for at in range(len(toks))
        for f in firm
        if tuple(toks[at : at + len(f)]) == f
    ]
    if len(said) != 1 or not (spans or _law_area(toks)):
        return toks
    at = said[0]
    kept = [t if not any(i in r for r in spans) else "" for i, t in enumerate(toks)]
    after = [t for t in kept[at + 1 :] if t and t not in v.stop]
    rest = v.analyse([t for t in kept[:at] if t and t not in v.stop], lean=False)
    if after or not all(
        (i.kind == "skill" and i.value in v.law_areas) or i.value in v.seniority for i in rest
    ):
        return toks
    notes.append(f'I read "{toks[at]}" as attorney: at a law firm an associate is an attorney')
    return [*toks[:at], "attorney", *toks[at + 1 :]]
