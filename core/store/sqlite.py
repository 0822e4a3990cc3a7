"""The aiosqlite implementation of the Store port."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from core.errors import SchemaTooNewError, StoreError
from core.model import Posting, SavedSearch, Sensitivity, Subscriber, SubscriberKey
from core.ports import NewMatch, StoredMatch, UpsertOutcome
from core.store.base import SqliteBase
from core.store.codec import (
    iso,
    posting_from_row,
    posting_values,
    saved_search_from_row,
    subscriber_from_row,
)
from core.store.digests import P_COLUMNS, DigestQueries, group_matches
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from core.store.retention import RetentionQueries
from core.store.sources import SourceQueries

_POSTING_COLUMNS = (
    "id, source, title, company, location, workplace, salary_min, salary_max, currency, url, "
    "description, tags_json, posted_at"
)
_SEARCH_COLUMNS = (
    "id, subscriber_id, raw_text, parsed_json, parser_version, active, sensitivity, created_at, "
    "created_by"
)
_CHUNK = 500


class SqliteStore(SourceQueries, DigestQueries, RetentionQueries, SqliteBase):
    """Stores everything in one SQLite file (WAL mode, foreign keys on)."""

    @classmethod
    async def open(cls, path: Path, *, target_version: int = SCHEMA_VERSION) -> SqliteStore:
        """Open (creating or upgrading) the database file at path."""
        try:
            if path.parent != Path():
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = await aiosqlite.connect(path, isolation_level=None, timeout=10)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open database {str(path)!r}: {exc}") from exc
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await _migrate(conn, path, target_version)
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
        """Save a search, or return None when the subscriber already has limit searches."""
        async with self._transaction() as conn:
            async with conn.execute(
                "SELECT COUNT(*) FROM searches WHERE subscriber_id = ?", (subscriber_id,)
            ) as cursor:
                row = await cursor.fetchone()
            if row is not None and row[0] >= limit:
                return None
            cursor = await conn.execute(
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "active, sensitivity, created_at, created_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                (
                    subscriber_id,
                    raw_text,
                    parsed_json,
                    parser_version,
                    sensitivity,
                    iso(now),
                    created_by,
                ),
            )
            search_id = cursor.lastrowid
        assert search_id is not None
        rows = await self._all(f"SELECT {_SEARCH_COLUMNS} FROM searches WHERE id = ?", (search_id,))
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
            f"SELECT {_SEARCH_COLUMNS} FROM searches WHERE subscriber_id = ? ORDER BY id",
            (subscriber_id,),
        )
        return [saved_search_from_row(row) for row in rows]

    async def active_searches(self) -> list[SavedSearch]:
        """Return every active search of every subscriber."""
        rows = await self._all(f"SELECT {_SEARCH_COLUMNS} FROM searches WHERE active = 1")
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

    async def update_parsed(self, search_id: int, parsed_json: str, parser_version: int) -> None:
        """Store a re-parsed form of a search after the parser changed."""
        await self._change_search(
            "UPDATE searches SET parsed_json = ?, parser_version = ? WHERE id = ?",
            (parsed_json, parser_version, search_id),
        )

    async def upsert_postings(
        self, postings: Sequence[Posting], now: datetime
    ) -> list[UpsertOutcome]:
        """Insert or update postings by id; one outcome per posting, in order."""
        outcomes: list[UpsertOutcome] = []
        for start in range(0, len(postings), _CHUNK):
            chunk = postings[start : start + _CHUNK]
            async with self._transaction() as conn:
                for posting in chunk:
                    outcomes.append(await _upsert_one(conn, posting, iso(now)))
        return outcomes

    async def posting(self, posting_id: str) -> Posting | None:
        """Return one posting by id, open or closed."""
        rows = await self._all(
            f"SELECT {_POSTING_COLUMNS} FROM postings WHERE id = ?", (posting_id,)
        )
        return posting_from_row(rows[0]) if rows else None

    async def open_postings(self) -> list[Posting]:
        """Return every posting not marked closed."""
        rows = await self._all(
            f"SELECT {_POSTING_COLUMNS} FROM postings WHERE closed_at IS NULL ORDER BY rowid"
        )
        return [posting_from_row(row) for row in rows]

    async def count_open_postings(self) -> int:
        """Count the postings not marked closed."""
        rows = await self._all("SELECT COUNT(*) FROM postings WHERE closed_at IS NULL")
        return int(rows[0][0])

    async def replace_search_matches(
        self, search_id: int, matches: Sequence[NewMatch], now: datetime
    ) -> None:
        """Replace every stored match of one search."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM matches WHERE search_id = ?", (search_id,))
            await _insert_matches(conn, matches, iso(now))

    async def replace_posting_matches(
        self,
        posting_ids: Sequence[str],
        matches: Sequence[NewMatch],
        now: datetime,
        *,
        notify: bool = True,
    ) -> None:
        """Replace every stored match of these postings; notify False keeps them out of pushes."""
        async with self._transaction() as conn:
            await conn.executemany(
                "DELETE FROM matches WHERE posting_id = ?", [(pid,) for pid in posting_ids]
            )
            await _insert_matches(conn, matches, iso(now), notify=notify)

    async def best_matches(
        self, subscriber_id: int, limit: int, search_id: int | None = None
    ) -> list[StoredMatch]:
        """The subscriber's best matches over active searches (or one search), open postings."""
        only = "" if search_id is None else "AND s.id = ? "
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.id = m.posting_id "
            f"WHERE s.subscriber_id = ? AND +s.active = 1 AND +p.closed_at IS NULL {only}"
            "ORDER BY m.score DESC, p.ref DESC",
            (subscriber_id,) if search_id is None else (subscriber_id, search_id),
        )
        return group_matches(rows)[:limit]

    async def match_counts(self, subscriber_id: int) -> dict[int, int]:
        """Return the number of stored matches per search of one subscriber."""
        rows = await self._all(
            "SELECT m.search_id, COUNT(*) FROM matches m JOIN searches s ON s.id = m.search_id "
            "JOIN postings p ON p.id = m.posting_id "
            "WHERE s.subscriber_id = ? AND p.closed_at IS NULL GROUP BY m.search_id",
            (subscriber_id,),
        )
        return {int(row[0]): int(row[1]) for row in rows}


