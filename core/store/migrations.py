"""Versioned schema migrations, applied in order; PRAGMA user_version records the version."""

from __future__ import annotations

# Each entry upgrades the schema from version i to i + 1. Never edit a released entry:
# append a new one, so that older files upgrade in place.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE subscribers (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            user_id TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (platform, workspace, user_id, chat_id)
        )""",
        """CREATE TABLE searches (
            id INTEGER PRIMARY KEY,
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            raw_text TEXT NOT NULL,
            parsed_json TEXT NOT NULL,
            parser_version INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX searches_by_subscriber ON searches (subscriber_id, id)",
        "CREATE INDEX searches_active ON searches (active)",
        """CREATE TABLE postings (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            workplace TEXT,
            salary_min REAL,
            salary_max REAL,
            currency TEXT,
            url TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            tags_json TEXT NOT NULL DEFAULT '[]',
            posted_at TEXT,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT
        )""",
        "CREATE INDEX postings_open ON postings (closed_at)",
    ),
    (
        "ALTER TABLE searches ADD COLUMN sensitivity TEXT NOT NULL DEFAULT 'normal' "
        "CHECK (sensitivity IN ('strict', 'normal', 'loose'))",
        """CREATE TABLE matches (
            search_id INTEGER NOT NULL REFERENCES searches(id) ON DELETE CASCADE,
            posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            reasons_json TEXT NOT NULL,
            matched_at TEXT NOT NULL,
            PRIMARY KEY (search_id, posting_id)
        )""",
        "CREATE INDEX matches_by_posting ON matches (posting_id)",
        "CREATE INDEX matches_by_search_score ON matches (search_id, score DESC)",
    ),
    (
        # Who added a search in a shared chat: they (or an admin) may change it.
        "ALTER TABLE searches ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",
    ),
    (
        # Digests: per-subscriber schedule, the outbox, the sent-ledger and feedback.
        "ALTER TABLE subscribers ADD COLUMN digest_time TEXT NOT NULL DEFAULT '09:00'",
        "ALTER TABLE subscribers ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC'",
        "ALTER TABLE subscribers ADD COLUMN timezone_set INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE subscribers ADD COLUMN frequency TEXT NOT NULL DEFAULT 'daily'",
        "ALTER TABLE subscribers ADD COLUMN alerts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE subscribers ADD COLUMN quiet TEXT",
        "ALTER TABLE subscribers ADD COLUMN next_digest_at TEXT",
        "ALTER TABLE subscribers ADD COLUMN delivery_paused TEXT",
        "CREATE INDEX subscribers_due ON subscribers (next_digest_at)",
        # A short number per posting for button data (Telegram allows 64 bytes).
        "ALTER TABLE postings ADD COLUMN ref INTEGER",
        "UPDATE postings SET ref = rowid",
        "CREATE UNIQUE INDEX postings_ref ON postings (ref)",
        # 0 for matches from a new source's silent first poll: shown by /jobs, never pushed.
        "ALTER TABLE matches ADD COLUMN notify INTEGER NOT NULL DEFAULT 1",
        """CREATE TABLE sent (
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            posting_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (subscriber_id, posting_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'delivered', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            delivered_at TEXT
        )""",
        "CREATE INDEX outbox_pending ON outbox (state, next_attempt_at)",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            search_id INTEGER REFERENCES searches(id) ON DELETE CASCADE,
            posting_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('up', 'down')),
            company_key TEXT NOT NULL,
            title_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX feedback_by_subscriber ON feedback (subscriber_id)",
        """CREATE TABLE muted_companies (
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            company_key TEXT NOT NULL,
            company TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (subscriber_id, company_key)
        )""",
    ),
    (
        # Job sources polled on a schedule, their fetch validators, run figures and failures.
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            url TEXT,
            company TEXT,
            interval_seconds INTEGER NOT NULL DEFAULT 1800 CHECK (interval_seconds > 0),
            paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
            created_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_run_at TEXT,
            last_success_at TEXT,
            next_run_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_new INTEGER NOT NULL DEFAULT 0,
            last_updated INTEGER NOT NULL DEFAULT 0,
            last_unchanged INTEGER NOT NULL DEFAULT 0,
            last_closed INTEGER NOT NULL DEFAULT 0,
            last_skipped INTEGER NOT NULL DEFAULT 0,
            empty_polls INTEGER NOT NULL DEFAULT 0,
            UNIQUE (kind, name)
        )""",
        "CREATE INDEX sources_due ON sources (paused, next_run_at)",
        # The same job on another source: this posting's original (its card shows both links).
        "ALTER TABLE postings ADD COLUMN duplicate_of TEXT",
        # core.ingest.dedup.duplicate_key ('' when the posting names no company), NULL = not yet.
        "ALTER TABLE postings ADD COLUMN dup_key TEXT",
        "CREATE INDEX postings_by_dup_key ON postings (dup_key)",
        "CREATE INDEX postings_duplicates ON postings (duplicate_of)",
    ),
    (
        # Retention: one 👍/👎 per (subscriber, search, posting, kind), so a repeated press is
        # idempotent; the duplicates already stored collapse into their first row.
        "DELETE FROM feedback WHERE id NOT IN (SELECT MIN(id) FROM feedback "
        "GROUP BY subscriber_id, posting_id, kind, IFNULL(search_id, 0))",
        "CREATE UNIQUE INDEX feedback_once ON feedback "
        "(subscriber_id, posting_id, kind, IFNULL(search_id, 0))",
        # When a subscriber last wrote or pressed a button: idle strangers are pruned.
        "ALTER TABLE subscribers ADD COLUMN last_seen_at TEXT",  # NULL: not since created_at
        # A subscriber's messages, for pruning idle subscribers and their deletion cascade.
        "CREATE INDEX outbox_by_subscriber ON outbox (subscriber_id, state)",
        # The last real prune: when it ran and the rows it removed per table (one row).
        """CREATE TABLE prune_runs (
            ran_at TEXT NOT NULL,
            removed_json TEXT NOT NULL
        )""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
