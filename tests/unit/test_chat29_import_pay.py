"""Imported pay given by the hour, day, week or month is taken as its yearly equivalent
(hour ×2080, as queries and job sources read it); a yearly figure too small to be a year's
pay ("46") is refused with a note on its row, never stored silently (probe 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.main import main
from core.model import Posting
from core.postings.importing import RowError, RowNote, iter_postings


def _rows(tmp_path: Path, csv: str) -> list[Posting | RowError | RowNote]:
    path = tmp_path / "jobs.csv"
    path.write_text("id,title,salary_min,salary_max,currency\n" + csv, encoding="utf-8")
    return list(iter_postings(path))


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        ("$48/hr", "$55/hr", (99_840.0, 114_400.0, "USD")),
        ("48 per hour", "", (99_840.0, None, None)),
        ("$48 an hour", "", (99_840.0, None, "USD")),
        ("£20 hourly", "", (41_600.0, None, "GBP")),
        ("4,000/month", "5k/mo", (48_000.0, 60_000.0, None)),
        ("300/day", "", (78_000.0, None, None)),
        ("90k/yr", "", (90_000.0, None, None)),
    ],
)
def test_pay_by_the_hour_or_month_is_its_yearly_equivalent(
    tmp_path: Path, low: str, high: str, expected: tuple[float, float | None, str | None]
) -> None:
    (posting,) = _rows(tmp_path, f'1,ICU Nurse,"{low}","{high}",\n')
    assert isinstance(posting, Posting), posting
    assert (posting.salary_min, posting.salary_max, posting.currency) == expected


@pytest.mark.parametrize(("low", "high"), [("46", "50"), ("46", ""), ("", "900"), ("$46", "")])
def test_a_yearly_pay_too_small_for_a_year_is_refused_with_a_note(
    tmp_path: Path, low: str, high: str
) -> None:
    rows = _rows(tmp_path, f'2,Charge Nurse,"{low}","{high}",USD\n')
    notes = [row for row in rows if isinstance(row, RowNote)]
    (posting,) = [row for row in rows if isinstance(row, Posting)]
    assert posting.salary_min is None and posting.salary_max is None, posting
    (note,) = notes
    assert note.line == 2 and "too little for a year's pay" in note.note, note
    assert "/hr" in note.note and "(kept without pay)" in note.note, note


@pytest.mark.parametrize(
    ("low", "currency", "expected"),
    # Traps: real yearly pay, in any currency, stays as it is.
    [("46000", "USD", 46_000.0), ("46k", "", 46_000.0), ("1500", "", 1_500.0), ("0", "", 0.0),
     ("3000000", "JPY", 3_000_000.0), ("£46,148", "", 46_148.0)],
)  # fmt: skip
def test_a_real_yearly_pay_is_kept(
    tmp_path: Path, low: str, currency: str, expected: float
) -> None:
    (posting,) = _rows(tmp_path, f'3,Nurse,"{low}",,{currency}\n')
    assert isinstance(posting, Posting) and posting.salary_min == expected, posting


def test_concierge_import_notes_each_refused_row_and_reads_hourly_pay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    path = tmp_path / "jobs.csv"
    path.write_text(
        "id,title,location,salary_min,salary_max\n"
        "1,ICU Nurse,Houston TX,$48/hr,$55/hr\n"
        "2,Charge Nurse,Austin TX,46,50\n"
        "3,Night Nurse,Dallas TX,47,\n",
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr()
    assert "3 new, 0 updated, 0 unchanged, 0 skipped, 2 kept without pay" in out.out, out
    assert f"{path}:3: note: salary_min 46 is too little for a year's pay" in out.err, out
    # Told once per kind, as every note of an import is: the next row is named by its line.
    assert f"{path}: note: the same for 1 more row (line 4): pay not read" in out.err, out
    assert main(["search", "nurse $90k+"]) == 0
    shown = capsys.readouterr().out
    assert "ICU Nurse" in shown and "salary ≥ $90k ✓" in shown, shown
