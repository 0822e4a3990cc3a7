"""When nothing matches: the nearest roles that do have open postings."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from functools import cache

from rapidfuzz import fuzz, process

from core.errors import QueryError
from core.matching import ParsedQuery, parse_query, semantic
from core.matching.vocab import vocabulary

SUGGESTED = 3
CANDIDATES = 20  # nearest titles tried, best first, until SUGGESTED of them hold up
TITLE_MAX = 80
NEAR = 60  # rapidfuzz WRatio (0–100) a title needs to count as near
WORD_NEAR = 80  # rapidfuzz ratio of a title word to a role word (of 4+ letters) that it shares
# Cosine in the title model a near title needs to its role unless both name one occupational
# family: "Air Conditioning Equipment Mechanic" shares "air" with air traffic controller (0.16).
RELATED = 0.35
_WORD = re.compile(r"\w+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")

# Whether exploring a role finds postings of a title (given as its casefolded key).
FindsOwn = Callable[[str, ParsedQuery], Awaitable[bool]]


def role_words(query: ParsedQuery) -> str:
    """The words of a query that name the role: level, title words and skills."""
    return " ".join((*query.seniority, *query.title, *query.skills)).lower()


def title_key(title: str) -> str:
    """A title as compared: spaces folded, without case."""
    return " ".join(title.split()).casefold()


def near_titles(
    query: ParsedQuery, titles: Iterable[tuple[str, int]]
) -> list[tuple[str, str, int]]:
    """Up to CANDIDATES open titles nearest the query's role, best first, as (key, the
    spelling most postings use, open postings with it): CPU-bound, for a worker thread."""
    counts: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = {}
    for raw, n in titles:
        title = " ".join(raw.split())
        if title and len(title) <= TITLE_MAX:
            key = title.casefold()
            counts[key] += n
            spelled.setdefault(key, Counter())[title] += n
    best: dict[str, float] = {}
    keys = sorted(counts)
    for one in query.variants():  # each title of "nurse or midwife", not the first alone
        found = process.extract(
            role_words(one), keys, scorer=fuzz.WRatio, limit=CANDIDATES, score_cutoff=NEAR
        )
        # WRatio alone finds "network inventory" near "attorney" (shared letters, not words).
        role = " ".join((*one.title, *one.skills))
        words = _words(role)
        for key, score, _ in found:
            if _shares_word(words, _words(key)) and related(role, key):
                best[key] = max(score, best.get(key, 0.0))
    ranked = sorted(best, key=lambda key: (-best[key], -counts[key], key))[:CANDIDATES]
    return [
        (key, min(spelled[key].items(), key=lambda kv: (-kv[1], kv[0]))[0], counts[key])
        for key in ranked
    ]


def related(role: str, title: str) -> bool:
    """Whether a title is related in work to a role, not only in letters: both name one federal
    occupational family (the series' group, "06xx" medical), or the title model finds them near."""
    if _families(role) & _families(title):
        return True
    return float(semantic.embed(role) @ semantic.embed(title)) >= RELATED


def _families(title: str) -> set[str]:
    """The occupational families (series groups) a title names, without its brackets."""
    code = _series_by_name().get(" ".join(_BRACKETED.sub(" ", title).casefold().split()))
    return {code[:2]} if code else set()


@cache
def _series_by_name() -> dict[str, str]:
    """Federal series' official names and the titles people type for them -> series code."""
    out: dict[str, str] = {}
    for code, (name, typed) in vocabulary().series.items():
        for title in (name, *typed):
            out.setdefault(" ".join(title.casefold().split()), code)
    return out


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _shares_word(role: set[str], title: set[str]) -> bool:
    """Whether the title has one of the role's words, or a near spelling of a long one."""
    if role & title:
        return True
    return any(
        fuzz.ratio(a, b) >= WORD_NEAR for a in role if len(a) >= 4 for b in title if len(b) >= 4
    )


async def nearest_roles(
    query: ParsedQuery, titles: Iterable[tuple[str, int]], finds_own: FindsOwn
) -> list[tuple[str, int]]:
    """Up to SUGGESTED open titles nearest the query's role, each with its open postings.

    A title is offered only when, explored, it finds its own postings.
    """
    out: list[tuple[str, int]] = []
    for key, shown, n in await asyncio.to_thread(near_titles, query, titles):
        try:
            role = parse_query(shown)
        except QueryError:
            continue
        if await finds_own(key, role):
            out.append((shown, n))
            if len(out) == SUGGESTED:
                break
    return out
