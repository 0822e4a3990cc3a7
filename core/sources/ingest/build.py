"""Shared connector plumbing: typed reads of untrusted JSON, Posting assembly, per-record skips."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from core.model import Posting, Workplace
from core.postings.limits import (
    DESCRIPTION_MAX,
    LOCATION_MAX,
    NATIVE_ID_MAX,
    TAG_MAX,
    TAGS_MAX,
    TITLE_MAX,
)
from core.sources.ingest.errors import FormatError
from core.sources.ingest.html import clean_text, html_to_text
from core.sources.ingest.normalize import canonical_url, clean_line
from core.sources.ingest.spec import SourceSpec

log = logging.getLogger("core.sources.ingest")

# A source with thousands of bad records should not produce thousands of reasons.
SKIPPED_MAX = 200


@dataclass(slots=True)
class Page:
    """What one response held: postings, skip reasons, and the next page's URL if any."""

    postings: list[Posting] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    next_url: str | None = None
    skipped_count: int = 0

    def skip(self, reason: str) -> None:
        """Note a skipped record, keeping at most SKIPPED_MAX reasons."""
        self.skipped_count += 1
        if len(self.skipped) < SKIPPED_MAX:
            self.skipped.append(reason)


class Record:
    """Typed, forgiving reads from one JSON object of unknown shape."""

    def __init__(self, raw: object) -> None:
        """Wrap an object; a record that is not a JSON object is a ValueError."""
        if not isinstance(raw, dict):
            raise ValueError(f"expected a JSON object, found {describe(raw)}")
        self.raw: Mapping[str, object] = raw

    def get(self, *path: str) -> object:
        """The value at a path of keys, None if any step is missing or not an object."""
        value: object = self.raw
        for key in path:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    def text(self, *path: str) -> str:
        """A text value as one clean line, "" if absent or not text."""
        return clean_line(self.get(*path))

    def ident(self, *path: str) -> str:
        """A native id (text or whole number); ValueError when missing or unusable."""
        value = self.get(*path)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        ident = clean_line(value, NATIVE_ID_MAX + 1)
        if not ident or len(ident) > NATIVE_ID_MAX:
            raise ValueError(f'missing or invalid "{".".join(path)}"')
        return ident

    def items(self, *path: str) -> list[object]:
        """A list value, [] if absent or not a list."""
        value = self.get(*path)
        return list(value) if isinstance(value, list) else []

    def texts(self, *path: str) -> list[str]:
        """The text elements of a list (or a lone text), others dropped."""
        value = self.get(*path)
        values = value if isinstance(value, list) else [value]
        return [text for text in (clean_line(v) for v in values) if text]


def describe(value: object) -> str:
    """Name a JSON value's type for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def json_body(body: bytes) -> object:
    """Decode a JSON response; FormatError with the reason when it is not JSON."""
    try:
        return json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FormatError("the response is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FormatError(f"malformed JSON at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise FormatError("malformed JSON: nested too deeply") from None


def _expect(value: object, kind: type, what: str) -> None:
    """FormatError unless the decoded body (or part) has the type the API documents."""
    if not isinstance(value, kind):
        noun = "a list" if kind is list else "an object"
        raise FormatError(f"unexpected response: {what} should be {noun}, not {describe(value)}")


def json_object(body: bytes) -> dict[str, object]:
    """A response that must be a JSON object; FormatError when it is not."""
    data = json_body(body)
    _expect(data, dict, "the response")
    assert isinstance(data, dict)
    return data


def json_array(body: bytes) -> list[object]:
    """A response that must be a JSON array; FormatError when it is not."""
    data = json_body(body)
    _expect(data, list, "the response")
    assert isinstance(data, list)
    return data


def array_at(data: Mapping[str, object], key: str) -> list[object]:
    """The list under key in a response object; FormatError when it is missing or not a list."""
    value = data.get(key)
    _expect(value, list, f'"{key}"')
    assert isinstance(value, list)
    return value


def collect(
    items: Iterable[object], convert: Callable[[Record], Posting | None], page: Page
) -> Page:
    """Convert each item; a bad one is skipped with its reason (None means ignore quietly)."""
    for index, raw in enumerate(items):
        try:
            record = Record(raw)
            posting = convert(record)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            ident = _ident_of(raw)
            reason = f"record {index + 1}{f' (id {ident})' if ident else ''}: {exc}"
            log.info("skipped %s", reason)
            page.skip(reason)
        else:
            if posting is not None:
                page.postings.append(posting)
    return page


def _ident_of(raw: object) -> str:
    if not isinstance(raw, dict):
        return ""
    for key in ("id", "slug", "guid"):
        value = raw.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        text = clean_line(value, 60)
        if text:
            return text
    return ""


def tags_of(values: Iterable[object]) -> tuple[str, ...]:
    """Clean, unique (case-insensitively) tags, at most TAGS_MAX."""
    tags: dict[str, str] = {}
    for value in values:
        tag = clean_line(value, TAG_MAX)
        if tag:
            tags.setdefault(tag.casefold(), tag)
    return tuple(tags.values())[:TAGS_MAX]


def description(html: object = None, plain: object = None) -> str:
    """Plain text from plain text when given, else from HTML; capped."""
    if isinstance(plain, str) and plain.strip():
        return clean_text(plain, DESCRIPTION_MAX)
    if isinstance(html, str):
        return html_to_text(html, DESCRIPTION_MAX)
    return ""


def make_posting(
    spec: SourceSpec,
    native_id: str,
    title: str,
    *,
    company: str = "",
    location: str = "",
    workplace: Workplace | None = None,
    salary: tuple[float | None, float | None, str | None] = (None, None, None),
    url: object = "",
    description: str = "",
    tags: Sequence[str] = (),
    posted_at: datetime | None = None,
) -> Posting:
    """A Posting with the id kind:name:native_id; ValueError when the title is missing."""
    title = clean_line(title, TITLE_MAX)
    if not title:
        raise ValueError('missing "title"')
    low, high, currency = salary
    return Posting(
        id=f"{spec.label}:{native_id}",
        title=title,
        source=spec.label,
        company=clean_line(company) or default_company(spec),
        location=clean_line(location, LOCATION_MAX),
        workplace=workplace,
        salary_min=low,
        salary_max=high,
        currency=currency,
        url=canonical_url(url),
        description=description,
        tags=tuple(tags),
        posted_at=posted_at,
    )


def default_company(spec: SourceSpec) -> str:
    """The company of a single-company board: spec.company, else the board token."""
    if spec.company:
        return spec.company
    if spec.kind in ("greenhouse", "lever", "ashby"):
        return " ".join(part.capitalize() for part in spec.name.replace("_", "-").split("-"))
    return ""
