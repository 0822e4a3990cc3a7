"""Match shards benchmark: the posting log matched by 1, 2 and 4 shard processes.

Saved searches are written straight into a PostgreSQL schema of their own (COPY, in chunks;
generated from the vocabulary and, when ../shared is there, real USAJOBS titles), postings are
recorded once without matching (as the ingest role does when shards run), then for each K
the K shard processes (real subprocesses, `ShardWorker` as `--role match` runs it) load their
share of the searches and match the whole posting log from cursor 0, started together.
Figures per K: postings/s of the fleet (every posting matched by every shard) by the wall
clock and per CPU-second (the shard processes and the PostgreSQL backends serving them), p50
time per posting within a shard step, RSS per shard after loading and at its peak, the
searches and distinct queries per shard (searches fall in shards by their shard key: copies
of a query share one, 32 at a time, so a popular query is in several), and the ratio to the
first K of the run. The setup is not measured: `--schema NAME` keeps the filled schema (reused
by a later run with the same --searches, --postings and --seed), so that the K runs can be
repeated without filling again.

Runs when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, else when PostgreSQL
answers on 127.0.0.1:5432 (user postgres); says so and stops otherwise.

The defaults are the scale-out issue's: 1,000,000 searches in 1, 2 and 4 shards, about 10
minutes on a quiet 2-core machine and 30 at a load average of 10, with 2.7 GB at the peak of
one shard (about 0.9 GB a shard for four); `--searches 100000 --postings 400` runs a tenth.

Usage: .venv/bin/python -m bench.shards [--searches 1000000] [--postings 200] [--seed 1]
       [--shards 1,2,4] [--schema NAME] [--drop]
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
from collections.abc import Sequence
from typing import Any

from bench.matching import SHARED, make_postings, make_searches
from core.matching import PARSER_VERSION
from core.workers import query_hash, shard_key

LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SHARD_COUNTS = "1,2,4"
SUBSCRIBER_SEARCHES = 20  # searches per bench subscriber
FILL_CHUNK = 50_000  # searches generated and copied at a time (the parent's memory stays low)
CREATED_AT = "2026-12-01T00:00:00.000000+00:00"
SEARCH_FIELDS = (
    "subscriber_id",
    "raw_text",
    "parsed_json",
    "parser_version",
    "active",
    "sensitivity",
    "created_at",
    "created_by",
    "query_key",
    "query_hash",
    "shard_key",
)


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
    store = await PostgresStore.open(url)
    try:
        async with store._pool.acquire() as conn:
            n_subscribers = -(-n_searches // SUBSCRIBER_SEARCHES)
            await conn.execute(
                "INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at) "
                "SELECT 'bench', '', 'u' || n, 'c', $2 FROM generate_series(1, $1) AS n",
                n_subscribers,
                CREATED_AT,
            )
            first = int(await conn.fetchval("SELECT MIN(id) FROM subscribers"))
            copies: dict[int, int] = {}
            for start in range(0, n_searches, FILL_CHUNK):
                count = min(FILL_CHUNK, n_searches - start)
                rows = _search_rows(make_searches(count, rng), start, first, copies)
                await conn.copy_records_to_table("searches", records=rows, columns=SEARCH_FIELDS)
            await conn.execute("DELETE FROM search_scans")  # no /add scan: the shards match
            await conn.execute("ANALYZE")
        postings, _ = make_postings(n_postings, rng)
        intake = await Intake.load(store, SystemClock(), matching=False)
        await intake.record(postings)
        return await store.posting_change_cursor()
    finally:
        await store.close()


def _search_rows(
    searches: Sequence[Any], start: int, first: int, copies: dict[int, int]
) -> list[tuple[Any, ...]]:
    """COPY rows of these (query, sensitivity) pairs, numbered from start; each distinct
    query is described and encoded once; copies counts the searches written by query hash."""
    encoded: dict[int, tuple[str, str, int]] = {}
    rows = []
    for n, (query, sensitivity) in enumerate(searches, start):
        if id(query) not in encoded:
            parsed = query.to_json()
            encoded[id(query)] = (query.describe(), parsed, query_hash(parsed))
        text, parsed, hashed = encoded[id(query)]
        raw = f"{text} {n}"
        subscriber = first + n // SUBSCRIBER_SEARCHES
        row = (subscriber, raw, parsed, PARSER_VERSION, 1, sensitivity, CREATED_AT, "bench")
        earlier = copies.get(hashed, 0)
        copies[hashed] = earlier + 1
        rows.append((*row, raw.lower(), hashed, shard_key(hashed, earlier)))
    return rows


def _proc_status(field: str) -> float:
    """A field of this process's /proc status (VmRSS, VmHWM), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process of this machine used so far (0 when gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _backend_cpu(store: Any, app: str) -> dict[int, float]:
    """CPU seconds used so far by each PostgreSQL backend serving this application name
    (readable when the server runs on this machine: 0 otherwise)."""
    rows = await store._all("SELECT pid FROM pg_stat_activity WHERE application_name = $1", app)
    return {int(row[0]): _cpu_seconds(int(row[0])) for row in rows}


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


