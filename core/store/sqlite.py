"""The aiosqlite implementation of the Store port."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import aiosqlite

from core.errors import ChangesPrunedError, DuplicateSearchError, SearchGoneError, StoreError
from core.model import (
    MatchCount,
    NewMatch,
    Posting,
    PostingPage,
    Recorded,
    SavedSearch,
    SearchChange,
    Sensitivity,
    StoredMatch,
    Subscriber,
    SubscriberKey,
    UpsertOutcome,
)
from core.ports import LiveIndex, Scorer, Store
from core.postings.same_job import company_key
from core.store.base import SqliteBase
from core.store.chat_states import ChatStateQueries
from core.store.codec import (
    POSTING_COLUMNS,
    SEARCH_COLUMNS,
    iso,
    micros,
    posting_from_row,
    posting_values,
    saved_search_from_row,
    subscriber_from_row,
)
from core.store.digests import P_COLUMNS, DigestQueries, group_matches
from core.store.explores import ExploreQueries
from core.store.match_rows import Row, score_and_write
from core.store.metrics import MetricsQueries
from core.store.migrations import SCHEMA_VERSION
from core.store.opening import connect, migrate
from core.store.pages import PageQueries
from core.store.platforms import PlatformQueries
from core.store.retention import RetentionQueries
from core.store.shares import ShareQueries
from core.store.slack_installs import SlackInstallQueries
from core.store.sources import SourceQueries
from core.store.workers import WorkerQueries
from core.workers import WHOLE, Shard, query_hash, shard_key

_CHUNK = 500
_OLDEST_CHANGE = "(SELECT MIN(id) FROM posting_changes)"


def match_rows_sql(now: int, notify: bool) -> str:
    """The statement storing one match per (search, posting) the index passes, for rows of
    (search id, posting ref, score); bench.ingest times it too. The columns every row of a
    batch shares are written in as integers: two bindings a row fewer."""
    return (
        "INSERT OR REPLACE INTO matches (search_id, posting_ref, score, matched_at, notify) "
        f"VALUES (?, ?, ?, {int(now):d}, {int(notify):d})"
    )


# Open postings scored per transaction when a search is (re)matched: other writers wait less.
_SCAN = 2000
# A shard's active searches by id, a page at a time (? marks: the PostgreSQL store numbers them).
ACTIVE_SEARCHES = (
    f"SELECT {SEARCH_COLUMNS} FROM searches WHERE active = 1 AND shard_key % ? = ? AND id > ? "
    "ORDER BY id LIMIT ?"
)


class SqliteStore(
    SourceQueries,
    DigestQueries,
    PlatformQueries,
    RetentionQueries,
    MetricsQueries,
    ShareQueries,
    ExploreQueries,
    PageQueries,
    SlackInstallQueries,
    ChatStateQueries,
    WorkerQueries,
    SqliteBase,
):
    """Stores everything in one SQLite file (WAL mode, foreign keys on)."""

    @classmethod
    async def open(
        cls, path: Path, *, target_version: int = SCHEMA_VERSION, read_only_ok: bool = False
    ) -> SqliteStore:
        """Open (creating or upgrading) the database file at path.

        read_only_ok: a file that cannot be written is opened read-only instead of refused.
        """
        conn, read_only = await connect(path, read_only_ok=read_only_ok)
        try:
            conn.row_factory = aiosqlite.Row
            await conn.create_function("query_key", 1, query_key, deterministic=True)
            await conn.create_function("company_key", 1, company_key, deterministic=True)
            await conn.create_function("query_hash", 1, query_hash, deterministic=True)
            if not read_only:
                await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # 64 MB of pages (default 2 MB): a posting's matches update index pages all over.
            await conn.execute("PRAGMA cache_size = -65536")
            # Sorting and grouping a batch's rows (digests) in memory, not in temporary files.
            await conn.execute("PRAGMA temp_store = MEMORY")
            await migrate(conn, path, target_version, read_only=read_only)
        except sqlite3.DatabaseError as exc:
            await conn.close()
            raise StoreError(f"cannot use database {str(path)!r}: {exc}") from exc
        except BaseException:
            await conn.close()
            raise
        return cls(conn)

    async def close(self) -> None:
        """Close the connection; the WAL is checkpointed by SQLite."""
        await self._conn.close()

    async def subscriber(self, key: SubscriberKey, now: datetime) -> Subscriber:
        """Return the subscriber with this key, creating it on first sight; note it was seen."""
        params = (key.platform, key.workspace, key.user, key.chat)
        where = "platform = ? AND workspace = ? AND user_id = ? AND chat_id = ?"
        sql = f"SELECT * FROM subscribers WHERE {where}"
        rows = await self._all(sql, params)
        if not rows:
            async with self._transaction() as conn:
                await conn.execute(
                    "INSERT OR IGNORE INTO subscribers "
                    "(platform, workspace, user_id, chat_id, created_at) VALUES (?, ?, ?, ?, ?)",
                    (*params, iso(now)),
                )
            rows = await self._all(sql, params)
        await self._note_seen(rows[0], now)
        return subscriber_from_row(rows[0])

    async def add_search(
        self,
        subscriber_id: int,
        raw_text: str,
        parsed_json: str,
        parser_version: int,
        sensitivity: Sensitivity,
        limit: int,
        now: datetime,
        created_by: str = "",
    ) -> SavedSearch | None:
        """Save a search, or return None when the subscriber already has limit searches.

        Raises DuplicateSearchError when the subscriber has this query already (same query_key;
        a unique index keeps it so for every writer).
        """
        key = query_key(raw_text)
        async with self._transaction() as conn:
            async with conn.execute(
                "SELECT id FROM searches WHERE subscriber_id = ? AND query_key = ?",
                (subscriber_id, key),
            ) as cursor:
                same = await cursor.fetchone()
            if same is not None:
                raise DuplicateSearchError(int(same[0]))
            async with conn.execute(
                "SELECT COUNT(*) FROM searches WHERE subscriber_id = ?", (subscriber_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None and row[0] >= limit:
                return None
            hashed = query_hash(parsed_json)
            async with conn.execute(
                "SELECT COUNT(*) FROM searches WHERE query_hash = ?", (hashed,)
            ) as cursor:
                earlier = await cursor.fetchone()
            assert earlier is not None
            cursor = await conn.execute(
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "active, sensitivity, created_at, created_by, query_key, query_hash, shard_key) "
                "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                (
                    subscriber_id,
                    raw_text,
                    parsed_json,
                    parser_version,
                    sensitivity,
                    iso(now),
                    created_by,
                    key,
                    hashed,
                    shard_key(hashed, earlier[0]),
                ),
            )
            search_id = cursor.lastrowid
        assert search_id is not None
        rows = await self._all(f"SELECT {SEARCH_COLUMNS} FROM searches WHERE id = ?", (search_id,))
        return saved_search_from_row(rows[0])

    async def move_subscriber(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Give a subscriber a new identity (a migrated group); False if there was none.

        When the new identity already exists, it is kept as it is and the old one stays too.
        """
        where = "platform = ? AND workspace = ? AND user_id = ? AND chat_id = ?"
        async with self._transaction() as conn:
            cursor = await conn.execute(
                "UPDATE OR IGNORE subscribers SET platform = ?, workspace = ?, user_id = ?, "
                f"chat_id = ? WHERE {where}",
                (*_key_values(new), *_key_values(old)),
            )
            return cursor.rowcount > 0

    async def searches(self, subscriber_id: int) -> list[SavedSearch]:
        """Return one subscriber's searches, oldest first."""
        rows = await self._all(
            f"SELECT {SEARCH_COLUMNS} FROM searches WHERE subscriber_id = ? ORDER BY id",
            (subscriber_id,),
        )
        return [saved_search_from_row(row) for row in rows]

    async def active_searches(
        self, shard: Shard = WHOLE, after: int = 0, limit: int | None = None
    ) -> list[SavedSearch]:
        """Return the active searches of every subscriber whose shard key falls in the shard, by id:
        those past after, at most limit."""
        limit = -1 if limit is None else limit  # SQLite's "no limit"
        rows = await self._all(ACTIVE_SEARCHES, (shard.count, shard.index, after, limit))
        return [saved_search_from_row(row) for row in rows]

    async def _change_search(self, sql: str, params: tuple[Any, ...]) -> bool:
        """Run one UPDATE/DELETE on searches; True if a row was touched."""
        async with self._transaction() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount > 0

    async def delete_search(self, subscriber_id: int, search_id: int) -> bool:
        """Delete a subscriber's search and its matches; False if it was not theirs."""
        return await self._change_search(
            "DELETE FROM searches WHERE id = ? AND subscriber_id = ?", (search_id, subscriber_id)
        )

    async def edit_search(
        self,
        subscriber_id: int,
        search_id: int,
        raw_text: str,
        parsed_json: str,
        parser_version: int,
    ) -> bool:
        """Give a subscriber's search new words, keeping its id, state and sensitivity; False
        if it was not theirs; DuplicateSearchError when another search of theirs has them."""
        key = query_key(raw_text)
        async with self._transaction() as conn:
            async with conn.execute(
                "SELECT id FROM searches WHERE subscriber_id = ? AND query_key = ? AND id != ?",
                (subscriber_id, key, search_id),
            ) as cursor:
                same = await cursor.fetchone()
            if same is not None:
                raise DuplicateSearchError(int(same[0]))
            # The shard key stays: a shard holding the search must see its change.
            cursor = await conn.execute(
                "UPDATE searches SET raw_text = ?, parsed_json = ?, parser_version = ?, "
                "query_key = ?, query_hash = ? WHERE id = ? AND subscriber_id = ?",
                (
                    raw_text,
                    parsed_json,
                    parser_version,
                    key,
                    query_hash(parsed_json),
                    search_id,
                    subscriber_id,
                ),
            )
            if cursor.rowcount == 0:
                return False
            # The old words' matches go; an active search is scanned again (a kill meanwhile
            # leaves the scan to the next process), a paused one when resumed.
            await conn.execute("DELETE FROM matches WHERE search_id = ?", (search_id,))
            await conn.execute("DELETE FROM capped_searches WHERE search_id = ?", (search_id,))
            await conn.execute(
                "INSERT OR REPLACE INTO search_scans (search_id) "
                "SELECT id FROM searches WHERE id = ? AND active",
                (search_id,),
            )
            return True

    async def forget_subscriber(self, subscriber_id: int) -> list[int]:
        """Delete a subscriber and all that is theirs (searches and their matches, settings,
        feedback, mutes, messages sent or waiting, list pages); the ids of the searches gone."""
        async with self._transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT id FROM searches WHERE subscriber_id = ?", (subscriber_id,)
            )
            # The searches first, each logged as removed; the rest goes by the row's cascade.
            await conn.execute("DELETE FROM searches WHERE subscriber_id = ?", (subscriber_id,))
            await conn.execute("DELETE FROM subscribers WHERE id = ?", (subscriber_id,))
        return [int(row[0]) for row in rows]

    async def set_search_active(self, subscriber_id: int, search_id: int, active: bool) -> bool:
        """Pause or resume a subscriber's search; False if it was not theirs."""
        return await self._change_search(
            "UPDATE searches SET active = ? WHERE id = ? AND subscriber_id = ?",
            (int(active), search_id, subscriber_id),
        )

    async def set_search_sensitivity(
        self, subscriber_id: int, search_id: int, sensitivity: Sensitivity
    ) -> bool:
        """Change a subscriber's search sensitivity; False if it was not theirs."""
        return await self._change_search(
            "UPDATE searches SET sensitivity = ? WHERE id = ? AND subscriber_id = ?",
            (sensitivity, search_id, subscriber_id),
        )

    async def update_parsed(self, parsed: Sequence[tuple[int, str]], parser_version: int) -> int:
        """Store re-parsed forms (search id, parsed json) after the parser changed, in one
        transaction; a search already at this version or newer is left alone. Rows changed."""
        async with self._transaction() as conn:
            cursor = await conn.executemany(
                "UPDATE searches SET parsed_json = ?, parser_version = ? "
                "WHERE id = ? AND parser_version < ?",
                [(text, parser_version, sid, parser_version) for sid, text in parsed],
            )
            return max(cursor.rowcount, 0)

    async def upsert_postings(
        self, postings: Sequence[Posting], now: datetime
    ) -> list[UpsertOutcome]:
        """Insert or update postings by id; one outcome per posting, in order."""
        outcomes: list[UpsertOutcome] = []
        for start in range(0, len(postings), _CHUNK):
            chunk = postings[start : start + _CHUNK]
            async with self._transaction() as conn:
                done, _ = await _upsert_chunk(conn, chunk, iso(now))
            outcomes += done
        return outcomes

    async def posting(self, posting_id: str) -> Posting | None:
        """Return one posting by id, open or closed."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE id = ?", (posting_id,)
        )
        return posting_from_row(rows[0]) if rows else None

    async def open_postings(self) -> list[Posting]:
        """Return every posting not marked closed."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE closed_at IS NULL ORDER BY rowid"
        )
        return [posting_from_row(row) for row in rows]

    async def open_postings_among(self, posting_ids: Sequence[str]) -> list[Posting]:
        """The open postings among these ids, in the order open_postings gives them."""
        if not posting_ids:
            return []
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE id IN "
            "(SELECT value FROM json_each(?)) AND closed_at IS NULL ORDER BY rowid",
            (json.dumps(list(posting_ids)),),
        )
        return await asyncio.to_thread(_postings_of, rows)

    async def snapshot(self, name: str) -> bytes | None:
        """The saved snapshot of this name, if any."""
        rows = await self._all("SELECT data FROM snapshots WHERE name = ?", (name,))
        return bytes(rows[0][0]) if rows else None

    async def save_snapshot(self, name: str, data: bytes) -> None:
        """Save (or replace) the snapshot of this name."""
        await self._write_one(
            "INSERT INTO snapshots (name, data) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            (name, data),
        )

    async def open_titles(self) -> list[tuple[str, int]]:
        """Each title of the open postings, with how many open postings have it."""
        rows = await self._all(
            "SELECT title, COUNT(*) FROM postings WHERE closed_at IS NULL GROUP BY title"
        )
        return [(str(title), int(n)) for title, n in rows]

    async def count_open_postings(self) -> int:
        """Count the postings not marked closed."""
        rows = await self._all("SELECT COUNT(*) FROM postings WHERE closed_at IS NULL")
        return int(rows[0][0])

    async def replace_search_matches(
        self, search_id: int, matches: Sequence[NewMatch], now: datetime
    ) -> None:
        """Replace every stored match of one search (while it exists and is active); its scan
        of the open postings is then done."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM matches WHERE search_id = ?", (search_id,))
            await conn.execute("DELETE FROM search_scans WHERE search_id = ?", (search_id,))
            await _insert_matches(conn, matches, micros(now))

    async def search_change_cursor(self) -> int:
        """The id of the latest logged search change (0 when none)."""
        rows = await self._all("SELECT IFNULL(MAX(id), 0) FROM search_changes")
        return int(rows[0][0])

    async def record_postings(
        self,
        postings: Sequence[Posting],
        now: datetime,
        index: LiveIndex,
        *,
        rematch: Collection[str] = frozenset(),
        duplicates: Collection[str] = frozenset(),
        notify: bool = True,
    ) -> Recorded:
        """Upsert postings and replace the matches of the new or changed ones, together.

        Each chunk is one transaction: its postings are never stored without their matches.
        The index catches up on search changes inside it, so a search added by any process
        before the commit is matched here and one added after it finds these postings itself.
        Postings in duplicates get no matches; those in rematch are matched even if unchanged.
        """
        outcomes: list[UpsertOutcome] = []
        stored = 0
        at = iso(now)
        for start in range(0, len(postings), _CHUNK):
            chunk = postings[start : start + _CHUNK]
            async with self._transaction() as conn:
                await _catch_up(conn, index)
                done, refs = await _upsert_chunk(conn, chunk, at)
                changed = {
                    p.id: p
                    for p, outcome in zip(chunk, done, strict=True)
                    if outcome != "unchanged" or p.id in rematch
                }
                stored += await _replace_matches(
                    conn, list(changed.values()), refs, index, duplicates, micros(now), notify
                )
            outcomes += done
        return Recorded(outcomes, stored)

    async def rematch_postings(
        self, posting_ids: Sequence[str], now: datetime, index: LiveIndex, *, notify: bool
    ) -> int:
        """Replace the matches of stored open postings, as they are now; how many were stored."""
        stored = 0
        for start in range(0, len(posting_ids), _CHUNK):
            chunk = json.dumps(list(posting_ids[start : start + _CHUNK]))
            async with self._transaction() as conn:
                await _catch_up(conn, index)
                rows = await conn.execute_fetchall(
                    f"SELECT {POSTING_COLUMNS}, ref FROM postings WHERE id IN "
                    "(SELECT value FROM json_each(?)) AND closed_at IS NULL",
                    (chunk,),
                )
                postings = [posting_from_row(row) for row in rows]
                refs = {str(row["id"]): int(row["ref"]) for row in rows}
                stored += await _replace_matches(
                    conn, postings, refs, index, (), micros(now), notify
                )
        return stored

    async def rescore_search(
        self, search_id: int, score: Scorer, now: datetime, *, after: int = 0
    ) -> None:
        """Replace one search's matches, scoring every open posting in short transactions.

        Each transaction reads postings and writes their matches at once, so a posting
        changed meanwhile by another process keeps the matches that process wrote for it; it
        also records how far the scan got (search_scans), and the last one that it is done.
        after resumes an unfinished scan past that posting ref.
        """
        while True:
            async with self._transaction() as conn:
                if after == 0:
                    await conn.execute(
                        "DELETE FROM matches WHERE search_id = ? AND posting_ref IN "
                        "(SELECT ref FROM postings WHERE closed_at IS NOT NULL)",
                        (search_id,),
                    )
                rows = list(
                    await conn.execute_fetchall(
                        f"SELECT {POSTING_COLUMNS}, ref FROM postings "
                        "WHERE ref > ? AND closed_at IS NULL ORDER BY ref LIMIT ?",
                        (after, _SCAN),
                    )
                )
                postings = [posting_from_row(row) for row in rows]
                await conn.execute(
                    "DELETE FROM matches WHERE search_id = ? AND posting_ref IN "
                    "(SELECT value FROM json_each(?))",
                    (search_id, json.dumps([int(row["ref"]) for row in rows])),
                )
                await _insert_matches(conn, score(postings), micros(now))
                if len(rows) < _SCAN:
                    await conn.execute("DELETE FROM search_scans WHERE search_id = ?", (search_id,))
                    return
                after = int(rows[-1]["ref"])
                await conn.execute(
                    "UPDATE search_scans SET after_ref = ? WHERE search_id = ?", (after, search_id)
                )

    async def unfinished_scans(self) -> list[tuple[SavedSearch, int]]:
        """Active searches whose scan of the open postings was cut short, with where it got."""
        rows = await self._all(
            f"SELECT {SEARCH_COLUMNS}, c.after_ref FROM searches "
            "JOIN search_scans c ON c.search_id = searches.id WHERE active = 1 ORDER BY id"
        )
        return [(saved_search_from_row(row), int(row["after_ref"])) for row in rows]

    async def posting_change_cursor(self) -> int:
        """The id of the latest logged posting change (0 when none)."""
        rows = await self._all("SELECT IFNULL(MAX(id), 0) FROM posting_changes")
        return int(rows[0][0])

    async def open_postings_page(self, after: int = 0, limit: int | None = None) -> PostingPage:
        """The open postings past position after (at most limit; None: all) in the order
        open_postings gives them (by rowid), with the posting change cursor they reflect (one
        statement: one snapshot)."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS}, rowid AS at_row, "
            "(SELECT IFNULL(MAX(id), 0) FROM posting_changes) AS at FROM postings "
            "WHERE closed_at IS NULL AND rowid > ? ORDER BY rowid LIMIT ?",
            (after, -1 if limit is None else limit),
        )
        if not rows:
            return PostingPage([], after, await self.posting_change_cursor())
        # Off the event loop: turning 100,000 rows into postings takes seconds.
        postings = await asyncio.to_thread(_postings_of, rows)
        return PostingPage(postings, int(rows[-1]["at_row"]), int(rows[0]["at"]))

    async def posting_changes(
        self, after: int, limit: int = 5000
    ) -> tuple[list[tuple[str, Posting | None]], int]:
        """Postings changed after a cursor, as they are now (None: closed or gone), and the
        cursor they reach (at most limit changes per call; one statement: one snapshot)."""
        rows = await self._all(
            "WITH changed AS (SELECT posting_id, MAX(id) AS at FROM (SELECT id, posting_id "
            "FROM posting_changes WHERE id > ? ORDER BY id LIMIT ?) GROUP BY posting_id) "
            "SELECT changed.posting_id AS changed, changed.at AS at, "
            f"{_OLDEST_CHANGE} AS oldest, p.* FROM changed "
            "LEFT JOIN postings p ON p.id = changed.posting_id AND p.closed_at IS NULL",
            (after, limit),
        )
        if not rows:
            return [], after
        _check_not_pruned(after, rows[0]["oldest"])
        changes = await asyncio.to_thread(_changes_of, rows)
        return changes, max(int(row["at"]) for row in rows)

    async def store_search_matches(
        self,
        search_id: int,
        matches: Sequence[NewMatch],
        cursor: int,
        now: datetime,
        rescore: Scorer,
        *,
        more: bool = False,
    ) -> int:
        """Replace one search's matches, found among the open postings as of a posting change
        cursor, in one short transaction; how many were stored. more: more open postings
        passed than these, the best (the search is then marked capped).

        The postings changed since the cursor (by any process) are scored again inside it with
        rescore, as they are now: their matches replace the ones found for them. Raises
        SearchGoneError when the search was deleted meanwhile (nothing is stored).
        """
        async with self._transaction() as conn:
            if not await conn.execute_fetchall("SELECT 1 FROM searches WHERE id = ?", (search_id,)):
                raise SearchGoneError
            rows = await conn.execute_fetchall(
                "WITH changed AS (SELECT DISTINCT posting_id FROM posting_changes WHERE id > ?) "
                "SELECT changed.posting_id AS changed, p.* FROM changed "
                "LEFT JOIN postings p ON p.id = changed.posting_id AND p.closed_at IS NULL",
                (cursor,),
            )
            if rows:
                oldest = await conn.execute_fetchall(f"SELECT {_OLDEST_CHANGE}")
                _check_not_pruned(cursor, next(iter(oldest))[0])
                changed = {str(row["changed"]) for row in rows}
                now_open = [posting_from_row(row) for row in rows if row["id"] is not None]
                matches = [m for m in matches if m.posting_id not in changed]
                matches += rescore(now_open)
            await conn.execute("DELETE FROM matches WHERE search_id = ?", (search_id,))
            # The search's scan is done: nothing is left for finish_scans.
            await conn.execute("DELETE FROM search_scans WHERE search_id = ?", (search_id,))
            await conn.execute(
                "DELETE FROM capped_searches WHERE search_id = ?"
                if not more
                else "INSERT OR IGNORE INTO capped_searches (search_id) VALUES (?)",
                (search_id,),
            )
            return await _insert_matches(conn, matches, micros(now))

    async def find_postings(self, ident: str) -> list[Posting]:
        """Postings whose id is ident, else those whose id ends in ":" + ident (its source's)."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE id = ?1 OR (length(id) > length(?1) "
            "AND substr(id, length(id) - length(?1)) = ':' || ?1) ORDER BY id != ?1, ref",
            (ident,),
        )
        exact = [row for row in rows if row["id"] == ident]
        return [posting_from_row(row) for row in exact or rows]

    async def best_matches(
        self, subscriber_id: int, limit: int, search_id: int | None = None
    ) -> list[StoredMatch]:
        """The subscriber's best matches over active searches (or one search, paused or not),
        open postings."""
        only = "AND +s.active = 1 " if search_id is None else "AND s.id = ? "
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.ref = m.posting_ref "
            f"WHERE s.subscriber_id = ? AND +p.closed_at IS NULL {only}"
            "ORDER BY m.score DESC, p.ref DESC",
            (subscriber_id,) if search_id is None else (subscriber_id, search_id),
        )
        return group_matches(rows)[:limit]

    async def match_counts(self, subscriber_id: int, at_most: int) -> dict[int, MatchCount]:
        """How many open postings each search of one subscriber has stored matches with,
        counted up to at_most (more past it, or when the search passed more than it keeps)."""
        rows = await self._all(
            "SELECT s.id, (SELECT COUNT(*) FROM (SELECT 1 FROM matches m JOIN postings p "
            "ON p.ref = m.posting_ref WHERE m.search_id = s.id AND +p.closed_at IS NULL "
            "LIMIT ?)), EXISTS (SELECT 1 FROM capped_searches c WHERE c.search_id = s.id) "
            "FROM searches s WHERE s.subscriber_id = ?",
            (at_most + 1, subscriber_id),  # one past it: exactly at_most is exact
        )
        return {int(row[0]): MatchCount.read(int(row[1]), bool(row[2]), at_most) for row in rows}


def _postings_of(rows: Sequence[sqlite3.Row]) -> list[Posting]:
    """The postings of these postings rows."""
    return [posting_from_row(row) for row in rows]


def _changes_of(rows: Sequence[sqlite3.Row]) -> list[tuple[str, Posting | None]]:
    """(posting id, the posting open now or None) of these posting change rows."""
    return [
        (str(row["changed"]), posting_from_row(row) if row["id"] is not None else None)
        for row in rows
    ]


def _check_not_pruned(cursor: int, oldest: int | None) -> None:
    """Raise ChangesPrunedError when changes after cursor were pruned (the oldest row left
    is not the one right after it; prune always leaves the newest)."""
    if oldest is not None and cursor < int(oldest) - 1:
        raise ChangesPrunedError(f"posting changes after {cursor} were pruned (oldest {oldest})")


def query_key(raw_text: str) -> str:
    """The form in which two searches of one subscriber count as the same query."""
    return " ".join(raw_text.split()).casefold()


def _key_values(key: SubscriberKey) -> tuple[str, str, str, str]:
    """A subscriber key's column values."""
    return (key.platform, key.workspace, key.user, key.chat)


