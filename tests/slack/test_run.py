"""run_slack: config checks, HTTP mode start/stop, and Socket Mode against the fake."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time

import aiohttp
import pytest

from adapters.slack.app import SlackConfig, build_app, build_notifier, check_config, run_slack
from core.chat.service import Concierge
from core.errors import ConfigError
from tests.slack.conftest import TOKEN
from tests.slack.fake_web_api import FakeSlackApi, sign
from tests.slack.helpers import texts


def test_http_mode_needs_the_signing_secret() -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        check_config(SlackConfig(bot_token=TOKEN))


def test_socket_mode_needs_an_app_token() -> None:
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        check_config(SlackConfig(bot_token=TOKEN, app_token="xoxb-wrong-kind"))
    check_config(SlackConfig(bot_token=TOKEN, app_token="xapp-1-abc"))


def test_the_config_never_shows_its_secrets() -> None:
    config = SlackConfig(bot_token=TOKEN, signing_secret="s3cret", app_token="xapp-9")
    assert TOKEN not in repr(config) and "s3cret" not in repr(config)
    assert "xapp-9" not in repr(config)


async def test_build_app_gives_a_bolt_app(concierge: Concierge, config: SlackConfig) -> None:
    app = build_app(concierge, config)
    assert app.client.base_url == config.api_url
    assert build_notifier(config).platform == "slack"


async def test_run_slack_refuses_http_mode_without_secret(concierge: Concierge) -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        await run_slack(concierge, SlackConfig(bot_token=TOKEN), asyncio.Event())


async def test_http_mode_serves_until_stopped(
    concierge: Concierge, config: SlackConfig, fake: FakeSlackApi, unused_tcp_port: int
) -> None:
    config = dataclasses.replace(config, port=unused_tcp_port)
    stop = asyncio.Event()
    task = asyncio.create_task(run_slack(concierge, config, stop))
    url = f"http://127.0.0.1:{unused_tcp_port}/slack/events"
    body = "command=%2Fjobs&text=help&team_id=T1&user_id=U1&channel_id=D1"
    body += "&response_url=" + fake.response_url("r1").replace(":", "%3A").replace("/", "%2F")
    async with aiohttp.ClientSession() as session:
        for _ in range(100):
            try:
                headers = {
                    "Content-Type": "application/x-www-form-urlencoded",
                    **sign(config.signing_secret or "", body, int(time.time())),
                }
                async with session.post(url, data=body, headers=headers) as response:
                    assert response.status == 200
                    break
            except aiohttp.ClientConnectorError:
                await asyncio.sleep(0.05)
    answer = (await fake.wait_for("response_url"))[0].args
    assert "/jobs add QUERY" in texts(answer["blocks"])
    stop.set()
    await asyncio.wait_for(task, 10)


async def test_socket_mode_round_trip(
    concierge: Concierge,
    config: SlackConfig,
    fake: FakeSlackApi,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    config = dataclasses.replace(config, signing_secret=None, app_token="xapp-1-test")
    stop = asyncio.Event()
    task = asyncio.create_task(run_slack(concierge, config, stop))
    await fake.wait_for("socket_connected")
    opened = fake.calls_to("apps.connections.open")[0]
    assert opened.token == "xapp-1-test"
    await fake.send_envelope(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": {
                "command": "/jobs",
                "text": "add senior backend engineer python",
                "team_id": "T1",
                "user_id": "U1",
                "channel_id": "D1",
                "channel_name": "directmessage",
                "response_url": fake.response_url("sock"),
                "trigger_id": "t",
            },
        }
    )
    acks = await fake.wait_for("socket_ack", where=lambda c: c.args.get("envelope_id") == "env-1")
    assert acks
    answer = (await fake.wait_for("response_url"))[0].args
    assert "Saved search #1" in texts(answer["blocks"])
    stop.set()
    await asyncio.wait_for(task, 10)
    assert TOKEN not in caplog.text and "xapp-1-test" not in caplog.text


async def test_socket_mode_reports_a_dropped_connection_and_its_return(
    concierge: Concierge, config: SlackConfig, fake: FakeSlackApi
) -> None:
    config = dataclasses.replace(config, signing_secret=None, app_token="xapp-1-test")
    states: list[str] = []
    changed = asyncio.Event()

    async def ready() -> None:
        states.append("running")
        changed.set()

    async def lost(reason: str) -> None:
        states.append(reason)
        changed.set()

    async def next_state() -> str:
        await asyncio.wait_for(changed.wait(), 30)
        changed.clear()
        return states[-1]

    stop = asyncio.Event()
    task = asyncio.create_task(run_slack(concierge, config, stop, None, ready, lost))
    assert await next_state() == "running"
    # slack_sdk reconnects at once; refused once, it tries again at its next check (5 s).
    fake.fail("apps.connections.open", "internal_error")
    await fake.drop_sockets()
    assert await next_state() == "Socket Mode connection lost; reconnecting"
    assert await next_state() == "running"
    await fake.wait_for("socket_connected", 2)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert states == ["running", "Socket Mode connection lost; reconnecting", "running"]
