"""`concierge run` serving /healthz, /readyz and /metrics next to the emulated platforms."""

from __future__ import annotations

import asyncio
import json
import re
import socket
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.test_cli import ROOT, _env, concierge
from tests.e2e.test_run_platforms import (
    ALICE,
    ALICE_CHAT,
    _closed_telegram_url,
    _free_port,
    _start,
    _stop,
)
from tests.e2e.test_secrets import SECRETS
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.telegram.fake_bot_api import TOKEN as TELEGRAM_TOKEN
from tests.telegram.fake_bot_api import FakeBotApi

README_TELEGRAM = "https://api.telegram.org/bot"  # the URL the README's examples show


async def _get(port: int, path: str) -> tuple[int, str]:
    """GET path from the health port, waiting for it to listen (a start on a loaded machine
    took over 20 s once: up to START_WAIT)."""
    deadline = asyncio.get_running_loop().time() + START_WAIT
    async with aiohttp.ClientSession() as session:
        while asyncio.get_running_loop().time() < deadline:
            try:
                async with session.get(f"http://127.0.0.1:{port}{path}") as response:
                    return response.status, await response.text()
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


START_WAIT = 60.0  # seconds


async def _until(port: int, path: str, wanted: Callable[[int, str], bool]) -> tuple[int, str]:
    """GET path until the answer is wanted; that answer."""
    for _ in range(300):
        status, body = await _get(port, path)
        if wanted(status, body):
            return status, body
        await asyncio.sleep(0.1)
    raise AssertionError(f"{path} stayed {status}: {body}")


