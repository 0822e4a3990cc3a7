"""Parse DATABASE_URL into a file path."""

from __future__ import annotations

from pathlib import Path

from core.errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///concierge.db"


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
            f"DATABASE_URL scheme {scheme!r} is not supported; only sqlite:/// is "
            "(e.g. sqlite:///concierge.db)"
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
