"""`concierge prune`: apply the retention policy now and print what it removed per table."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.config import Settings
from core import retention
from core.store.sqlite import SqliteStore


async def prune(settings: Settings, dry_run: bool) -> int:
    """Prune the database (or count what a prune would remove) and print it per table."""
    store = await SqliteStore.open(settings.database_path)
    try:
        report = await retention.prune(
            store, settings.retention, datetime.now(UTC), dry_run=dry_run
        )
    finally:
        await store.close()
    verb = "Would remove" if dry_run else "Removed"
    print(f"{verb} (keeping {settings.retention.describe()}):")
    width = max(len(table) for table in report.removed)
    for table, rows in report.removed.items():
        print(f"  {table:<{width}}  {rows}")
    return 0
