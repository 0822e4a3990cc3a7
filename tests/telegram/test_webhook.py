"""Webhook mode: Telegram's secret token is checked on every request."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import aiohttp
import pytest

from adapters.telegram.app import TelegramConfig, build_application, run_telegram
from bot.config import load_settings
from core.chat.service import Concierge
from core.errors import ConfigError
from tests.telegram.conftest import ALICE, ALICE_CHAT, running, webhook_config
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi
from tests.telegram.test_flows import said

HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def test_webhook_rejects_a_wrong_secret_and_accepts_the_right_one(
    service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> None:
    hooked = webhook_config(config)
    async with running(service, hooked, api):
        registered = api.sent(method="setWebhook")[0].params
        assert registered["url"] == "https://bot.example.com/tg/hook"
        assert registered["secret_token"] == "s3cret_token"
        assert not api.attempts(method="getUpdates")  # no polling in webhook mode
        url = f"http://127.0.0.1:{hooked.webhook_port}/tg/hook"
        help_update = {"update_id": 1, **api.message_update(ALICE_CHAT, ALICE, "/help")}
        add_update = {"update_id": 2, **api.message_update(ALICE_CHAT, ALICE, "/add python")}
        async with aiohttp.ClientSession() as http:
            for headers in ({HEADER: "wrong"}, {}, {HEADER: "s3cret_tokeN"}):
                async with http.post(url, json=add_update, headers=headers) as response:
                    assert response.status == 403
            async with http.post(url, data=b"{not json", headers={HEADER: "s3cret_token"}) as bad:
                assert bad.status == 400
            async with http.post(url, json=help_update, headers={HEADER: "s3cret_token"}) as ok:
                assert ok.status == 200
        await said(api, 111, "What I can do")
        await asyncio.sleep(0.05)
        assert not [t for t in api.texts(111) if "Saved search" in t]  # forged ones ignored


async def test_webhook_mode_refuses_to_start_without_a_secret(
    service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        await run_telegram(service, webhook_config(config, secret=None), asyncio.Event())
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        build_application(service, webhook_config(config, secret="has spaces"))
    assert not api.calls  # refused before talking to Telegram


async def test_a_self_hosted_bot_api_server_is_used(
    service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> None:
    application = build_application(service, config)
    assert application.bot.base_url == f"{api.base_url}{TOKEN}"
    assert application.bot.base_file_url.endswith(f"/file/bot{TOKEN}")
    assert TOKEN not in repr(config)


async def test_webhook_answers_400_to_bodies_that_are_not_an_update(
    service: Concierge, config: TelegramConfig, api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    hooked = webhook_config(config)
    bodies = [
        b"[1, 2, 3]",
        b'"a string"',
        b"42",
        b"null",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"update_id": 1, "message": ' * 5_000 + b"{}" + b"}" * 5_000,
        b'{"update_id": 1, "message": "not a message"}',
        b'{"update_id": 1, "message": {"message_id": [], "chat": 7, "date": "x"}}',
        b"\xff\xfe not utf-8",
    ]
    async with running(service, hooked, api):
        url = f"http://127.0.0.1:{hooked.webhook_port}/tg/hook"
        async with aiohttp.ClientSession() as http:
            for body in bodies:
                headers = {HEADER: "s3cret_token", "Content-Type": "application/json"}
                async with http.post(url, data=body, headers=headers) as response:
                    assert response.status == 400, body[:40]
    assert not any(r.exc_info for r in caplog.records)


@pytest.mark.parametrize("url", ["http://bot.example.com/tg/hook", "ftp://bot.example.com/x"])
async def test_a_webhook_url_that_is_not_https_is_refused(
    service: Concierge, config: TelegramConfig, api: FakeBotApi, url: str
) -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": url}
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_URL must be an https:// URL"):
        load_settings({**env, "TELEGRAM_WEBHOOK_SECRET": "s3cret_token"})
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_URL must be an https:// URL"):
        build_application(service, replace(webhook_config(config), webhook_url=url))
    assert not api.calls
    settings = load_settings({**env, "TELEGRAM_WEBHOOK_URL": "HTTPS://bot.example.com/tg"})
    assert settings.telegram is not None
    assert settings.telegram.webhook_url == "HTTPS://bot.example.com/tg"
