"""Ingest benchmark: a Greenhouse and a Lever board on loopback, polled into a real store.

Postings are fetched, normalised, deduplicated across the two boards, stored and matched
against the saved searches; parsing alone is timed on the same bodies for comparison. The
match rows stored are then written again into two fresh files, one at the previous schema
(matched_at as ISO text in each row and in the strong-match index, five values bound a row,
as before) and one at this schema: the storage ratio.

Usage: .venv/bin/python -m bench.ingest [--searches 100000] [--postings 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bench.matching import make_postings, make_searches
from core.clock import SystemClock
from core.matching import PARSER_VERSION
from core.postings.intake import Intake
from core.sources.ingest import FetchState, SourceSpec, greenhouse, lever, make_client, poll
from core.sources.manager import SourceManager
from core.store.codec import from_micros, iso
from core.store.migrations import MIGRATIONS
from core.store.sources import SourceQueries
from core.store.sqlite import SqliteStore, match_rows_sql

# The previous version's statement for one match row (core/store/sqlite.py before matched_at
# became an integer): every value bound, the time as text.
_PREVIOUS_ROW = (
    "INSERT OR REPLACE INTO matches (search_id, posting_ref, score, matched_at, notify) "
    "VALUES (?, ?, ?, ?, ?)"
)
_CHUNK = 500  # postings per transaction, as record_postings writes them
# The schema version before matched_at became an integer (the migration creating matches_us).
_PREVIOUS_VERSION = next(
    at for at, steps in enumerate(MIGRATIONS) if any("matches_us (" in s for s in steps)
)

PLACES = ["Berlin", "London", "Remote", "New York, NY", "Munich", "Amsterdam", "Paris"]


class _Store(SqliteStore, SourceQueries):
    """The store with source queries."""


def _boards(count: int, seed: int) -> tuple[bytes, bytes]:
    """A Greenhouse board of count jobs and a Lever board repeating a fifth of them."""
    rng = random.Random(seed)
    postings, _ = make_postings(count, rng)
    jobs: list[dict[str, Any]] = []
    dupes: list[dict[str, Any]] = []
    for number, posting in enumerate(postings, start=1):
        place = rng.choice(PLACES)
        text = posting.description
        jobs.append(
            {
                "id": number,
                "title": posting.title,
                "location": {"name": place},
                "absolute_url": f"https://boards.greenhouse.io/bigco/jobs/{number}",
                "company_name": "Bigco",
                "content": f"&lt;p&gt;{text}&lt;/p&gt;",
                "updated_at": "2026-11-20T10:00:00Z",
            }
        )
        if number % 5 == 0:
            dupes.append(
                {
                    "id": f"lv-{number}",
                    "text": posting.title,
                    "categories": {"location": place, "team": "Engineering"},
                    "hostedUrl": f"https://jobs.lever.co/bigco/lv-{number}",
                    "descriptionPlain": text,
                }
            )
    return json.dumps({"jobs": jobs}).encode(), json.dumps(dupes).encode()


async def _seed_searches(store: _Store, count: int, seed: int) -> None:
    """Insert count saved searches in one transaction (the chat path adds one at a time)."""
    searches = make_searches(count, random.Random(seed))
    now = iso(datetime.now(UTC))
    async with store._transaction() as conn:
        await conn.execute(
            "INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at) "
            "VALUES ('bench', '', 'u', 'c', ?)",
            (now,),
        )
        await conn.executemany(
            "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, active, "
            "sensitivity, created_at) VALUES (1, ?, ?, ?, 1, ?, ?)",
            [
                (query.describe(), query.to_json(), PARSER_VERSION, sensitivity, now)
                for query, sensitivity in searches
            ],
        )


async def run(n_searches: int, n_postings: int, seed: int) -> None:
    """Serve the boards, poll them into a fresh store, print the figures."""
    gh_body, lv_body = _boards(n_postings, seed)
    app = web.Application()
    bodies = {"/v1/boards/bigco/jobs": gh_body, "/v0/postings/bigco": lv_body}

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=bodies[request.path], content_type="application/json")

    app.router.add_route("GET", "/{tail:.*}", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    base = f"http://{host}:{port}"
    now = datetime.now(UTC)
    gh_spec, lv_spec = SourceSpec("greenhouse", "bigco", base), SourceSpec("lever", "bigco", base)

    start = time.perf_counter()
    parsed = len(greenhouse.parse(gh_body, gh_spec, now).postings)
    parsed += len(lever.parse(lv_body, lv_spec, now).postings)
    parse_seconds = time.perf_counter() - start
    client = make_client(max_bytes=200 << 20)
    try:
        start = time.perf_counter()
        for spec in (gh_spec, lv_spec):
            await poll(spec, client, FetchState(), now)
        fetch_seconds = time.perf_counter() - start
    finally:
        await client.aclose()

    with tempfile.TemporaryDirectory() as folder:
        store = await _Store.open(Path(folder) / "bench.db")
        assert isinstance(store, _Store)
        clock = SystemClock()
        manager = None
        try:
            start = time.perf_counter()
            await _seed_searches(store, n_searches, seed)
            intake = await Intake.load(store, clock)
            print(
                f"ingest: {intake.indexed_searches} saved searches indexed in "
                f"{time.perf_counter() - start:.1f} s; boards: {n_postings} greenhouse + "
                f"{n_postings // 5} lever postings (a fifth of them the same jobs)"
            )
            manager = SourceManager(
                store, intake, clock, client_factory=lambda: make_client(max_bytes=200 << 20)
            )
            for spec in (gh_spec, lv_spec):
                await manager.add(spec.kind, spec.name, url=base, interval="1m")
            reports = []
            start, cpu = time.perf_counter(), time.process_time()
            for label in ("greenhouse:bigco", "lever:bigco"):
                report = await manager.poll_one(await manager.find(label))
                assert report is not None and report.status == "baseline", report
                reports.append(report)
            total, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            if manager is not None:
                await manager.aclose()
            await store.close()
            await runner.cleanup()
        count = sum(r.counts.new for r in reports)
        linked = sum(r.linked for r in reports)
        matches = sum(r.matches for r in reports)
        print(
            f"fetch + parse + dedup + store + match: {count} postings in {total:.2f} s = "
            f"{count / total:,.0f} postings/s ({linked} linked as duplicates, {matches} matches "
            f"recorded = {matches / max(count - linked, 1):.0f} per posting); CPU time "
            f"{cpu:.2f} s = {count / cpu:,.0f} postings per CPU-second (what a machine others "
            "leave alone gives)"
        )
        print(
            f"fetch over loopback + parse: {parsed / fetch_seconds:,.0f} postings/s; parsing "
            f"alone: {parsed} postings in {parse_seconds:.2f} s = {parsed / parse_seconds:,.0f} "
            f"postings/s ({parse_seconds / total:.1%} of the full pipeline's time)"
        )
        stored = Path(folder) / "bench.db"
        old, new = Path(folder) / "old.db", Path(folder) / "new.db"
        await (await SqliteStore.open(old, target_version=_PREVIOUS_VERSION)).close()
        await (await SqliteStore.open(new)).close()
        old_s, old_cpu, old_size, rows = _replay(stored, old, previous=True)
        new_s, new_cpu, new_size, _ = _replay(stored, new, previous=False)
    print(
        f"storing the same {rows:,} match rows alone: {new_s:.2f} s "
        f"({new_size / max(rows, 1):.0f} bytes a row) against {old_s:.2f} s "
        f"({old_size / max(rows, 1):.0f} bytes a row) at the previous schema: "
        f"{old_s / new_s:.1f}× faster, {old_size / max(new_size, 1):.1f}× smaller; CPU time "
        f"{new_cpu:.2f} s against {old_cpu:.2f} s: {old_cpu / new_cpu:.1f}×"
    )


def _replay(source: Path, target: Path, *, previous: bool) -> tuple[float, float, int, int]:
    """Write source's match rows into an empty store file: seconds, CPU seconds, bytes, rows."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # what SqliteStore.open sets, both alike
        conn.execute("ATTACH ? AS source", (str(source),))
        conn.execute(
            "INSERT INTO main.subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "SELECT id, platform, workspace, user_id, chat_id, created_at FROM source.subscribers"
        )
        conn.execute("INSERT INTO main.searches SELECT * FROM source.searches")
        conn.execute("INSERT INTO main.postings SELECT * FROM source.postings")
        rows = conn.execute(
            "SELECT p.ref, m.search_id, m.score, m.matched_at FROM source.matches m "
            "JOIN source.postings p ON p.ref = m.posting_ref ORDER BY p.ref"
        ).fetchall()
        conn.execute("DETACH source")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = target.stat().st_size
        by_posting: dict[int, list[tuple[int, int, float, int]]] = {}
        for row in rows:
            by_posting.setdefault(row[0], []).append(row)
        postings = list(by_posting.values())
        start, cpu = time.perf_counter(), time.process_time()
        for first in range(0, len(postings), _CHUNK):
            conn.execute("BEGIN IMMEDIATE")
            for matches in postings[first : first + _CHUNK]:
                if previous:
                    text = iso(from_micros(matches[0][3]))
                    conn.executemany(
                        _PREVIOUS_ROW,
                        [(sid, ref, score, text, 1) for ref, sid, score, _ in matches],
                    )
                else:
                    conn.executemany(
                        match_rows_sql(matches[0][3], True),
                        [(sid, ref, score) for ref, sid, score, _ in matches],
                    )
            conn.execute("COMMIT")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return seconds, cpu, target.stat().st_size - before, len(rows)
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(description="Ingest benchmark")
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--postings", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    asyncio.run(run(args.searches, args.postings, args.seed))


if __name__ == "__main__":
    main()
