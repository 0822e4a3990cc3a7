"""Judged evaluation of the matcher against two baselines.

Run ``python -m tests.eval.harness`` for a table of micro-averaged precision, recall and F1
(over all judged (query, posting) pairs) and mean nDCG@10 (binary relevance) for:

* ``matcher`` – ``core.matching.rank(parse_query(q), postings)`` at the default sensitivity;
* ``keyword`` – plain containment: every lowercased query word is a substring of
  title + description + tags; ordered by how many query words the title contains, then pool
  order;
* ``fuzzy`` – ``rapidfuzz.fuzz.token_set_ratio(query, title) >= 70`` (with rapidfuzz's default
  lower-casing processor), ordered by that score.

followed by the matcher's misses per query (false positives and false negatives), for tuning.
Options: ``--query TEXT`` restricts to queries containing TEXT, ``--no-misses`` hides misses.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, utils

from core.model import Posting, Workplace

HERE = Path(__file__).resolve().parent
POOL_PATH = HERE / "postings.jsonl"
JUDGED_PATH = HERE / "judged.json"
FUZZY_CUTOFF = 70.0
K = 10

Ranker = Callable[[str, Sequence[Posting]], list[str]]


# ------------------------------------------------------------------------------------------
# Loading
# ------------------------------------------------------------------------------------------

_WORKPLACE: dict[str, Workplace] = {
    "remote": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "on-site": "onsite",
}


def to_workplace(value: Any) -> Workplace | None:
    """Map the import schema's ``remote`` field to a workplace."""
    if value is True:
        return "remote"
    if value is False:
        return "onsite"
    if isinstance(value, str):
        return _WORKPLACE.get(value.strip().lower())
    return None


def to_posting(row: dict[str, Any]) -> Posting:
    """Build a ``Posting`` from one import-schema JSON object."""
    posted = row.get("posted_at")
    return Posting(
        id=str(row["id"]),
        title=row["title"],
        source=row.get("source") or "import",
        company=row.get("company") or "",
        location=row.get("location") or "",
        workplace=to_workplace(row.get("remote")),
        salary_min=row.get("salary_min"),
        salary_max=row.get("salary_max"),
        currency=row.get("currency"),
        url=row.get("url") or "",
        description=row.get("description") or "",
        tags=tuple(row.get("tags") or ()),
        posted_at=datetime.fromisoformat(posted.replace("Z", "+00:00")) if posted else None,
    )


def load_postings(path: Path = POOL_PATH) -> list[Posting]:
    """Read a JSONL file of postings in the import schema."""
    with path.open(encoding="utf-8") as fh:
        return [to_posting(json.loads(line)) for line in fh if line.strip()]


@dataclass(frozen=True)
class Judged:
    """One judged query."""

    id: str
    text: str
    rule: str
    relevant: frozenset[str]


def load_judged(path: Path = JUDGED_PATH) -> list[Judged]:
    """Read the judged queries."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [
        Judged(q["id"], q["query"], q.get("rule", ""), frozenset(q["relevant"]))
        for q in doc["queries"]
    ]


# ------------------------------------------------------------------------------------------
# Systems
# ------------------------------------------------------------------------------------------


def keyword_rank(query: str, postings: Sequence[Posting]) -> list[str]:
    """Baseline 1: every query word appears in title + description + tags."""
    words = query.lower().split()
    hits: list[tuple[int, int, str]] = []
    for order, p in enumerate(postings):
        text = " ".join((p.title, p.description, *p.tags)).lower()
        if all(w in text for w in words):
            title = p.title.lower()
            hits.append((-sum(w in title for w in words), order, p.id))
    return [pid for *_, pid in sorted(hits)]


def fuzzy_rank(query: str, postings: Sequence[Posting]) -> list[str]:
    """Baseline 2: token_set_ratio(query, title) >= 70, best first."""
    hits: list[tuple[float, int, str]] = []
    for order, p in enumerate(postings):
        score = fuzz.token_set_ratio(query, p.title, processor=utils.default_process)
        if score >= FUZZY_CUTOFF:
            hits.append((-score, order, p.id))
    return [pid for *_, pid in sorted(hits)]


def matcher_rank(query: str, postings: Sequence[Posting]) -> list[str]:
    """Our matcher at the default sensitivity."""
    from core.matching import parse_query, rank

    return [p.id for p, _ in rank(parse_query(query), postings)]


# ------------------------------------------------------------------------------------------
# Metrics
# ------------------------------------------------------------------------------------------


def ndcg_at(ranked: Sequence[str], relevant: frozenset[str], k: int = K) -> float:
    """Binary-relevance nDCG@k; 1.0 when nothing is relevant and nothing is returned."""
    dcg = sum(1.0 / math.log2(i + 2) for i, pid in enumerate(ranked[:k]) if pid in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    if ideal == 0.0:
        return 1.0 if not ranked else 0.0
    return dcg / ideal


@dataclass(frozen=True)
class QueryResult:
    """One system's answer to one judged query."""

    judged: Judged
    ranked: tuple[str, ...]

    @property
    def retrieved(self) -> frozenset[str]:
        return frozenset(self.ranked)

    @property
    def tp(self) -> int:
        return len(self.retrieved & self.judged.relevant)

    @property
    def false_positives(self) -> list[str]:
        return [pid for pid in self.ranked if pid not in self.judged.relevant]

    @property
    def false_negatives(self) -> list[str]:
        return sorted(self.judged.relevant - self.retrieved)

    @property
    def ndcg(self) -> float:
        return ndcg_at(self.ranked, self.judged.relevant)


