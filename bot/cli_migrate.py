"""`concierge migrate`: create or upgrade the database's schema now, rather than on first use."""

from __future__ import annotations

from bot.bootstrap import open_store
from bot.config import Settings


async def migrate(settings: Settings) -> int:
    """Open the configured database (which migrates it) and say which schema it now has."""
    store = await open_store(settings)
    try:
        if settings.postgres_url:
            from core.store.postgres.migrations import SCHEMA_VERSION
            from core.store.postgres.opening import describe

            where = describe(settings.postgres_url)
        else:
            from core.store.migrations import SCHEMA_VERSION

            where = str(settings.database_path)
        print(f"Database {where} is at schema version {SCHEMA_VERSION}, the latest.")
    finally:
        await store.close()
    return 0
