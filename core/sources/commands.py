"""The operators' /sources chat command: list, add, remove, pause, resume and poll job sources.

Operators are listed in CONCIERGE_ADMINS, comma-separated, each entry one of
  platform:user                   telegram:12345, console:alice
  platform:workspace:user         slack:T0123:U0456
  platform:workspace:user:chat    telegram::12345:12345 (only in that chat)
where user is the person acting (in a group too), as the adapters name them.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from core.chat.replies import ErrorText, Reply, Text
from core.errors import UserError
from core.model import Actor, Subscriber, SubscriberKey
from core.sources.ingest.spec import SOURCE_KINDS
from core.sources.model import RunReport, Source, format_interval

if TYPE_CHECKING:
    from core.sources.manager import SourceManager  # polling: HTTP client, matcher

USAGE = (
    "/sources — list the job sources\n"
    "/sources add KIND NAME [--interval 30m] [--url URL] [--company NAME]\n"
    "  e.g. /sources add greenhouse stripe, /sources add rss https://example.com/jobs.rss\n"
    "/sources remove|pause|resume|poll NAME\n"
    f"Kinds: {', '.join(SOURCE_KINDS)}."
)
NOT_OPERATOR = "/sources is for the bot's operators (CONCIERGE_ADMINS)."
NO_SOURCES = "This bot's store keeps no job sources."
_FLAGS = {"--interval": "interval", "--every": "interval", "--url": "url", "--company": "company"}


@dataclass(frozen=True, slots=True)
class ListSources:
    """Show every source with its schedule and last run."""


@dataclass(frozen=True, slots=True)
class AddSource:
    """Add a source: a kind and a name (or a feed's address), optional interval, URL, company."""

    kind: str
    target: str
    url: str | None = None
    interval: str | None = None
    company: str | None = None


@dataclass(frozen=True, slots=True)
class RemoveSource:
    """Remove a source; its open postings are closed."""

    ref: str


@dataclass(frozen=True, slots=True)
class PauseSource:
    """Stop polling a source."""

    ref: str


@dataclass(frozen=True, slots=True)
class ResumeSource:
    """Poll a paused source again."""

    ref: str


@dataclass(frozen=True, slots=True)
class PollSource:
    """Poll a source right now."""

    ref: str


@dataclass(frozen=True, slots=True)
class SourcesUsage:
    """A /sources line that could not be read; message says why."""

    message: str


SourceCommand = (
    ListSources | AddSource | RemoveSource | PauseSource | ResumeSource | PollSource | SourcesUsage
)
_BY_NAME: dict[str, Callable[[str], SourceCommand]] = {
    "remove": RemoveSource,
    "rm": RemoveSource,
    "delete": RemoveSource,
    "pause": PauseSource,
    "resume": ResumeSource,
    "poll": PollSource,
    "ingest": PollSource,
}


def parse_sources(rest: str) -> SourceCommand:
    """Read the text after /sources; never raises."""
    try:
        words = shlex.split(rest)
    except ValueError:
        return SourcesUsage("Unbalanced quotes.\n" + USAGE)
    if not words or words[0].lower() in ("list", "ls"):
        return ListSources()
    verb, args = words[0].lower(), words[1:]
    if verb == "add":
        return _add(args)
    build = _BY_NAME.get(verb)
    if build is None:
        return SourcesUsage(f'I don\'t know "/sources {verb[:20]}".\n' + USAGE)
    if len(args) != 1:
        return SourcesUsage(f"Send /sources {verb} NAME, with NAME from /sources.")
    return build(args[0])


def _add(args: list[str]) -> SourceCommand:
    options: dict[str, str] = {}
    positional: list[str] = []
    index = 0
    while index < len(args):
        word = args[index]
        if word[:1] in ("—", "–"):  # phones turn "--" into a dash
            word = "--" + word[1:]
        key, _, inline = word.partition("=")
        if key.lower() in _FLAGS:
            if not inline and index + 1 >= len(args):
                return SourcesUsage(f"{key} needs a value.\n" + USAGE)
            if not inline:
                index += 1
            options[_FLAGS[key.lower()]] = inline or args[index]
        else:
            positional.append(word)
        index += 1
    if len(positional) != 2:
        return SourcesUsage("Send /sources add KIND NAME.\n" + USAGE)
    return AddSource(
        positional[0],
        positional[1],
        options.get("url"),
        options.get("interval"),
        options.get("company"),
    )


def is_operator(key: SubscriberKey, actor: Actor, admins: Collection[str]) -> bool:
    """Whether the person acting is listed in CONCIERGE_ADMINS."""
    user = actor.user or key.user
    if not user:
        return False
    return bool(
        {
            f"{key.platform}:{user}",
            f"{key.platform}:{key.workspace}:{user}",
            f"{key.platform}:{key.workspace}:{user}:{key.chat}",
        }
        & set(admins)
    )


def when(moment: datetime | None) -> str:
    """'2026-11-28 09:00 UTC', or 'never'."""
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "never"


def source_status(source: Source) -> str:
    """'paused', 'failing (3x)', 'new', 'resumed' (failed, then resumed) or 'ok'."""
    if source.paused:
        return "paused"
    if source.failures:
        return f"failing ({source.failures}x)"
    if source.last_success_at:
        return "ok"
    return "new" if source.last_run_at is None else "resumed"


def resumed_text(source: Source) -> str:
    """What resuming a source did, with its next poll."""
    return f"Resumed {source.label}, next poll at {when(source.next_run_at)}."


def source_text(source: Source) -> str:
    """A few lines about one source for chat."""
    c = source.counts
    lines = [
        f"{source.label} — every {format_interval(source.interval)} — {source_status(source)}",
        f"  last run {when(source.last_run_at)}: {c.new} new, {c.updated} updated, "
        f"{c.closed} closed, {c.skipped} skipped",
        f"  next run {'—' if source.paused else when(source.next_run_at)}",
    ]
    if source.url:
        lines.insert(1, f"  {source.url}")
    if source.network_note:
        lines.insert(2, f"  {source.network_note}")
    if source.last_error:
        lines.append(f"  last error: {source.last_error}")
    return "\n".join(lines)


def report_text(report: RunReport) -> str:
    """One line about a poll."""
    label = report.source.label
    if report.status == "failed":
        return f"{label}: failed — {report.error}. Next try {when(report.next_run_at)}."
    if report.status == "not_modified":
        return f"{label}: not modified since the last poll."
    c = report.counts
    text = (
        f"{label}: {c.new} new, {c.updated} updated, {c.unchanged} unchanged, {c.closed} closed, "
        f"{c.skipped} skipped, {report.linked} linked to other sources"
    )
    if report.status == "baseline":
        text += " (first poll: stored quietly, no alerts)"
    if report.error:
        text += f". Note: {report.error}"
    return text + "."


@contextmanager
def _chat_words() -> Iterator[None]:
    """The manager's refusals point to the CLI's `sources list`; in chat that is /sources."""
    try:
        yield
    except UserError as exc:
        raise UserError(str(exc).replace("`sources list`", "/sources")) from None


class SourceCommands:
    """Handles /sources for operators."""

    def __init__(self, manager: SourceManager | None, admins: Collection[str]) -> None:
        """Work through this manager (None: no sources kept); admins as in CONCIERGE_ADMINS."""
        self._manager = manager
        self._admins = frozenset(admins)

    def _check(self, subscriber: Subscriber, actor: Actor) -> SourceManager:
        """The manager, when the actor is an operator and the store keeps sources."""
        if not is_operator(subscriber.key, actor, self._admins):
            raise UserError(NOT_OPERATOR)
        if self._manager is None:
            raise UserError(NO_SOURCES)
        return self._manager

    async def usage(self, subscriber: Subscriber, command: SourcesUsage, actor: Actor) -> Reply:
        """Explain /sources."""
        self._check(subscriber, actor)
        return (ErrorText(command.message),)

    async def list_sources(
        self, subscriber: Subscriber, command: ListSources, actor: Actor
    ) -> Reply:
        """List every source."""
        manager = self._check(subscriber, actor)
        sources = await manager.sources()
        if not sources:
            return (Text("No job sources yet.\n" + USAGE),)
        return (Text("Job sources:\n" + "\n".join(source_text(s) for s in sources)),)

    async def add(self, subscriber: Subscriber, command: AddSource, actor: Actor) -> Reply:
        """Add a source; its first poll is a quiet baseline."""
        manager = self._check(subscriber, actor)
        with _chat_words():
            source = await manager.add(
                command.kind,
                command.target,
                url=command.url,
                interval=command.interval,
                company=command.company,
                allow_files=False,
            )
        return (
            Text(
                f"Added {source.label}, polled every {format_interval(source.interval)}. Its "
                "first poll stores its postings quietly (no alerts); /sources poll "
                f"{source.name} runs it now."
            ),
        )

    async def remove(self, subscriber: Subscriber, command: RemoveSource, actor: Actor) -> Reply:
        """Remove a source and close its postings."""
        manager = self._check(subscriber, actor)
        with _chat_words():
            source, closed = await manager.remove(command.ref)
        return (Text(f"Removed {source.label}; its {closed} open postings are closed."),)

    async def pause(self, subscriber: Subscriber, command: PauseSource, actor: Actor) -> Reply:
        """Pause a source."""
        manager = self._check(subscriber, actor)
        with _chat_words():
            source = await manager.pause(command.ref)
        return (Text(f"Paused {source.label}. /sources resume {source.name} restarts it."),)

    async def resume(self, subscriber: Subscriber, command: ResumeSource, actor: Actor) -> Reply:
        """Resume a source."""
        manager = self._check(subscriber, actor)
        with _chat_words():
            source = await manager.resume(command.ref)
        return (Text(resumed_text(source)),)

    async def poll(self, subscriber: Subscriber, command: PollSource, actor: Actor) -> Reply:
        """Poll a source now."""
        manager = self._check(subscriber, actor)
        with _chat_words():
            source = await manager.find(command.ref)
        report = await manager.poll_one(source)
        if report is None:
            return (Text(f"{source.label} is being polled right now; try again in a moment."),)
        return (Text(report_text(report)),)
