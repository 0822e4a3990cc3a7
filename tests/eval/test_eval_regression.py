"""Regression guard for the judged matching evaluation (see tests/eval/harness.py)."""

from __future__ import annotations

import json

import pytest

from tests.eval import harness

MIN_PRECISION = 0.9
MIN_RECALL = 0.9


@pytest.fixture(scope="module")
def postings() -> list[harness.Posting]:
    return harness.load_postings()


@pytest.fixture(scope="module")
def judged() -> list[harness.Judged]:
    return harness.load_judged()


@pytest.fixture(scope="module")
def reports(
    postings: list[harness.Posting], judged: list[harness.Judged]
) -> dict[str, harness.Report]:
    return harness.run_all(judged, postings)


def test_judged_set_is_well_formed(
    postings: list[harness.Posting], judged: list[harness.Judged]
) -> None:
    ids = [p.id for p in postings]
    assert len(ids) == len(set(ids))
    assert 300 <= len(ids) <= 400
    assert len(judged) >= 24
    assert len({j.id for j in judged}) == len(judged)
    assert len({j.text for j in judged}) == len(judged)
    known = set(ids)
    for j in judged:
        assert j.relevant, j.text
        assert j.relevant <= known, (j.text, sorted(j.relevant - known))
        assert j.rule, j.text


def test_raw_pool_rows_use_the_import_schema() -> None:
    keys = {
        "id", "source", "title", "company", "location", "remote", "salary_min", "salary_max",
        "currency", "url", "description", "tags", "posted_at",
    }  # fmt: skip
    with harness.POOL_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            assert set(row) == keys, row["id"]


def test_metrics_on_a_toy_case() -> None:
    relevant = frozenset({"a", "b"})
    assert harness.ndcg_at(["a", "b", "x"], relevant) == pytest.approx(1.0)
    assert harness.ndcg_at(["x", "a"], relevant) < 1.0
    assert harness.ndcg_at([], relevant) == 0.0
    assert harness.keyword_rank("alpha beta", []) == []


def test_matcher_precision_and_recall(reports: dict[str, harness.Report]) -> None:
    ours = reports["matcher"]
    assert ours.precision >= MIN_PRECISION, harness.table(reports.values())
    assert ours.recall >= MIN_RECALL, harness.table(reports.values())


@pytest.mark.parametrize("baseline", ["keyword", "fuzzy"])
def test_matcher_beats_baseline(reports: dict[str, harness.Report], baseline: str) -> None:
    ours, base = reports["matcher"], reports[baseline]
    assert ours.f1 > base.f1, harness.table(reports.values())
    assert ours.ndcg > base.ndcg, harness.table(reports.values())
