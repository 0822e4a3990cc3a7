"""Parse DATABASE_URL: an SQLite file path, or a PostgreSQL connection URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from core.errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///concierge.db"
POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres(url: str) -> bool:
    """Whether DATABASE_URL names a PostgreSQL database (postgresql://user@host:port/db)."""
    return url.partition("://")[0].lower() in POSTGRES_SCHEMES and "://" in url


def postgres_url(url: str) -> str:
    """Check a postgresql:// URL enough to refuse it in one line before connecting."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it validates the number
    except ValueError as exc:
        raise ConfigError(f"DATABASE_URL is not a valid PostgreSQL URL: {exc}") from None
    if not parts.path.strip("/"):
        raise ConfigError(
            "DATABASE_URL names no PostgreSQL database; use e.g. "
            "postgresql://user@localhost:5432/concierge"
        )
    return url


def sqlite_path(url: str) -> Path:
    """Return the file path of a sqlite:/// URL (three slashes relative, four absolute)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ConfigError(
            f"DATABASE_URL {url!r} is not a URL; use e.g. {DEFAULT_DATABASE_URL} "
            "or sqlite:////absolute/path.db"
        )
    if scheme.lower() != "sqlite":
        raise ConfigError(
            f"DATABASE_URL scheme {scheme!r} is not supported; use sqlite:/// "
            "(e.g. sqlite:///concierge.db) or postgresql:// (e.g. "
            "postgresql://user@localhost:5432/concierge)"
        )
    if not rest.startswith("/") or rest == "/":
        raise ConfigError(
            f"DATABASE_URL {url!r} names no file; use sqlite:///relative.db "
            "or sqlite:////absolute/path.db"
        )
    path = rest[1:]
    if path in ("", ":memory:"):
        raise ConfigError("DATABASE_URL must name a database file, not memory")
    return Path(path)
