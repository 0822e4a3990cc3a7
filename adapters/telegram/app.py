"""Start-up and shutdown: build the PTB application, register the menu, poll or serve a webhook."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import re
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, Defaults

from adapters.telegram.config import TelegramConfig
from adapters.telegram.handlers import Handlers
from adapters.telegram.liveness import OnChange, PollingWatch, log_polling_error
from adapters.telegram.notifier import TelegramNotifier
from adapters.telegram.persistence import ChatStates, StorePersistence
from adapters.telegram.polling import Lease, poll
from adapters.telegram.updates import PerChatProcessor
from adapters.telegram.webhook import WebhookServer
from core.api import Concierge, menu
from core.errors import PlatformError

log = logging.getLogger(__name__)

__all__ = ["TelegramConfig", "TelegramNotifier", "build_application", "run_telegram"]

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
DEFAULT_API_URL = "https://api.telegram.org/bot"  # PTB's default base_url
_COMMAND_NAME_RE = re.compile(r"^[a-z0-9_]{1,32}$")


def build_application(
    service: Concierge, config: TelegramConfig, states: ChatStates | None = None
) -> Application:  # type: ignore[type-arg]
    """The PTB application: rate limiting, HTML defaults, per-chat ordered concurrent updates.

    states: the store's per-chat state, where guided flows and chat data are then kept, so
    that any process serving the bot continues them (webhook replicas, a polling standby).
    """
    config.check()
    # PTB 22's opt-in to timedelta time periods; without it every RetryAfter warns.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    builder = (
        Application.builder()
        .token(config.token)
        .rate_limiter(AIORateLimiter(max_retries=config.rate_limit_retries))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        # Different people's updates run side by side; each chat's keep their order.
        .concurrent_updates(processor := PerChatProcessor())
        .get_updates_request(watch := PollingWatch())
    )
    persistence = None if states is None else StorePersistence(states, config.flow_timeout)
    if persistence is not None:
        builder = builder.persistence(persistence)
    if config.api_base_url:
        base = config.api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(_file_url(base))
    application = builder.build()
    application.bot_data[PollingWatch] = watch  # run_telegram tells it where to report
    processor.after_each = Handlers(service, config.flow_timeout, persistence).register(application)
    return application


async def run_telegram(
    service: Concierge,
    config: TelegramConfig,
    stop: asyncio.Event,
    application: Application | None = None,  # type: ignore[type-arg]
    on_ready: Callable[[], Awaitable[None]] | None = None,
    on_lost: Callable[[str], Awaitable[None]] | None = None,
    *,
    lease: Lease | None = None,
) -> None:
    """Run the bot in the current event loop until stop is set, then shut down cleanly.

    While polling fails on_lost gets why; on_ready is called again once it works again.
    With a lease (several processes on one database) only its holder polls; the others stand by
    and still send messages.

    Raises PlatformError, in one line without the token, when Telegram cannot be used.
    """
    config.check()
    app = application or build_application(service, config)
    try:
        async with app:
            await register_commands(app)
            await app.start()
            server: WebhookServer | None = None
            try:
                if config.webhook_url:
                    server = await _start_webhook(app, config)
                    log.info("Telegram bot @%s is running", app.bot.username)
                    if on_ready is not None:
                        await on_ready()
                    await stop.wait()
                else:
                    _watch(app, on_ready, on_lost)
                    updater = app.updater
                    assert updater is not None
                    start = functools.partial(
                        updater.start_polling,
                        timeout=config.poll_timeout,
                        allowed_updates=ALLOWED_UPDATES,
                        error_callback=log_polling_error,
                    )
                    await poll(app, start, stop, lease, on_ready)
            finally:
                if server is not None:
                    await server.stop()
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                await app.stop()
    except InvalidToken:
        # PTB's message quotes the token: drop it and its chain.
        refused = "Telegram refused TELEGRAM_BOT_TOKEN, check it with @BotFather"
        raise PlatformError(refused) from None
    except NetworkError as exc:
        where = config.api_base_url or DEFAULT_API_URL
        raise PlatformError(
            f"cannot reach Telegram at {where}, check the network or TELEGRAM_API_BASE_URL"
        ) from exc
    finally:
        await app.bot.shutdown()  # a failed start leaves PTB's HTTP clients open


def _watch(
    application: Application,  # type: ignore[type-arg]
    on_ready: Callable[[], Awaitable[None]] | None,
    on_lost: Callable[[str], Awaitable[None]] | None,
) -> None:
    """Pass changes of polling's state on: a failure to on_lost, a recovery to on_ready."""
    watch = application.bot_data.get(PollingWatch)
    if not isinstance(watch, PollingWatch):
        return

    async def changed(failing: str) -> None:
        if failing and on_lost is not None:
            await on_lost(failing)
        elif not failing and on_ready is not None:
            await on_ready()

    on_change: OnChange = changed
    watch.on_change = on_change


async def register_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Put the core's commands in Telegram's command menu; a failure here is not fatal."""
    commands = [
        BotCommand(name, description[:256])
        for name, description in menu()
        if _COMMAND_NAME_RE.match(name) and description
    ]
    try:
        await application.bot.set_my_commands(commands)
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc)


async def _start_webhook(application: Application, config: TelegramConfig) -> WebhookServer:  # type: ignore[type-arg]
    """Listen for updates, then tell Telegram where to send them and with which secret."""
    assert config.webhook_url and config.webhook_secret
    path = urlsplit(config.webhook_url).path or "/"
    server = WebhookServer(
        application, config.webhook_secret, config.webhook_listen, config.webhook_port, path
    )
    await server.start()
    try:
        await application.bot.set_webhook(
            config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
        )
    except BaseException:
        await server.stop()
        raise
    return server


def _file_url(base_url: str) -> str:
    """The file URL of a self-hosted Bot API server, next to its /bot endpoint."""
    return base_url[: -len("/bot")] + "/file/bot" if base_url.endswith("/bot") else base_url
