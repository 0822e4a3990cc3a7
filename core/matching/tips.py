"""The tip for a search that finds few postings or none: the part of it whose leaving out gains
the most postings, counted.

The search is counted again without each part it asks for (the place, the workplace, the level,
the pay floor, one skill, required contract work; never its role nor a specialty or sector it
asks for, the work wanted), with skills side by side as
alternatives, and (only when leaving out no one part finds more) at loose sensitivity; the tip
names the part that gains the most, with the number of postings found without it. A search
naming a sector whose left-out line (silent.note) is said gets that line instead. Every tip is
measured: a part whose leaving out gains nothing is never named. Counting runs a handful of
searches, so it is done for small results only, off the chat's loop, each count stops at
COUNTED postings (then "at least"), and it has a time limit: past it, no tip (never one that
was not measured against every other part).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from core.matching.money import money
from core.matching.query import ANY, ParsedQuery, skill_members
from core.matching.query.shifts import REQUIRED
from core.matching.vocab import place_name, vocabulary
from core.model import Sensitivity

FEW = 2  # a search passing at most this many postings gets a tip (counted), none past it
MOST_RELAXED = 8  # the relaxed searches counted at most
COUNTED = 100  # postings counted per relaxed search at most: past it, "at least"
# Relaxed searches are counted within this (wall, in a worker thread): past it, no tip, and
# the answer comes without one (an /add's)
SECONDS = 1.0
# … and in `concierge search`, which reads each relaxed search's postings from the store
STORED_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class Relaxed:
    """A search with one part left out: what is left out, as the tip says it, and its kind."""

    query: ParsedQuery
    sensitivity: Sensitivity
    kind: str  # place, workplace, level, pay, contract, skill, either, loose
    part: str  # "Amsterdam", "hybrid", "Python", "the senior level", "the pay floor (€90k)"


@dataclass(frozen=True, slots=True)
class Gain:
    """The relaxation a tip names and how many postings it finds (at least that many when
    counting stopped)."""

    kind: str
    part: str
    postings: int
    at_least: bool = False

    def said(self, loosen: str) -> str:
        """The tip: "Tip: without Amsterdam, 14 postings match." (loosen: the command that
        loosens the search, named by a loose tip)."""
        n = f"at least {self.postings}" if self.at_least else str(self.postings)
        some = f"{n} {'posting matches' if self.postings == 1 else 'postings match'}"
        if self.kind == "either":
            return f'Tip: with "or" between the skills ({self.part}), {some}.'
        if self.kind == "loose":
            return (
                f"Tip: at loose sensitivity, which also lists postings naming no skill asked "
                f"and titles related by meaning, {some} — {loosen} shows them."
            )
        return f"Tip: without {self.part}, {some}."

    def to_list(self) -> list[object]:
        """For a queued payload."""
        return [self.kind, self.part, self.postings, self.at_least]

    @classmethod
    def from_list(cls, given: list[object] | None) -> Gain | None:
        """What to_list wrote; None for none."""
        if not given:
            return None
        kind, part, postings, at_least = given
        return cls(str(kind), str(part), int(str(postings)), bool(at_least))


def relaxations(query: ParsedQuery, sensitivity: Sensitivity) -> list[Relaxed]:
    """The search once per part it asks for, that part left out (at most MOST_RELAXED), then
    at loose sensitivity: named only when leaving out no one part finds more, loose lowering
    the bar for every part."""
    found: list[Relaxed] = []

    def add(kind: str, part: str, how: Sensitivity = sensitivity, **changes: Any) -> None:
        found.append(Relaxed(replace(query, **changes), how, kind, part))

    places = (*query.locations, *query.remote_regions)
    if places:
        said = " or ".join(dict.fromkeys(place_name(p) for p in places))
        add("place", said, locations=(), remote_regions=(), remote_from=False)
    if query.workplaces and not query.remote_regions:
        add("workplace", " or ".join(query.workplaces), workplaces=(), remote_from=False)
    if query.seniority:
        add("level", f"the {' or '.join(query.seniority)} level", seniority=(), graded=False)
    if query.salary_min is not None:
        floor = money(query.salary_min, query.currency)
        add("pay", f"the pay floor ({floor})", salary_min=None, currency=None)
    required = [x for x in query.prefer if x in REQUIRED]
    if required:
        kept = tuple(x for x in query.prefer if x not in REQUIRED)
        add("contract", f"{' and '.join(required)} work", prefer=kept)
    # a specialty or sector asked says which work is wanted ("cryptography engineer", "web3
    # backend"): never a part to drop, as the role is not; tools are
    specialties = vocabulary().specialties
    for skill in query.skills:
        if any(m.lower() in specialties for m in skill_members(skill)):
            continue
        others = tuple(s for s in query.skills if s != skill)
        add("skill", " or ".join(skill_members(skill)), skills=others)
    plain = query.plain_skills()
    if len(plain) > 1:
        either = ANY.join(plain)
        rest = tuple(s for s in query.skills if s not in plain)
        add("either", " or ".join(s.lower() for s in plain), skills=(either, *rest))
    if sensitivity != "loose" and query.title:
        add("loose", "", "loose")
    return found[:MOST_RELAXED]


def best_gain(
    query: ParsedQuery,
    sensitivity: Sensitivity,
    found: int,
    count: Callable[[ParsedQuery, Sensitivity], tuple[int, bool]],
    deadline: float | None = None,
) -> Gain | None:
    """The relaxation of a search passing `found` postings that finds the most more, counted
    with count (how many postings a search passes, and whether that is all of them); None when
    it found more than FEW or no relaxation finds more, or when time.monotonic() passed the
    deadline before every relaxation needed was counted. CPU work: call it off the chat's
    loop."""
    if not wanted(query, found):
        return None
    relaxed = relaxations(query, sensitivity)
    gain = None
    for loose in (False, True):  # a loose search scores every candidate: counted only if needed
        counted = []
        for r in relaxed:
            if (r.kind == "loose") != loose:
                continue
            if deadline is not None and time.monotonic() >= deadline:
                return None
            counted.append((r, *count(r.query, r.sensitivity)))
        gain = most(found, counted)
        if gain is not None:
            return gain
    return gain


def wanted(query: ParsedQuery, found: int) -> bool:
    """Whether a search passing `found` postings gets a tip (few found, something to relax)."""
    return found <= FEW and bool(query.title or query.skills)


def most(found: int, counted: list[tuple[Relaxed, int, bool]]) -> Gain | None:
    """Of relaxed searches counted (how many postings each passes, whether that is all), the
    first finding the most more than `found`; None when none finds more."""
    best: Gain | None = None
    for relaxed, postings, complete in counted:
        if postings > found and (best is None or postings > best.postings):
            best = Gain(relaxed.kind, relaxed.part, postings, not complete)
    return best
