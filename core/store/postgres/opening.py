"""Connecting to PostgreSQL: one-line refusals, a connect timeout, migrations under a lock."""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from core.errors import SchemaTooNewError, StoreError
from core.store.postgres.base import TRANSIENT
from core.store.postgres.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_SECONDS = 10.0
POOL_SIZE = 10
# One lock per schema: processes starting at once take turns, and only the first migrates.
_MIGRATION_LOCK = "SELECT pg_advisory_lock(hashtext('concierge:migrate:' || current_schema()))"
_MIGRATION_UNLOCK = "SELECT pg_advisory_unlock(hashtext('concierge:migrate:' || current_schema()))"


def describe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def split_timeout(url: str, default: float) -> tuple[str, float]:
    """The URL without libpq's connect_timeout parameter (asyncpg has none), and its value."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    given = [value for name, value in query if name == "connect_timeout"]
    rest = urlencode([(name, value) for name, value in query if name != "connect_timeout"])
    try:
        timeout = float(given[-1]) if given else default
    except ValueError:
        raise StoreError(f"connect_timeout {given[-1]!r} in DATABASE_URL is not a number") from None
    return urlunsplit(parts._replace(query=rest)), timeout if timeout > 0 else default


async def open_pool(url: str, *, connect_timeout: float = CONNECT_TIMEOUT_SECONDS) -> asyncpg.Pool:
    """A pool of connections to url, or a StoreError in one line saying why there is none.

    A connect_timeout=SECONDS parameter in the URL (as libpq has it) bounds each connection
    attempt; a server that accepts and never answers fails the start after that long.
    """
    dsn, connect_timeout = split_timeout(url, connect_timeout)
    try:
        return await asyncpg.create_pool(
            dsn,
            min_size=1,
            max_size=POOL_SIZE,
            timeout=connect_timeout,
            command_timeout=None,
            reset=_keep_session,
        )
    except (*TRANSIENT, asyncpg.PostgresError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, TimeoutError):
            reason = f"no answer within {connect_timeout:g}s"
        raise StoreError(f"cannot connect to PostgreSQL at {describe(url)}: {reason}") from None


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Nothing to undo when a connection goes back to the pool: the store leaves no session state.

    asyncpg rolls back a transaction left open by itself; its default reset (unlock every
    advisory lock, close cursors, UNLISTEN, RESET ALL) would cost a round trip per store call,
    about a third of an /add's. The rule that makes this safe: a pooled connection never holds
    a session advisory lock past the call that took it (migrate unlocks its own), never
    LISTENs and never SETs outside a transaction (SET LOCAL); a lease or a LISTEN gets a
    connection of its own (lease.py, wakeups.py).
    """


async def migrate(pool: asyncpg.Pool, url: str, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema up to target, refusing a database from a newer program.

    The version is read again under an advisory lock, so with several processes starting at
    once exactly one migrates and the others wait for it, then find nothing left to do.
    """
    async with pool.acquire() as conn:
        if _checked(await _version(conn), url) >= target:
            return
        await conn.execute(_MIGRATION_LOCK)
        try:
            async with conn.transaction():
                version = _checked(await _version(conn), url)
                if version >= target:
                    return
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS concierge_schema (version INTEGER NOT NULL)"
                )
                for index in range(version, target):
                    for statement in MIGRATIONS[index]:
                        await conn.execute(statement)
                await conn.execute("DELETE FROM concierge_schema")
                await conn.execute("INSERT INTO concierge_schema (version) VALUES ($1)", target)
            log.info(
                "database %s: schema migrated from version %d to %d", describe(url), version, target
            )
        finally:
            await conn.execute(_MIGRATION_UNLOCK)


async def _version(conn: asyncpg.Connection) -> int:
    """The schema version recorded in the database; 0 for an empty one."""
    if await conn.fetchval("SELECT to_regclass('concierge_schema')") is None:
        return 0
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM concierge_schema"))


def _checked(version: int, url: str) -> int:
    """The schema version; SchemaTooNewError when it is newer than this program."""
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database {describe(url)} has schema version {version}, but this Job Concierge "
            f"understands up to {SCHEMA_VERSION}; upgrade Job Concierge or use another "
            "DATABASE_URL"
        )
    return int(version)
