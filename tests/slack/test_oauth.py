"""Slack for many workspaces: OAuth installs over real HTTP, one bot token per workspace."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
import yaml

from adapters.slack.app import SCOPES, SlackBot, SlackHttpServer, build_notifier
from adapters.slack.config import SlackConfig, check_config
from adapters.slack.identity import channel_key, user_key
from bot.config import load_settings
from bot.redaction import Redactor
from core.chat.replies import Text
from core.chat.service import Concierge, build_concierge
from core.clock import SystemClock
from core.errors import ConfigError, DeliveryError
from core.store.sqlite import SqliteStore
from tests.slack.conftest import POSTINGS, SECRET
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.test_e2e import QUERY, run
from tests.slack.test_modal_manifest import MANIFEST

COOKIE = "slack-app-oauth-state"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = await SqliteStore.open(tmp_path / "t.db")
    yield opened
    await opened.close()


@pytest.fixture
def oauth_config(fake: FakeSlackApi) -> SlackConfig:
    return SlackConfig(
        bot_token=None,
        signing_secret=SECRET,
        port=0,
        api_url=fake.api_url,
        host="127.0.0.1",
        client_id="111.222",
        client_secret="client-secret",
    )


@pytest.fixture
async def server(
    store: SqliteStore, oauth_config: SlackConfig
) -> AsyncIterator[tuple[str, Concierge]]:
    service = await build_concierge(store, SystemClock())
    await service.intake.record(POSTINGS)
    http = SlackHttpServer(SlackBot(service, oauth_config, store), "127.0.0.1", 0)
    port = await http.start()
    yield f"http://127.0.0.1:{port}", service
    await http.stop(drain=5)


@pytest.fixture
async def browser() -> AsyncIterator[aiohttp.ClientSession]:
    # unsafe: keep cookies for an IP address (127.0.0.1), as a browser does.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        yield session


async def install_page(browser: aiohttp.ClientSession, base: str) -> str:
    """Open the install page: the state in its "Add to Slack" link, equal to its cookie's."""
    async with browser.get(f"{base}/slack/install") as page:
        assert page.status == 200
        state = re.search(r"state=([\w-]+)", await page.text())
        assert state is not None and page.cookies[COOKIE].value == state[1]
        # The cookie is Secure; a browser sends it back over HTTPS, this test over loopback.
        assert page.cookies[COOKIE]["secure"]
    return state[1]


async def callback(
    browser: aiohttp.ClientSession, base: str, query: str, cookie: str | None = None
) -> tuple[int, str]:
    """Slack's redirect back to the app, with the browser's state cookie when given."""
    headers = {"Cookie": f"{COOKIE}={cookie}"} if cookie is not None else {}
    async with browser.get(f"{base}/slack/oauth_redirect?{query}", headers=headers) as response:
        return response.status, await response.text()


async def install(browser: aiohttp.ClientSession, base: str, team: str) -> tuple[int, str]:
    """Install the app in a workspace: the install page, then Slack's redirect with a code."""
    state = await install_page(browser, base)
    return await callback(browser, base, f"code=code-{team}&state={state}", state)


