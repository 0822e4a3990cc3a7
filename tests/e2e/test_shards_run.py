"""Real `concierge run` processes of every role on one PostgreSQL database, match shards among
them: SIGKILL one at a random moment during ingest, restart it, and no match is missing."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.chat.service import build_concierge
from core.model import SubscriberKey
from core.store.postgres.store import PostgresStore
from tests.conftest import BACKEND_POSTINGS, FakeClock
from tests.e2e.test_cli import ROOT, _env, concierge
from tests.e2e.test_roles import _rows
from tests.integration.test_posting_index_sync import stored_pairs
from tests.integrity import QUERIES, exhaustive_pairs, generated_records
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

SHARDS = 3
SOURCES = 3
FIRST, SECOND = 150, 80  # postings per source in the first poll, and new in the second
LATE_SEARCHES = ("/add civil engineer berlin", "/add data analyst sql")


def _feed(path: Path, source: int, count: int, retitled: int = 0) -> None:
    """A feed file of distinct jobs (one company each, so none is another source's duplicate);
    the first `retitled` ones with a changed title."""
    lines = []
    for n, record in enumerate(generated_records(count)):
        record = {**record, "company": f"{record.get('company', 'Co')} {source}-{n}"}
        if n < retitled:
            record["title"] = f"Senior {record['title']}"
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class _Fleet:
    """The `concierge run` processes, by name, started and restarted with the same args."""

    def __init__(self, url: str, logs: Path) -> None:
        self.env = _env(url, CONCIERGE_MATCH_SHARDS=str(SHARDS), CONCIERGE_SAMPLE_POSTINGS="false")
        self.env["CONCIERGE_LOG_LEVEL"] = "INFO"  # into each process's log file, shown on failure
        self.logs = logs
        self.args: dict[str, list[str]] = {}
        self.procs: dict[str, subprocess.Popen[str]] = {}
        self.killed: set[int] = set()
        self.extra: dict[str, dict[str, str]] = {}
        self.story = ""  # the seed and kills so far, named when a wait times out

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> None:
        self.args[name] = list(args)
        if env is not None:
            self.extra[name] = env
        with (self.logs / f"{name}.log").open("a") as log:
            self.procs[name] = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=log,
                text=True,
                env={**self.env, **self.extra.get(name, {})},
                cwd=ROOT,
            )

    def kill_and_restart(self, name: str) -> None:
        self.story += f", killed {name}"
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait(timeout=10)
        if self.procs[name].stdin:
            self.procs[name].stdin.close()
        self.killed.add(self.procs[name].pid)
        self.start(name, *self.args[name])

    def say(self, name: str, line: str) -> None:
        stdin = self.procs[name].stdin
        assert stdin is not None
        stdin.write(line + "\n")
        stdin.flush()

    def stop(self) -> dict[str, int]:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            if proc.stdin:
                proc.stdin.close()
        return {name: proc.wait(timeout=30) for name, proc in self.procs.items()}

    def log(self) -> str:
        return "\n".join(
            f"-- {p.name}\n{p.read_text()[-3000:]}" for p in sorted(self.logs.glob("*.log"))
        )


@pytest.fixture
def fleet(pg_url: str, tmp_path: Path) -> Iterator[_Fleet]:
    (tmp_path / "logs").mkdir()
    fleet = _Fleet(pg_url, tmp_path / "logs")
    yield fleet
    for proc in fleet.procs.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdin and not proc.stdin.closed:
            proc.stdin.close()


def _seed() -> int:
    """A random seed for the kills, or CONCIERGE_TEST_SEED's to repeat a run."""
    given = os.environ.get("CONCIERGE_TEST_SEED", "").strip()
    return int(given) if given else random.randrange(1 << 30)


def _scalar(url: str, sql: str) -> Any:
    return _rows(url, sql)[0][0]


def _until(check: Any, what: str, fleet: _Fleet, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, (
            f"timed out waiting for {what} ({fleet.story})\n{fleet.log()}"
        )
        time.sleep(0.2)


def _settled(url: str) -> bool:
    """Every shard matched the whole posting log, and no search scan is left unfinished."""
    latest = _scalar(url, "SELECT COALESCE(MAX(id), 0) FROM posting_changes")
    cursors = _rows(url, f"SELECT cursor FROM shard_cursors WHERE shards = {SHARDS}")
    scans = _scalar(url, "SELECT COUNT(*) FROM search_scans")
    return len(cursors) == SHARDS and all(c == latest for (c,) in cursors) and scans == 0


def _pairs(url: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """The stored matches, and every pair one process scoring each posting would store."""

    async def both() -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
        store = await PostgresStore.open(url)
        try:
            return await stored_pairs(store), await exhaustive_pairs(store)  # type: ignore[arg-type]
        finally:
            await store.close()

    return asyncio.run(both())


@pytest.mark.postgres_only
def test_a_killed_process_of_a_sharded_fleet_loses_no_match(
    pg_url: str, tmp_path: Path, fleet: _Fleet
) -> None:
    seed = _seed()
    rng = random.Random(seed)
    fleet.story = f"seed {seed}"
    env = {"CONCIERGE_MATCH_SHARDS": str(SHARDS)}
    added = concierge("chat", db=pg_url, stdin="".join(f"/add {q}\n" for q in QUERIES), **env)
    assert added.returncode == 0 and "Saved search #10" in added.stdout, added.stderr
    feeds = [tmp_path / f"jobs{n}.jsonl" for n in range(SOURCES)]
    for n, path in enumerate(feeds):
        _feed(path, n, FIRST)
    adding = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "sources", "add", "feed", str(path), "--interval", "10s"],
            env=fleet.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        for path in feeds
    ]
    assert [proc.wait(timeout=60) for proc in adding] == [0] * SOURCES

    fleet.start("ingest", "--role", "ingest")
    for i in range(SHARDS):
        fleet.start(f"match{i}", "--role", "match", "--shard", f"{i}/{SHARDS}")
    for name in ("chat0", "chat1"):
        fleet.start(name, "--role", "chat")
    for name in ("digest0", "digest1"):
        fleet.start(name, "--role", "digest")
    shards = [f"match{i}" for i in range(SHARDS)]

    # A kill at a random moment while the first polls are recorded and matched. (Not of the
    # ingest process yet: the polls it had claimed wait for their lease to run out, minutes.)
    _until(lambda: _scalar(pg_url, "SELECT COUNT(*) FROM postings") > 0, "postings", fleet)
    time.sleep(rng.uniform(0.0, 1.5))
    first = rng.choice(shards)
    fleet.kill_and_restart(first)
    # Searches added through a running chat process, while postings keep coming.
    for line in LATE_SEARCHES:
        fleet.say("chat0", line)

    # The next polls bring new and changed postings; a second kill lands among them.
    seen = _scalar(pg_url, "SELECT COALESCE(MAX(id), 0) FROM posting_changes")
    for n, path in enumerate(feeds):
        _feed(path, n, FIRST + SECOND, retitled=20)
    _until(
        lambda: _scalar(pg_url, "SELECT COALESCE(MAX(id), 0) FROM posting_changes") > seen,
        "the second polls",
        fleet,
    )
    time.sleep(rng.uniform(0.0, 1.5))
    second = rng.choice(["ingest", *shards])
    fleet.kill_and_restart(second)

    _until(lambda: _scalar(pg_url, "SELECT COUNT(*) FROM searches") == 12, "searches", fleet)
    _until(lambda: _settled(pg_url), "the shards to catch up", fleet)
    running = {proc.pid for proc in fleet.procs.values()}
    _until(
        lambda: running <= {r[0] for r in _rows(pg_url, "SELECT pid FROM workers")},
        "every process to register",
        fleet,
    )
    alive = {r[0] for r in _rows(pg_url, "SELECT shard FROM workers WHERE role = 'match'")}
    assert alive == {f"{i}/{SHARDS}" for i in range(SHARDS)}
    stats = concierge("stats", db=pg_url, **env)
    codes = fleet.stop()
    assert codes == dict.fromkeys(codes, 0), f"seed {seed}\n{fleet.log()}"
    assert f"shard 0/{SHARDS}" in stats.stdout and "workers alive" in stats.stdout, stats.stdout

    stored, expected = _pairs(pg_url)
    postings = _scalar(pg_url, "SELECT COUNT(*) FROM postings")
    assert postings > SOURCES * FIRST // 2, f"seed {seed}: only {postings} postings"
    late = _scalar(pg_url, "SELECT COUNT(*) FROM postings WHERE title LIKE 'Senior %'")
    assert late > 0, f"seed {seed}: the second polls changed nothing"
    assert len(expected) > 200
    assert stored == expected, (
        f"seed {seed}, killed {first} then {second}: {len(expected - stored)} missing, "
        f"{len(stored - expected)} extra"
    )
    # A clean stop retires the worker row; a killed process's row stays, silent.
    assert {r[0] for r in _rows(pg_url, "SELECT pid FROM workers")} <= fleet.killed


SUBSCRIBERS = 120  # Telegram chats, half due at the start and half made due mid-delivery
HEADING = "Your job digest"
SEND_SECONDS = 0.03  # how long the emulated Telegram takes per message: delivery lasts seconds


@pytest.fixture
def bot_api() -> Iterator[tuple[FakeBotApi, asyncio.AbstractEventLoop]]:
    """The emulated Telegram Bot API, served from a loop of its own beside the test."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    api = FakeBotApi()
    asyncio.run_coroutine_threadsafe(api.start(), loop).result(timeout=10)
    yield api, loop
    asyncio.run_coroutine_threadsafe(api.stop(), loop).result(timeout=10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
    loop.close()


async def _subscribers(url: str) -> None:
    """Telegram subscribers, each with a search that matches the postings, none due yet."""
    store = await PostgresStore.open(url)
    try:
        service = await build_concierge(store, FakeClock(datetime(2026, 11, 28, 12, tzinfo=UTC)))
        await service.intake.record(BACKEND_POSTINGS)
        for chat in range(1, SUBSCRIBERS + 1):
            key = SubscriberKey("telegram", "", str(chat), str(chat))
            await service.handle_text(key, "/add senior backend engineer python")
    finally:
        await store.close()


def _make_due(url: str, chats: range) -> None:
    """Make these chats' digests due now and wake the digest processes, as /time does."""
    _rows(
        url,
        "UPDATE subscribers SET next_digest_at = '2000-01-01T00:00:00.000000+00:00' "
        f"WHERE chat_id::bigint BETWEEN {chats.start} AND {chats.stop - 1}",
    )
    _rows(url, "SELECT pg_notify('concierge_digests_' || left(md5(current_schema()), 12), '')")


def _headings(api: FakeBotApi) -> Counter[int]:
    """How many digests each chat received."""
    return Counter(
        int(c.params["chat_id"])
        for c in list(api.calls)
        if c.method == "sendMessage" and c.result and c.params["text"].startswith(HEADING)
    )


def _sender(api: FakeBotApi) -> str:
    """The chat process that sent the latest digest (each calls through its own base URL)."""
    return next(
        c.caller
        for c in reversed(list(api.calls))
        if c.method == "sendMessage" and c.params["text"].startswith(HEADING)
    )


@pytest.mark.postgres_only
def test_killed_chat_and_digest_processes_lose_no_digest_and_repeat_one_per_kill(
    pg_url: str, fleet: _Fleet, bot_api: tuple[FakeBotApi, asyncio.AbstractEventLoop]
) -> None:
    api, _loop = bot_api
    seed = _seed()
    rng = random.Random(seed)
    fleet.story = f"seed {seed}"
    asyncio.run(_subscribers(pg_url))
    _rows(pg_url, "UPDATE subscribers SET next_digest_at = NULL")
    assert _scalar(pg_url, "SELECT COUNT(DISTINCT search_id) FROM matches") == SUBSCRIBERS
    api.delays.update(dict.fromkeys(range(1, SUBSCRIBERS + 1), SEND_SECONDS))
    half = SUBSCRIBERS // 2
    _make_due(pg_url, range(1, half + 1))

    chats = ["chat0", "chat1"]
    for name in chats:
        telegram = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.url_for(name)}
        fleet.start(name, "--role", "chat", env=telegram)
    for name in ("digest0", "digest1"):
        fleet.start(name, "--role", "digest")

    kills: list[str] = []
    # The chat process sending the first wave is killed mid-delivery.
    _until(lambda: len(_headings(api)) > 0, "the first digests", fleet)
    time.sleep(rng.uniform(0.0, 1.0))
    kills.append(_sender(api))
    fleet.kill_and_restart(kills[-1])
    # The second wave comes due; a digest process is killed while it may be building it.
    _make_due(pg_url, range(half + 1, SUBSCRIBERS + 1))
    time.sleep(rng.uniform(0.0, 1.0))
    kills.append(rng.choice(["digest0", "digest1"]))
    fleet.kill_and_restart(kills[-1])
    # And a chat process again, the sender or its standby, during the second wave's delivery.
    # A digest process killed mid-build holds its claims until their lease (30 s) runs out;
    # the other then builds the batch, sent at once (it was due), not at the dead claim's end.
    _until(lambda: any(chat > half for chat in _headings(api)), "wave 2", fleet, 240.0)
    time.sleep(rng.uniform(0.0, 1.0))
    kills.append(rng.choice(chats))
    fleet.kill_and_restart(kills[-1])

    # A dead sender's claimed messages wait out their claim (20 s) before a standby sends them.
    _until(
        lambda: (
            len(_headings(api)) == SUBSCRIBERS
            and _scalar(pg_url, "SELECT COUNT(*) FROM outbox WHERE state <> 'delivered'") == 0
        ),
        "every digest",
        fleet,
        timeout=240.0,
    )
    # The last one restarted may still be starting on a loaded machine: a stop before it
    # handles signals would end it by SIGTERM's default.
    running = {proc.pid for proc in fleet.procs.values()}
    _until(
        lambda: running <= {r[0] for r in _rows(pg_url, "SELECT pid FROM workers")},
        "every process to register",
        fleet,
    )
    codes = fleet.stop()
    assert codes == dict.fromkeys(codes, 0), f"seed {seed}\n{fleet.log()}"
    received = _headings(api)
    assert set(received) == set(range(1, SUBSCRIBERS + 1)), f"seed {seed}: a digest was lost"
    twice = sum(received.values()) - SUBSCRIBERS
    chat_kills = sum(name.startswith("chat") for name in kills)
    assert twice <= chat_kills, (
        f"seed {seed}, killed {kills}: {twice} digests arrived twice, "
        f"{received.most_common(5)}\n{fleet.log()}"
    )
    queued = _scalar(pg_url, "SELECT COUNT(*) FROM outbox WHERE kind = 'digest'")
    assert queued == SUBSCRIBERS, f"seed {seed}, killed {kills}: {queued} digests queued"
    print(f"seed {seed}, killed {kills}: {twice} digests arrived twice")
