"""Real `concierge` processes and the database failing under them (issue 16, faults).

The network to PostgreSQL is a relay on loopback (tests/pgproxy.py) that the test cuts and
restores: chats during the outage get the short apology, the jobs and the match shard retry
with back-off and carry on when it returns, and a source poll cut off by it records its failure
once it does (its claim released to the failure's back-off, not held for the whole lease).
Processes starting at once migrate once, and a process older than the schema refuses to start.
"""

from __future__ import annotations

import asyncio
import http.server
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.cli_import import BATCH
from core.chat.service import APOLOGY
from core.store.postgres.migrations import SCHEMA_VERSION
from tests.e2e.test_cli import ROOT, _env, concierge
from tests.e2e.test_roles import _rows, _until
from tests.e2e.test_shards_run import _pairs
from tests.e2e.test_sources_cli import FIXTURES
from tests.integrity import QUERIES, generated_records, write_jsonl
from tests.pgproxy import RelayThread

pytestmark = pytest.mark.postgres_only

# A store call's patience, its default (10 s) shortened through the setting; the outage is
# longer: the calls under way give up, not just wait.
PATIENCE = {"CONCIERGE_DB_PATIENCE": "5"}
OUTAGE_SECONDS = 8.0


class _Process:
    """A `concierge run` process whose stdout lines are read as they come."""

    def __init__(self, url: str, *args: str, **env: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(url, CONCIERGE_LOG_LEVEL="INFO", **env),
            cwd=ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.err: list[str] = []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        out, err = self.proc.stdout, self.proc.stderr
        self._readers = [
            threading.Thread(target=lambda: [self.lines.put(line) for line in out]),
            threading.Thread(target=lambda: [self.err.append(line) for line in err]),
        ]
        for reader in self._readers:
            reader.start()

    def say(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        """Read stdout until a line containing text; what was read."""
        seen = ""
        deadline = time.monotonic() + timeout
        while text not in seen:
            left = deadline - time.monotonic()
            assert left > 0, f"no {text!r} in {seen!r}; log: {''.join(self.err)[-3000:]}"
            try:
                seen += self.lines.get(timeout=min(left, 1.0))
            except queue.Empty:
                assert self.proc.poll() is None, f"exited: {''.join(self.err)[-3000:]}"
        return seen

    @property
    def log(self) -> str:
        return "".join(self.err)

    def stop(self) -> int:
        """End input (the terminal chat's end) and a clean stop; the exit status."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.terminate()
        code = self.proc.wait(timeout=60)
        for reader in self._readers:
            reader.join(timeout=10)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return code


@pytest.fixture
def relay() -> Iterator[RelayThread]:
    with RelayThread().running() as running:
        yield running


def _workers(url: str, role: str) -> int:
    return len(_rows(url, f"SELECT id FROM workers WHERE role = '{role}'"))


def test_an_outage_apologises_to_a_chat_and_the_digest_goes_when_the_database_returns(
    pg_url: str, relay: RelayThread
) -> None:
    added = concierge("chat", db=pg_url, stdin="/add senior backend engineer python\n")
    assert "Saved search #1" in added.stdout, added.stderr
    run = _Process(relay.relay.url(pg_url), **PATIENCE)
    try:
        _until(lambda: _workers(pg_url, "all") == 1)
        run.say("/list")
        run.wait_for("senior backend engineer python")

        relay.cut()
        # Due now, set behind the process's back: its NOTIFY cannot reach it during the cut.
        _rows(pg_url, "UPDATE subscribers SET next_digest_at = '2000-01-01T00:00:00.000000+00:00'")
        run.say("/list")
        assert APOLOGY in run.wait_for(APOLOGY, timeout=OUTAGE_SECONDS + 20)
        time.sleep(OUTAGE_SECONDS - int(PATIENCE["CONCIERGE_DB_PATIENCE"]))
        relay.restore()

        # The listener's reconnection runs every job once: the digest missed meanwhile goes.
        run.wait_for("Your job digest", timeout=90)
        _until(lambda: _rows(pg_url, "SELECT state FROM outbox") == [("delivered",)])
        run.say("/list")
        run.wait_for("senior backend engineer python")
    finally:
        code = run.stop()
    log = run.log
    assert code == 0, log[-3000:]
    # Back-off: each call's pauses grow.
    assert "retrying in 0.1s" in log and "retrying in 0.4s" in log and "retrying in 1.6s" in log
    assert "Traceback" not in log, log[-3000:]


def test_a_match_shard_outlives_an_outage_and_matches_what_came_meanwhile(
    pg_url: str, relay: RelayThread, tmp_path: Path
) -> None:
    shards = {"CONCIERGE_MATCH_SHARDS": "1", "CONCIERGE_SAMPLE_POSTINGS": "false"}
    added = concierge("chat", db=pg_url, stdin="/add backend engineer\n", **shards)
    assert "Saved search #1" in added.stdout, added.stderr
    match = _Process(
        relay.relay.url(pg_url), "--role", "match", "--shard", "0/1", **shards, **PATIENCE
    )
    try:
        _until(lambda: _workers(pg_url, "match") == 1)
        relay.cut()
        feed = tmp_path / "jobs.jsonl"
        feed.write_text(
            '{"id": "b1", "title": "Backend Engineer", "company": "Acme"}\n'
            '{"id": "b2", "title": "Senior Backend Engineer", "company": "Beta"}\n',
            encoding="utf-8",
        )
        imported = concierge("import", str(feed), db=pg_url, **shards)
        assert imported.returncode == 0, imported.stderr
        time.sleep(OUTAGE_SECONDS)
        assert match.proc.poll() is None, match.log[-3000:]
        relay.restore()
        _until(lambda: _rows(pg_url, "SELECT COUNT(*) FROM matches") == [(2,)], timeout=60)
        last = _rows(pg_url, "SELECT MAX(id) FROM posting_changes")[0][0]
        _until(lambda: _rows(pg_url, "SELECT cursor FROM shard_cursors") == [(last,)])
    finally:
        code = match.stop()
    assert code == 0, match.log[-3000:]
    assert "retrying in 0.1s" in match.log and "Traceback" not in match.log, match.log[-3000:]


def _older(url: str, version: int) -> None:
    """Bring the test's schema to an older version, as an earlier release left it."""

    async def open_older() -> None:
        from core.store.postgres.store import PostgresStore

        await (await PostgresStore.open(url, target_version=version)).close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, open_older()).result()


@pytest.mark.parametrize("version", [0, SCHEMA_VERSION - 3], ids=["empty", "older"])
def test_processes_starting_at_once_migrate_once_and_all_continue(
    pg_url: str, version: int
) -> None:
    if version:
        _older(pg_url, version)
    roles = ["chat", "digest", "ingest", "digest"]
    runs = [_Process(pg_url, "--role", role, CONCIERGE_SAMPLE_POSTINGS="false") for role in roles]
    try:
        migrate = concierge("migrate", db=pg_url, CONCIERGE_LOG_LEVEL="INFO")
        _until(lambda: len(_rows(pg_url, "SELECT id FROM workers")) == len(roles))
    finally:
        codes = [run.stop() for run in runs]
    assert codes == [0] * len(roles), [run.log[-2000:] for run in runs]
    assert migrate.returncode == 0 and "the latest" in migrate.stdout, migrate.stderr
    said = [run.log for run in runs] + [migrate.stderr]
    migrated = [log for log in said if f"from version {version} to {SCHEMA_VERSION}" in log]
    assert len(migrated) == 1, said
    assert _rows(pg_url, "SELECT version FROM concierge_schema") == [(SCHEMA_VERSION,)]


def test_a_process_older_than_the_schema_refuses_to_start_in_one_line(pg_url: str) -> None:
    assert concierge("migrate", db=pg_url).returncode == 0
    _rows(pg_url, f"UPDATE concierge_schema SET version = {SCHEMA_VERSION + 1}")
    for args in (["migrate"], ["run", "--role", "digest"], ["stats"]):
        refused = concierge(*args, db=pg_url)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.count("\n") == 1, refused.stderr
        assert f"has schema version {SCHEMA_VERSION + 1}, but this Job Concierge" in refused.stderr
        assert "upgrade Job Concierge" in refused.stderr
    assert _rows(pg_url, "SELECT version FROM concierge_schema") == [(SCHEMA_VERSION + 1,)]


def test_an_unreachable_database_stops_run_and_migrate_in_one_line() -> None:
    for args in (["run"], ["run", "--role", "chat"], ["migrate"]):
        refused = concierge(*args, db="postgresql://someone:s3cret@127.0.0.1:1/concierge")
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.count("\n") == 1 and "s3cret" not in refused.stderr
        assert refused.stderr.startswith("concierge: cannot connect to PostgreSQL at ")


def test_an_import_cut_off_mid_batch_leaves_whole_batches_and_finishes_when_run_again(
    pg_url: str, relay: RelayThread, tmp_path: Path
) -> None:
    quiet = {"CONCIERGE_SAMPLE_POSTINGS": "false"}
    added = concierge("chat", db=pg_url, stdin="".join(f"/add {q}\n" for q in QUERIES[:4]), **quiet)
    assert "Saved search #4" in added.stdout, added.stderr
    feed = write_jsonl(tmp_path / "jobs.jsonl", generated_records(8 * BATCH))
    importing = subprocess.Popen(
        [sys.executable, "-m", "bot", "import", str(feed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(relay.relay.url(pg_url), **quiet, **PATIENCE),
        cwd=ROOT,
    )
    _until(lambda: _rows(pg_url, "SELECT COUNT(*) FROM postings")[0][0] >= BATCH)
    relay.cut()
    out, err = importing.communicate(timeout=60)
    assert importing.returncode == 2, (out, err)
    # The retries were logged, each in a line; the failure ends it in one.
    assert err.splitlines()[-1].startswith("concierge: the database is unavailable: ")
    assert "Traceback" not in err
    count = _rows(pg_url, "SELECT COUNT(*) FROM postings")[0][0]
    assert 0 < count < 8 * BATCH and count % BATCH == 0  # whole batches only
    stored, exhaustive = _pairs(pg_url)
    assert stored and stored == exhaustive  # each posting stored with exactly its matches

    relay.restore()
    again = concierge("import", str(feed), db=relay.relay.url(pg_url), **quiet)
    assert again.returncode == 0, again.stderr
    assert _rows(pg_url, "SELECT COUNT(*) FROM postings") == [(8 * BATCH,)]
    stored, exhaustive = _pairs(pg_url)
    assert stored == exhaustive


class _GatedBoard(http.server.SimpleHTTPRequestHandler):
    """The Greenhouse fixture; after the first request, each waits until the test opens."""

    requests = 0
    asked = threading.Event()
    gate = threading.Event()

    def translate_path(self, path: str) -> str:
        cls = type(self)
        cls.requests += 1
        if cls.requests > 1:
            cls.asked.set()
            cls.gate.wait(timeout=120)
        return str(FIXTURES / "greenhouse.json")

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


def test_a_poll_cut_off_by_an_outage_records_its_failure_and_frees_the_source_after(
    pg_url: str, relay: RelayThread
) -> None:
    quiet = {"CONCIERGE_SAMPLE_POSTINGS": "false"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GatedBoard)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    board = f"http://127.0.0.1:{server.server_address[1]}"
    run = None
    try:
        added = concierge(
            "sources", "add", "greenhouse", "acme", "--url", board, "--interval", "30s",
            db=pg_url, **quiet,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        _rows(pg_url, "UPDATE sources SET next_run_at = '2000-01-01T00:00:00.000000+00:00'")
        # 30 s between polls: a shorter interval lets the next poll succeed and clear the
        # recorded failure before it is seen (flaky at 10 s).
        run = _Process(relay.relay.url(pg_url), "--role", "ingest", **quiet, **PATIENCE)
        assert _GatedBoard.asked.wait(timeout=60), run.log[-3000:]  # claimed, fetching
        relay.cut()
        _GatedBoard.gate.set()
        _until(lambda: "storing the postings of greenhouse:acme failed" in run.log, timeout=60)
        time.sleep(OUTAGE_SECONDS)  # recording the failure fails too (the store's patience)
        claimed = _rows(pg_url, "SELECT next_run_at, failures FROM sources")
        assert claimed[0][1] == 0, claimed  # held by its claim: the failure is not recorded
        relay.restore()
        _until(lambda: _rows(pg_url, "SELECT failures FROM sources") == [(1,)], timeout=90)
        [(error, next_run)] = _rows(pg_url, "SELECT last_error, next_run_at FROM sources")
        assert error.startswith("storing failed") and next_run < claimed[0][0]
    finally:
        server.shutdown()
        server.server_close()
        code = run.stop() if run is not None else 0
    assert run is not None and code == 0, run.log[-3000:]
    assert "Traceback" not in run.log, run.log[-3000:]