async def uninstalled(store: SqliteStore, team: str) -> None:
    """Wait until Bolt's listener (run after the ack) has forgotten the workspace."""
    async with asyncio.timeout(10):
        # It leaves no other trace to wait on than the database itself.
        while await store.slack_install(team) is not None:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def test_two_workspaces_each_served_with_their_own_token(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
    oauth_config: SlackConfig,
) -> None:
    base, _ = server
    for team in ("TA", "TB"):
        status, _ = await install(browser, base, team)
        assert status == 200
    token = {team: t for t, team in fake.teams.items()}
    assert set(token) == {"TA", "TB"} and await store.slack_install("TA") is not None

    slack = SlackSender(browser, f"{base}/slack/events", SECRET, fake)
    for team in ("TA", "TB"):  # in a channel the bot asks users.info who is an admin
        added = await run(slack, fake, f"add {QUERY}", team=team, channel="C1", user="UADMIN")
        assert "Saved" in str(added), added
        await slack.event({"type": "app_home_opened", "user": "U1", "tab": "home"}, team=team)
    for team in ("TA", "TB"):
        assert [c.token for c in fake.calls_to("users.info")].count(token[team]) == 1
        await fake.wait_for("views.publish", where=lambda c, t=token[team]: c.token == t)

    notifier = build_notifier(oauth_config, store)
    for team in ("TA", "TB"):
        await notifier.deliver(channel_key(team, "C1"), (Text(f"Digest for {team}"),))
        posts = fake.calls_to("chat.postMessage")
        assert posts[-1].token == token[team] and posts[-1].args["text"] == f"Digest for {team}"

    fake.revoke("TA")  # Slack revokes the tokens, then tells the app
    status, _ = await slack.event({"type": "app_uninstalled"}, team="TA")
    assert status == 200
    await uninstalled(store, "TA")
    paused = await store.subscriber(channel_key("TA", "C1"), datetime.now(UTC))
    assert "removed" in paused.settings.delivery_paused
    assert len(await store.searches(paused.id)) == 1  # data kept
    with pytest.raises(DeliveryError) as refused:
        await notifier.deliver(channel_key("TA", "C1"), (Text("x"),))
    assert refused.value.permanent

    other = await store.subscriber(channel_key("TB", "C1"), datetime.now(UTC))
    assert not other.settings.delivery_paused
    listed = await run(slack, fake, "list", team="TB", channel="C1", user="UADMIN")
    assert "senior backend" in str(listed).lower()
    await notifier.deliver(user_key("TB", "U1"), (Text("still here"),))
    assert fake.calls_to("chat.postMessage")[-1].token == token["TB"]

    status, _ = await install(browser, base, "TA")  # reinstalled: deliveries resume
    assert status == 200
    resumed = await store.subscriber(channel_key("TA", "C1"), datetime.now(UTC))
    assert not resumed.settings.delivery_paused
    await notifier.deliver(channel_key("TA", "C1"), (Text("back"),))
    assert fake.calls_to("chat.postMessage")[-1].token not in ("", token["TA"])


async def test_revoked_bot_token_forgets_the_workspace(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
) -> None:
    base, _ = server
    await install(browser, base, "TA")
    slack = SlackSender(browser, f"{base}/slack/events", SECRET, fake)
    await run(slack, fake, f"add {QUERY}", team="TA", channel="D1", user="U1")
    fake.revoke("TA")
    event = {"type": "tokens_revoked", "tokens": {"bot": ["UBOT"]}}
    status, _ = await slack.event(event, team="TA")
    assert status == 200
    await uninstalled(store, "TA")
    subscriber = await store.subscriber(user_key("TA", "U1"), datetime.now(UTC))
    assert subscriber.settings.delivery_paused


@pytest.mark.parametrize(
    ("query", "cookie", "status", "reason"),
    [
        ("code=code-TX", None, 400, "invalid_browser"),  # state missing
        ("code=code-TX&state=forged", "forged", 401, "invalid_state"),  # never issued
        ("code=code-TX&state=", "", 401, "invalid_state"),  # empty
    ],
)
async def test_a_callback_without_a_valid_state_stores_nothing(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
    query: str,
    cookie: str | None,
    status: int,
    reason: str,
) -> None:
    base, _ = server
    answered, page = await callback(browser, base, query, cookie)
    assert answered == status and reason in page
    assert fake.calls_to("oauth.v2.access") == []
    assert await store.slack_install("TX") is None


async def test_a_code_slack_does_not_know_stores_nothing(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
) -> None:
    base, _ = server
    state = await install_page(browser, base)
    status, page = await callback(browser, base, f"code=forged&state={state}", state)
    assert status == 401 and "invalid_code" in page
    assert fake.teams == {} and await store.slack_install("forged") is None


async def test_a_reused_state_is_refused(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
) -> None:
    base, _ = server
    state = await install_page(browser, base)
    assert (await callback(browser, base, f"code=code-TA&state={state}", state))[0] == 200
    status, page = await callback(browser, base, f"code=code-TX&state={state}", state)  # replayed
    assert status == 401 and "invalid_state" in page
    assert len(fake.calls_to("oauth.v2.access")) == 1
    assert await store.slack_install("TX") is None


