"""The candidate index over saved searches: score only searches that can reach their bar.

Searches are grouped by what their score depends on:

* a *title* is a distinct ``(query title words, has skills)``: its title score depends on
  nothing else but the posting, so it is computed once per posting and title;
* a *core* is a distinct ``(title, skills)``: adds the skills part, again one per posting;
* a *row* is a distinct ``(parsed query, threshold)`` and holds the ids of the searches on it.

A posting reaches titles through an inverted index of their words (a word the posting does
not share earns no credit, see ``features().keys``); an upper bound from the shared words'
weights rules out most titles before any title score is computed (``_title_states``).
The rows of the titles left, and those whose skills alone might carry them, are then scored
together with numpy in exactly the arithmetic of ``evaluate_features``, so ``match`` equals
exhaustive scoring: every row left out is provably below its threshold.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import is_, itemgetter
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from core.matching import meaning
from core.matching.columns import Columns, Interned
from core.matching.features import Features, features
from core.matching.order import best_first
from core.matching.prefilter import Bools, Floats, Ints, PostingLists
from core.matching.query import ANY, ParsedQuery, skill_members
from core.matching.scoring import (
    _SPEC,
    CLIENT_ONLY,
    COMPATIBLE,
    FIELD_CONFLICT,
    FIELD_MISSING,
    FIELD_TITLE,
    HEAD_CONFLICT,
    NO_TITLE,
    RECALL_SHARE,
    SERIES_CREDIT,
    SKILL_CONFLICT,
    SOFTWARE,
    SPEC_CONFLICT,
    SPEC_MISSING,
    UNNAMED,
    UNSTATED_WORKPLACE,
    Compiled,
    MatchResult,
    TitleBase,
    TitleId,
    TitleMemo,
    TitleShape,
    _alt_base,
    _role_credit,
    _software,
    bare_role,
    compile_query,
    developer_role,
    evaluate,
    evaluate_features,
    fullstack_servers,
    level_fits,
    occupation_titles,
    other_parts,
    own_kind,
    own_title_base,
    passed_result,
    reads_text,
    seniority_part,
    servers_wanted,
    shortfall,
    skill_percent,
    skill_verdict,
    specs_may_meet,
    threshold_for,
    title_base,
    title_near_only,
    title_shape,
    tools_named,
    untold_shape,
    verdict_candidates,
)
from core.matching.vocab import TECH_SPECS, vocabulary
from core.model import Posting, Sensitivity

ROUNDING = 0.1  # scores are rounded to one decimal; keep every bound safely above
EPSILON = 1e-9
SLACK = 1e-7  # for bounds computed in another order than the score: still safely below
TITLE_MEMOS = 2048  # postings' title shapes whose title bases are kept (real titles repeat)
ROLE_MEMOS = 4096  # ... and role shapes whose role credits are kept (fewer: a role has many)
_OTHER = ("location", "salary", "seniority", "prefer")
# Title slots in the per-posting arrays: a title id's slot is the id + _SHIFT; slot 0 stands
# for "no title words" (title score 0) and slot 1 for a freed core (never scored).
_NO_TITLE, _FREED, _SHIFT = 0, 1, 2
# Title states, besides 0 (no word shared: its title score is 0).
_OUT, _CANDIDATE, _CONFLICT = 1, 2, 3

BinKey = tuple[float, float, float, tuple[int, ...]]  # other weights, total, threshold, ranks
# A title's role noun, the fields asked for, whether the noun is bare and the search's field:
# _head_credit's input.
RoleKey = tuple[str | None, frozenset[str], bool, str | None]
# Per title id: its field surely missed, its own title part's cap, its declared occupation's
# bound (_field_cut).
_Cut = tuple[Bools, Floats, Floats]
# _other_parts' per posting: other_parts by sig id, and (unfit, seniority part) by ranks id.
# And developer_role per _leans id and the cores whose language the posting meets (_admitted).
_Known = tuple[
    dict[int, tuple[float, float, float, bool] | None],
    dict[int, tuple[bool, float]],
    dict[str, Bools],
]
# (score, ids of the searches on one query and threshold), best score first.
Groups = list[tuple[float, tuple[int, ...]]]


@dataclass(eq=False)
class _Query:
    """One distinct parsed query and the searches using it, by threshold."""

    compiled: Compiled
    core: _Core
    ids: dict[float, set[int]] = field(default_factory=dict)
    rows: dict[float, int] = field(default_factory=dict)  # threshold -> row slot


def _strictly(cq: Compiled) -> frozenset[str] | None:
    """The skills meeting a required language in full when some meet it only loosely (Kafka
    for Streaming: scoring.only_loosely), else None."""
    loosely = vocabulary().accepts_loosely
    if not cq.languages or not any(k in loosely for k in cq.accepts):
        return None
    return frozenset().union(*(ok - loosely.get(k, frozenset()) for k, ok in cq.accepts.items()))


@dataclass(eq=False)
class _Core:
    """Queries sharing title words and skills."""

    title: _Title | None
    compiled: Compiled  # a representative: the title and skills parts are the same for all
    w_title: float
    w_skills: float
    languages: frozenset[str] | None  # skills of which one must be present, if any
    slot: int
    bins: dict[BinKey, int] = field(default_factory=dict)  # bars of its rows -> how many rows


# A core's title words, skills and whether a level is asked: a level changes what the skills
# require (a practice beside a level ranks, without one it gates: compile_query).
CoreKey = tuple[tuple[str, ...], tuple[str, ...], bool]


def _core_key(cq: Compiled) -> CoreKey:
    """The key of the core a compiled search shares with others."""
    return cq.query.title, cq.skill_keys, bool(cq.query.seniority)


@dataclass(eq=False)
class _Title:
    """Cores sharing title words; the title score depends only on these and the posting."""

    tid: int
    compiled: Compiled
    shares: dict[str, float]  # index key -> the share of the title weight it can credit
    explains: frozenset[str]  # posting title keys this title can explain (precision)
    cores: dict[CoreKey, _Core] = field(default_factory=dict)
    by_skill: dict[str, int] = field(default_factory=dict)  # "s:" key -> cores asking for it


def _bin_key(cq: Compiled, threshold: float) -> BinKey:
    other = sum(cq.weights[k] for k in _OTHER if k in cq.weights)
    return (other, cq.total, threshold, cq.ranks)


def _needed_title(core: _Core, key: BinKey, skills: float) -> float:
    """The title score a bin needs at least, with this skills part, full other parts, no gate."""
    other, total, threshold, _ = key
    needed = (threshold - ROUNDING) * total / 100.0 - core.w_skills * skills - other
    return needed / core.w_title - EPSILON


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


def _reaches(core: _Core, key: BinKey, title: float, gate: float, skills: float) -> bool:
    """Whether a bin's best possible score, given the title and skills parts, reaches its bar."""
    other, total, threshold, _ = key
    points = core.w_title * title + gate * (core.w_skills * skills + other)
    return 100.0 * points / total + ROUNDING + EPSILON >= threshold


# A row's numbers, in this order (the default is a freed row's: never passes).
_W_TITLE, _W_SKILLS, _W_LOCATION, _W_SALARY, _W_SENIORITY, _W_PREFER, _TOTAL, _THRESHOLD = range(8)
_FREED_ROW = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, np.inf)


def _row_columns() -> Columns:
    """Per row: its core, what its other parts and filters depend on, weights and threshold."""
    return Columns(
        {
            "core": (np.intp, 0),  # core slot 0 is never live: a freed row is never scored
            "sig": (np.intp, 0),  # exclusions, place and pay (an Interned id)
            "ranks": (np.intp, 0),  # the seniority asked for (an Interned id)
            "numbers": (np.float64, _FREED_ROW),
            "aliased": (np.bool_, False),  # holds a title's own id of a search of several titles
        }
    )


def _expand(order: Ints, first: Ints, count: Ints, groups: Ints) -> Ints:
    """The members of these groups, group by group: order[first[g] : first[g] + count[g]]."""
    sizes = count.take(groups)
    ends = np.cumsum(sizes)
    if not len(ends):
        return np.zeros(0, dtype=np.intp)
    members: Ints = order.take(
        np.arange(ends[-1]) + np.repeat(first.take(groups) - ends + sizes, sizes)
    )
    return members


@dataclass(frozen=True)
class _Layout:
    """Core slots grouped by title slot and row slots by core slot (rebuilt after changes)."""

    cores: Ints
    title_first: Ints
    title_count: Ints
    rows: Ints
    core_first: Ints
    core_count: Ints
    # Per core slot, over its rows, the most title and skills weight, and per row slot the least
    # points the two must earn together for the row to reach its bar (_row_bars).
    core_title: Floats
    core_skills: Floats
    row_bar: Floats


def _row_bars(numbers: Floats, core_of: Ints, size: int) -> tuple[Floats, Floats, Floats]:
    """_Layout's core_title, core_skills and row_bar from the rows' numbers.

    A row is kept when 100 x best / total + ROUNDING + EPSILON >= threshold, best being its
    title and skills points plus the other parts' (each part at most 1): so a row whose
    (threshold - ROUNDING - EPSILON) x total / 100 - its other weights is above the title and
    skills points its core can earn is not kept, whatever its other parts (a freed row's bar
    is inf).
    """
    other = numbers[:, [_W_LOCATION, _W_SALARY, _W_SENIORITY, _W_PREFER]].sum(axis=1)
    bar = (numbers[:, _THRESHOLD] - ROUNDING - EPSILON) * numbers[:, _TOTAL] / 100.0 - other
    core_title, core_skills = np.zeros(size), np.zeros(size)
    np.maximum.at(core_title, core_of, numbers[:, _W_TITLE])
    np.maximum.at(core_skills, core_of, numbers[:, _W_SKILLS])
    return core_title, core_skills, bar


