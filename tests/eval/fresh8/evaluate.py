"""Figures on the eighth fresh set (``judged.json``, ``postings.jsonl``).

Run ``python -m tests.eval.fresh8.evaluate --set dev|test [--sensitivity strict|normal|loose]
[--misses]``: the same figures and command line as ``tests/eval/fresh/evaluate.py`` (whose code
this reuses). The set was written and judged before any run (SOURCES.md); the test half is held
out.
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.fresh import evaluate as fresh
from tests.eval.real import sets

HERE = Path(__file__).resolve().parent
POOL_PATH = HERE / "postings.jsonl"
JUDGED_PATH = HERE / "judged.json"


def load(split: sets.Split) -> sets.JudgedSet:
    """The queries of one half with the whole pool."""
    return fresh.load_set("fresh8 backend-centred", JUDGED_PATH, POOL_PATH, split)


def main(argv: list[str] | None = None) -> int:
    """Print the figures of one half."""
    return fresh.run(argv, "Figures on the eighth fresh set (backend-centred)", load)


if __name__ == "__main__":
    raise SystemExit(main())
