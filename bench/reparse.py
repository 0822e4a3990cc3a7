"""Re-parse benchmark: a search index loaded after a parser change, on SQLite and PostgreSQL.

Fills a store with --searches saved searches as the parser before this one stored them, then
times SearchIndex.load (which re-parses them and writes the new forms back, one write per page
of LOAD_PAGE) next to the load of the same searches already current (the baseline), and the
writes alone both ways: one per page (update_parsed) and one per search, each in a
transaction of its own (the statement the load ran for each search before; timed on the first
--each searches, as it takes milliseconds a search on PostgreSQL). Each write run starts from
the same outdated rows. The PostgreSQL part runs when BENCH_DATABASE_URL (or
TEST_DATABASE_URL) names a server, in a schema of its own that is dropped afterwards.

Usage: .venv/bin/python -m bench.reparse [--searches 100000] [--each 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bench.matching import make_searches
from bench.stores import postgres_store, sqlite_store
from core.matching import PARSER_VERSION
from core.postings import search_index
from core.postings.search_index import SearchIndex
from core.searches.stored import stored_query

OLD = PARSER_VERSION - 1
PER_SUBSCRIBER = 20
CREATED_AT = "2026-12-01T00:00:00.000000+00:00"


def _rows(count: int, seed: int) -> list[tuple[Any, ...]]:
    """(subscriber number, raw text, parsed json, sensitivity) of count searches."""
    rows = []
    encoded: dict[int, tuple[str, str]] = {}
    for n, (query, sensitivity) in enumerate(make_searches(count, random.Random(seed))):
        if id(query) not in encoded:
            encoded[id(query)] = (query.describe(), query.to_json())
        text, parsed = encoded[id(query)]
        rows.append((n // PER_SUBSCRIBER, f"{text} {n}", parsed, sensitivity))
    return rows


async def _timed(work: Callable[[], Awaitable[Any]]) -> float:
    started = time.perf_counter()
    await work()
    return time.perf_counter() - started


async def _work(
    store: Any, sql: Callable[[str, Any], Awaitable[None]], count: int, seed: int, each_count: int
) -> str:
    """Fill, then time the loads and the writes; one line of figures."""
    rows = _rows(count, seed)
    numbers = sorted({row[0] for row in rows})
    await sql(
        "INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at) "
        "VALUES ('bench', '', ?, 'c', ?)",
        [(f"u{number}", CREATED_AT) for number in numbers],
    )
    subscribers = {number: number + 1 for number in numbers}  # a fresh table counts from 1
    await sql(
        "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, active, "
        "sensitivity, created_at, created_by, query_key) VALUES (?, ?, ?, ?, 1, ?, ?, 'bench', ?)",
        [
            (subscribers[s], raw, parsed, OLD, sensitivity, CREATED_AT, raw.lower())
            for s, raw, parsed, sensitivity in rows
        ],
    )

    async def outdate() -> None:  # as the parser before this one left them (a changed form)
        await sql(
            "UPDATE searches SET parser_version = ?, parsed_json = parsed_json || ' '", (OLD,)
        )

    changed = await _timed(lambda: SearchIndex.load(store))
    current = await _timed(lambda: SearchIndex.load(store))
    searches = await store.active_searches()
    forms = [(s.id, stored_query(s).to_json()) for s in searches]
    await outdate()
    page = search_index.LOAD_PAGE

    async def paged() -> None:
        for start in range(0, len(forms), page):
            await store.update_parsed(forms[start : start + page], PARSER_VERSION)

    bulk = await _timed(paged)
    await outdate()

    sample = forms[:each_count]  # one a search is slow: timed on a slice, given per search

    async def each() -> None:
        for sid, parsed in sample:
            await sql(
                "UPDATE searches SET parsed_json = ?, parser_version = ? WHERE id = ?",
                (parsed, PARSER_VERSION, sid),
            )

    single = await _timed(each)
    done = [s.parser_version for s in await store.active_searches()][: len(sample)]
    assert set(done) == {PARSER_VERSION}, set(done)
    per_search = (bulk / len(forms), single / len(sample))
    return (
        f"load after a parser change {changed:.1f} s (searches already current: {current:.1f} s, "
        f"{changed / current:.2f}×); the writes alone: one a page of {page:,}: {bulk:.2f} s "
        f"({per_search[0] * 1e6:.0f} µs a search); one a search (the first {len(sample):,}): "
        f"{single:.1f} s ({per_search[1] * 1e6:.0f} µs a search, "
        f"{per_search[1] / per_search[0]:.0f}× the paged writes)"
    )


async def _sqlite(count: int, seed: int, each_count: int) -> str:
    async with sqlite_store() as store:

        async def sql(text: str, args: Any) -> None:
            async with store._transaction() as conn:
                if isinstance(args, list):
                    await conn.executemany(text, args)
                else:
                    await conn.execute(text, args)

        return await _work(store, sql, count, seed, each_count)


def _numbered(text: str) -> str:
    """The statement with asyncpg's $1, $2, … for each ? in turn."""
    parts = text.split("?")
    return "".join(f"{part}${n}" for n, part in enumerate(parts[:-1], 1)) + parts[-1]


async def _postgres(url: str, count: int, seed: int, each_count: int) -> str:
    async with postgres_store(url) as store:

        async def sql(text: str, args: Any) -> None:
            if not isinstance(args, list):  # one statement, its own transaction, as before
                await store._pool.execute(_numbered(text), *args)
                return
            async with store._pool.acquire() as conn, conn.transaction():
                await conn.executemany(_numbered(text), args)

        return await _work(store, sql, count, seed, each_count)


def main(argv: list[str] | None = None) -> None:
    """Parse flags, run on SQLite and (when a server is named) PostgreSQL, print both."""
    parser = argparse.ArgumentParser(description="Re-parse benchmark")
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--each", type=int, default=10_000, help="searches written one by one")
    args, _ = parser.parse_known_args(argv)
    sizes = (args.searches, args.seed, args.each)
    print(f"reparse: {args.searches:,} searches stored by parser {OLD}, loaded by {PARSER_VERSION}")
    print(f"  SQLite: {asyncio.run(_sqlite(*sizes))}", flush=True)
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if url:
        print(f"  PostgreSQL: {asyncio.run(_postgres(url, *sizes))}")
    else:
        print("  PostgreSQL: not run; set BENCH_DATABASE_URL=postgresql://… to compare")


if __name__ == "__main__":
    main()