@dataclass(frozen=True)
class Report:
    """Aggregated figures for one system."""

    system: str
    results: tuple[QueryResult, ...]

    @property
    def precision(self) -> float:
        retrieved = sum(len(r.retrieved) for r in self.results)
        return sum(r.tp for r in self.results) / retrieved if retrieved else 0.0

    @property
    def recall(self) -> float:
        relevant = sum(len(r.judged.relevant) for r in self.results)
        return sum(r.tp for r in self.results) / relevant if relevant else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def ndcg(self) -> float:
        return sum(r.ndcg for r in self.results) / len(self.results) if self.results else 0.0


def evaluate(
    system: str, ranker: Ranker, judged: Iterable[Judged], postings: Sequence[Posting]
) -> Report:
    """Run one system over every judged query."""
    results = tuple(QueryResult(j, tuple(ranker(j.text, postings))) for j in judged)
    return Report(system, results)


def systems(include_matcher: bool = True) -> dict[str, Ranker]:
    """The systems to compare, matcher first when it is available."""
    out: dict[str, Ranker] = {}
    if include_matcher:
        out["matcher"] = matcher_rank
    out["keyword"] = keyword_rank
    out["fuzzy"] = fuzzy_rank
    return out


def run_all(
    judged: Sequence[Judged] | None = None, postings: Sequence[Posting] | None = None
) -> dict[str, Report]:
    """Evaluate every available system on the judged set."""
    judged = load_judged() if judged is None else judged
    postings = load_postings() if postings is None else postings
    return {name: evaluate(name, fn, judged, postings) for name, fn in systems().items()}


# ------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------


def table(reports: Iterable[Report]) -> str:
    """A plain-text table of the headline figures."""
    lines = [f"{'system':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'nDCG@10':>8}"]
    for r in reports:
        lines.append(
            f"{r.system:<10} {r.precision:>9.3f} {r.recall:>7.3f} {r.f1:>6.3f} {r.ndcg:>8.3f}"
        )
    return "\n".join(lines)


def per_query(report: Report) -> str:
    """Per-query precision, recall and nDCG@10 for one system."""
    lines = [f"{'id':<4} {'P':>5} {'R':>5} {'nDCG':>5} {'ret':>4} {'rel':>4}  query"]
    for r in report.results:
        ret, rel = len(r.retrieved), len(r.judged.relevant)
        p = r.tp / ret if ret else 0.0
        rc = r.tp / rel if rel else 0.0
        lines.append(
            f"{r.judged.id:<4} {p:>5.2f} {rc:>5.2f} {r.ndcg:>5.2f} {ret:>4} {rel:>4}  "
            f"{r.judged.text}"
        )
    return "\n".join(lines)


def misses(report: Report, postings: Sequence[Posting]) -> str:
    """False positives and false negatives per query, with titles and, if possible, scores."""
    by_id = {p.id: p for p in postings}
    explain = _explainer()
    lines: list[str] = []
    for r in report.results:
        fps, fns = r.false_positives, r.false_negatives
        if not fps and not fns:
            continue
        lines.append(f"\n[{r.judged.id}] {r.judged.text!r}  (rule: {r.judged.rule})")
        for pid in fps:
            lines.append(
                f"  FP {pid:<12} {_describe(by_id[pid])}{explain(r.judged.text, by_id[pid])}"
            )
        for pid in fns:
            lines.append(
                f"  FN {pid:<12} {_describe(by_id[pid])}{explain(r.judged.text, by_id[pid])}"
            )
    return "\n".join(lines) if lines else "no misses"


def _describe(p: Posting) -> str:
    where = p.location or "?"
    return f"{p.title} | {where} | {p.workplace or '-'}"


def _explainer() -> Callable[[str, Posting], str]:
    try:
        from core.matching import parse_query, score_posting
    except ImportError:
        return lambda _q, _p: ""

    def explain(query: str, posting: Posting) -> str:
        result = score_posting(parse_query(query), posting)
        why = "; ".join(result.reasons[:3])
        state = "" if result.passed else " FILTERED"
        return f"  [score {result.score:.1f}{state}{': ' + why if why else ''}]"

    return explain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Judged matching evaluation")
    parser.add_argument("--query", help="only queries whose text contains this")
    parser.add_argument("--no-misses", action="store_true", help="hide the per-query misses")
    args = parser.parse_args(argv)
    postings = load_postings()
    judged = load_judged()
    if args.query:
        judged = [j for j in judged if args.query.lower() in j.text.lower()]
    reports = run_all(judged, postings)
    pairs = sum(len(j.relevant) for j in judged)
    print(f"{len(judged)} queries, {len(postings)} postings, {pairs} relevant pairs\n")
    print(table(reports.values()))
    ours = reports.get("matcher")
    if ours is None:
        print("\ncore.matching.rank/parse_query not available: baselines only")
        return 0
    print("\nmatcher per query:\n" + per_query(ours))
    if not args.no_misses:
        print("\nmatcher misses:" + misses(ours, postings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
