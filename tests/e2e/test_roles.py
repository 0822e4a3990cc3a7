"""`concierge run --role`: processes sharing a PostgreSQL database split the work."""

from __future__ import annotations

import asyncio
import queue
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TEST_DATABASE_URL
from tests.e2e.test_cli import ROOT, _env, concierge


def test_a_split_role_on_sqlite_is_refused_in_one_line(tmp_path: Path) -> None:
    result = concierge("run", "--role", "digest", db=tmp_path / "r.db")
    assert result.returncode == 2
    assert result.stderr.startswith("concierge: --role digest needs a PostgreSQL DATABASE_URL")
    assert result.stderr.count("\n") == 1


def _rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of one query on the test's schema, outside any event loop."""

    async def fetch() -> list[tuple[Any, ...]]:
        import asyncpg

        conn = await asyncpg.connect(url)
        try:
            return [tuple(row) for row in await conn.fetch(sql)]
        finally:
            await conn.close()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, fetch()).result()


def _until(check: Any, timeout: float = 60.0) -> None:
    """Wait until check() is true."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def _start(url: str, role: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--role", role],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(url),
        cwd=ROOT,
    )


@pytest.mark.postgres_only
def test_a_digest_process_queues_and_a_chat_process_delivers(pg_url: str) -> None:
    assert TEST_DATABASE_URL
    added = concierge("chat", db=pg_url, stdin="/add senior backend engineer python\n")
    assert "Saved search #1" in added.stdout, added.stderr
    _rows(pg_url, "UPDATE subscribers SET next_digest_at = '2000-01-01T00:00:00.000000+00:00'")

    digest = _start(pg_url, "digest")
    try:
        _until(lambda: _rows(pg_url, "SELECT kind, state FROM outbox") == [("digest", "pending")])
    finally:
        digest.send_signal(signal.SIGTERM)
        out, err = digest.communicate(timeout=30)
    assert digest.returncode == 0, err
    assert "Your job digest" not in out  # queued only: the digest role has no chat to push to

    chat = _start(pg_url, "chat")
    lines: queue.Queue[str] = queue.Queue()
    assert chat.stdout is not None and chat.stdin is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in chat.stdout or ()])
    reader.start()
    try:
        seen = ""
        deadline = time.monotonic() + 60
        while "Your job digest" not in seen:
            seen += lines.get(timeout=max(deadline - time.monotonic(), 0.1))
        _until(lambda: _rows(pg_url, "SELECT state FROM outbox") == [("delivered",)])
    finally:
        chat.stdin.close()  # end of input ends the terminal chat
        assert chat.wait(timeout=30) == 0
        reader.join()
        chat.stdout.close()
        if chat.stderr:
            chat.stderr.close()


@pytest.mark.postgres_only
@pytest.mark.parametrize(
    ("args", "shards", "said"),
    [
        (["--role", "match"], "2", "--role match needs --shard I/K (shard I of K, e.g. 0/2)"),
        (["--role", "match", "--shard", "2/2"], "2", "--shard 2/2: the shard must be 0 to 1 of 2"),
        (["--role", "match", "--shard", "a/2"], "2", "--shard 'a/2' is not I/K, e.g. 0/2"),
        (["--role", "match", "--shard", "0/3"], "2", "--shard 0/3 needs CONCIERGE_MATCH_SHARDS=3"),
        (["--role", "match", "--shard", "0/1"], "", "--shard 0/1 needs CONCIERGE_MATCH_SHARDS=1"),
        (["--role", "ingest", "--shard", "0/2"], "2", "--shard is for --role match, not --role"),
    ],
)
def test_a_match_role_without_a_fitting_shard_is_refused_in_one_line(
    pg_url: str, args: list[str], shards: str, said: str
) -> None:
    result = concierge("run", *args, db=pg_url, CONCIERGE_MATCH_SHARDS=shards)
    assert result.returncode == 2
    assert result.stderr.startswith(f"concierge: {said}"), result.stderr
    assert result.stderr.count("\n") == 1


def test_match_shards_on_sqlite_are_refused_in_one_line(tmp_path: Path) -> None:
    result = concierge("stats", db=tmp_path / "s.db", CONCIERGE_MATCH_SHARDS="2")
    assert result.returncode == 2
    assert result.stderr == (
        "concierge: CONCIERGE_MATCH_SHARDS needs a PostgreSQL DATABASE_URL (postgresql://…): "
        "with SQLite one process matches everything\n"
    )


def test_the_readme_match_shards_example_is_a_deployment_every_process_accepts() -> None:
    import shlex

    from bot.config import load_settings
    from bot.main import build_parser
    from bot.roles import check_role

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n### Match shards\n", 1)[1].split("\n## ", 1)[0]
    export, *lines = section.split("```\n", 2)[1].strip().splitlines()
    env = dict(pair.split("=", 1) for pair in shlex.split(export)[1:])
    settings = load_settings(env)
    shards = set()
    for line in lines:
        args = build_parser().parse_args(shlex.split(line)[1:])
        if args.command == "run":
            shard = check_role(args.role, settings, args.shard)
            shards |= {shard} if shard else set()
    assert {str(shard) for shard in shards} == {f"{i}/{settings.match_shards}" for i in range(2)}
