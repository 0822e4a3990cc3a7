"""Retention benchmark: prune a grown database while another process keeps writing.

Usage: .venv/bin/python -m bench.retention [--postings 100000] [--subscribers 10000]
Prints the rows removed, the time a dry run and a prune take, the longest wait of a writer in
another connection during the prune (the batches bound it), and the file's size before and
after (freed pages are reused, the file does not shrink).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core import retention
from core.retention import RetentionPolicy
from core.store.codec import iso
from core.store.sqlite import SqliteStore

NOW = datetime(2026, 12, 1, tzinfo=UTC)
MATCHES_PER_POSTING = 10
PAYLOAD = "x" * 6000  # a delivered digest's JSON is about 6 KB


def _fill(db: Path, postings: int, subscribers: int) -> None:
    """Half the postings closed 120 days ago; half the subscribers idle strangers."""
    old, recent = iso(NOW - timedelta(days=120)), iso(NOW - timedelta(days=1))
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (?, 'console', 'w', ?, 'c', ?)",
            [(n, f"u{n}", old) for n in range(1, subscribers + 1)],
        )
        active = range(1, subscribers // 2 + 1)
        conn.executemany(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at) VALUES (?, ?, 'python', '{}', 1, ?)",
            [(n, n, old) for n in active],
        )
        conn.executemany(
            "INSERT INTO postings (id, source, title, first_seen, updated_at, closed_at, ref) "
            "VALUES (?, 's', 'Backend Engineer', ?, ?, ?, ?)",
            [(f"p{n}", old, old, old if n % 2 else None, n) for n in range(postings)],
        )
        conn.executemany(
            "INSERT INTO matches (search_id, posting_id, score, reasons_json, matched_at) "
            "VALUES (?, ?, 1.0, '[]', ?)",
            (
                (1 + (n * 7 + k) % len(active), f"p{n}", old)
                for n in range(postings)
                for k in range(MATCHES_PER_POSTING)
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO sent (subscriber_id, posting_id, sent_at) VALUES (?, ?, ?)",
            (
                (1 + (n * 7 + k) % len(active), f"p{n}", old)
                for n in range(postings)
                for k in range(MATCHES_PER_POSTING)
            ),
        )
        conn.executemany(
            "INSERT INTO outbox (subscriber_id, kind, payload, created_at, state, attempts, "
            "next_attempt_at, delivered_at) VALUES (?, 'digest', ?, ?, 'delivered', 1, ?, ?)",
            (
                (1 + n % len(active), PAYLOAD, at, at, at)
                for n in range(postings // 2)
                for at in ((old if n % 2 else recent),)
            ),
        )


def _writer(db: Path, stop: threading.Event, waits: list[float]) -> None:
    """Another process's writes (one row every 10 ms); record how long each one took."""
    conn = sqlite3.connect(db, timeout=30, isolation_level=None)
    while not stop.is_set():
        started = time.perf_counter()
        conn.execute("UPDATE subscribers SET last_seen_at = ? WHERE id = 1", (iso(NOW),))
        waits.append(time.perf_counter() - started)
        time.sleep(0.01)
    conn.close()


async def run(postings: int, subscribers: int) -> None:
    """Measure a dry run and a prune; print one line per figure."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        await (await SqliteStore.open(db)).close()
        _fill(db, postings, subscribers)
        size = db.stat().st_size
        store = await SqliteStore.open(db)
        try:
            started = time.perf_counter()
            dry = await retention.prune(store, RetentionPolicy(), NOW, dry_run=True)
            dry_seconds = time.perf_counter() - started
            waits: list[float] = []
            stop = threading.Event()
            writer = threading.Thread(target=_writer, args=(db, stop, waits))
            writer.start()
            started = time.perf_counter()
            report = await retention.prune(store, RetentionPolicy(), NOW)
            seconds = time.perf_counter() - started
            stop.set()
            writer.join()
            storage = await store.storage()
        finally:
            await store.close()
    print(f"retention: {size / 1e6:.0f} MB database; removed {report.summary()}")
    print(f"retention: dry run {dry_seconds:.2f} s (same counts: {dry.removed == report.removed})")
    print(f"retention: prune {seconds:.2f} s; another connection's writes waited at most ", end="")
    print(f"{max(waits, default=0.0) * 1000:.0f} ms over {len(waits)} writes")
    print(
        f"retention: after: {storage['database_bytes'] / 1e6:.0f} MB file, "
        f"{storage['free_bytes'] / 1e6:.0f} MB of it free for reuse"
    )


def main(argv: list[str] | None = None) -> None:
    """Parse the flags and run."""
    parser = argparse.ArgumentParser(prog="bench.retention")
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args(argv)
    asyncio.run(run(args.postings, args.subscribers))


if __name__ == "__main__":
    main()
