"""Integrity checks and regression floors shared by the fresh sets' test_freshN_set.py."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.eval.real import evaluate, sets

SLACK = 0.03
ROW_KEYS = {
    "id", "source", "title", "company", "location", "remote", "salary_min", "salary_max",
    "currency", "url", "description", "tags", "posted_at",
}  # fmt: skip


def problems(pool: Path, judged: Path, sizes: range) -> list[str]:
    """What is wrong with a set: pool ids unique and of a size in sizes, rows of the import
    schema, 30 distinct queries alternating dev and test, each with a rule and grades 1 or 2 of
    pool postings."""
    rows = [json.loads(line) for line in pool.read_text("utf-8").splitlines()]
    ids = [row["id"] for row in rows]
    found = []
    if len(ids) != len(set(ids)) or len(ids) not in sizes:
        found.append(f"{len(ids)} rows, {len(set(ids))} ids")
    found += [f"{row['id']}: fields" for row in rows if set(row) != ROW_KEYS]
    queries = json.loads(judged.read_text(encoding="utf-8"))["queries"]
    if len(queries) != 30 or len({q["query"] for q in queries}) != 30:
        found.append(f"{len(queries)} queries")
    if [q["split"] for q in queries] != ["dev", "test"] * 15:
        found.append("halves do not alternate")
    for q in queries:
        if not (q["rule"] and q["grades"]) or not set(q["grades"]) <= set(ids):
            found.append(f"{q['query']}: rule or grades")
        if not set(q["grades"].values()) <= {1, 2}:
            found.append(f"{q['query']}: grade values")
    return found


def below(
    load: Callable[[sets.Split], sets.JudgedSet],
    measured: Mapping[str, Mapping[str, float]],
    split: sets.Split,
) -> list[str]:
    """The figures of one half that fell more than SLACK below those measured."""
    report = evaluate.run(load(split), {"matcher": evaluate.matcher("normal")})["matcher"]
    return [
        f"{split} {figure} {getattr(report, figure):.3f} < {value - SLACK:.3f}"
        for figure, value in measured[split].items()
        if getattr(report, figure) < value - SLACK
    ]
