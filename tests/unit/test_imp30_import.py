"""Imported pay given as a range in one cell ("€90k-€110k") is read as both ends, by the hour or
month as well ("40-50/hr", "€6,500/month"); a posting whose posted_at cannot be read is kept
without a date, a note saying so (probe25)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.main import main
from core.model import Posting
from core.postings.importing import RowError, RowNote, iter_postings


def _rows(tmp_path: Path, csv: str) -> list[Posting | RowError | RowNote]:
    path = tmp_path / "jobs.csv"
    path.write_text("id,title,salary_min,salary_max,posted_at\n" + csv, encoding="utf-8")
    return list(iter_postings(path))


def _posting(rows: list[Posting | RowError | RowNote]) -> Posting:
    (posting,) = [row for row in rows if isinstance(row, Posting)]
    return posting


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        ("€90k-€110k", "", (90_000.0, 110_000.0, "EUR")),
        ("€90k – €110k", "", (90_000.0, 110_000.0, "EUR")),
        ("90k to 110k EUR", "", (90_000.0, 110_000.0, "EUR")),
        ("90-110k", "", (90_000.0, 110_000.0, None)),
        ("", "€90k-€110k", (90_000.0, 110_000.0, "EUR")),
        ("$40-$50/hr", "", (83_200.0, 104_000.0, "USD")),
        ("40/hr - 50/hr", "", (83_200.0, 104_000.0, None)),
        ("€90k-€110k", "€120k", (90_000.0, 120_000.0, "EUR")),
        ("65/hr", "", (135_200.0, None, None)),
        ("€6,500/month", "", (78_000.0, None, "EUR")),
        ("$5,000/month", "$6,500/month", (60_000.0, 78_000.0, "USD")),
        # Traps: a single figure, with thousands separators, stays one figure.
        ("€90k", "€110k", (90_000.0, 110_000.0, "EUR")),
        ("€ 55.000", "", (55_000.0, None, "EUR")),
    ],
)
def test_a_range_in_one_cell_is_both_ends(
    tmp_path: Path, low: str, high: str, expected: tuple[float, float | None, str | None]
) -> None:
    rows = _rows(tmp_path, f'1,Backend Engineer,"{low}","{high}",\n')
    assert not [row for row in rows if not isinstance(row, Posting)], rows
    posting = _posting(rows)
    assert (posting.salary_min, posting.salary_max, posting.currency) == expected


@pytest.mark.parametrize(
    "low", ["€110k-€90k", "€90k-$110k", "-5", "competitive", "90k-", "90k-110k-130k"]
)
def test_a_range_that_cannot_be_read_is_kept_without_pay(tmp_path: Path, low: str) -> None:
    rows = _rows(tmp_path, f'1,Backend Engineer,"{low}",,\n')
    posting = _posting(rows)
    assert posting.salary_min is None and posting.salary_max is None, posting
    (note,) = [row for row in rows if isinstance(row, RowNote)]
    assert "(kept without pay)" in note.note, note


def test_a_range_in_json_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps([{"id": "1", "title": "Nurse", "salary_min": "£40k-£45k"}]))
    (posting,) = list(iter_postings(path))
    assert isinstance(posting, Posting)
    assert (posting.salary_min, posting.salary_max, posting.currency) == (40e3, 45e3, "GBP")


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "last week"])
def test_a_bad_posted_at_keeps_the_row_without_a_date(tmp_path: Path, value: str) -> None:
    rows = _rows(tmp_path, f"1,ICU Nurse,,,{value}\n")
    posting = _posting(rows)
    assert posting.title == "ICU Nurse" and posting.posted_at is None, posting
    (note,) = [row for row in rows if isinstance(row, RowNote)]
    assert note.line == 2, note
    assert note.note == f'posted_at is not a date: "{value}" (kept without a date)', note


def test_a_good_posted_at_is_kept_and_a_bad_closes_at_still_skips(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "1,ICU Nurse,,,2024-05-01\n")
    assert _posting(rows).posted_at == datetime(2024, 5, 1, tzinfo=UTC)
    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"id": "2", "title": "Nurse", "closes_at": "soon"}]))
    (row,) = list(iter_postings(path))
    assert isinstance(row, RowError) and "closes_at is not a date" in row.reason, row


def test_concierge_import_says_a_row_was_kept_without_a_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    path = tmp_path / "jobs.csv"
    path.write_text(
        "id,title,location,salary_min,posted_at\n"
        "1,Backend Engineer,Berlin,€90k-€110k,yesterday\n"
        "2,Senior Backend Engineer,Berlin,€6500/month,2024-05-01\n",
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr()
    assert "2 new, 0 updated, 0 unchanged, 0 skipped, 1 kept without a date" in out.out, out
    assert f'{path}:2: note: posted_at is not a date: "yesterday" (kept without a date)' in (
        out.err
    ), out
    assert "pay" not in out.err, out
    assert main(["search", "backend engineer berlin 100k+"]) == 0
    shown = capsys.readouterr().out
    assert "Backend Engineer" in shown and "Senior Backend Engineer" not in shown, shown


@pytest.mark.parametrize(
    "typed", ["<b>nurse</b>", "<i>icu</i> nurse", "nurse<script>alert(1)</script>"]
)
def test_concierge_search_and_explain_strip_markup_as_chat_does(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    path = tmp_path / "jobs.csv"
    path.write_text("id,title\n1,ICU Nurse\n", encoding="utf-8")
    assert main(["import", str(path)]) == 0
    capsys.readouterr()
    assert main(["search", typed]) == 0
    shown = capsys.readouterr().out
    assert 'title "nurse"' in shown and "ICU Nurse" in shown, shown
    assert "b nurse" not in shown and "script" not in shown and "alert" not in shown, shown
    assert main(["explain", typed, "import:1"]) == 0
    shown = capsys.readouterr().out
    assert 'title "nurse"' in shown and "Posting: ICU Nurse" in shown, shown
