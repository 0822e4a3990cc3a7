"""Saying how many postings a search leaves out for naming no sector or wanted specialty it asks
for ("backend engineer fintech": a food company's Backend Engineer; "icu nurse": a School Nurse),
which loose sensitivity lists, after."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from core.matching.features import Features, features
from core.matching.query import ParsedQuery, skill_members
from core.matching.scoring import (
    Compiled,
    compile_query,
    evaluate_features,
    fits_place,
    names_sector,
    threshold_for,
)
from core.matching.vocab import vocabulary
from core.model import Posting, Sensitivity


def sectors_asked(query: ParsedQuery) -> str:
    """The sectors and specialties a search asks a posting to name, as said ("Fintech", "Banking
    or Gaming", "ICU"), or "" when it asks none."""
    cq = compile_query(query.variants()[0])
    names = vocabulary().skill_names
    members = [m for s in cq.skill_keys for m in skill_members(s)]
    return " or ".join(names[m] for m in members if m in cq.sectors)


def uncapped(query: ParsedQuery) -> list[tuple[Compiled, Compiled]]:
    """Per title of a search naming a sector, it compiled and without the sector cap."""
    found = (compile_query(v) for v in query.variants())
    return [(cq, replace(cq, sectors=frozenset())) for cq in found if cq.sectors]


def passes_but_for_sector(
    pairs: list[tuple[Compiled, Compiled]], f: Features, posting: Posting, threshold: float
) -> bool:
    """Whether a posting naming no sector asked would pass a title of the search without it."""
    for cq, free in pairs:
        if names_sector(cq, f.skills):
            return False
        if passes(free, f, posting, threshold):
            return True
    return False


def passes(free: Compiled, f: Features, posting: Posting, threshold: float) -> bool:
    """Whether a posting passes a title of the search without its sector cap, fitting the place
    fully: one that fits it only in part is short of more than the sector ("Missing 2 parts
    (specialty, place)" at loose), which the sector alone did not leave out."""
    result = evaluate_features(free, f, posting)
    return result.passed and result.score >= threshold and fits_place(free, f, posting)


def left_out(
    query: ParsedQuery, postings: Iterable[Posting], sensitivity: Sensitivity
) -> list[str]:
    """The ids of these postings that pass the search at this sensitivity but for naming no
    sector it asks for; none at loose, which lists them."""
    pairs = uncapped(query)
    if sensitivity == "loose" or not pairs:
        return []
    bar = threshold_for(sensitivity)
    return [p.id for p in postings if passes_but_for_sector(pairs, features(p), p, bar)]


def note(query: ParsedQuery, jobs: int, how: str, more: bool = True) -> str:
    """The line saying so: "12 more backend engineer jobs don't mention Fintech — /sensitivity 1
    loose shows them." (how: the command that loosens it; "12 backend engineer jobs" when none
    is listed); "" for none."""
    if not jobs:
        return ""
    level = query.seniority[0] if len(query.seniority) == 1 else ""
    titles = " or ".join(" ".join(filter(None, (level, *t))) for t in query.titles if t)
    what = f"{titles} job" if titles else "job"
    some = f"{jobs}{' more' if more else ''} {what}" + ("s don't" if jobs > 1 else " doesn't")
    return f"{some} mention {sectors_asked(query)} — {how} shows {'them' if jobs > 1 else 'it'}."