def _grouped(keys: Ints, groups: int) -> tuple[Ints, Ints, Ints]:
    """Slots sorted by their group, and where each group starts and how many it has."""
    order = np.argsort(keys, kind="stable")
    count = np.bincount(keys, minlength=groups)
    return order, np.cumsum(count) - count, count


# title slot -> the title part without and with rival skills, and the gate; () if none
Values = dict[int, tuple[float, ...]]


class _Memo(TitleMemo):
    """A title shape's memo: key credits, title values by title slot, the role groups' credits,
    and the values shared with the title shapes differing only in the text (untold_shape)."""

    __slots__ = ("bounds", "near", "roles", "unmet_techs", "untold", "values")

    def __init__(self, untold: Values) -> None:
        """Start empty, sharing untold."""
        super().__init__()
        self.bounds: _OwnBounds | None = None  # _own_bounds, for the titles then indexed
        self.roles: Floats = np.zeros(0)  # per role group: _role_credit of the posting's role
        self.values: Values = {}
        self.untold = untold  # of the title slots whose title reads no text (reads_text)
        self.near: dict[int, bool] = {}  # plan id -> title_near_only (Matcher._plans)
        # per tech set id (Matcher._techs), whether the shape's specialities may meet none of
        # it (_spec_gates), and a last False for titles of none
        self.unmet_techs: Bools | None = None


def _title_values(base: TitleBase) -> tuple[float, ...]:
    """The title part without and with rival skills, and the gate: _title's products, in order."""
    if base is NO_TITLE:
        return ()
    score, gate, factor = base.score, base.gate, base.factor
    return score * gate * factor, score * SKILL_CONFLICT * gate * factor, gate


class _OwnBounds(NamedTuple):
    """The titles a posting's own title shares words with and their bounds (_own_bounds), and
    what else _title_states reads of them that depends only on the title shape and "t:" keys."""

    generation: int  # Matcher._generation when worked out
    keys: frozenset[str]  # the posting's "t:" keys
    shared: Ints
    bound: Floats
    conflict: Bools | None  # at shared: its role group's credit is 0 (None: no role noun)
    unmet: Bools  # at shared: it names a field the posting's own title surely misses


class _Route(NamedTuple):
    """A declared occupation's title's route to the titles sharing its words (_series_route)."""

    through: Ints  # those title ids
    bound: Floats  # SERIES_CREDIT x their bound through it
    exact: Floats  # their exact title part through it, NaN until asked (_series_part)


_NO_ROWS: Ints = np.zeros(0, dtype=np.intp)
_NO_SCORES: Floats = np.zeros(0)


