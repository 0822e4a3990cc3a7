"""Memory benchmark: resident memory with 1,000,000 open postings and 100,000 saved searches.

Postings have real shapes: USAJOBS titles from ../shared/data when present, the bundled
sample's descriptions, companies, places and salaries. They are stored through the store's
bulk path; then the search index is loaded and every open posting read into memory (what a
full scan holds). Each step's resident set is read from /proc, next to the interpreter's own.

With --index the index over open postings is built instead (what `concierge run` holds:
every posting analysed, about a millisecond each with a description, so a million take most
of an hour on a quiet machine), with its bytes per posting.

Usage: .venv/bin/python -m bench memory [--postings 1000000] [--searches 100000] [--seed 1]
       [--index]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from bench.ingest import _seed_searches, _Store
from bench.matching import SAMPLE, _real_titles
from core.clock import SystemClock
from core.matching.features import features
from core.model import Posting
from core.postings.intake import Intake

GOAL = 3 << 30
_CHUNK = 5000


def rss() -> int:
    """This process's resident set now, in bytes (not the peak)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _shapes() -> list[dict[str, object]]:
    """The bundled sample's postings, as JSON objects."""
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def generate(count: int, rng: random.Random) -> Iterator[list[Posting]]:
    """count postings in chunks: real titles when present, the sample's other fields."""
    shapes = _shapes()
    titles = _real_titles(count) or [str(shape["title"]) for shape in shapes]
    rng.shuffle(titles)
    for start in range(0, count, _CHUNK):
        chunk = []
        for n in range(start, min(start + _CHUNK, count)):
            shape = shapes[rng.randrange(len(shapes))]
            chunk.append(
                Posting(
                    id=f"bench:{n}",
                    title=titles[n % len(titles)],
                    source="bench",
                    company=str(shape.get("company") or ""),
                    location=str(shape.get("location") or ""),
                    salary_min=shape.get("salary_min"),  # type: ignore[arg-type]
                    salary_max=shape.get("salary_max"),  # type: ignore[arg-type]
                    currency=shape.get("currency"),  # type: ignore[arg-type]
                    url=f"https://example.com/jobs/{n}",
                    description=str(shape.get("description") or ""),
                    tags=tuple(str(t) for t in shape.get("tags") or ()),  # type: ignore[attr-defined]
                )
            )
        yield chunk


def _size(folder: Path) -> int:
    """The bytes of every file in a folder (the database, its WAL)."""
    return sum(p.stat().st_size for p in folder.iterdir())


def _mb(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"


async def run(n_postings: int, n_searches: int, seed: int, index: bool = False) -> None:
    """Store the postings and searches, load the index, read every posting; print RSS."""
    base = rss()
    print(f"memory: interpreter with the product imported: {_mb(base)} (baseline)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = await _Store.open(path)
        assert isinstance(store, _Store)
        try:
            start = time.perf_counter()
            await _seed_searches(store, n_searches, seed)
            # Stored in bulk as if scanned: else loading the index would first scan each.
            await store._write_one("DELETE FROM search_scans")
            now = datetime.now(UTC)
            for chunk in generate(n_postings, random.Random(seed)):
                await store.upsert_postings(chunk, now)
            stored = rss()
            size = _size(Path(folder))
            print(
                f"memory: {n_postings:,} postings and {n_searches:,} searches stored in "
                f"{time.perf_counter() - start:.0f} s; database {_mb(size)} = "
                f"{size / n_postings:,.0f} bytes per posting; RSS {_mb(stored)}"
            )
            intake = await Intake.load(store, SystemClock())
            indexed = rss()
            print(
                f"memory: search index of {intake.indexed_searches:,} searches loaded: RSS "
                f"{_mb(indexed)} (+{_mb(indexed - stored)})"
            )
            if index:
                start = time.perf_counter()
                await intake.load_postings()
                features.cache_clear()  # the analysis cache is not the index
                gc.collect()
                held = rss()
                per = (held - indexed) / max(n_postings, 1)
                print(
                    f"memory: index over {n_postings:,} open postings built in "
                    f"{time.perf_counter() - start:.0f} s: RSS {_mb(held)} = {per:,.0f} bytes per "
                    f"posting; {held / GOAL:.2f} of the {_mb(GOAL)} goal; at 1,000,000 postings "
                    f"that rate gives {_mb(int(indexed + per * 1_000_000))} (extrapolated)"
                )
                return
            postings = await store.open_postings()
            held = rss()
            per = (held - indexed) / max(len(postings), 1)
            print(
                f"memory: every open posting read into memory ({len(postings):,}): RSS "
                f"{_mb(held)} = {per:,.0f} bytes per posting; {held / base:.1f}× the "
                f"baseline; {held / GOAL:.2f} of the {_mb(GOAL)} goal"
            )
        finally:
            await store.close()


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(prog="bench.memory")
    parser.add_argument("--postings", type=int, default=1_000_000)
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--index", action="store_true")
    args, _ = parser.parse_known_args(argv)
    asyncio.run(run(args.postings, args.searches, args.seed, args.index))


if __name__ == "__main__":
    main()
