"""Fixtures: the emulated Bot API server and the bot running against it in this event loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from telegram.ext import Application

from adapters.telegram.app import TelegramConfig, build_application, run_telegram
from core.chat.service import Concierge
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

ALICE = {"id": 111, "is_bot": False, "first_name": "Alice", "username": "alice"}
BOB = {"id": 222, "is_bot": False, "first_name": "Bob"}
ALICE_CHAT = {"id": 111, "type": "private", "first_name": "Alice"}
GROUP = {"id": -100777, "type": "supergroup", "title": "Job hunters"}


@dataclass
class RunningBot:
    """A bot running against the fake server, and how to stop it."""

    api: FakeBotApi
    application: Application  # type: ignore[type-arg]
    config: TelegramConfig


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def config(api: FakeBotApi) -> TelegramConfig:
    return TelegramConfig(token=TOKEN, api_base_url=api.base_url, poll_timeout=1, flow_timeout=30)


@contextlib.asynccontextmanager
async def running(
    service: Concierge, config: TelegramConfig, api: FakeBotApi, *, shared: bool = True
) -> AsyncIterator[RunningBot]:
    """Run run_telegram in a task until the block ends, then stop it and wait for shutdown.

    shared: flows and chat data kept in the service's store, as `concierge run` keeps them.
    """
    application = build_application(service, config, service._store if shared else None)
    stop = asyncio.Event()
    task = asyncio.create_task(run_telegram(service, config, stop, application))
    try:
        ready = "setWebhook" if config.webhook_url else "getUpdates"
        waiter = asyncio.create_task(api.wait_calls(ready, 1))
        done, _ = await asyncio.wait([task, waiter], return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            waiter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiter
            task.result()
        yield RunningBot(api, application, config)
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


@pytest.fixture
async def bot(
    service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> AsyncIterator[RunningBot]:
    async with running(service, config, api) as running_bot:
        yield running_bot


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def webhook_config(config: TelegramConfig, secret: str | None = "s3cret_token") -> TelegramConfig:
    port = free_port()
    return replace(
        config,
        webhook_url="https://bot.example.com/tg/hook",
        webhook_secret=secret,
        webhook_port=port,
        webhook_listen="127.0.0.1",
    )


def buttons(call: Any) -> list[dict[str, Any]]:
    """Every inline button of a recorded sendMessage/editMessageText call."""
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]