def _key_values(key: SubscriberKey) -> tuple[str, str, str, str]:
    """A subscriber key's column values."""
    return (key.platform, key.workspace, key.user, key.chat)


async def _migrate(conn: aiosqlite.Connection, path: Path, target: int) -> None:
    """Bring the schema up to target, refusing files from a newer program."""
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    version = int(row[0]) if row else 0
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database {str(path)!r} has schema version {version}, but this Job Concierge "
            f"understands up to {SCHEMA_VERSION}; upgrade Job Concierge or use another "
            "DATABASE_URL"
        )
    for index in range(version, target):
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[index]:
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {index + 1:d}")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")


async def _upsert_one(conn: aiosqlite.Connection, posting: Posting, now: str) -> UpsertOutcome:
    """Insert one posting or update it in place; report which."""
    values = posting_values(posting)
    async with conn.execute(
        f"SELECT {_POSTING_COLUMNS}, closed_at FROM postings WHERE id = ?", (posting.id,)
    ) as cursor:
        row = await cursor.fetchone()
    if row is None:
        await conn.execute(
            f"INSERT INTO postings ({_POSTING_COLUMNS}, first_seen, updated_at, ref) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "(SELECT IFNULL(MAX(ref), 0) + 1 FROM postings))",
            (*values, now, now),
        )
        return "new"
    if tuple(row)[: len(values)] == values and row["closed_at"] is None:
        return "unchanged"
    assignments = ", ".join(f"{name.strip()} = ?" for name in _POSTING_COLUMNS.split(",")[1:])
    await conn.execute(
        f"UPDATE postings SET {assignments}, updated_at = ?, closed_at = NULL WHERE id = ?",
        (*values[1:], now, posting.id),
    )
    return "updated"


async def _insert_matches(
    conn: aiosqlite.Connection, matches: Sequence[NewMatch], now: str, *, notify: bool = True
) -> None:
    """Insert match rows, replacing any existing row for the same pair."""
    await conn.executemany(
        "INSERT OR REPLACE INTO matches (search_id, posting_id, score, reasons_json, matched_at, "
        "notify) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (m.search_id, m.posting_id, m.score, json.dumps(list(m.reasons)), now, int(notify))
            for m in matches
        ],
    )
