"""The Telegram adapter's settings, light to import (no PTB): bot/config.py builds them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import ConfigError

_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def require_https(webhook_url: str) -> None:
    """Refuse a webhook URL Telegram would not post to: it posts updates to https only."""
    if not webhook_url.lower().startswith("https://"):
        raise ConfigError(f"TELEGRAM_WEBHOOK_URL must be an https:// URL, not {webhook_url!r}")


@dataclass(frozen=True)
class TelegramConfig:
    """Settings of the Telegram adapter (TELEGRAM_* environment variables)."""

    token: str
    api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_port: int = 8443
    webhook_listen: str = "0.0.0.0"
    poll_timeout: int = 10
    flow_timeout: float = 600.0
    rate_limit_retries: int = 1

    def __repr__(self) -> str:
        """Everything but the token and the webhook secret."""
        return (
            f"TelegramConfig(api_base_url={self.api_base_url!r}, webhook_url={self.webhook_url!r}, "
            f"webhook_port={self.webhook_port}, webhook_listen={self.webhook_listen!r})"
        )

    def check(self) -> None:
        """Raise ConfigError naming the variable that is missing or wrong."""
        if not self.token.strip():
            raise ConfigError("TELEGRAM_BOT_TOKEN is empty")
        if self.webhook_url:
            if not self.webhook_secret:
                raise ConfigError(
                    "TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is, so that "
                    "only Telegram can post updates to the webhook"
                )
            if not _SECRET_RE.match(self.webhook_secret):
                raise ConfigError(
                    "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
                )
            require_https(self.webhook_url)
        if not 0 < self.webhook_port < 65536:
            raise ConfigError("TELEGRAM_WEBHOOK_PORT must be a port number (1-65535)")
