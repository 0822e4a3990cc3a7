"""HTTP mode as two replicas behind one address, on one database: any replica takes any request."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from adapters.slack.app import SlackBot, SlackConfig, SlackHttpServer
from core.chat.service import build_concierge
from core.clock import SystemClock
from core.store.sqlite import SqliteStore
from tests.conftest import open_test_store
from tests.slack.conftest import POSTINGS, SECRET
from tests.slack.fake_web_api import FakeSlackApi, SlackSender, sign
from tests.slack.helpers import texts
from tests.slack.test_e2e import answer, run

FORM = "application/x-www-form-urlencoded"


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


async def _post(slack: SlackSender, body: str, headers: dict[str, str]) -> int:
    async with slack.session.post(slack.url, data=body.encode(), headers=headers) as response:
        return response.status


async def test_a_request_replayed_to_the_other_replica_acts_once(
    replicas: tuple[SlackSender, SlackSender], fake: FakeSlackApi
) -> None:
    a, b = replicas
    await run(a, fake, "add senior backend engineer python")
    await run(b, fake, "add golang developer")  # the other replica, the same searches
    form = {
        "team_id": "T1",
        "channel_id": "D1",
        "channel_name": "directmessage",
        "user_id": "U1",
        "command": "/jobs",
        "text": "remove 1",
        "response_url": fake.response_url("removal"),
        "trigger_id": "trigger-removal",
    }
    body = urlencode(form)
    headers = {"Content-Type": FORM, **sign(a.secret, body, int(time.time()))}
    statuses = [await _post(a, body, headers), await _post(b, body, headers)]
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
    submission = {
        "type": "view_submission",
        "team": {"id": "T1"},
        "user": {"id": "U1", "team_id": "T1"},
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": "jc_add_search",
            # Where the answer goes travels with the form itself: no replica keeps it.
            "private_metadata": view["private_metadata"],
            "state": {"values": values},
        },
    }
    assert await b.interaction(submission) == (200, "")
    assert "Saved search #1" in texts((await answer(fake, name))["blocks"])
    listed = texts((await run(a, fake, "list"))["blocks"]).lower()
    assert "data engineer" in listed
    assert json.loads(view["private_metadata"])  # the modal's state is in the view