async def _upsert_chunk(
    conn: aiosqlite.Connection, chunk: Sequence[Posting], now: str
) -> tuple[list[UpsertOutcome], dict[str, int]]:
    """Insert new postings and update changed ones in bulk; the outcomes, and every ref."""
    ids = json.dumps([posting.id for posting in chunk])
    rows = await conn.execute_fetchall(
        f"SELECT {POSTING_COLUMNS}, closed_at, ref FROM postings "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (ids,),
    )
    width = len(POSTING_COLUMNS.split(","))
    stored: dict[str, tuple[Any, ...] | None] = {
        row["id"]: tuple(row)[:width] if row["closed_at"] is None else None for row in rows
    }
    refs = {str(row["id"]): int(row["ref"]) for row in rows}
    outcomes: list[UpsertOutcome] = []
    new: list[tuple[Any, ...]] = []
    changed: list[tuple[Any, ...]] = []
    for posting in chunk:
        values = posting_values(posting)
        if posting.id not in stored:
            outcomes.append("new")
            new.append((*values, now, now))
        elif stored[posting.id] == values:
            outcomes.append("unchanged")
        else:
            outcomes.append("updated")
            changed.append((*values[1:], now, posting.id))
        stored[posting.id] = values  # a later copy in the same chunk compares with this one
    if new:
        await conn.executemany(
            f"INSERT INTO postings ({POSTING_COLUMNS}, first_seen, updated_at, ref) "
            f"VALUES ({', '.join('?' * (width + 2))}, "
            "(SELECT IFNULL(MAX(ref), 0) + 1 FROM postings))",
            new,
        )
        added = await conn.execute_fetchall(
            "SELECT id, ref FROM postings WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([row[0] for row in new]),),
        )
        refs.update((str(row[0]), int(row[1])) for row in added)
    if changed:
        assignments = ", ".join(f"{name.strip()} = ?" for name in POSTING_COLUMNS.split(",")[1:])
        await conn.executemany(
            f"UPDATE postings SET {assignments}, updated_at = ?, closed_at = NULL WHERE id = ?",
            changed,
        )
    return outcomes, refs


