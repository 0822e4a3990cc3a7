"""`concierge search` and an /add in the console chat give the same counted tip for a search
finding no posting (tips3): the part whose leaving out finds the most."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge

TIP = "Tip: without Amsterdam, 14 postings match."


def test_search_and_chat_name_the_place_no_posting_has(tmp_path: Path) -> None:
    db = tmp_path / "c.db"  # the chat's first start loads the bundled sample
    line = "/add python backend hybrid amsterdam\n"
    added = concierge("chat", db=db, stdin=line, cwd=tmp_path, PYTHONPATH=str(ROOT))
    assert added.returncode == 0, added.stderr
    assert f"No current posting matches it yet. {TIP} New ones come" in added.stdout
    searched = concierge("search", "python backend hybrid amsterdam", db=db)
    assert searched.returncode == 0, searched.stderr
    # was: "Tip: a posting must name Python to match; …" — Amsterdam is what none has
    assert searched.stdout.endswith(f"No stored posting matches. {TIP}\n")
    few = concierge("search", "data analyst hybrid", db=db)
    assert few.stdout.endswith("\nTip: without hybrid, 5 postings match.\n"), few.stdout
