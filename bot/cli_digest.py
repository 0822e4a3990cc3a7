"""`concierge digest run-due` and `concierge stats`: the push and its figures, for operators."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from adapters.console.notifier import ConsoleNotifier
from bot.app import open_concierge
from bot.config import Settings
from core.errors import UserError
from core.store.sqlite import SqliteStore


def parse_now(text: str | None) -> datetime:
    """Read --now as ISO-8601 (naive means UTC); default the real time."""
    if not text:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"--now {text!r} is not an ISO-8601 time, e.g. 2026-12-01T08:30:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def run_due(settings: Settings, now_text: str | None) -> int:
    """Run one digest tick at `now` and deliver what the terminal can show."""
    now = parse_now(now_text)
    async with open_concierge(settings) as service:
        tick = await service.digests.run_due(now)
        delivered = failed = 0
        notifiers = {"console": ConsoleNotifier(sys.stdout)}
        while True:
            report = await service.digests.deliver(notifiers, now)
            delivered += report.delivered
            failed += report.failed
            if not report.delivered and not report.failed:
                break
    print(
        f"{tick.due} due, {tick.digests} digests and {tick.alerts} alerts queued; "
        f"{delivered} delivered here, {failed} failed. Telegram and Slack messages are "
        "delivered by the running bot.",
        file=sys.stderr,
    )
    return 0


async def stats(settings: Settings) -> int:
    """Print the operator figures."""
    store = await SqliteStore.open(settings.database_path, read_only_ok=True)
    try:
        figures = await store.stats(datetime.now(UTC) - timedelta(days=1))
        platforms = await store.platform_states()
    finally:
        await store.close()
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name.replace('_', ' '):<{width}}  {value}")
    for platform in platforms:
        since = platform.since.strftime("%Y-%m-%d %H:%M UTC")
        line = f"{platform.state} since {since}"
        if platform.last_error:
            line += f": {platform.last_error}"
        print(f"{'platform ' + platform.platform:<{width}}  {line}")
    return 0
