"""Judged evaluation of the matcher on the held-out set.

Run ``python -m tests.eval.holdout.evaluate`` for the same table as ``tests/eval/harness.py``
(matcher at default sensitivity, keyword baseline, fuzzy baseline: micro-averaged precision,
recall and F1, and mean nDCG@10), followed by the matcher's per-query figures and misses.

The pool (``postings.jsonl``) and the labels (``judged.json``) in this folder were written and
judged without looking at the matcher and must never be used to tune it: they exist to give an
honest figure next to the tuning set's. Options: ``--query TEXT`` restricts to queries containing
TEXT, ``--no-misses`` hides the misses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.model import Posting
from tests.eval import harness

HERE = Path(__file__).resolve().parent
POOL_PATH = HERE / "postings.jsonl"
JUDGED_PATH = HERE / "judged.json"


def load_postings() -> list[Posting]:
    """The held-out pool."""
    return harness.load_postings(POOL_PATH)


def load_judged() -> list[harness.Judged]:
    """The held-out judged queries."""
    return harness.load_judged(JUDGED_PATH)


def run_all() -> dict[str, harness.Report]:
    """Evaluate every available system on the held-out set."""
    return harness.run_all(load_judged(), load_postings())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Held-out judged matching evaluation")
    parser.add_argument("--query", help="only queries whose text contains this")
    parser.add_argument("--no-misses", action="store_true", help="hide the per-query misses")
    args = parser.parse_args(argv)
    postings = load_postings()
    judged = load_judged()
    if args.query:
        judged = [j for j in judged if args.query.lower() in j.text.lower()]
    reports = harness.run_all(judged, postings)
    pairs = sum(len(j.relevant) for j in judged)
    print(f"held-out: {len(judged)} queries, {len(postings)} postings, {pairs} relevant pairs\n")
    print(harness.table(reports.values()))
    ours = reports.get("matcher")
    if ours is None:
        print("\ncore.matching.rank/parse_query not available: baselines only")
        return 0
    print("\nmatcher per query:\n" + harness.per_query(ours))
    if not args.no_misses:
        print("\nmatcher misses:" + harness.misses(ours, postings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
