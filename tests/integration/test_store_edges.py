"""The store under pressure: concurrent migrations, concurrent identical /adds, odd files."""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from core.chat.service import Concierge, build_concierge
from core.errors import StoreError
from core.store.migrations import MIGRATIONS, SCHEMA_VERSION
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock
from tests.integration.opening import open_after

PROCESSES = 4
TRIALS = 5
# The spawned processes run opening.open_after: importing this module would cost each
# of them the chat service and the test tools (about 0.5 s of CPU apiece).


def _searches(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return [tuple(row) for row in conn.execute("SELECT subscriber_id, raw_text FROM searches")]


async def test_processes_opening_an_old_file_at_once_migrate_it_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for trial in range(TRIALS):
        path = tmp_path / f"old{trial}.db"
        await (await SqliteStore.open(path, target_version=1)).close()
        barrier = context.Barrier(PROCESSES)
        processes = [
            context.Process(target=open_after, args=(barrier, str(path))) for _ in range(PROCESSES)
        ]
        for process in processes:
            process.start()
        for process in processes:
            await asyncio.to_thread(process.join, 60)
        assert [p.exitcode for p in processes] == [0] * PROCESSES, f"trial {trial}"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


async def test_ten_concurrent_identical_adds_save_one_search(service: Concierge) -> None:
    replies = await asyncio.gather(
        *(service.handle_text(ALICE, "/add Backend  Python") for _ in range(10))
    )
    texts = [reply[0].text for reply in replies]  # type: ignore[union-attr]
    assert sum(t.startswith("Saved search #1") for t in texts) == 1
    assert texts.count('You already have that search as #1 "Backend Python". /list shows it.') == 9


async def test_identical_adds_through_separate_connections_save_one_search(
    db_path: Path, clock: FakeClock
) -> None:
    stores = [await SqliteStore.open(db_path) for _ in range(10)]
    try:
        services = [await build_concierge(store, clock) for store in stores]
        await asyncio.gather(*(s.handle_text(ALICE, "/add golang developer") for s in services))
        await services[0].handle_text(BOB, "/add Golang Developer")
    finally:
        for store in stores:
            await store.close()
    assert sorted(raw for _, raw in _searches(db_path)) == [
        "Golang Developer",
        "golang developer",
    ]


async def test_the_database_refuses_a_second_copy_of_a_query(db_path: Path) -> None:
    await (await SqliteStore.open(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'alice', 'terminal', '2026-01-01')"
        )
        insert = (
            "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) VALUES (1, 'go', '{}', 1, '2026-01-01', 'go')"
        )
        conn.execute(insert)
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(insert)


async def test_upgrade_keeps_the_oldest_copy_of_each_query_and_its_feedback(
    db_path: Path,
) -> None:
    before_unique = next(
        version
        for version, steps in enumerate(MIGRATIONS)
        if any("searches_one_per_query" in step for step in steps)
    )
    await (await SqliteStore.open(db_path, target_version=before_unique)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'alice', 'terminal', '2026-01-01')"
        )
        for raw in ("go k8s", "Go  K8s", "rust", "go k8s"):
            conn.execute(
                "INSERT INTO searches (subscriber_id, raw_text, parsed_json, parser_version, "
                "created_at) VALUES (1, ?, '{}', 1, '2026-01-01')",
                (raw,),
            )
        conn.execute(
            "INSERT INTO feedback (subscriber_id, search_id, posting_id, kind, company_key, "
            "title_key, created_at) VALUES (1, 4, 'p1', 'up', 'acme', 'go', '2026-01-01')"
        )
    await (await SqliteStore.open(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        kept = conn.execute("SELECT id, raw_text FROM searches ORDER BY id").fetchall()
        feedback = conn.execute("SELECT search_id FROM feedback").fetchall()
    assert kept == [(1, "go k8s"), (3, "rust")]
    assert feedback == [(1,)]


async def test_a_file_that_is_not_a_database_is_named_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100)
    with pytest.raises(StoreError, match="which is not an SQLite database"):
        await SqliteStore.open(path)
    assert path.read_text() == "shopping list\n" * 100


async def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        await SqliteStore.open(tmp_path / "typo" / "x.db")
    assert not (tmp_path / "typo").exists()