async def _catch_up(conn: aiosqlite.Connection, index: LiveIndex) -> None:
    """Apply to the index the search changes logged since it last looked, by any process:
    those of the searches it holds alone, read in SQL."""
    after = index.cursor
    ((latest,),) = await conn.execute_fetchall(
        "SELECT MAX(id) FROM search_changes WHERE id > ?", (after,)
    )
    if latest is None:
        return
    shard = index.shard
    if shard is None:
        index.apply([], int(latest))
        return
    current = await conn.execute_fetchall(
        f"SELECT c.search_id, {SEARCH_COLUMNS} "
        "FROM (SELECT DISTINCT search_id FROM search_changes WHERE id > ? AND id <= ?) AS c "
        "LEFT JOIN searches s ON s.id = c.search_id WHERE s.id IS NULL OR s.shard_key % ? = ? "
        "ORDER BY c.search_id",
        (after, latest, shard.count, shard.index),
    )
    index.apply(
        [
            SearchChange(int(row["search_id"]), saved_search_from_row(row) if row["id"] else None)
            for row in current
        ],
        int(latest),
    )


async def _replace_matches(
    conn: aiosqlite.Connection,
    postings: Sequence[Posting],
    refs: Mapping[str, int],
    index: LiveIndex,
    unmatched: Collection[str],
    now: int,
    notify: bool,
) -> int:
    """Replace the matches of these postings with the index's; how many were stored.

    The rows go in one executemany per batch, never a statement per match: the index caught up
    with every search change inside this transaction, so each of its searches exists. They are
    scored in a worker thread, a batch ahead of the writes.
    """
    if not postings:
        return 0
    await conn.execute(
        "DELETE FROM matches WHERE posting_ref IN (SELECT value FROM json_each(?))",
        (json.dumps([refs[posting.id] for posting in postings]),),
    )

    sql = match_rows_sql(now, notify)

    async def write(rows: list[Row]) -> int:
        cursor = await conn.executemany(sql, rows)
        return max(cursor.rowcount, 0)

    matched = [posting for posting in postings if posting.id not in unmatched]
    return await score_and_write(index, matched, refs, write)


async def _insert_matches(
    conn: aiosqlite.Connection, matches: Sequence[NewMatch], now: int, *, notify: bool = True
) -> int:
    """Insert match rows, replacing any for the same pair; how many were stored."""
    # Only for searches that exist and are active now: another process may have removed or
    # paused one since the index last caught up (a removed one would fail the foreign key).
    cursor = await conn.executemany(
        "INSERT OR REPLACE INTO matches (search_id, posting_ref, score, reasons_json, "
        "matched_at, notify) SELECT ?1, p.ref, ?3, ?4, ?5, ?6 FROM postings p WHERE p.id = ?2 "
        "AND EXISTS (SELECT 1 FROM searches WHERE id = ?1 AND active = 1)",
        [
            (
                m.search_id,
                m.posting_id,
                m.score,
                json.dumps(list(m.reasons)) if m.reasons else None,
                now,
                int(notify),
            )
            for m in matches
        ],
    )
    return max(cursor.rowcount, 0)


# mypy checks here that the SQLite store implements every storage port.
_IMPLEMENTS_EVERY_PORT: Store = cast(SqliteStore, None)
