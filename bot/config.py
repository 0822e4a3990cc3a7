"""Configuration from the environment and an optional .env file, validated at start."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from core.errors import ConfigError
from core.retention import RetentionPolicy
from core.store.url import DEFAULT_DATABASE_URL, sqlite_path

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_MAX_DAYS = 36500


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated settings for one run of the bot."""

    database_url: str
    database_path: Path
    log_level: str
    load_sample: bool
    max_searches: int
    telegram_token: str | None
    slack_bot_token: str | None
    slack_signing_secret: str | None
    slack_app_token: str | None
    telegram_api_base_url: str | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_webhook_port: int = 8443
    telegram_webhook_listen: str = "0.0.0.0"
    slack_port: int = 3000
    slack_api_url: str | None = None
    admins: frozenset[str] = frozenset()
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)

    @property
    def platforms(self) -> tuple[str, ...]:
        """The chat platforms whose credentials are configured."""
        found = []
        if self.telegram_token:
            found.append("telegram")
        if self.slack_bot_token:
            found.append("slack")
        return tuple(found)


def load_settings(env: Mapping[str, str] | None = None, env_file: Path | None = None) -> Settings:
    """Read settings from env (default: os.environ over ./.env) and validate them."""
    if env is None:
        file_values = dotenv_values(env_file or Path(".env"))
        merged = {k: v for k, v in file_values.items() if v is not None}
        merged.update(os.environ)
        env = merged
    url = env.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL
    level = env.get("CONCIERGE_LOG_LEVEL", "WARNING").strip().upper() or "WARNING"
    if level not in _LOG_LEVELS:
        raise ConfigError(f"CONCIERGE_LOG_LEVEL {level!r} is not one of {', '.join(_LOG_LEVELS)}")
    return Settings(
        database_url=url,
        database_path=sqlite_path(url),
        log_level=level,
        load_sample=_flag(env, "CONCIERGE_SAMPLE_POSTINGS", default=True),
        max_searches=_positive_int(env, "CONCIERGE_MAX_SEARCHES", default=25),
        telegram_token=_secret(env, "TELEGRAM_BOT_TOKEN"),
        slack_bot_token=_secret(env, "SLACK_BOT_TOKEN"),
        slack_signing_secret=_secret(env, "SLACK_SIGNING_SECRET"),
        slack_app_token=_secret(env, "SLACK_APP_TOKEN"),
        telegram_api_base_url=_url(env, "TELEGRAM_API_BASE_URL"),
        telegram_webhook_url=_url(env, "TELEGRAM_WEBHOOK_URL"),
        telegram_webhook_secret=_secret(env, "TELEGRAM_WEBHOOK_SECRET"),
        telegram_webhook_port=_port(env, "TELEGRAM_WEBHOOK_PORT", default=8443),
        telegram_webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
        slack_port=_port(env, "SLACK_PORT", default=3000),
        slack_api_url=_url(env, "SLACK_API_URL"),
        admins=frozenset(
            part.strip() for part in env.get("CONCIERGE_ADMINS", "").split(",") if part.strip()
        ),
        retention=_retention(env),
    )


def configure_logging(level: str) -> None:
    """Log to stderr at the given level, keeping stdout for replies."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _flag(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    """Read a yes/no variable."""
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _positive_int(env: Mapping[str, str], name: str, *, default: int) -> int:
    """Read a positive whole number."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) == 0:
        raise ConfigError(f"{name} must be a positive whole number, not {raw!r}")
    return int(raw)


def _retention(env: Mapping[str, str]) -> RetentionPolicy:
    """Read how many days delivered messages, closed postings and idle subscribers are kept."""
    defaults = RetentionPolicy()
    return RetentionPolicy(
        delivered_days=_days(env, "CONCIERGE_KEEP_DELIVERED_DAYS", default=defaults.delivered_days),
        closed_days=_days(env, "CONCIERGE_KEEP_CLOSED_DAYS", default=defaults.closed_days),
        idle_days=_days(env, "CONCIERGE_KEEP_IDLE_DAYS", default=defaults.idle_days),
    )


def _days(env: Mapping[str, str], name: str, *, default: int) -> int:
    """Read a number of days to keep something."""
    days = _positive_int(env, name, default=default)
    if days > _MAX_DAYS:
        raise ConfigError(f"{name} must be at most {_MAX_DAYS} days, not {days}")
    return days


def _port(env: Mapping[str, str], name: str, *, default: int) -> int:
    """Read a TCP port number."""
    port = _positive_int(env, name, default=default)
    if port > 65535:
        raise ConfigError(f"{name} must be a port number (1-65535), not {port}")
    return port


def _url(env: Mapping[str, str], name: str) -> str | None:
    """Read an optional http(s) URL."""
    value = env.get(name, "").strip()
    if not value:
        return None
    if not value.startswith(("http://", "https://")):
        raise ConfigError(f"{name} must be an http:// or https:// URL, not {value!r}")
    return value.rstrip("/") if name != "TELEGRAM_WEBHOOK_URL" else value


def _secret(env: Mapping[str, str], name: str) -> str | None:
    """Read a token; empty means unset. The value is never logged."""
    value = env.get(name, "").strip()
    return value or None
