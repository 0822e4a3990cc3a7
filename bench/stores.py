"""Store benchmark: the same service work on SQLite and on PostgreSQL, side by side.

Records postings (stored and matched in bulk, one transaction per batch of 500) against saved
searches, then builds every subscriber's digest and queues it. The SQLite figures are the
baseline; the PostgreSQL part runs when BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a
server, in a schema of its own that is dropped afterwards.

Each store also counts the statements it sends per search added: on PostgreSQL each one is a
round trip to the server (the pool's reset of a released connection included).

Usage: .venv/bin/python -m bench.stores [--postings 5000] [--subscribers 200] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bench.matching import make_postings, make_searches
from core.clock import SystemClock
from core.digests.delivery import Digests
from core.matching import PARSER_VERSION
from core.model import SubscriberKey
from core.postings.intake import Intake

Figures = dict[str, tuple[float, str]]


async def _work(store: Any, n_postings: int, n_subscribers: int, seed: int) -> Figures:
    """Time the same work on an open, empty store; figures by name, with a unit each."""
    rng = random.Random(seed)
    clock = SystemClock()
    postings, _ = make_postings(n_postings, rng)
    searches = make_searches(n_subscribers, rng)
    async with _statements(store) as sent:
        start = time.perf_counter()
        for n, (query, sensitivity) in enumerate(searches):
            key = SubscriberKey("bench", "", f"u{n}", "c")
            subscriber = await store.subscriber(key, clock.now())
            await store.add_search(
                subscriber.id,
                f"{query.describe()} {n}",
                query.to_json(),
                PARSER_VERSION,
                sensitivity,
                25,
                clock.now(),
            )
        added = time.perf_counter() - start
        await asyncio.sleep(0.05)  # asyncpg calls its query loggers soon after each statement
    intake = await Intake.load(store, clock)
    start = time.perf_counter()
    summary = await intake.record(postings)
    recorded = time.perf_counter() - start
    start = time.perf_counter()
    again = await intake.record(postings)
    unchanged = time.perf_counter() - start
    assert again.unchanged == len(postings), again
    digests = Digests(store)
    due = clock.now()
    for subscriber in await store.due_subscribers(due, n_subscribers):
        await store.save_settings(subscriber.id, subscriber.settings)
    start = time.perf_counter()
    queued = 0
    for n in range(n_subscribers):
        subscriber = await store.subscriber(SubscriberKey("bench", "", f"u{n}", "c"), due)
        matches = await digests.pending(subscriber)
        if matches:
            reply, shown = await digests.compose(subscriber, matches, "Your job digest:")
            await store.enqueue(subscriber, "digest", repr(reply)[:2000], shown, due, None)
            queued += 1
    built = time.perf_counter() - start
    return {
        "searches added (one at a time, as /add)": (n_subscribers / added, "searches/s"),
        "statements sent per search added": (len(sent) / n_subscribers, "statements"),
        f"postings recorded new ({summary.matches} matches)": (n_postings / recorded, "postings/s"),
        "postings recorded again, unchanged": (n_postings / unchanged, "postings/s"),
        f"digests built and queued ({queued} of {n_subscribers})": (
            n_subscribers / built,
            "subscribers/s",
        ),
    }


@asynccontextmanager
async def _statements(store: Any) -> AsyncIterator[list[str]]:
    """Collect every statement the store sends meanwhile (on PostgreSQL: from each pooled one)."""
    sent: list[str] = []
    if not hasattr(store, "_pool"):
        await store._conn.set_trace_callback(sent.append)
        try:
            yield sent
        finally:
            await store._conn.set_trace_callback(None)
        return
    from core.store.postgres.opening import POOL_SIZE

    def log(record: Any) -> None:
        sent.append(str(record.query))

    held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
    for conn in held:
        conn.add_query_logger(log)
    for conn in held:
        await store._pool.release(conn)
    sent.clear()  # the releases just now reset their connections
    try:
        yield sent
    finally:
        held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
        for conn in held:
            conn.remove_query_logger(log)
        for conn in held:
            await store._pool.release(conn)


@asynccontextmanager
async def sqlite_store() -> AsyncIterator[Any]:
    """A SQLite store in a file of a temporary folder, removed after."""
    from core.store.sqlite import SqliteStore

    with tempfile.TemporaryDirectory() as folder:
        store = await SqliteStore.open(Path(folder) / "bench.db")
        try:
            yield store
        finally:
            await store.close()


@asynccontextmanager
async def postgres_store(url: str) -> AsyncIterator[Any]:
    """A PostgreSQL store in a schema of its own on the server, dropped after."""
    import asyncpg

    from core.store.postgres.store import PostgresStore

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(url)
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        separator = "&" if "?" in url else "?"
        store = await PostgresStore.open(f"{url}{separator}search_path={schema}")
        try:
            yield store
        finally:
            await store.close()
    finally:
        await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()


async def _sqlite(n_postings: int, n_subscribers: int, seed: int) -> Figures:
    async with sqlite_store() as store:
        return await _work(store, n_postings, n_subscribers, seed)


async def _postgres(url: str, n_postings: int, n_subscribers: int, seed: int) -> Figures:
    async with postgres_store(url) as store:
        return await _work(store, n_postings, n_subscribers, seed)


def main(argv: list[str] | None = None) -> None:
    """Parse flags, run on SQLite and (when a server is named) PostgreSQL, print both."""
    parser = argparse.ArgumentParser(description="Store benchmark")
    parser.add_argument("--postings", type=int, default=5_000)
    parser.add_argument("--subscribers", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    sizes = (args.postings, args.subscribers, args.seed)
    baseline = asyncio.run(_sqlite(*sizes))
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    other = asyncio.run(_postgres(url, *sizes)) if url else None
    print(f"stores: {args.postings} postings, {args.subscribers} subscribers with one search each")
    for name, (rate, unit) in baseline.items():
        pg_rate = other[name][0] if other is not None and name in other else 0.0
        if unit == "statements":  # a count, not a rate: no ratio
            pg = f"; PostgreSQL {pg_rate:.1f}" if other is not None else ""
            print(f"  {name}: SQLite {rate:.1f}{pg}")
            continue
        line = f"  {name}: SQLite {rate:,.0f} {unit}"
        if other is not None:
            line += f"; PostgreSQL {pg_rate:,.0f} {unit} ({pg_rate / rate:.2f}× SQLite)"
        print(line)
    if other is None:
        print("  PostgreSQL: not run; set BENCH_DATABASE_URL=postgresql://… to compare")


if __name__ == "__main__":
    main()
