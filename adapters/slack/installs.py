"""Slack for many workspaces: slack_sdk's installation and OAuth state stores over our database."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from slack_bolt.error import BoltError
from slack_sdk.errors import SlackTokenRotationError
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from core.errors import StoreError

log = logging.getLogger(__name__)

# The Web API client of a workspace (by team id), or None when the app is not installed there.
ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]
STATE_SECONDS = 600  # an OAuth flow must come back from Slack within ten minutes
ROTATE_MINUTES = 120  # a rotating token is refreshed this long before it expires (Bolt's default)


class InstallRecords(Protocol):
    """The store's Slack installation and OAuth state queries (SqliteStore has them)."""

    async def save_slack_install(
        self, team_id: str, enterprise_id: str, data_json: str, now: datetime
    ) -> None:
        """Keep a workspace's latest installation and resume what its removal paused."""

    async def slack_install(self, team_id: str, enterprise_id: str | None = None) -> str | None:
        """A workspace's installation as stored, or None."""

    async def delete_slack_install(self, team_id: str, enterprise_id: str | None = None) -> None:
        """Forget a workspace's tokens and pause its subscribers."""

    async def add_slack_state(self, state: str, expires_at: datetime) -> None:
        """Remember an OAuth flow's state until it expires."""

    async def use_slack_state(self, state: str, now: datetime) -> bool:
        """True once for a state issued and not yet expired."""


def _now() -> datetime:
    return datetime.now(UTC)


class DatabaseInstallationStore(AsyncInstallationStore):
    """One installation per workspace (the latest); removing it pauses the workspace."""

    def __init__(self, records: InstallRecords) -> None:
        """Keep installations in these records."""
        self._records = records

    @property
    def logger(self) -> logging.Logger:
        """The logger slack_sdk expects of a store."""
        return log

    async def async_save(self, installation: Installation) -> None:
        """Keep the installation (its tokens are never logged)."""
        try:
            await self._records.save_slack_install(
                installation.team_id or "",
                installation.enterprise_id or "",
                json.dumps(installation.__dict__),
                _now(),
            )
        except StoreError as exc:  # Bolt shows its "storage_error" page for a BoltError
            raise BoltError(f"could not keep the installation: {exc}") from exc
        log.info("Slack app installed in workspace %s", installation.team_id)

    async def async_save_bot(self, bot: Bot) -> None:
        """Keep a rotated bot token (with its refresh token and expiry) in the installation."""
        data = await self._records.slack_install(bot.team_id or "", bot.enterprise_id)
        if data is None:  # uninstalled meanwhile: nothing to refresh
            return
        installation = json.loads(data)
        installation.update(
            bot_token=bot.bot_token,
            bot_refresh_token=bot.bot_refresh_token,
            bot_token_expires_at=bot.bot_token_expires_at,
        )
        await self.async_save(Installation(**installation))

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """The workspace's installation; None for another installer's user id."""
        data = await self._records.slack_install(team_id or "", enterprise_id)
        if data is None:
            return None
        installation = Installation(**json.loads(data))
        if user_id is not None and user_id != installation.user_id:
            return None
        return installation

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        """The workspace's bot token and ids."""
        installation = await self.async_find_installation(
            enterprise_id=enterprise_id, team_id=team_id
        )
        if installation is None or not installation.bot_token:
            return None
        return installation.to_bot()

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """The bot token was revoked: forget the workspace's tokens, pause its subscribers."""
        await self._records.delete_slack_install(team_id or "", enterprise_id)
        log.info("Slack tokens of workspace %s deleted; its subscribers paused", team_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """The app was uninstalled: the same as a revoked bot token, done once."""
        await self.async_delete_bot(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        """Forget the workspace; a user's revoked token alone leaves the bot's (none kept)."""
        if user_id is None:
            await self.async_delete_bot(enterprise_id=enterprise_id, team_id=team_id)


class DatabaseStateStore(AsyncOAuthStateStore):
    """OAuth states that are random, used once, and expire."""

    def __init__(self, records: InstallRecords, expiration_seconds: int = STATE_SECONDS) -> None:
        """Keep states in these records for expiration_seconds."""
        self._records = records
        self._lifetime = timedelta(seconds=expiration_seconds)

    @property
    def logger(self) -> logging.Logger:
        """The logger slack_sdk expects of a store."""
        return log

    async def async_issue(self, *args: object, **kwargs: object) -> str:
        """A new state for one install attempt."""
        state = secrets.token_urlsafe(24)
        await self._records.add_slack_state(state, _now() + self._lifetime)
        return state

    async def async_consume(self, state: str) -> bool:
        """True once for a state this store issued that has not expired."""
        if not state:
            return False
        valid = await self._records.use_slack_state(state, _now())
        if not valid:
            log.warning("refused a Slack OAuth callback: unknown, used or expired state")
        return valid


class WorkspaceClients:
    """A Web API client per installed workspace, with that workspace's bot token."""

    def __init__(
        self,
        installs: AsyncInstallationStore,
        make: Callable[[str], AsyncWebClient],
        rotator: AsyncTokenRotator | None = None,
    ) -> None:
        """Look tokens up in installs; make builds a client for a token.

        rotator: refreshes a token that carries a refresh token before it expires (as Bolt does).
        """
        self._installs = installs
        self._make = make
        self._rotator = rotator
        self._clients: dict[str, AsyncWebClient] = {}  # by team id
        self._rotating: dict[str, asyncio.Lock] = {}  # one refresh at a time per workspace

    async def __call__(self, team_id: str) -> AsyncWebClient | None:
        """The workspace's client, or None when the app is not installed there."""
        lock = self._rotating.setdefault(team_id, asyncio.Lock())
        async with lock:
            bot = await self._installs.async_find_bot(enterprise_id=None, team_id=team_id)
            if bot is not None and bot.bot_refresh_token and self._rotator is not None:
                bot = await self._rotated(bot)
        if bot is None or not bot.bot_token:
            return None
        client = self._clients.get(team_id)
        if client is None or client.token != bot.bot_token:  # a reinstall brings a new token
            client = self._clients[team_id] = self._make(bot.bot_token)
        return client

    async def _rotated(self, bot: Bot) -> Bot:
        """The bot with a fresh token (kept) when its token expires within ROTATE_MINUTES.

        When Slack refuses the refresh, the current token is used while it lasts.
        """
        assert self._rotator is not None
        try:
            fresh = await self._rotator.perform_bot_token_rotation(
                bot=bot, minutes_before_expiration=ROTATE_MINUTES
            )
        except SlackTokenRotationError as exc:
            log.warning(
                "refreshing the Slack token of workspace %s failed: %s",
                bot.team_id,
                exc.api_error.response.get("error"),
            )
            return bot
        if fresh is None:
            return bot
        await self._installs.async_save_bot(fresh)
        log.info("Slack token of workspace %s refreshed", bot.team_id)
        return fresh


def one_client(client: AsyncWebClient) -> ClientFor:
    """Single-workspace mode: the same client (SLACK_BOT_TOKEN) for every workspace."""

    async def client_for(team_id: str) -> AsyncWebClient | None:
        return client

    return client_for