class Matcher:
    """Saved searches indexed by their normalised title and skill terms."""

    def __init__(self) -> None:
        """Start empty."""
        self._search: dict[int, tuple[_Query, float]] = {}
        self._aliases: dict[int, list[int]] = {}  # a search of several titles -> an id per title
        self._real: dict[int, int] = {}  # such an id -> its search's
        self._next_alias = 0
        self._queries: dict[ParsedQuery, _Query] = {}
        self._titles: dict[TitleId, _Title] = {}
        self._title_by_id: dict[int, _Title] = {}
        self._title_compiled: dict[int, Compiled] = {}  # by title slot
        self._untold: set[int] = set()  # title slots whose title_base reads no text (reads_text)
        self._title_texts: dict[int, str] = {}  # by title slot: its Compiled.title_text
        self._free: list[int] = []  # title ids to reuse, so the arrays stay dense
        self._cores: dict[CoreKey, _Core] = {}
        self._shares = PostingLists()  # "t:" key -> title id -> share of the title weight
        self._explains = PostingLists()  # posting title key -> titles that explain it
        self._skilled = PostingLists()  # "s:" key -> titles with a core asking for that skill
        self._core_skills = PostingLists()  # "s:" key -> core slots asking for that skill
        # ... of them, the cores of searches of skills alone, whose credits differ (bare)
        self._bare_skills = PostingLists()
        self._core_langs = PostingLists()  # "s:" key -> core slots whose language it satisfies
        self._core_needs = PostingLists()  # "s:" key -> core slots it names a needed skill of
        self._core_sectors = PostingLists()  # "s:" key -> core slots it names a sector asked of
        # "s:" key -> core slots of a language some skill satisfies only loosely (Kafka for
        # Streaming) that this one satisfies in full: without one, at most UNNAMED
        self._core_strict = PostingLists()
        self._groups: dict[str, set[str]] = {}  # "s:" key -> the any-of groups it is in
        # Per core slot naming tools (near_title_short), ids of its tools and its title plan:
        # the tools half read once per posting and tool set, the title half once per title
        # shape and plan (_Memo.near).
        self._tool_sets: Interned[tuple[tuple[str, ...], bool]] = Interned()
        self._plans: Interned[tuple[tuple[tuple[str, float, int], ...], bool]] = Interned()
        self._dirty: set[_Title] = set()
        self._dirty_cores: set[_Core] = set()
        self._need0: Floats = np.full(64, np.inf)  # per title id: the lowest title need ...
        self._need1: Floats = np.full(64, np.inf)  # ... without skills, and with full skills
        self._needc0: Floats = np.full(64, np.inf)  # the same (ungated) when the role conflicts
        self._needc1: Floats = np.full(64, np.inf)
        self._role_of = np.zeros(64, dtype=np.intp)  # per title id: its role group (below)
        # Per title id: whether it names a field (Compiled.field) that a posting's title can
        # miss; "t:" + the field's key -> those titles (a posting sharing no key meets none).
        self._has_field = np.zeros(64, dtype=np.bool_)
        # Per title id: whether it names specialisations (Compiled.specs), which title_base
        # halves the title score for when it credits none of them (SPEC_MISSING); "t:" + each
        # of its specialisation keys -> those titles (a posting sharing none credits none).
        self._specced = np.zeros(64, dtype=np.bool_)
        self._untold_at = np.zeros(64, dtype=np.bool_)  # per title id: its slot is in _untold
        self._spec_keys = PostingLists()
        # Per declared occupation's title (by id: features.occupation keeps them for the
        # process), the titles sharing its words and their bound through it, and the title part
        # title_base's series route gives them (_series_route): the same for every posting
        # declaring the series; dropped when a title comes or goes.
        self._series_routes: dict[int, _Route] = {}
        self._generation = 0  # one more each time a title comes or goes
        # Per title id: its Compiled.tech_specs' id in _techs (-1: none), for _spec_gates.
        self._tech_of = np.full(64, -1, dtype=np.intp)
        self._techs: Interned[frozenset[str]] = Interned()
        self._fields = PostingLists()
        # Role groups: titles whose head credit is computed from the same query fields.
        self._roles: dict[RoleKey, int] = {}
        self._role_keys: list[RoleKey] = []  # in group order
        self._memos: dict[TitleShape, _Memo] = {}  # title shape -> its title bases, LRU
        self._untold_memos: dict[TitleShape, Values] = {}  # untold_shape -> _Memo.untold, LRU
        # Role shape (_role_shape) -> _role_credit per role group, LRU: the title shapes of one
        # role share them. The posting title keys a role credit can read: the fields of
        # vocab.field_specs and, for groups with a field-bound link, their search's field and
        # the words as good as it (_field_met).
        self._role_memos: dict[tuple[object, ...], Floats] = {}
        self._role_words: set[str] = set()
        # Per core slot: its title's slot, the number of skills it asks for (at least 1),
        # whether one of its rows could pass with no title credit, whether a language is required,
        # whether it needs one of its skills named (Compiled.needs) or a sector (.sectors),
        # whether it looks for developers and the fields of their own its skills lean to (an id
        # in _leans): Compiled.developer and .leans, for developer_role.
        self._core_columns = Columns(
            {
                "title": (np.intp, _FREED),
                "skills": (np.float64, 1.0),
                "solo": (np.bool_, False),
                "language": (np.bool_, False),
                "needs": (np.bool_, False),
                "sectors": (np.bool_, False),
                "loosely": (np.bool_, False),
                "least": (np.float64, 0.0),
                "developer": (np.bool_, False),
                "leans": (np.intp, 0),
                "tools": (np.intp, -1),
                "plan": (np.intp, 0),
                "servers": (np.bool_, False),
            }
        )
        self._leans: Interned[frozenset[str]] = Interned()
        self._core_columns.alloc()  # slot 0: the core of freed rows, never scored
        self._rows = _row_columns()
        self._row_ids: list[tuple[int, ...]] = []  # row slot -> its searches' ids, ascending
        self._row_query: list[_Query | None] = []
        self._sigs: Interned[Compiled] = Interned()  # exclusions, place and pay asked for
        # levels (ranks), graded, and the levels by name ("staff" before a "lead" of its rank)
        self._ranks: Interned[tuple[tuple[int, ...], bool, tuple[str, ...]]] = Interned()
        self._solo_skills = PostingLists()  # "s:" key -> solo core slots asking for it
        self._layout: _Layout | None = None
        # Loose searches naming title words (meaning.py): their title words' vectors, and per
        # row slot the row of its title words (-1: none), per such row the row slots on it.
        self._phrases = meaning.Phrases(titles=False)
        self._row_phrase = np.full(64, -1, dtype=np.intp)
        self._phrase_rows: dict[int, set[int]] = {}
        self._by_phrase: tuple[Ints, Ints, Ints] | None = None  # row slots grouped by phrase
        # posting title -> _near_rows, LRU; cleared when loose rows change
        self._near: dict[str, tuple[Ints, Floats, Ints]] = {}

    def add(self, search_id: int, query: ParsedQuery, sensitivity: Sensitivity = "normal") -> None:
        """Index a search; re-adding an id replaces it. A search of several titles ("nurse or
        midwife") is indexed once per title, under ids of its own (negative), and passes a
        posting once, by its best title."""
        self.remove(search_id)
        if query.or_titles:
            aliases = self._aliases[search_id] = []
            for variant in query.variants():
                self._next_alias -= 1
                aliases.append(self._next_alias)
                self._real[self._next_alias] = search_id
                self._add(self._next_alias, variant, sensitivity)
            return
        self._add(search_id, query, sensitivity)

    def _add(self, search_id: int, query: ParsedQuery, sensitivity: Sensitivity) -> None:
        """add() of a search of one title."""
        threshold = threshold_for(sensitivity)
        entry = self._queries.get(query)
        if entry is None:
            cq = compile_query(query)
            entry = self._queries[query] = _Query(cq, self._core_for(cq))
        ids = entry.ids.get(threshold)
        if ids is None:
            ids = entry.ids[threshold] = set()
            self._row_add(entry, threshold)
        ids.add(search_id)
        slot = entry.rows[threshold]
        self._set_ids(slot, tuple(sorted((*self._row_ids[slot], search_id))))
        self._search[search_id] = (entry, threshold)

    def _set_ids(self, slot: int, ids: tuple[int, ...]) -> None:
        """A row's search ids (ascending: a title's own ids, negative, come first)."""
        self._row_ids[slot] = ids
        self._rows.set(slot, aliased=bool(ids) and ids[0] < 0)

    def remove(self, search_id: int) -> None:
        """Drop a search (paused or deleted); unknown ids are ignored."""
        for alias in self._aliases.pop(search_id, ()):
            del self._real[alias]
            self._remove(alias)
        self._remove(search_id)

    def _remove(self, search_id: int) -> None:
        """remove() of one indexed id."""
        found = self._search.pop(search_id, None)
        if found is None:
            return
        entry, threshold = found
        ids = entry.ids[threshold]
        ids.discard(search_id)
        if ids:
            slot = entry.rows[threshold]
            self._set_ids(slot, tuple(i for i in self._row_ids[slot] if i != search_id))
            return
        del entry.ids[threshold]
        self._row_remove(entry, threshold)
        if entry.ids:
            return
        del self._queries[entry.compiled.query]
        if not entry.core.bins:
            self._core_remove(entry.core)

    def _core_for(self, cq: Compiled) -> _Core:
        core = self._cores.get(_core_key(cq))
        if core is not None:
            return core
        title = None
        if cq.title_keys:
            title = self._titles.get(cq.title_id)
            if title is None:
                title = self._new_title(cq)
        languages = frozenset().union(*cq.accepts.values()) if cq.languages else None
        strict = _strictly(cq)
        slot = self._core_columns.alloc()
        self._core_columns.set(
            slot,
            title=title.tid + _SHIFT if title is not None else _NO_TITLE,
            skills=max(1, len(cq.skill_keys)),
            language=languages is not None,
            needs=bool(cq.needs),
            sectors=bool(cq.sectors),
            loosely=strict is not None,
            least=float(cq.least),
            developer=cq.developer,
            leans=self._leans.id(cq.leans, cq.leans),
            servers=servers_wanted(cq),
        )
        core = _Core(
            title, cq, cq.weights.get("title", 0.0), cq.weights.get("skills", 0.0), languages, slot
        )
        self._cores[_core_key(cq)] = core
        bare = "title" not in cq.weights
        for skill in cq.skill_keys:
            self._core_skills.add("s:" + skill, slot)
            if bare:
                self._bare_skills.add("s:" + skill, slot)
            if ANY in skill:
                for member in skill_members(skill):
                    self._groups.setdefault("s:" + member, set()).add("s:" + skill)
        for skill in languages or ():
            self._core_langs.add("s:" + skill, slot)
        for skill in cq.needs:
            self._core_needs.add("s:" + skill, slot)
        for skill in cq.sectors:
            self._core_sectors.add("s:" + skill, slot)
        for skill in strict or ():
            self._core_strict.add("s:" + skill, slot)
        named, absent = shortfall(cq)
        if cq.title_keys and named and "title" in cq.weights:
            self._core_columns.set(
                slot,
                tools=self._tool_sets.id((named, absent), (named, absent)),
                plan=self._plans.id((cq.plan, absent), (cq.plan, absent)),
            )
        if title is not None:
            title.cores[_core_key(cq)] = core
            for skill in _found_under(cq):
                title.by_skill[skill] = title.by_skill.get(skill, 0) + 1
                self._skilled.add(skill, title.tid)
        return core

    def _core_remove(self, core: _Core) -> None:
        cq = core.compiled
        del self._cores[_core_key(cq)]
        for skill in cq.skill_keys:
            self._core_skills.discard("s:" + skill, core.slot)
            self._bare_skills.discard("s:" + skill, core.slot)
            if ANY in skill and "s:" + skill not in self._core_skills:
                for member in skill_members(skill):
                    self._groups["s:" + member].discard("s:" + skill)
                    if not self._groups["s:" + member]:
                        del self._groups["s:" + member]
        for skill in core.languages or ():
            self._core_langs.discard("s:" + skill, core.slot)
        for skill in cq.needs:
            self._core_needs.discard("s:" + skill, core.slot)
        for skill in cq.sectors:
            self._core_sectors.discard("s:" + skill, core.slot)
        for skill in _strictly(cq) or ():
            self._core_strict.discard("s:" + skill, core.slot)
        self._set_solo(core, False)
        self._core_columns.release(core.slot)
        self._layout = None
        self._dirty_cores.discard(core)  # its slot may go to another core before a refresh
        title = core.title
        if title is None:
            return
        del title.cores[_core_key(cq)]
        for skill in _found_under(cq):
            title.by_skill[skill] -= 1
            if not title.by_skill[skill]:
                del title.by_skill[skill]
                self._skilled.discard(skill, title.tid)
        self._dirty.add(title)
        if title.cores:
            return
        del self._titles[cq.title_id]
        del self._title_by_id[title.tid]
        del self._title_compiled[title.tid + _SHIFT]
        del self._title_texts[title.tid + _SHIFT]
        self._untold.discard(title.tid + _SHIFT)
        self._untold_at[title.tid] = False
        for memo in self._memos.values():  # the slot may go to another title
            memo.values.pop(title.tid + _SHIFT, None)
            memo.untold.pop(title.tid + _SHIFT, None)
        for values in self._untold_memos.values():  # shared values outlive their shapes' memos
            values.pop(title.tid + _SHIFT, None)
        self._dirty.discard(title)
        self._need0[title.tid] = self._need1[title.tid] = np.inf
        self._needc0[title.tid] = self._needc1[title.tid] = np.inf
        self._tech_of[title.tid] = -1
        self._series_routes.clear()  # the id may go to another title
        self._generation += 1
        if self._specced[title.tid]:
            self._specced[title.tid] = False
            for key in _spec_keys(title.compiled):
                self._spec_keys.discard("t:" + key, title.tid)
        if self._has_field[title.tid]:
            self._has_field[title.tid] = False
            self._fields.discard("t:" + str(title.compiled.field), title.tid)
        self._free.append(title.tid)
        for key in title.shares:
            self._shares.discard(key, title.tid)
        for key in title.explains:
            self._explains.discard(key, title.tid)

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
                self._has_field = np.concatenate([self._has_field, np.zeros_like(self._has_field)])
                self._specced = np.concatenate([self._specced, np.zeros_like(self._specced)])
                self._tech_of = np.concatenate([self._tech_of, np.full_like(self._tech_of, -1)])
                self._untold_at = np.concatenate([self._untold_at, np.zeros_like(self._untold_at)])
        v = vocabulary()
        # the search's field counts only for a role noun with a field-bound link ("eng")
        own = cq.field if any(head == cq.head for head, _ in v.field_rel) else None
        role = (cq.head, frozenset(cq.specs & v.field_specs), bare_role(cq), own)
        group = self._roles.get(role)
        if group is None:
            group = self._roles[role] = len(self._role_keys)
            self._role_keys.append(role)
            words = set(v.field_specs)
            if own is not None:
                words |= {own} | {r for r, c in v.related.get(own, ()) if c >= COMPATIBLE}
            if not words <= self._role_words:
                self._role_words |= words
                self._role_memos.clear()  # their keys read fewer words
        self._role_of[tid] = group
        # The role noun's field is head credit; a spare field ("data backend engineer") may go
        # unmet where the title credits the other (title_base), so neither is surely missed.
        if cq.field is not None and cq.field not in ("=" + str(cq.head), cq.spare):
            self._has_field[tid] = True
            self._fields.add("t:" + cq.field, tid)
        title = _Title(tid, cq, {}, frozenset().union(*cq.explains))
        # A spare speciality ("engineer data developer": data beside the field named) may go
        # unmet without SPEC_MISSING (title_base), so such a title's bound is not halved.
        if cq.specs and not (cq.spare and cq.specs <= {cq.spare}):
            self._specced[tid] = True
            for key in _spec_keys(cq):
                self._spec_keys.add("t:" + key, tid)
        # A spare speciality alone ("engineer data developer") gates no title (title_base).
        gated = cq.tech_specs and not (cq.spare and cq.specs <= {cq.spare})
        self._tech_of[tid] = self._techs.id(cq.tech_specs, cq.tech_specs) if gated else -1
        for key, weight in cq.title_keys.items():
            title.shares["t:" + key] = weight / cq.title_total
            self._shares.add("t:" + key, tid, weight / cq.title_total)
        for key in title.explains:
            self._explains.add(key, tid)
        self._titles[cq.title_id] = title
        self._title_by_id[tid] = title
        self._series_routes.clear()
        self._generation += 1
        self._title_compiled[tid + _SHIFT] = cq
        self._title_texts[tid + _SHIFT] = cq.title_text
        if not reads_text(cq):
            self._untold.add(tid + _SHIFT)
            self._untold_at[tid] = True
        return title

    def _row_add(self, entry: _Query, threshold: float) -> None:
        core, cq = entry.core, entry.compiled
        q = cq.query
        key = _bin_key(cq, threshold)
        core.bins[key] = core.bins.get(key, 0) + 1
        self._dirty_cores.add(core)
        if core.title is not None:
            self._dirty.add(core.title)
        slot = entry.rows[threshold] = self._rows.alloc()
        sig = (
            q.workplaces,
            q.locations,
            q.remote_from,
            q.remote_regions,
            q.salary_min,
            q.currency,
            q.exclude_companies,
            q.prefer,
        )
        excluded = (
            cq.exclude_words,
            cq.exclude_skills,
            q.exclude_workplaces,
            q.exclude_levels,
            q.exclude_shifts,
        )
        weights = cq.weights
        self._rows.set(
            slot,
            core=core.slot,
            sig=self._sigs.id((*sig, *excluded), cq),
            ranks=self._ranks.id(
                (cq.ranks, cq.graded, cq.query.seniority),
                (cq.ranks, cq.graded, cq.query.seniority),
            ),
            numbers=(
                weights.get("title", 0.0),
                weights.get("skills", 0.0),
                weights.get("location", 0.0),
                weights.get("salary", 0.0),
                weights.get("seniority", 0.0),
                weights.get("prefer", 0.0),
                cq.total,
                threshold,
            ),
        )
        self._layout = None
        if slot == len(self._row_ids):
            self._row_ids.append(())
            self._row_query.append(entry)
        else:
            self._row_ids[slot] = ()
            self._row_query[slot] = entry
        if slot >= len(self._row_phrase):
            grow = np.full(len(self._row_phrase), -1, dtype=np.intp)
            self._row_phrase = np.concatenate([self._row_phrase, grow])
        if threshold == meaning.LOOSE and q.title:
            self._meaning_add(slot, q)

    def _row_remove(self, entry: _Query, threshold: float) -> None:
        core = entry.core
        key = _bin_key(entry.compiled, threshold)
        core.bins[key] -= 1
        if not core.bins[key]:
            del core.bins[key]
        self._dirty_cores.add(core)
        if core.title is not None:
            self._dirty.add(core.title)
        slot = entry.rows.pop(threshold)
        if self._row_phrase[slot] >= 0:
            self._meaning_remove(slot, entry.compiled.query)
        self._rows.release(slot)
        self._layout = None
        self._row_ids[slot] = ()
        self._row_query[slot] = None

    def _refresh(self) -> None:
        """Recompute the title needs of titles whose rows changed."""
        for title in self._dirty:
            # Without a skill hit, a core requiring a language is filtered out: only the
            # language-free cores' bins can pass on the title alone.
            every = [(core, key) for core in title.cores.values() for key in core.bins]
            free = [(core, key) for core, key in every if core.languages is None]
            tid = title.tid
            self._need0[tid] = min((_needed_title(c, k, 0.0) for c, k in free), default=np.inf)
            self._need1[tid] = min((_needed_title(c, k, 1.0) for c, k in every), default=np.inf)
            self._needc0[tid] = min((_conflict_title(c, k, 0.0) for c, k in free), default=np.inf)
            self._needc1[tid] = min((_conflict_title(c, k, 1.0) for c, k in every), default=np.inf)
        self._dirty.clear()
        for core in self._dirty_cores:
            solo = any(_reaches(core, key, 0.0, 1.0, 1.0) for key in core.bins)
            self._set_solo(core, bool(core.compiled.skill_keys) and solo)
        self._dirty_cores.clear()

    def _set_solo(self, core: _Core, solo: bool) -> None:
        """Whether a row of the core could pass with no title credit: then its skills reach it."""
        if bool(self._core_columns["solo"][core.slot]) == solo:
            return
        self._core_columns.set(core.slot, solo=solo)
        for skill in core.compiled.skill_keys:
            if solo:
                self._solo_skills.add("s:" + skill, core.slot)
            else:
                self._solo_skills.discard("s:" + skill, core.slot)

    def _lay_out(self) -> _Layout:
        """Group core slots by title slot and row slots by core slot, for _expand."""
        titles = len(self._title_by_id) + len(self._free) + _SHIFT
        cores = _grouped(self._core_columns["title"], titles)
        size = self._core_columns.size
        rows = _grouped(self._rows["core"], size)
        bars = _row_bars(self._rows["numbers"], self._rows["core"], size)
        self._layout = _Layout(*cores, *rows, *bars)
        return self._layout

    def freeze(self) -> None:
        """Exempt what is allocated so far from garbage collection: call once, after building.

        A full collection walks every live object, and a built index of 100,000 searches is
        most of them (about a second per collection, once every few thousand postings matched).
        ``gc.freeze()`` moves the objects alive now to a permanent generation that collections
        skip; reference counting still frees them.  Searches added later are collected normally.
        Process-wide: call it after loading, not per match. The title needs and the row
        layout are worked out first, so the first posting matched does not pay for them.
        """
        if self._dirty or self._dirty_cores:
            self._refresh()
        if self._search and self._layout is None:
            self._lay_out()
        # Each row's ids anew, in row order: passing() reads a few hundred of them a posting,
        # and as built they lie scattered over the heap among the parsed searches (each add()
        # replaces its row's tuple); read close together they miss the CPU caches less.
        self._row_ids = [tuple([*ids]) if ids else () for ids in self._row_ids]
        gc.freeze()

    def __len__(self) -> int:
        """Number of searches indexed."""
        return len(self._search) - len(self._real) + len(self._aliases)

    def __contains__(self, search_id: object) -> bool:
        """Whether a search id is indexed."""
        return search_id in self._aliases or (
            search_id in self._search and search_id not in self._real
        )

    @property
    def distinct_queries(self) -> int:
        """Number of distinct parsed queries actually scored (each once per posting)."""
        return len(self._queries)

    def _title_states(
        self, f: Features, memo: _Memo
    ) -> tuple[Ints, Floats, Bools, Bools, _Cut | None]:
        """Per title id, whether its score bound (shared words, explainable words) reaches its need.

        0 when the title shares no word (its title score is 0); _OUT when the bound misses the
        need even of its cores the posting's skills reach with full skills (out of reach);
        _CANDIDATE when it reaches it; _CONFLICT when the posting's role noun gets no credit and
        the bound misses: out of reach unless the title gets no credit at all (then no gate).
        And per title id whether only a declared occupation's title shares its words (the
        posting's own title scores nothing there), and the titles whose field the posting's own
        title surely misses (_field_cut).

        Worked out over the titles the posting's own title shares words with (_own_bounds),
        not over every title, unless a declared occupation's titles share words too.
        """
        size = len(self._title_by_id) + len(self._free)
        if not size:
            none = np.zeros(0, dtype=np.bool_)
            return np.zeros(0, dtype=np.intp), np.zeros(0), none, none, None
        own = self._own_bounds(f, memo, size)
        at, own_bound = own.shared, own.bound
        skills = [(k, 1.0) for k in f.keys if k[0] == "s"]
        need = self._need0.take(at)
        needc = self._needc0.take(at)
        hit = None
        if skills:
            hit = self._skilled.sums(skills, size) > 0
            hit_at = hit.take(at)
            need = np.where(hit_at, self._need1.take(at), need)
            needc = np.where(hit_at, self._needc1.take(at), needc)
        if own.conflict is not None:
            # No credit for the posting's role noun: the gate is at most HEAD_CONFLICT, which
            # scales the title score and every other part if the title gets any credit.
            need = np.where(own.conflict, needc, need)
        reach_at = own_bound >= need
        titles = occupation_titles(f) if f.series else []
        if not titles:
            state = np.zeros(size, dtype=np.intp)
            state[at] = _OUT
            if own.conflict is not None:
                state[at[own.conflict]] = _CONFLICT
            state[at[reach_at]] = _CANDIDATE
            bound = np.zeros(size)
            bound[at] = own_bound
            alone = series = np.zeros(size, dtype=np.bool_)
            cut = self._field_cut(own, size, reach_at, None)
            return state, bound, alone, series, cut
        # A declared occupation's titles (scoring.title_base): SERIES_CREDIT of each one's
        # bound, as the posting's own; their role nouns are theirs (no gate known).
        shared = np.zeros(size, dtype=np.bool_)
        shared[at] = True
        bound = np.zeros(size)
        bound[at] = own_bound
        reach = np.zeros(size, dtype=np.bool_)
        reach[at[reach_at]] = True
        plain = self._need0[:size]  # the need when the title's credit comes ungated
        if hit is not None:
            plain = np.where(hit, self._need1[:size], plain)
        by_series = np.zeros(size)
        series = np.zeros(size, dtype=np.bool_)
        for _, alt in titles:
            route = self._series_route(alt, size)
            through = route.through  # the titles it shares words with
            series[through] = True
            # Where the words' bound would make it a candidate, the exact title part.
            ask = (route.bound >= plain.take(through)).nonzero()[0]
            alt_bound = route.bound
            if ask.size:
                alt_bound = alt_bound.copy()
                alt_bound[ask] = self._series_part(alt, route, ask)
            by_series[through] = np.maximum(by_series.take(through), alt_bound)
        bound = np.maximum(bound, by_series)
        reach |= series & (by_series >= plain)
        alone = ~shared & series
        shared |= series
        state = shared.astype(np.intp)  # 0 or _OUT
        if own.conflict is not None:
            role_of = self._role_of[:size]
            conflict = np.zeros(size, dtype=np.bool_)
            conflict[at] = own.conflict
            if alone.any():  # their role credits too
                conflict = self._role_credits(f, memo, role_of[alone]).take(role_of) == 0.0
            # out of reach through the posting's title gated, and through the occupation's
            # titles by their bound: any title credit leaves it out
            state[shared & conflict] = _CONFLICT
        state[reach] = _CANDIDATE
        cut = self._field_cut(own, size, (reach & ~alone).take(at), by_series)
        return state, bound, alone, series, cut

    def _own_bounds(self, f: Features, memo: _Memo, size: int) -> _OwnBounds:
        """The titles the posting's own title shares a word with, the bound of their title
        score through it, whether the posting's role noun gets no credit there and whether it
        surely misses their field: the same for every posting of the title shape and "t:" keys
        (kept in the memo while no title comes or goes)."""
        keys = frozenset(k for k in f.keys if k[0] == "t")
        found = memo.bounds
        if found is None or found.generation != self._generation or found.keys != keys:
            share, bound = self._bound(f, size)
            specced = self._specced[:size]
            if specced.any():
                # A title naming specialisations none of whose keys the posting has: the
                # posting's own title credits none of them (their credit comes through "t:" keys
                # only, see _field_cut), so title_base halves its score or gates it by as much
                # (SPEC_MISSING).
                pairs = [(k, 1.0) for k in keys]
                unmet = specced & ~(self._spec_keys.sums(pairs, size) > 0)
                bound = np.where(unmet, SPEC_MISSING * bound, bound)
            at = (share > 0).nonzero()[0]
            conflict = None
            if f.head is not None:  # the role credits of the titles sharing a word
                groups = self._role_of.take(at)
                conflict = self._role_credits(f, memo, groups).take(groups) == 0.0
            found = memo.bounds = _OwnBounds(
                self._generation, keys, at, bound.take(at), conflict, self._unmet(f, at, size)
            )
        return found

    def _unmet(self, f: Features, at: Ints, size: int) -> Bools:
        """At these title ids, whether the title names a field (Compiled.field) the posting's own
        title surely misses.

        title_base credits a key other than the role noun only through a title key, a related
        one or the text's evidence, each of which puts "t:" + key in f.keys; missing the field,
        the own title part is at most FIELD_TITLE + a tenth of itself and the other parts count
        at most FIELD_MISSING of theirs (a title with no credit at all scores the other parts).
        """
        fielded = self._has_field.take(at)
        if not fielded.any():
            return fielded
        keys = [(k, 1.0) for k in f.keys if k[0] == "t"]
        if _software(f):  # a software title meets the field "software" (title_base)
            keys.append(("t:" + SOFTWARE, 1.0))
        return fielded & ~(self._fields.sums(keys, size) > 0).take(at)

    def _series_route(self, alt: Features, size: int) -> _Route:
        """The titles sharing words with this title of a posting's declared occupation and
        SERIES_CREDIT of their bound through it (kept per title of an occupation)."""
        route = self._series_routes.get(id(alt))
        if route is None:
            alt_share, alt_bound = self._bound(alt, size)
            through = alt_share.nonzero()[0]
            alt_bound = alt_bound.take(through)
            alt_bound *= SERIES_CREDIT
            alt_bound += EPSILON
            route = _Route(through, alt_bound, np.full(len(through), np.nan))
            self._series_routes[id(alt)] = route
        return route

    def _series_part(self, alt: Features, route: _Route, ask: Ints) -> Floats:
        """At these positions of a route, the title part (title_base's score x gate x factor)
        title_base's series route gives its titles through this title of the posting's
        declared occupation: the same for every posting (_alt_base), kept in the route."""
        exact = route.exact
        for at in ask[np.isnan(exact.take(ask))].tolist():
            tid = int(route.through[at])
            bound, base = _alt_base(self._title_compiled[tid + _SHIFT], alt)
            value = 0.0
            if bound and base is not None:  # title_base's products, in its order
                value = SERIES_CREDIT * base.score * base.gate * base.factor
            exact[at] = value + EPSILON + SLACK
        return exact.take(ask)

    def _spec_gates(
        self, f: Features, memo: _Memo, slots: int, from_series: Bools
    ) -> Floats | None:
        """Per title slot, the most its gate can be when the posting's specialities meet none of
        the title's (title_base: SPEC_CONFLICT, or FIELD_CONFLICT when it checks the field
        first), 1 elsewhere; None when no title is gated so. Not for titles a declared
        occupation's title shares words with (their series route has its own gate)."""
        if not f.tech_specs or not self._techs.reps:
            return None
        unmet = memo.unmet_techs
        if unmet is None or len(unmet) != len(self._techs.reps) + 1:  # tech sets only ever come
            have = f.tech_specs | f.evidence  # both in the title shape: the same for its memo
            techs = self._techs.reps
            unmet = np.array([not specs_may_meet(specs, have) for specs in techs] + [False])
            memo.unmet_techs = unmet
        gated = unmet[self._tech_of[: slots - _SHIFT]]  # -1 (no specialities): the False
        if not gated.any():
            return None
        gates = np.ones(slots)
        gates[_SHIFT:][gated] = max(SPEC_CONFLICT, FIELD_CONFLICT)
        gates[from_series] = 1.0
        return gates

    def _field_cut(
        self, own: _OwnBounds, size: int, candidate: Bools, by_series: Floats | None
    ) -> _Cut | None:
        """The candidate titles (at own.shared) whose field the posting's own title surely
        misses (_unmet), the cap of their own title part and their declared occupation's
        bound."""
        missing_at = candidate & own.unmet
        if not missing_at.any():
            return None
        where = own.shared[missing_at]
        missing = np.zeros(size, dtype=np.bool_)
        missing[where] = True
        bound = own.bound[missing_at]
        capped = np.zeros(size)
        capped[where] = np.minimum(bound, FIELD_TITLE + bound / 10) + SLACK
        return missing, capped, by_series if by_series is not None else np.zeros(size)

    def _role_credits(self, f: Features, memo: _Memo, groups: Ints) -> Floats:
        """Per role group, _head_credit of its titles for this posting, worked out for these
        groups at least (NaN for those not yet asked): kept in the memo, and for every title
        shape of the same role shape."""
        roles = memo.roles
        if len(roles) < len(self._role_keys):  # role groups only ever come, never go
            shape = self._role_shape(f)
            found = self._role_memos.pop(shape, None)
            if found is None:
                found = np.zeros(0)
                if len(self._role_memos) >= ROLE_MEMOS:
                    del self._role_memos[next(iter(self._role_memos))]  # the least recently used
            if len(found) < len(self._role_keys):
                more = np.full(len(self._role_keys) - len(found), np.nan)
                found = np.concatenate([found, more])
            self._role_memos[shape] = found
            roles = memo.roles = found
        unknown = groups[np.isnan(roles.take(groups))]
        if unknown.size:
            unknown = np.unique(unknown)
            keys = [self._role_keys[g] for g in unknown.tolist()]
            roles[unknown] = _role_credits(keys, f)
        return roles

    def _role_shape(self, f: Features) -> tuple[object, ...]:
        """Every posting field _role_credit reads, as far as the role groups can read it."""
        words = self._role_words
        return (
            f.head,
            f.role_heads,
            f.working,
            frozenset(k for k in f.role_keys if k[0] == "="),
            own_kind(f),  # a plain_rel link needs none
            frozenset(k for k in f.title_keys if k in words),
            f.evidence & words,
        )

    def _bound(self, f: Features, size: int) -> tuple[Floats, Floats]:
        """Per title id, the share of its weight f's title keys can credit, and the title score's
        bound from it and the words of f's title it can explain."""
        share = self._shares.sums([(k, 1.0) for k in f.keys if k[0] == "t"], size)
        weight = sum(f.title_keys.values())
        if weight:
            own = "=" + f.head if f.head is not None else ""
            explained = self._explains.sums(
                [(k, w / weight) for k, w in f.title_keys.items() if k != own], size
            )
            explained += f.title_keys.get(own, 0.0) / weight
            if f.title_skills:  # title_base explains a title's kind of work beside a tool asked
                explained += sum(w for k, w in f.title_keys.items() if k in TECH_SPECS) / weight
            np.minimum(explained, 1.0, out=explained)
        else:
            explained = np.ones(size)
        return share, RECALL_SHARE * share + (1 - RECALL_SHARE) * explained + EPSILON

    def passing(self, posting: Posting) -> Groups:
        """The searches this posting passes, best score first, as (score, search ids) pairs.

        The ids of a pair share a query and sensitivity (ascending); a score may come in
        several pairs.  The production path: scores only, the reasons are worked out when a
        match is shown.
        """
        f = features(posting)
        rows, scores = self._score(f, posting, self._title_memo(f))
        order = np.argsort(-scores, kind="stable")
        rows = rows.take(order)
        groups = list(zip(scores.take(order).tolist(), self._ids_of(rows), strict=True))
        aliased = self._rows["aliased"].take(rows).nonzero()[0]
        return self._unaliased(groups, aliased.tolist()) if len(aliased) else groups

    def _ids_of(self, rows: Ints) -> Iterable[tuple[int, ...]]:
        """The search ids of these row slots, in order (read in C: thousands a posting)."""
        slots = rows.tolist()
        if len(slots) < 2:  # itemgetter of one item gives the item, of none fails
            return [self._row_ids[slot] for slot in slots]
        found: tuple[tuple[int, ...], ...] = itemgetter(*slots)(self._row_ids)
        return found

    def _unaliased(self, groups: Groups, aliased: list[int]) -> Groups:
        """passing()'s pairs with each title's id of a search of several titles read as the
        search's, kept at its best score (the first: best score first); aliased: the positions
        of the pairs holding such ids (the others stay as they are)."""
        seen: set[int] = set()
        real = self._real.get
        out: list[tuple[float, tuple[int, ...]] | None] = list(groups)
        for at in aliased:
            score, ids = groups[at]
            kept = list(map(real, ids, ids))
            kept = [i for i in dict.fromkeys(kept) if i not in seen]
            seen.update(kept)
            out[at] = (score, tuple(sorted(kept))) if kept else None
        return [pair for pair in out if pair is not None]

    def passing_by_id(self, posting: Posting) -> tuple[list[int], list[float]]:
        """The ids of the searches this posting passes, ascending, and their scores: passing's
        pairs flattened in C (ingest writes them in search-id order, one row a search)."""
        f = features(posting)
        rows, scores = self._score(f, posting, self._title_memo(f))
        groups = list(self._ids_of(rows))
        counts = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        ids = np.fromiter(chain.from_iterable(groups), dtype=np.int64, count=int(counts.sum()))
        each = np.repeat(scores, counts)
        titles = ids < 0  # a title's own id of a search of several titles: the search's, once
        if titles.any():
            ids[titles] = [self._real[i] for i in ids[titles].tolist()]
            order = np.lexsort((-each, ids))  # by id, its best score first
            ids, each = ids[order], each[order]
            first = np.ones(len(ids), dtype=np.bool_)
            first[1:] = ids[1:] != ids[:-1]
            return ids[first].tolist(), each[first].tolist()
        order = np.argsort(ids)  # a search passes a posting once: ids never tie
        return ids[order].tolist(), each[order].tolist()

    def match(self, posting: Posting, explain: bool = True) -> list[tuple[int, MatchResult]]:
        """Every search this posting passes, best first (ties by search id).

        With explain=False the results carry the same scores but no reasons or breakdown.
        """
        if not explain:
            fast = [
                (sid, passed_result(score)) for score, ids in self.passing(posting) for sid in ids
            ]
            fast.sort(key=lambda sr: (-sr[1].score, sr[0]))
            return fast
        f = features(posting)
        memo = self._title_memo(f)
        rows, _ = self._score(f, posting, memo)
        explained: dict[tuple[_Query, bool], MatchResult] = {}
        found: list[tuple[int, MatchResult]] = []
        for slot in rows.tolist():
            entry = self._row_query[slot]
            assert entry is not None  # a freed row is never scored
            loose = bool(self._row_phrase[slot] >= 0)  # a query's loose row scores otherwise
            result = explained.get((entry, loose))
            if result is None:
                result = evaluate_features(entry.compiled, f, posting, True)
                if loose:
                    result = meaning.annotate(entry.compiled.query, posting, result)
                explained[(entry, loose)] = result
            found += [(self._real.get(sid, sid), result) for sid in self._row_ids[slot]]
        found.sort(key=lambda sr: (-sr[1].score, sr[0]))
        if self._real:  # a search of several titles once, by its best title (the first)
            firsts = {sid: result for sid, result in reversed(found)}
            found = [(sid, result) for sid, result in found if firsts[sid] is result]
        return found

    def _score(self, f: Features, posting: Posting, memo: _Memo) -> tuple[Ints, Floats]:
        """The rows that pass, and their scores: evaluate_features' arithmetic, row by row."""
        if self._dirty or self._dirty_cores:
            self._refresh()
        if not self._search:
            return _NO_ROWS, _NO_SCORES
        layout = self._layout or self._lay_out()
        known: _Known = ({}, {}, {})  # per combination, for both of _score's looks at rows
        state, bound, alone, series, cut = self._title_states(f, memo)
        slots = len(state) + _SHIFT
        states = np.zeros(slots, dtype=np.intp)
        states[_FREED] = _OUT
        states[_SHIFT:] = state
        by_occupation = np.zeros(slots, dtype=np.bool_)
        by_occupation[_SHIFT:] = alone
        from_series = np.zeros(slots, dtype=np.bool_)
        from_series[_SHIFT:] = series
        cores = self._core_columns
        credits = [
            (key, float(skill_percent(key[2:], f.skills)))
            for key in f.keys
            if key[0] == "s" and key in self._core_skills
        ]
        if self._groups:  # any-of groups of the posting's skills: their best member's credit
            groups = {g for key in f.keys if key in self._groups for g in self._groups[key]}
            credits += [(g, float(skill_percent(g[2:], f.skills))) for g in sorted(groups)]
        percent = self._core_skills.sums(credits, cores.size)  # whole percents: exact sums
        # Searches of skills alone credit a tool in the text more: the difference, theirs only.
        more = [
            (k, skill_percent(k[2:], f.skills, bare=True) - c)
            for k, c in credits
            if k in self._bare_skills  # only skills a search of skills alone asks for
        ]
        raised = [(k, float(d)) for k, d in more if d]
        if raised:
            percent += self._bare_skills.sums(raised, cores.size)
        candidates = (states == _CANDIDATE).nonzero()[0]
        live = self._live_cores(f, states, candidates, credits, layout, known)
        bounds = np.zeros(slots)
        bounds[candidates] = bound.take(candidates - _SHIFT)
        if not live.size:
            return self._with_meaning(f, posting, _NO_ROWS, _NO_SCORES, known)
        # The rows out of reach with every other part in full, before any other row's work.
        count = layout.core_count.take(live)
        points = layout.core_title.take(live) * bounds.take(
            cores["title"].take(live)
        ) + layout.core_skills.take(live) * (
            percent.take(live) / (100.0 * cores["skills"].take(live))
        )
        idx = _expand(layout.rows, layout.core_first, layout.core_count, live)
        near = (np.repeat(points + SLACK, count) >= layout.row_bar.take(idx)).nonzero()[0]
        idx, core_of = idx.take(near), np.repeat(live, count).take(near)
        at_title = cores["title"].take(core_of)
        rejected, where, pay, prefer, seniority, unstated = self._other_parts(
            f, posting, idx, known
        )

        # Every part but the title is known now: keep the rows that pass the filters and could
        # reach their bar with the title's bound (a gate only lowers the score).
        numbers = self._rows["numbers"].take(idx, axis=0)
        skills = percent.take(core_of) / (100.0 * cores["skills"].take(core_of))
        other = (
            numbers[:, _W_SKILLS] * skills
            + numbers[:, _W_LOCATION] * where
            + numbers[:, _W_SALARY] * pay
            + numbers[:, _W_SENIORITY] * seniority
            + numbers[:, _W_PREFER] * prefer
        )
        best = numbers[:, _W_TITLE] * bounds.take(at_title) + other
        spec_gates = self._spec_gates(f, memo, slots, from_series)
        if spec_gates is not None:  # gated with any title credit, the other parts in full without
            gate = spec_gates.take(at_title)
            best = np.where(gate < 1.0, np.maximum(gate * best, other), best)
        if cut is not None:  # a title missing its field: its own title part capped (_field_cut)
            missing, capped, by_series = (np.zeros(slots, dtype=a.dtype) for a in cut)
            missing[_SHIFT:], capped[_SHIFT:], by_series[_SHIFT:] = cut
            low = missing.take(at_title)
            at = at_title[low]
            best[low] = np.maximum(
                numbers[low, _W_TITLE] * capped[at] + FIELD_MISSING * other[low],
                numbers[low, _W_TITLE] * by_series[at] + other[low],
            )
        keep = 100.0 * best / numbers[:, _TOTAL] + ROUNDING + EPSILON >= numbers[:, _THRESHOLD]
        keep &= ~rejected
        unnamed = cores["needs"].take(core_of)  # naming none of the skills needed: at most UNNAMED
        if unnamed.any():
            named = self._core_needs.mask(("s:" + skill for skill in f.skills), cores.size)
            unnamed &= ~named.take(core_of)
        silent = cores["sectors"].take(core_of)
        if silent.any():  # naming none of the sectors asked: at most UNNAMED too
            named = self._core_sectors.mask(("s:" + skill for skill in f.skills), cores.size)
            unnamed = unnamed | (silent & ~named.take(core_of))
        loosely = cores["loosely"].take(core_of)
        if loosely.any():  # a language met only through a loose skill: at most UNNAMED too
            strict = self._core_strict.mask(("s:" + skill for skill in f.skills), cores.size)
            unnamed = unnamed | (loosely & ~strict.take(core_of))
        least = cores["least"].take(core_of)
        if least.any():  # crediting fewer of many skills than it needs: at most UNNAMED too
            met = self._core_skills.sums([(k, 1.0) for k, c in credits if c > 0], cores.size)
            unnamed = unnamed | (met.take(core_of) < least)
        if self._tool_sets.reps:  # a neighbouring title missing a tool asked: at most UNNAMED too
            short = self._near_short(f, memo, core_of)
            if short is not None:
                unnamed = unnamed | short.take(core_of)
        if unnamed.any():
            keep &= ~unnamed | (numbers[:, _THRESHOLD] <= UNNAMED)
        # take, not a boolean index: several times faster on thousands of rows
        kept = keep.nonzero()[0]
        idx, core_of, at_title = idx.take(kept), core_of.take(kept), at_title.take(kept)
        unnamed = unnamed.take(kept)
        numbers = numbers.take(kept, axis=0)
        skills, where, pay = skills.take(kept), where.take(kept), pay.take(kept)
        unstated = unstated.take(kept)
        seniority, prefer = seniority.take(kept), prefer.take(kept)

        title, gates = self._title_parts(
            f, memo, states, (by_occupation, from_series), at_title, core_of
        )
        titled = numbers[:, _W_TITLE] * title
        points = (  # evaluate_features' sum, term by term in its order: the same float
            titled
            + numbers[:, _W_SKILLS] * skills
            + numbers[:, _W_LOCATION] * where
            + numbers[:, _W_SALARY] * pay
            + numbers[:, _W_SENIORITY] * seniority
            + numbers[:, _W_PREFER] * prefer
        )
        points = np.where(gates < 1.0, titled + gates * (points - titled), points)
        points[(title == 0.0) & (skills == 0.0)] = 0.0  # location or salary alone never match
        score = np.floor(100.0 * points / numbers[:, _TOTAL] * 10.0 + 0.5) / 10.0
        np.minimum(score, 100.0, out=score)  # a preference met adds points, up to 100
        np.minimum(score, UNNAMED, out=score, where=unnamed)
        np.minimum(score, UNSTATED_WORKPLACE, out=score, where=unstated)
        ok = score >= numbers[:, _THRESHOLD]
        conflicted = ok & (states.take(at_title) == _CONFLICT)
        if conflicted.any():
            # With any credit such a title is gated and its bound proves it out of reach.
            present = np.zeros(slots, dtype=np.bool_)
            present[at_title[conflicted]] = True
            for slot in present.nonzero()[0].tolist():
                if self._title_values(slot, f, memo, bool(by_occupation[slot])):
                    ok &= at_title != slot
        passed = ok.nonzero()[0]
        return self._with_meaning(f, posting, idx.take(passed), score.take(passed), known)

    def _meaning_add(self, slot: int, query: ParsedQuery) -> None:
        """Index a loose row by its title words' meaning."""
        phrase = self._phrases.add(meaning.phrase(query))
        self._row_phrase[slot] = phrase
        self._phrase_rows.setdefault(phrase, set()).add(slot)
        self._by_phrase = None
        self._near.clear()

    def _meaning_remove(self, slot: int, query: ParsedQuery) -> None:
        """Drop a loose row from the meaning index."""
        phrase = int(self._row_phrase[slot])
        self._row_phrase[slot] = -1
        rows = self._phrase_rows[phrase]
        rows.discard(slot)
        if not rows:
            del self._phrase_rows[phrase]
        self._by_phrase = None
        self._near.clear()
        self._phrases.release(meaning.phrase(query))

    def _phrase_slots(self, phrases: Ints) -> Ints:
        """The row slots of loose searches on these title words (rows grouped once a change)."""
        if self._by_phrase is None:
            self._by_phrase = _grouped(self._row_phrase + 1, len(self._phrases) + 1)
        order, first, count = self._by_phrase
        return _expand(order, first, count, phrases + 1)

    def _with_meaning(
        self, f: Features, posting: Posting, idx: Ints, score: Floats, known: _Known
    ) -> tuple[Ints, Floats]:
        """The passing rows and scores with loose searches' meaning (meaning.judge): the rows
        passing by words get the fused score; the loose rows whose title is near enough in
        meaning and that no filter rejects are added at theirs."""
        if not self._phrase_rows:
            return idx, score
        cos = self._phrases.cosines(posting.title)
        phrase = self._row_phrase.take(idx) if len(idx) else idx
        loose = phrase >= 0
        if loose.any():
            score = score.copy()
            score[loose] = meaning.fused(score[loose], cos[phrase[loose]])
        rows, added, core_of = self._near_rows(posting.title, cos)
        if not rows.size:
            return idx, score
        scored = np.zeros(self._rows.size, dtype=np.bool_)  # those passing by words: above
        scored[idx] = True
        keep = ~scored.take(rows)
        at = keep.nonzero()[0]
        rows, added, core_of = rows.take(at), added.take(at), core_of.take(at)
        if not rows.size:
            return idx, score
        cores = self._core_columns
        rejected = self._rejected(f, posting, rows, known)
        developer = cores["developer"].take(core_of)
        if developer.any():
            fits = self._admitted(f, known, "developer")
            rejected |= developer & ~fits[cores["leans"][core_of]]
        language = cores["language"].take(core_of)
        if language.any():
            rejected |= language & ~self._admitted(f, known, "language")[core_of]
        at = (~rejected).nonzero()[0]
        return np.concatenate([idx, rows.take(at)]), np.concatenate([score, added.take(at)])

    def _near_rows(self, title: str, cos: Floats) -> tuple[Ints, Floats, Ints]:
        """The loose rows whose title words are near enough in meaning to the posting's title
        (meaning.RELATED_COSINE), their scores by meaning alone and their cores: the same for
        every posting of this title (kept for the last TITLE_MEMOS)."""
        found = self._near.pop(title, None)
        if found is None:
            found = self._near_rows_of(cos)
            if len(self._near) >= TITLE_MEMOS:
                del self._near[next(iter(self._near))]  # the least recently used
        self._near[title] = found
        return found

    def _near_rows_of(self, cos: Floats) -> tuple[Ints, Floats, Ints]:
        """_near_rows, worked out."""
        near = (cos >= meaning.RELATED_COSINE).nonzero()[0]
        if not near.size:
            return _NO_ROWS, _NO_SCORES, _NO_ROWS
        rows = self._phrase_slots(near)
        added = meaning.fused(np.zeros(len(rows)), cos.take(self._row_phrase.take(rows)))
        return rows, added, self._rows["core"].take(rows)

    def _live_cores(
        self,
        f: Features,
        states: Ints,
        candidates: Ints,
        credits: list[tuple[str, float]],
        layout: _Layout,
        known: _Known,
    ) -> Ints:
        """The cores of the candidate titles, and those whose skills alone might carry a row
        when their title gets no credit; less those missing a required language."""
        cores = self._core_columns
        title_of = cores["title"]
        solo = np.flatnonzero(
            self._solo_skills.mask((key for key, credit in credits if credit), cores.size)
        )
        untitled = states.take(title_of.take(solo))
        solo = solo[(untitled == 0) | (untitled == _CONFLICT)]
        live = np.concatenate(
            [_expand(layout.cores, layout.title_first, layout.title_count, candidates), solo]
        )
        developer = cores["developer"].take(live)
        if developer.any():  # searches looking for developers (developer_role)
            fits = self._admitted(f, known, "developer")
            live = live[~developer | fits[cores["leans"][live]]]
        language = cores["language"].take(live)
        if language.any():
            live = live[~language | self._admitted(f, known, "language")[live]]
        return live

    def _admitted(self, f: Features, known: _Known, what: str) -> Bools:
        """developer_role per _leans id ("developer") or, per core slot, whether the posting
        meets its required language ("language"): once per posting, kept in known."""
        found = known[2].get(what)
        if found is None:
            if what == "developer":
                found = np.array([developer_role(f, leans) for leans in self._leans.reps])
            else:
                skills = ("s:" + skill for skill in f.skills)
                found = self._core_langs.mask(skills, self._core_columns.size)
            known[2][what] = found
        return found

    def _other_parts(
        self, f: Features, posting: Posting, idx: Ints, known: _Known
    ) -> tuple[Bools, Floats, Floats, Floats, Floats, Bools]:
        """Per row: rejected by exclusions, place, pay or seniority; the location, salary,
        preference and seniority parts; whether a workplace asked is not stated.

        Each distinct combination asked for is worked out once per posting (other_parts,
        level_fits), kept in known for the posting's next call.
        """
        sig_of, ranks_of = self._rows["sig"].take(idx), self._rows["ranks"].take(idx)
        rejected, where, pay, prefer, unstated = self._sig_parts(f, posting, sig_of, known)
        unfit, level = self._rank_parts(f, ranks_of, known)
        return (
            rejected.take(sig_of) | unfit.take(ranks_of),
            where.take(sig_of),
            pay.take(sig_of),
            prefer.take(sig_of),
            level.take(ranks_of),
            unstated.take(sig_of),
        )

    def _rejected(self, f: Features, posting: Posting, idx: Ints, known: _Known) -> Bools:
        """Per row: _other_parts' first, rejected by exclusions, place, pay or seniority."""
        sig_of, ranks_of = self._rows["sig"].take(idx), self._rows["ranks"].take(idx)
        rejected = self._sig_parts(f, posting, sig_of, known)[0]
        return rejected.take(sig_of) | self._rank_parts(f, ranks_of, known)[0].take(ranks_of)

    def _sig_parts(
        self, f: Features, posting: Posting, sig_of: Ints, known: _Known
    ) -> tuple[Bools, Floats, Floats, Floats, Bools]:
        """Per sig id of these rows: rejected, the location, salary and preference parts, and
        whether a workplace asked is not stated (other_parts, kept in known)."""
        sigs = len(self._sigs.reps)
        rejected = np.zeros(sigs, dtype=np.bool_)
        where, pay, prefer = np.zeros(sigs), np.zeros(sigs), np.zeros(sigs)
        unstated = np.zeros(sigs, dtype=np.bool_)
        parts_of = known[0]
        for sig in np.bincount(sig_of, minlength=sigs).nonzero()[0].tolist():
            if sig in parts_of:
                parts = parts_of[sig]
            else:
                parts = parts_of[sig] = other_parts(self._sigs.reps[sig], f, posting)
            if parts is None:
                rejected[sig] = True
            else:
                where[sig], pay[sig], prefer[sig], unstated[sig] = parts
        return rejected, where, pay, prefer, unstated

    def _rank_parts(self, f: Features, ranks_of: Ints, known: _Known) -> tuple[Bools, Floats]:
        """Per ranks id of these rows: whether the level asked does not fit, and the seniority
        part (level_fits, seniority_part; kept in known)."""
        levels_of = known[1]
        unfit = np.zeros(len(self._ranks.reps), dtype=np.bool_)
        level = np.ones(len(unfit))  # the seniority part (weighted 0 when no level is asked)
        for ranks in np.bincount(ranks_of, minlength=len(unfit)).nonzero()[0].tolist():
            found = levels_of.get(ranks)
            if found is None:
                asked, graded, levels = self._ranks.reps[ranks]
                found = levels_of[ranks] = (
                    not level_fits(asked, f, graded),
                    seniority_part(levels, f),
                )
            unfit[ranks], level[ranks] = found
        return unfit, level

    def _near_short(self, f: Features, memo: _Memo, core_of: Ints) -> Bools | None:
        """Per core slot, near_title_short of its search (None when no core of these rows
        names tools): each tool set read once, each plan's title half once per title shape."""
        cores = self._core_columns
        tool_of = cores["tools"]
        # the distinct cores naming tools, ascending (np.unique's, by a mask: no sort)
        naming = np.zeros(cores.size, dtype=np.bool_)
        naming[core_of[tool_of.take(core_of) >= 0]] = True
        named = naming.nonzero()[0]
        if not named.size:
            return None
        tids = tool_of.take(named)
        told = np.zeros(len(self._tool_sets.reps), dtype=np.bool_)
        if f.skills:  # a posting naming no skill names no tool set (tools_named)
            seen: dict[tuple[str, bool], bool] = {}  # each tool read once, not once a set
            for tid in np.unique(tids).tolist():
                asked, by_name = self._tool_sets.reps[tid]
                told[tid] = tools_named(asked, f, by_name, seen)
        named = named[~told.take(tids)]
        pids = cores["plan"].take(named)
        near = np.zeros(len(self._plans.reps), dtype=np.bool_)
        known = memo.near
        for pid in np.unique(pids).tolist():
            found = known.get(pid)
            if found is None:
                plan, absent = self._plans.reps[pid]
                found = known[pid] = title_near_only(plan, f, absent)
            near[pid] = found
        short = np.zeros(cores.size, dtype=np.bool_)
        short[named] = near.take(pids)
        return short

    def _title_parts(
        self,
        f: Features,
        memo: _Memo,
        states: Ints,
        occupation: tuple[Bools, Bools],
        at_title: Ints,
        core_of: Ints,
    ) -> tuple[Floats, Floats]:
        """Per row: the title part and its gate (a conflicting title counts as without credit).

        occupation: per title slot, whether only a declared occupation's title shares its words
        and whether one does at all (else title_base's look at those titles finds nothing).
        """
        slots = len(states)
        plain, rivalled, gate = np.zeros(slots), np.zeros(slots), np.ones(slots)
        known, untold = memo.values, memo.untold
        present = np.zeros(slots, dtype=np.bool_)  # the title slots of these rows, ascending
        present[at_title] = True
        # A slot's values are in the memo of the shape or, reading no text, of the shapes alike
        # (never both): each looked up where it can be, in C (map), thousands a posting.
        wanted = (present & (states == _CANDIDATE)).nonzero()[0]
        quiet = self._untold_at.take(wanted - _SHIFT)
        told, alike = wanted[~quiet].tolist(), wanted[quiet].tolist()
        looked = [*told, *alike]
        found_all = [*map(known.get, told), *map(untold.get, alike)]
        at = list(compress(looked, found_all))  # () for a title of no credit: none to set
        values: list[tuple[float, ...]] = list(filter(None, found_all))
        missed = sorted(compress(looked, map(is_, found_all, repeat(None))))
        if missed:  # worked out as _title_values does, the role credits read at once
            texts = self._title_texts
            _fuzzy_ratios(f, memo, [texts[slot] for slot in missed])
            groups = self._role_of[np.array(missed) - _SHIFT]
            heads = self._role_credits(f, memo, groups).take(groups)
            alone, shared = (a[missed].tolist() for a in occupation)
            for slot, head, by_series, series in zip(
                missed, heads.tolist(), alone, shared, strict=True
            ):
                cq = self._title_compiled[slot]
                if series:
                    base = title_base(cq, f, memo, not by_series, head)
                else:  # no declared occupation's title shares a word: the posting's own title
                    base = own_title_base(cq, f, memo, head)
                found = _title_values(base)
                (untold if slot in self._untold else known)[slot] = found
                if found:
                    at.append(slot)
                    values.append(found)
        if at:  # fromiter, not np.array: several times faster on thousands of tuples
            table = np.fromiter(chain.from_iterable(values), np.float64, count=3 * len(values))
            table = table.reshape(-1, 3)
            slot_at = np.array(at, dtype=np.intp)
            plain[slot_at], rivalled[slot_at], gate[slot_at] = table.T
        title = plain.take(at_title)
        rivalled_core = self._rivalled(f, self._core_columns.size)
        if rivalled_core is not None:
            title = np.where(rivalled_core.take(core_of), rivalled.take(at_title), title)
        if fullstack_servers(f) is False:  # _server_elsewhere, last: CLIENT_ONLY is a power of 2
            wanted = self._core_columns["servers"].take(core_of)
            title = np.where(wanted, title * CLIENT_ONLY, title)
        return title, gate.take(at_title)

    def _title_values(
        self, slot: int, f: Features, memo: _Memo, by_occupation: bool
    ) -> tuple[float, ...]:
        """A title slot's _title_values for this posting, kept in the memo of its shape or, for a
        title reading no text, of the shapes alike but in the text (by_occupation: only its
        declared occupation's titles share words with the slot's)."""
        found = memo.values.get(slot)
        if found is None:
            found = memo.untold.get(slot)
        if found is None:
            groups = self._role_of[slot - _SHIFT : slot - _SHIFT + 1]
            head = self._role_credits(f, memo, groups)[groups[0]]
            cq = self._title_compiled[slot]
            found = _title_values(title_base(cq, f, memo, not by_occupation, float(head)))
            # a title reading no text: the same for every shape alike but in the text
            known = memo.untold if slot in self._untold else memo.values
            known[slot] = found
        return found

    def _rivalled(self, f: Features, size: int) -> Bools | None:
        """Per core slot: whether the title names rivals of its skills (_rival_skills)."""
        if not f.title_skills:
            return None
        found: dict[bool, list[tuple[str, float]]] = {True: [], False: []}
        candidates = verdict_candidates(f)
        groups = {g for s in candidates for g in self._groups.get("s:" + s, ())}
        for key in sorted({"s:" + s for s in candidates} | groups):
            if key in self._core_skills:
                verdict = skill_verdict(key[2:], f)
                if verdict is not None:
                    found[verdict].append((key, 1.0))
        if not found[True]:
            return None
        rivalled = self._core_skills.sums(found[True], size) > 0
        return rivalled & ~(self._core_skills.sums(found[False], size) > 0)

    def _title_memo(self, f: Features) -> _Memo:
        """The title bases of postings alike in every field title_base reads (kept a while)."""
        shape = title_shape(f)
        memos = self._memos
        memo = memos.pop(shape, None)
        if memo is None:
            memo = _Memo(self._untold_values(untold_shape(shape)))
            if len(memos) >= TITLE_MEMOS:
                del memos[next(iter(memos))]  # the least recently used
        memos[shape] = memo
        return memo

    def _untold_values(self, shape: TitleShape) -> Values:
        """The title values shared by the title shapes alike but in the text (kept a while)."""
        found = self._untold_memos.pop(shape, None)
        if found is None:
            found = {}
            if len(self._untold_memos) >= TITLE_MEMOS:
                del self._untold_memos[next(iter(self._untold_memos))]
        self._untold_memos[shape] = found
        return found


