"""Webhook replicas on one database: a guided flow goes on at whichever replica gets the update."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import aiohttp
import pytest

from adapters.telegram.app import TelegramConfig
from core.chat.service import Concierge, build_concierge
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock, open_test_store
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot, running, webhook_config
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_flows import ALICE_KEY, said, saved
from tests.telegram.test_webhook import HEADER

SECRET = "s3cret_token"


@pytest.fixture
async def second_service(database_url: str, clock: FakeClock) -> AsyncIterator[Concierge]:
    """Another process's service: its own connection to the same database."""
    store = await open_test_store(database_url)
    yield await build_concierge(store, clock)
    await store.close()


async def kept(store: SqliteStore, step: int, needle: str) -> None:
    """Wait until the store holds Alice's flow at step and her chat's data holds needle.

    A replica writes them right after it replied; a person reads the question first.
    """
    for _ in range(1000):
        flow = await store.chat_state("tg:flow:guided", "111:111", None)
        chat = await store.chat_state("tg:chat", "111", None) or ""
        if flow == str(step) and needle in chat:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never kept: step {flow}, chat data {chat}")


class Hook:
    """Posts updates to the webhooks of the replicas, as Telegram (behind a balancer) does."""

    def __init__(self, http: aiohttp.ClientSession, api: FakeBotApi) -> None:
        self._http = http
        self._api = api
        self._ids = itertools.count(1)

    async def post(self, replica: RunningBot, update: dict[str, Any], secret: str = SECRET) -> int:
        url = f"http://127.0.0.1:{replica.config.webhook_port}/tg/hook"
        body = {"update_id": next(self._ids), **update}
        async with self._http.post(url, json=body, headers={HEADER: secret}) as response:
            return response.status

    async def text(self, replica: RunningBot, text: str) -> None:
        assert await self.post(replica, self._api.message_update(ALICE_CHAT, ALICE, text)) == 200

    async def press(self, replica: RunningBot, message_id: int, data: str) -> None:
        query = {
            "id": f"q{message_id}",
            "from": ALICE,
            "chat_instance": "111",
            "message": self._api.message(111, message_id),
            "data": data,
        }
        assert await self.post(replica, {"callback_query": query}) == 200


@asynccontextmanager
async def replicas(
    service: Concierge, second_service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> AsyncIterator[tuple[Hook, RunningBot, RunningBot]]:
    """Two replicas in webhook mode, one per process, and the hook posting to either."""
    async with (
        running(service, webhook_config(config), api) as a,
        running(second_service, webhook_config(config), api) as b,
        aiohttp.ClientSession() as http,
    ):
        yield Hook(http, api), a, b


async def test_a_flow_started_on_one_replica_is_finished_on_the_other(
    service: Concierge,
    second_service: Concierge,
    store: SqliteStore,
    config: TelegramConfig,
    api: FakeBotApi,
) -> None:
    async with replicas(service, second_service, config, api) as (hook, a, b):
        await hook.text(a, "/start")
        await said(api, 111, "Step 1 of 3")
        await kept(store, 0, '"steps": 3')
        await hook.text(b, "senior backend engineer python")
        where = await said(api, 111, "Step 2 of 3")
        await kept(store, 1, "senior backend")
        await hook.press(a, where.message_id, "tg:place:remote")
        await said(api, 111, "Step 3 of 3")
        await kept(store, 2, '"place": "remote"')
        await hook.text(b, "8:30")
        await said(api, 111, "time zone")
        await kept(store, 3, '"time": "08:30"')
        # A forged request changes nothing on either replica: the secret is checked on each.
        assert await hook.post(a, api.message_update(ALICE_CHAT, ALICE, "/cancel"), "x") == 403
        await hook.text(a, "Europe/Berlin")
        await said(api, 111, "Saved search #1")
        time_reply = await said(api, 111, "08:30")
    assert "Europe/Berlin" in time_reply.params["text"]
    assert await saved(service, ALICE_KEY) == ["senior backend engineer python remote"]
    subscriber = await store.subscriber(ALICE_KEY, FakeClock().now())
    assert (subscriber.settings.digest_time, subscriber.settings.timezone) == (
        "08:30",
        "Europe/Berlin",
    )
    # The flow is over: its step is forgotten, in the database too.
    assert await store.chat_state("tg:flow:guided", "111:111", None) is None


async def test_an_abandoned_flow_ends_for_every_replica(
    service: Concierge,
    second_service: Concierge,
    config: TelegramConfig,
    api: FakeBotApi,
) -> None:
    short = replace(config, flow_timeout=0.5)
    async with replicas(service, second_service, short, api) as (hook, a, b):
        await hook.text(a, "/add")
        await said(api, 111, "Step 1 of 2")
        await asyncio.sleep(0.8)  # longer than a flow may stay idle
        await hook.text(b, "data engineer")
        await said(api, 111, "To save that as a search")  # plain text again, not an answer
    assert await saved(service, ALICE_KEY) == []
