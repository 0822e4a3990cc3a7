"""/more in a new `concierge chat` process goes on where the last one's /jobs list got to."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge


def test_more_after_a_process_restart_goes_on_from_the_list(tmp_path: Path) -> None:
    db = tmp_path / "m.db"  # a real SQLite file, as `make run` keeps
    first = concierge("chat", db=db, stdin="/add senior backend engineer\n/jobs\n", cwd=ROOT)
    assert first.returncode == 0, first.stderr
    assert "Your best matches now:" in first.stdout, first.stdout
    after = concierge("chat", db=db, stdin="/more\n", cwd=ROOT)
    assert after.returncode == 0, after.stderr
    assert "More matches: 11–20 of " in after.stdout, after.stdout  # was the digest's batch
    again = concierge("chat", db=db, stdin="/more\n", cwd=ROOT)
    assert "More matches: 21–30 of " in again.stdout, again.stdout
