"""`concierge sources add|list|remove|pause|resume` and `concierge ingest [--source NAME]`."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.bootstrap import open_app
from bot.config import Settings
from core.plurals import count
from core.sources.commands import report_text, resumed_text, source_status, when
from core.sources.manager import SourceManager
from core.sources.model import CONCURRENCY, RunReport, Source, format_interval


@asynccontextmanager
async def open_sources(settings: Settings) -> AsyncIterator[SourceManager]:
    """The application's source manager; the search index loads only if a poll needs it."""
    async with open_app(settings) as app:
        yield app.sources()


async def add(
    settings: Settings,
    kind: str,
    target: str,
    *,
    url: str | None = None,
    interval: str | None = None,
    company: str | None = None,
) -> int:
    """Add a source; print what was added."""
    async with open_sources(settings) as manager:
        source = await manager.add(kind, target, url=url, interval=interval, company=company)
    print(
        f"Added {source.label} ({source.url or 'default address'}), polled every "
        f"{format_interval(source.interval)}; its first poll is a quiet baseline."
    )
    return 0


async def list_sources(settings: Settings) -> int:
    """Print every source as a table."""
    async with open_sources(settings) as manager:
        sources = await manager.sources()
    if not sources:
        print("No sources. Add one: concierge sources add greenhouse stripe")
        return 0
    rows = [_HEADER, *(_row(source) for source in sources)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
    for source in sources:
        if source.network_note:
            print(f"{source.label}: {source.network_note}")
    return 0


_HEADER = (
    "SOURCE", "EVERY", "STATUS", "LAST RUN", "NEW", "UPD", "CLOSED", "SKIPPED", "FAILS",
    "NEXT RUN", "LAST ERROR",
)  # fmt: skip


def _row(source: Source) -> tuple[str, ...]:
    c = source.counts
    error = source.last_error if len(source.last_error) <= 100 else source.last_error[:99] + "…"
    return (
        source.label,
        format_interval(source.interval),
        source_status(source),
        when(source.last_run_at),
        str(c.new),
        str(c.updated),
        str(c.closed),
        str(c.skipped),
        str(source.failures),
        "paused" if source.paused else when(source.next_run_at),
        error,
    )


async def remove(settings: Settings, ref: str) -> int:
    """Remove a source; its open postings are closed, not deleted."""
    async with open_sources(settings) as manager:
        source, closed = await manager.remove(ref)
    print(f"Removed {source.label}; closed its {count(closed, 'open posting', 'open postings')}.")
    return 0


async def pause(settings: Settings, ref: str) -> int:
    """Stop polling a source."""
    async with open_sources(settings) as manager:
        source = await manager.pause(ref)
    print(f"Paused {source.label}.")
    return 0


async def resume(settings: Settings, ref: str) -> int:
    """Poll a paused source again."""
    async with open_sources(settings) as manager:
        source = await manager.resume(ref)
    print(resumed_text(source) + " A running `concierge run` polls it then.")
    return 0


async def ingest(settings: Settings, source_ref: str | None = None) -> int:
    """Poll one source, or every unpaused one, now: a line per source on stderr, totals on stdout.

    Exit status 1 when any source failed.
    """
    async with open_sources(settings) as manager:
        if source_ref:
            targets = [await manager.find(source_ref)]
        else:
            targets = [s for s in await manager.sources() if not s.paused]
        if not targets:
            print("No unpaused sources to poll. Add one: concierge sources add greenhouse stripe")
            return 0
        reports = await _poll_all(manager, targets)
    failed = sum(report.status == "failed" for report in reports)
    total = [sum(getattr(r.counts, name) for r in reports) for name in _FIELDS]
    figures = ", ".join(f"{n} {name}" for n, name in zip(total, _FIELDS, strict=True))
    print(f"Polled {len(reports)} source(s): {figures}, {failed} failed.")
    return 1 if failed else 0


_FIELDS = ("new", "updated", "unchanged", "closed", "skipped")


async def _poll_all(manager: SourceManager, targets: list[Source]) -> list[RunReport]:
    gate = asyncio.Semaphore(CONCURRENCY)
    width = len(str(len(targets)))
    done = 0

    async def one(source: Source) -> RunReport | None:
        nonlocal done
        async with gate:
            print(f"polling {source.label} …", file=sys.stderr, flush=True)
            report = await manager.poll_one(source)
        done += 1
        line = report_text(report) if report else f"{source.label}: already being polled"
        print(f"[{done:>{width}}/{len(targets)}] {line}", file=sys.stderr, flush=True)
        return report

    results = await asyncio.gather(*(one(source) for source in targets))
    return [report for report in results if report is not None]
