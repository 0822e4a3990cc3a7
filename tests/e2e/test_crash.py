"""Kill -9 a real `concierge digest run-due` mid-delivery, restart it: nothing lost, ≤ 1 twice."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from core.chat.service import build_concierge
from core.model import SubscriberKey
from core.store.sqlite import SqliteStore
from tests.conftest import BACKEND_POSTINGS, FakeClock
from tests.e2e.test_cli import ROOT, _env

SUBSCRIBERS = 300
NOW = "2026-11-29T09:05:00Z"
HEADER = re.compile(r"^── for (u\d+) ──$")


async def _populate(db: Path) -> None:
    """Many terminal subscribers, each with a search that matches the postings."""
    store = await SqliteStore.open(db)
    try:
        service = await build_concierge(store, FakeClock(datetime(2026, 11, 28, 12, tzinfo=UTC)))
        await service.intake.record(BACKEND_POSTINGS)
        for n in range(SUBSCRIBERS):
            key = SubscriberKey("console", "local", f"u{n:03d}", "terminal")
            await service.handle_text(key, "/add senior backend engineer python")
    finally:
        await store.close()


def _run_due(db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "digest", "run-due", "--now", NOW],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=_env(db, CONCIERGE_SAMPLE_POSTINGS="false"),
        cwd=ROOT,
    )


def _complete_digests(output: bytes) -> list[str]:
    """The users whose digest arrived whole (header through end marker)."""
    users, current = [], None
    for line in output.decode("utf-8", "replace").splitlines():
        header = HEADER.match(line)
        if header:
            current = header.group(1)
        elif line == "── end ──" and current:
            users.append(current)
            current = None
    return users


def _kill_after_digests(proc: subprocess.Popen[bytes], wanted: int) -> bytes:
    """Read until `wanted` digests have arrived, SIGKILL, then drain what the pipe still holds."""
    assert proc.stdout is not None
    seen = b""
    deadline = time.monotonic() + 60
    while seen.count("── end ──".encode()) < wanted and time.monotonic() < deadline:
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    seen += proc.stdout.read()
    proc.stdout.close()
    return seen


def test_kill_during_delivery_loses_nothing_and_repeats_at_most_one(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    asyncio.run(_populate(db))
    first = _kill_after_digests(_run_due(db), wanted=60)
    before = _complete_digests(first)
    assert 60 <= len(before) < SUBSCRIBERS, "the kill must land mid-delivery"
    rerun = subprocess.run(
        [sys.executable, "-m", "bot", "digest", "run-due", "--now", NOW],
        capture_output=True,
        env=_env(db, CONCIERGE_SAMPLE_POSTINGS="false"),
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    counts = Counter(before + _complete_digests(rerun.stdout))
    assert set(counts) == {f"u{n:03d}" for n in range(SUBSCRIBERS)}, "a digest was lost"
    assert sum(counts.values()) - SUBSCRIBERS <= 1, counts.most_common(3)


def test_kill_at_any_moment_then_restart_delivers_each_digest(tmp_path: Path) -> None:
    db = tmp_path / "early.db"
    asyncio.run(_populate(db))
    delivered: list[str] = []
    for delay in (0.4, 0.8, 1.2):
        proc = _run_due(db)
        time.sleep(delay)  # lands in start-up, while queueing, or early in delivery
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.stdout is not None
        delivered += _complete_digests(proc.stdout.read())
        proc.stdout.close()
    final = subprocess.run(
        [sys.executable, "-m", "bot", "digest", "run-due", "--now", NOW],
        capture_output=True,
        env=_env(db, CONCIERGE_SAMPLE_POSTINGS="false"),
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    counts = Counter(delivered + _complete_digests(final.stdout))
    assert set(counts) == {f"u{n:03d}" for n in range(SUBSCRIBERS)}
    assert sum(counts.values()) - SUBSCRIBERS <= 3  # at most one in flight per kill
