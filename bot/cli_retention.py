"""`concierge prune`: apply the retention policy now and print what it removed per table."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.bootstrap import open_app
from bot.config import Settings
from core import retention


async def prune(settings: Settings, dry_run: bool) -> int:
    """Prune the database (or count what a prune would remove) and print it per table."""
    async with open_app(settings) as app:
        report = await retention.prune(
            app.store, settings.retention, datetime.now(UTC), dry_run=dry_run
        )
    verb = "Would remove" if dry_run else "Removed"
    print(f"{verb} (keeping {settings.retention.describe()}):")
    width = max(len(table) for table in report.removed)
    for table, rows in report.removed.items():
        print(f"  {table:<{width}}  {rows}")
    return 0
