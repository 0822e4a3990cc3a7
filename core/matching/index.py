"""The candidate index over saved searches: score only searches that can reach their bar.

Searches are grouped three levels deep, each level sharing the work of the one below:

* a *title* is a distinct ``(query title words, has skills)``: the title score depends on
  nothing else but the posting, so it is computed once per posting and title;
* a *core* is a distinct ``(title, skills)``: adds the skills score, again once per posting;
* a *bin* inside a core holds the queries with the same threshold, the same other weights
  (location, salary, seniority) and the same seniority filter; with the title and skills
  scores known, one upper bound decides the whole bin.

A posting reaches a title through an inverted index of the title's words (a word the posting
does not share earns no credit, see ``features().keys``); a bound from the shared words' weights
skips most titles before their score is computed.  Queries that could pass on skills alone
(no title credit at all) are also reached through their skills.  Every skipped query is provably
below its threshold or hard-filtered, so ``match`` equals exhaustive scoring.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter

import numpy as np

from core.matching.features import Features, features
from core.matching.prefilter import Floats, PostingLists
from core.matching.query import ParsedQuery
from core.matching.scoring import (
    FIELD_CONFLICT,
    HEAD_CONFLICT,
    NO_TITLE,
    RECALL_SHARE,
    ROLE_CONFLICT,
    SPEC_CONFLICT,
    Compiled,
    MatchResult,
    Quick,
    TitleMemo,
    TitleShape,
    _head_credit,
    cached_title_base,
    compile_query,
    evaluate,
    evaluate_features,
    passed_result,
    threshold_for,
    title_shape,
)
from core.matching.vocab import vocabulary
from core.model import Posting, Sensitivity

ROUNDING = 0.1  # scores are rounded to one decimal; keep every bound safely above
EPSILON = 1e-9
# The largest title gate below 1 (gates are these factors and their products).
GATED = max(HEAD_CONFLICT, ROLE_CONFLICT, FIELD_CONFLICT, SPEC_CONFLICT)
SLACK = 1e-7  # for bounds computed in another order than _reaches: still safely below
TITLE_MEMOS = 1024  # postings' title shapes whose title bases are kept (real titles repeat)
_OTHER = ("location", "salary", "seniority")

BinKey = tuple[float, float, float, tuple[int, ...]]  # other weights, total, threshold, ranks


@dataclass(eq=False)
class _Query:
    """One distinct parsed query and the searches using it, by threshold."""

    compiled: Compiled
    core: _Core
    ids: dict[float, set[int]] = field(default_factory=dict)


@dataclass(eq=False)
class _Core:
    """Queries sharing title words and skills."""

    title: _Title | None
    compiled: Compiled  # a representative: the title and skills parts are the same for all
    w_title: float
    w_skills: float
    languages: frozenset[str] | None  # skills of which one must be present, if any
    bins: dict[BinKey, dict[_Query, None]] = field(default_factory=dict)
    skill_only: int = 0  # bins that could pass without any title credit
    # The bins by the points the title and skills parts must reach together when nothing gates
    # them (refreshed lazily), and the title score needed with full skills:
    order: list[tuple[BinKey, dict[_Query, None]]] = field(default_factory=list)
    order_needs: list[float] = field(default_factory=list)
    need_full: float = -np.inf
    # For a gated title (gate < 1): the least points any bin needs, and the most other points.
    min_points: float = -np.inf
    max_other: float = 0.0


# One bin as the title loop reads it: its core, its queries, threshold and seniority ranks.
_Flat = tuple[_Core, dict["_Query", None], float, tuple[int, ...]]


@dataclass(eq=False)
class _Title:
    """Cores sharing title words; the title score depends only on these and the posting."""

    tid: int
    compiled: Compiled
    shares: dict[str, float]  # index key -> the share of the title weight it can credit
    explains: frozenset[str]  # posting title keys this title can explain (precision)
    cores: dict[tuple[str, ...], _Core] = field(default_factory=dict)
    by_skill: dict[str, dict[_Core, None]] = field(default_factory=dict)  # "s:" key -> cores
    needs: list[float] = field(default_factory=list)  # sorted title needs without skills ...
    bins: list[tuple[_Core, BinKey]] = field(default_factory=list)  # ... of these bins
    flat: list[_Flat] = field(default_factory=list)  # ... the same bins, ready to score
    gated_needs: list[float] = field(default_factory=list)  # the same when a gate (≤ GATED)
    gated_bins: list[tuple[_Core, BinKey]] = field(default_factory=list)  # scales the rest


def _bin_key(cq: Compiled, threshold: float) -> BinKey:
    other = sum(cq.weights[k] for k in _OTHER if k in cq.weights)
    return (other, cq.total, threshold, cq.ranks)


def _needed_title(core: _Core, key: BinKey, skills: float) -> float:
    """The title score a bin needs at least, with this skills part, full other parts, no gate."""
    other, total, threshold, _ = key
    needed = (threshold - ROUNDING) * total / 100.0 - core.w_skills * skills - other
    return needed / core.w_title - EPSILON


def _gated_title(core: _Core, key: BinKey) -> float:
    """The title score a bin needs without skills when a gate ≤ GATED scales the other parts."""
    other, total, threshold, _ = key
    needed = (threshold - ROUNDING) * total / 100.0 - GATED * other
    return needed / core.w_title - EPSILON - SLACK


def _conflict_title(core: _Core, key: BinKey, skills: float) -> float:
    """The title score (before the gate) a bin needs when the role conflicts (gate ≤ HEAD_CONFLICT).

    The title part is then at most HEAD_CONFLICT x its ungated score and the other parts count
    for at most HEAD_CONFLICT of theirs.
    """
    other, total, threshold, _ = key
    needed = (threshold - ROUNDING) * total / 100.0 - HEAD_CONFLICT * (
        core.w_skills * skills + other
    )
    return needed / (HEAD_CONFLICT * core.w_title) - EPSILON - SLACK


def _needed_points(key: BinKey) -> float:
    """The title and skills points a bin needs at least when nothing gates them (with slack)."""
    other, total, threshold, _ = key
    return (threshold - ROUNDING) * total / 100.0 - other - SLACK


def _reaches(core: _Core, key: BinKey, title: float, gate: float, skills: float) -> bool:
    """Whether a bin's best possible score, given the title and skills parts, reaches its bar."""
    other, total, threshold, _ = key
    points = core.w_title * title + gate * (core.w_skills * skills + other)
    return 100.0 * points / total + ROUNDING + EPSILON >= threshold


