"""`concierge run` as a subprocess with platform tokens: Telegram and Slack wired end to end."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from tests.e2e.test_cli import ROOT, _env, concierge
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.telegram.fake_bot_api import TOKEN as TELEGRAM_TOKEN
from tests.telegram.fake_bot_api import FakeBotApi

ALICE = {"id": 111, "is_bot": False, "first_name": "Alice", "username": "alice"}
ALICE_CHAT = {"id": 111, "type": "private", "first_name": "Alice"}
SLACK_SECRET = "run-test-signing-secret"


async def _start(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )


async def _stop(proc: asyncio.subprocess.Process) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(proc.communicate(), timeout=20)
    return proc.returncode or 0, stderr.decode()


async def test_run_starts_telegram_and_answers_then_stops_on_sigterm(tmp_path: Path) -> None:
    api = FakeBotApi()
    await api.start()
    env = _env(
        tmp_path / "tg.db",
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        CONCIERGE_LOG_LEVEL="INFO",
    )
    proc = await _start(env)
    try:
        await api.wait_calls("setMyCommands", 1, within=60)  # a process start
        api.send_text(ALICE_CHAT, ALICE, "/add senior backend engineer python")
        await api.wait_for(lambda calls: any("Saved search #1" in t for t in api.texts(111)), 20)
    finally:
        code, stderr = await _stop(proc)
        await api.stop()
    assert code == 0, stderr
    assert TELEGRAM_TOKEN not in stderr  # the token never reaches the logs


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_run_starts_slack_http_mode_and_verifies_signatures(tmp_path: Path) -> None:
    fake = FakeSlackApi()
    await fake.start()
    port = _free_port()
    env = _env(
        tmp_path / "sl.db",
        SLACK_BOT_TOKEN="xoxb-run-test",
        SLACK_SIGNING_SECRET=SLACK_SECRET,
        SLACK_PORT=str(port),
        SLACK_API_URL=fake.api_url,
    )
    proc = await _start(env)
    try:
        async with aiohttp.ClientSession() as session:
            slack = SlackSender(
                session, f"http://127.0.0.1:{port}/slack/events", SLACK_SECRET, fake
            )
            for _ in range(600):  # wait up to a minute for the HTTP server to listen
                try:
                    name, (status, _) = await slack.command("add senior backend engineer python")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert status == 200
            await fake.wait_for("response_url", where=lambda c: name in c.path, within=20)
            forged_status, _ = await slack.post(
                "command=/jobs&text=list", "application/x-www-form-urlencoded", secret="wrong"
            )
            assert forged_status == 401
    finally:
        code, stderr = await _stop(proc)
        await fake.close()
    assert code == 0, stderr
    assert "xoxb-run-test" not in stderr


async def _read_stderr_until(proc: asyncio.subprocess.Process, needle: str) -> str:
    """Stderr up to the first line holding needle; fails if the process ends first."""
    stream = proc.stderr
    assert stream is not None
    lines: list[str] = []

    async def scan() -> None:
        while True:
            raw = await stream.readline()
            if not raw:
                raise AssertionError(f"concierge run ended before {needle!r}:\n{''.join(lines)}")
            lines.append(raw.decode())
            if needle in lines[-1]:
                return

    await asyncio.wait_for(scan(), 30)
    return "".join(lines)


def _closed_telegram_url() -> str:
    return f"http://127.0.0.1:{_free_port()}/bot"


def _dated(lines: str) -> list[str]:
    """Lines with every time written as DATE and column padding as two spaces."""
    shown = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d,\d+)?", "DATE", lines)
    return [re.sub(" {2,}", "  ", line.rstrip()) for line in shown.splitlines()]


def _as_in_readme(lines: str, url: str) -> list[str]:
    """Lines with the test's URL and the times written as the README's example writes them."""
    return _dated(lines.replace(url, "https://api.telegram.org/bot"))


def _readme_lines(*start: str) -> list[str]:
    """The README's example lines that start with start, times as DATE."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return _dated("\n".join(x for x in text.splitlines() if x.startswith(start)))


