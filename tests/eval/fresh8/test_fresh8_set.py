"""Integrity checks and regression floors for the eighth fresh set (tests/eval/fresh8).

The set was written and judged before any run of the matcher (SOURCES.md). The floors are the
matcher's first-run figures (``python -m tests.eval.fresh8.evaluate --set dev|test``, normal
sensitivity, 2026-12-07 at main 38259d5 plus this set) minus floors.SLACK; dev raised by level32
(levels above senior, ER, SEN, CE). Tune only on the dev half. Raise the figures when the matcher
improves, never lower them to let a change through.
"""

from __future__ import annotations

import json

import pytest

from tests.eval.fresh import floors
from tests.eval.fresh8 import build_postings, judge, written
from tests.eval.fresh8 import evaluate as fresh8
from tests.eval.real import sets

FACTS = fresh8.HERE / "facts.json"
MEASURED: dict[str, dict[str, float]] = {
    "dev": {"precision": 0.819, "recall": 0.672, "ndcg": 0.893},
    "test": {"precision": 0.749, "recall": 0.787, "ndcg": 0.862},
}


def test_the_set_is_well_formed() -> None:
    assert not floors.problems(fresh8.POOL_PATH, fresh8.JUDGED_PATH, range(300, 361))


def test_every_posting_has_facts_and_every_query_a_grade_two() -> None:
    ids = [json.loads(line)["id"] for line in fresh8.POOL_PATH.read_text("utf-8").splitlines()]
    assert set(json.loads(FACTS.read_text("utf-8"))) == set(ids)
    queries = json.loads(fresh8.JUDGED_PATH.read_text("utf-8"))["queries"]
    assert all(2 in q["grades"].values() for q in queries)


def test_every_query_has_hard_negatives() -> None:
    """Each query leaves out most of the pool: at most a fifth of it is graded."""
    ids = fresh8.POOL_PATH.read_text("utf-8").count("\n")
    queries = json.loads(fresh8.JUDGED_PATH.read_text("utf-8"))["queries"]
    assert all(len(q["grades"]) <= ids // 5 for q in queries)


def test_the_judged_grades_are_those_of_the_rules() -> None:
    """judged.json is what judge.py's rules give over facts.json (no grade edited by hand)."""
    facts = json.loads(FACTS.read_text("utf-8"))
    queries = json.loads(fresh8.JUDGED_PATH.read_text("utf-8"))["queries"]
    for q, (text, rule, _) in zip(queries, judge.RULES, strict=True):
        assert q["query"] == text
        assert q["grades"] == {pid: g for pid, f in facts.items() if (g := rule(f))}


def test_the_written_facts_are_those_in_facts_json() -> None:
    facts = json.loads(FACTS.read_text("utf-8"))
    assert all(facts[row["id"]] == fact for row, fact in written.POSTINGS)
    assert len(written.POSTINGS) + build_postings.pick.RANDOM_FEDERAL < len(facts)


@pytest.mark.parametrize("split", sets.SPLITS)
def test_matcher_stays_above_the_floors(split: sets.Split) -> None:
    assert not floors.below(fresh8.load, MEASURED, split)
