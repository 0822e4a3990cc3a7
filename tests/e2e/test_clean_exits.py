"""The `concierge` command ends with one line, never a traceback, when its surroundings fail."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import ROOT, _env, concierge

QUERY = "senior backend engineer python"


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr


def _one_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    _no_traceback(result)
    assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr


def _database_with_searches(db: Path) -> None:
    lines = f"/add {QUERY}\n/add golang engineer\n/add data scientist\n/alerts on\n"
    assert concierge("chat", db=db, stdin=lines).returncode == 0


def test_run_ends_at_end_of_input_without_cancelling_the_scheduler(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    _database_with_searches(db)
    for _ in range(3):  # the first digest tick is still running when input ends
        result = concierge("run", db=db, stdin="/list\n", CONCIERGE_LOG_LEVEL="INFO")
        assert result.returncode == 0 and "Your saved searches" in result.stdout
        _no_traceback(result)
        assert "CancelledError" not in result.stderr


def test_a_reader_that_goes_away_ends_search_quietly(tmp_path: Path) -> None:
    db = tmp_path / "pipe.db"
    assert concierge("chat", db=db, stdin="/start\n").returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already exited
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "search", "engineer", "--limit", "100"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(db),
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0 and result.stderr == ""


def test_a_file_that_is_not_a_database_is_named_in_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 200)
    for command in (["search", QUERY], ["stats"], ["chat"]):
        result = concierge(*command, db=notes, stdin="/list\n")
        assert result.returncode == 2
        _one_line(result, f"DATABASE_URL points at '{notes}', which is not an SQLite database")
    assert notes.read_text() == "not a database\n" * 200


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    result = concierge("chat", db=tmp_path / "typo" / "x.db", stdin="/list\n")
    assert result.returncode == 2
    _one_line(result, "does not exist")
    assert not (tmp_path / "typo").exists()


def _read_only(folder: Path) -> list[str]:
    """A command prefix that runs `concierge` with folder (and its files) not writable.

    Not root: plain permissions. Root ignores them, so the folder is bound read-only in a
    private mount namespace instead: a real read-only file system, as SQLite sees it.
    """
    if os.geteuid() != 0:
        for path in (*folder.iterdir(), folder):
            path.chmod(0o555 if path.is_dir() else 0o444)
        return []
    unshare = shutil.which("unshare")
    probe = [unshare or "unshare", "-rm", "true"]
    if unshare is None or subprocess.run(probe, capture_output=True, check=False).returncode:
        pytest.skip("running as root without mount namespaces: nothing here is read-only")
    mount = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
    return [unshare, "-rm", "sh", "-c", mount, "sh"]


def _run_in(prefix: list[str], db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "bot", *args],
        input="/list\n",
        capture_output=True,
        text=True,
        env=_env(db),
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_a_read_only_database_is_searched_and_counted_and_refused_for_writes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "c.db"
    _database_with_searches(db)
    with sqlite3.connect(db) as conn:
        posting_id = conn.execute("SELECT id FROM postings LIMIT 1").fetchone()[0]
    before = db.read_bytes()
    prefix = _read_only(folder)
    search = _run_in(prefix, db, "search", QUERY)
    assert search.returncode == 0 and "Query:" in search.stdout
    _no_traceback(search)
    stats = _run_in(prefix, db, "stats")
    assert stats.returncode == 0 and "searches" in stats.stdout
    _no_traceback(stats)
    explain = _run_in(prefix, db, "explain", QUERY, posting_id)
    assert explain.returncode == 0 and "Score:" in explain.stdout
    for command in (["chat"], ["import", str(db)], ["sources", "list"]):
        refused = _run_in(prefix, db, *command)
        assert refused.returncode == 2
        _one_line(refused, "is read-only")
    assert db.read_bytes() == before


def test_a_new_database_in_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    prefix = _read_only(folder)
    result = _run_in(prefix, folder / "new.db", "chat")
    assert result.returncode == 2
    _one_line(result, "its folder is read-only")


def test_the_database_failing_mid_command_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    _database_with_searches(db)
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "r1", "title": "Rust Engineer"}\n')
    with sqlite3.connect(db, isolation_level=None) as holder:
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the file for too long
        result = concierge("import", str(rows), db=db)
        holder.execute("ROLLBACK")
    assert result.returncode == 1
    _one_line(result, "concierge: the database failed: database is locked")