def _readme_block(start: str) -> str:
    """The README's code block whose first line starts with start."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```\n(.*?)^```", text, flags=re.S | re.M)
    return next(block for block in blocks if block.startswith(start))


def _port_env(port: int) -> dict[str, str]:
    """The environment that points `concierge health` at port."""
    return {"CONCIERGE_HTTP_PORT": str(port)}


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text page by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_health_ready_and_metrics_of_a_telegram_run(tmp_path: Path) -> None:
    api = FakeBotApi()
    await api.start()
    port = _free_port()
    env = _env(
        tmp_path / "health.db",
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        CONCIERGE_HTTP_PORT=str(port),
        CONCIERGE_SAMPLE_POSTINGS="false",
    )
    proc = await _start(env)
    try:
        assert await _get(port, "/healthz") == (200, "ok\n")
        assert await _until(port, "/readyz", lambda status, _: status == 200) == (200, "ready\n")
        checked = concierge("health", "--ready", db=tmp_path / "health.db", **_port_env(port))
        assert (checked.returncode, checked.stdout) == (0, "ready\n"), checked.stderr
        before = _samples((await _get(port, "/metrics"))[1])
        telegram = (("platform", "telegram"),)
        assert before.get(("concierge_updates_received_total", telegram), 0) == 0
        api.send_text(ALICE_CHAT, ALICE, "/add senior backend engineer python")
        await api.wait_for(lambda _: any("Saved search #1" in t for t in api.texts(111)), 20)
        status, text = await _get(port, "/metrics")
        after = _samples(text)
        active = ("concierge_saved_searches", (("state", "active"),))
        # The database counts are cached for a few seconds: the new search shows soon after.
        await _until(port, "/metrics", lambda _, page: _samples(page)[active] == 1)
    finally:
        code, stderr = await _stop(proc)
        await api.stop()
    assert code == 0, stderr
    assert status == 200
    assert after[("concierge_updates_received_total", telegram)] == 1
    assert after[("concierge_replies_sent_total", telegram)] >= 1
    assert after[("concierge_reply_seconds_count", telegram)] == 1
    families = {family.name for family in text_string_to_metric_families(text)}
    documented = set(
        re.findall(r"^\| `(concierge_\w+)` \|", ROOT.joinpath("README.md").read_text(), re.M)
    )
    served = {name + "_total" if name + "_total" in documented else name for name in families}
    assert served == documented


async def test_readyz_names_telegram_while_it_is_unreachable(tmp_path: Path) -> None:
    port = _free_port()
    url = _closed_telegram_url()
    env = _env(
        tmp_path / "down.db",
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=url,
        CONCIERGE_HTTP_PORT=str(port),
        CONCIERGE_LOG_FORMAT="json",
    )
    proc = await _start(env)
    try:
        assert (await _get(port, "/healthz"))[0] == 200
        # Until the first attempt to reach Telegram fails, telegram shows as starting.
        status, body = await _until(port, "/readyz", lambda _, text: "telegram: failing" in text)
        alive = concierge("health", db=tmp_path / "down.db", **_port_env(port))
        ready = concierge("health", "--ready", db=tmp_path / "down.db", **_port_env(port))
    finally:
        code, stderr = await _stop(proc)
    assert code == 0, stderr
    assert (alive.returncode, alive.stdout) == (0, "ok\n")
    assert ready.returncode == 1
    assert ready.stderr.startswith(f"concierge: http://127.0.0.1:{port}/readyz answered 503: ")
    assert "telegram: failing" in ready.stderr
    assert status == 503
    assert body.replace(url, README_TELEGRAM) == _readme_block("not ready")
    first = json.loads(stderr.splitlines()[0].replace(url, README_TELEGRAM))
    example = json.loads(_readme_block('{"time"'))
    assert first | {"time": example["time"]} == example
    assert datetime.fromisoformat(first["time"]).utcoffset() == timedelta(0)


async def test_a_json_debug_run_logs_one_object_per_line_and_no_secret(tmp_path: Path) -> None:
    telegram, slack_api = FakeBotApi(), FakeSlackApi()
    await telegram.start()
    await slack_api.start()
    slack_port = _free_port()
    env = _env(
        tmp_path / "json.db",
        **SECRETS,
        TELEGRAM_API_BASE_URL=telegram.base_url,
        SLACK_PORT=str(slack_port),
        SLACK_API_URL=slack_api.api_url,
        CONCIERGE_LOG_LEVEL="DEBUG",
        CONCIERGE_LOG_FORMAT="json",
        CONCIERGE_HTTP_PORT=str(_free_port()),
    )
    proc = await _start(env)
    try:
        await telegram.wait_calls("setMyCommands", 1, within=60)  # a process start
        telegram.send_text(ALICE_CHAT, ALICE, "/add zebrafish wrangler")
        await telegram.wait_for(lambda _: any("Saved search" in t for t in telegram.texts(111)))
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{slack_port}/slack/events"
            sender = SlackSender(session, url, SECRETS["SLACK_SIGNING_SECRET"], slack_api)
            for _ in range(100):
                try:
                    name, (status, _) = await sender.command("add okapi herder")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert status == 200
            await slack_api.wait_for("response_url", where=lambda c: name in c.path, within=20)
            form = "application/x-www-form-urlencoded"
            await sender.post("command=/jobs&text=", form, secret="forged")
    finally:
        code, stderr = await _stop(proc)
        await telegram.stop()
        await slack_api.close()
    assert code == 0, stderr
    records = [json.loads(line) for line in stderr.splitlines()]  # each line is one object
    assert all({"time", "level", "logger", "message"} <= record.keys() for record in records)
    assert {"logger": "bot.runner", "message": "stopped cleanly"}.items() <= records[-1].items()
    leaked = [value for value in SECRETS.values() if value in stderr]
    assert not leaked, stderr
    assert TELEGRAM_TOKEN.split(":")[1] not in stderr


async def test_metrics_count_source_polls_and_failures_per_kind(tmp_path: Path) -> None:
    db = tmp_path / "sources.db"
    feed = Path(__file__).parents[1] / "ingest" / "fixtures" / "jobs.rss"
    for path in (feed, tmp_path / "missing.rss"):
        added = concierge("sources", "add", "rss", str(path), "--interval", "60s", db=db)
        assert added.returncode == 0, added.stderr
    port = _free_port()
    env = _env(
        db,
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=_closed_telegram_url(),
        CONCIERGE_HTTP_PORT=str(port),
    )
    proc = await _start(env)
    feed_kind = (("kind", "rss"),)
    try:
        # Each source's first poll comes within a tenth of its interval (the jitter).
        _, page = await _until(
            port,
            "/metrics",
            lambda _, text: _samples(text).get(("concierge_source_polls_total", feed_kind)) == 2,
        )
    finally:
        code, stderr = await _stop(proc)
    assert code == 0, stderr
    assert _samples(page)[("concierge_source_poll_failures_total", feed_kind)] == 1


async def test_a_health_port_in_use_stops_the_run_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = _env(
            tmp_path / "taken.db",
            TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
            TELEGRAM_API_BASE_URL=_closed_telegram_url(),
            CONCIERGE_HTTP_PORT=str(port),
        )
        proc = await _start(env)
        _, stderr = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2
    assert stderr.decode().splitlines() == [
        f"concierge: CONCIERGE_HTTP_PORT {port} cannot be used on 127.0.0.1 (Address already "
        "in use): choose another port, or 0 to turn it off"
    ]


async def test_readyz_follows_telegram_polling_that_fails_mid_run(tmp_path: Path) -> None:
    api = FakeBotApi()
    await api.start()
    port = _free_port()
    env = _env(
        tmp_path / "drop.db",
        TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        CONCIERGE_HTTP_PORT=str(port),
        CONCIERGE_SAMPLE_POSTINGS="false",
    )
    proc = await _start(env)
    try:
        await _until(port, "/readyz", lambda status, _: status == 200)
        api.polling_down = True  # Telegram drops after a good start
        down = await _until(port, "/readyz", lambda status, _: status == 503)
        stats = concierge("stats", db=tmp_path / "drop.db")
        api.polling_down = False
        back = await _until(port, "/readyz", lambda status, _: status == 200)
        api.send_text(ALICE_CHAT, ALICE, "/help")
        await api.wait_for(lambda _: any("What I can do" in t for t in api.texts(111)), 20)
    finally:
        code, stderr = await _stop(proc)
        await api.stop()
    assert code == 0, stderr
    assert down[1] == "not ready\ntelegram: failing: getUpdates failed: HTTP 502\n"
    assert "getUpdates failed: HTTP 502" in stats.stdout
    assert back == (200, "ready\n")
    assert "Traceback" not in stderr  # each failed poll is one line, not PTB's traceback
    assert TELEGRAM_TOKEN not in stderr
