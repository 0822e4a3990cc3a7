"""The Slack adapter's settings, light to import (no Bolt): bot/config.py builds them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import ConfigError


@dataclass(frozen=True)
class SlackConfig:
    """Slack settings: SLACK_BOT_TOKEN or SLACK_CLIENT_ID/SECRET, SLACK_SIGNING_SECRET…"""

    bot_token: str | None
    signing_secret: str | None = None
    app_token: str | None = None
    port: int = 3000
    api_url: str | None = None
    host: str = "0.0.0.0"  # Slack must reach the HTTP endpoint from outside
    client_id: str | None = None  # set with client_secret: OAuth, many workspaces
    client_secret: str | None = None
    redirect_uri: str | None = None

    @property
    def many_workspaces(self) -> bool:
        """True when workspaces install the app through OAuth (no single bot token)."""
        return bool(self.client_id)

    def __repr__(self) -> str:
        """Describe the settings without any secret."""
        mode = "socket" if self.app_token else "http"
        if self.many_workspaces:
            mode += ", oauth"
        where = f"host={self.host}, port={self.port}, api_url={self.api_url}"
        return f"SlackConfig(mode={mode}, {where})"


def check_config(config: SlackConfig) -> None:
    """Refuse settings that cannot work, naming the variable."""
    if config.many_workspaces:
        _check_oauth(config)
    elif not config.bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is required for Slack")
    if config.app_token:
        if not config.app_token.startswith("xapp-"):
            raise ConfigError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
        return
    if not config.signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is required for Slack HTTP mode "
            "(or set SLACK_APP_TOKEN to use Socket Mode)"
        )
    if not 0 <= config.port <= 65535:
        raise ConfigError(f"SLACK_PORT must be a port number, not {config.port}")


def _check_oauth(config: SlackConfig) -> None:
    """Many workspaces: OAuth credentials, over HTTP, and no single bot token."""
    if not config.client_secret:
        raise ConfigError("SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID")
    if config.bot_token:
        raise ConfigError(
            "set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
            "(many workspaces), not both"
        )
    if config.app_token:
        raise ConfigError("Slack OAuth (SLACK_CLIENT_ID) runs in HTTP mode: unset SLACK_APP_TOKEN")