def _fuzzy_ratios(f: Features, memo: _Memo, texts: list[str]) -> None:
    """Put in the memo the fuzzy title ratio (scoring.TitleMemo.ratios) of these search title
    texts with the posting's: one rapidfuzz call for all, the very floats of one call each."""
    ratios = memo.ratios
    wanted = [text for text in dict.fromkeys(texts) if text not in ratios]
    if wanted:
        found = process.cdist([f.title_text], wanted, scorer=fuzz.token_set_ratio, dtype=np.float64)
        ratios.update(zip(wanted, found[0].tolist(), strict=True))


def _spec_keys(cq: Compiled) -> list[str]:
    """The title keys whose credit title_base counts as a specialisation's (spec_hit)."""
    return [key for key, _, kind in cq.plan if kind == _SPEC]


def _found_under(cq: Compiled) -> list[str]:
    """The "s:" keys of a posting having a skill the query asks for (any member of a group)."""
    return list(dict.fromkeys("s:" + m for s in cq.skill_keys for m in skill_members(s)))


def _role_credits(keys: list[RoleKey], f: Features) -> list[float]:
    """Per role group, _role_credit of the posting's role noun (_head_credit of its titles).

    The search's field only counts through a field-bound link to the posting's role noun
    ("Computer Scientist"): groups differing only in it are worked out once otherwise.
    """
    field_rel = vocabulary().field_rel
    plain: dict[tuple[str | None, frozenset[str], bool], float] = {}
    out: list[float] = []
    for head, fields, bare, own in keys:
        if own is not None and (head, f.head) in field_rel:
            out.append(_role_credit(head, fields, f, bare, own))
            continue
        credit = plain.get((head, fields, bare))
        if credit is None:
            credit = plain[(head, fields, bare)] = _role_credit(head, fields, f, bare)
        out.append(credit)
    return out


