"""Explore benchmark: /explore over 100,000 open postings from the index, next to a full scan.

Usage: .venv/bin/python -m bench.explore [--postings 100000] [--runs 5] [--seed 1]
       [--queries "software engineer,nurse"]

The postings: up to half of them from the USAJOBS postings of ../shared/data (real titles,
agencies and occupation tags; no pay or places) when that folder is there, the rest copies of the
bundled sample (real-shaped descriptions, pay in several currencies, places, workplaces) with
their pay varied by up to ±15 %; every date is spread over the last 30 days. Without
../shared, copies of the sample alone. One untimed run first loads the vocabulary and matplotlib.

First the index over open postings is built (as the bot does at start, before any chat, its
objects then frozen out of the garbage collector's passes as the intake does) and its build time
printed. Then for each query, narrow and broad roles (a full scan of 100,000 postings takes
20-60 s, so the baseline is timed once and the rest is the median of --runs runs):
  full scan     rank() over every posting (the exhaustive reference; the baseline);
  explore       /explore in a chat end to end: indexed_postings() (the index search in a worker
                thread, as Intake.search_open_postings runs it, one per job) plus the figures
                from the index's analysed features, the summary and the chart;
  index search  PostingIndex.search alone (every match, no reasons), timed apart;
  figures+chart the part after matching alone.
Each with its CPU time (all threads of this process): the wall time grows with the machine's
load, the CPU less. The postings and figures of both paths are checked equal.
Then "nothing found": the nearest roles offered for a query nothing matches, each candidate
title checked among its own postings (index_finds_own), next to checking each with a full
index search as before.
Store reads (same-job links) are in memory here: none of these postings are linked.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import gzip
import json
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from core.explore.commands import (
    Search,
    explore,
    index_finds_own,
    indexed_postings,
    matching_postings,
)
from core.explore.figures import market
from core.explore.suggest import nearest_roles, title_key
from core.matching import Found, ParsedQuery, PostingIndex, parse_query, rank
from core.matching.features import features
from core.model import Posting, Sensitivity
from core.postings.sample import sample_postings

USAJOBS = Path(__file__).resolve().parents[2] / "shared" / "data" / "usajobs" / "postings.jsonl.gz"
for _parent in Path(__file__).resolve().parents:  # a worktree sits deeper than the main tree
    if (_parent / "shared" / "data" / "usajobs" / "postings.jsonl.gz").exists():
        USAJOBS = _parent / "shared" / "data" / "usajobs" / "postings.jsonl.gz"
        break
# Narrow roles and broad ones (a third of the postings match "software engineer").
QUERIES = (
    "senior backend python",
    "backend python",
    "nurse",
    "project manager",
    "data scientist",
    "software engineer",
)
NOTHING = "senior backend engineer python onsite in tokyo"  # nothing matches it


class MemoryPostings:
    """The reads explore makes of the store, over postings in memory (no same-job links)."""

    def __init__(self, postings: Sequence[Posting]) -> None:
        self._postings = list(postings)

    async def open_postings(self) -> list[Posting]:
        return self._postings

    async def job_roots(self, posting_ids: Sequence[str]) -> dict[str, str]:
        return {}


def index_search(index: PostingIndex) -> Search:
    """The index's search in a worker thread, as Intake.search_open_postings runs it."""

    async def search(
        query: ParsedQuery,
        sensitivity: Sensitivity,
        limit: int | None = None,
        explain: bool = True,
        among: Callable[[Posting], bool] | None = None,
    ) -> Found:
        return await asyncio.to_thread(index.search, query, sensitivity, limit, explain, among)

    return search


def make_postings(count: int, now: datetime, rng: random.Random) -> tuple[list[Posting], str]:
    """USAJOBS postings (when present) and varied copies of the sample, count in all."""
    out: list[Posting] = []
    if USAJOBS.exists():
        with gzip.open(USAJOBS, "rt", encoding="utf-8") as fh:
            seen: set[str] = set()
            for line in fh:
                row = json.loads(line)
                if row["id"] in seen:
                    continue  # the file lists a few postings twice; a store keeps one per id
                seen.add(row["id"])
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


