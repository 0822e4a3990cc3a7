"""The Slack adapter's entry points: build the Bolt app, run it in Socket Mode or over HTTP."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.config import SlackConfig, check_config
from adapters.slack.home import HomePublisher
from adapters.slack.installs import (
    ROTATE_MINUTES,
    ClientFor,
    DatabaseInstallationStore,
    DatabaseStateStore,
    InstallRecords,
    WorkspaceClients,
    one_client,
)
from adapters.slack.listeners import Inflight, Listeners
from adapters.slack.notifier import SlackNotifier
from adapters.slack.verify import RequestGate, UsedRequests, Verdict
from core.api import Concierge
from core.errors import ConfigError, StoreError

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
# The bot scopes an OAuth install asks for: those of manifest.yaml.
SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "files:read",
    "files:write",
    "im:history",
    "im:write",
    "users:read",
)
DRAIN_SECONDS = 10.0


def make_client(
    config: SlackConfig, rate_limit_retries: int = 2, token: str | None = None
) -> AsyncWebClient:
    """A Web API client with slack_sdk's retry handlers for rate limits and connection errors.

    token: a workspace's bot token (many workspaces); by default SLACK_BOT_TOKEN.
    """
    handlers = [
        AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
    ]
    token = token or config.bot_token
    if config.api_url:
        return AsyncWebClient(token=token, base_url=config.api_url, retry_handlers=handlers)
    return AsyncWebClient(token=token, retry_handlers=handlers)


def workspace_clients(config: SlackConfig, installs: InstallRecords | None) -> ClientFor:
    """Each workspace's client: its installation's bot token, or the one SLACK_BOT_TOKEN."""
    if not config.many_workspaces:
        return one_client(make_client(config))
    if installs is None:
        raise ConfigError("Slack OAuth (SLACK_CLIENT_ID) needs the database's installation store")
    store = DatabaseInstallationStore(installs)
    return WorkspaceClients(store, lambda token: make_client(config, token=token), _rotator(config))


def _rotator(config: SlackConfig) -> AsyncTokenRotator:
    """Refreshes rotating tokens through oauth.v2.access at SLACK_API_URL (Slack's by default)."""
    return AsyncTokenRotator(
        client_id=config.client_id or "",
        client_secret=config.client_secret or "",
        client=make_client(config, token=""),
    )


def build_notifier(config: SlackConfig, installs: InstallRecords | None = None) -> SlackNotifier:
    """A notifier for digests; run_slack wires it to refresh Home tabs when given to it."""
    return SlackNotifier(workspace_clients(config, installs))


def _oauth_settings(config: SlackConfig, installs: InstallRecords) -> AsyncOAuthSettings:
    """Bolt's OAuth flow over our database: /slack/install and /slack/oauth_redirect."""
    settings = AsyncOAuthSettings(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=list(SCOPES),
        redirect_uri=config.redirect_uri,
        installation_store=DatabaseInstallationStore(installs),
        installation_store_bot_only=True,
        state_store=DatabaseStateStore(installs),
        # Tokens of apps with token rotation on are refreshed this long before they expire.
        token_rotation_expiration_minutes=ROTATE_MINUTES,
    )
    # Bolt's own rotator would call slack.com whatever SLACK_API_URL says.
    settings.authorize.token_rotator = _rotator(config)  # type: ignore[attr-defined]
    return settings


class SlackBot:
    """The Bolt app with its listeners, Home publisher and in-flight work."""

    def __init__(
        self,
        service: Concierge,
        config: SlackConfig,
        installs: InstallRecords | None = None,
        used: UsedRequests | None = None,
    ) -> None:
        """Build the app; request signature verification always stays on.

        installs: the database's installation records, needed for many workspaces (OAuth).
        used: the database's memory of requests taken, shared by every replica (HTTP mode).
        """
        self.config = config
        self.used = used
        self.client = make_client(config)
        self.home = HomePublisher(service, workspace_clients(config, installs))
        self.inflight = Inflight()
        oauth = _oauth_settings(config, installs) if installs and config.many_workspaces else None
        self.app = AsyncApp(
            client=self.client,
            signing_secret=config.signing_secret or "",
            request_verification_enabled=True,
            oauth_settings=oauth,
            name="job-concierge",
        )
        if oauth is not None:
            # app_uninstalled and tokens_revoked delete the workspace's tokens (and pause it).
            self.app.enable_token_revocation_listeners()
        Listeners(service, self.home, self.inflight).register(self.app)

    def attach(self, notifier: SlackNotifier) -> None:
        """Let delivered digests refresh the recipient's Home tab."""
        notifier.on_delivered = self.home.refresh


def build_app(
    service: Concierge, config: SlackConfig, installs: InstallRecords | None = None
) -> AsyncApp:
    """The Bolt AsyncApp with every Job Concierge listener."""
    return SlackBot(service, config, installs).app


_REFUSALS = {
    Verdict.FORGED: (401, "invalid signature", "refused a Slack request without a valid signature"),
    Verdict.REPLAYED: (200, "", "ignored a replayed Slack request (already handled)"),
    Verdict.BUSY: (503, "busy", "refused a Slack request: too many in the replay window"),
}


# What Bolt raises while reading a body that is not shaped like Slack's (a list, deep nesting…).
_UNREADABLE = (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError)


class SlackHttpServer:
    """Bolt behind an aiohttp server at /slack/events (HTTP mode)."""

    def __init__(self, bot: SlackBot, host: str, port: int) -> None:
        """Serve this bot on host:port (port 0 picks a free one)."""
        self._bot = bot
        self._gate = RequestGate(bot.config.signing_secret or "", used=bot.used)
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self.port = port

    async def _handle(self, request: web.Request) -> web.Response:
        """Check the raw request, then let Bolt parse and dispatch it (Bolt verifies again)."""
        body = await request.read()
        try:
            verdict = await self._gate.check(body, request.headers)
        except StoreError as exc:  # Slack retries what it could not deliver
            log.warning("refused a Slack request: %s", exc)
            return web.Response(status=503, text="busy")
        if verdict is not Verdict.ACCEPT:
            status, text, line = _REFUSALS[verdict]
            log.warning(line)
            return web.Response(status=status, text=text)
        try:
            bolt_request = AsyncBoltRequest(
                body=body.decode(),
                query=request.query_string,
                headers=request.headers,  # type: ignore[arg-type]
            )
        except _UNREADABLE as exc:  # signed, yet not the JSON or form Slack sends
            log.warning("refused a malformed Slack request: %s", type(exc).__name__)
            return web.Response(status=400, text="malformed request")
        bolt_response = await self._bot.app.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    async def _install(self, request: web.Request) -> web.Response:
        """The install page: a fresh state, in the database and in the browser's cookie."""
        flow = self._bot.app.oauth_flow
        assert flow is not None
        response = await flow.handle_installation(_browser_request(request))
        return await to_aiohttp_response(response)

    async def _redirect(self, request: web.Request) -> web.Response:
        """Slack's redirect back: Bolt checks the state, then keeps the installation."""
        flow = self._bot.app.oauth_flow
        assert flow is not None
        response = await flow.handle_callback(_browser_request(request))
        return await to_aiohttp_response(response)

    async def start(self) -> int:
        """Start listening; return the bound port."""
        web_app = web.Application(client_max_size=1024**2)
        web_app.router.add_post(EVENTS_PATH, self._handle)
        flow = self._bot.app.oauth_flow
        if flow is not None:  # browsers, not Slack, call these: no request signature
            web_app.router.add_get(flow.install_path, self._install)
            web_app.router.add_get(flow.redirect_uri_path, self._redirect)
        self._runner = web.AppRunner(web_app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        addresses = self._runner.addresses
        self.port = int(addresses[0][1]) if addresses else self._port
        log.info("Slack HTTP mode listening on %s:%d%s", self._host, self.port, EVENTS_PATH)
        return self.port

    async def stop(self, drain: float = DRAIN_SECONDS) -> None:
        """Stop taking requests, let acknowledged work finish, then close."""
        if self._runner is not None:
            await self._runner.shutdown()
        await self._bot.inflight.drain(drain)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def _browser_request(request: web.Request) -> AsyncBoltRequest:
    """A browser's GET (query and cookie) as Bolt reads it."""
    return AsyncBoltRequest(
        body="",
        query=request.query_string,
        headers=request.headers,  # type: ignore[arg-type]
    )


SOCKET_CHECK_SECONDS = 1.0
SOCKET_LOST = "Socket Mode connection lost; reconnecting"


async def _watch_socket(
    handler: AsyncSocketModeHandler,
    on_ready: Callable[[], Awaitable[None]] | None,
    on_lost: Callable[[str], Awaitable[None]] | None,
) -> None:
    """Report each drop and return of the Socket Mode connection (slack_sdk reconnects itself)."""
    connected = True
    while True:
        await asyncio.sleep(SOCKET_CHECK_SECONDS)
        now = bool(await handler.client.is_connected())
        if now == connected:
            continue
        connected = now
        log.warning("Slack Socket Mode %s", "reconnected" if now else "disconnected")
        if now and on_ready is not None:
            await on_ready()
        elif not now and on_lost is not None:
            await on_lost(SOCKET_LOST)


async def run_slack(
    service: Concierge,
    config: SlackConfig,
    stop: asyncio.Event,
    notifier: SlackNotifier | None = None,
    on_ready: Callable[[], Awaitable[None]] | None = None,
    on_lost: Callable[[str], Awaitable[None]] | None = None,
    installs: InstallRecords | None = None,
    used: UsedRequests | None = None,
) -> None:
    """Run Slack until stop is set: Socket Mode with an app token, else HTTP mode.

    In Socket Mode on_lost gets why while the connection is down, on_ready once it is back.
    used: the database's memory of requests taken, so replicas refuse each other's replays.
    """
    check_config(config)
    bot = SlackBot(service, config, installs, used)
    if notifier is not None:
        bot.attach(notifier)
    if config.app_token:
        handler = AsyncSocketModeHandler(bot.app, config.app_token)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("Slack Socket Mode connected")
        watching = asyncio.create_task(_watch_socket(handler, on_ready, on_lost))
        try:
            if on_ready is not None:
                await on_ready()
            await stop.wait()
        finally:
            watching.cancel()
            await handler.disconnect_async()  # type: ignore[no-untyped-call]
            await bot.inflight.drain(DRAIN_SECONDS)
            await handler.close_async()  # type: ignore[no-untyped-call]
            log.info("Slack Socket Mode closed")
        return
    server = SlackHttpServer(bot, config.host, config.port)
    try:
        await server.start()  # inside: a port already taken still closes what was set up
        if on_ready is not None:
            await on_ready()
        await stop.wait()
    finally:
        await server.stop()
        log.info("Slack HTTP mode stopped")
