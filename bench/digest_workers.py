"""Digest workers benchmark: a popular minute's digests built and queued by 1, then 2 processes.

Every subscriber is due at 09:00; the workers run at 08:56 as `concierge run --role digest`
does on PostgreSQL (digests due within five minutes are built ahead and held until 09:00),
each claiming batches of due subscribers (FOR UPDATE SKIP LOCKED). Counted afterwards: one
digest per subscriber in the outbox (none lost, none twice) and every next digest time moved
to the next day. Runs when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a PostgreSQL
server, in a schema of its own that is dropped afterwards.

Usage: .venv/bin/python -m bench digestworkers [--subscribers 100000] [--workers 1,2]
(--workers 1,2,1,2 repeats each, interleaved; ratios are to the first 1-worker run.)
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import time
import uuid
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Event
from typing import Any

DUE = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NOW = DUE - timedelta(minutes=4)  # a tick a few minutes before the popular minute
POSTINGS = 2000
MATCHES_EACH = 5
QUERY = "senior backend engineer python"


def _in_schema(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}search_path={schema}"


async def _populate(url: str, subscribers: int) -> None:
    """Postings, and subscribers due at 09:00 with one search and a few matches each."""
    import asyncpg

    from core.matching import PARSER_VERSION, parse_query
    from core.model import Posting
    from core.store.codec import iso, micros
    from core.store.postgres.store import PostgresStore
    from core.store.sqlite import query_key

    store = await PostgresStore.open(url)
    try:
        await store.upsert_postings(
            [
                Posting(
                    id=f"bench:{n}",
                    title=f"Senior Backend Engineer {n}",
                    company=f"Co{n % 400}",
                    url=f"https://example.com/jobs/{n}",
                )
                for n in range(POSTINGS)
            ],
            NOW - timedelta(days=1),
        )
    finally:
        await store.close()
    conn = await asyncpg.connect(url)
    try:
        at = iso(NOW - timedelta(days=1))
        refs = [int(r[0]) for r in await conn.fetch("SELECT ref FROM postings ORDER BY ref")]
        await conn.execute(
            "INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at, "
            "next_digest_at) SELECT 'bench', '', 'u' || n, 'c', $1, $2 "
            "FROM generate_series(1, $3) AS n",
            at,
            iso(DUE),
            subscribers,
        )
        await conn.execute(
            "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) SELECT id, $1, $2, $3, $4, $5 FROM subscribers",
            QUERY,
            parse_query(QUERY).to_json(),
            PARSER_VERSION,
            at,
            query_key(QUERY),
        )
        await conn.execute(
            "INSERT INTO matches (posting_ref, search_id, score, matched_at, notify) "
            "SELECT ($1::bigint[])[1 + ((s.id * 7 + k * 131) % $2)], s.id, 60 + k, $3, 1 "
            "FROM searches s CROSS JOIN generate_series(0, $4 - 1) AS k",
            refs,
            len(refs),
            micros(NOW - timedelta(days=1)),
            MATCHES_EACH,
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def _reset(url: str) -> None:
    """Every digest unsent and due again at 09:00."""
    import asyncpg

    from core.store.codec import iso

    conn = await asyncpg.connect(url)
    try:
        await conn.execute("DELETE FROM outbox")
        await conn.execute("DELETE FROM sent")
        await conn.execute("UPDATE subscribers SET next_digest_at = $1", iso(DUE))
        await conn.execute("VACUUM ANALYZE outbox")
    finally:
        await conn.close()


async def _count(url: str) -> dict[str, int]:
    """What the outbox and the subscribers' next digest times say after the workers."""
    import asyncpg

    from core.store.codec import iso

    conn = await asyncpg.connect(url)
    try:
        row = await conn.fetchrow(
            "SELECT COUNT(*) AS rows, COUNT(DISTINCT subscriber_id) AS subscribers, "
            "COUNT(*) FILTER (WHERE next_attempt_at = $1) AS held FROM outbox "
            "WHERE kind = 'digest'",
            iso(DUE),
        )
        moved = await conn.fetchval(
            "SELECT COUNT(*) FROM subscribers WHERE next_digest_at = $1",
            iso(DUE + timedelta(days=1)),
        )
        return {**dict(row), "moved": int(moved)}
    finally:
        await conn.close()


def _worker(url: str, ready: Any, go: Event, results: Any) -> None:
    """One digest worker process: open the store, wait for the start, build what is due."""

    async def work() -> None:
        from core.digests.delivery import Digests
        from core.store.postgres.store import PostgresStore

        store = await PostgresStore.open(url)
        try:
            digests = Digests(store, ahead=timedelta(minutes=5))
            ready.put(os.getpid())
            await asyncio.get_running_loop().run_in_executor(None, go.wait)
            start = time.perf_counter()
            due, queued = await digests.build_due(NOW)
            results.put((due, queued, time.perf_counter() - start, time.process_time()))
        finally:
            await store.close()

    asyncio.run(work())


def _run_workers(url: str, count: int) -> tuple[float, list[tuple[int, int, float, float]]]:
    """Start count worker processes together; the wall time until the last is done."""
    context = multiprocessing.get_context("spawn")
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    processes = [
        context.Process(target=_worker, args=(url, ready, go, results)) for _ in range(count)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=120)
    start = time.perf_counter()
    go.set()
    done = [results.get(timeout=3600) for _ in processes]
    wall = time.perf_counter() - start
    for process in processes:
        process.join(timeout=60)
    return wall, done


def main(argv: list[str] | None = None) -> None:
    """Parse flags; populate once, then time each worker count on the same data."""
    parser = argparse.ArgumentParser(prog="bench.digest_workers")
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2")
    args, _ = parser.parse_known_args(argv)
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if not url:
        print("digestworkers: not run; set BENCH_DATABASE_URL=postgresql://… to run it")
        return
    counts = [int(n) for n in args.workers.split(",")]
    asyncio.run(_bench(url, args.subscribers, counts))


async def _bench(url: str, subscribers: int, counts: list[int]) -> None:
    """Populate a fresh schema, run each worker count, print and check the counts."""
    import asyncpg

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(url)
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        there = _in_schema(url, schema)
        start = time.perf_counter()
        await _populate(there, subscribers)
        print(
            f"digestworkers: {subscribers:,} subscribers due at 09:00 (one search, "
            f"{MATCHES_EACH} matches each), set up in {time.perf_counter() - start:.1f} s"
        )
        runs: list[tuple[int, float]] = []
        for count in counts:
            await _reset(there)
            wall, done = await asyncio.get_running_loop().run_in_executor(
                None, _run_workers, there, count
            )
            counted = await _count(there)
            due = sum(d[0] for d in done)
            queued = sum(d[1] for d in done)
            lost = subscribers - counted["subscribers"]
            twice = counted["rows"] - counted["subscribers"]
            runs.append((count, due / wall))
            singles = [rate for n, rate in runs if n == 1]
            versus = f" ({due / wall / singles[0]:.2f}× 1 worker's)" if singles else ""
            shares = "/".join(f"{d[0]:,}" for d in done)
            print(
                f"digestworkers: {count} worker{'s' if count > 1 else ''}: {queued:,} digests "
                f"built and queued in {wall:.1f} s, {due / wall:,.0f} claims/s{versus}; "
                f"claimed {shares}; lost {lost}, twice {twice}, held until 09:00 "
                f"{counted['held']:,}, next time moved {counted['moved']:,}; "
                f"CPU {sum(d[3] for d in done):.1f} s; load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    finally:
        await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


if __name__ == "__main__":
    main()