class Matcher:
    """Saved searches indexed by their normalised title and skill terms."""

    def __init__(self) -> None:
        """Start empty."""
        self._search: dict[int, tuple[_Query, float]] = {}
        self._queries: dict[ParsedQuery, _Query] = {}
        self._titles: dict[tuple[tuple[str, ...], bool], _Title] = {}
        self._title_by_id: dict[int, _Title] = {}
        self._free: list[int] = []  # title ids to reuse, so the arrays stay dense
        self._cores: dict[tuple[tuple[str, ...], tuple[str, ...]], _Core] = {}
        self._shares = PostingLists()  # "t:" key -> title id -> share of the title weight
        self._explains = PostingLists()  # posting title key -> titles that explain it
        self._skilled = PostingLists()  # "s:" key -> titles with a core asking for that skill
        self._skill_index: dict[str, dict[_Core, None]] = {}  # skill key -> skill-only cores
        self._dirty: set[_Title] = set()
        self._dirty_cores: set[_Core] = set()
        self._need0: Floats = np.full(64, np.inf)  # per title id: the lowest title need ...
        self._need1: Floats = np.full(64, np.inf)  # ... without skills, and with full skills
        self._needc0: Floats = np.full(64, np.inf)  # the same (ungated) when the role conflicts
        self._needc1: Floats = np.full(64, np.inf)
        self._role_of = np.zeros(64, dtype=np.intp)  # per title id: its role group (below)
        # Role groups: titles whose head credit is computed from the same query fields.
        self._roles: dict[tuple[str | None, frozenset[str]], int] = {}
        self._role_reps: list[Compiled] = []
        self._memos: dict[TitleShape, TitleMemo] = {}  # title shape -> its title bases, LRU

    def add(self, search_id: int, query: ParsedQuery, sensitivity: Sensitivity = "normal") -> None:
        """Index a search; re-adding an id replaces it."""
        self.remove(search_id)
        threshold = threshold_for(sensitivity)
        entry = self._queries.get(query)
        if entry is None:
            cq = compile_query(query)
            entry = self._queries[query] = _Query(cq, self._core_for(cq))
        ids = entry.ids.get(threshold)
        if ids is None:
            ids = entry.ids[threshold] = set()
            self._bin_add(entry, threshold)
        ids.add(search_id)
        self._search[search_id] = (entry, threshold)

    def remove(self, search_id: int) -> None:
        """Drop a search (paused or deleted); unknown ids are ignored."""
        found = self._search.pop(search_id, None)
        if found is None:
            return
        entry, threshold = found
        ids = entry.ids[threshold]
        ids.discard(search_id)
        if ids:
            return
        del entry.ids[threshold]
        self._bin_remove(entry, threshold)
        if entry.ids:
            return
        del self._queries[entry.compiled.query]
        core = entry.core
        if core.bins:
            return
        cq = core.compiled
        del self._cores[(cq.query.title, cq.skill_keys)]
        title = core.title
        if title is None:
            return
        del title.cores[cq.skill_keys]
        for skill in cq.skill_keys:
            bucket = title.by_skill["s:" + skill]
            del bucket[core]
            if not bucket:
                del title.by_skill["s:" + skill]
                self._skilled.discard("s:" + skill, title.tid)
        self._dirty.add(title)
        if title.cores:
            return
        del self._titles[cq.title_id]
        del self._title_by_id[title.tid]
        self._dirty.discard(title)
        self._need0[title.tid] = self._need1[title.tid] = np.inf
        self._needc0[title.tid] = self._needc1[title.tid] = np.inf
        self._free.append(title.tid)
        for key in title.shares:
            self._shares.discard(key, title.tid)
        for key in title.explains:
            self._explains.discard(key, title.tid)

    def _core_for(self, cq: Compiled) -> _Core:
        core = self._cores.get((cq.query.title, cq.skill_keys))
        if core is not None:
            return core
        title = None
        if cq.title_keys:
            title = self._titles.get(cq.title_id)
            if title is None:
                title = self._new_title(cq)
        languages = frozenset().union(*cq.accepts.values()) if cq.languages else None
        core = _Core(
            title, cq, cq.weights.get("title", 0.0), cq.weights.get("skills", 0.0), languages
        )
        self._cores[(cq.query.title, cq.skill_keys)] = core
        if title is not None:
            title.cores[cq.skill_keys] = core
            for skill in cq.skill_keys:
                title.by_skill.setdefault("s:" + skill, {})[core] = None
                self._skilled.add("s:" + skill, title.tid)
        return core

    def _new_title(self, cq: Compiled) -> _Title:
        if self._free:
            tid = self._free.pop()
        else:
            tid = len(self._title_by_id)
            if tid >= len(self._need0):
                grow = np.full(len(self._need0), np.inf)
                self._need0 = np.concatenate([self._need0, grow])
                self._need1 = np.concatenate([self._need1, grow])
                self._needc0 = np.concatenate([self._needc0, grow])
                self._needc1 = np.concatenate([self._needc1, grow])
                self._role_of = np.concatenate([self._role_of, np.zeros_like(self._role_of)])
        role = (cq.head, frozenset(cq.specs & vocabulary().field_specs))
        group = self._roles.get(role)
        if group is None:
            group = self._roles[role] = len(self._role_reps)
            self._role_reps.append(cq)
        self._role_of[tid] = group
        explains = cq.title_keys.keys() | cq.head_keys | cq.near_related
        title = _Title(tid, cq, {}, frozenset(explains))
        for key, weight in cq.title_keys.items():
            title.shares["t:" + key] = weight / cq.title_total
            self._shares.add("t:" + key, tid, weight / cq.title_total)
        for key in title.explains:
            self._explains.add(key, tid)
        self._titles[cq.title_id] = title
        self._title_by_id[tid] = title
        return title

    def _bin_add(self, entry: _Query, threshold: float) -> None:
        core = entry.core
        key = _bin_key(entry.compiled, threshold)
        members = core.bins.get(key)
        if members is None:
            members = core.bins[key] = {}
            if core.compiled.skill_keys and _reaches(core, key, 0.0, 1.0, 1.0):
                core.skill_only += 1
                if core.skill_only == 1:
                    for skill in core.compiled.skill_keys:
                        self._skill_index.setdefault("s:" + skill, {})[core] = None
            if core.title is not None:
                self._dirty.add(core.title)
            self._dirty_cores.add(core)
        members[entry] = None

    def _bin_remove(self, entry: _Query, threshold: float) -> None:
        core = entry.core
        key = _bin_key(entry.compiled, threshold)
        members = core.bins[key]
        del members[entry]
        if members:
            return
        del core.bins[key]
        if core.compiled.skill_keys and _reaches(core, key, 0.0, 1.0, 1.0):
            core.skill_only -= 1
            if not core.skill_only:
                for skill in core.compiled.skill_keys:
                    bucket = self._skill_index["s:" + skill]
                    del bucket[core]
                    if not bucket:
                        del self._skill_index["s:" + skill]
        if core.title is not None:
            self._dirty.add(core.title)
        self._dirty_cores.add(core)

    def _refresh(self) -> None:
        """Recompute the needs of titles and cores whose bins changed."""
        for title in self._dirty:
            # Without a skill hit, a core requiring a language is filtered out: only the
            # language-free cores' bins can pass on the title alone.
            bins = [
                (core, key)
                for core in title.cores.values()
                if core.languages is None
                for key in core.bins
            ]
            needs = sorted(
                ((_needed_title(core, key, 0.0), i) for i, (core, key) in enumerate(bins)),
                key=lambda ni: ni[0],
            )
            title.needs = [n for n, _ in needs]
            title.bins = [bins[i] for _, i in needs]
            title.flat = [(core, core.bins[key], key[2], key[3]) for core, key in title.bins]
            gated = sorted(
                ((_gated_title(core, key), i) for i, (core, key) in enumerate(bins)),
                key=lambda ni: ni[0],
            )
            title.gated_needs = [n for n, _ in gated]
            title.gated_bins = [bins[i] for _, i in gated]
            self._need0[title.tid] = title.needs[0] if needs else np.inf
            self._need1[title.tid] = min(
                (
                    _needed_title(core, key, 1.0)
                    for core in title.cores.values()
                    for key in core.bins
                ),
                default=np.inf,
            )
            self._needc0[title.tid] = min(
                (_conflict_title(core, key, 0.0) for core, key in bins), default=np.inf
            )
            self._needc1[title.tid] = min(
                (
                    _conflict_title(core, key, 1.0)
                    for core in title.cores.values()
                    for key in core.bins
                ),
                default=np.inf,
            )
        self._dirty.clear()
        for core in self._dirty_cores:
            order = sorted(((_needed_points(key), key) for key in core.bins), key=lambda nk: nk[0])
            core.order = [(key, core.bins[key]) for _, key in order]
            core.order_needs = [n for n, _ in order]
            core.need_full = (
                min((_needed_title(core, key, 1.0) for key in core.bins), default=np.inf)
                if core.w_title
                else -np.inf
            )
            core.min_points = min(
                ((key[2] - ROUNDING) * key[1] / 100.0 - SLACK for key in core.bins),
                default=np.inf,
            )
            core.max_other = max((key[0] for key in core.bins), default=0.0)
        self._dirty_cores.clear()

    def freeze(self) -> None:
        """Exempt what is allocated so far from garbage collection: call once, after building.

        A full collection walks every live object, and a built index of 100,000 searches is
        most of them (about a second per collection, once every few thousand postings matched).
        ``gc.freeze()`` moves the objects alive now to a permanent generation that collections
        skip; reference counting still frees them.  Searches added later are collected normally.
        Process-wide: call it after loading, not per match.
        """
        gc.freeze()

    def __len__(self) -> int:
        """Number of searches indexed."""
        return len(self._search)

    def __contains__(self, search_id: object) -> bool:
        """Whether a search id is indexed."""
        return search_id in self._search

    @property
    def distinct_queries(self) -> int:
        """Number of distinct parsed queries actually scored (each once per posting)."""
        return len(self._queries)

    def _title_candidates(self, f: Features) -> tuple[list[_Title], bytes]:
        """Titles whose score bound (shared words, explainable words) reaches their need.

        Also, per title id: 0 when the title shares no word (its title score is 0), 1 when its
        bound misses the need even of its cores the posting's skills reach with full skills (out
        of reach altogether), 2 for the candidates.
        """
        size = len(self._title_by_id) + len(self._free)
        if not size:
            return [], b""
        keys = [(k, 1.0) for k in f.keys if k[0] == "t"]
        share = self._shares.sums(keys, size)
        weight = sum(f.title_keys.values())
        if weight:
            own = "=" + f.head if f.head is not None else ""
            explained = self._explains.sums(
                [(k, w / weight) for k, w in f.title_keys.items() if k != own], size
            )
            explained += f.title_keys.get(own, 0.0) / weight
            np.minimum(explained, 1.0, out=explained)
        else:
            explained = np.ones(size)
        skills = [(k, 1.0) for k in f.keys if k[0] == "s"]
        need = self._need0[:size]
        needc = self._needc0[:size]
        if skills:
            hit = self._skilled.sums(skills, size) > 0
            need = np.where(hit, self._need1[:size], need)
            needc = np.where(hit, self._needc1[:size], needc)
        bound = RECALL_SHARE * share + (1 - RECALL_SHARE) * explained + EPSILON
        if f.head is not None:
            # No credit for the posting's role noun: the gate is at most HEAD_CONFLICT, which
            # scales the title score and every other part (see title_base).
            conflict = np.fromiter(
                (not _head_credit(cq, f) for cq in self._role_reps),
                dtype=np.bool_,
                count=len(self._role_reps),
            )[self._role_of[:size]]
            need = np.where(conflict, needc, need)
        shared = share > 0
        reach = bound >= need
        ids = np.flatnonzero(shared & reach)
        titles = self._title_by_id
        state = shared.astype(np.uint8)
        state[ids] = 2
        return [titles[i] for i in ids.tolist()], state.tobytes()

    def match(self, posting: Posting, explain: bool = True) -> list[tuple[int, MatchResult]]:
        """Every search this posting passes, best first (ties by search id).

        With explain=False the results carry the same scores but no reasons or breakdown,
        and none are built: the fast path production takes (reasons are filled in on display).
        """
        if self._dirty or self._dirty_cores:
            self._refresh()
        f = features(posting)
        run = _Run(f, posting, self._title_memo(f), explain)
        seen: set[_Core] = set()
        skill_keys = [k for k in f.keys if k[0] == "s"]
        candidates, state = self._title_candidates(f)
        for title in candidates:
            base = cached_title_base(title.compiled, f, run.memo)
            if base is NO_TITLE:
                continue  # no title credit: only skill-only cores can pass, reached below
            upper = base.score * base.gate * base.factor
            gate = base.gate
            hit: set[_Core] = set()
            for key in skill_keys:
                cores = title.by_skill.get(key)
                if cores:
                    hit.update(cores)
            for core in hit:
                if core.need_full <= upper:  # else not even full skills would carry it
                    run.core(core, upper, gate)
            seen |= hit
            if gate < 1.0:  # another job: the other parts count for at most GATED of theirs
                bins = title.gated_bins
                for i in range(bisect.bisect_right(title.gated_needs, upper)):
                    core, bin_key = bins[i]
                    if core not in hit:  # no skill credit (these cores ask for no language)
                        run.bin(core, bin_key, upper, gate, 0.0)
                continue
            # Ungated, no skill credit: a bin's need is its bound, so the prefix reaches its bar
            # (scoring a bin that just misses is harmless: its scores are checked one by one).
            flat = title.flat
            level_fits = run.quick.level_fits
            members_of = run.members
            for i in range(bisect.bisect_right(title.needs, upper)):
                core, members, threshold, ranks = flat[i]
                if core not in hit and (not ranks or level_fits(ranks)):
                    members_of(members, threshold, core)
        for key in skill_keys:
            bucket2 = self._skill_index.get(key)
            if bucket2:
                for core in bucket2:
                    if core not in seen:
                        seen.add(core)
                        owner = core.title
                        if owner is None:
                            run.core(core, 0.0, 1.0)
                            continue
                        reach = state[owner.tid]
                        if reach == 2:  # a candidate without title credit
                            run.core_any_title(core)
                        elif not reach:  # no word in common: no title credit (features().keys)
                            run.core(core, 0.0, 1.0)
                        # else its bound proves every bin out of reach
        return run.results()

    def _title_memo(self, f: Features) -> TitleMemo:
        """The title bases of postings alike in every field title_base reads (kept a while)."""
        shape = title_shape(f)
        memos = self._memos
        memo = memos.pop(shape, None)
        if memo is None:
            memo = {}
            if len(memos) >= TITLE_MEMOS:
                del memos[next(iter(memos))]  # the least recently used
        memos[shape] = memo
        return memo


