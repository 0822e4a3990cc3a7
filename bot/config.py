"""Configuration from the environment and an optional .env file, validated at start."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from dotenv import dotenv_values

from adapters.slack.config import SlackConfig
from adapters.telegram.config import TelegramConfig, require_https
from bot.logs import LOG_FORMATS, ContextFilter, QuietReconnects, formatter
from bot.redaction import Redactor
from core.chat.ratelimit import RateRule
from core.errors import ConfigError
from core.retention import RetentionPolicy
from core.store.url import DEFAULT_DATABASE_URL, is_postgres, postgres_url, sqlite_path

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ADMIN_PLATFORMS = ("console", "slack", "telegram")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
# Our own packages log at CONCIERGE_LOG_LEVEL; libraries at INFO at most, because their DEBUG
# lines carry people's messages, SQL parameters, request bodies and Slack response_urls.
_OWN_LOGGERS = ("adapters", "bot", "core")
_LIBRARY_LEVEL = logging.INFO
_MAX_DAYS = 36500
# The health and metrics port when `concierge run` serves a platform and none is set.
DEFAULT_HTTP_PORT = 9090


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated settings for one run of the bot."""

    database_path: Path  # the SQLite file, unless postgres_url is set
    log_level: str
    load_sample: bool
    max_searches: int
    telegram: TelegramConfig | None = None  # set when TELEGRAM_BOT_TOKEN is
    slack: SlackConfig | None = None  # set when SLACK_BOT_TOKEN or SLACK_CLIENT_ID is
    admins: frozenset[str] = frozenset()
    rates_file: Path = Path("ecb-rates.zip")  # ECB euro rates loaded by `concierge rates update`
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)
    log_format: str = "text"
    http_port: int | None = None  # None: DEFAULT_HTTP_PORT when a platform runs; 0: off
    http_host: str = "127.0.0.1"
    postgres_url: str = ""  # DATABASE_URL when it is postgresql://: the store is PostgreSQL
    rate: RateRule = field(default_factory=RateRule)
    # CONCIERGE_MATCH_SHARDS: K match processes (`run --role match --shard I/K`) do the
    # matching; every other process records postings without it. 0: each process matches.
    match_shards: int = 0
    # CONCIERGE_DB_PATIENCE: seconds a PostgreSQL call keeps retrying; None: the store's own.
    db_patience: int | None = None

    @property
    def platforms(self) -> tuple[str, ...]:
        """The chat platforms whose credentials are configured."""
        found = []
        if self.telegram:
            found.append("telegram")
        if self.slack:
            found.append("slack")
        return tuple(found)

    def health_port(self, *, serving_platforms: bool) -> int:
        """The port of /healthz, /readyz and /metrics; 0 when they are off."""
        if self.http_port is not None:
            return self.http_port
        return DEFAULT_HTTP_PORT if serving_platforms else 0

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every configured secret value: tokens, the webhook secret, the signing secret."""
        telegram, slack = self.telegram, self.slack
        values = (
            *((telegram.token, telegram.webhook_secret) if telegram else ()),
            *((slack.bot_token, slack.app_token, slack.signing_secret) if slack else ()),
            slack.client_secret if slack else None,
            urlsplit(self.postgres_url).password if self.postgres_url else None,
        )
        return tuple(value for value in values if value)


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
    log_format = env.get("CONCIERGE_LOG_FORMAT", "").strip().lower() or "text"
    if log_format not in LOG_FORMATS:
        raise ConfigError(
            f"CONCIERGE_LOG_FORMAT {log_format!r} is not one of {', '.join(LOG_FORMATS)}"
        )
    postgres = postgres_url(url) if is_postgres(url) else ""
    database_path = sqlite_path(DEFAULT_DATABASE_URL if postgres else url)
    rates = env.get("CONCIERGE_RATES_FILE", "").strip()
    settings = Settings(
        database_path=database_path,
        log_level=level,
        load_sample=_flag(env, "CONCIERGE_SAMPLE_POSTINGS", default=True),
        max_searches=_positive_int(env, "CONCIERGE_MAX_SEARCHES", default=25),
        telegram=_telegram(env),
        slack=_slack(env),
        admins=_admins(env.get("CONCIERGE_ADMINS", "")),
        rates_file=Path(rates) if rates else database_path.parent / "ecb-rates.zip",
        retention=_retention(env),
        log_format=log_format,
        http_port=_http_port(env),
        http_host=env.get("CONCIERGE_HTTP_HOST", "").strip() or "127.0.0.1",
        postgres_url=postgres,
        rate=_rate(env),
        match_shards=_match_shards(env, postgres),
        db_patience=_positive_int(env, "CONCIERGE_DB_PATIENCE", default=0) or None,
    )
    _check_ports(settings)
    return settings


def _match_shards(env: Mapping[str, str], postgres: str) -> int:
    """CONCIERGE_MATCH_SHARDS: how many match shards run (0: none); they need PostgreSQL."""
    if not env.get("CONCIERGE_MATCH_SHARDS", "").strip():
        return 0
    shards = _positive_int(env, "CONCIERGE_MATCH_SHARDS", default=0)
    if not postgres:
        raise ConfigError(
            "CONCIERGE_MATCH_SHARDS needs a PostgreSQL DATABASE_URL (postgresql://…): with "
            "SQLite one process matches everything"
        )
    return shards


def _http_port(env: Mapping[str, str]) -> int | None:
    """CONCIERGE_HTTP_PORT: unset means the default, 0 turns the endpoints off."""
    if not env.get("CONCIERGE_HTTP_PORT", "").strip():
        return None
    if env["CONCIERGE_HTTP_PORT"].strip() == "0":
        return 0
    return _port(env, "CONCIERGE_HTTP_PORT", default=DEFAULT_HTTP_PORT)


def _check_ports(settings: Settings) -> None:
    """Refuse a health port that a platform's own listener also needs."""
    port = settings.health_port(serving_platforms=bool(settings.platforms))
    taken: dict[str, int] = {}
    if settings.slack and not settings.slack.app_token:
        taken["SLACK_PORT"] = settings.slack.port
    if settings.telegram and settings.telegram.webhook_url:
        taken["TELEGRAM_WEBHOOK_PORT"] = settings.telegram.webhook_port
    for name, used in taken.items():
        if port and port == used:
            raise ConfigError(
                f"CONCIERGE_HTTP_PORT {port} is also {name}: give the health port its own number"
            )


