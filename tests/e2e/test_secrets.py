"""No secret, no query text and no response_url in the output of a full run at DEBUG."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.config import load_settings
from tests.e2e.test_cli import _env
from tests.e2e.test_run_platforms import ALICE, ALICE_CHAT, _free_port, _start, _stop
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.telegram.fake_bot_api import TOKEN as TELEGRAM_TOKEN
from tests.telegram.fake_bot_api import FakeBotApi

SECRETS = {
    "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
    "TELEGRAM_WEBHOOK_SECRET": "webhook-secret-never-logged",
    "SLACK_BOT_TOKEN": "xoxb-bot-token-never-logged",
    "SLACK_SIGNING_SECRET": "signing-secret-never-logged",
}
APP_TOKEN = "xapp-1-app-token-never-logged"
TELEGRAM_QUERY = "zebrafish wrangler kotlin"
SLACK_QUERY = "okapi herder rust"


def _assert_clean(stderr: str, *private: str) -> None:
    assert "bot.runner: stopped cleanly" in stderr  # the run did log at DEBUG, to the end
    leaked = [value for value in private if value in stderr]
    assert not leaked, stderr
    assert "/response/" not in stderr  # Slack response_urls
    assert TELEGRAM_TOKEN.split(":")[1] not in stderr  # not even the token's secret half


async def test_a_debug_run_of_telegram_and_slack_logs_no_secret_and_no_query(
    tmp_path: Path,
) -> None:
    telegram, slack_api = FakeBotApi(), FakeSlackApi()
    await telegram.start()
    await slack_api.start()
    port = _free_port()
    env = _env(
        tmp_path / "secrets.db",
        **SECRETS,
        TELEGRAM_API_BASE_URL=telegram.base_url,
        SLACK_PORT=str(port),
        SLACK_API_URL=slack_api.api_url,
        CONCIERGE_LOG_LEVEL="DEBUG",
        CONCIERGE_SAMPLE_POSTINGS="false",
    )
    proc = await _start(env)
    try:
        await telegram.wait_calls("setMyCommands", 1, within=60)  # a process start
        telegram.send_text(ALICE_CHAT, ALICE, f"/add {TELEGRAM_QUERY}")
        await telegram.wait_for(lambda _: any("Saved search" in t for t in telegram.texts(111)))
        async with aiohttp.ClientSession() as session:
            sender = SlackSender(
                session,
                f"http://127.0.0.1:{port}/slack/events",
                SECRETS["SLACK_SIGNING_SECRET"],
                slack_api,
            )
            for _ in range(600):  # wait up to a minute for the HTTP server to listen
                try:
                    name, _ = await sender.command(f"add {SLACK_QUERY}")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            await slack_api.wait_for("response_url", where=lambda c: name in c.path, within=20)
    finally:
        code, stderr = await _stop(proc)
        await telegram.stop()
        await slack_api.close()
    assert code == 0, stderr
    _assert_clean(stderr, *SECRETS.values(), TELEGRAM_QUERY, SLACK_QUERY)


async def test_a_debug_run_of_slack_socket_mode_logs_no_token_and_no_query(
    tmp_path: Path,
) -> None:
    slack_api = FakeSlackApi()
    await slack_api.start()
    env = _env(
        tmp_path / "socket.db",
        SLACK_BOT_TOKEN=SECRETS["SLACK_BOT_TOKEN"],
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_API_URL=slack_api.api_url,
        CONCIERGE_LOG_LEVEL="DEBUG",
        CONCIERGE_SAMPLE_POSTINGS="false",
    )
    proc = await _start(env)
    try:
        await slack_api.wait_for("socket_connected", within=20)
        await slack_api.send_envelope(
            {
                "envelope_id": "env-1",
                "type": "slash_commands",
                "accepts_response_payload": True,
                "payload": {
                    "command": "/jobs",
                    "text": f"add {SLACK_QUERY}",
                    "team_id": "T1",
                    "user_id": "U1",
                    "channel_id": "D1",
                    "channel_name": "directmessage",
                    "response_url": slack_api.response_url("sock"),
                    "trigger_id": "t",
                },
            }
        )
        await slack_api.wait_for("response_url", within=20)
    finally:
        code, stderr = await _stop(proc)
        await slack_api.close()
    assert code == 0, stderr
    _assert_clean(stderr, SECRETS["SLACK_BOT_TOKEN"], APP_TOKEN, SLACK_QUERY)


def test_the_settings_repr_shows_no_secret() -> None:
    settings = load_settings({**SECRETS, "SLACK_APP_TOKEN": APP_TOKEN})
    assert set(settings.secrets) == {*SECRETS.values(), APP_TOKEN}
    shown = repr(settings)
    assert "max_searches=25" in shown
    assert not [value for value in settings.secrets if value in shown], shown
