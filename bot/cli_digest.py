"""`concierge digest run-due` and `concierge stats`: the push and its figures, for operators."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from bot.bootstrap import open_app
from bot.config import Settings
from core.errors import UserError
from core.retention import COUNTED_TABLES, PruneReport
from core.workers import ALIVE_SECONDS, ShardLag, Worker


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
    from adapters.console.notifier import ConsoleNotifier
    from core.chat.texts import count

    async with open_app(settings) as app:
        digests = app.digests()
        tick = await digests.run_due(now)
        delivered = failed = 0
        notifiers = {"console": ConsoleNotifier(sys.stdout)}
        while True:
            report = await digests.deliver(notifiers, now)
            delivered += report.delivered
            failed += report.failed
            if not report.delivered and not report.failed:
                break
    print(
        f"{tick.due} due, {count(tick.digests, 'digest', 'digests')} and "
        f"{count(tick.alerts, 'alert', 'alerts')} queued; "
        f"{delivered} delivered here, {failed} failed. Telegram and Slack messages are "
        "delivered by the running bot.",
        file=sys.stderr,
    )
    return 0


async def stats(settings: Settings) -> int:
    """Print the operator figures."""
    async with open_app(settings, read_only_ok=True) as app:
        store = app.store
        figures = await store.stats(datetime.now(UTC) - timedelta(days=1))
        lines = {name.replace("_", " "): str(value) for name, value in figures.items()}
        lines.update(_retention_lines(await store.storage(), await store.last_prune_report()))
        platforms = await store.platform_states()
        now = datetime.now(UTC)
        lines.update(
            _scale_lines(
                now,
                await store.workers(now - timedelta(seconds=ALIVE_SECONDS)),
                await store.shard_lags(settings.match_shards),
                await store.oldest_due_digest(now),
            )
        )
    for platform in platforms:
        since = platform.since.strftime("%Y-%m-%d %H:%M UTC")
        line = f"{platform.state} since {since}"
        if platform.last_error:
            line += f": {platform.last_error}"
        lines[f"platform {platform.platform}"] = line
    width = max(len(name) for name in lines)
    for name, value in lines.items():
        print(f"{name:<{width}}  {value}")
    return 0


def _retention_lines(storage: dict[str, int], last: PruneReport | None) -> dict[str, str]:
    """Database size, rows of the tables prune bounds, and the last prune."""
    lines = {
        "database size": f"{storage['database_bytes'] / 1e6:.1f} MB",
        "database free": f"{storage['free_bytes'] / 1e6:.1f} MB",
    }
    for table in COUNTED_TABLES:
        lines[f"rows {table}"] = str(storage[f"rows_{table}"])
    lines["last prune"] = (
        f"{last.ran_at:%Y-%m-%d %H:%M} UTC, removed {last.summary()}" if last else "never"
    )
    return lines


def _scale_lines(
    now: datetime, workers: list[Worker], lags: list[ShardLag], due: datetime | None
) -> dict[str, str]:
    """The processes alive, each match shard's lag, and the longest-waiting due digest."""
    lines = {"workers alive": str(len(workers))}
    for worker in workers:
        role = f"{worker.role} {worker.shard}".strip()
        lines[f"worker {worker.id}"] = (
            f"{role} on {worker.host} pid {worker.pid}, up since "
            f"{worker.started_at:%Y-%m-%d %H:%M} UTC, beat {_ago(now, worker.beat_at)}"
        )
    for lag in lags:
        line = f"cursor {lag.cursor}, {lag.behind} posting changes behind"
        if lag.oldest_unmatched is not None:
            line += f", the oldest logged {_ago(now, lag.oldest_unmatched)}"
        lines[f"shard {lag.shard}"] = f"{line}; last matched {_ago(now, lag.beat_at)}"
    lines["oldest due digest"] = (
        f"due since {due:%Y-%m-%d %H:%M} UTC ({_ago(now, due)})" if due else "none"
    )
    return lines


def _ago(now: datetime, then: datetime) -> str:
    """How long ago, in whole seconds, minutes or hours."""
    seconds = max(int((now - then).total_seconds()), 0)
    if seconds < 120:
        return f"{seconds}s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"
