"""Roles of `concierge run`: which share of the work one process does.

Processes of any roles can share one PostgreSQL database: the work they split is claimed in it
(due sources, due digests, outbox messages: FOR UPDATE SKIP LOCKED with a lease), so each
piece is done once and a dead process's pieces are taken over. Matching runs inside the
processes that record postings (ingest) and add searches (chat).
"""

from __future__ import annotations

from typing import Literal, get_args

from bot.config import Settings
from core.errors import ConfigError

Role = Literal["all", "chat", "ingest", "digest"]
ROLES: tuple[str, ...] = get_args(Role)


def check_role(role: str, settings: Settings) -> None:
    """Refuse a split role on SQLite, whose store claims nothing (one process does all)."""
    if role != "all" and not settings.postgres_url:
        raise ConfigError(
            f"--role {role} needs a PostgreSQL DATABASE_URL (postgresql://…): processes split "
            "the work through it; with SQLite one `concierge run` does all of it"
        )
