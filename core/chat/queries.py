"""Checking a search query before saving it: what the core understood, or why not."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from core.errors import QueryError
from core.matching import ParsedQuery, parse_query

MAX_QUERY_LENGTH = 300


# Pasted markup: a script or style element goes whole, any other tag is a word break
# ("<b>nurse</b>" is nurse); "<150k" and "a < b" are no tags.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
# Invisible characters that separate words (a zero-width space is a word break); other
# format characters (zero-width joiners, soft hyphens, byte-order marks) are dropped.
_BREAKS = frozenset("\u200b\u2028\u2029\u180e")


def clean_text(text: str) -> str:
    """Strip pasted markup, drop control and format characters and collapse whitespace."""
    text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    kept = (
        " " if ch in _BREAKS or unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if ch in _BREAKS or unicodedata.category(ch) not in ("Cf", "Cs", "Co")
    )
    return " ".join("".join(kept).split())


@dataclass(frozen=True, slots=True)
class QueryCheck:
    """The verdict on a query: understood (its description) or a problem; too_long if so."""

    understood: str = ""
    problem: str = ""
    too_long: bool = False

    @property
    def ok(self) -> bool:
        """True when the query can be saved as it is."""
        return not self.problem


def check_query(text: str) -> QueryCheck:
    """Check a query as /add would read it, without saving anything."""
    if not text.strip():
        return QueryCheck(problem="Tell me what to look for.")
    if len(text) > MAX_QUERY_LENGTH:
        return QueryCheck(
            problem=f"That search is {len(text)} characters long; the most is {MAX_QUERY_LENGTH}.",
            too_long=True,
        )
    try:
        return QueryCheck(understood=parse_query(text).describe())
    except QueryError as exc:
        return QueryCheck(problem=str(exc))


def with_place(query: str, place: str) -> str:
    """The query with a place added, read as a place only; the query alone if it names it."""
    # As the person put it ("… London") when the parser reads that as a place, else
    # "… in Springfield", else 'location:"Cape Town"' (which always is).
    if not place:
        return query
    try:
        before = parse_query(query)
    except QueryError:
        return f'{query} location:"{place}"'
    for text in (f"{query} {place}", f"{query} in {place}"):
        try:
            after = parse_query(text)
        except QueryError:
            continue
        if _apart_from_place(after) != _apart_from_place(before):
            continue  # some of the place was read as title words or skills
        if (after.locations, after.workplaces) == (before.locations, before.workplaces):
            return query
        return text
    return f'{query} location:"{place}"'


def _apart_from_place(query: ParsedQuery) -> ParsedQuery:
    """A parsed query without its places and workplaces (nor the notes on them)."""
    return replace(query, locations=(), workplaces=(), notes=())