async def _worker(url: str, shard_text: str) -> None:
    """One shard process: load, say ready, wait for go, match the whole log, report JSON."""
    from core.clock import SystemClock
    from core.postings.shards import ShardWorker
    from core.store.postgres.store import PostgresStore
    from core.workers import parse_shard

    shard = parse_shard(shard_text)
    app = f"bench_shard_{os.getpid()}"
    store = await PostgresStore.open(f"{url}&application_name={app}")
    try:
        start = time.perf_counter()
        worker = await ShardWorker.load(store, shard, SystemClock())
        loaded = time.perf_counter() - start
        rss_loaded = _proc_status("VmRSS")
        print(json.dumps({"ready": True}), flush=True)
        sys.stdin.readline()
        own, backends = _own_cpu(), await _backend_cpu(store, app)
        steps: list[tuple[int, float]] = []
        while True:
            began = time.perf_counter()
            done = await worker.step()
            if not done:
                break
            steps.append((done, time.perf_counter() - began))
        done_at = time.time()
        own = _own_cpu() - own
        after = await _backend_cpu(store, app)
        server = sum(cpu - backends.get(pid, 0.0) for pid, cpu in after.items())
        report = {
            "searches": len(worker.index),
            "queries": worker.index.distinct_queries,
            "load_s": loaded,
            "rss_mb": rss_loaded,
            "peak_mb": _proc_status("VmHWM"),
            "done_at": done_at,
            "cpu_s": own,
            "server_cpu_s": server,
            "postings": sum(n for n, _ in steps),
            "per_posting_ms": [1000 * s / n for n, s in steps],
        }
        print(json.dumps(report), flush=True)
    finally:
        await store.close()


def _run_fleet(url: str, count: int) -> tuple[float, list[dict[str, Any]]]:
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


async def _admin(url: str, sql: str) -> Any:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


async def _prepared(url: str, schema: str, label: str) -> int | None:
    """The posting changes of a schema filled earlier for the same flags (None: fill it)."""
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_namespace WHERE nspname = $1", schema):
            await conn.execute(f'CREATE SCHEMA "{schema}"')
            return None
        await conn.execute(f'SET search_path = "{schema}"')
        if await conn.fetchval("SELECT to_regclass('bench_filled')") is None:
            # Left half-filled by a run that was stopped: filled again from scratch.
            await conn.execute(f'DROP SCHEMA "{schema}" CASCADE; CREATE SCHEMA "{schema}"')
            return None
        if await conn.fetchval("SELECT label FROM bench_filled") != label:
            # Filled for other flags or an older parser: filled again.
            await conn.execute(f'DROP SCHEMA "{schema}" CASCADE; CREATE SCHEMA "{schema}"')
            return None
        await conn.execute("TRUNCATE matches, shard_cursors")
        return int(await conn.fetchval("SELECT COALESCE(MAX(id), 0) FROM posting_changes"))
    finally:
        await conn.close()


