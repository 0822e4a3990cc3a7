"""Integrity checks and regression floors for the seventh fresh set (tests/eval/fresh7).

The set was written and judged before any run of the matcher (SOURCES.md). The floors are the
matcher's first-run figures (``python -m tests.eval.fresh7.evaluate --set dev|test``, normal
sensitivity, 2026-12-07 at 8162a45 = main 7dd9004 plus this set) minus floors.SLACK. Tune only on
the dev half. Raise the figures when the matcher improves, never lower them to let a change
through.
"""

from __future__ import annotations

import json

import pytest

from tests.eval.fresh import floors
from tests.eval.fresh7 import evaluate as fresh7
from tests.eval.real import sets

FACTS = fresh7.HERE / "facts.json"
MEASURED: dict[str, dict[str, float]] = {
    "dev": {"precision": 0.747, "recall": 0.832, "ndcg": 0.929},
    "test": {"precision": 0.879, "recall": 0.800, "ndcg": 0.870},
}


def test_the_set_is_well_formed() -> None:
    assert not floors.problems(fresh7.POOL_PATH, fresh7.JUDGED_PATH, range(350, 371))


def test_every_posting_has_facts_and_every_query_a_grade_two() -> None:
    ids = [json.loads(line)["id"] for line in fresh7.POOL_PATH.read_text("utf-8").splitlines()]
    assert set(json.loads(FACTS.read_text("utf-8"))) == set(ids)
    queries = json.loads(fresh7.JUDGED_PATH.read_text("utf-8"))["queries"]
    assert all(2 in q["grades"].values() for q in queries)


def test_every_query_has_hard_negatives() -> None:
    """Each query leaves out most of the pool: at most a fifth of it is graded."""
    ids = fresh7.POOL_PATH.read_text("utf-8").count("\n")
    queries = json.loads(fresh7.JUDGED_PATH.read_text("utf-8"))["queries"]
    assert all(len(q["grades"]) <= ids // 5 for q in queries)


@pytest.mark.parametrize("split", sets.SPLITS)
def test_matcher_stays_above_the_floors(split: sets.Split) -> None:
    assert not floors.below(fresh7.load, MEASURED, split)
