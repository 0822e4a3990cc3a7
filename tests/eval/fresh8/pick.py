"""Which real rows the eighth fresh set takes: chosen by seed 8, never by hand."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

SHARED = Path("/work/shared/data")
SEED = 8
RANDOM_FEDERAL = 40  # rows drawn from the whole USAJOBS file
PER_SERIES = 2  # rows drawn from each series below (the other-field queries' roles and neighbours)
SERIES = (
    "0610", "0620", "0621", "0905", "0950", "0986", "2152", "2154", "0660", "0661",
    "1710", "1701", "2805", "2810", "0850", "0510", "0525", "0511", "0083", "0085",
    "0185", "0186", "5703", "2210", "1550", "0854",
)  # fmt: skip
MICROSOFT = 24


def federal() -> list[dict[str, Any]]:
    """The drawn USAJOBS rows: RANDOM_FEDERAL from the file, PER_SERIES of each SERIES."""
    with gzip.open(SHARED / "usajobs/postings.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    seen: set[str] = set()
    unique = []
    for row in rows:
        if "id" in row and row["id"] not in seen:
            seen.add(row["id"])
            unique.append(row)
    rng = random.Random(SEED)
    picked = rng.sample(unique, RANDOM_FEDERAL)
    taken = {r["id"] for r in picked}
    for code in SERIES:
        pool = [
            r for r in unique
            if r["id"] not in taken and any(t.startswith(code) for t in r.get("tags") or ())
        ]  # fmt: skip
        for r in rng.sample(pool, min(PER_SERIES, len(pool))):
            taken.add(r["id"])
            picked.append(r)
    return picked


def microsoft() -> list[dict[str, Any]]:
    """The drawn Microsoft careers rows."""
    rows: list[dict[str, Any]] = json.loads(
        (SHARED / "microsoft-careers/microsoft_careers_sample.json").read_text("utf-8")
    )
    return random.Random(SEED).sample(rows, MICROSOFT)


if __name__ == "__main__":
    for r in federal():
        tag = (r.get("tags") or ["-"])[0][:30]
        print(r["id"], "|", r["title"], "|", tag, "|", r["company"][:40])
    for r in microsoft():
        print("ms", r["id"], "|", r["title"], "|", r["subCategory"], r["targetLevel"])
