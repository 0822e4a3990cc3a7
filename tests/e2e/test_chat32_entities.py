"""A feed's HTML entities ("A&amp;E", "&#39;") are decoded at import: the terminal shows
"A&E" and Telegram's HTML escapes it once (was "A&amp;E" in the terminal, "A&amp;amp;E" sent)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge, imported

ROW = {
    "id": "ae1",
    "title": "A&amp;E Staff Nurse",
    "company": "St Mary&#39;s &amp; Partners",
    "location": "London, UK",
    "description": "Staff nurse for the emergency department.",
}


def test_entities_of_an_imported_posting_show_as_the_characters(tmp_path: Path) -> None:
    db = imported(tmp_path, [ROW])
    shown = concierge("chat", db=db, stdin="A&E nurse\n/add A&E nurse\n", cwd=ROOT)
    assert shown.returncode == 0, shown.stderr
    assert "&amp;" not in shown.stdout and "&#39;" not in shown.stdout, shown.stdout
    assert "1. A&E Staff Nurse — St Mary's & Partners · London, UK" in shown.stdout, shown.stdout
