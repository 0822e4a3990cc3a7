"""Helpers for the intake integrity tests: generated postings and the exhaustive oracle."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from importlib import resources
from pathlib import Path

from core.matching import rank
from core.model import Posting
from core.searches.stored import stored_query
from core.store.sqlite import SqliteStore

QUERIES = (
    "backend engineer python",
    "civil engineer",
    "accountant",
    "data analyst",
    "platform engineer kubernetes",
    "product manager",
    "software developer remote",
    "java developer",
    "security engineer",
    "frontend developer react",
)


def generated_records(count: int) -> list[dict[str, object]]:
    """count import-schema records cycling through the bundled sample, ids g0, g1, …"""
    text = resources.files("core.data").joinpath("sample_postings.jsonl").read_text("utf-8")
    samples = [json.loads(line) for line in text.splitlines() if line.strip()]
    records = []
    for n in range(count):
        record = {k: v for k, v in samples[n % len(samples)].items() if k != "source"}
        records.append({**record, "id": f"g{n}"})
    return records


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """Write records as JSON Lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def stored_pairs(db: Path) -> set[tuple[int, str]]:
    """(search id, posting id) of the stored matches of active searches and open postings."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT m.search_id, p.id FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.ref = m.posting_ref "
            "WHERE s.active = 1 AND p.closed_at IS NULL"
        ).fetchall()
    return {(int(sid), str(pid)) for sid, pid in rows}


async def exhaustive_pairs(store: SqliteStore) -> set[tuple[int, str]]:
    """Every (active search, open posting) pair that passes, scored one by one: each distinct
    posting but for its id once (generated postings repeat the sample's 438), for all its ids."""
    ids: dict[Posting, list[str]] = {}
    for posting in await store.open_postings():
        ids.setdefault(replace(posting, id=""), []).append(posting.id)
    distinct = list(ids)
    return {
        (search.id, posting_id)
        for search in await store.active_searches()
        for posting, _ in rank(stored_query(search), distinct, search.sensitivity)
        for posting_id in ids[posting]
    }


def foreign_key_problems(db: Path) -> list[tuple[object, ...]]:
    """Rows whose references point nowhere (PRAGMA foreign_key_check)."""
    with sqlite3.connect(db) as conn:
        return list(conn.execute("PRAGMA foreign_key_check").fetchall())
