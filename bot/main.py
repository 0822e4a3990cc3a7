"""The `concierge` command line: run, chat, import, search, explain."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import get_args

from bot.config import Settings, configure_logging, load_settings
from bot.redaction import Redactor
from bot.roles import ROLES
from core.errors import ConciergeError
from core.model import Sensitivity
from core.sources.ingest.spec import SOURCE_KINDS
from core.sources.model import DEFAULT_INTERVAL, format_interval

# Each subcommand imports its own module when it runs: `concierge --help`, `stats` or `prune`
# must not pay for the matcher (numpy, rapidfuzz), the HTTP client or the chat platforms.
# Commands that neither match nor compare pay leave the currency rates alone.
_WITHOUT_RATES = frozenset({"stats", "prune", "migrate"})

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """Describe the command line."""
    parser = argparse.ArgumentParser(
        prog="concierge", description="Job Concierge: saved job searches, matched and pushed."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    runner = commands.add_parser("run", help="start every configured chat platform (default)")
    runner.add_argument(
        "--role",
        choices=ROLES,
        default="all",
        help="the work of this process (default: %(default)s); processes sharing a "
        "PostgreSQL database split it: chat (platforms, delivery), match (one shard of the "
        "saved searches), ingest (sources), digest (digests, alerts, retention)",
    )
    runner.add_argument(
        "--shard",
        metavar="I/K",
        help="with --role match: match the searches whose shard key %% K is I (K as "
        "CONCIERGE_MATCH_SHARDS)",
    )
    commands.add_parser("chat", help="chat in this terminal (reads stdin, writes stdout)")
    importer = commands.add_parser("import", help="import postings from JSON, JSONL or CSV files")
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.add_argument(
        "--source", default="import", help="source name for rows without one (default: %(default)s)"
    )
    searcher = commands.add_parser("search", help="rank the stored postings for a query")
    searcher.add_argument("query")
    searcher.add_argument(
        "--limit", type=_positive, default=20, help="how many to print (default: %(default)s)"
    )
    searcher.add_argument("--json", action="store_true", help="print only JSON on stdout")
    searcher.add_argument(
        "--sensitivity",
        choices=get_args(Sensitivity),
        default="normal",
        help="how picky, as /sensitivity sets it (default: %(default)s)",
    )
    explainer = commands.add_parser("explain", help="show why a posting does or doesn't match")
    explainer.add_argument("query")
    explainer.add_argument(
        "posting_id",
        metavar="POSTING",
        help="the job #N a card shows, or the id `concierge search` prints in brackets",
    )
    explainer.add_argument(
        "--sensitivity",
        choices=get_args(Sensitivity),
        default="normal",
        help="how picky, as /sensitivity sets it (default: %(default)s)",
    )
    explorer = commands.add_parser(
        "explore", help="the market for a role: counts, skills, pay, places, a chart"
    )
    explorer.add_argument("query")
    explorer.add_argument("--json", action="store_true", help="print only JSON on stdout")
    explorer.add_argument("--chart", type=Path, metavar="FILE.png", help="write the chart here")
    digest = commands.add_parser("digest", help="digest operations")
    digest_commands = digest.add_subparsers(dest="digest_command", metavar="ACTION", required=True)
    due = digest_commands.add_parser("run-due", help="run one digest tick now (or at --now)")
    due.add_argument("--now", help="the time to act as, ISO-8601 (e.g. 2026-12-01T08:30:00Z)")
    commands.add_parser("stats", help="operator figures: subscribers, searches, digests…")
    commands.add_parser(
        "migrate", help="create or upgrade the database schema now (every command does on start)"
    )
    health = commands.add_parser(
        "health", help="ask the running bot's /healthz; exit 0 when it answers (health checks)"
    )
    health.add_argument("--ready", action="store_true", help="ask /readyz: every part ready")
    pruner = commands.add_parser("prune", help="delete what the retention policy no longer keeps")
    pruner.add_argument("--dry-run", action="store_true", help="only count what would go")
    sources = commands.add_parser("sources", help="manage job sources")
    source_commands = sources.add_subparsers(
        dest="sources_command", metavar="ACTION", required=True
    )
    kinds = ", ".join(SOURCE_KINDS)
    add = source_commands.add_parser(
        "add",
        help=f"add a source: KIND NAME (or a feed URL/path); KIND is one of {kinds}",
        description=f"Add a job source. KIND is one of: {kinds}.",
    )
    add.add_argument("kind", metavar="KIND", help=f"one of: {kinds}")
    add.add_argument(
        "name", metavar="NAME", help="the board token or name; for rss and feed a URL or file path"
    )
    add.add_argument(
        "--interval",
        help=f"how often to poll: 90s, 30m, 2h, 1d (default: {format_interval(DEFAULT_INTERVAL)})",
    )
    add.add_argument("--url", help="override the kind's endpoint (EU host, mirror, local server)")
    add.add_argument("--company", help="company name when the source does not give one")
    source_commands.add_parser("list", help="sources, last run, counts, next run, last error")
    for verb in ("remove", "pause", "resume"):
        source_commands.add_parser(verb, help=f"{verb} a source").add_argument("name")
    ingest = commands.add_parser("ingest", help="poll every source (or one) now")
    ingest.add_argument("--source", help="only this source (kind:name or name)")
    rates_parser = commands.add_parser("rates", help="currency rates for comparing pay")
    rates_commands = rates_parser.add_subparsers(dest="rates_command", metavar="ACTION")
    rates_commands.required = True
    updater = rates_commands.add_parser("update", help="use a newer ECB euro reference rates file")
    updater.add_argument("file", type=Path, metavar="FILE", help="eurofxref-hist.zip or a CSV")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `concierge` console script."""
    args = build_parser().parse_args(argv)
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    redactor = Redactor()
    try:
        settings = load_settings()
        redactor = configure_logging(settings)
        code = asyncio.run(_dispatch(args, settings))
        sys.stdout.flush()  # a reader that went away (`| head`) shows here, not at exit
        return code
    except BrokenPipeError:
        # The Python docs' recipe: point stdout at devnull so the exit flush is quiet too.
        # A reader that stopped (`| head`) took all it wanted: not a failure of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ConciergeError as exc:
        print(f"concierge: {redactor.redact(str(exc))}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        log.debug("database failure", exc_info=True)
        print(f"concierge: the database failed: {redactor.redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen subcommand."""
    command = args.command or "run"
    if command not in _WITHOUT_RATES:
        from core.matching.money import use_rates_file

        use_rates_file(settings.rates_file)
    if command in ("run", "chat"):
        from bot.runner import run_bot
        from core.matching import vocabulary
        from core.matching.money import rates

        rates()  # loaded once here, before any chat, so that no message waits for it
        vocabulary()  # likewise; a missing or corrupt data file fails here in one line
        await run_bot(
            settings,
            console_only=command == "chat",
            role=getattr(args, "role", "all"),
            shard=getattr(args, "shard", None),
        )
        return 0
    if command == "import":
        from bot.cli_import import import_files

        return await import_files(settings, args.files, args.source)
    if command in ("search", "explain"):
        from bot import cli_search

        if command == "search":
            return await cli_search.search(
                settings, args.query, args.limit, args.json, args.sensitivity
            )
        return await cli_search.explain(settings, args.query, args.posting_id, args.sensitivity)
    if command == "explore":
        from bot.cli_explore import explore

        return await explore(settings, args.query, args.json, args.chart)
    if command == "digest":
        from bot import cli_digest

        return await cli_digest.run_due(settings, args.now)
    if command == "sources":
        return await _sources(args, settings)
    if command == "ingest":
        from bot import cli_sources

        return await cli_sources.ingest(settings, args.source)
    if command == "rates":
        from bot import cli_rates

        return cli_rates.update(settings, args.file)
    if command == "health":
        from bot import cli_health

        return cli_health.check(settings, args.ready)
    if command == "migrate":
        from bot import cli_migrate

        return await cli_migrate.migrate(settings)
    if command == "prune":
        from bot import cli_retention

        return await cli_retention.prune(settings, args.dry_run)
    from bot import cli_digest

    return await cli_digest.stats(settings)


async def _sources(args: argparse.Namespace, settings: Settings) -> int:
    """Run one `concierge sources ACTION`."""
    from bot import cli_sources

    action = args.sources_command
    if action == "add":
        return await cli_sources.add(
            settings,
            args.kind,
            args.name,
            url=args.url,
            interval=args.interval,
            company=args.company,
        )
    if action == "list":
        return await cli_sources.list_sources(settings)
    verbs = {
        "remove": cli_sources.remove,
        "pause": cli_sources.pause,
        "resume": cli_sources.resume,
    }
    return await verbs[action](settings, args.name)


def _positive(text: str) -> int:
    """Parse a positive integer argument."""
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


if __name__ == "__main__":
    sys.exit(main())
