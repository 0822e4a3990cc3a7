"""Postings in our import schema (JSON array, JSON Lines, CSV) at a URL or in a local file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from core.errors import ImportFileError
from core.model import Posting
from core.postings.importing import (
    RepeatedNotes,
    RowError,
    RowNote,
    iter_postings,
    iter_postings_from_bytes,
)
from core.postings.importing.formats import (
    KINDS_BY_SUFFIX,
    FileFormat,
    sniff_delimiter,
    sniff_kind,
)
from core.sources.ingest.build import Page, log
from core.sources.ingest.errors import FormatError
from core.sources.ingest.normalize import canonical_url
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, url: str, content_type: str) -> Page:
    """The postings of a downloaded file; its format from the URL, Content-Type or content."""
    fmt = _format(body, url, content_type)
    items = iter_postings_from_bytes(
        body, fmt.kind, delimiter=fmt.delimiter, default_source=spec.label
    )
    return _page(items, spec)


def parse_file(path: Path, spec: SourceSpec) -> Page:
    """A local file's postings, streamed by core.postings.importing (blocking: run in a thread)."""
    try:
        items = iter_postings(path, default_source=spec.label)
    except ImportFileError as exc:
        raise FormatError(str(exc)) from None
    return _page(items, spec)


def _page(items: Iterable[Posting | RowError | RowNote], spec: SourceSpec) -> Page:
    page = Page()
    notes = RepeatedNotes()
    try:
        for item in items:
            if isinstance(item, RowError):
                log.info("skipped %s: %s", spec.label, item)
                page.skip(str(item))
            elif isinstance(item, RowNote):
                if notes.first(item):
                    log.info("%s: %s", spec.label, item)
            else:
                page.postings.append(_namespaced(item, spec))
    except ImportFileError as exc:
        raise FormatError(str(exc)) from None
    for line in notes.summary():
        log.info("%s: %s", spec.label, line)
    return page


def _namespaced(posting: Posting, spec: SourceSpec) -> Posting:
    """The record's id under this source (feed:name:id) and its URL canonical."""
    return replace(posting, id=f"{spec.label}:{posting.id}", url=canonical_url(posting.url))


def _format(body: bytes, url: str, content_type: str) -> FileFormat:
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    kind = KINDS_BY_SUFFIX.get(suffix)
    media = content_type.split(";")[0].strip().lower()
    if kind is None:
        if media.endswith(("ndjson", "jsonl", "json-seq")):
            kind = "jsonl"
        elif media.endswith("csv"):
            kind = "csv"
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1].decode("latin-1")
    if kind is None or (kind in ("json", "jsonl") and start in ("[", "{")):
        kind = sniff_kind(start)
    if kind == "csv":
        header = body.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
        tab = suffix == ".tsv" or "tab-separated" in media
        return FileFormat("csv", "\t" if tab else sniff_delimiter(header))
    return FileFormat(kind)
