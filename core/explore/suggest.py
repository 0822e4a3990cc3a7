"""When nothing matches: the nearest roles that do have open postings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from core.errors import QueryError
from core.matching import ParsedQuery, parse_query, rank
from core.model import Posting

SUGGESTED = 3
CANDIDATES = 20  # nearest titles tried, best first, until SUGGESTED of them hold up
TITLE_MAX = 80
NEAR = 60  # rapidfuzz WRatio (0–100) a title needs to count as near


def role_words(query: ParsedQuery) -> str:
    """The words of a query that name the role: level, title words and skills."""
    return " ".join((*query.seniority, *query.title, *query.skills)).lower()


def nearest_roles(query: ParsedQuery, postings: Sequence[Posting]) -> list[tuple[str, int]]:
    """Up to SUGGESTED posting titles nearest the query's role, each with its open postings.

    A title is offered only when, explored, it finds its own postings.
    """
    wanted = role_words(query)
    by_title: dict[str, list[Posting]] = {}
    spelled: Counter[str] = Counter()
    for posting in postings:
        title = " ".join(posting.title.split())
        if title and len(title) <= TITLE_MAX:
            by_title.setdefault(title.casefold(), []).append(posting)
            spelled[title] += 1
    shown = {title.casefold(): title for title, _ in reversed(spelled.most_common())}
    found = process.extract(
        wanted, list(by_title), scorer=fuzz.WRatio, limit=CANDIDATES, score_cutoff=NEAR
    )
    found.sort(key=lambda hit: (-hit[1], -len(by_title[hit[0]])))
    out: list[tuple[str, int]] = []
    for key, _score, _ in found:
        try:
            role = parse_query(shown[key])
        except QueryError:
            continue
        if rank(role, by_title[key]):
            out.append((shown[key], len(by_title[key])))
        if len(out) == SUGGESTED:
            break
    return out
