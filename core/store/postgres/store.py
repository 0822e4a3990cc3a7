"""The asyncpg implementation of the Store port: subscribers, searches, postings and matches."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

import asyncpg

from core.errors import DuplicateSearchError, SearchGoneError, StoreError
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
from core.ports.workers import ShardStore
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
from core.store.digests import group_matches
from core.store.match_rows import Row, score_and_write
from core.store.postgres.base import (
    PATIENCE_SECONDS,
    TRANSIENT,
    PgBase,
    dollar_params,
    one_line,
    rows_changed,
)
from core.store.postgres.chat_states import ChatStateQueries
from core.store.postgres.digests import P_COLUMNS, DigestQueries
from core.store.postgres.explores import ExploreQueries
from core.store.postgres.lease import SenderLease
from core.store.postgres.metrics import MetricsQueries
from core.store.postgres.migrations import SCHEMA_VERSION
from core.store.postgres.opening import CONNECT_TIMEOUT_SECONDS, migrate, open_pool
from core.store.postgres.pages import PageQueries
from core.store.postgres.platforms import PlatformQueries
from core.store.postgres.retention import RetentionQueries
from core.store.postgres.shares import ShareQueries
from core.store.postgres.slack_installs import SlackInstallQueries
from core.store.postgres.sources import SourceQueries
from core.store.postgres.wakeups import Listener, Topic
from core.store.postgres.workers import WorkerQueries
from core.store.sqlite import ACTIVE_SEARCHES, _check_not_pruned, query_key
from core.workers import WHOLE, Shard, query_hash, shard_key

_POSTING_NAMES = [name.strip() for name in POSTING_COLUMNS.split(",")]
_SUBSCRIBER_KEY = "platform = $1 AND workspace = $2 AND user_id = $3 AND chat_id = $4"
_FIND_OR_ADD_SUBSCRIBER = (
    f"WITH found AS (SELECT * FROM subscribers WHERE {_SUBSCRIBER_KEY}), "
    "added AS (INSERT INTO subscribers (platform, workspace, user_id, chat_id, created_at) "
    "SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS (SELECT 1 FROM found) "
    "ON CONFLICT DO NOTHING RETURNING *) "
    "SELECT * FROM found UNION ALL SELECT * FROM added"
)
_CHUNK = 500
# Open postings scored per transaction when a search is (re)matched: other writers wait less.
_SCAN = 2000
# Posting batches share this lock; a search change takes it alone (see the search_changes
# migration), so a batch and an /add never miss each other.
_SHARE_SEARCH_LOG = (
    "SELECT pg_advisory_xact_lock_shared(hashtext('concierge:search_changes:' || current_schema()))"
)
# Statements writing postings share this lock (a trigger takes it, or the batch first); a
# reader of posting_changes takes it alone (see the posting_changes migration).
_POSTING_CHANGES_KEY = "hashtext('concierge:posting_changes:' || current_schema())"
_SHARE_POSTING_LOG = f"SELECT pg_advisory_xact_lock_shared({_POSTING_CHANGES_KEY})"
_SETTLE_POSTING_LOG = f"SELECT pg_advisory_xact_lock({_POSTING_CHANGES_KEY})"
_OLDEST_CHANGE = "(SELECT MIN(id) FROM posting_changes)"
# A search whose matches are stored stays until they are: a delete waits for the transaction.
_SEARCH_KEPT = "SELECT 1 FROM searches WHERE id = $1 FOR KEY SHARE"
# One statement inserts a batch of postings from arrays, one array per column.
_INSERT_POSTINGS = (
    f"INSERT INTO postings ({POSTING_COLUMNS}, first_seen, updated_at) "
    "SELECT *, $15, $15 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], "
    "$6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], "
    "$13::text[], $14::text[]) ON CONFLICT (id) DO NOTHING RETURNING id, ref"
)
# One stored match per (search, posting) the index passes, a batch from arrays in one statement.
_MATCH_ROWS = (
    "INSERT INTO matches (search_id, posting_ref, score, matched_at, notify) "
    "SELECT v.search_id, v.posting_ref, v.score, $4, $5 "
    "FROM unnest($1::bigint[], $2::bigint[], $3::float8[]) AS v(search_id, posting_ref, score) "
    "ON CONFLICT (posting_ref, search_id) DO UPDATE SET score = excluded.score, "
    "reasons_json = NULL, matched_at = excluded.matched_at, notify = excluded.notify"
)
_UPDATE_POSTINGS = (
    "UPDATE postings p SET "
    + ", ".join(f"{name} = v.{name}" for name in _POSTING_NAMES[1:])
    + ", updated_at = $15, closed_at = NULL FROM unnest($1::text[], $2::text[], $3::text[], "
    "$4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], "
    f"$11::text[], $12::text[], $13::text[], $14::text[]) AS v({POSTING_COLUMNS}) WHERE p.id = v.id"
)


class PostgresStore(
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
    PgBase,
):
    """Stores everything in one PostgreSQL database (or one schema of it, by search_path)."""

    _url = ""  # set by open (password and all): the listener and sender leases connect to it

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        target_version: int = SCHEMA_VERSION,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        patience: float = PATIENCE_SECONDS,
    ) -> PostgresStore:
        """Connect to url and create or upgrade its schema; StoreError in one line if not."""
        pool = await open_pool(url, connect_timeout=connect_timeout)
        try:
            await migrate(pool, url, target_version)
        except TRANSIENT as exc:  # the server went away between connecting and migrating
            await pool.close()
            raise StoreError(f"the database is unavailable: {one_line(exc)}") from None
        except BaseException:
            await pool.close()
            raise
        store = cls(pool, patience=patience)
        store._url = url
        return store

    def listener(self, handlers: Mapping[Topic, Callable[[str], None]]) -> Listener:
        """A LISTEN on this database calling each topic's handler (run it as a task)."""
        return Listener(self._url, handlers)

    def sender_lease(self, name: str, token: str) -> SenderLease:
        """The lease to send for platform `name` with `token` (run it as a task)."""
        return SenderLease(self._url, name, token)

    async def close(self) -> None:
        """Close every connection of the pool."""
        await self._pool.close()

    async def subscriber(self, key: SubscriberKey, now: datetime) -> Subscriber:
        """Return the subscriber with this key, creating it on first sight; note it was seen."""
        # One round trip, found or added; none only if another process added it meanwhile.
        rows = await self._all(_FIND_OR_ADD_SUBSCRIBER, *_key_values(key), iso(now))
        if not rows:
            sql = f"SELECT * FROM subscribers WHERE {_SUBSCRIBER_KEY}"
            rows = await self._all(sql, *_key_values(key))
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

        Raises DuplicateSearchError when the subscriber has this query already. The
        subscriber's row is locked meanwhile, so concurrent adds count one after the other.
        """
        key = query_key(raw_text)

        async def add(conn: asyncpg.Connection) -> SavedSearch | None:
            # The lock first, on its own: the checks after it then read what committed before.
            await conn.execute("SELECT 1 FROM subscribers WHERE id = $1 FOR UPDATE", subscriber_id)
            hashed = query_hash(parsed_json)
            # Two subscribers saving the same query at once may count the same earlier copies
            # and share a key: harmless, a chunk of that query holds one search more.
            same, count, earlier = await conn.fetchrow(
                "SELECT (SELECT id FROM searches WHERE subscriber_id = $1 AND query_key = $2), "
                "(SELECT COUNT(*) FROM searches WHERE subscriber_id = $1), "
                "(SELECT COUNT(*) FROM searches WHERE query_hash = $3)",
                subscriber_id,
                key,
                hashed,
            )
            if same is not None:
                raise DuplicateSearchError(int(same))
            if count >= limit:
                return None
            row = await conn.fetchrow(
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "active, sensitivity, created_at, created_by, query_key, query_hash, shard_key) "
                f"VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10) RETURNING {SEARCH_COLUMNS}",
                subscriber_id,
                raw_text,
                parsed_json,
                parser_version,
                sensitivity,
                iso(now),
                created_by,
                key,
                hashed,
                shard_key(hashed, int(earlier)),
            )
            return saved_search_from_row(row)

        return await self._tx(add)

    async def move_subscriber(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Give a subscriber a new identity (a migrated group); False if there was none.

        When the new identity already exists, it is kept as it is and the old one stays too.
        """
        return (
            await self._write_one(
                "UPDATE subscribers SET platform = $5, workspace = $6, user_id = $7, "
                f"chat_id = $8 WHERE {_SUBSCRIBER_KEY} AND NOT EXISTS (SELECT 1 FROM subscribers "
                "WHERE platform = $5 AND workspace = $6 AND user_id = $7 AND chat_id = $8)",
                *_key_values(old),
                *_key_values(new),
            )
            > 0
        )

    async def searches(self, subscriber_id: int) -> list[SavedSearch]:
        """Return one subscriber's searches, oldest first."""
        rows = await self._all(
            f"SELECT {SEARCH_COLUMNS} FROM searches WHERE subscriber_id = $1 ORDER BY id",
            subscriber_id,
        )
        return [saved_search_from_row(row) for row in rows]

    async def active_searches(
        self, shard: Shard = WHOLE, after: int = 0, limit: int | None = None
    ) -> list[SavedSearch]:
        """Return the active searches of every subscriber whose shard key falls in the shard, by id:
        those past after, at most limit."""
        sql, args = dollar_params(ACTIVE_SEARCHES, (shard.count, shard.index, after, limit))
        rows = await self._all(sql, *args)
        return [saved_search_from_row(row) for row in rows]

    async def delete_search(self, subscriber_id: int, search_id: int) -> bool:
        """Delete a subscriber's search and its matches; False if it was not theirs."""
        sql = "DELETE FROM searches WHERE id = $1 AND subscriber_id = $2"
        return await self._write_one(sql, search_id, subscriber_id) > 0

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

        async def edit(conn: asyncpg.Connection) -> bool:
            # The subscriber's row locked, as add_search does: no add of these words meanwhile.
            await conn.execute("SELECT 1 FROM subscribers WHERE id = $1 FOR UPDATE", subscriber_id)
            same = await conn.fetchval(
                "SELECT id FROM searches WHERE subscriber_id = $1 AND query_key = $2 AND id <> $3",
                subscriber_id,
                key,
                search_id,
            )
            if same is not None:
                raise DuplicateSearchError(int(same))
            # The shard key stays: a shard holding the search must see its change.
            done = await conn.execute(
                "UPDATE searches SET raw_text = $1, parsed_json = $2, parser_version = $3, "
                "query_key = $4, query_hash = $5 WHERE id = $6 AND subscriber_id = $7",
                raw_text,
                parsed_json,
                parser_version,
                key,
                query_hash(parsed_json),
                search_id,
                subscriber_id,
            )
            if rows_changed(done) == 0:
                return False
            # The old words' matches go; an active search is scanned again (a kill meanwhile
            # leaves the scan to the next process), a paused one when resumed.
            await conn.execute("DELETE FROM matches WHERE search_id = $1", search_id)
            await conn.execute("DELETE FROM capped_searches WHERE search_id = $1", search_id)
            await conn.execute(
                "INSERT INTO search_scans (search_id) SELECT id FROM searches "
                "WHERE id = $1 AND active = 1 "
                "ON CONFLICT (search_id) DO UPDATE SET after_ref = 0",
                search_id,
            )
            return True

        return await self._tx(edit)

    async def forget_subscriber(self, subscriber_id: int) -> list[int]:
        """Delete a subscriber and all that is theirs (searches and their matches, settings,
        feedback, mutes, messages sent or waiting, list pages); the ids of the searches gone."""

        async def forget(conn: asyncpg.Connection) -> list[int]:
            # The searches first, each logged as removed; the rest goes by the row's cascade.
            rows = await conn.fetch(
                "DELETE FROM searches WHERE subscriber_id = $1 RETURNING id", subscriber_id
            )
            await conn.execute("DELETE FROM subscribers WHERE id = $1", subscriber_id)
            return [int(row["id"]) for row in rows]

        return await self._tx(forget)

    async def set_search_active(self, subscriber_id: int, search_id: int, active: bool) -> bool:
        """Pause or resume a subscriber's search; False if it was not theirs."""
        sql = "UPDATE searches SET active = $1 WHERE id = $2 AND subscriber_id = $3"
        return await self._write_one(sql, int(active), search_id, subscriber_id) > 0

    async def set_search_sensitivity(
        self, subscriber_id: int, search_id: int, sensitivity: Sensitivity
    ) -> bool:
        """Change a subscriber's search sensitivity; False if it was not theirs."""
        sql = "UPDATE searches SET sensitivity = $1 WHERE id = $2 AND subscriber_id = $3"
        return await self._write_one(sql, sensitivity, search_id, subscriber_id) > 0

    async def update_parsed(self, parsed: Sequence[tuple[int, str]], parser_version: int) -> int:
        """Store re-parsed forms (search id, parsed json) after the parser changed, in one
        statement; a search already at this version or newer is left alone. Rows changed."""
        # Every write to searches takes the change log's lock (a statement trigger): processes
        # starting at once write their pages in turn, and the version test makes a page that
        # another process wrote first a no-op (an older process never undoes a newer one).
        return await self._write_one(
            "UPDATE searches s SET parsed_json = v.parsed, parser_version = $3 "
            "FROM unnest($1::bigint[], $2::text[]) AS v(id, parsed) "
            "WHERE s.id = v.id AND s.parser_version < $3",
            [sid for sid, _ in parsed],
            [text for _, text in parsed],
            parser_version,
        )

    async def upsert_postings(
        self, postings: Sequence[Posting], now: datetime
    ) -> list[UpsertOutcome]:
        """Insert or update postings by id; one outcome per posting, in order."""
        outcomes: list[UpsertOutcome] = []
        for start in range(0, len(postings), _CHUNK):
            chunk = postings[start : start + _CHUNK]

            async def upsert(
                conn: asyncpg.Connection, chunk: Sequence[Posting] = chunk
            ) -> tuple[list[UpsertOutcome], dict[str, int]]:
                await conn.execute(_SHARE_POSTING_LOG)  # before its rows are locked
                return await _upsert(conn, chunk, iso(now))

            outcomes += (await self._tx(upsert))[0]
        return outcomes

    async def posting(self, posting_id: str) -> Posting | None:
        """Return one posting by id, open or closed."""
        rows = await self._all(f"SELECT {POSTING_COLUMNS} FROM postings WHERE id = $1", posting_id)
        return posting_from_row(rows[0]) if rows else None

    async def open_postings(self) -> list[Posting]:
        """Return every posting not marked closed, in the order they were first stored."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE closed_at IS NULL ORDER BY ref"
        )
        return [posting_from_row(row) for row in rows]

    async def open_postings_among(self, posting_ids: Sequence[str]) -> list[Posting]:
        """The open postings among these ids, in the order open_postings gives them."""
        if not posting_ids:
            return []
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE id = ANY($1::text[]) "
            "AND closed_at IS NULL ORDER BY ref",
            list(posting_ids),
        )
        return [posting_from_row(row) for row in rows]

    async def snapshot(self, name: str) -> bytes | None:
        """The saved snapshot of this name, if any."""
        rows = await self._all("SELECT data FROM snapshots WHERE name = $1", name)
        return bytes(rows[0][0]) if rows else None

    async def save_snapshot(self, name: str, data: bytes) -> None:
        """Save (or replace) the snapshot of this name."""
        await self._write_one(
            "INSERT INTO snapshots (name, data) VALUES ($1, $2) "
            "ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            name,
            data,
        )

    async def open_titles(self) -> list[tuple[str, int]]:
        """Each title of the open postings, with how many open postings have it (by title,
        byte-wise, as SQLite's grouping gives them)."""
        rows = await self._all(
            "SELECT title, COUNT(*) FROM postings WHERE closed_at IS NULL GROUP BY title "
            "ORDER BY title"
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

        async def replace(conn: asyncpg.Connection) -> None:
            await conn.execute("DELETE FROM matches WHERE search_id = $1", search_id)
            await conn.execute("DELETE FROM search_scans WHERE search_id = $1", search_id)
            await _insert_matches(conn, matches, micros(now))

        await self._tx(replace)

    async def search_change_cursor(self) -> int:
        """The id of the latest logged search change (0 when none)."""
        rows = await self._all("SELECT COALESCE(MAX(id), 0) FROM search_changes")
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
        The index catches up on search changes inside it, under the lock search changes take,
        so a search added before the commit is matched here and one added after finds these
        postings itself. Postings in duplicates get no matches; those in rematch always do.
        """
        outcomes: list[UpsertOutcome] = []
        stored = 0
        at = iso(now)
        for start in range(0, len(postings), _CHUNK):
            chunk = postings[start : start + _CHUNK]

            async def record(
                conn: asyncpg.Connection, chunk: Sequence[Posting] = chunk
            ) -> tuple[list[UpsertOutcome], int]:
                await conn.execute(_SHARE_SEARCH_LOG)
                await conn.execute(_SHARE_POSTING_LOG)  # before its rows are locked
                await _catch_up(conn, index)
                done, refs = await _upsert(conn, chunk, at)
                changed = {
                    p.id: p
                    for p, outcome in zip(chunk, done, strict=True)
                    if outcome != "unchanged" or p.id in rematch
                }
                stored = await _replace_matches(
                    conn, list(changed.values()), refs, index, duplicates, micros(now), notify
                )
                return done, stored

            done, count = await self._tx(record)
            outcomes += done
            stored += count
        return Recorded(outcomes, stored)

    async def rematch_postings(
        self, posting_ids: Sequence[str], now: datetime, index: LiveIndex, *, notify: bool
    ) -> int:
        """Replace the matches of stored open postings, as they are now; how many were stored."""
        stored = 0
        for start in range(0, len(posting_ids), _CHUNK):
            ids = list(posting_ids[start : start + _CHUNK])

            async def rematch(conn: asyncpg.Connection, ids: list[str] = ids) -> int:
                await conn.execute(_SHARE_SEARCH_LOG)
                await _catch_up(conn, index)
                rows = await conn.fetch(
                    f"SELECT {POSTING_COLUMNS}, ref FROM postings WHERE id = ANY($1::text[]) "
                    "AND closed_at IS NULL ORDER BY ref",
                    ids,
                )
                postings = [posting_from_row(row) for row in rows]
                refs = {str(row["id"]): int(row["ref"]) for row in rows}
                return await _replace_matches(conn, postings, refs, index, (), micros(now), notify)

            stored += await self._tx(rematch)
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

            async def step(conn: asyncpg.Connection, after: int = after) -> int | None:
                if after == 0:
                    await conn.execute(
                        "DELETE FROM matches WHERE search_id = $1 AND posting_ref IN "
                        "(SELECT ref FROM postings WHERE closed_at IS NOT NULL)",
                        search_id,
                    )
                rows = await conn.fetch(
                    f"SELECT {POSTING_COLUMNS}, ref FROM postings "
                    "WHERE ref > $1 AND closed_at IS NULL ORDER BY ref LIMIT $2",
                    after,
                    _SCAN,
                )
                await conn.execute(
                    "DELETE FROM matches WHERE search_id = $1 AND posting_ref = ANY($2::bigint[])",
                    search_id,
                    [int(row["ref"]) for row in rows],
                )
                await _insert_matches(conn, score([posting_from_row(r) for r in rows]), micros(now))
                if len(rows) < _SCAN:
                    await conn.execute("DELETE FROM search_scans WHERE search_id = $1", search_id)
                    return None
                reached = int(rows[-1]["ref"])
                await conn.execute(
                    "UPDATE search_scans SET after_ref = $1 WHERE search_id = $2",
                    reached,
                    search_id,
                )
                return reached

            reached = await self._tx(step)
            if reached is None:
                return
            after = reached

    async def unfinished_scans(self) -> list[tuple[SavedSearch, int]]:
        """Active searches whose scan of the open postings was cut short, with where it got."""
        rows = await self._all(
            f"SELECT {SEARCH_COLUMNS}, c.after_ref FROM searches "
            "JOIN search_scans c ON c.search_id = searches.id WHERE active = 1 ORDER BY id"
        )
        return [(saved_search_from_row(row), int(row["after_ref"])) for row in rows]

    async def posting_change_cursor(self) -> int:
        """The id of the latest logged posting change (0 when none); every change up to it is
        committed (one still in flight is waited for)."""
        return await self._tx(_settled_cursor)

    async def open_postings_page(self, after: int = 0, limit: int | None = None) -> PostingPage:
        """The open postings past ref after (at most limit; None: all) in the order
        open_postings gives them (by ref), with the posting change cursor they reflect at least.

        They are read after the cursor was settled, so they may reflect later changes too:
        the index then applies those again as they are, which changes nothing.
        """
        cursor = await self.posting_change_cursor()
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS}, ref FROM postings WHERE closed_at IS NULL AND ref > $1 "
            "ORDER BY ref LIMIT $2",
            after,
            limit,
        )
        last = int(rows[-1]["ref"]) if rows else after
        return PostingPage([posting_from_row(row) for row in rows], last, cursor)

    async def posting_changes(
        self, after: int, limit: int = 5000
    ) -> tuple[list[tuple[str, Posting | None]], int]:
        """Postings changed after a cursor, as they are now (None: closed or gone), and the
        cursor they reach (at most limit changes per call, none still in flight).

        ChangesPrunedError when changes after the cursor were pruned. A gap in the ids (a
        rolled-back change) right before the oldest row left may raise it too: that costs a
        rebuild of the index, never a skipped change.
        """
        until = await self.posting_change_cursor()
        rows = await self._all(
            "WITH changed AS (SELECT posting_id, MAX(id) AS at FROM (SELECT id, posting_id "
            "FROM posting_changes WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3) AS c "
            "GROUP BY posting_id) SELECT changed.posting_id AS changed, changed.at AS at, "
            f"{_OLDEST_CHANGE} AS oldest, "
            f"{', '.join(f'p.{name}' for name in _POSTING_NAMES)} FROM changed "
            "LEFT JOIN postings p ON p.id = changed.posting_id AND p.closed_at IS NULL "
            "ORDER BY changed.at",
            after,
            until,
            limit,
        )
        if not rows:
            return [], after
        _check_not_pruned(after, rows[0]["oldest"])
        changes = [
            (str(row["changed"]), posting_from_row(row) if row["id"] is not None else None)
            for row in rows
        ]
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
        rescore, as they are now: their matches replace the ones found for them. Posting
        writers wait meanwhile (the posting change lock, taken alone), so none commits between
        this read and the matches' replacement. Raises SearchGoneError when the search was
        deleted meanwhile (nothing is stored; a delete waits for this transaction to end).
        """

        async def store(conn: asyncpg.Connection) -> int:
            await conn.execute(_SETTLE_POSTING_LOG)
            if await conn.fetchval(_SEARCH_KEPT, search_id) is None:
                raise SearchGoneError
            rows = await conn.fetch(
                "WITH changed AS (SELECT DISTINCT posting_id FROM posting_changes WHERE id > $1) "
                "SELECT changed.posting_id AS changed, "
                f"{', '.join(f'p.{name}' for name in _POSTING_NAMES)} FROM changed "
                "LEFT JOIN postings p ON p.id = changed.posting_id AND p.closed_at IS NULL",
                cursor,
            )
            found = list(matches)
            if rows:
                _check_not_pruned(cursor, await conn.fetchval(f"SELECT {_OLDEST_CHANGE}"))
                changed = {str(row["changed"]) for row in rows}
                now_open = [posting_from_row(row) for row in rows if row["id"] is not None]
                found = [m for m in found if m.posting_id not in changed] + rescore(now_open)
            await conn.execute("DELETE FROM matches WHERE search_id = $1", search_id)
            # The search's scan is done: nothing is left for finish_scans.
            await conn.execute("DELETE FROM search_scans WHERE search_id = $1", search_id)
            await conn.execute(
                "DELETE FROM capped_searches WHERE search_id = $1"
                if not more
                else "INSERT INTO capped_searches (search_id) VALUES ($1) ON CONFLICT DO NOTHING",
                search_id,
            )
            return await _insert_matches(conn, found, micros(now))

        return await self._tx(store)

    async def find_postings(self, ident: str) -> list[Posting]:
        """Postings whose id is ident, else those whose id ends in ":" + ident (its source's)."""
        rows = await self._all(
            f"SELECT {POSTING_COLUMNS} FROM postings WHERE id = $1 OR (length(id) > length($1) "
            "AND right(id, length($1) + 1) = ':' || $1) ORDER BY id != $1, ref",
            ident,
        )
        exact = [row for row in rows if row["id"] == ident]
        return [posting_from_row(row) for row in exact or rows]

    async def best_matches(
        self, subscriber_id: int, limit: int, search_id: int | None = None
    ) -> list[StoredMatch]:
        """The subscriber's best matches over active searches (or one search, paused or not),
        open postings."""
        rows = await self._all(
            f"SELECT {P_COLUMNS}, m.search_id, m.score, m.reasons_json FROM matches m "
            "JOIN searches s ON s.id = m.search_id JOIN postings p ON p.ref = m.posting_ref "
            "WHERE s.subscriber_id = $1 AND p.closed_at IS NULL "
            "AND (($2::bigint IS NULL AND s.active = 1) OR s.id = $2) "
            "ORDER BY m.score DESC, p.ref DESC",
            subscriber_id,
            search_id,
        )
        return group_matches(rows)[:limit]

    async def match_counts(self, subscriber_id: int, at_most: int) -> dict[int, MatchCount]:
        """How many open postings each search of one subscriber has stored matches with,
        counted up to at_most (more past it, or when the search passed more than it keeps)."""
        rows = await self._all(
            "SELECT s.id, (SELECT COUNT(*) FROM (SELECT 1 FROM matches m JOIN postings p "
            "ON p.ref = m.posting_ref WHERE m.search_id = s.id AND p.closed_at IS NULL "
            "LIMIT $2) AS kept), EXISTS (SELECT 1 FROM capped_searches c "
            "WHERE c.search_id = s.id) FROM searches s WHERE s.subscriber_id = $1",
            subscriber_id,
            at_most + 1,  # one past it: exactly at_most is exact
        )
        return {int(row[0]): MatchCount.read(int(row[1]), bool(row[2]), at_most) for row in rows}


def _key_values(key: SubscriberKey) -> tuple[str, str, str, str]:
    """A subscriber key's column values."""
    return (key.platform, key.workspace, key.user, key.chat)


def _columns(rows: Sequence[tuple[Any, ...]]) -> list[list[Any]]:
    """Rows of posting values as one list per column, for unnest."""
    return [list(column) for column in zip(*rows, strict=True)] or [[] for _ in _POSTING_NAMES]


async def _settled_cursor(conn: asyncpg.Connection) -> int:
    """The latest posting change id, once every change given an id before it has committed.

    Taking the writers' shared lock alone waits for the transactions writing postings now;
    one starting later gets a larger id. The id is read by the next statement (a new snapshot).
    """
    await conn.execute(_SETTLE_POSTING_LOG)
    return int(await conn.fetchval("SELECT COALESCE(MAX(id), 0) FROM posting_changes"))


async def _upsert(
    conn: asyncpg.Connection, postings: Sequence[Posting], now: str
) -> tuple[list[UpsertOutcome], dict[str, int]]:
    """Insert new postings and update changed ones, in bulk; the outcomes, and every ref."""
    stored: dict[str, tuple[tuple[Any, ...], bool]] = {}
    refs: dict[str, int] = {}
    for row in await conn.fetch(
        f"SELECT {POSTING_COLUMNS}, closed_at, ref FROM postings WHERE id = ANY($1::text[]) "
        "ORDER BY id FOR UPDATE",
        sorted({p.id for p in postings}),
    ):
        stored[row["id"]] = (tuple(row)[: len(_POSTING_NAMES)], row["closed_at"] is None)
        refs[row["id"]] = int(row["ref"])
    outcomes: list[UpsertOutcome] = []
    inserts: dict[str, tuple[Any, ...]] = {}
    updates: dict[str, tuple[Any, ...]] = {}
    for posting in postings:
        values = posting_values(posting)
        known = stored.get(posting.id)
        if known is None:
            inserts[posting.id] = values
            outcomes.append("new")
        elif known == (values, True):
            outcomes.append("unchanged")
        else:
            updates[posting.id] = values
            outcomes.append("updated")
        stored[posting.id] = (values, True)
    if inserts:
        added = await conn.fetch(_INSERT_POSTINGS, *_columns(list(inserts.values())), now)
        refs.update((str(row["id"]), int(row["ref"])) for row in added)
        # Another process may have inserted one meanwhile (ON CONFLICT DO NOTHING): read its.
        if missing := [pid for pid in inserts if pid not in refs]:
            others = await conn.fetch(
                "SELECT id, ref FROM postings WHERE id = ANY($1::text[])", missing
            )
            refs.update((str(row["id"]), int(row["ref"])) for row in others)
    if updates:
        await conn.execute(_UPDATE_POSTINGS, *_columns(list(updates.values())), now)
    return outcomes, refs


async def _catch_up(conn: asyncpg.Connection, index: LiveIndex) -> None:
    """Apply to the index the search changes logged since it last looked, by any process:
    those of the searches it holds alone, read in SQL."""
    after = index.cursor
    latest = await conn.fetchval("SELECT MAX(id) FROM search_changes WHERE id > $1", after)
    if latest is None:
        return
    shard = index.shard
    if shard is None:
        index.apply([], int(latest))
        return
    current = await conn.fetch(
        f"SELECT c.search_id, {SEARCH_COLUMNS} "
        "FROM (SELECT DISTINCT search_id FROM search_changes WHERE id > $1 AND id <= $2) AS c "
        "LEFT JOIN searches s ON s.id = c.search_id WHERE s.id IS NULL OR s.shard_key % $3 = $4 "
        "ORDER BY c.search_id",
        after,
        latest,
        shard.count,
        shard.index,
    )
    index.apply(
        [
            SearchChange(int(row["search_id"]), saved_search_from_row(row) if row["id"] else None)
            for row in current
        ],
        int(latest),
    )


async def _replace_matches(
    conn: asyncpg.Connection,
    postings: Sequence[Posting],
    refs: Mapping[str, int],
    index: LiveIndex,
    unmatched: Collection[str],
    now: int,
    notify: bool,
) -> int:
    """Replace the matches of these postings with the index's; how many were stored.

    The rows go in one statement per batch, from arrays: the index caught up with every search
    change inside this transaction, under the search-change lock, so each of its searches exists.
    They are scored in a worker thread, a batch ahead of the writes.
    """
    if not postings:
        return 0
    await conn.execute(
        "DELETE FROM matches WHERE posting_ref = ANY($1::bigint[])",
        [refs[posting.id] for posting in postings],
    )

    async def write(rows: list[Row]) -> int:
        if not rows:
            return 0
        search_ids, posting_refs, scores = zip(*rows, strict=True)
        status = await conn.execute(_MATCH_ROWS, search_ids, posting_refs, scores, now, int(notify))
        return rows_changed(status)

    matched = [posting for posting in postings if posting.id not in unmatched]
    return await score_and_write(index, matched, refs, write)


async def _insert_matches(
    conn: asyncpg.Connection, matches: Sequence[NewMatch], now: int, *, notify: bool = True
) -> int:
    """Insert match rows in one statement, replacing any for the same pair; how many stored."""
    if not matches:
        return 0
    # The last of two rows for one pair wins, as SQLite's INSERT OR REPLACE has it.
    rows = {(m.search_id, m.posting_id): m for m in matches}
    # Only for searches that exist and are active now: another process may have removed or
    # paused one since the index last caught up (a removed one would fail the foreign key).
    status = await conn.execute(
        "INSERT INTO matches (search_id, posting_ref, score, reasons_json, matched_at, notify) "
        "SELECT v.search_id, p.ref, v.score, v.reasons, $5, $6 "
        "FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::text[]) "
        "AS v(search_id, posting_id, score, reasons) JOIN postings p ON p.id = v.posting_id "
        "WHERE EXISTS (SELECT 1 FROM searches s WHERE s.id = v.search_id AND s.active = 1) "
        "ON CONFLICT (posting_ref, search_id) DO UPDATE SET score = excluded.score, "
        "reasons_json = excluded.reasons_json, matched_at = excluded.matched_at, "
        "notify = excluded.notify",
        [m.search_id for m in rows.values()],
        [m.posting_id for m in rows.values()],
        [m.score for m in rows.values()],
        [json.dumps(list(m.reasons)) if m.reasons else None for m in rows.values()],
        now,
        int(notify),
    )
    return rows_changed(status)


# mypy checks here that the PostgreSQL store implements every storage port.
_IMPLEMENTS_EVERY_PORT: Store = cast(PostgresStore, None)
_IMPLEMENTS_SHARDS: ShardStore = cast(PostgresStore, None)