async def _run(postings: list[Posting], runs: int, now: datetime, queries: list[str]) -> None:
    reader = MemoryPostings(postings)
    warm = parse_query(QUERIES[0])
    explore(QUERIES[0], warm, [p for p, _ in rank(warm, postings[-2000:])], now)  # loads data
    features.cache_clear()  # the build analyses every posting, as at a bot's start
    start = time.perf_counter()
    index = PostingIndex()
    for posting in postings:
        index.put(posting)
    gc.collect()
    gc.freeze()  # as the intake does once it has built the index (core.postings.intake)
    built = time.perf_counter() - start
    print(f"index built in {built:.1f} s ({built / len(postings) * 1e6:.0f} µs a posting)")
    search = index_search(index)
    for text in queries:
        query = parse_query(text)
        whole, whole_cpu, after, cpu, searched = [], [], [], [], []
        found: list[Posting] = []
        features.cache_clear()  # the scan analyses every posting, as in a fresh process
        start = time.perf_counter()
        scanned = await matching_postings(reader, query)
        scan = time.perf_counter() - start
        for _ in range(runs):
            start = time.perf_counter()
            index.search(query, "normal", None, False)  # the index search alone
            searched.append(time.perf_counter() - start)
            start, start_cpu = time.perf_counter(), time.process_time()
            found, analysed = await indexed_postings(reader, search, query)
            middle, middle_cpu = time.perf_counter(), time.thread_time()
            # As /explore runs it, in a worker thread.
            result = explore(text, query, found, now, analysed=analysed)
            end = time.perf_counter()
            cpu.append(time.thread_time() - middle_cpu)
            whole_cpu.append(time.process_time() - start_cpu)
            whole.append(end - start)
            after.append(end - middle)
            assert result.chart, result.chart_missing
        assert [p.id for p in found] == [p.id for p in scanned]
        assert result.market == market(text, query.describe(), scanned, now)
        ratio = scan / statistics.median(whole)
        print(
            f"{text!r:<24} {len(found):>6,} match  full scan {scan * 1000:6.0f} ms  "
            f"explore p50 {_median_ms(whole)} ({ratio:.0f}x faster, slowest "
            f"{max(whole) * 1000:.0f} ms, CPU {_median_ms(whole_cpu).strip()})  "
            f"index search alone {_median_ms(searched).strip()}  "
            f"figures+chart {_median_ms(after).strip()} "
            f"(CPU {_median_ms(cpu).strip()})",
            flush=True,
        )
    await _nothing_found(postings, search, runs)


async def _nothing_found(postings: list[Posting], search: Search, runs: int) -> None:
    """The nearest roles for a query nothing matches: each candidate title checked among its
    own postings, next to a full index search per candidate (as before)."""
    query = parse_query(NOTHING)
    titles = list(Counter(p.title for p in postings).items())  # as the store's open_titles

    async def full(key: str, role: ParsedQuery) -> bool:
        found = await search(role, "normal", None, False)
        return any(title_key(p.title) == key for p, _ in found.matches)

    times: dict[str, list[float]] = {"own": [], "full": []}
    offers: dict[str, list[tuple[str, int]]] = {}
    for _ in range(runs):
        for name, finds in (("own", partial(index_finds_own, search)), ("full", full)):
            start = time.perf_counter()
            offers[name] = await nearest_roles(query, titles, finds)
            times[name].append(time.perf_counter() - start)
    assert offers["own"] == offers["full"] and offers["own"], offers
    print(
        f"nothing found {NOTHING!r}: {len(offers['own'])} roles offered in "
        f"{_median_ms(times['own']).strip()} (each candidate among its own postings), "
        f"{_median_ms(times['full']).strip()} with a full index search per candidate "
        f"({statistics.median(times['full']) / statistics.median(times['own']):.0f}x)",
        flush=True,
    )


def main(argv: list[str]) -> None:
    """Print, per query, the full scan next to explore and to its part after matching."""
    parser = argparse.ArgumentParser(prog="bench.explore")
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", default=",".join(QUERIES), help="comma-separated")
    args, _ = parser.parse_known_args(argv)
    now = datetime.now(UTC)
    postings, origin = make_postings(args.postings, now, random.Random(args.seed))
    print(f"{len(postings):,} open postings: {origin}")
    queries = [q.strip() for q in args.queries.split(",") if q.strip()]
    asyncio.run(_run(postings, args.runs, now, queries))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
