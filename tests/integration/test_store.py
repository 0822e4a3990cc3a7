"""The SQLite store: migrations, postings, searches and ownership, on a real file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from core.errors import ConfigError, SchemaTooNewError, StoreError
from core.model import MatchCount, NewMatch, Posting, SubscriberKey
from core.sources.ingest import SourceSpec
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from core.store.slack_installs import UNINSTALLED
from core.store.sqlite import SqliteStore
from core.store.url import sqlite_path
from tests.conftest import ALICE, BOB, FakeClock, query


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


async def test_fresh_file_gets_current_schema_wal_and_foreign_keys(db_path: Path) -> None:
    store = await SqliteStore.open(db_path)
    await store.close()
    assert _user_version(db_path) == SCHEMA_VERSION
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        indexes = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    assert {"searches_by_subscriber", "matches_by_search", "postings_open"} <= indexes


async def test_older_file_is_upgraded_in_place_keeping_data(
    db_path: Path, clock: FakeClock
) -> None:
    old = await SqliteStore.open(db_path, target_version=1)
    await old.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at)"
            " VALUES (7, 'console', 'local', 'alice', 'terminal', '2026-01-01T00:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version,"
            " created_at) VALUES (7, 'go k8s', '{}', 0, '2026-01-01T00:00:00+00:00')"
        )
    assert _user_version(db_path) == 1

    store = await SqliteStore.open(db_path)
    subscriber = await store.subscriber(ALICE, clock.now())
    searches = await store.searches(subscriber.id)
    await store.close()
    assert subscriber.id == 7 and subscriber.settings.digest_time == "09:00"
    assert _user_version(db_path) == SCHEMA_VERSION
    assert [(s.raw_text, s.sensitivity, s.active) for s in searches] == [("go k8s", "normal", True)]


async def test_newer_file_is_refused_and_left_alone(db_path: Path) -> None:
    await (await SqliteStore.open(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError, match="understands up to"):
        await SqliteStore.open(db_path)
    assert _user_version(db_path) == SCHEMA_VERSION + 1


async def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        await SqliteStore.open(blocker / "db.sqlite")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///concierge.db", Path("concierge.db")),
        ("sqlite:///data/x.db", Path("data/x.db")),
        ("sqlite:////var/lib/x.db", Path("/var/lib/x.db")),
    ],
)
def test_database_url_paths(url: str, expected: Path) -> None:
    assert sqlite_path(url) == expected


@pytest.mark.parametrize(
    "url", ["postgres://h/db", "concierge.db", "sqlite://", "sqlite:///", "sqlite:///:memory:"]
)
def test_bad_database_urls_name_the_variable(url: str) -> None:
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        sqlite_path(url)


async def test_upsert_reports_new_updated_unchanged(store: SqliteStore, clock: FakeClock) -> None:
    first = Posting(id="a", title="Backend Engineer", salary_min=100000, tags=("go",))
    assert await store.upsert_postings([first], clock.now()) == ["new"]
    assert await store.upsert_postings([first], clock.now()) == ["unchanged"]
    changed = Posting(id="a", title="Senior Backend Engineer", salary_min=100000, tags=("go",))
    assert await store.upsert_postings([changed], clock.now()) == ["updated"]
    assert await store.count_open_postings() == 1
    assert await store.posting("a") == changed


async def test_subscriber_identity_includes_platform_workspace_user_and_chat(
    store: SqliteStore, clock: FakeClock
) -> None:
    a = await store.subscriber(ALICE, clock.now())
    assert (await store.subscriber(ALICE, clock.now())).id == a.id
    b = await store.subscriber(BOB, clock.now())
    other_chat = await store.subscriber(
        ALICE.__class__("console", "local", "alice", "x"), clock.now()
    )
    other_team = await store.subscriber(
        ALICE.__class__("slack", "T2", "alice", "terminal"), clock.now()
    )
    assert len({a.id, b.id, other_chat.id, other_team.id}) == 4


async def test_search_cap_and_ownership(store: SqliteStore, clock: FakeClock) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    bob = await store.subscriber(BOB, clock.now())
    saved = [
        await store.add_search(alice.id, f"q{i}", "{}", 1, "normal", 2, clock.now())
        for i in range(3)
    ]
    assert saved[2] is None
    first = saved[0]
    assert first is not None
    assert not await store.delete_search(bob.id, first.id)
    assert not await store.set_search_active(bob.id, first.id, False)
    assert len(await store.searches(alice.id)) == 2
    assert await store.delete_search(alice.id, first.id)
    assert [s.raw_text for s in await store.searches(alice.id)] == ["q1"]


async def test_deleting_a_search_deletes_its_matches(store: SqliteStore, clock: FakeClock) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    search = await store.add_search(alice.id, "go", "{}", 1, "normal", 5, clock.now())
    assert search is not None
    await store.upsert_postings([Posting(id="p", title="Go Developer")], clock.now())
    await store.replace_search_matches(
        search.id, [NewMatch(search.id, "p", 80, ("why",))], clock.now()
    )
    assert await store.match_counts(alice.id, 500) == {search.id: MatchCount(1)}
    await store.delete_search(alice.id, search.id)
    assert await query(store, "SELECT COUNT(*) FROM matches") == [(0,)]


def _before_source_ids() -> int:
    """The schema version just before imported ids moved under their source."""
    return next(
        version
        for version, statements in enumerate(MIGRATIONS)
        if any("CREATE TEMP TABLE renamed" in statement for statement in statements)
    )


async def test_upgrade_moves_imported_ids_under_their_source_with_their_references(
    db_path: Path, clock: FakeClock
) -> None:
    await (await SqliteStore.open(db_path, target_version=_before_source_ids())).close()
    at = "2026-01-01T00:00:00+00:00"
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at)"
            " VALUES (7, 'console', 'local', 'alice', 'terminal', ?)",
            (at,),
        )
        conn.execute(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version,"
            " created_at) VALUES (3, 7, 'go', '{}', 0, ?)",
            (at,),
        )
        postings = [
            ("1", "import", None),  # a bare imported id: moves to import:1
            ("x", "other", "1"),  # a duplicate of it: its link follows
            ("sample:0001", "sample", None),  # already under its source
            ("greenhouse:acme:7", "greenhouse:acme", None),  # a job source's id
            ("feed:jobs:3", "linkedin", None),  # a feed row naming its own source
            ("2", "import", None),  # would collide with the next one: stays
            ("import:2", "import", None),
        ]
        conn.executemany(
            "INSERT INTO postings (id, source, title, first_seen, updated_at, ref, duplicate_of)"
            " VALUES (?, ?, 'Go Developer', ?, ?, ?, ?)",
            [(pid, src, at, at, n, dup) for n, (pid, src, dup) in enumerate(postings, 1)],
        )
        conn.execute(
            "INSERT INTO matches (search_id, posting_id, score, reasons_json, matched_at)"
            " VALUES (3, '1', 80, '[]', ?)",
            (at,),
        )
        conn.execute("INSERT INTO sent VALUES (7, '1', ?)", (at,))
        conn.execute(
            "INSERT INTO feedback (subscriber_id, search_id, posting_id, kind, company_key,"
            " title_key, created_at) VALUES (7, 3, '1', 'up', '', 'go developer', ?)",
            (at,),
        )
    await (await SqliteStore.open(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        ids = {row[0]: row[1] for row in conn.execute("SELECT id, duplicate_of FROM postings")}
        references = [
            conn.execute(f"SELECT posting_id FROM {table}").fetchone()[0]
            for table in ("sent", "feedback")
        ]
        references += [
            row[0]
            for row in conn.execute(
                "SELECT p.id FROM matches m JOIN postings p ON p.ref = m.posting_ref"
            )
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        logged = conn.execute("SELECT search_id, kind FROM search_changes").fetchall()
    assert logged == [(3, "add")]  # replaying the change log from 0 rebuilds every index
    assert ids == {
        "import:1": None,
        "other:x": "import:1",
        "sample:0001": None,
        "greenhouse:acme:7": None,
        "feed:jobs:3": None,
        "2": None,
        "import:2": None,
    }
    assert references == ["import:1"] * 3


async def test_a_claimed_source_is_skipped_until_its_lease_ends(
    store: SqliteStore, clock: FakeClock
) -> None:
    now = clock.now()
    source = await store.add_source(SourceSpec("greenhouse", "acme"), 1800, now)
    assert source is not None
    lease = now + timedelta(minutes=10)
    claimed = await store.claim_source(source.id, now, lease)
    assert claimed is not None and claimed.next_run_at == now  # as it was when claimed
    assert await store.claim_source(source.id, now + timedelta(minutes=9), lease) is None
    assert await store.due_sources(now + timedelta(minutes=9)) == []
    assert await store.claim_source(source.id, lease, lease) is not None
    await store.set_source_paused(source.id, True, lease)
    assert await store.claim_source(source.id, lease, lease) is None  # paused


async def test_a_moved_subscriber_keeps_everything_unless_the_new_identity_exists(
    store: SqliteStore, clock: FakeClock
) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    await store.add_search(alice.id, "go", "{}", 1, "normal", 5, clock.now())
    group = SubscriberKey("telegram", "", "alice", "-100")
    assert await store.move_subscriber(ALICE, group)
    moved = await store.subscriber(group, clock.now())
    assert moved.id == alice.id and [s.raw_text for s in await store.searches(moved.id)] == ["go"]
    bob = await store.subscriber(BOB, clock.now())
    assert not await store.move_subscriber(BOB, group)  # taken: both stay as they are
    assert (await store.subscriber(BOB, clock.now())).id == bob.id
    assert not await store.move_subscriber(SubscriberKey("x", "", "nobody", "c"), BOB)


async def test_postings_are_found_by_id_or_by_their_source_s_number(
    store: SqliteStore, clock: FakeClock
) -> None:
    await store.upsert_postings(
        [Posting(id="greenhouse:acme:1", title="A"), Posting(id="lever:acme:1", title="B")],
        clock.now(),
    )
    assert [p.id for p in await store.find_postings("1")] == [
        "greenhouse:acme:1",
        "lever:acme:1",
    ]
    assert [p.id for p in await store.find_postings("lever:acme:1")] == ["lever:acme:1"]
    assert await store.find_postings("acme:2") == []


async def test_a_reparsed_search_is_logged_for_every_index(
    store: SqliteStore, clock: FakeClock
) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    search = await store.add_search(alice.id, "go", "{}", 1, "normal", 5, clock.now())
    assert search is not None
    before = await store.search_change_cursor()
    assert await store.update_parsed([(search.id, '{"v": 2}')], 2) == 1
    assert await store.search_change_cursor() > before
    [stored] = await store.searches(alice.id)
    assert (stored.parsed_json, stored.parser_version) == ('{"v": 2}', 2)


async def test_a_reparse_never_rewrites_a_search_at_its_version_or_newer(
    store: SqliteStore, clock: FakeClock
) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    newer = await store.add_search(alice.id, "go", '{"v": 3}', 3, "normal", 5, clock.now())
    same = await store.add_search(alice.id, "rust", '{"v": 2}', 2, "normal", 5, clock.now())
    assert newer is not None and same is not None
    before = await store.search_change_cursor()
    # An older process starting after a newer one, or a second process after the first.
    assert await store.update_parsed([(newer.id, '{"v": 2}'), (same.id, '{"w": 2}')], 2) == 0
    assert await store.search_change_cursor() == before
    stored = {s.id: (s.parsed_json, s.parser_version) for s in await store.searches(alice.id)}
    assert stored == {newer.id: ('{"v": 3}', 3), same.id: ('{"v": 2}', 2)}


async def test_metrics_and_stats_count_what_is_stored(store: SqliteStore, clock: FakeClock) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    search = await store.add_search(alice.id, "go", "{}", 1, "normal", 5, clock.now())
    assert search is not None
    await store.upsert_postings([Posting(id="p", title="Go Developer")], clock.now())
    await store.replace_search_matches(search.id, [NewMatch(search.id, "p", 80, ())], clock.now())
    await store.enqueue(alice, "alert", "[]", ["p"], clock.now(), None)
    clock.advance(minutes=2)
    figures = await store.metric_figures(clock.now())
    assert (figures.searches_active, figures.postings_open, figures.matches) == (1, 1, 1)
    assert figures.outbox == {("alert", "pending"): 1}
    assert figures.oldest_pending_seconds == 120.0
    stats = await store.stats(clock.now() - timedelta(days=1))
    assert stats["subscribers_console"] == 1 and stats["deliveries_pending"] == 1
    assert stats["matches_today"] == 1


async def test_a_slack_workspace_s_install_pauses_and_resumes_its_subscribers(
    store: SqliteStore, clock: FakeClock
) -> None:
    member = await store.subscriber(SubscriberKey("slack", "T1", "U1", "C1"), clock.now())
    await store.save_slack_install("T1", "", '{"bot_token": "x"}', clock.now())
    assert await store.slack_install("T1") == '{"bot_token": "x"}'
    await store.delete_slack_install("T1")
    assert await store.slack_install("T1") is None
    assert await store.due_subscribers(clock.now()) == []
    paused = await store.subscriber(member.key, clock.now())
    assert paused.settings.delivery_paused == UNINSTALLED
    await store.save_slack_install("T1", "", "{}", clock.now())
    assert (await store.subscriber(member.key, clock.now())).settings.delivery_paused == ""
    await store.add_slack_state("s1", clock.now() + timedelta(minutes=5))
    assert await store.use_slack_state("s1", clock.now())
    assert not await store.use_slack_state("s1", clock.now())


async def test_replacing_a_search_s_matches_finishes_its_scan(
    store: SqliteStore, clock: FakeClock
) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    search = await store.add_search(alice.id, "go", "{}", 1, "normal", 5, clock.now())
    assert search is not None
    assert [s.id for s, _ in await store.unfinished_scans()] == [search.id]  # marked when added
    await store.upsert_postings([Posting(id="p", title="Go Developer")], clock.now())
    await store.replace_search_matches(search.id, [NewMatch(search.id, "p", 80, ())], clock.now())
    assert await store.unfinished_scans() == []