class _Run:
    """One posting's pass over the index: memoised parts and the results found."""

    def __init__(self, f: Features, posting: Posting, memo: TitleMemo, explain: bool) -> None:
        self.f = f
        self.posting = posting
        self.memo = memo
        self.explain = explain
        self.quick = Quick(f, posting, memo)
        self.scores: dict[_Query, float | None] = {}  # fast path: score or None if filtered
        self.parts: dict[_Core, tuple[float, float, float]] = {}  # title, gate, skills
        self.ids: dict[float, list[int]] = {}  # fast path: passing search ids by score
        self.explained: dict[_Query, MatchResult] = {}
        self.found: dict[float, list[tuple[int, MatchResult]]] = {}  # by score

    def core_any_title(self, core: _Core) -> None:
        """Check a core reached through its skills: its title score may be anything."""
        if core.title is None:
            self.core(core, 0.0, 1.0)
            return
        base = cached_title_base(core.compiled, self.f, self.memo)
        self.core(core, base.score * base.gate * base.factor, base.gate)

    def core(self, core: _Core, title: float, gate: float) -> None:
        """Score the bins of a core that can reach their bar, given an upper title score."""
        if core.languages is not None and core.languages.isdisjoint(self.f.skills):
            return  # a required language is missing: a hard filter
        cq = core.compiled
        skills = self.quick.skills(cq) if cq.skill_keys else 0.0
        if gate < 1.0:
            points = core.w_title * title + gate * (core.w_skills * skills + core.max_other)
            if points < core.min_points:
                return  # no bin of the core can reach its bar
        if gate == 1.0:  # the bins are sorted by the points they need: reach the first few
            have = core.w_title * title + core.w_skills * skills
            order = core.order
            for i in range(bisect.bisect_right(core.order_needs, have)):
                key, members = order[i]
                ranks = key[3]
                if ranks and not self.quick.level_fits(ranks):
                    continue  # the seniority filter rejects every query in the bin
                self.members(members, key[2], core)
            return
        for key in core.bins:
            self.bin(core, key, title, gate, skills)

    def bin(self, core: _Core, key: BinKey, title: float, gate: float, skills: float) -> None:
        """Score the queries of one bin if its bound reaches the bar."""
        if not _reaches(core, key, title, gate, skills):
            return
        ranks = key[3]
        if ranks and not self.quick.level_fits(ranks):
            return  # the seniority filter rejects every query in the bin
        self.members(core.bins[key], key[2], core)

    def members(self, members: dict[_Query, None], threshold: float, core: _Core) -> None:
        """Score a bin's queries and keep the searches that pass."""
        if self.explain:
            self._explain_bin(members, threshold)
            return
        scores = self.scores
        parts = self.parts.get(core)
        if parts is None:  # the title and skills parts are the same for the core's queries
            parts = self.parts[core] = self.quick.parts(core.compiled)
        title, gate, skills = parts
        score_of = self.quick.score_with
        by_score = self.ids
        for entry in members:
            if entry in scores:
                score = scores[entry]
            else:
                score = scores[entry] = score_of(entry.compiled, title, gate, skills)
            if score is not None and score >= threshold:
                ids = by_score.get(score)
                if ids is None:
                    by_score[score] = list(entry.ids[threshold])
                else:
                    ids += entry.ids[threshold]

    def _explain_bin(self, members: dict[_Query, None], threshold: float) -> None:
        for entry in members:
            result = self.explained.get(entry)
            if result is None:
                # Most queries that reach this far pass: explain at once rather than score twice.
                result = evaluate_features(entry.compiled, self.f, self.posting, True, self.memo)
                self.explained[entry] = result
            if result.passed and result.score >= threshold:
                same = self.found.get(result.score)
                if same is None:
                    same = self.found[result.score] = []
                same += zip(entry.ids[threshold], repeat(result))

    def results(self) -> list[tuple[int, MatchResult]]:
        """The passing searches, best first, ties by search id."""
        out: list[tuple[int, MatchResult]] = []
        if self.explain:
            for score in sorted(self.found, reverse=True):
                same = self.found[score]
                same.sort(key=itemgetter(0))
                out += same
            return out
        for score in sorted(self.ids, reverse=True):
            ids = self.ids[score]
            ids.sort()
            out += zip(ids, repeat(passed_result(score)))
        return out


def rank(
    query: ParsedQuery,
    postings: Iterable[Posting],
    sensitivity: Sensitivity = "normal",
    limit: int | None = None,
) -> list[tuple[Posting, MatchResult]]:
    """Postings that pass the search at this sensitivity, best first."""
    cq = compile_query(query)
    threshold = threshold_for(sensitivity)
    found: list[tuple[Posting, MatchResult]] = []
    for posting in postings:
        quick = evaluate(cq, posting)
        if quick.passed and quick.score >= threshold:
            found.append((posting, evaluate(cq, posting, explain=True)))
    found.sort(key=lambda pr: -pr[1].score)
    return found[:limit] if limit is not None else found
