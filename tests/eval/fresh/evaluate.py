"""Figures on the fresh backend set (``judged.json``, ``postings.jsonl`` in this folder).

Run ``python -m tests.eval.fresh.evaluate --set dev|test [--sensitivity strict|normal|loose]
[--misses]``: micro-averaged precision, recall and F1 over every returned posting (grade >= 1
is relevant) and mean graded nDCG@10, for the matcher and the keyword and fuzzy baselines, as
``tests/eval/real/evaluate.py`` computes them. ``--misses`` (dev only) lists the matcher's
per-query figures, false positives and false negatives. The set was written and judged before
any run (SOURCES.md); the test half is held out.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from core.model import SENSITIVITIES
from tests.eval import harness
from tests.eval.real import evaluate, sets

HERE = Path(__file__).resolve().parent
POOL_PATH = HERE / "postings.jsonl"
JUDGED_PATH = HERE / "judged.json"


def load_set(name: str, judged_path: Path, pool_path: Path, split: sets.Split) -> sets.JudgedSet:
    """The queries of one half of a judged set (``judge.py``'s shape) with its whole pool."""
    doc = json.loads(judged_path.read_text(encoding="utf-8"))
    queries = tuple(
        sets.Query(q["id"], q["query"], q["rule"], dict(q["grades"]))
        for q in doc["queries"]
        if q["split"] == split
    )
    return sets.JudgedSet(name, queries, tuple(harness.load_postings(pool_path)))


def load(split: sets.Split) -> sets.JudgedSet:
    """The queries of one half with the whole pool."""
    return load_set("fresh backend", JUDGED_PATH, POOL_PATH, split)


def run(
    argv: list[str] | None, description: str, load_half: Callable[[sets.Split], sets.JudgedSet]
) -> int:
    """Print the figures of one half of a judged set (the command line of ``main``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", choices=sets.SPLITS, default="dev", dest="split")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal")
    parser.add_argument("--misses", action="store_true", help="matcher misses (dev only)")
    args = parser.parse_args(argv)
    if args.misses and args.split != "dev":
        parser.error("--misses is for the dev split only: the test split is held out")
    judged = load_half(args.split)
    reports = evaluate.postings_figures(judged, args.sensitivity)
    print(f"{evaluate.describe(judged)} ({args.split}, matcher: {args.sensitivity})")
    print(evaluate.table(reports))
    if args.misses:
        print(evaluate.misses(reports["matcher"], judged.postings, limit=40))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one half."""
    return run(argv, "Figures on the fresh backend set", load)


if __name__ == "__main__":
    raise SystemExit(main())