def _telegram(env: Mapping[str, str]) -> TelegramConfig | None:
    """The Telegram adapter's settings (TELEGRAM_*), when a bot token is set."""
    # Every variable is checked, even without a token, so a typo never waits for the token.
    api_base_url = _url(env, "TELEGRAM_API_BASE_URL")
    webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip() or None  # its path is served
    if webhook_url:
        require_https(webhook_url)
    webhook_secret = _secret(env, "TELEGRAM_WEBHOOK_SECRET")
    webhook_port = _port(env, "TELEGRAM_WEBHOOK_PORT", default=8443)
    token = _secret(env, "TELEGRAM_BOT_TOKEN")
    if token is None:
        return None
    return TelegramConfig(
        token=token,
        api_base_url=api_base_url,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        webhook_port=webhook_port,
        webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
    )


def _slack(env: Mapping[str, str]) -> SlackConfig | None:
    """The Slack adapter's settings (SLACK_*), when a bot token or OAuth client is set."""
    signing_secret = _secret(env, "SLACK_SIGNING_SECRET")
    app_token = _secret(env, "SLACK_APP_TOKEN")
    port = _port(env, "SLACK_PORT", default=3000)
    api_url = _url(env, "SLACK_API_URL")
    token = _secret(env, "SLACK_BOT_TOKEN")
    client_id, client_secret = _secret(env, "SLACK_CLIENT_ID"), _secret(env, "SLACK_CLIENT_SECRET")
    if bool(client_id) != bool(client_secret):
        raise ConfigError("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together (Slack OAuth)")
    if token is None and client_id is None:
        return None
    return SlackConfig(
        bot_token=token,
        signing_secret=signing_secret,
        app_token=app_token,
        port=port,
        api_url=api_url,
        client_id=client_id,
        client_secret=client_secret,
        redirect_uri=_url(env, "SLACK_REDIRECT_URI"),
    )


def _admins(text: str) -> frozenset[str]:
    """CONCIERGE_ADMINS entries, each naming its platform: refused when one cannot match anyone."""
    entries = frozenset(part.strip() for part in text.split(",") if part.strip())
    for entry in sorted(entries):
        platform, *rest = entry.split(":")
        user = rest[0] if len(rest) == 1 else rest[1] if len(rest) in (2, 3) else ""
        if platform not in ADMIN_PLATFORMS or not user:
            raise ConfigError(
                f"CONCIERGE_ADMINS entry {entry[:60]!r} is not platform:user — use e.g. "
                "console:alice, telegram:12345, slack:T0123:U0456 (or platform:workspace:user:chat)"
            )
    return entries


def configure_logging(settings: Settings) -> Redactor:
    """Log to stderr (stdout is for replies) through a handler that masks every secret.

    Called before anything else is built, so no line is ever written unmasked; uncaught
    tracebacks go through the same handler.
    """
    redactor = Redactor(settings.secrets)
    handler = logging.StreamHandler()
    handler.addFilter(ContextFilter())
    handler.addFilter(QuietReconnects())
    handler.addFilter(redactor)
    handler.setFormatter(formatter(settings.log_format, redactor))
    level = logging.getLevelNamesMapping()[settings.log_level]
    logging.basicConfig(level=max(level, _LIBRARY_LEVEL), handlers=[handler], force=True)
    for name in _OWN_LOGGERS:
        logging.getLogger(name).setLevel(level)
    sys.excepthook = _log_uncaught
    return redactor


def _log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """Print an unexpected error's traceback through the masking handler."""
    logging.getLogger("concierge").critical("unexpected error", exc_info=(kind, error, traceback))


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


def _rate(env: Mapping[str, str]) -> RateRule:
    """Read the per-person rate limit: a burst, then so many commands a minute (0: no limit)."""
    default = RateRule()
    per_minute = env.get("CONCIERGE_RATE_PER_MINUTE", "").strip()
    if per_minute and not per_minute.isdigit():
        raise ConfigError(
            f"CONCIERGE_RATE_PER_MINUTE must be a whole number (0 for no limit), not {per_minute!r}"
        )
    return RateRule(
        burst=_positive_int(env, "CONCIERGE_RATE_BURST", default=default.burst),
        per_minute=int(per_minute) if per_minute else default.per_minute,
    )


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
    """Read an optional http(s) URL, without a trailing slash."""
    value = env.get(name, "").strip()
    if not value:
        return None
    if not value.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{name} must be an http:// or https:// URL, not {value!r}")
    return value.rstrip("/")


def _secret(env: Mapping[str, str], name: str) -> str | None:
    """Read a token; empty means unset. The value is never logged."""
    value = env.get(name, "").strip()
    return value or None