def _fleet_line(postings: int, wall: float, reports: list[dict[str, Any]]) -> str:
    """One K's figures."""
    cpu = sum(r["cpu_s"] + r["server_cpu_s"] for r in reports)
    p50 = statistics.median(ms for r in reports for ms in r["per_posting_ms"])
    rss = ", ".join(f"{r['rss_mb']:.0f}" for r in reports)
    peak = ", ".join(f"{r['peak_mb']:.0f}" for r in reports)
    return (
        f"postings/s {postings / wall:,.2f} wall ({wall:.1f} s), {postings / cpu:,.3f} per "
        f"CPU-second ({sum(r['cpu_s'] for r in reports):.1f} s in shards + "
        f"{sum(r['server_cpu_s'] for r in reports):.1f} s in their PostgreSQL backends); "
        f"p50 {p50:,.1f} ms per posting in a shard; RSS per shard after loading {rss} MB "
        f"(peak {peak}); searches per shard {[r['searches'] for r in reports]}, distinct "
        f"queries per shard {[r['queries'] for r in reports]} "
        f"({sum(r['queries'] for r in reports):,} in all); PostgreSQL CPU per shard "
        f"{[round(r['server_cpu_s'], 1) for r in reports]} s; "
        f"loaded in {max(r['load_s'] for r in reports):.0f} s"
    )


def main(argv: list[str] | None = None) -> None:
    """Parse flags; fill a schema (or reuse one), run K shards over it, print the figures."""
    parser = argparse.ArgumentParser(description="Match shards benchmark")
    parser.add_argument("--searches", type=int, default=1_000_000)
    parser.add_argument("--postings", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shards", default=SHARD_COUNTS, help="the counts to run, e.g. 1,2,4")
    parser.add_argument("--schema", help="keep the filled schema under this name, reuse it")
    parser.add_argument("--drop", action="store_true", help="drop the --schema at the end")
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
    counts = [int(k) for k in args.shards.split(",") if k]  # none: fill only
    schema = args.schema or f"bench_{uuid.uuid4().hex[:12]}"
    label = (
        f"{args.searches} searches, {args.postings} postings, seed {args.seed}, "
        f"parser {PARSER_VERSION}"
    )
    url = _schema_url(server, schema)
    try:
        started = time.perf_counter()
        logged = asyncio.run(_prepared(server, schema, label))
        if logged is None:
            logged = asyncio.run(_fill(url, args.searches, args.postings, args.seed))
            asyncio.run(_admin(url, f"CREATE TABLE bench_filled AS SELECT '{label}' AS label"))
        titles = "with USAJOBS titles" if (SHARED / "usajobs").is_dir() else "generated only"
        print(
            f"shards: {args.searches:,} searches ({titles}), {args.postings} postings "
            f"({logged} posting changes), schema {schema} ready in "
            f"{time.perf_counter() - started:.0f} s; {os.cpu_count()} cores",
            flush=True,
        )
        base = (0.0, 0.0)
        for count in counts:
            before = os.getloadavg()[0]
            wall, reports = _run_fleet(url, count)
            stored = asyncio.run(_reset(url))
            cpu = sum(r["cpu_s"] + r["server_cpu_s"] for r in reports)
            rates = (args.postings / wall, args.postings / cpu)
            base = base if base[0] else rates
            print(
                f"  {count} shard(s): {_fleet_line(args.postings, wall, reports)}; "
                f"{stored:,} matches; over {counts[0]} shard(s): {rates[0] / base[0]:.2f}× wall, "
                f"{rates[1] / base[1]:.2f}× per CPU-second; load average {before:.1f} before, "
                f"{os.getloadavg()[0]:.1f} after",
                flush=True,
            )
    finally:
        if not args.schema or args.drop:
            asyncio.run(_admin(server, f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