def rank(
    query: ParsedQuery,
    postings: Iterable[Posting],
    sensitivity: Sensitivity = "normal",
    limit: int | None = None,
) -> list[tuple[Posting, MatchResult]]:
    """Postings that pass the search at this sensitivity, best first: those that meet every part
    asked for (title, skills, place, pay, level) at least in part before those missing one, those
    that fit every part before those that fit some, then by score."""
    if query.or_titles:  # each posting by the title that fits it best
        postings = list(postings)
        best: dict[int, tuple[Posting, MatchResult]] = {}
        for variant in query.variants():
            for posting, result in _rank_one(variant, postings, sensitivity):
                kept = best.get(id(posting))
                if kept is None or result.score > kept[1].score:
                    best[id(posting)] = (posting, result)
        at = {id(posting): i for i, posting in enumerate(postings)}
        found = sorted(best.values(), key=lambda pr: at[id(pr[0])])  # ties in input order
    else:
        found = _rank_one(query, postings, sensitivity)
    found.sort(
        key=lambda pr: best_first(pr[0], pr[1].missing, pr[1].unmet, pr[1].score, pr[1].prefer)
    )
    return found[:limit] if limit is not None else found


def _rank_one(
    query: ParsedQuery, postings: Iterable[Posting], sensitivity: Sensitivity
) -> list[tuple[Posting, MatchResult]]:
    """rank() of a search of one title, unordered."""
    cq = compile_query(query)
    threshold = threshold_for(sensitivity)
    found: list[tuple[Posting, MatchResult]] = []
    for posting in postings:
        if sensitivity == "loose" and query.title:  # by meaning too: one posting at a time
            result = meaning.search_result(query, posting, sensitivity)
            if result is not None:
                found.append((posting, result))
            continue
        quick = evaluate(cq, posting)
        if quick.passed and quick.score >= threshold:
            found.append((posting, evaluate(cq, posting, explain=True)))
    return found
