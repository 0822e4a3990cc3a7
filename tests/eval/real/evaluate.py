"""Figures on the real-data judged sets: the matcher next to two baselines.

Run ``python -m tests.eval.real.evaluate --set dev|test [--sensitivity strict|normal|loose]
[--no-series]``.

For the federal, Microsoft and places sets it prints micro-averaged precision, recall and F1
(over all (query, posting) pairs; grade >= 1 is relevant) and mean nDCG@10 (graded) for:

* ``matcher`` – ``core.matching.rank(parse_query(q), postings, sensitivity)`` (over the
  postings the product's index finds: the same result, in seconds);
* ``keyword`` – every query word is a substring of title + description (tests/eval/harness.py);
* ``fuzzy`` – ``token_set_ratio(query, title) >= 70``, best first (tests/eval/harness.py).

For the title sets (O*NET and ESCO) it prints MAP (relevant: the same occupation) and mean
nDCG@10 (graded: related occupations 1) for the matcher's ``loose`` ranking and for ranking every
title by ``token_set_ratio``, and the MAP the same returned titles would have, ordered perfectly
(``ordered``: how much of the gap is the order, how much what is returned).

The federal and places postings carry their series tags as USAJOBS gives them; the matcher
reads the declared occupation from them while the judge grades by the same series, so
``--no-series`` hides them (title only) to show how much of a figure is the title's.

``--federal-postings PATH`` judges the federal queries on another USAJOBS file, e.g. all 57,145
postings of ``shared/data/usajobs/postings.jsonl.gz`` (minutes, not seconds). ``--misses`` lists
the matcher's per-query figures, false positives and false negatives, on the ``dev`` split only:
the ``test`` split is held out and reports totals. ``--ids F69-F83`` runs the federal set alone
with only the queries of that id range, e.g. to report a fresh batch apart from the rest.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.eval import harness
from tests.eval.real import sets

K = 10
TITLE_SETS = frozenset(["titles", "esco titles"])
Ranker = Callable[[str, Sequence[Posting]], list[str]]


# ------------------------------------------------------------------------------------------
# Metrics
# ------------------------------------------------------------------------------------------


def ndcg_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = K) -> float:
    """Graded nDCG@k (gain = grade); 1.0 when nothing is relevant and nothing is returned."""
    dcg = sum(grades.get(pid, 0) / math.log2(i + 2) for i, pid in enumerate(ranked[:k]))
    best = sorted(grades.values(), reverse=True)[:k]
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(best))
    if ideal == 0.0:
        return 1.0 if not ranked else 0.0
    return dcg / ideal


def average_precision(ranked: Sequence[str], relevant: frozenset[str]) -> float:
    """Average precision of a ranking (relevant items never ranked count as misses)."""
    hits, total = 0, 0.0
    for i, pid in enumerate(ranked, start=1):
        if pid in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


@dataclass(frozen=True)
class Answer:
    """One system's ranking for one judged query."""

    query: sets.Query
    ranked: tuple[str, ...]

    @property
    def hits(self) -> int:
        """Relevant postings returned."""
        return len(set(self.ranked) & self.query.relevant)


@dataclass(frozen=True)
class Report:
    """One system's figures on one set."""

    system: str
    answers: tuple[Answer, ...]

    @property
    def precision(self) -> float:
        """Micro-averaged precision."""
        returned = sum(len(a.ranked) for a in self.answers)
        return sum(a.hits for a in self.answers) / returned if returned else 0.0

    @property
    def recall(self) -> float:
        """Micro-averaged recall."""
        relevant = sum(len(a.query.relevant) for a in self.answers)
        return sum(a.hits for a in self.answers) / relevant if relevant else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def ndcg(self) -> float:
        """Mean graded nDCG@10."""
        return _mean([ndcg_at(a.ranked, a.query.grades) for a in self.answers])

    @property
    def map(self) -> float:
        """Mean average precision, relevant meaning the top grade."""
        return _mean([average_precision(a.ranked, _top(a.query)) for a in self.answers])

    @property
    def ordered(self) -> float:
        """The MAP of the same returned items ordered perfectly (relevant first): the most a
        better order alone could reach (1.0 for a system ranking every item)."""
        return _mean([average_precision(_best_order(a), _top(a.query)) for a in self.answers])


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _top(query: sets.Query) -> frozenset[str]:
    top = max(query.grades.values(), default=0)
    return frozenset(pid for pid, g in query.grades.items() if g == top)


