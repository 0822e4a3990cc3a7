"""What a source is (kind, name, address) and what polling it returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from core.model import Posting
from core.postings.limits import TEXT_MAX, URL_MAX
from core.sources.ingest.errors import SourceSpecError

SOURCE_KINDS: tuple[str, ...] = (
    "greenhouse",
    "lever",
    "ashby",
    "rss",
    "feed",
    "remoteok",
    "remotive",
    "arbeitnow",
)
# Kinds whose address may be a local file instead of a URL.
FILE_KINDS = frozenset({"rss", "feed"})
# Kinds whose name is the board token in the provider's URL.
BOARD_KINDS = frozenset({"greenhouse", "lever", "ashby"})

_DEFAULTS = {
    "greenhouse": "https://boards-api.greenhouse.io/v1/boards/{name}/jobs?content=true",
    "lever": "https://api.lever.co/v0/postings/{name}?mode=json",
    "ashby": "https://api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true",
    "remoteok": "https://remoteok.com/api",
    "remotive": "https://remotive.com/api/remote-jobs",
    "arbeitnow": "https://www.arbeitnow.com/api/job-board-api",
}
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One job source: its kind, a name (the board token for ATS kinds) and an address."""

    kind: str
    name: str
    url: str | None = None
    company: str | None = None

    @classmethod
    def parse(
        cls, kind: str, name: str, url: str | None = None, company: str | None = None
    ) -> SourceSpec:
        """Validate user input into a spec; raise SourceSpecError with a friendly reason."""
        kind = kind.strip().lower()
        if kind not in SOURCE_KINDS:
            raise SourceSpecError(
                f'unknown source kind "{kind}"; use one of: {", ".join(SOURCE_KINDS)}'
            )
        name = name.strip().lower()
        if not _NAME.fullmatch(name):
            what = "board token" if kind in BOARD_KINDS else "name"
            raise SourceSpecError(
                f'the {what} "{name}" is not valid: use letters, digits, ".", "_" or "-"'
                " (at most 100, no spaces)"
            )
        url = (url or "").strip() or None
        if url is None and kind not in _DEFAULTS:
            raise SourceSpecError(f"a {kind} source needs a URL" + _file_hint(kind))
        if url is not None:
            _check_address(kind, url)
        company = " ".join((company or "").split())[:TEXT_MAX] or None
        return cls(kind, name, url, company)

    @property
    def label(self) -> str:
        """The source's name in posting ids and Posting.source: kind:name."""
        return f"{self.kind}:{self.name}"


def _file_hint(kind: str) -> str:
    return " or a file path" if kind in FILE_KINDS else ""


def _check_address(kind: str, url: str) -> None:
    if len(url) > URL_MAX:
        raise SourceSpecError(f"the URL is too long ({len(url)} characters)")
    if local_path(kind, url) is not None:
        return
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourceSpecError(f'"{url}" is not an http:// or https:// address' + _file_hint(kind))


def names_address(kind: str, target: str) -> bool:
    """Whether a source's NAME argument is its address: a URL, or for a file kind a path.

    A file kind has no default address, so its "jobs.csv" or "feeds/jobs.xml" names the file.
    """
    if "://" in target or target.startswith(("/", "./", "~")):
        return True
    return kind.strip().lower() in FILE_KINDS and ("/" in target or "." in target)


def local_path(kind: str, url: str) -> Path | None:
    """The file a feed address names (/path, ./path, file:///path), None for a URL."""
    if kind not in FILE_KINDS:
        return None
    if url.startswith("file://"):
        return Path(urlsplit(url).path)
    if "://" not in url:
        return Path(url).expanduser()
    return None


def default_url(spec: SourceSpec) -> str:
    """The address to fetch: spec.url, a bare host completed with the kind's path, or the default.

    A bare host (https://api.eu.lever.co) keeps the standard path, so an EU board or a test
    server only needs its origin.
    """
    template = _DEFAULTS.get(spec.kind)
    if spec.url is None:
        if template is None:
            raise SourceSpecError(f"a {spec.kind} source needs a URL")
        return template.format(name=spec.name)
    parts = urlsplit(spec.url)
    if template is not None and parts.path in ("", "/") and not parts.query:
        path = urlsplit(template.format(name=spec.name))
        return urlunsplit((parts.scheme, parts.netloc, path.path, path.query, ""))
    return spec.url


@dataclass(frozen=True, slots=True)
class FetchState:
    """Validators from the last successful fetch, for conditional requests."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(slots=True)
class PollResult:
    """What one poll found: postings, reasons for skipped records and the new validators."""

    postings: list[Posting] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_modified: bool = False
    state: FetchState = field(default_factory=FetchState)
    retry_after: float | None = None
