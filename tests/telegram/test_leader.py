"""Long polling by several processes on one PostgreSQL database: one polls, a standby takes over."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest

from adapters.telegram.app import TelegramConfig, build_application, run_telegram
from core.chat.service import Concierge, build_concierge
from core.store.postgres.lease import PgLease
from tests.conftest import FakeClock, open_test_store
from tests.telegram.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.postgres_only


@dataclass
class Instance:
    """One bot process's Telegram front-end: its calls are recorded as made by `name`."""

    name: str
    lease: PgLease
    stop: asyncio.Event
    task: asyncio.Task[None]


@pytest.fixture
async def pg_service(pg_url: str, clock: FakeClock) -> AsyncIterator[Concierge]:
    store = await open_test_store(pg_url)
    yield await build_concierge(store, clock)
    await store.close()


@contextlib.asynccontextmanager
async def instances(
    service: Concierge, config: TelegramConfig, api: FakeBotApi, pg_url: str, *names: str
) -> AsyncIterator[dict[str, Instance]]:
    """Start one Telegram front-end per name, each with its own lease connection."""
    started: dict[str, Instance] = {}
    try:
        for name in names:
            own = replace(config, api_base_url=api.url_for(name))
            lease = PgLease(pg_url, retry=0.05, check=0.2)
            stop = asyncio.Event()
            application = build_application(service, own)
            task = asyncio.create_task(run_telegram(service, own, stop, application, lease=lease))
            started[name] = Instance(name, lease, stop, task)
            await api.wait_calls("setMyCommands", len(started))
        yield started
    finally:
        for instance in started.values():
            instance.stop.set()
        for instance in started.values():
            await asyncio.wait_for(instance.task, 15)


def pollers(api: FakeBotApi, since: int = 0) -> set[str]:
    """Who called getUpdates among the calls from index since on."""
    return {c.caller for c in api.calls[since:] if c.method == "getUpdates"}


async def answered_once(api: FakeBotApi, chats: range) -> None:
    """Each chat sent /help once: wait for every answer, then check none came twice."""
    for chat in chats:
        user = {"id": chat, "is_bot": False, "first_name": f"U{chat}"}
        api.send_text({"id": chat, "type": "private", "first_name": f"U{chat}"}, user, "/help")
    await api.wait_for(lambda _: all(api.sent(chat) for chat in chats), 20)
    await asyncio.sleep(0.3)  # time for a second poller, were there one, to answer again
    assert all(len(api.sent(chat)) == 1 for chat in chats), {c: len(api.sent(c)) for c in chats}


async def test_one_front_end_polls_and_the_standby_takes_over_when_it_dies(
    pg_service: Concierge, config: TelegramConfig, api: FakeBotApi, pg_url: str
) -> None:
    async with instances(pg_service, config, api, pg_url, "a", "b") as running:
        await api.wait_for(lambda _: pollers(api))
        leader = pollers(api).pop()
        standby = "b" if leader == "a" else "a"
        await asyncio.sleep(1.5)  # the standby asks for the lease 30 times meanwhile
        assert pollers(api) == {leader}
        mark = len(api.calls)
        await answered_once(api, range(1000, 1010))

        # The leader's database connection dies (its process, its machine or the network).
        connection = running[leader].lease._conn
        assert connection is not None
        connection.terminate()
        await api.wait_for(lambda _: standby in pollers(api, mark), 10)
        taken_over = len(api.calls)
        await asyncio.sleep(1.5)
        assert pollers(api, taken_over) == {standby}  # the old leader stands by now
        await answered_once(api, range(2000, 2010))

        # The new leader stops cleanly: the old one, waiting since, polls again.
        running[standby].stop.set()
        await asyncio.wait_for(running[standby].task, 15)
        mark = len(api.calls)
        await api.wait_for(lambda _: leader in pollers(api, mark), 10)
        await answered_once(api, range(3000, 3010))
    assert api.conflicts == 0


async def test_without_a_lease_two_front_ends_would_both_poll(
    pg_service: Concierge, config: TelegramConfig, api: FakeBotApi
) -> None:
    # What the lease prevents, shown on the emulated server: Telegram's 409 Conflict.
    tasks, stops = [], []
    for name in ("a", "b"):
        own = replace(config, api_base_url=api.url_for(name))
        stop = asyncio.Event()
        stops.append(stop)
        tasks.append(asyncio.create_task(run_telegram(pg_service, own, stop)))
    try:
        await api.wait_for(lambda _: pollers(api) == {"a", "b"} and api.conflicts, 10)
    finally:
        for stop in stops:
            stop.set()
        for task in tasks:
            await asyncio.wait_for(task, 15)
