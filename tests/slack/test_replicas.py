"""HTTP mode as two replicas behind one address, on one database: any replica takes any request."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from adapters.slack.app import SlackBot, SlackConfig, SlackHttpServer
from core.chat.service import build_concierge
from core.clock import SystemClock
from core.store.sqlite import SqliteStore
from tests.conftest import open_test_store
from tests.slack.conftest import POSTINGS, SECRET
from tests.slack.fake_web_api import FakeSlackApi, SlackSender, view_submission
from tests.slack.helpers import texts
from tests.slack.test_e2e import answer, run


@pytest.fixture
async def replicas(
    database_url: str, config: SlackConfig, fake: FakeSlackApi
) -> AsyncIterator[tuple[SlackSender, SlackSender]]:
    """Two processes' HTTP servers, each with its own connection to the one database."""
    stores: list[SqliteStore] = []
    servers: list[SlackHttpServer] = []
    senders: list[SlackSender] = []
    async with aiohttp.ClientSession() as session:
        try:
            for _ in range(2):
                store = await open_test_store(database_url)
                stores.append(store)
                service = await build_concierge(store, SystemClock())
                if len(stores) == 1:
                    await service.intake.record(POSTINGS)
                server = SlackHttpServer(SlackBot(service, config, store, store), "127.0.0.1", 0)
                servers.append(server)
                port = await server.start()
                url = f"http://127.0.0.1:{port}/slack/events"
                senders.append(SlackSender(session, url, SECRET, fake))
            yield senders[0], senders[1]
        finally:
            for server in servers:
                await server.stop(drain=5)
            for store in stores:
                await store.close()


async def test_a_request_replayed_to_the_other_replica_acts_once(
    replicas: tuple[SlackSender, SlackSender], fake: FakeSlackApi
) -> None:
    a, b = replicas
    await run(a, fake, "add senior backend engineer python")
    await run(b, fake, "add golang developer")  # the other replica, the same searches
    body = a.command_form("remove 1", "removal")
    headers = a.signed(body)
    statuses = [await a.send(body, headers), await b.send(body, headers)]
    assert statuses == [200, 200]  # the replay is acknowledged, and ignored
    assert "Removed #1" in texts((await answer(fake, "removal"))["blocks"])
    listed = texts((await run(b, fake, "list"))["blocks"])
    assert '#1 title "developer"' in listed and "#2" not in listed  # removed once, not twice
    removals = [c for c in fake.calls_to("response_url", None) if c.path.endswith("/removal")]
    assert len(removals) == 1


async def test_a_form_opened_through_one_replica_is_submitted_through_the_other(
    replicas: tuple[SlackSender, SlackSender], fake: FakeSlackApi
) -> None:
    a, b = replicas
    name, (status, _) = await a.command("add", channel="D1")
    assert status == 200
    view = (await fake.wait_for("views.open"))[0].args["view"]
    values: dict[str, Any] = {
        "role": {"role": {"value": "data engineer"}},
        "skills": {"skills": {"value": "python, spark"}},
    }
    assert await b.interaction(view_submission(view, values)) == (200, "")
    assert "Saved search #1" in texts((await answer(fake, name))["blocks"])
    listed = texts((await run(a, fake, "list"))["blocks"]).lower()
    assert "data engineer" in listed
    assert json.loads(view["private_metadata"])  # the modal's state is in the view
