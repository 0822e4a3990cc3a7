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
)

SCHEMA_VERSION = len(MIGRATIONS)