async def test_an_expired_state_is_refused(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
) -> None:
    base, _ = server
    await store.add_slack_state("old-state", datetime.now(UTC) - timedelta(seconds=1))
    status, page = await callback(browser, base, "code=code-TX&state=old-state", "old-state")
    assert status == 401 and "invalid_state" in page
    assert fake.calls_to("oauth.v2.access") == []
    assert await store.slack_install("TX") is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"client_secret": None}, "SLACK_CLIENT_SECRET"),
        ({"bot_token": "xoxb-1"}, "not both"),
        ({"app_token": "xapp-1"}, "HTTP mode"),
    ],
)
def test_oauth_settings_that_cannot_work_are_refused(
    oauth_config: SlackConfig, changes: dict[str, str | None], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        check_config(replace(oauth_config, **changes))


def test_settings_select_many_workspaces_and_hide_the_client_secret() -> None:
    env = {"SLACK_CLIENT_ID": "111.222", "SLACK_CLIENT_SECRET": "cs-9", "SLACK_SIGNING_SECRET": "s"}
    settings = load_settings(env)
    assert settings.platforms == ("slack",)
    assert "cs-9" not in repr(settings) and "cs-9" in settings.secrets
    with pytest.raises(ConfigError, match="SLACK_CLIENT_SECRET"):
        load_settings({"SLACK_CLIENT_ID": "111.222"})


def test_rotated_and_refresh_tokens_are_masked_in_logs() -> None:
    line = Redactor().redact("bot xoxb-1-a2 refresh xoxe-1-b3 rotated xoxe.xoxb-1-c4")
    assert "a2" not in line and "b3" not in line and "c4" not in line


def test_an_install_asks_for_the_manifests_bot_scopes() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert set(SCOPES) == set(manifest["oauth_config"]["scopes"]["bot"])


async def test_rotating_tokens_are_refreshed_before_they_expire(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
    oauth_config: SlackConfig,
) -> None:
    base, _ = server
    fake.expires_in = 3600  # within the two hours before expiry in which tokens are refreshed
    for team in ("TA", "TB"):
        assert (await install(browser, base, team))[0] == 200
    first = {team: t for t, team in fake.teams.items()}
    fake.expires_in = 12 * 3600  # Slack's lifetime of a rotating token

    slack = SlackSender(browser, f"{base}/slack/events", SECRET, fake)
    await run(slack, fake, f"add {QUERY}", team="TA", channel="C1", user="UADMIN")
    refreshes = fake.calls_to("oauth.v2.access", status=None)[2:]
    assert [c.args["grant_type"] for c in refreshes] == ["refresh_token"]
    (asked,) = fake.calls_to("users.info")  # Bolt's client uses the fresh token
    assert asked.token.startswith("xoxe.xoxb-TA") and fake.teams[asked.token] == "TA"
    stored = await store.slack_install("TA")
    assert stored is not None and asked.token in stored and first["TA"] not in stored

    notifier = build_notifier(oauth_config, store)  # digests refresh the same way
    await notifier.deliver(channel_key("TB", "C1"), (Text("Digest for TB"),))
    await notifier.deliver(channel_key("TA", "C1"), (Text("Digest for TA"),))
    tokens = [c.token for c in fake.calls_to("chat.postMessage")]
    assert tokens[0].startswith("xoxe.xoxb-TB") and tokens[1] == asked.token
    assert len(fake.calls_to("oauth.v2.access")) == 4  # 2 installs, 1 refresh each, no more
    assert all(fake.calls_to(m)[-1].status == 200 for m in ("users.info", "chat.postMessage"))


async def test_an_expired_token_without_refresh_is_not_used(
    server: tuple[str, Concierge],
    browser: aiohttp.ClientSession,
    fake: FakeSlackApi,
    store: SqliteStore,
    oauth_config: SlackConfig,
) -> None:
    base, _ = server
    fake.expires_in = 3600
    assert (await install(browser, base, "TA"))[0] == 200
    fake.refresh_tokens.clear()  # Slack refuses the refresh
    notifier = build_notifier(oauth_config, store)
    await notifier.deliver(channel_key("TA", "C1"), (Text("still valid"),))
    (posted,) = fake.calls_to("chat.postMessage")
    assert posted.token.startswith("xoxb-TA")  # the current token, while it lasts
