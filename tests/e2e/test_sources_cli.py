"""`concierge sources` and `concierge ingest` as subprocesses against a job board on loopback."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli import concierge

FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures"


class _Board(http.server.SimpleHTTPRequestHandler):
    """Serves the Greenhouse fixture at the board API's path."""

    def translate_path(self, path: str) -> str:
        if path.startswith("/v1/boards/acme/jobs"):
            return str(FIXTURES / "greenhouse.json")
        return str(FIXTURES / "missing")

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture
def board() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Board))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_add_ingest_list_pause_remove(tmp_path: Path, board: str) -> None:
    db = tmp_path / "s.db"
    added = concierge(
        "sources", "add", "greenhouse", "acme", "--url", board, "--interval", "1h", db=db
    )
    assert added.returncode == 0, added.stderr
    assert "greenhouse:acme" in added.stdout and "baseline" in added.stdout
    ingested = concierge("ingest", db=db)
    assert ingested.returncode == 0, ingested.stderr
    listed = concierge("sources", "list", db=db)
    assert "greenhouse:acme" in listed.stdout and "1h" in listed.stdout
    again = concierge("ingest", db=db)
    assert again.returncode == 0
    assert "0 new" in again.stdout or "new 0" in again.stdout, again.stdout
    assert concierge("sources", "pause", "greenhouse:acme", db=db).returncode == 0
    assert "paused" in concierge("sources", "list", db=db).stdout.lower()
    assert concierge("sources", "remove", "greenhouse:acme", db=db).returncode == 0
    assert "greenhouse:acme" not in concierge("sources", "list", db=db).stdout


def test_a_failing_source_is_reported_not_fatal(tmp_path: Path, board: str) -> None:
    db = tmp_path / "f.db"
    concierge("sources", "add", "greenhouse", "nosuchboard", "--url", board, db=db)
    result = concierge("ingest", db=db)
    assert result.returncode == 1
    listed = concierge("sources", "list", db=db)
    assert "404" in listed.stdout or "not found" in listed.stdout.lower(), listed.stdout


def test_bad_source_arguments_are_explained(tmp_path: Path) -> None:
    result = concierge("sources", "add", "myspace", "x", db=tmp_path / "b.db")
    assert result.returncode == 2 and "myspace" in result.stderr
