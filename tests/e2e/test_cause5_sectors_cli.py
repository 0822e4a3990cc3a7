"""A sector asked leaves out the postings naming none, and the answer says how many and how to
see them (cause5): `concierge search` and an /add in the console chat."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.test_cli import concierge, imported

POSTINGS = [
    {"id": "pay", "title": "Backend Engineer", "company": "Pebble Pay", "description": "Fintech."},
    {"id": "bank", "title": "Backend Developer", "company": "Fernhill Bank", "description": "C#."},
    {"id": "food", "title": "Backend Engineer", "company": "Saltmarsh Foods", "description": "Go."},
    {"id": "farm", "title": "Backend Developer", "company": "Ploughshare", "description": "Rust."},
]


def test_search_says_how_many_postings_name_no_sector_asked(tmp_path: Path) -> None:
    db = imported(tmp_path, POSTINGS)
    normal = concierge("search", "backend engineer fintech", db=db)
    assert normal.returncode == 0, normal.stderr
    assert "Pebble Pay" in normal.stdout and "Fernhill Bank" in normal.stdout
    assert "Saltmarsh Foods" not in normal.stdout and "Missing 1 part" not in normal.stdout
    said = "2 more backend engineer jobs don't mention Fintech — --sensitivity loose shows them."
    assert normal.stdout.rstrip().endswith(said)
    loose = concierge("search", "backend engineer fintech", "--sensitivity", "loose", db=db)
    assert "Missing 1 part (specialty):" in loose.stdout and "Saltmarsh Foods" in loose.stdout
    assert "don't mention" not in loose.stdout
    none = concierge("search", "backend engineer gaming", db=db)
    assert (
        "No stored posting matches. 4 backend engineer jobs don't mention Gaming — "
        "--sensitivity loose shows them." in none.stdout
    )


def test_an_add_in_the_console_says_how_many_jobs_it_leaves_out(tmp_path: Path) -> None:
    # The bundled sample (loaded by the chat's first start) has backend jobs of many sectors.
    lines = "/add backend engineer fintech\n/jobs 1\n"
    result = concierge("chat", db=tmp_path / "c.db", stdin=lines, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    said = re.search(
        r"\n(\d+) more backend engineer jobs don't mention Fintech — /sensitivity 1 loose shows "
        r"them\.\n",
        result.stdout,
    )
    assert said is not None and int(said.group(1)) > 50, result.stdout
    assert "Saltmarsh Foods" not in result.stdout and "missing: Fintech" not in result.stdout
