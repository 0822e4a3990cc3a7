"""Importing postings before the first `concierge run` says that the bundled sample will not
load into the store now, and how to have it as well (probe 24: the sample silently never came)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.main import main


def _feed(tmp_path: Path, name: str = "jobs.csv") -> Path:
    path = tmp_path / name
    path.write_text("id,title,location\n1,ICU Nurse,Houston TX\n", encoding="utf-8")
    return path


def test_an_import_into_an_empty_store_says_how_to_have_the_sample_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    assert main(["import", str(_feed(tmp_path))]) == 0
    err = capsys.readouterr().err
    assert "note: the bundled sample postings load only into an empty store" in err, err
    command = re.search(r"to have them as well: (concierge import \S+ --source sample)", err)
    assert command, err
    args = command[1].split()[1:]
    assert main(args) == 0
    assert "496 new" in capsys.readouterr().out
    # Trap: the store holds postings now, so a further import says nothing of the sample.
    assert main(["import", str(_feed(tmp_path, "more.csv"))]) == 0
    assert "sample" not in capsys.readouterr().err


def test_no_note_when_the_sample_is_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    assert main(["import", str(_feed(tmp_path))]) == 0
    assert "sample" not in capsys.readouterr().err
