"""/list's match counts at volume: one subscriber's 25 searches, one holding N stored matches.

Usage: .venv/bin/python -m bench list_counts [--matches 100000 1000000]
Builds an SQLite store per N (rows written directly: postings, searches, matches), then times
Store.match_counts for the subscriber, three times, as /list calls it (counted up to 500).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import tempfile
import time
from pathlib import Path

from core.postings.intake import STORED_MATCHES
from core.store.sqlite import SqliteStore

SEARCHES = 25


async def _timed(db: Path, matches: int) -> None:
    """Fill the store, then time the counts."""
    store = await SqliteStore.open(db)
    await store.close()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'a', 't', '2026-01-01')"
        )
        conn.executemany(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) VALUES (?, 1, ?, '{}', 1, '2026-01-01', ?)",
            [(n, f"q{n}", f"q{n}") for n in range(1, SEARCHES + 1)],
        )
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO postings (id, source, title, first_seen, updated_at, ref) "
            "SELECT 'p' || i, 's', 'developer', 'x', 'x', i FROM n",
            (matches,),
        )
        conn.execute(
            "INSERT INTO matches (posting_ref, search_id, score, matched_at) "
            "SELECT ref, 1, 80, 0 FROM postings"
        )
        conn.execute(
            "INSERT INTO matches (posting_ref, search_id, score, matched_at) SELECT p.ref, s.id, "
            "80, 0 FROM postings p, searches s WHERE s.id > 1 AND p.ref <= ?",
            (STORED_MATCHES,),
        )
    store = await SqliteStore.open(db)
    try:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            counts = await store.match_counts(1, STORED_MATCHES)
            times.append((time.perf_counter() - start) * 1e3)
        shown = counts[1]
        print(
            f"{matches:>9,} stored matches on one search + {SEARCHES - 1} x {STORED_MATCHES}: "
            f"match_counts {', '.join(f'{t:.1f}' for t in times)} ms "
            f"(shows {shown.stored}{'+' if shown.more else ''})"
        )
    finally:
        await store.close()


def main(argv: list[str]) -> None:
    """Time the counts at each volume."""
    parser = argparse.ArgumentParser(prog="bench list_counts")
    parser.add_argument("--matches", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for matches in args.matches:
            asyncio.run(_timed(Path(tmp) / f"counts{matches}.db", matches))
