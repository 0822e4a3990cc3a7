"""Roles of `concierge run`: which share of the work one process does.

Processes of any roles can share one PostgreSQL database: the work they split is claimed in it
(due sources, due digests, outbox messages: FOR UPDATE SKIP LOCKED with a lease), so each
piece is done once and a dead process's pieces are taken over. Matching runs inside the
processes that record postings (ingest) and add searches (chat), unless match shards run
(CONCIERGE_MATCH_SHARDS=K): then K `--role match --shard I/K` processes each match the
posting change log against the searches whose shard key % K == I (core.postings.shards).
"""

from __future__ import annotations

from typing import Literal, get_args

from bot.config import Settings
from core.errors import ConfigError
from core.workers import Shard, parse_shard

Role = Literal["all", "chat", "match", "ingest", "digest"]
ROLES: tuple[str, ...] = get_args(Role)


def check_role(role: str, settings: Settings, shard: str | None = None) -> Shard | None:
    """Refuse a split role on SQLite, whose store claims nothing (one process does all), and
    a match role whose shard does not fit CONCIERGE_MATCH_SHARDS; the shard of a match role."""
    if role != "all" and not settings.postgres_url:
        raise ConfigError(
            f"--role {role} needs a PostgreSQL DATABASE_URL (postgresql://…): processes split "
            "the work through it; with SQLite one `concierge run` does all of it"
        )
    if role != "match":
        if shard is not None:
            raise ConfigError(f"--shard is for --role match, not --role {role}")
        return None
    if shard is None:
        raise ConfigError("--role match needs --shard I/K (shard I of K, e.g. 0/2)")
    parsed = parse_shard(shard)
    if settings.match_shards != parsed.count:
        raise ConfigError(
            f"--shard {parsed} needs CONCIERGE_MATCH_SHARDS={parsed.count} for every process "
            f"(it is {settings.match_shards or 'unset'}), so that the others leave matching "
            "to the shards"
        )
    return parsed
