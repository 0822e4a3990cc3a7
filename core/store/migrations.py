"""Versioned schema migrations, applied in order; PRAGMA user_version records the version."""

from __future__ import annotations

# What a rebuilt matches table needs again (SQLite cannot alter a primary key or column type):
# the same statements each time the table was rebuilt, so they are written once.
_MATCHES_INDEXES_AND_TRIGGERS = (
    "CREATE INDEX matches_by_search ON matches (search_id, posting_ref)",
    "CREATE INDEX matches_strong_by_time ON matches (search_id, matched_at) WHERE score >= 90",
    """CREATE TRIGGER search_matches_gone AFTER DELETE ON searches BEGIN
            DELETE FROM matches WHERE search_id = OLD.id;
        END""",
    """CREATE TRIGGER posting_matches_gone AFTER DELETE ON postings BEGIN
            DELETE FROM matches WHERE posting_ref = OLD.ref;
        END""",
)

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
        # core.sources.ingest.dedup.duplicate_key ('' = names no company), NULL = not yet.
        "ALTER TABLE postings ADD COLUMN dup_key TEXT",
        "CREATE INDEX postings_by_dup_key ON postings (dup_key)",
        "CREATE INDEX postings_duplicates ON postings (duplicate_of)",
    ),
    (
        # Instant alerts read only matches recorded after a subscriber's last alert check.
        # Existing subscribers start at the upgrade, so no backlog is pushed as alerts.
        "ALTER TABLE subscribers ADD COLUMN alerts_checked_at TEXT",
        "UPDATE subscribers SET alerts_checked_at = "
        "strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000+00:00'",
        # Strong matches only (core.digests.delivery.ALERT_SCORE), by time: small, cheap to keep.
        "CREATE INDEX matches_strong_by_time ON matches (search_id, matched_at) WHERE score >= 90",
    ),
    (
        # Every change to a saved search, logged by triggers in the changing transaction (any
        # process, any code path, cascades included) so every process's index can follow it.
        """CREATE TABLE search_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            search_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'pause', 'resume', 'sensitivity',
                'query')),
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))
        )""",
        # Replaying the log from the start rebuilds every index: searches saved so far first.
        "INSERT INTO search_changes (search_id, kind) SELECT id, 'add' FROM searches ORDER BY id",
        """CREATE TRIGGER search_added AFTER INSERT ON searches BEGIN
            INSERT INTO search_changes (search_id, kind) VALUES (NEW.id, 'add');
        END""",
        """CREATE TRIGGER search_removed AFTER DELETE ON searches BEGIN
            INSERT INTO search_changes (search_id, kind) VALUES (OLD.id, 'remove');
        END""",
        """CREATE TRIGGER search_toggled AFTER UPDATE OF active ON searches
        WHEN OLD.active IS NOT NEW.active BEGIN
            INSERT INTO search_changes (search_id, kind)
            VALUES (NEW.id, CASE WHEN NEW.active THEN 'resume' ELSE 'pause' END);
        END""",
        """CREATE TRIGGER search_resensed AFTER UPDATE OF sensitivity ON searches
        WHEN OLD.sensitivity IS NOT NEW.sensitivity BEGIN
            INSERT INTO search_changes (search_id, kind) VALUES (NEW.id, 'sensitivity');
        END""",
        """CREATE TRIGGER search_requeried AFTER UPDATE OF raw_text, parsed_json ON searches
        WHEN OLD.raw_text IS NOT NEW.raw_text OR OLD.parsed_json IS NOT NEW.parsed_json BEGIN
            INSERT INTO search_changes (search_id, kind) VALUES (NEW.id, 'query');
        END""",
        # A posting is identified by (source, id): imported ids move under their source
        # ("import:1"). Ids already under their source (sample:0001) or a job source's
        # kind:name: stay; references follow; an id that would collide stays as it was.
        "PRAGMA defer_foreign_keys = ON",
        """CREATE TEMP TABLE renamed AS
            SELECT id AS old, source || ':' || id AS new FROM postings
            WHERE substr(id, 1, length(source) + 1) != source || ':'
                AND substr(id, 1, instr(id, ':')) NOT IN ('greenhouse:', 'lever:', 'ashby:',
                    'rss:', 'feed:', 'remoteok:', 'remotive:', 'arbeitnow:')
                AND source || ':' || id NOT IN (SELECT id FROM postings)
            GROUP BY source || ':' || id HAVING COUNT(*) = 1""",
        "CREATE UNIQUE INDEX temp.renamed_old ON renamed (old)",
        "UPDATE matches SET posting_id = (SELECT new FROM renamed WHERE old = posting_id) "
        "WHERE posting_id IN (SELECT old FROM renamed)",
        "UPDATE sent SET posting_id = (SELECT new FROM renamed WHERE old = posting_id) "
        "WHERE posting_id IN (SELECT old FROM renamed)",
        "UPDATE feedback SET posting_id = (SELECT new FROM renamed WHERE old = posting_id) "
        "WHERE posting_id IN (SELECT old FROM renamed)",
        "UPDATE postings SET duplicate_of = (SELECT new FROM renamed WHERE old = duplicate_of) "
        "WHERE duplicate_of IN (SELECT old FROM renamed)",
        "UPDATE postings SET id = (SELECT new FROM renamed WHERE old = id) "
        "WHERE id IN (SELECT old FROM renamed)",
        "DROP TABLE temp.renamed",
    ),
    (
        # Each chat platform's state as `concierge run` last saw it, shown by `concierge stats`.
        """CREATE TABLE platform_status (
            platform TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            since TEXT NOT NULL
        )""",
    ),
    (
        # One copy of each query per subscriber, kept by a unique index (concurrent /adds
        # raced past a check). query_key() is core.store.sqlite.query_key, registered on the
        # connection. Existing copies go, the oldest stays and inherits their feedback.
        "ALTER TABLE searches ADD COLUMN query_key TEXT",
        "UPDATE searches SET query_key = query_key(raw_text)",
        """UPDATE feedback SET search_id = (
            SELECT MIN(kept.id) FROM searches kept JOIN searches copy
            ON copy.subscriber_id = kept.subscriber_id AND copy.query_key = kept.query_key
            WHERE copy.id = feedback.search_id
        ) WHERE search_id IS NOT NULL""",
        """DELETE FROM searches WHERE id NOT IN (
            SELECT MIN(id) FROM searches GROUP BY subscriber_id, query_key
        )""",
        "CREATE UNIQUE INDEX searches_one_per_query ON searches (subscriber_id, query_key)",
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
    (
        # Shared searches: a chat link carries a short random code, not the search's text.
        """CREATE TABLE shared_searches (
            code TEXT PRIMARY KEY,
            raw_text TEXT NOT NULL,
            sensitivity TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
    ),
    (
        # Slack for many workspaces: the OAuth installation of each workspace (slack_sdk's
        # Installation as JSON, bot token inside) and the one-time states of OAuth flows.
        """CREATE TABLE slack_installations (
            enterprise_id TEXT NOT NULL,
            team_id TEXT NOT NULL,
            data_json TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            PRIMARY KEY (enterprise_id, team_id)
        )""",
        """CREATE TABLE slack_oauth_states (
            state TEXT PRIMARY KEY,
            expires_at TEXT NOT NULL
        )""",
    ),
    (
        # One company key for mutes, 👍/👎 and the same-job check (core.postings.same_job
        # .company_key, registered on the connection as company_key()). Mutes that now name
        # one company keep their first row; a ' ' prefix keeps the re-keying clear of the
        # primary key while old and new keys meet. Feedback takes its posting's company; one
        # whose posting is gone re-keys the old key.
        """DELETE FROM muted_companies WHERE rowid NOT IN (
            SELECT MIN(rowid) FROM muted_companies GROUP BY subscriber_id, company_key(company)
        )""",
        "UPDATE muted_companies SET company_key = ' ' || company_key(company)",
        "UPDATE muted_companies SET company_key = substr(company_key, 2)",
        """UPDATE feedback SET company_key = COALESCE(
            (SELECT company_key(p.company) FROM postings p WHERE p.id = feedback.posting_id),
            company_key(company_key)
        )""",
        "UPDATE postings SET dup_key = company_key(company) WHERE dup_key IS NOT NULL",
    ),
    (
        # A search's scan of the open postings (after /add, /resume or /sensitivity) runs in
        # short transactions; until its last one commits, search_scans holds the ref it has
        # reached, so a scan cut short (the process killed, the store busy past its timeout)
        # is finished by the next process that loads the index or records postings.
        """CREATE TABLE search_scans (
            search_id INTEGER PRIMARY KEY REFERENCES searches(id) ON DELETE CASCADE,
            after_ref INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TRIGGER search_scan_added AFTER INSERT ON searches BEGIN
            INSERT OR REPLACE INTO search_scans (search_id) VALUES (NEW.id);
        END""",
        """CREATE TRIGGER search_scan_resumed AFTER UPDATE OF active ON searches
        WHEN NEW.active AND NOT OLD.active BEGIN
            INSERT OR REPLACE INTO search_scans (search_id) VALUES (NEW.id);
        END""",
        """CREATE TRIGGER search_scan_resensed AFTER UPDATE OF sensitivity ON searches
        WHEN NEW.active AND OLD.sensitivity IS NOT NEW.sensitivity BEGIN
            INSERT OR REPLACE INTO search_scans (search_id) VALUES (NEW.id);
        END""",
    ),
    (
        # Compact matches for ingest at volume (~1,000-2,000 rows per posting against 100k
        # searches): clustered by posting, so a posting's rows are appended together, and read
        # by search through a narrow index; the posting named by its integer ref, no rowid, no
        # score index, NULL reasons when none were stored (explained when shown). Triggers, not
        # foreign keys, remove the rows of a deleted search or posting (cascades included): a
        # key check per inserted row cost a quarter of the insert.
        """CREATE TABLE matches_compact (
            posting_ref INTEGER NOT NULL,
            search_id INTEGER NOT NULL,
            score REAL NOT NULL,
            reasons_json TEXT,
            matched_at TEXT NOT NULL,
            notify INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (posting_ref, search_id)
        ) WITHOUT ROWID""",
        "INSERT INTO matches_compact SELECT p.ref, m.search_id, m.score, "
        "NULLIF(m.reasons_json, '[]'), m.matched_at, m.notify FROM matches m "
        "JOIN postings p ON p.id = m.posting_id ORDER BY p.ref, m.search_id",
        "DROP TABLE matches",
        "ALTER TABLE matches_compact RENAME TO matches",
        *_MATCHES_INDEXES_AND_TRIGGERS,
    ),
    (
        # Every posting written, changed, closed or deleted, by any process: the in-memory
        # index over open postings (core/matching/postings_index.py) catches up from here.
        """CREATE TABLE posting_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            posting_id TEXT NOT NULL
        )""",
        "INSERT INTO posting_changes (posting_id) SELECT id FROM postings ORDER BY rowid",
        """CREATE TRIGGER posting_added AFTER INSERT ON postings BEGIN
            INSERT INTO posting_changes (posting_id) VALUES (NEW.id);
        END""",
        """CREATE TRIGGER posting_changed AFTER UPDATE OF id, title, company, location,
            workplace, salary_min, salary_max, currency, description, tags_json, closed_at
        ON postings BEGIN
            INSERT INTO posting_changes (posting_id) VALUES (OLD.id);
            INSERT INTO posting_changes (posting_id) SELECT NEW.id WHERE NEW.id IS NOT OLD.id;
        END""",
        """CREATE TRIGGER posting_removed AFTER DELETE ON postings BEGIN
            INSERT INTO posting_changes (posting_id) VALUES (OLD.id);
        END""",
    ),
    (
        # What the processes serving one chat platform share: each chat's front-end state
        # (a guided flow's step, remembered messages), opaque to the store, and the requests
        # already taken (a signed Slack request replayed to another replica is refused).
        """CREATE TABLE chat_states (
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (scope, key)
        ) WITHOUT ROWID""",
        """CREATE TABLE used_requests (
            key TEXT PRIMARY KEY,
            expires_at TEXT NOT NULL
        ) WITHOUT ROWID""",
        "CREATE INDEX used_requests_by_expiry ON used_requests (expires_at)",
    ),
    (
        # Each `concierge run` process, while it runs (PostgreSQL's workers table; here the
        # one process), and the match shards' cursors and posting notes, which only the
        # PostgreSQL roles use; kept alike so both stores hold the same schema.
        """CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL,
            shard TEXT NOT NULL DEFAULT '',
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            beat_at TEXT NOT NULL
        )""",
        """CREATE TABLE shard_cursors (
            shard INTEGER NOT NULL,
            shards INTEGER NOT NULL,
            cursor INTEGER NOT NULL DEFAULT 0,
            beat_at TEXT NOT NULL,
            PRIMARY KEY (shards, shard)
        )""",
        """CREATE TABLE posting_notes (
            posting_id TEXT PRIMARY KEY,
            notify INTEGER NOT NULL,
            matched INTEGER NOT NULL
        )""",
    ),
    (
        # Saved state that a process can rebuild from the rest (the index over open
        # postings as a snapshot, core/matching/postings_snapshot.py): a missing, stale or
        # damaged row is only made again.
        """CREATE TABLE snapshots (
            name TEXT PRIMARY KEY,
            data BLOB NOT NULL
        )""",
    ),
    (
        # A prune deletes chat states not written for a while (core/retention.py).
        "CREATE INDEX chat_states_by_time ON chat_states (updated_at)",
    ),
    (
        # When a match was recorded, as microseconds since the epoch (UTC) rather than ISO
        # text: 8 bytes instead of 32 in each row and in the strong-match index, at ~900-1,900
        # rows a posting against 100k searches (bench.ingest). The alert cursor takes the same
        # unit, so alert checks compare integers. The triggers naming matches go first: SQLite
        # refuses to rename a table while a trigger names a missing one.
        """CREATE TABLE matches_us (
            posting_ref INTEGER NOT NULL,
            search_id INTEGER NOT NULL,
            score REAL NOT NULL,
            reasons_json TEXT,
            matched_at INTEGER NOT NULL,
            notify INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (posting_ref, search_id)
        ) WITHOUT ROWID""",
        # ISO text ('2026-12-05T15:20:00.123456+00:00', core.store.codec.iso) to microseconds.
        "INSERT INTO matches_us SELECT posting_ref, search_id, score, reasons_json, "
        "CAST(strftime('%s', substr(matched_at, 1, 19)) AS INTEGER) * 1000000 + CASE WHEN "
        "substr(matched_at, 20, 1) = '.' THEN CAST(substr(matched_at, 21, 6) AS INTEGER) ELSE 0 "
        "END, notify FROM matches ORDER BY posting_ref, search_id",
        "DROP TRIGGER search_matches_gone",
        "DROP TRIGGER posting_matches_gone",
        "DROP TABLE matches",
        "ALTER TABLE matches_us RENAME TO matches",
        *_MATCHES_INDEXES_AND_TRIGGERS,
        "ALTER TABLE subscribers ADD COLUMN alerts_checked_us INTEGER",
        "UPDATE subscribers SET alerts_checked_us = "
        "CAST(strftime('%s', substr(alerts_checked_at, 1, 19)) AS INTEGER) * 1000000 + CASE WHEN "
        "substr(alerts_checked_at, 20, 1) = '.' THEN CAST(substr(alerts_checked_at, 21, 6) AS "
        "INTEGER) ELSE 0 END",
        "ALTER TABLE subscribers DROP COLUMN alerts_checked_at",
    ),
    (
        # A search's shard key (core.workers.shard_key): the hash of its parsed query
        # (core.workers.query_hash, registered on the connection) plus how many searches of
        # that hash came before it, divided by CHUNK (32), so that copies of a query fall in
        # one match shard 32 at a time. Set when a search is saved, never recomputed; the
        # index counts the earlier copies at saving.
        "ALTER TABLE searches ADD COLUMN query_hash INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE searches ADD COLUMN shard_key INTEGER NOT NULL DEFAULT 0",
        "UPDATE searches SET query_hash = query_hash(parsed_json)",
        "UPDATE searches SET shard_key = searches.query_hash + earlier.n / 32 FROM (SELECT id, "
        "row_number() OVER (PARTITION BY query_hash ORDER BY id) - 1 AS n FROM searches) AS "
        "earlier WHERE earlier.id = searches.id",
        "CREATE INDEX searches_query_hash ON searches (query_hash)",
    ),
    (
        # The searches whose last full matching passed more open postings than the best it
        # keeps (core.postings.intake.STORED_MATCHES, 500): /list shows their count as "N+"
        # (as it shows any search with 500 stored: none scanned to mark the earlier ones).
        """CREATE TABLE capped_searches (
            search_id INTEGER PRIMARY KEY REFERENCES searches(id) ON DELETE CASCADE
        ) WITHOUT ROWID""",
    ),
    (
        # A search with exactly 500 stored matches is no longer "500+" unless marked capped:
        # those stored before capped_searches existed, at the cap, are marked once here.
        "INSERT OR IGNORE INTO capped_searches (search_id) SELECT search_id FROM matches "
        "GROUP BY search_id HAVING COUNT(*) >= 500",
    ),
    (
        # When applications close (an import's closes_at, core.model.Posting.closes_at): a
        # posting past it is closed as one its source stopped listing (core.retention).
        "ALTER TABLE postings ADD COLUMN closes_at TEXT",
        "CREATE INDEX postings_closing ON postings (closes_at) WHERE closed_at IS NULL",
    ),
    (
        # An /explore asked while the index over open postings is built, kept until its answer
        # is queued in the outbox (core.explore.commands): a stop before then loses none, the
        # next start answers it.
        """CREATE TABLE owed_explores (
            id INTEGER PRIMARY KEY,
            subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
            query TEXT NOT NULL,
            asked_at TEXT NOT NULL
        )""",
        "CREATE INDEX owed_explores_subscriber ON owed_explores (subscriber_id)",
    ),
    (
        # Where each person's last /jobs list got to (core.chat.service.show_more): /more after
        # a restart goes on from it rather than starting over. One row a person.
        """CREATE TABLE list_pages (
            subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            shown INTEGER NOT NULL,
            complete INTEGER NOT NULL,
            kept_at TEXT NOT NULL
        ) WITHOUT ROWID""",
    ),
    (
        # The places of the last cards shown to each person (core.chat.positions): /why 4 or
        # /hide 4 after a restart is card 4's job. One row a person: [[place, job], …], at
        # most core.ports.pages.MAX_SHOWN_PLACES pairs.
        """CREATE TABLE shown_cards (
            subscriber_id INTEGER PRIMARY KEY REFERENCES subscribers(id) ON DELETE CASCADE,
            places TEXT NOT NULL,
            kept_at TEXT NOT NULL
        ) WITHOUT ROWID""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
