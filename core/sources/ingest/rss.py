"""RSS 2.0 and Atom feeds, read with feedparser."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime

import feedparser
from feedparser.encodings import convert_to_utf8

from core.model import Posting
from core.sources.ingest.build import Page, Record, collect, description, make_posting, tags_of
from core.sources.ingest.errors import FormatError
from core.sources.ingest.normalize import clean_line, parse_date, workplace_from_text
from core.sources.ingest.spec import SourceSpec

_NATIVE_ID_MAX = 100
# Every entity declaration, internal, external or parameter, starts with these bytes.
_ENTITY_DECLARATION = b"<!ENTITY"


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The entries of a feed; FormatError when the body is no feed at all or declares entities."""
    refuse_entities(body)
    # A stream, never bytes or str: feedparser opens a string that names a file or a URL.
    feed = feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)
    # Plain dicts: FeedParserDict warns when asked for keys it maps to others.
    entries = [dict(entry) for entry in feed.get("entries") or []]
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    detail = f": {clean_line(str(problem), 120)}" if problem else ""
    if not entries and (problem or not feed.get("version")):
        raise FormatError(f"not a valid RSS or Atom feed{detail}")
    page = collect(entries, lambda record: _posting(record, spec, now), Page())
    if problem and not page.postings:
        raise FormatError(f"not a valid RSS or Atom feed{detail}")
    if problem:
        page.skip(f"the feed is malformed, entries after the error may be missing{detail}")
    return page


def refuse_entities(body: bytes) -> None:
    """FormatError when the feed declares an XML entity: its expansion has no useful bound.

    Looked for in the UTF-8 text feedparser's parsers read (so UTF-16 and others are covered):
    expat expands declared entities, and feedparser's lenient fallback, used whenever expat
    stops at a syntax error, expands them without any limit.
    """
    if _ENTITY_DECLARATION in convert_to_utf8({}, body, {}):
        raise FormatError(
            "the feed declares XML entities (<!ENTITY>), refused: expanding them can exhaust memory"
        )


def _posting(entry: Record, spec: SourceSpec, now: datetime) -> Posting:
    link = entry.text("link")
    guid = entry.text("id") or link
    if not guid:
        raise ValueError('missing "guid"/"id" and "link"')
    title = entry.text("title")
    location = entry.text("location")
    contents = entry.items("content")
    html = Record(contents[0]).get("value") if contents and isinstance(contents[0], dict) else None
    if not isinstance(html, str) or not html.strip():
        html = entry.get("summary")
    categories = [Record(t).get("term") for t in entry.items("tags") if isinstance(t, dict)]
    return make_posting(
        spec,
        _native_id(guid),
        title,
        company=entry.text("company"),
        location=location,
        workplace=workplace_from_text(title, location, *[c for c in categories if c]),
        url=link,
        description=description(html),
        tags=tags_of(categories),
        posted_at=parse_date(entry.get("published_parsed"), now)
        or parse_date(entry.get("updated_parsed"), now),
    )


def _native_id(guid: str) -> str:
    """Short guids as they are; long ones (usually URLs) hashed to keep ids compact."""
    if len(guid) <= _NATIVE_ID_MAX and " " not in guid:
        return guid
    return hashlib.sha256(guid.encode("utf-8")).hexdigest()[:20]