async def test_run_says_in_one_line_that_telegram_is_unreachable(tmp_path: Path) -> None:
    url = _closed_telegram_url()
    env = _env(tmp_path / "down.db", TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN, TELEGRAM_API_BASE_URL=url)
    proc = await _start(env)
    line = f"cannot reach Telegram at {url}, check the network or TELEGRAM_API_BASE_URL"
    try:
        seen = await _read_stderr_until(proc, line)
    finally:
        code, rest = await _stop(proc)
    stderr = seen + rest
    assert code == 0, stderr
    assert "Traceback" not in stderr and "NetworkError" not in stderr
    assert len(stderr.splitlines()) <= 3, stderr  # one line per failed attempt
    assert TELEGRAM_TOKEN not in stderr
    logged = [x.removeprefix("DATE ") for x in _as_in_readme(seen, url)]
    assert _readme_lines("WARNING bot.supervise: telegram is down")[0] in logged


async def test_slack_keeps_working_while_telegram_is_down(tmp_path: Path) -> None:
    fake = FakeSlackApi()
    await fake.start()
    port = _free_port()
    url = _closed_telegram_url()
    db = tmp_path / "both.db"
    env = _env(
        db,
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=url,
        SLACK_BOT_TOKEN="xoxb-run-test",
        SLACK_SIGNING_SECRET=SLACK_SECRET,
        SLACK_PORT=str(port),
        SLACK_API_URL=fake.api_url,
    )
    proc = await _start(env)
    try:
        seen = await _read_stderr_until(proc, "telegram is down: cannot reach Telegram")
        async with aiohttp.ClientSession() as session:
            slack = SlackSender(
                session, f"http://127.0.0.1:{port}/slack/events", SLACK_SECRET, fake
            )
            for _ in range(600):  # wait up to a minute for the HTTP server to listen
                try:
                    name, (status, _) = await slack.command("add senior backend engineer python")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert status == 200
            await fake.wait_for("response_url", where=lambda c: name in c.path, within=20)
        assert proc.returncode is None  # the runner keeps running
        stats = concierge("stats", db=db)
        assert stats.returncode == 0, stats.stderr
    finally:
        code, rest = await _stop(proc)
        await fake.close()
    assert code == 0, seen + rest
    assert "Traceback" not in seen + rest
    shown = {line.split("  ")[0].strip(): line for line in stats.stdout.splitlines()}
    assert "failing since" in shown["platform telegram"], stats.stdout
    assert f"cannot reach Telegram at {url}" in shown["platform telegram"]
    assert "running since" in shown["platform slack"], stats.stdout
    names = ("platform slack ", "platform telegram ")
    platform_lines = [x for x in _as_in_readme(stats.stdout, url) if x.startswith(names)]
    assert platform_lines == _readme_lines(*names), stats.stdout


async def _helps_answered(tmp_path: Path, name: str, answers: int, **settings: str) -> str:
    """Five /help from Alice on Telegram under these rate settings: what she got once
    that many answers came."""
    api = FakeBotApi()
    await api.start()
    env = _env(
        tmp_path / f"{name}.db",
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        **settings,
    )
    proc = await _start(env)
    try:
        await api.wait_calls("setMyCommands", 1, within=60)  # a process start
        for _ in range(5):
            api.send_text(ALICE_CHAT, ALICE, "/help")
        await api.wait_for(lambda calls: len(api.texts(111)) >= answers, 20)
        await asyncio.sleep(0.5)  # time for answers that should not come
    finally:
        code, stderr = await _stop(proc)
        await api.stop()
    assert code == 0, stderr
    return "".join(api.texts(111))


async def test_the_rate_limit_settings_reach_the_chat(tmp_path: Path) -> None:
    limited = await _helps_answered(tmp_path, "limited", 3, CONCIERGE_RATE_BURST="2")
    assert limited.count("What I can do") == 2 and limited.count("Slow down") == 1
    free = await _helps_answered(
        tmp_path, "free", 5, CONCIERGE_RATE_BURST="2", CONCIERGE_RATE_PER_MINUTE="0"
    )
    assert free.count("What I can do") == 5 and "Slow down" not in free
