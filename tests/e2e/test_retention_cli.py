"""`concierge prune`, its figures in `concierge stats`, its settings and the running bot's prune."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.test_cli import ROOT, _env, concierge

JOBS = '{"id": "j1", "title": "Backend Engineer"}\n{"id": "j2", "title": "Go Developer"}\n'
LONG_AGO = "2020-01-01T00:00:00.000000+00:00"


def _figures(text: str) -> dict[str, str]:
    """`name  value` lines (two spaces or more between) as a dict."""
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in text.splitlines())


def _old_world(tmp_path: Path) -> Path:
    """A posting closed long ago and a stranger who said hi long ago, next to fresh rows."""
    db = tmp_path / "prune.db"
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(JOBS, encoding="utf-8")
    assert concierge("import", str(jobs), db=db).returncode == 0
    assert concierge("chat", db=db, stdin="hi\n").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE postings SET closed_at = ? WHERE title = 'Backend Engineer'", (LONG_AGO,)
        )
        conn.execute("UPDATE subscribers SET created_at = ?", (LONG_AGO,))
        conn.execute("DELETE FROM prune_runs")  # the chat above may have pruned at its start
    return db


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_dry_run_counts_and_prune_removes_and_stats_shows_it(tmp_path: Path) -> None:
    db = _old_world(tmp_path)
    dry = concierge("prune", "--dry-run", db=db)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Would remove (keeping delivered messages 30 days, closed ")
    lines = _figures("\n".join(dry.stdout.splitlines()[1:]))
    assert lines == {
        "outbox": "0",
        "matches": "0",
        "postings": "1",
        "sent": "0",
        "subscribers": "1",
        "posting_changes": "0",
        "posting_notes": "0",
        "chat_states": "0",
    }
    assert (_count(db, "postings"), _count(db, "subscribers")) == (2, 1)
    assert "last prune" in (stats := _figures(concierge("stats", db=db).stdout))
    assert stats["last prune"] == "never" and stats["rows postings"] == "2"

    done = concierge("prune", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Removed (keeping ")
    assert (_count(db, "postings"), _count(db, "subscribers")) == (1, 0)
    stats = _figures(concierge("stats", db=db).stdout)
    assert stats["rows postings"] == "1" and stats["rows subscribers"] == "0"
    assert stats["database size"].endswith(" MB") and stats["database free"].endswith(" MB")
    assert stats["last prune"].endswith(
        "UTC, removed outbox 0, matches 0, postings 1, sent 0, subscribers 1, posting_changes 0, "
        "posting_notes 0, chat_states 0"
    )


def test_retention_periods_come_from_the_environment(tmp_path: Path) -> None:
    db = _old_world(tmp_path)
    days_since = "4000"  # 2020 is less than 4000 days ago: nothing is old enough
    kept = concierge(
        "prune",
        db=db,
        CONCIERGE_KEEP_CLOSED_DAYS=days_since,
        CONCIERGE_KEEP_IDLE_DAYS=days_since,
        CONCIERGE_KEEP_DELIVERED_DAYS="7",
    )
    assert kept.returncode == 0, kept.stderr
    assert "delivered messages 7 days, closed postings 4000 days, idle subscribers 4000" in (
        kept.stdout
    )
    assert (_count(db, "postings"), _count(db, "subscribers")) == (2, 1)
    for bad in ("0", "soon", "99999"):
        result = concierge("prune", db=db, CONCIERGE_KEEP_CLOSED_DAYS=bad)
        assert result.returncode == 2
        assert result.stderr.startswith("concierge: CONCIERGE_KEEP_CLOSED_DAYS must be")


def test_the_running_bot_prunes_at_start(tmp_path: Path) -> None:
    db = _old_world(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(db),
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while _count(db, "prune_runs") == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()  # end of input stops the terminal chat
        proc.wait(timeout=30)
    assert proc.stderr is not None
    errors = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == 0, errors
    assert "retention_jobs" not in errors  # no traceback through the prune job
    assert _count(db, "prune_runs") == 1 and _count(db, "postings") == 1
