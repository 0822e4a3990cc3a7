"""/why 4 in a new `concierge chat` process is card 4 of the last one's /jobs list."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge


def test_a_cards_place_after_a_process_restart(tmp_path: Path) -> None:
    db = tmp_path / "p.db"  # a real SQLite file, as `make run` keeps
    first = concierge("chat", db=db, stdin="/add senior backend engineer\n/jobs\n", cwd=ROOT)
    assert first.returncode == 0, first.stderr
    listed = first.stdout.split("Your best matches now:")[1]
    job = re.search(r"^4\. .*\n(?:   .*\n)*?   job #(\d+)", listed, re.MULTILINE)
    assert job, listed
    after = concierge("chat", db=db, stdin="/why 4\n", cwd=ROOT)
    assert after.returncode == 0, after.stderr
    # Was: "There is no job 4 among your matches" (the places were in the last process only).
    assert f"Card 4 of your last list is job #{job[1]}" in after.stdout, after.stdout
    assert f"Why job #{job[1]} " in after.stdout, after.stdout
