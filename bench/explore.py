"""Explore benchmark: /explore's path over 100,000 open postings, next to a full scan of them.

Usage: .venv/bin/python -m bench.explore [--postings 100000] [--runs 3] [--seed 1]

The postings: up to half of them from the USAJOBS postings of ../shared/data (real titles,
agencies and occupation tags; no pay or places) when that folder is there, the rest copies of the
bundled sample (real-shaped descriptions, pay in several currencies, places, workplaces) with
their pay varied by up to ±15 %; every date is spread over the last 30 days. Without
../shared, copies of the sample alone. One untimed run first loads the vocabulary and matplotlib.

For each query it prints (a full scan of 100,000 postings takes 20-60 s, so the baseline is
timed once and the rest is the median of --runs runs):
  full scan     rank() over every posting: what `concierge search` does today (the baseline);
  explore       matching_postings() (that same scan, the one place explore asks the matcher)
                plus the figures, summary and chart: what /explore costs end to end;
  figures+chart the part after matching alone: what explore costs once matching is an index,
                with its CPU time (the wall time grows with the machine's load, the CPU less).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.explore.commands import explore, matching_postings
from core.matching import parse_query, rank
from core.model import Posting
from core.postings.sample import sample_postings

USAJOBS = Path(__file__).resolve().parents[2] / "shared" / "data" / "usajobs" / "postings.jsonl.gz"
for _parent in Path(__file__).resolve().parents:  # a worktree sits deeper than the main tree
    if (_parent / "shared" / "data" / "usajobs" / "postings.jsonl.gz").exists():
        USAJOBS = _parent / "shared" / "data" / "usajobs" / "postings.jsonl.gz"
        break
QUERIES = ("senior backend python", "software engineer")  # a narrow role and a broad one


class MemoryPostings:
    """The two reads matching_postings makes, over postings in memory (no same-job links)."""

    def __init__(self, postings: Sequence[Posting]) -> None:
        self._postings = list(postings)

    async def open_postings(self) -> list[Posting]:
        return self._postings

    async def job_roots(self, posting_ids: Sequence[str]) -> dict[str, str]:
        return {}


def make_postings(count: int, now: datetime, rng: random.Random) -> tuple[list[Posting], str]:
    """USAJOBS postings (when present) and varied copies of the sample, count in all."""
    out: list[Posting] = []
    if USAJOBS.exists():
        with gzip.open(USAJOBS, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out.append(
                    Posting(
                        id=row["id"],
                        title=row["title"],
                        source="usajobs",
                        company=row.get("company") or "",
                        tags=tuple(row.get("tags") or ()),
                        posted_at=now - timedelta(days=rng.uniform(0, 30)),
                    )
                )
                if len(out) >= count // 2:
                    break
    origin = f"{len(out):,} USAJOBS + " if out else ""
    sample = sample_postings()
    copies = count - len(out)
    for i in range(copies):
        base = sample[i % len(sample)]
        factor = rng.uniform(0.85, 1.15)
        out.append(
            replace(
                base,
                id=f"{base.id}-{i}",
                salary_min=base.salary_min * factor if base.salary_min else None,
                salary_max=base.salary_max * factor if base.salary_max else None,
                posted_at=now - timedelta(days=rng.uniform(0, 30)),
            )
        )
    return out, f"{origin}{copies:,} varied copies of the {len(sample)} sample postings"


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:8.0f} ms"


async def _run(postings: list[Posting], runs: int, now: datetime) -> None:
    reader = MemoryPostings(postings)
    warm = parse_query(QUERIES[0])
    explore(QUERIES[0], warm, [p for p, _ in rank(warm, postings[-2000:])], now)  # loads data
    for text in QUERIES:
        query = parse_query(text)
        whole, after, cpu = [], [], []
        found: list[Posting] = []
        start = time.perf_counter()
        rank(query, postings)
        scan = [time.perf_counter() - start]
        for _ in range(runs):
            start = time.perf_counter()
            found = await matching_postings(reader, query)
            middle, middle_cpu = time.perf_counter(), time.thread_time()
            result = explore(text, query, found, now)  # as /explore runs it, in a worker thread
            end = time.perf_counter()
            cpu.append(time.thread_time() - middle_cpu)
            whole.append(end - start)
            after.append(end - middle)
            assert result.chart, result.chart_missing
        ratio = statistics.median(scan) / statistics.median(whole)
        print(
            f"{text!r:<26} {len(found):>6,} match  full scan {_median_ms(scan)}  "
            f"explore {_median_ms(whole)} ({ratio:.2f}x the scan)  "
            f"figures+chart {_median_ms(after)} (CPU {_median_ms(cpu).strip()}, first run "
            f"{after[0] * 1000:.0f} ms)",
            flush=True,
        )


def main(argv: list[str]) -> None:
    """Print, per query, the full scan next to explore and to its part after matching."""
    parser = argparse.ArgumentParser(prog="bench.explore")
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    now = datetime.now(UTC)
    postings, origin = make_postings(args.postings, now, random.Random(args.seed))
    print(f"{len(postings):,} open postings: {origin}")
    asyncio.run(_run(postings, args.runs, now))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
