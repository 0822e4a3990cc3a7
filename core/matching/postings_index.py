"""The index over open postings: one search against every open posting, scoring only those
that can still reach the search's bar.

Postings are grouped by what bounds their title score (the title keys a query word can be
credited through, the posting's title key weights and role noun), so many postings share a
group (real titles repeat). For a query the bound of every group comes out of inverted lists
in one vectorised pass, exactly as ``Matcher._title_states`` bounds titles in the other
direction: the title part is at most ``RECALL_SHARE x shared + (1 - RECALL_SHARE) x
explainable`` (gates, factors and penalties only lower it) and 0 when no key is shared.
Adding the most the other parts can give (skills only when the posting has one of the
asked skills) gives each posting's best possible score; the postings whose best reaches the
bar are scored with ``evaluate_features``, best bound first, so the result equals ``rank``.

Memory is per posting: its analysed features less their index keys (with their parts shared
between postings that have the same ones) and the fields scoring reads; descriptions are not
kept.
"""

from __future__ import annotations

import dataclasses
import enum
import heapq
import sys
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, fields, replace
from typing import TypeVar, cast

import numpy as np

from core.matching import meaning, silent
from core.matching.features import Features, features
from core.matching.prefilter import Bools, Floats, Ints, PostingLists
from core.matching.query import ParsedQuery, skill_members
from core.matching.scoring import (
    RECALL_SHARE,
    Compiled,
    MatchResult,
    TitleId,
    TitleMemo,
    TitleShape,
    compile_query,
    developer_role,
    evaluate_features,
    names_sector,
    passed_result,
    threshold_for,
    title_base,
    title_shape,
)
from core.matching.tips import Gain
from core.matching.vocab import TECH_SPECS, vocabulary
from core.model import Posting, Sensitivity

