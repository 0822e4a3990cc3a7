"""Writing a fresh set's judged.json from its rules: one place for every fresh set's judge.py."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

Facts = dict[str, Any]
Rule = tuple[str, Callable[[Facts], int], str]  # the query, its grading rule, the rule in words


def write_judged(
    here: Path,
    about: str | None,
    prefix: str,
    rules: Sequence[Rule],
    facts: Mapping[str, Facts],
    hand: Mapping[tuple[str, str], int],
) -> None:
    """Grade every posting for every query (a hand grade overrides the rule; grade 0 is left
    out), odd positions the dev half, and write here/judged.json."""
    queries = []
    for n, (text, rule_fn, rule) in enumerate(rules, start=1):
        grades = {}
        for pid, f in facts.items():
            g = hand.get((text, pid), rule_fn(f))
            if g:
                grades[pid] = g
        split = "dev" if n % 2 else "test"
        queries.append(
            {
                "id": f"{prefix}{n:02d}",
                "split": split,
                "query": text,
                "rule": rule,
                "grades": grades,
            }
        )
    doc = {
        "about": about.strip() if about else "",
        "pool": f"tests/eval/{here.name}/postings.jsonl",
        "queries": queries,
    }
    (here / "judged.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


def print_grades(here: Path) -> None:
    """One line per judged query: its id, half, how many postings graded 2 and 1, its text."""
    doc = json.loads((here / "judged.json").read_text(encoding="utf-8"))
    for q in doc["queries"]:
        grades = list(q["grades"].values())
        print(
            f"{q['id']} {q['split']:4} 2s={grades.count(2):2} 1s={grades.count(1):2}  {q['query']}"
        )
