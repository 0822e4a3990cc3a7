"""A law firm's associate is an attorney ("Litigation Associate"), a litigator a litigation
attorney: one reading for posting titles and searches."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.matching.query.settings import setting_patterns, settings
from core.matching.vocab import tokens, vocabulary

LAW_FIRM = "law firm"  # settings.tsv: the workplace whose associates are attorneys
_LITIGATOR = re.compile(r"(?<![\w-])litigator(?P<s>s?)(?![\w-])", re.IGNORECASE)
_ASSOCIATE = re.compile(r"(?<![\w-])associates?(?![\w-])", re.IGNORECASE)
_PART = re.compile(r"\s[-–—]\s|[,(:|)\[\]/–—]")  # a title's parts, as features reads them


def _law_area(toks: list[str]) -> bool:
    """Whether the tokens name a legal practice area (skills.tsv flag "law")."""
    v = vocabulary()
    return any(item.value in v.law_areas for item in v.skills_in(toks))


def _associate_alone(part: str) -> bool:
    """Whether a title's part names an associate as its role, beside only levels and practice
    areas ("Senior Litigation Associate"; not "Litigation Support Associate", "Associate
    Director", "Sales Associate")."""
    v = vocabulary()
    items = v.analyse(tokens(part), lean=False)
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
        return title
    cut = [0, *(x for m in _PART.finditer(title) for x in m.span()), len(title)]
    parts = [(cut[i], cut[i + 1]) for i in range(0, len(cut), 2)]
    alone = [(a, b) for a, b in parts if _associate_alone(title[a:b])]
    if not alone or not (_law_area(tokens(title)) or at_law_firm()):
        return title
    for a, b in reversed(alone):
        part = _ASSOCIATE.sub(lambda m: f"{m[0]} Attorney", title[a:b])
        title = title[:a] + part + title[b:]
    return title


def names_law_firm(*texts: str) -> bool:
    """Whether one of these texts names a law firm (settings.tsv)."""
    pattern, _ = setting_patterns()[LAW_FIRM]
    return any(pattern.search(text) for text in texts)


def legal_query(toks: list[str], notes: list[str]) -> list[str]:
    """A search's tokens with an associate read as an attorney where the search names a
    practice area or a law firm and the associate is its role: after only levels, practice
    areas and the firm, before only the firm ("litigation associate", "associate at a law
    firm"); saying so. "Associate attorney", "associate software engineer" and "sales
    associate" stay as they are (a litigator is a litigation attorney: query_titles.tsv)."""
    v = vocabulary()
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
