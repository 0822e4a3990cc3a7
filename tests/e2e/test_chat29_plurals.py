"""Counts agree with their number wherever they are shown: "1 new match", "1 file", "1 more
line" (probe 24: "Imported 1 file(s): …; 1 new matches.")."""

from __future__ import annotations

from pathlib import Path

from core.plurals import count
from tests.e2e.test_cli import concierge


def test_the_import_summary_says_one_new_match(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    quiet = {"CONCIERGE_SAMPLE_POSTINGS": "false"}
    assert concierge("chat", db=db, stdin="/add icu nurse\n", **quiet).returncode == 0
    feed = tmp_path / "jobs.csv"
    feed.write_text("id,title\n1,ICU Nurse\n", encoding="utf-8")
    result = concierge("import", str(feed), db=db, **quiet)
    assert "Imported 1 file: 1 new, " in result.stdout, result.stdout
    assert result.stdout.rstrip().endswith("; 1 new match."), result.stdout
    feed.write_text("id,title\n2,ICU Nurse\n3,ICU Nurse\n", encoding="utf-8")
    again = concierge("import", str(feed), str(feed), db=db, **quiet)
    assert "Imported 2 files: " in again.stdout and "; 2 new matches." in again.stdout, again


def test_one_helper_says_one_or_many() -> None:
    assert count(1, "new match", "new matches") == "1 new match"
    assert count(0, "new match", "new matches") == "0 new matches"
    assert count(1_250, "row", "rows") == "1,250 rows"