ROUNDING = 0.1  # scores are rounded to one decimal: keep every bound safely above
EPSILON = 1e-9
_OTHER = ("location", "salary", "seniority", "prefer")
_NO_KEYS: frozenset[str] = frozenset()
GroupKey = tuple[tuple[str, ...], tuple[tuple[str, float], ...], str | None, tuple[str, ...]]
# What evaluate_features reads of a posting for one query beyond its title shape.
Reader = Callable[[Features, Posting], Hashable]
_V = TypeVar("_V")
# (title id, title shape) -> the title part of a posting of that shape and its gate
TitleParts = dict[tuple[TitleId, int], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Found:
    """A search's best matches among the open postings, and how many pass in all.

    complete is False when the scan stopped once the best ``limit`` were certain: total is
    then a lower bound (at least that many pass).
    """

    matches: list[tuple[Posting, MatchResult]]
    total: int
    complete: bool
    analysed: list[Features] = dataclasses.field(default_factory=list)  # each match's, as indexed
    left_out: int = 0  # jobs passing but for naming no sector asked (silent.left_out), if counted
    relaxed: Gain | None = None  # for few or none: the part whose leaving out finds the most

    @property
    def capped(self) -> bool:
        """Whether more postings pass (or may pass) than the matches kept."""
        return not self.complete or self.total > len(self.matches)


class PostingIndex:
    """Open postings indexed for the query → postings direction."""

    def __init__(self) -> None:
        """Start empty."""
        self._slot: dict[str, int] = {}
        self._postings: list[Posting | None] = []
        self._features: list[Features | None] = []
        self._group = np.full(64, -1, dtype=np.intp)  # per slot; -1 for a free slot
        self._free: list[int] = []
        self._groups: dict[GroupKey, int] = {}
        self._group_keys: list[GroupKey] = []
        self._members = np.zeros(64, dtype=np.intp)  # per group: how many live postings
        self._own = np.zeros(64)  # per group: the share of its title weight its role noun has
        # per group: no title weight at all, or a declared occupation (bounded as explained)
        self._no_weight = np.zeros(64, dtype=np.bool_)
        self._shared = PostingLists()  # "t:" key -> groups whose postings can credit it
        self._explainable = PostingLists()  # posting title key -> group -> share of weight
        self._skillset = np.zeros(64, dtype=np.intp)  # per slot: its set of "s:" keys
        self._shape = np.zeros(64, dtype=np.intp)  # per slot: its title shape
        self._shapes: dict[tuple[TitleShape, int, bool], int] = {}  # (shape, group, student) -> id
        self._shape_rep: list[Features] = []  # per shape id: features of one posting of it
        self._skillsets: dict[frozenset[str], int] = {frozenset(): 0}
        self._skills = PostingLists()  # "s:" key -> the skill sets holding it
        self._parts: dict[object, object] = {}  # feature parts shared between postings
        # Per slot the row of its title in the matrix of distinct titles' vectors (-1: free),
        # for loose searches by meaning (meaning.py).
        self._titles = meaning.Phrases(titles=True)
        self._title_row = np.full(64, -1, dtype=np.intp)

    def __len__(self) -> int:
        """Number of open postings indexed."""
        return len(self._slot)

    def __contains__(self, posting_id: object) -> bool:
        """Whether a posting is indexed."""
        return posting_id in self._slot

    @property
    def groups(self) -> int:
        """Number of distinct title groups with postings."""
        return int(np.count_nonzero(self._members[: len(self._group_keys)]))

    def put(self, posting: Posting, analysed: Features | None = None) -> None:
        """Index an open posting as it is now; re-putting an id replaces it.

        analysed: the posting's features when the caller has them already.
        """
        self.drop(posting.id)
        full = analysed if analysed is not None else features(posting)
        # Its keys place it (group, skill set) and are read nowhere else; they are the one
        # part no other posting shares (title and text together): half its bytes.
        f = self._share(replace(full, keys=_NO_KEYS))
        slot = self._free.pop() if self._free else len(self._postings)
        if slot == len(self._postings):
            self._postings.append(None)
            self._features.append(None)
            if slot >= len(self._group):
                self._group = np.concatenate([self._group, np.full(len(self._group), -1)])
                self._skillset = np.concatenate([self._skillset, np.zeros_like(self._skillset)])
                self._shape = np.concatenate([self._shape, np.zeros_like(self._shape)])
                free = np.full_like(self._title_row, -1)
                self._title_row = np.concatenate([self._title_row, free])
        self._postings[slot] = self._slim(posting)
        self._features[slot] = f
        self._slot[posting.id] = slot
        group = self._group_for(full)
        self._group[slot] = group
        self._members[group] += 1
        self._skillset[slot] = self._skillset_of(frozenset(k for k in full.keys if k[0] == "s"))
        # a student's posting is left out of searches naming no level: not alike the others
        shape = self._shapes.setdefault((title_shape(f), group, f.student), len(self._shape_rep))
        if shape == len(self._shape_rep):
            self._shape_rep.append(f)
        self._shape[slot] = shape
        self._title_row[slot] = self._titles.add(posting.title)

    def drop(self, posting_id: str) -> None:
        """Forget a posting (closed, deleted or changed); unknown ids are ignored."""
        slot = self._slot.pop(posting_id, None)
        if slot is None:
            return
        self._members[self._group[slot]] -= 1
        self._group[slot] = -1
        self._title_row[slot] = -1
        posting = self._postings[slot]
        assert posting is not None
        self._titles.release(posting.title)
        self._postings[slot] = None
        self._features[slot] = None
        self._free.append(slot)

    def search(
        self,
        query: ParsedQuery,
        sensitivity: Sensitivity = "normal",
        limit: int | None = None,
        explain: bool = True,
        among: Callable[[Posting], bool] | None = None,
        titles: TitleParts | None = None,
    ) -> Found:
        """The postings that pass the search, best first (at most limit), and how many pass.

        Equals ``rank(query, open postings, sensitivity)`` in scores and membership; with a
        limit, the best ``limit`` of them (ties at the cut broken by bound, then index order). With
        explain False the results carry no reasons (worked out when a match is shown). among:
        only the postings it keeps are searched (asked of the few that can reach the bar).
        titles: the title parts of title shapes worked out by earlier searches of this index
        as it is now (counter), filled in.
        """
        if query.or_titles:
            return self._search_titles(query, sensitivity, limit, explain, among, titles)
        cq = compile_query(query)
        if sensitivity == "loose" and query.title:
            return self._search_loose(cq, limit, explain, among, titles)
        threshold = threshold_for(sensitivity)
        slots, bests = self._candidates(cq, threshold, titles)
        if among is not None:
            live = cast(list[Posting], self._postings)
            kept = np.array([among(live[slot]) for slot in slots.tolist()], dtype=np.bool_)
            slots, bests = slots[kept], bests[kept]
        order = np.argsort(-bests, kind="stable")
        slots, bests = slots[order], bests[order]
        if limit is None:
            ranked = self._all_passing(cq, threshold, slots)
            total, complete = len(ranked), True
        else:
            ranked, total, complete = self._best_passing(cq, threshold, slots, bests, limit)
        # Every ranked slot holds a posting (free slots are never candidates).
        postings = cast(list[Posting], self._postings)
        analysed = [cast(Features, self._features[slot]) for slot, _ in ranked]
        matches: list[tuple[Posting, MatchResult]]
        if explain:
            matches = [
                (postings[slot], evaluate_features(cq, f, postings[slot], explain=True))
                for (slot, _), f in zip(ranked, analysed, strict=True)
            ]
        else:
            results = {score: passed_result(score) for score in {score for _, score in ranked}}
            matches = [(postings[slot], results[score]) for slot, score in ranked]
        return Found(matches, total, complete, analysed)

    def left_out(
        self, query: ParsedQuery, sensitivity: Sensitivity, deadline: float | None = None
    ) -> list[Posting] | None:
        """The open postings passing the search at this sensitivity but for naming no sector
        it asks for (silent.left_out); none at loose, which lists them. None when
        time.monotonic() passes the deadline before they are all found (not counted)."""
        pairs = silent.uncapped(query)
        if sensitivity == "loose" or not pairs:
            return []
        bar = threshold_for(sensitivity)
        slots = np.unique(np.concatenate([self._candidates(free, bar)[0] for _, free in pairs]))
        # Postings alike in a title's score key pass it alike: each key is scored once.
        keys = [self._key_reader(free) for _, free in pairs]
        known: dict[tuple[int, Hashable], bool] = {}
        live = cast(list[Posting], self._postings)
        kept: list[Posting] = []
        for at_slot, slot in enumerate(slots.tolist()):
            if deadline is not None and not at_slot % 512 and time.monotonic() >= deadline:
                return None
            f = cast(Features, self._features[slot])
            for at, (cq, free) in enumerate(pairs):
                if names_sector(cq, f.skills):
                    break
                k = (at, keys[at](slot))
                passed = known.get(k)
                if passed is None:
                    passed = known[k] = silent.passes(free, f, live[slot], bar)
                if passed:
                    kept.append(live[slot])
                    break
        return kept

    def counter(self, cap: int) -> Callable[[ParsedQuery, Sensitivity], tuple[int, bool]]:
        """How many postings a search passes (stopping once its best cap are certain), and
        whether that is all: for counting several searches alike (a tip's relaxed searches)
        while the index is unchanged. They share the title parts of title shapes, and each
        distinct search is counted once."""
        titles: TitleParts = {}
        counted: dict[tuple[ParsedQuery, Sensitivity], tuple[int, bool]] = {}

        def count(query: ParsedQuery, sensitivity: Sensitivity) -> tuple[int, bool]:
            found = counted.get((query, sensitivity))
            if found is None:
                result = self.search(query, sensitivity, cap, False, titles=titles)
                found = counted[query, sensitivity] = (result.total, result.complete)
            return found

        return count

    def _search_titles(
        self,
        query: ParsedQuery,
        sensitivity: Sensitivity,
        limit: int | None,
        explain: bool,
        among: Callable[[Posting], bool] | None,
        titles: TitleParts | None,
    ) -> Found:
        """search() of a search naming several titles: every posting passing one of them, by
        the title it fits best (its best score), best score first."""
        best: dict[str, tuple[Posting, MatchResult, Features]] = {}
        for variant in query.variants():
            found = self.search(variant, sensitivity, None, explain, among, titles)
            for (posting, result), f in zip(found.matches, found.analysed, strict=True):
                kept = best.get(posting.id)
                if kept is None or result.score > kept[1].score:
                    best[posting.id] = (posting, result, f)
        ranked = sorted(best.values(), key=lambda pr: -pr[1].score)
        shown = ranked[:limit] if limit is not None else ranked
        return Found([(p, r) for p, r, _ in shown], len(ranked), True, [f for _, _, f in shown])

    def _search_loose(
        self,
        cq: Compiled,
        limit: int | None,
        explain: bool,
        among: Callable[[Posting], bool] | None,
        titles: TitleParts | None,
    ) -> Found:
        """search() of a loose search naming title words: the candidates by words and those
        whose title is near enough in meaning, each scored as meaning.judge scores it."""
        slots, _ = self._candidates(cq, meaning.LOOSE, titles)
        cos = self._cosines(cq)
        slots = np.union1d(slots, np.flatnonzero(cos >= meaning.RELATED_COSINE))
        postings = cast(list[Posting], self._postings)
        if among is not None:
            kept = np.array([among(postings[slot]) for slot in slots.tolist()], dtype=np.bool_)
            slots = slots[kept]
        keys, first = self._score_keys(cq, slots)
        passed, words = np.zeros(len(first), dtype=np.bool_), np.zeros(len(first))
        for at, slot in enumerate(slots[first].tolist()):
            result = evaluate_features(cq, cast(Features, self._features[slot]), postings[slot])
            passed[at], words[at] = result.passed, result.score
        passed, words = passed[keys], words[keys]
        by_words = passed & (words >= meaning.LOOSE)
        near = cos[slots]
        ok = by_words | (passed & (near >= meaning.RELATED_COSINE))
        scores = meaning.fused(np.where(by_words, words, 0.0), near)
        hits = np.flatnonzero(ok)
        hits = hits[np.lexsort((hits, -scores[hits]))]
        ranked = list(zip(slots[hits].tolist(), scores[hits].tolist(), strict=True))
        ranked = ranked[:limit]
        analysed = [cast(Features, self._features[slot]) for slot, _ in ranked]
        matches: list[tuple[Posting, MatchResult]]
        if explain:
            matches = [
                (
                    postings[slot],
                    meaning.annotate(
                        cq.query,
                        postings[slot],
                        evaluate_features(cq, f, postings[slot], explain=True),
                    ),
                )
                for (slot, _), f in zip(ranked, analysed, strict=True)
            ]
        else:
            results = {score: passed_result(score) for score in {score for _, score in ranked}}
            matches = [(postings[slot], results[score]) for slot, score in ranked]
        return Found(matches, len(hits), True, analysed)

    def _cosines(self, cq: Compiled) -> Floats:
        """Per slot, the cosine of its title with the search's title words (-1: free slot)."""
        rows = self._title_row[: len(self._postings)]
        cos = np.full(len(rows), -1.0)
        live = rows >= 0
        cos[live] = self._titles.cosines(meaning.phrase(cq.query))[rows[live]]
        return cos

    def _all_passing(self, cq: Compiled, threshold: float, slots: Ints) -> list[tuple[int, float]]:
        """Every candidate (in bound order) that passes, as (slot, score), best score first,
        then in bound order; each distinct score key scored once."""
        keys, first = self._score_keys(cq, slots)
        known = np.array([self._score(cq, slot, threshold) for slot in slots[first].tolist()])
        scores = known[keys] if len(keys) else np.zeros(0)
        at = np.flatnonzero(scores >= threshold)
        at = at[np.lexsort((at, -scores[at]))]
        return list(zip(slots[at].tolist(), scores[at].tolist(), strict=True))

    def _best_passing(
        self, cq: Compiled, threshold: float, slots: Ints, bests: np.ndarray, limit: int
    ) -> tuple[list[tuple[int, float]], int, bool]:
        """The best limit candidates that pass, how many passed and whether all were seen:
        candidates are scored in bound order until no one left can enter the best limit."""
        key = self._key_reader(cq)
        known: dict[Hashable, float] = {}
        heap: list[tuple[float, int, int]] = []  # (score, -rank, slot): the worst kept on top
        total = 0
        complete = True
        for at, (slot, best) in enumerate(zip(slots.tolist(), bests.tolist(), strict=True)):
            # A posting's rounded score is at most 100 and below its bound less ROUNDING / 2:
            # once the worst kept reaches that, no posting left can take its place.
            if len(heap) >= limit and heap[0][0] >= min(100.0, best - 0.05):
                complete = False
                break
            k = key(slot)
            score = known.get(k)
            if score is None:
                score = known[k] = self._score(cq, slot, threshold)
            if score < threshold:
                continue
            total += 1
            item = (score, -at, slot)
            if len(heap) < limit:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
        kept = sorted(heap, key=lambda item: (-item[0], -item[1]))
        return [(slot, score) for score, _, slot in kept], total, complete

    def _score(self, cq: Compiled, slot: int, threshold: float) -> float:
        """A posting's score, or -1 when it does not pass."""
        posting, f = self._postings[slot], self._features[slot]
        assert posting is not None and f is not None
        result = evaluate_features(cq, f, posting)
        return result.score if result.passed and result.score >= threshold else -1.0

    def _score_keys(self, cq: Compiled, slots: Ints) -> tuple[Ints, Ints]:
        """Per candidate the id of its score key, and per id the index of its first candidate."""
        if not len(slots):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        read = self._reader(cq)
        shapes = self._shape[slots]
        if read is None:
            codes = shapes
        elif read is _EACH:
            codes = np.arange(len(slots))
        else:
            ids: dict[Hashable, int] = {}
            feats, postings = self._features, self._postings
            extra = np.fromiter(
                (ids.setdefault(read(feats[s], postings[s]), len(ids)) for s in slots.tolist()),
                dtype=np.intp,
                count=len(slots),
            )
            codes = shapes * len(ids) + extra
        _, first, keys = np.unique(codes, return_index=True, return_inverse=True)
        return keys.reshape(-1), first

    def _key_reader(self, cq: Compiled) -> Callable[[int], Hashable]:
        """A candidate's score key, one at a time (see _reader)."""
        read = self._reader(cq)
        shape = self._shape
        if read is None:
            return lambda slot: int(shape[slot])
        if read is _EACH:
            return lambda slot: slot
        feats, postings = self._features, self._postings
        return lambda slot: (int(shape[slot]), read(feats[slot], postings[slot]))  # type: ignore[arg-type]

    def _reader(self, cq: Compiled) -> Reader | _Each | None:
        """What evaluate_features reads of a posting for this query beyond its title shape
        (None: nothing; _EACH: too much, every posting is scored): postings alike in it and
        in title shape get the same score, so broad roles score a few hundred postings, not
        tens of thousands. The property tests hold this to ``rank``.
        """
        q = cq.query
        if (
            cq.exclude_words
            or cq.exclude_skills
            or q.exclude_companies
            or q.exclude_workplaces
            or q.exclude_levels
            or q.exclude_shifts
        ):
            return _EACH  # exclusions read words, company and place
        parts: list[Reader] = []
        if cq.skill_keys:
            parts.append(_skills_reader(cq))
        if cq.ranks or "seniority" in cq.weights:
            parts.append(lambda f, p: (f.seniority, f.years))
        if "location" in cq.weights:
            parts.append(lambda f, p: (f.location, f.workplace, f.country, f.remote_said, f.place))
        if q.salary_min is not None:
            parts.append(lambda f, p: (p.salary_min, p.salary_max, p.currency))
        if q.prefer:  # the shifts named: some a posting must say (REQUIRED)
            parts.append(lambda f, p: f.shifts.intersection(q.prefer))
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return lambda f, p: tuple(part(f, p) for part in parts)

    def _candidates(
        self, cq: Compiled, threshold: float, titles: TitleParts | None = None
    ) -> tuple[Ints, np.ndarray]:
        """The slots whose best possible score reaches the threshold, and that best score
        (titles: the title parts already worked out, by title id and shape, filled in)."""
        size = len(self._postings)
        weights = cq.weights
        w_title, w_skills = weights.get("title", 0.0), weights.get("skills", 0.0)
        other = sum(weights.get(k, 0.0) for k in _OTHER)
        empty: tuple[Ints, np.ndarray] = (np.zeros(0, dtype=np.intp), np.zeros(0))
        if not size or not (w_title or w_skills):
            return empty  # location or salary alone never match
        sets = self._skillset[:size]
        # A skill's credit is at most 1, and 0 unless the posting has a key for it.
        skills = np.zeros(len(self._skillsets))
        if cq.skill_keys:
            share = 1.0 / len(cq.skill_keys)
            asked = (("s:" + m, share) for s in cq.skill_keys for m in skill_members(s))
            skills = self._skills.sums(asked, len(skills))
            np.minimum(skills, 1.0, out=skills)
        part = skills[sets]
        hit = part > 0.0
        live = self._group[:size] >= 0
        if w_title:
            bound = self._title_bounds(cq)[np.maximum(self._group[:size], 0)]
        else:
            bound = np.zeros(size)
        best = w_title * bound + w_skills * part + other
        # The title part and skills part both 0: the score is 0 whatever else fits.
        best[(bound == 0.0) & ~hit] = 0.0
        score = 100.0 * best / cq.total + ROUNDING + EPSILON
        keep = live & (score >= threshold)
        if cq.languages:  # a required language: only postings with a skill satisfying one
            keep &= self._having("s:" + s for ok in cq.accepts.values() for s in ok)[sets]
        slots = np.flatnonzero(keep)
        # Then the exact title part and gate of each title shape left (title_base reads
        # nothing else of a posting): the other parts still at their best.
        shapes, inverse = np.unique(self._shape[slots], return_inverse=True)
        title, gate = np.zeros(len(shapes)), np.ones(len(shapes))
        fits = np.ones(len(shapes), dtype=np.bool_)
        known = {} if titles is None else titles
        for at, shape in enumerate(shapes.tolist()):
            f = self._shape_rep[shape]
            if w_title:
                # the same for every search of this title id (relaxed searches share it)
                worked = known.get((cq.title_id, shape))
                if worked is None:
                    base = title_base(cq, f, TitleMemo())  # a memo: the numbers, no reasons
                    worked = (base.score * base.gate * base.factor, base.gate)
                    worked = known[cq.title_id, shape] = worked if base.score else (0.0, 1.0)
                title[at], gate[at] = worked
            if cq.developer:  # searches of skills (and a developer's role noun) alone
                fits[at] = developer_role(f, cq.leans)
        title, gate, hit = title[inverse], gate[inverse], hit[slots]
        rest = w_skills * part[slots] + other
        best = w_title * title + np.where(gate < 1.0, gate * rest, rest)
        best[(title == 0.0) & ~hit] = 0.0
        score = 100.0 * best / cq.total + ROUNDING + EPSILON
        keep = fits[inverse] & (score >= threshold)
        return slots[keep], score[keep]

    def _having(self, keys: Iterable[str]) -> Bools:
        """Per skill set, whether it holds any of these "s:" keys."""
        having = np.zeros(len(self._skillsets), dtype=np.bool_)
        having[self._skills.union(keys)] = True
        return having

    def _skillset_of(self, keys: frozenset[str]) -> int:
        """The id of a set of "s:" keys, created on first sight (sets are few: shared)."""
        found = self._skillsets.get(keys)
        if found is None:
            found = self._skillsets[keys] = len(self._skillsets)
            for key in keys:
                self._skills.add(key, found)
        return found

    def _title_bounds(self, cq: Compiled) -> np.ndarray:
        """Per group, an upper bound of the title part (0 when no key is shared: exact)."""
        count = len(self._group_keys)
        share = self._shared.sums(
            (("t:" + k, w / cq.title_total) for k, w in cq.title_keys.items()), count
        )
        full, near = cq.explains
        explained = self._explainable.sums(((k, 1.0) for k in full | near), count)
        explained += self._own[:count]
        explained[self._no_weight[:count]] = 1.0
        np.minimum(explained, 1.0, out=explained)
        bound = RECALL_SHARE * share + (1 - RECALL_SHARE) * explained + EPSILON
        bound[share <= 0.0] = 0.0
        return bound

    def _group_for(self, f: Features) -> int:
        """The id of the title group of a posting, created on first sight."""
        # Sorted and interned: groups are nearly as many as postings (the text's
        # specialisations are among the keys), and a set's table and each posting's own copy
        # of a key string cost more than the keys themselves.
        keys = tuple(sorted(sys.intern(k) for k in f.keys | f.series_keys if k[0] == "t"))
        key: GroupKey = (keys, tuple(f.title_keys.items()), f.head, f.series)
        group = self._groups.get(key)
        if group is not None:
            return group
        group = self._groups[key] = len(self._group_keys)
        self._group_keys.append(key)
        if group >= len(self._members):
            grow = len(self._members)
            self._members = np.concatenate([self._members, np.zeros(grow, dtype=np.intp)])
            self._own = np.concatenate([self._own, np.zeros(grow)])
            self._no_weight = np.concatenate([self._no_weight, np.zeros(grow, dtype=np.bool_)])
        for k in keys:
            self._shared.add(k, group)
        weight = sum(f.title_keys.values())
        own = "=" + f.head if f.head is not None else ""
        if not weight or f.series:  # a declared occupation's titles explain themselves
            self._no_weight[group] = True
        else:
            # and the kind of work a title names beside a tool asked (title_base explains it;
            # whether the group's titles name a tool is not in its key: counted for every one)
            told = sum(w for k, w in f.title_keys.items() if k in TECH_SPECS)
            self._own[group] = (f.title_keys.get(own, 0.0) + told) / weight
            for k, w in f.title_keys.items():
                if k != own:
                    self._explainable.add(k, group, w / weight)
        return group

    def _share(self, f: Features) -> Features:
        """f with its parts shared with other postings' equal parts (they are never changed)."""
        parts = self._parts
        changes: dict[str, object] = {}
        for field in fields(f):
            value = getattr(f, field.name)
            if isinstance(value, dict):
                key: object = (field.name, tuple(value.items()))
            elif isinstance(value, (frozenset, tuple, str)):
                key = (field.name, value)
            else:
                continue
            shared = parts.setdefault(key, value)
            if shared is not value:
                changes[field.name] = shared
        return replace(f, **changes) if changes else f  # type: ignore[arg-type]

    def _slim(self, posting: Posting) -> Posting:
        """The fields scoring reads once features are known (no description, tags or url),
        their values shared with other postings' equal ones."""
        share = self._value
        return replace(
            posting,
            title=sys.intern(posting.title),
            source=sys.intern(posting.source),
            company=sys.intern(posting.company),
            location=sys.intern(posting.location),
            salary_min=share(posting.salary_min),
            salary_max=share(posting.salary_max),
            currency=None if posting.currency is None else sys.intern(posting.currency),
            description="",
            tags=(),
            url="",
            posted_at=share(posting.posted_at),
        )

    def _value(self, value: _V) -> _V:
        """The same value (type, and repr: -0.0 is not 0.0, nor 12:00 UTC 13:00 CET) that
        another posting has already, else this one."""
        if value is None or value != value:  # None is one object; NaN equals nothing
            return value
        return cast(_V, self._parts.setdefault((type(value), value, repr(value)), value))

    def memory(self) -> int:
        """Approximate bytes held per indexed posting (objects and arrays, shared parts spread)."""
        if not self._slot:
            return 0
        seen: set[int] = set()
        total = 0
        for item in _walk([self._postings, self._features, self._parts, self._slot], seen):
            total += sys.getsizeof(item)
        total += self._group.nbytes + self._skillset.nbytes + self._members.nbytes
        return total // len(self._slot)


class _Each(enum.Enum):
    """Queries for which every posting is scored on its own (no score key is shared)."""

    EACH = enum.auto()


_EACH = _Each.EACH


def _skills_reader(cq: Compiled) -> Reader:
    """The part of a posting's skills evaluate_features reads for the asked ones: each asked
    skill and those accepted for it (credits, required languages); all of them when the title
    names skills (the rival-skills verdict weighs every strong skill)."""
    accepts = vocabulary().accepts
    named = [m for s in cq.skill_keys for m in skill_members(s)]
    asked = sorted({*named, *(o for s in named for o in accepts.get(s, ()))})
    some: dict[int, Hashable] = {}  # by id(f.skills): the dicts live as long as the search
    every: dict[int, Hashable] = {}

    def read(f: Features, posting: Posting) -> Hashable:
        skills = f.skills
        if f.title_skills:
            found = every.get(id(skills))
            if found is None:
                found = every[id(skills)] = tuple(sorted(skills.items()))
            return f.title_skills, found
        found = some.get(id(skills))
        if found is None:
            found = some[id(skills)] = tuple((k, skills[k]) for k in asked if k in skills)
        return found

    return read


def _walk(roots: Iterable[object], seen: set[int]) -> Iterable[object]:
    """Every object reachable through containers and slotted fields, each once."""
    stack = list(roots)
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None or isinstance(item, (bool, int, float)):
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif hasattr(item, "__slots__"):
            stack.extend(getattr(item, name, None) for name in item.__slots__)
