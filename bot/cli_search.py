"""`concierge search` and `concierge explain`: the matcher on the stored postings."""

from __future__ import annotations

import json
import sys

from bot.config import Settings
from core.errors import QueryError
from core.matching import parse_query, rank, score_posting, threshold_for
from core.store.sqlite import SqliteStore


async def search(settings: Settings, query_text: str, limit: int, as_json: bool) -> int:
    """Print the stored postings a query matches, best first."""
    try:
        query = parse_query(query_text)
    except QueryError as exc:
        print(f"concierge search: {exc}", file=sys.stderr)
        return 2
    store = await SqliteStore.open(settings.database_path, read_only_ok=True)
    try:
        found = rank(query, await store.open_postings(), "normal", limit)
    finally:
        await store.close()
    if as_json:
        rows = [
            {
                "posting_id": posting.id,
                "title": posting.title,
                "company": posting.company,
                "score": round(result.score, 1),
                "reasons": list(result.reasons),
            }
            for posting, result in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"Query: {query.describe()}")
    for note in query.notes:
        print(note)
    if not found:
        print("No stored posting matches.")
    for number, (posting, result) in enumerate(found, start=1):
        company = f" — {posting.company}" if posting.company else ""
        print(f"{number:>3}. [{result.score:5.1f}] {posting.title}{company}  ({posting.id})")
        print(f"       {'; '.join(result.reasons)}")
    return 0


async def explain(settings: Settings, query_text: str, posting_id: str) -> int:
    """Print the full score breakdown of one posting for a query."""
    try:
        query = parse_query(query_text)
    except QueryError as exc:
        print(f"concierge explain: {exc}", file=sys.stderr)
        return 2
    store = await SqliteStore.open(settings.database_path, read_only_ok=True)
    try:
        posting = await store.posting(posting_id)
    finally:
        await store.close()
    if posting is None:
        print(f"concierge explain: no posting with id {posting_id!r} in the store", file=sys.stderr)
        return 2
    result = score_posting(query, posting)
    print(f"Query:   {query.describe()}")
    for note in query.notes:
        print(f"         {note}")
    print(f"Posting: {posting.title}" + (f" — {posting.company}" if posting.company else ""))
    threshold = threshold_for("normal")
    verdict = "matches" if result.passed and result.score >= threshold else "does not match"
    print(f"Score:   {result.score:.1f} / 100 — {verdict} at the normal threshold ({threshold:g})")
    for line in result.breakdown:
        print(f"  {line}")
    return 0
