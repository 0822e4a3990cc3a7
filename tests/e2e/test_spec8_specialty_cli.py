"""A specialty of work outside technology asked beside a job leaves out the postings naming none,
and the answer says how many and how to see them (spec8): `concierge search` and an /add in the
console chat."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge, imported

POSTINGS = [
    {"id": "icu", "title": "Staff Nurse", "company": "Ward Trust", "description": "Adult ICU."},
    {"id": "cc", "title": "Registered Nurse", "company": "Vale", "description": "Critical care."},
    {"id": "school", "title": "School Nurse", "company": "Oak Academy", "description": "Pupils."},
    {"id": "ward", "title": "Staff Nurse", "company": "Elm Hospital", "description": "Surgery."},
]


def test_search_says_how_many_postings_name_no_specialty_asked(tmp_path: Path) -> None:
    db = imported(tmp_path, POSTINGS)
    normal = concierge("search", "icu nurse", db=db)
    assert normal.returncode == 0, normal.stderr
    assert "Ward Trust" in normal.stdout and "Vale" in normal.stdout
    assert "Oak Academy" not in normal.stdout and "Elm Hospital" not in normal.stdout
    said = "2 more nurse jobs don't mention ICU — --sensitivity loose shows them."
    assert normal.stdout.rstrip().endswith(said)
    loose = concierge("search", "icu nurse", "--sensitivity", "loose", db=db)
    assert "Oak Academy" in loose.stdout and "don't mention" not in loose.stdout


def test_an_add_in_the_console_says_how_many_nurse_jobs_it_leaves_out(tmp_path: Path) -> None:
    db = imported(tmp_path, POSTINGS)
    # this checkout's code, not an editable install's, though the chat runs in tmp_path
    result = concierge("chat", db=db, stdin="/add icu nurse\n", cwd=tmp_path, PYTHONPATH=str(ROOT))
    assert result.returncode == 0, result.stderr
    assert "more nurse jobs don't mention ICU — /sensitivity 1 loose shows them." in result.stdout
    assert "Oak Academy" not in result.stdout
