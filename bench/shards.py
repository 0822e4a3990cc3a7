"""Match shards benchmark: the posting log matched by 1, 2 and 4 shard processes.

Saved searches are written straight into a PostgreSQL schema of their own, postings are
recorded once without matching (as the ingest role does when shards run), then for each K
the K shard processes (real subprocesses, `ShardWorker` as `--role match` runs it) load their
share of the searches and match the whole posting log from cursor 0, started together.
Figures per K: postings/s of the fleet (every posting matched by every shard), p50 time per
posting within a shard step, RSS per shard after loading, and the ratio to 1 shard.

Runs when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, else when PostgreSQL
answers on 127.0.0.1:5432 (user postgres); says so and stops otherwise.

Usage: .venv/bin/python -m bench.shards [--searches 100000] [--postings 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid

from bench.matching import make_postings, make_searches
from core.matching import PARSER_VERSION

LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SHARD_COUNTS = (1, 2, 4)
SUBSCRIBER_SEARCHES = 20  # searches per bench subscriber


async def _server_url() -> str | None:
    """The server to use: named by the environment, else a local one that answers."""
    named = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if named:
        return named
    import asyncpg

    try:
        conn = await asyncpg.connect(LOCAL_URL, timeout=2)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return None
    await conn.close()
    return LOCAL_URL


def _schema_url(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}search_path={schema}"


async def _fill(url: str, n_searches: int, n_postings: int, seed: int) -> int:
    """Write the searches and record the postings (unmatched); the posting changes logged."""
    from core.clock import SystemClock
    from core.postings.intake import Intake
    from core.store.postgres.store import PostgresStore

    rng = random.Random(seed)
    searches = make_searches(n_searches, rng)
    postings, _ = make_postings(n_postings, rng)
    store = await PostgresStore.open(url)
    try:
        async with store._pool.acquire() as conn:
            n_subscribers = -(-n_searches // SUBSCRIBER_SEARCHES)
            await conn.execute(
                "INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at) "
                "SELECT 'bench', '', 'u' || n, 'c', '2026-12-01T00:00:00.000000+00:00' "
                "FROM generate_series(1, $1) AS n",
                n_subscribers,
            )
            first = await conn.fetchval("SELECT MIN(id) FROM subscribers")
            texts = [f"{query.describe()} {n}" for n, (query, _) in enumerate(searches)]
            await conn.execute(
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "active, sensitivity, created_at, created_by, query_key) "
                "SELECT $1 + (n - 1) / $2, t, j, $3, 1, s, '2026-12-01T00:00:00.000000+00:00', "
                "'bench', lower(t) FROM unnest($4::text[], $5::text[], $6::text[]) "
                "WITH ORDINALITY AS v(t, j, s, n)",
                first,
                SUBSCRIBER_SEARCHES,
                PARSER_VERSION,
                texts,
                [query.to_json() for query, _ in searches],
                [sensitivity for _, sensitivity in searches],
            )
            await conn.execute("DELETE FROM search_scans")  # no /add scan: the shards match
        intake = await Intake.load(store, SystemClock(), matching=False)
        await intake.record(postings)
        return await store.posting_change_cursor()
    finally:
        await store.close()


def _rss_mb() -> float:
    """This process's resident set now, in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _worker(url: str, shard_text: str) -> None:
    """One shard process: load, say ready, wait for go, match the whole log, report JSON."""
    from core.clock import SystemClock
    from core.postings.shards import ShardWorker
    from core.store.postgres.store import PostgresStore
    from core.workers import parse_shard

    shard = parse_shard(shard_text)
    store = await PostgresStore.open(url)
    try:
        start = time.perf_counter()
        worker = await ShardWorker.load(store, shard, SystemClock())
        loaded = time.perf_counter() - start
        print(json.dumps({"ready": True}), flush=True)
        sys.stdin.readline()
        steps: list[tuple[int, float]] = []
        while True:
            began = time.perf_counter()
            done = await worker.step()
            if not done:
                break
            steps.append((done, time.perf_counter() - began))
        report = {
            "searches": len(worker.index),
            "load_s": loaded,
            "rss_mb": _rss_mb(),
            "done_at": time.time(),
            "postings": sum(n for n, _ in steps),
            "per_posting_ms": [1000 * s / n for n, s in steps],
        }
        print(json.dumps(report), flush=True)
    finally:
        await store.close()


def _run_fleet(url: str, count: int) -> tuple[float, list[dict[str, float]]]:
    """Start count shards, let them load, start them together; wall seconds and reports."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.shards", "--worker", f"{i}/{count}", "--url", url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(count)
    ]
    for proc in procs:
        assert proc.stdout is not None
        assert json.loads(proc.stdout.readline()).get("ready"), "a shard failed to load"
    go = time.time()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    reports = []
    for proc in procs:
        assert proc.stdout is not None
        reports.append(json.loads(proc.stdout.readline()))
        proc.wait()
    return max(r["done_at"] for r in reports) - go, reports


async def _reset(url: str) -> int:
    """Forget the matches and cursors of the previous fleet; how many matches it stored."""
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        stored = int(await conn.fetchval("SELECT COUNT(*) FROM matches"))
        await conn.execute("TRUNCATE matches, shard_cursors")
        return stored
    finally:
        await conn.close()


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main(argv: list[str] | None = None) -> None:
    """Parse flags; fill a schema, run 1, 2 and 4 shards over it, print the figures."""
    parser = argparse.ArgumentParser(description="Match shards benchmark")
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--postings", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args(argv)
    if args.worker:
        asyncio.run(_worker(args.url, args.worker))
        return
    server = asyncio.run(_server_url())
    if server is None:
        print("shards: not run; PostgreSQL is needed (BENCH_DATABASE_URL=postgresql://…)")
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(server, f'CREATE SCHEMA "{schema}"'))
    try:
        url = _schema_url(server, schema)
        started = time.perf_counter()
        logged = asyncio.run(_fill(url, args.searches, args.postings, args.seed))
        print(
            f"shards: {args.searches:,} searches, {args.postings} postings ({logged} posting "
            f"changes), filled in {time.perf_counter() - started:.0f} s; load "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        base = 0.0
        for count in SHARD_COUNTS:
            wall, reports = _run_fleet(url, count)
            stored = asyncio.run(_reset(url))
            rate = args.postings / wall
            base = base or rate
            p50 = statistics.median(ms for r in reports for ms in r["per_posting_ms"])
            rss = ", ".join(f"{r['rss_mb']:.0f}" for r in reports)
            load = max(r["load_s"] for r in reports)
            print(
                f"  {count} shard(s): {rate:,.1f} postings/s ({rate / base:.2f}× 1 shard), "
                f"{stored:,} matches; "
                f"p50 {p50:.2f} ms per posting in a shard; RSS per shard {rss} MB; "
                f"searches per shard {[r['searches'] for r in reports]}; load {load:.1f} s"
            )
    finally:
        asyncio.run(_admin(server, f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
