"""Regression floors and integrity checks for the third fresh backend set (tests/eval/fresh3).

The floors are the matcher's measured figures (``python -m tests.eval.fresh3.evaluate --set
dev|test``, normal sensitivity) minus SLACK: the dev half's after its fixes, the held-out test
half's from its runs (SOURCES.md). Tune only on the dev half. Raise the figures when the matcher
improves, never lower them to let a change through.
"""

from __future__ import annotations

import json

import pytest

from tests.eval.fresh3 import evaluate as fresh3
from tests.eval.real import evaluate, sets

SLACK = 0.03
MEASURED: dict[str, dict[str, float]] = {
    "dev": {"precision": 0.834, "recall": 0.804, "ndcg": 0.959},
    "test": {"precision": 0.713, "recall": 0.896, "ndcg": 0.946},
}
ROW_KEYS = {
    "id", "source", "title", "company", "location", "remote", "salary_min", "salary_max",
    "currency", "url", "description", "tags", "posted_at",
}  # fmt: skip


def test_the_set_is_well_formed() -> None:
    rows = [json.loads(line) for line in fresh3.POOL_PATH.read_text("utf-8").splitlines()]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) and len(ids) == 300
    assert all(set(row) == ROW_KEYS for row in rows)
    doc = json.loads(fresh3.JUDGED_PATH.read_text(encoding="utf-8"))
    queries = doc["queries"]
    assert len(queries) == 30 and len({q["query"] for q in queries}) == 30
    assert [q["split"] for q in queries] == ["dev", "test"] * 15
    for q in queries:
        assert q["rule"] and q["grades"], q["query"]
        assert set(q["grades"]) <= set(ids) and set(q["grades"].values()) <= {1, 2}


@pytest.mark.parametrize("split", sets.SPLITS)
def test_matcher_stays_above_the_floors(split: sets.Split) -> None:
    report = evaluate.run(fresh3.load(split), {"matcher": evaluate.matcher("normal")})["matcher"]
    below = [
        f"{split} {figure} {getattr(report, figure):.3f} < {value - SLACK:.3f}"
        for figure, value in MEASURED[split].items()
        if getattr(report, figure) < value - SLACK
    ]
    assert not below, below
