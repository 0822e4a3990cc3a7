"""Integrity checks for the seventh fresh set (tests/eval/fresh7).

The set was written and judged before any run of the matcher (SOURCES.md); regression floors
are added from the first run's figures. Tune only on the dev half.
"""

from __future__ import annotations

import json

from tests.eval.fresh import floors
from tests.eval.fresh7 import evaluate as fresh7

FACTS = fresh7.HERE / "facts.json"


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
