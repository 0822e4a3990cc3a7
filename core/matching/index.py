"""The candidate index over saved searches: score only searches that share a term."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from core.matching.features import features
from core.matching.query import ParsedQuery
from core.matching.scoring import (
    RECALL_SHARE,
    Compiled,
    MatchResult,
    compile_query,
    evaluate,
    threshold_for,
)
from core.model import Posting, Sensitivity

ROUNDING = 0.1  # scores are rounded to one decimal; keep the bound safely above


def upper_bound(cq: Compiled, keys: Iterable[str]) -> float:
    """The highest score a posting can reach when it matches only these index keys."""
    title = [k[2:] for k in keys if k.startswith("t:")]
    skills = sum(1 for k in keys if k.startswith("s:"))
    if not title and not skills:
        return 0.0
    w = cq.weights
    points = sum(w[k] for k in ("location", "salary", "seniority") if k in w)
    if title:
        share = sum(cq.title_keys[k] for k in title) / cq.title_total
        points += w["title"] * (RECALL_SHARE * share + 1 - RECALL_SHARE)
    if skills:
        points += w["skills"] * skills / len(cq.skill_keys)
    return 100.0 * points / cq.total


def signature(cq: Compiled, threshold: float) -> list[str]:
    """Index keys such that a posting sharing none of them cannot reach the threshold."""
    keys = [("t:" + k, cq.weights["title"] * w) for k, w in cq.title_keys.items()]
    keys += [("s:" + s, cq.weights.get("skills", 0.0) / len(cq.skill_keys)) for s in cq.skill_keys]
    keys.sort(key=lambda kv: (kv[1], kv[0]))
    unindexed: list[str] = []
    for key, _ in keys:
        if upper_bound(cq, [*unindexed, key]) + ROUNDING < threshold:
            unindexed.append(key)
    return [k for k, _ in keys if k not in unindexed]


TITLE_FLAG = 1000.0  # added to title contributions so one sum also counts title keys


def contribution(cq: Compiled, key: str) -> float:
    """Points (0-100 scale) one matched index key can add, title step excluded."""
    if key.startswith("t:"):
        share = cq.title_keys[key[2:]] / cq.title_total
        return 100.0 * cq.weights["title"] * RECALL_SHARE * share / cq.total
    return 100.0 * cq.weights["skills"] / len(cq.skill_keys) / cq.total


@dataclass
class _Group:
    compiled: Compiled
    threshold: float
    keys: list[str]
    ids: set[int] = field(default_factory=set)
    base: float = 0.0  # other components at most, plus every unindexed key
    step: float = 0.0  # the title's precision share, once any title word matches
    unindexed_title: bool = False

    def __post_init__(self) -> None:
        cq = self.compiled
        w = cq.weights
        other = sum(w[k] for k in ("location", "salary", "seniority") if k in w)
        self.base = 100.0 * other / cq.total
        every = [("t:" + k) for k in cq.title_keys] + [("s:" + k) for k in cq.skill_keys]
        for key in every:
            if key not in self.keys:
                self.base += contribution(cq, key)
                self.unindexed_title |= key.startswith("t:")
        if "title" in w:
            self.step = 100.0 * w["title"] * (1 - RECALL_SHARE) / cq.total

    def bound(self, acc: float) -> float:
        """Upper bound on the score given the summed contributions of matched indexed keys."""
        titles = int(acc // TITLE_FLAG)
        rest = acc - titles * TITLE_FLAG
        return self.base + rest + (self.step if titles or self.unindexed_title else 0.0)


class Matcher:
    """Saved searches indexed by their normalised title and skill terms."""

    def __init__(self) -> None:
        """Start empty."""
        self._group_of_search: dict[int, int] = {}
        self._groups: dict[int, _Group] = {}
        self._group_ids: dict[tuple[ParsedQuery, float], int] = {}
        self._index: dict[str, dict[int, float]] = {}
        self._next = 0

    def add(self, search_id: int, query: ParsedQuery, sensitivity: Sensitivity = "normal") -> None:
        """Index a search; re-adding an id replaces it."""
        self.remove(search_id)
        threshold = threshold_for(sensitivity)
        gid = self._group_ids.get((query, threshold))
        if gid is None:
            gid = self._next
            self._next += 1
            cq = compile_query(query)
            group = _Group(cq, threshold, signature(cq, threshold))
            self._groups[gid] = group
            self._group_ids[(query, threshold)] = gid
            for key in group.keys:
                flag = TITLE_FLAG if key.startswith("t:") else 0.0
                self._index.setdefault(key, {})[gid] = contribution(cq, key) + flag
        self._groups[gid].ids.add(search_id)
        self._group_of_search[search_id] = gid

    def remove(self, search_id: int) -> None:
        """Drop a search (paused or deleted); unknown ids are ignored."""
        gid = self._group_of_search.pop(search_id, None)
        if gid is None:
            return
        group = self._groups[gid]
        group.ids.discard(search_id)
        if group.ids:
            return
        del self._groups[gid]
        del self._group_ids[(group.compiled.query, group.threshold)]
        for key in group.keys:
            bucket = self._index[key]
            bucket.pop(gid, None)
            if not bucket:
                del self._index[key]

    def __len__(self) -> int:
        """Number of searches indexed."""
        return len(self._group_of_search)

    def __contains__(self, search_id: object) -> bool:
        """Whether a search id is indexed."""
        return search_id in self._group_of_search

    @property
    def distinct_queries(self) -> int:
        """Number of distinct (query, sensitivity) pairs actually scored."""
        return len(self._groups)

    def candidates(self, posting: Posting) -> list[int]:
        """Group ids sharing an index key with the posting whose score bound reaches the bar."""
        acc: dict[int, float] = {}
        index = self._index
        for key in features(posting).keys:
            bucket = index.get(key)
            if bucket:
                if acc:
                    get = acc.get
                    for gid, c in bucket.items():
                        acc[gid] = get(gid, 0.0) + c
                else:
                    acc = dict(bucket)
        groups = self._groups
        out = []
        for gid, total in acc.items():
            group = groups[gid]
            if group.bound(total) + ROUNDING >= group.threshold:
                out.append(gid)
        return out

    def match(self, posting: Posting) -> list[tuple[int, MatchResult]]:
        """Every search this posting passes, best first."""
        out: list[tuple[int, MatchResult]] = []
        for gid in self.candidates(posting):
            group = self._groups[gid]
            quick = evaluate(group.compiled, posting)
            if quick.passed and quick.score >= group.threshold:
                full = evaluate(group.compiled, posting, explain=True)
                out.extend((sid, full) for sid in group.ids)
        out.sort(key=lambda r: (-r[1].score, r[0]))
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
