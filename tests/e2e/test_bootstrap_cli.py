"""Each CLI command builds only what it needs: the search index loads only where matching is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import concierge

LOADED = "search index loaded"  # SearchIndex.load logs it at INFO


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "boot.db"
    saved = concierge("chat", db=path, stdin="/add python developer\n", cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    return path


@pytest.mark.parametrize(
    "command",
    [
        ("stats",),
        ("prune", "--dry-run"),
        ("sources", "list"),
        ("digest", "run-due"),
        ("search", "python developer"),
        ("explain", "python developer", "1"),
    ],
    ids=" ".join,
)
def test_a_command_that_matches_nothing_loads_no_index(db: Path, command: tuple[str, ...]) -> None:
    result = concierge(*command, db=db, CONCIERGE_LOG_LEVEL="INFO")
    assert result.returncode == 0, result.stderr
    assert LOADED not in result.stderr


def test_import_loads_the_index_once(db: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "x1", "title": "Python Developer", "company": "Acme"}\n')
    result = concierge("import", str(rows), db=db, CONCIERGE_LOG_LEVEL="INFO")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(LOADED) == 1
    assert "1 new match." in result.stdout


def test_editing_sources_loads_no_index(db: Path) -> None:
    for command in (
        ("sources", "add", "greenhouse", "acme", "--url", "http://127.0.0.1:9"),
        ("sources", "pause", "greenhouse:acme"),
        ("sources", "resume", "greenhouse:acme"),
    ):
        result = concierge(*command, db=db, CONCIERGE_LOG_LEVEL="INFO")
        assert result.returncode == 0, result.stderr
        assert LOADED not in result.stderr, command
