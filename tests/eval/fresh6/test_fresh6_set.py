"""Regression floors and integrity checks for the sixth fresh set (tests/eval/fresh6).

The floors are the matcher's first-run figures (``python -m tests.eval.fresh6.evaluate --set
dev|test``, normal sensitivity, 2026-12-07 at 7eefa7b = main 2227caf plus this set) minus
floors.SLACK (SOURCES.md). Tune only on
the dev half. Raise the figures when the matcher improves, never lower them to let a change
through.
"""

from __future__ import annotations

import pytest

from tests.eval.fresh import floors
from tests.eval.fresh6 import evaluate as fresh6
from tests.eval.real import sets

MEASURED: dict[str, dict[str, float]] = {
    "dev": {"precision": 0.859, "recall": 0.879, "ndcg": 0.892},
    "test": {"precision": 0.833, "recall": 0.859, "ndcg": 0.906},
}


def test_the_set_is_well_formed() -> None:
    assert not floors.problems(fresh6.POOL_PATH, fresh6.JUDGED_PATH, range(340, 371))


@pytest.mark.parametrize("split", sets.SPLITS)
def test_matcher_stays_above_the_floors(split: sets.Split) -> None:
    assert not floors.below(fresh6.load, MEASURED, split)
