"""Telegram on PostgreSQL while the database is away: a short apology, then answers again."""

from __future__ import annotations

import logging

import pytest

from adapters.telegram.app import TelegramConfig
from adapters.telegram.handlers import APOLOGY
from core.chat.service import build_concierge
from core.store.postgres.store import PostgresStore
from tests.conftest import FakeClock
from tests.pgproxy import Relay
from tests.telegram.conftest import ALICE, ALICE_CHAT, running
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_flows import said

pytestmark = pytest.mark.postgres_only


async def test_a_message_while_the_database_is_away_gets_a_short_apology(
    pg_url: str,
    config: TelegramConfig,
    api: FakeBotApi,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    relay = Relay()
    await relay.up()
    store = await PostgresStore.open(relay.url(pg_url), patience=0.5)
    try:
        service = await build_concierge(store, clock)
        async with running(service, config, api):
            api.send_text(ALICE_CHAT, ALICE, "/add senior backend engineer python")
            await said(api, 111, "Saved search #1")
            await relay.down()
            api.send_text(ALICE_CHAT, ALICE, "/list")
            await said(api, 111, APOLOGY)
            await relay.up()
            api.send_text(ALICE_CHAT, ALICE, "/list")
            await said(api, 111, "Your saved searches")
    finally:
        await relay.down()
        await store.close()
    # The message during the outage got the apology only: nothing acted on it without its
    # chat's state; the one after it got its answer.
    assert api.texts(111)[2:3] == [APOLOGY]
    assert [t for t in api.texts(111) if "Your saved searches" in t] == api.texts(111)[3:]
    assert len(api.texts(111)) == 4
    # Each failure is a line of its own, no traceback: the database being away is no bug.
    # (asyncpg's pool logs its own with one; `concierge run` folds it, bot/logs.py.)
    ours = [r for r in caplog.records if not r.name.startswith("asyncpg")]
    assert not [r for r in ours if r.exc_info and r.levelno >= logging.WARNING]
