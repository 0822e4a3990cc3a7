"""Regression floors and integrity checks for the fifth fresh set (tests/eval/fresh5).

The floors are the matcher's first-run figures (``python -m tests.eval.fresh5.evaluate --set
dev|test``, normal sensitivity, 2026-12-07 at b7be47a = main a4740c4 plus this set) minus
floors.SLACK (SOURCES.md). Tune only on the dev half. Raise the figures when the matcher improves,
never lower them to let a change through.
"""

from __future__ import annotations

import pytest

from tests.eval.fresh import floors
from tests.eval.fresh5 import evaluate as fresh5
from tests.eval.real import sets

MEASURED: dict[str, dict[str, float]] = {
    "dev": {"precision": 0.654, "recall": 0.807, "ndcg": 0.776},
    "test": {"precision": 0.922, "recall": 0.798, "ndcg": 0.832},
}


def test_the_set_is_well_formed() -> None:
    assert not floors.problems(fresh5.POOL_PATH, fresh5.JUDGED_PATH, range(280, 321))


@pytest.mark.parametrize("split", sets.SPLITS)
def test_matcher_stays_above_the_floors(split: sets.Split) -> None:
    assert not floors.below(fresh5.load, MEASURED, split)
