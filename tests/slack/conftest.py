"""Fixtures: a real store and service, the fake Web API, and the Bolt app on a real port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from adapters.slack.app import SlackBot, SlackConfig, SlackHttpServer
from core.chat.service import Concierge, build_concierge
from core.clock import SystemClock
from core.model import Posting
from core.store.sqlite import SqliteStore
from tests.slack.fake_web_api import FakeSlackApi, SlackSender

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"

POSTINGS = [
    Posting(
        id="p1",
        title="Senior Backend Engineer (Python)",
        company="Acme & Sons",
        location="Berlin",
        workplace="remote",
        url="https://jobs.example/p1",
        tags=("python", "postgresql"),
        description="Build Python microservices on AWS with PostgreSQL and Kafka.",
    ),
    Posting(
        id="p2",
        title="Sr. Back-End Developer (Python/Django)",
        company="Globex",
        location="London",
        url="https://jobs.example/p2",
        description="Django, PostgreSQL, Docker, Kubernetes.",
    ),
    Posting(
        id="p3",
        title="Civil Engineer",
        company="Bridges Ltd",
        location="Leeds",
        url="https://jobs.example/p3",
        description="Design bridges and roads.",
    ),
]


@pytest.fixture
async def concierge(tmp_path: Path) -> AsyncIterator[Concierge]:
    store = await SqliteStore.open(tmp_path / "t.db")
    service = await build_concierge(store, SystemClock())
    await service.intake.record(POSTINGS)
    yield service
    await store.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlackApi]:
    api = FakeSlackApi(admins={"UADMIN"})
    await api.start()
    yield api
    await api.close()


@pytest.fixture
def config(fake: FakeSlackApi) -> SlackConfig:
    return SlackConfig(
        bot_token=TOKEN, signing_secret=SECRET, port=0, api_url=fake.api_url, host="127.0.0.1"
    )


@pytest.fixture
async def bot(concierge: Concierge, config: SlackConfig) -> SlackBot:
    return SlackBot(concierge, config)


@pytest.fixture
async def slack(bot: SlackBot, fake: FakeSlackApi) -> AsyncIterator[SlackSender]:
    server = SlackHttpServer(bot, "127.0.0.1", 0)
    port = await server.start()
    async with aiohttp.ClientSession() as session:
        yield SlackSender(session, f"http://127.0.0.1:{port}/slack/events", SECRET, fake)
    await server.stop(drain=5)