def _best_order(answer: Answer) -> list[str]:
    relevant = _top(answer.query)
    return sorted(answer.ranked, key=lambda pid: pid not in relevant)


# ------------------------------------------------------------------------------------------
# Systems
# ------------------------------------------------------------------------------------------


def matcher(sensitivity: Sensitivity) -> Ranker:
    """The matcher at one sensitivity, best first: rank() of the postings the product's index
    finds (rank() keeps, in rank()'s order, the same postings as over the whole pool)."""
    from core.matching import PostingIndex, parse_query, rank

    indexes: dict[int, tuple[Sequence[Posting], PostingIndex]] = {}

    def ranked(query: str, postings: Sequence[Posting]) -> list[str]:
        built = indexes.get(id(postings))
        if built is None or built[0] is not postings:
            index = PostingIndex()
            for posting in postings:
                index.put(posting)
            built = indexes[id(postings)] = (postings, index)
        parsed = parse_query(query)
        passing = {p.id for p, _ in built[1].search(parsed, sensitivity, explain=False).matches}
        kept = [p for p in postings if p.id in passing]
        return [p.id for p, _ in rank(parsed, kept, sensitivity)]

    return ranked


def fuzzy_order(queries: Sequence[str], postings: Sequence[Posting]) -> list[list[str]]:
    """Every posting per query, by token_set_ratio of the titles, best first (ties: pool order)."""
    scores = process.cdist(
        queries,
        [p.title for p in postings],
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        workers=1,
    )
    return [
        [postings[i].id for i in sorted(range(len(postings)), key=lambda i: -row[i])]
        for row in scores
    ]


def run(judged: sets.JudgedSet, systems: Mapping[str, Ranker]) -> dict[str, Report]:
    """Every system over every query of a set."""
    return {
        name: Report(
            name,
            tuple(Answer(q, tuple(rank(q.text, judged.postings))) for q in judged.queries),
        )
        for name, rank in systems.items()
    }


@cache  # one run per set and sensitivity: the floors test and the CLI test share it
def matcher_report(judged: sets.JudgedSet, sensitivity: Sensitivity) -> Report:
    """The matcher's report on a set at one sensitivity."""
    return run(judged, {"matcher": matcher(sensitivity)})["matcher"]


def postings_figures(judged: sets.JudgedSet, sensitivity: Sensitivity) -> dict[str, Report]:
    """Matcher, keyword and fuzzy baselines on a set of postings."""
    baselines: dict[str, Ranker] = {"keyword": harness.keyword_rank, "fuzzy": harness.fuzzy_rank}
    return {"matcher": matcher_report(judged, sensitivity), **run(judged, baselines)}


def title_figures(judged: sets.JudgedSet) -> dict[str, Report]:
    """The matcher's loose ranking and the token_set_ratio ranking on the title set."""
    reports = {"matcher": matcher_report(judged, "loose")}
    orders = fuzzy_order([q.text for q in judged.queries], judged.postings)
    answers = tuple(Answer(q, tuple(o)) for q, o in zip(judged.queries, orders, strict=True))
    reports["fuzzy"] = Report("fuzzy", answers)
    return reports


def figures(
    split: sets.Split, sensitivity: Sensitivity, series: bool = True
) -> dict[str, dict[str, Report]]:
    """Every set's reports for one split (series False: federal postings without their tags)."""
    return {
        "federal": postings_figures(sets.federal(split, series=series), sensitivity),
        "microsoft": postings_figures(sets.microsoft(split), sensitivity),
        "places": postings_figures(sets.places(split, series), sensitivity),
        "titles": title_figures(sets.titles(split)),
        "esco titles": title_figures(sets.esco_titles(split)),
    }


# ------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------


def table(reports: Mapping[str, Report]) -> str:
    """Precision, recall, F1 and nDCG@10 per system."""
    lines = [f"{'system':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'nDCG@10':>8}"]
    for r in reports.values():
        lines.append(
            f"{r.system:<10} {r.precision:>9.3f} {r.recall:>7.3f} {r.f1:>6.3f} {r.ndcg:>8.3f}"
        )
    return "\n".join(lines)


def title_table(reports: Mapping[str, Report]) -> str:
    """MAP, nDCG@10 and the MAP of the same titles ordered perfectly per system."""
    lines = [f"{'system':<10} {'MAP':>6} {'nDCG@10':>8} {'ordered':>8}"]
    lines += [
        f"{r.system:<10} {r.map:>6.3f} {r.ndcg:>8.3f} {r.ordered:>8.3f}" for r in reports.values()
    ]
    return "\n".join(lines)


