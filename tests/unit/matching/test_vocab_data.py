"""The matcher's data files: a missing or corrupt one fails in one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.matching.vocab import DATA, load_vocabulary


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for item in DATA.iterdir():
        if item.is_file():
            (data / item.name).write_bytes(item.read_bytes())
    return data


def test_a_copy_of_the_data_loads() -> None:
    assert load_vocabulary(DATA).heads["engineer"] == "eng"


def test_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    (data / "skills.tsv").unlink()
    with pytest.raises(ConfigError, match="missing or corrupt") as err:
        load_vocabulary(data)
    assert "skills.tsv" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("name", "row"),
    [("terms.tsv", "backend\trelated\tfrontend\n"), ("spec_cues.tsv", "x\tbackend\tmany\n")],
)
def test_a_corrupt_row_is_one_clear_line(tmp_path: Path, name: str, row: str) -> None:
    data = _copy(tmp_path)
    with (data / name).open("a", encoding="utf-8") as fh:
        fh.write(row)
    with pytest.raises(ConfigError, match="reinstall the package"):
        load_vocabulary(data)


def test_undecodable_bytes_are_one_clear_line(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    (data / "places.txt").write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(ConfigError, match="UnicodeDecodeError"):
        load_vocabulary(data)
    shutil.rmtree(data)
