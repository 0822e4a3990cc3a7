"""The matcher's data files: missing or corrupt ones fail in one clear line; role files rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.matching.vocab import DATA, load_vocabulary, vocabulary
from scripts import build_broad_heads, build_sample_data, build_vocab


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for item in DATA.iterdir():
        if item.is_file():
            (data / item.name).write_bytes(item.read_bytes())
    return data


def test_a_copy_of_the_data_loads() -> None:
    assert load_vocabulary(DATA).heads["engineer"] == "eng"


@pytest.mark.parametrize("name", ["skills.tsv", "settings.tsv", "english_words.tsv"])
def test_a_missing_file_is_one_clear_line(tmp_path: Path, name: str) -> None:
    # settings.tsv and english_words.tsv were read at a search's first workplace or place
    # typo: mid-chat, not at start.
    data = _copy(tmp_path)
    (data / name).unlink()
    with pytest.raises(ConfigError, match="missing or corrupt") as err:
        load_vocabulary(data)
    assert name in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("terms.tsv", "backend\trelated\tfrontend\n"),
        ("spec_cues.tsv", "x\tbackend\tmany\n"),
        ("regions.tsv", "region\teu\n"),
        ("regions.tsv", "county\tUS-XX\tnowhere\n"),
        ("regions.tsv", "locality\tUS-XX\tnowhere\tsomewhere\n"),  # no such state
        ("regions.tsv", "locality\tUS-AL\tnowhere\n"),  # no city
        ("field_words.tsv", "nursing\n"),  # no role noun
        ("broad_heads.txt", "manager\tmany\n"),
        ("settings.tsv", "hospital\n"),
        ("settings.tsv", "union\tunion\tcredit bank\n"),  # another thing holding no spelling
        ("english_words.tsv", "strong\tmany\n"),
    ],
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


@pytest.mark.skipif(
    not (build_sample_data.shared_dir() / "onet" / "Alternate Titles.txt.gz").exists(),
    reason="shared reference data not available",
)
def test_the_role_files_are_what_the_build_script_makes() -> None:
    shared = build_sample_data.shared_dir()
    nouns = build_vocab.build_role_nouns(shared)
    links = build_vocab.build_role_links(shared, nouns)
    shipped = DATA.joinpath("role_nouns.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert nouns == shipped
    rows = DATA.joinpath("role_links.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert [f"{a}\t{b}" for a, b in links] == rows


def test_the_broad_heads_are_what_their_build_script_makes() -> None:
    shipped = (DATA / "broad_heads.txt").read_text(encoding="utf-8")
    assert shipped == build_broad_heads.broad_heads_text()


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("amazon sqs", "Amazon SQS"),
        ("amazon sns", "Amazon SNS"),
        ("amazon ec2", "Amazon EC2"),
        ("google cloud sql", "Google Cloud SQL"),
        ("travis ci", "Travis CI"),
        ("jquery ui", "jQuery UI"),
        ("sqlite", "SQLite"),
        ("ffmpeg", "FFmpeg"),
    ],
)
def test_skill_names_are_written_as_their_makers_write_them(key: str, name: str) -> None:
    assert vocabulary().skill_names[key] == name  # the package data, loaded once


@pytest.mark.skipif(
    not (build_sample_data.shared_dir() / "microsoft-careers" / "skills_kb.json").exists(),
    reason="shared reference data not available",
)
def test_the_skill_names_are_what_the_build_script_makes() -> None:
    names = [name for name, _, _ in build_vocab.build_skills(build_sample_data.shared_dir())]
    rows = DATA.joinpath("skills.tsv").read_text(encoding="utf-8").splitlines()
    assert names == [row.split("\t")[0] for row in rows if not row.startswith("#")]
