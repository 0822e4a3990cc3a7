"""`concierge rates update FILE`: a newer ECB rates file is checked, kept and then used."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.e2e.test_cli import concierge

NEWER = "Date,USD,JPY,GBP,\n2031-01-02,2.0000,180.00,0.9000,\n2031-01-01,1.9000,179.00,0.8900,\n"


def test_a_newer_rates_file_is_validated_kept_and_used(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    source = tmp_path / "eurofxref-hist.csv"
    source.write_text(NEWER, encoding="utf-8")
    result = concierge("rates", "update", str(source), db=db)
    assert result.returncode == 0, result.stderr
    assert "2031-01-02 (4 currencies)" in result.stdout
    kept = tmp_path / "ecb-rates.zip"
    assert zipfile.is_zipfile(kept)

    postings = tmp_path / "p.jsonl"
    row = {"id": "e1", "title": "Backend Engineer", "salary_max": 80000, "currency": "EUR"}
    postings.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert concierge("import", str(postings), db=db).returncode == 0
    found = concierge("search", "backend $150k", "--json", db=db)
    reasons = json.loads(found.stdout)[0]["reasons"]
    assert "salary ≈ $160k at ECB rates of 2031-01-02 ✓" in reasons  # 80k EUR at 2.0


def test_a_file_that_is_not_rates_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    bad = tmp_path / "rates.csv"
    bad.write_text("not rates at all\n", encoding="utf-8")
    for path in (bad, tmp_path / "missing.zip"):
        result = concierge("rates", "update", str(path), db=db)
        assert result.returncode == 2
        assert result.stderr.startswith("concierge rates update: ")
        assert "is not an ECB euro reference rates file" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "ecb-rates.zip").exists()


def test_a_rates_file_setting_is_where_the_rates_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "new.csv"
    source.write_text(NEWER, encoding="utf-8")
    target = tmp_path / "rates" / "ecb.csv"
    target.parent.mkdir()
    result = concierge(
        "rates", "update", str(source), db=tmp_path / "c.db", CONCIERGE_RATES_FILE=str(target)
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == NEWER


def test_a_corrupt_rates_file_stops_the_chat_at_start_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "ecb-rates.zip").write_bytes(b"not a zip")
    result = concierge("chat", db=tmp_path / "c.db", stdin="/list\n")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"concierge: {tmp_path / 'ecb-rates.zip'} is not an ECB euro reference rates file"
        " (File is not a zip file)"
    ]


def test_a_csv_without_rates_is_refused_without_the_readers_own_words(tmp_path: Path) -> None:
    bad = tmp_path / "notrates.csv"
    bad.write_text("hello,world\n", encoding="utf-8")
    result = concierge("rates", "update", str(bad), db=tmp_path / "c.db")
    assert result.returncode == 2
    # Was "… rates file (min() arg is an empty sequence)".
    assert result.stderr.strip() == (
        f"concierge rates update: {bad} is not an ECB euro reference rates file "
        "(no dated euro rates in it)"
    )