def misses(report: Report, postings: Sequence[Posting], limit: int = 15) -> str:
    """Per query: figures, then up to ``limit`` false positives and false negatives."""
    titles = {p.id: p.title for p in postings}
    lines: list[str] = []
    for a in report.answers:
        rel, ret = len(a.query.relevant), len(a.ranked)
        p = a.hits / ret if ret else 0.0
        r = a.hits / rel if rel else 0.0
        lines.append(
            f"\n[{a.query.id}] {a.query.text!r}  P {p:.2f} R {r:.2f} "
            f"nDCG {ndcg_at(a.ranked, a.query.grades):.2f}  ({a.query.rationale})"
        )
        fps = [pid for pid in a.ranked if pid not in a.query.relevant]
        fns = [pid for pid in a.query.grades if pid not in set(a.ranked)]
        lines += [f"  FP {titles[pid]}" for pid in fps[:limit]]
        lines += [f"  FN (grade {a.query.grades[pid]}) {titles[pid]}" for pid in fns[:limit]]
    return "\n".join(lines)


def describe(judged: sets.JudgedSet) -> str:
    """A set's size in one line."""
    pairs = sum(len(q.relevant) for q in judged.queries)
    return (
        f"{judged.name}: {len(judged.queries)} queries, {len(judged.postings)} "
        f"{'titles' if judged.name in TITLE_SETS else 'postings'}, {pairs} relevant pairs"
    )


def id_range(text: str) -> Callable[[str], bool]:
    """A predicate for query ids "F69-F83" (inclusive; a single "F69" is one id)."""
    m = re.fullmatch(r"([A-Za-z]+)(\d+)(?:-\1?(\d+))?", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"not an id range like F69-F83: {text!r}")
    prefix, low = m[1].upper(), int(m[2])
    high = int(m[3]) if m[3] else low

    def holds(query_id: str) -> bool:
        q = re.fullmatch(r"([A-Za-z]+)(\d+)", query_id)
        return bool(q) and q[1].upper() == prefix and low <= int(q[2]) <= high

    return holds


def only(judged: sets.JudgedSet, keep: Callable[[str], bool]) -> sets.JudgedSet:
    """The set with only the queries whose id ``keep`` accepts."""
    return dataclasses.replace(judged, queries=tuple(q for q in judged.queries if keep(q.id)))


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one split."""
    parser = argparse.ArgumentParser(description="Figures on the real-data judged sets")
    parser.add_argument("--set", choices=sets.SPLITS, default="dev", dest="split")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal")
    parser.add_argument("--misses", action="store_true", help="matcher misses (dev only)")
    parser.add_argument(
        "--federal-postings",
        type=Path,
        default=sets.FEDERAL_POSTINGS,
        help="another USAJOBS JSONL(.gz) to judge, e.g. shared/data/usajobs/postings.jsonl.gz",
    )
    parser.add_argument(
        "--no-series",
        action="store_false",
        dest="series",
        help="hide the federal postings' series tags (title only): the judge reads the series",
    )
    parser.add_argument(
        "--ids",
        type=id_range,
        default=None,
        help="the federal set alone, only the queries of this id range, e.g. F69-F83",
    )
    args = parser.parse_args(argv)
    if args.misses and args.split != "dev":
        parser.error("--misses is for the dev split only: the test split is held out")
    if not args.federal_postings.is_file():
        parser.error(f"no such file: {args.federal_postings}")
    loaders: dict[str, Callable[[sets.Split], sets.JudgedSet]] = {
        "federal": lambda split: sets.federal(split, args.federal_postings, args.series),
        "microsoft": sets.microsoft,
        "places": lambda split: sets.places(split, args.series),
        "titles": sets.titles,
        "esco titles": sets.esco_titles,
    }
    for name, load in loaders.items():
        if args.ids is not None and name != "federal":
            continue
        judged = load(args.split)
        if args.ids is not None:
            judged = only(judged, args.ids)
        if name in TITLE_SETS:
            reports = title_figures(judged)
            print(f"\n{describe(judged)} (matcher: loose)\n{title_table(reports)}")
        else:
            reports = postings_figures(judged, args.sensitivity)
            print(f"\n{describe(judged)} (matcher: {args.sensitivity})\n{table(reports)}")
        if args.misses:
            print(misses(reports["matcher"], judged.postings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
