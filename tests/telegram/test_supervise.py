"""A platform that is down is retried on its own, its state recorded for `concierge stats`."""

from __future__ import annotations

import asyncio
import functools
from dataclasses import replace

import pytest

from adapters.telegram.app import TelegramConfig, build_application, run_telegram
from adapters.telegram.notifier import TelegramNotifier
from bot.supervise import Platform, supervise
from core.chat.service import Concierge
from core.errors import PlatformError
from core.ports import Notifier
from core.store.sqlite import SqliteStore
from tests.telegram.conftest import ALICE, ALICE_CHAT, free_port
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_flows import said


async def _state(store: SqliteStore, wanted: str) -> str:
    """Wait until telegram's recorded state is wanted; return its last error."""
    for _ in range(1000):
        states = {s.platform: s for s in await store.platform_states()}
        if "telegram" in states and states["telegram"].state == wanted:
            return states["telegram"].last_error
        await asyncio.sleep(0.02)
    raise AssertionError(f"telegram never became {wanted}: {states}")


async def test_telegram_down_at_start_is_retried_until_it_answers(
    service: Concierge, store: SqliteStore, config: TelegramConfig
) -> None:
    port = free_port()
    down = replace(config, api_base_url=f"http://127.0.0.1:{port}/bot")
    application = build_application(service, down)
    stop = asyncio.Event()
    run = functools.partial(run_telegram, service, down, stop, application)
    platform = Platform("telegram", run, TelegramNotifier(application.bot))
    notifiers: dict[str, Notifier] = {}
    task = asyncio.create_task(supervise(platform, stop, store, notifiers, first_retry=0.05))
    api = FakeBotApi(port=port)
    try:
        error = await _state(store, "failing")
        assert error.startswith(f"cannot reach Telegram at http://127.0.0.1:{port}/bot")
        assert not task.done() and not notifiers  # its messages wait in the outbox
        await api.start()  # Telegram comes back: the next retry connects
        assert await _state(store, "running") == ""
        assert notifiers == {"telegram": platform.notifier}
        api.send_text(ALICE_CHAT, ALICE, "/help")
        await said(api, 111, "What I can do")
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
        await api.stop()
    assert (await store.platform_states())[0].state == "stopped"


async def test_a_refused_token_is_named_without_showing_it(
    service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> None:
    api.token = "123:the-right-one"
    with pytest.raises(PlatformError, match="Telegram refused TELEGRAM_BOT_TOKEN") as refused:
        await run_telegram(service, config, asyncio.Event())
    assert config.token not in str(refused.value)
    assert refused.value.__suppress_context__ and refused.value.__cause__ is None
