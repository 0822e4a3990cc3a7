"""Two `concierge run --role chat` on PostgreSQL: one polls Telegram; kill it, the other polls."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_cli import ROOT, _env
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

pytestmark = pytest.mark.postgres_only


async def _start(url: str, api: FakeBotApi, name: str, log: Path) -> asyncio.subprocess.Process:
    env = _env(
        url,
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.url_for(name),
        CONCIERGE_LOG_LEVEL="INFO",
    )
    with log.open("wb") as stderr:  # the child keeps its own copy
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--role",
            "chat",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,  # a file: a pipe nobody reads could fill and stall the process
            env=env,
            cwd=ROOT,
        )


def _pollers(api: FakeBotApi, since: int = 0) -> set[str]:
    return {c.caller for c in api.calls[since:] if c.method == "getUpdates"}


async def _answered_once(api: FakeBotApi, chats: range) -> None:
    for chat in chats:
        user = {"id": chat, "is_bot": False, "first_name": f"U{chat}"}
        api.send_text({"id": chat, "type": "private", "first_name": f"U{chat}"}, user, "/help")
    await api.wait_for(lambda _: all(api.sent(chat) for chat in chats), 60)
    await asyncio.sleep(1.0)
    assert {chat: len(api.sent(chat)) for chat in chats} == dict.fromkeys(chats, 1)


async def test_the_standby_process_polls_once_the_leader_is_killed(
    pg_url: str, tmp_path: Path
) -> None:
    api = FakeBotApi()
    await api.start()
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    first = await _start(pg_url, api, "first", logs[0])
    second: asyncio.subprocess.Process | None = None
    try:
        await api.wait_for(lambda _: "first" in _pollers(api), 60)
        second = await _start(pg_url, api, "second", logs[1])
        await api.wait_for(
            lambda _: (
                {c.caller for c in api.sent(method="setMyCommands")}
                == {
                    "first",
                    "second",
                }
            ),
            60,
        )
        await asyncio.sleep(3.0)  # the standby asks for the lease every second meanwhile
        assert _pollers(api) == {"first"}
        await _answered_once(api, range(100, 105))

        first.send_signal(signal.SIGKILL)  # no clean stop: its connections just drop
        await first.wait()
        mark, killed = len(api.calls), time.monotonic()
        await api.wait_for(lambda _: "second" in _pollers(api, mark), 30)
        print(f"the standby polled {time.monotonic() - killed:.1f} s after the leader was killed")
        await _answered_once(api, range(200, 205))
        assert api.conflicts == 0
    finally:
        for proc in (first, second):
            if proc is not None and proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proc.wait(), 30)
        await api.stop()
    stderr = b"".join(log.read_bytes() for log in logs)
    assert TOKEN.encode() not in stderr
    assert b"this process polls" in stderr
