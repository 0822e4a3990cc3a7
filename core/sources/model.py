"""Job sources: their settings and state, the store port, and interval/address helpers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from ipaddress import ip_address
from pathlib import PurePath
from typing import Literal
from urllib.parse import urlsplit

from core.errors import UserError
from core.sources.ingest import FetchState, SourceSpec
from core.sources.ingest.fetch.addresses import AddressPolicy
from core.sources.ingest.spec import local_path

# How long a source claimed for a poll is skipped by other processes, unless the run is
# recorded first (a process that died mid-poll leaves it to another after this long).
POLL_LEASE = timedelta(minutes=10)
DEFAULT_INTERVAL = 30 * 60
MIN_INTERVAL = 5 * 60
# A file or a server on this machine may be polled often: nobody else pays for it.
MIN_LOCAL_INTERVAL = 10
MAX_INTERVAL = 7 * 24 * 3600
BACKOFF_CAP = 24 * 3600.0
# A failed poll is tried again after this (or the source's interval, if shorter), doubling
# with each failure in a row up to BACKOFF_CAP: a hiccup costs minutes, not an interval, and a
# source that keeps failing is asked ever less often (5 min, 10, 20, 40, ... a day).
RETRY_FIRST = 5 * 60.0
CONCURRENCY = 4
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
# Each unit at most once, in order, with bounded digits: no nested repetition, so a match gives
# up within a few dozen characters (the old "(?:\d{1,6}\s*[dhms]?\s*)+" tried every split of a
# long digit run: exponential time).
# Bare minutes come alone or after days/hours ("45", "1h30").
_INTERVAL = re.compile(
    r"(?:(?P<d>\d{1,6})d)?(?:(?P<h>\d{1,6})h)?"
    r"(?:(?:(?P<m>\d{1,6})m)?(?:(?P<s>\d{1,6})s)?|(?P<bare>\d{1,6}))",
    re.ASCII,
)
_MORE = re.compile(r"^\.\.\. and (\d+) more$")
_NAME_CHARS = re.compile(r"[^a-z0-9._-]+")

RunStatus = Literal["ok", "baseline", "partial", "not_modified", "failed"]


@dataclass(frozen=True, slots=True)
class RunCounts:
    """What one poll changed."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class Source:
    """A stored source with its schedule and the outcome of its last run."""

    id: int
    kind: str
    name: str
    url: str | None
    company: str | None
    interval: int
    paused: bool
    created_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    last_run_at: datetime | None = None
    last_success_at: datetime | None = None
    next_run_at: datetime | None = None
    failures: int = 0
    last_error: str = ""
    counts: RunCounts = field(default_factory=RunCounts)
    empty_polls: int = 0

    @property
    def spec(self) -> SourceSpec:
        """The connector's view of this source."""
        return SourceSpec(self.kind, self.name, self.url, self.company)

    @property
    def label(self) -> str:
        """kind:name, the prefix of its posting ids."""
        return f"{self.kind}:{self.name}"

    @property
    def network_note(self) -> str:
        """Which private range the source may reach because its URL is in it; '' for none."""
        if self.url is None or local_path(self.kind, self.url) is not None:
            return ""
        return AddressPolicy.for_url(self.url).note


@dataclass(frozen=True, slots=True)
class SourceRun:
    """A run to record: state None keeps the validators, counts None keeps the last figures."""

    at: datetime
    ok: bool
    next_run_at: datetime
    failures: int
    error: str = ""
    state: FetchState | None = None
    counts: RunCounts | None = None
    empty_polls: int = 0


@dataclass(frozen=True, slots=True)
class RunReport:
    """What polling one source did, for the CLI, the log and chat."""

    source: Source
    status: RunStatus
    counts: RunCounts = field(default_factory=RunCounts)
    linked: int = 0
    matches: int = 0
    error: str = ""
    next_run_at: datetime | None = None
    notes: tuple[str, ...] = ()


def parse_interval(text: str) -> int:
    """Seconds from "90s", "30m", "2h", "1d", "1h30m" or bare minutes ("45")."""
    cleaned = "".join(text.lower().split())
    parts = _INTERVAL.fullmatch(cleaned) if cleaned else None
    if parts is None:
        raise UserError(f'"{text[:30]}" is not an interval: use e.g. 90s, 30m, 2h or 1d')
    counts = {unit: int(n) for unit, n in parts.groupdict().items() if n}
    seconds = sum(count * _UNITS["m" if unit == "bare" else unit] for unit, count in counts.items())
    if not 0 < seconds <= MAX_INTERVAL:
        raise UserError(
            f"the interval must be between 1 second and {format_interval(MAX_INTERVAL)}"
        )
    return seconds


def format_interval(seconds: int) -> str:
    """ "30m", "2h", "1h30m", "90s"."""
    parts = []
    for unit, size in _UNITS.items():
        if seconds >= size and (seconds % size == 0 or unit != "s"):
            count, seconds = divmod(seconds, size)
            if count:
                parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"


def is_local(spec: SourceSpec) -> bool:
    """A file, or a server on this machine (loopback)."""
    if spec.url is None:
        return False
    if local_path(spec.kind, spec.url) is not None:
        return True
    host = urlsplit(spec.url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def min_interval(spec: SourceSpec) -> int:
    """The shortest allowed interval: 5 minutes, 10 seconds for local sources."""
    return MIN_LOCAL_INTERVAL if is_local(spec) else MIN_INTERVAL


def name_from_address(address: str) -> str:
    """A source name from a URL (its host) or a file path (its stem)."""
    if "://" in address and not address.startswith("file://"):
        base = (urlsplit(address).hostname or "").removeprefix("www.")
    else:
        base = PurePath(urlsplit(address).path if "://" in address else address).stem
    name = _NAME_CHARS.sub("-", base.lower()).strip("-._")[:90]
    return name or "feed"


def skipped_count(notes: Sequence[str]) -> int:
    """Skipped records in a poll's notes, "... and N more" included, page stops excluded."""
    count = 0
    for note in notes:
        more = _MORE.match(note)
        if more:
            count += int(more.group(1))
        elif not note.startswith("stopped "):
            count += 1
    return count
