"""Turning one loosely typed record (a JSON object or a CSV row) into a Posting.

Text is stripped of control characters; one-line fields also have their whitespace collapsed.
Over-long text is truncated with "…" to the limits in core/postings/limits.py, and each cut is
noted for the import summary. Pay is read with its currency ("£46,148", "USD 120k"), a range in
one cell as both ends ("€90k-€110k"); pay that cannot be read drops the posting's pay, noted,
never the posting, and a posted_at that is not a date drops the date the same way. Other values
that cannot be understood (a url that is not http(s), a closing date that is not a date, a value
of the wrong JSON type) are errors, never guessed at; blank values count as absent.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import urlsplit

from core.matching.money import PAY_PERIOD, PERIODS, below_a_year
from core.model import Posting, Workplace
from core.postings.currencies import ISO_4217, POSTING_SYMBOLS, code_of
from core.postings.dates import as_utc, from_epoch
from core.postings.limits import (
    DESCRIPTION_MAX,
    LOCATION_MAX,
    SALARY_MAX,
    SOURCE_MAX,
    TAG_MAX,
    TAGS_MAX,
    TEXT_MAX,
    TITLE_MAX,
    URL_MAX,
)

T = TypeVar("T")
PAY_NOT_READ = "pay not read, kept without pay"  # the note's kind, counted apart from cuts
DATE_NOT_READ = "posted_at not read, kept without a date"  # likewise

# C0 and C1 control characters except tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n?")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)([km]?)", re.IGNORECASE)
_EPOCH = re.compile(r"\d+(?:\.\d+)?")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TAG_SEPARATOR = re.compile(r"[,;|]")

_WORKPLACES: dict[str, Workplace] = {
    "true": "remote",
    "yes": "remote",
    "y": "remote",
    "1": "remote",
    "remote": "remote",
    "false": "onsite",
    "no": "onsite",
    "n": "onsite",
    "0": "onsite",
    "onsite": "onsite",
    "on-site": "onsite",
    "on site": "onsite",
    "office": "onsite",
    "hybrid": "hybrid",
}


def posting_from_record(record: Mapping[str, object], *, default_source: str = "import") -> Posting:
    """Validate and normalise one record; raise ValueError with every problem found."""
    return posting_with_notes(record, default_source=default_source)[0]


def posting_with_notes(
    record: Mapping[str, object], *, default_source: str = "import"
) -> tuple[Posting, list[tuple[str, str]]]:
    """Validate and normalise one record, with a note for each field cut to its limit: its
    kind (the same in every record cut alike) and its text."""
    fields = _Fields(record)
    title = fields.clip("title", fields.read("title", _title, required=True), TITLE_MAX)
    ident = fields.read("id", _identifier)
    source = fields.clip("source", fields.read("source", _line), SOURCE_MAX)
    company = fields.clip("company", fields.read("company", _line), TEXT_MAX)
    location = fields.clip("location", fields.read("location", _line), LOCATION_MAX)
    workplace = fields.read("remote", _workplace)
    salary_min, salary_max, currency = _pay(fields)
    url = fields.read("url", _url)
    description = fields.clip(
        "description", fields.read("description", _description), DESCRIPTION_MAX
    )
    tags = fields.clip_tags(fields.read("tags", _tags))
    posted_at = fields.read_or_note("posted_at", _posted_at, DATE_NOT_READ, "a date")
    closes_at = fields.read("closes_at", _closes_at) or fields.read("expires_at", _closes_at)
    if not ident and not url and not fields.failed & {"id", "url"}:
        fields.fail('missing "id" and "url" (one of them is required)')
    if fields.reasons or title is None:
        raise ValueError("; ".join(fields.reasons))
    if company is None:
        company = _employer(description or "")
    state = fields.read("state", _line) if location is None else None
    if state:
        location = _us_state(state)
    posting = Posting(
        id=ident or url or "",
        title=title,
        source=source or default_source,
        company=company or "",
        location=location or "",
        workplace=workplace,
        salary_min=salary_min,
        salary_max=salary_max,
        currency=currency,
        url=url or "",
        description=description or "",
        tags=tags or (),
        posted_at=posted_at,
        closes_at=closes_at,
    )
    return posting, fields.notes


# How a posting without a company field names its employer in its text ("Microsoft is an equal
# opportunity employer", "your employment with Microsoft"): each name said so is one employer.
_EMPLOYER = re.compile(
    r"\b(?P<a>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) is an equal opportunity employer"
    r"|\bemployment with (?P<b>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"
)


def _employer(description: str) -> str | None:
    """The one employer the text names as such (see _EMPLOYER); None when none or several.

    Words before a name ("Qualifications Microsoft", "San Francisco Microsoft") are not the
    name when its last word is said more often without them; names that do not end in the
    shortest one said are different employers.
    """
    names = {(m["a"] or m["b"]).rstrip(".") for m in _EMPLOYER.finditer(description)}
    shortest = min(names, key=len, default=None)
    if not shortest or not all(n.endswith(shortest) for n in names):
        return None
    words = shortest.split()
    said = description.count(words[-1])
    return next(
        " ".join(words[i:])
        for i in range(len(words))
        if description.count(" ".join(words[i:])) == said
    )


def _us_state(state: str) -> str | None:
    """A record's `state` (the Microsoft careers sample's) as a location, when a US state."""
    from core.digests.places import us_state  # the city table: read only for such a record

    name = us_state(state)
    return f"{name}, United States" if name else None


def under_source(posting: Posting) -> Posting:
    """The posting with its id under its source ("import:1"): a posting is (source, id).

    An id already under its source (such as "import:1" printed by `concierge search`) stays.
    """
    prefix = f"{posting.source}:"
    return posting if posting.id.startswith(prefix) else replace(posting, id=prefix + posting.id)


class _Fields:
    """Reads fields of one record, collecting the reasons it is invalid."""

    def __init__(self, record: Mapping[str, object]) -> None:
        self._record = record
        self.reasons: list[str] = []
        self.failed: set[str] = set()
        self.notes: list[tuple[str, str]] = []  # (kind, text), as posting_with_notes gives

    def read(
        self, name: str, parse: Callable[[object, str], T], *, required: bool = False
    ) -> T | None:
        """Parse one field; None when absent or blank (a problem noted if required)."""
        value = self._record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(f'missing "{name}"', name)
            return None
        try:
            return parse(value, name)
        except ValueError as exc:
            self.fail(str(exc), name)
            return None

    def read_or_note(
        self, name: str, parse: Callable[[object, str], T], kind: str, what: str
    ) -> T | None:
        """Parse one field; a value that cannot be read is left out, noted, the record kept."""
        try:
            return parse(self.given(name), name) if self.given(name) is not None else None
        except ValueError as exc:
            self.notes.append((kind, f"{exc} (kept without {what})"))
            return None

    def given(self, name: str) -> object:
        """A field's value; None when absent or blank."""
        value = self._record.get(name)
        return None if isinstance(value, str) and not value.strip() else value

    def clip(self, name: str, text: str | None, limit: int) -> str | None:
        """Text cut to limit characters with "…", the cut noted."""
        if text is None or len(text) <= limit:
            return text
        kind = f"{name} cut to {limit:,} characters"
        self.notes.append((kind, f"{kind} (it had {len(text):,})"))
        return _truncate(text, limit)

    def clip_tags(self, tags: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """At most TAGS_MAX tags of at most TAG_MAX characters, the cuts noted."""
        if tags is None:
            return None
        long = sum(len(tag) > TAG_MAX for tag in tags)
        if long:
            kind = f"tag(s) cut to {TAG_MAX} characters"
            self.notes.append((kind, f"{long} {kind}"))
        if len(tags) > TAGS_MAX:
            kind = f"tags past the first {TAGS_MAX} dropped"
            self.notes.append((kind, f"tags: the first {TAGS_MAX} of {len(tags)} kept"))
        return tuple(_truncate(tag, TAG_MAX) for tag in tags[:TAGS_MAX])

    def fail(self, reason: str, name: str = "") -> None:
        """Note one reason the record is invalid."""
        self.reasons.append(reason)
        self.failed.add(name)


def _describe(value: object) -> str:
    """Name a JSON value's type the way a user would."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    """Quote a bad value for a message, shortened."""
    text = str(value)
    short = text if len(text) <= 60 else text[:59] + "…"
    return json.dumps(short, ensure_ascii=False) if isinstance(value, str) else short


def _require_text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text, not {_describe(value)}")
    return value


def _clean_line(text: str) -> str:
    """Drop control characters and collapse all whitespace, line breaks included."""
    return " ".join(_CONTROL.sub("", text).split())


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _line(value: object, name: str) -> str:
    # A feed's HTML entities ("A&amp;E", "&#39;") are the characters: each chat escapes them
    # as it needs (Telegram HTML, Slack mrkdwn; the terminal shows them as they are).
    return _clean_line(html.unescape(_require_text(value, name)))


def _title(value: object, name: str) -> str:
    title = _line(value, name)
    if not title:
        raise ValueError(f'missing "{name}"')
    return title


def _identifier(value: object, name: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text or a whole number, not {_describe(value)}")
    ident = _clean_line(value)
    if len(ident) > URL_MAX:
        raise ValueError(f"{name} is too long ({len(ident)} characters, {URL_MAX} at most)")
    return ident


def _description(value: object, name: str) -> str:
    text = _LINE_BREAK.sub("\n", _require_text(value, name))
    return _CONTROL.sub("", text).strip()


def _url(value: object, name: str) -> str:
    url = _clean_line(_require_text(value, name))
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{name} must be an http:// or https:// address: {_show(value)}")
    if len(url) > URL_MAX:
        raise ValueError(f"{name} is too long ({len(url)} characters, {URL_MAX} at most)")
    return url


def _workplace(value: object, name: str) -> Workplace:
    if isinstance(value, bool):
        return "remote" if value else "onsite"
    key = _clean_line(value).lower() if isinstance(value, str) else str(value)
    if isinstance(value, str | int) and key in _WORKPLACES:
        return _WORKPLACES[key]
    raise ValueError(f"{name} must be true/false, remote, hybrid or onsite: {_show(value)}")


def _pay(fields: _Fields) -> tuple[float | None, float | None, str | None]:
    """salary_min, salary_max and currency; a posting whose pay cannot be read is kept
    without pay (a note says why), never lost over it."""
    try:
        lows, low_code = _salaries(fields.given("salary_min"), "salary_min")
        highs, high_code = _salaries(fields.given("salary_max"), "salary_max")
        # A range in one cell ("€90k-€110k") is both ends, unless the other cell gives its own.
        low = lows[0] if lows else highs[0] if len(highs) == 2 else None
        high = highs[-1] if highs else lows[-1] if len(lows) == 2 else None
        given = fields.given("currency")
        currency = None if given is None else _currency(given, "currency")
        codes = {code for code in (currency, low_code, high_code) if code}
        if len(codes) > 1:
            raise ValueError(f"the pay names {' and '.join(sorted(codes))}")
        for name, amount in (("salary_min", low), ("salary_max", high)):
            if amount and below_a_year(amount, next(iter(codes), None)):  # 0: pay not stated
                raise ValueError(_too_little(name, fields.given(name)))
        if low is not None and high is not None and low > high:
            raise ValueError(f"salary_min ({low:g}) is more than salary_max ({high:g})")
    except ValueError as exc:
        fields.notes.append((PAY_NOT_READ, f"{exc} (kept without pay)"))
        return None, None, None
    return low, high, next(iter(codes), None)


# Between the two ends of a range in one cell ("€90k-€110k", "40 to 50/hr"): a dash after a
# figure, before one.
_RANGE_DASH = re.compile(r"(?<=[\w.$€£¥₹])\s*(?:-|–|—|\bto\b)\s*(?=\S)")
_MULTIPLIER = re.compile(r"\d\s*([kKmM])\b")


def _salaries(value: object, name: str) -> tuple[tuple[float, ...], str | None]:
    """The one amount of a cell, or the two of a range ("€90k-€110k", "90-110k", "$40-$50/hr"),
    and the currency named; a period or k after the top counts for a bare bottom too."""
    parts = _RANGE_DASH.split(value, maxsplit=2) if isinstance(value, str) else []
    if len(parts) < 2:
        amount, code = _salary(value, name)
        return (() if amount is None else (amount,)), code
    if len(parts) > 2 or not all(_NUMBER_IN.search(part) for part in parts):
        raise ValueError(f"{name} is not a number or a range: {_show(value)}")
    bottom, top = (_clean_line(part) for part in parts)
    period = _period(top)
    if period and not _period(bottom):
        bottom += top[period.start() :]
    unit = _MULTIPLIER.search(top)
    if unit and not _MULTIPLIER.search(bottom):
        bare = _NUMBER_IN.search(bottom)
        bottom = bottom[: bare.end()] + unit[1] + bottom[bare.end() :] if bare else bottom
    (low, low_code), (high, high_code) = _salary(bottom, name), _salary(top, name)
    codes = {code for code in (low_code, high_code) if code}
    if len(codes) > 1:
        raise ValueError(f"the pay names {' and '.join(sorted(codes))}")
    assert low is not None and high is not None  # both parts hold a figure
    if low > high:
        raise ValueError(f"{name} {_show(value)} runs from more to less")
    return (low, high), next(iter(codes), None)


_NUMBER_IN = re.compile(r"\d[\d,. ]*")


def _period(text: str) -> re.Match[str] | None:
    """Where a cell says its pay's period ("/hr", "per month"), None for pay by the year."""
    period = PAY_PERIOD.search(text)
    return period if period and (period["per"] or period["per2"]) else None


def _salary(value: object, name: str) -> tuple[float | None, str | None]:
    """An amount and the currency it names, if any ("£46,148", "USD 120k", "90000 EUR")."""
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number, not {_describe(value)}")
    code = None
    per_year = 1
    if isinstance(value, str):
        text = _clean_line(value)
        period = _period(text)
        if period:
            text, per_year = text[: period.start()], PERIODS[period["per"] or period["per2"]]
        text, code = _without_currency(text)
        amount = _number(text)
    else:
        amount = _finite(value)
    if amount is None:
        raise ValueError(f"{name} is not a number: {_show(value)}")
    if amount < 0:
        raise ValueError(f"{name} is negative: {_show(value)}")
    amount *= per_year
    if amount > SALARY_MAX:
        raise ValueError(f"{name} is over {SALARY_MAX:,}: {_show(value)}")
    return amount, code


def _too_little(name: str, value: object) -> str:
    """Why a yearly figure no year's pay is that small ("46") is not taken, and how to write it."""
    shown = _clean_line(str(value))
    return f"{name} {shown} is too little for a year's pay; pay by the hour is written {shown}/hr"


# Currency symbols a pay figure starts with ("£", "US$"), the longest first; codes are words.
_SYMBOLS = sorted(POSTING_SYMBOLS, key=len, reverse=True)
_CODE = re.compile(r"^([A-Za-z]{3})(?![A-Za-z])\s*|\s*(?<![A-Za-z])([A-Za-z]{3})$")
# Dots between groups of three digits ("55.000", "1.250.000") are thousands separators.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _without_currency(text: str) -> tuple[str, str | None]:
    """A pay figure without the currency symbol or ISO code before or after it, and that code."""
    for symbol in _SYMBOLS:
        if text.startswith(symbol) or text.endswith(symbol):
            bare = text.removeprefix(symbol) if text.startswith(symbol) else text[: -len(symbol)]
            return bare.strip(), POSTING_SYMBOLS[symbol]
    match = _CODE.search(text)
    if match and (match[1] or match[2]).upper() in ISO_4217:
        return (text[: match.start()] + text[match.end() :]).strip(), (match[1] or match[2]).upper()
    return text, None


def _finite(value: float) -> float | None:
    """The value as a float, None if infinite, NaN or too big for a float."""
    try:
        amount = float(value)
    except OverflowError:
        return None
    return amount if math.isfinite(amount) else None


def _number(text: str) -> float | None:
    """Read "120000", "120,000", "120 000", "55.000", "120k" or "1.2m"; None if none of those."""
    text = "".join(text.replace(",", "").split())
    if _DOTTED_THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    suffix = match[1].lower()
    multiplier = 1_000 if suffix == "k" else 1_000_000 if suffix == "m" else 1
    return float(match[0].rstrip("kKmM")) * multiplier


def _currency(value: object, name: str) -> str:
    text = _clean_line(_require_text(value, name))
    code = code_of(text)
    if code not in ISO_4217:
        raise ValueError(f"{name} is not a known currency code such as USD: {_show(value)}")
    return code


def _tags(value: object, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        parts: list[object] = list(_TAG_SEPARATOR.split(value))
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        raise ValueError(f"{name} must be a list or text, not {_describe(value)}")
    tags: dict[str, str] = {}
    for part in parts:
        if not isinstance(part, str):
            raise ValueError(f"{name} must hold only text, not {_describe(part)}")
        tag = _clean_line(part)
        if tag:
            tags.setdefault(tag.casefold(), tag)
    return tuple(tags.values())


def _posted_at(value: object, name: str) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a date, not {_describe(value)}")
    moment = _date_from_text(value.strip()) if isinstance(value, str) else from_epoch(value)
    if moment is None:
        raise ValueError(f"{name} is not a date: {_show(value)}")
    return moment


def _closes_at(value: object, name: str) -> datetime:
    """A closing date; a date alone ("2024-02-19") closes at the end of that day (UTC)."""
    moment = _posted_at(value, name)
    if isinstance(value, str) and _DATE_ONLY.fullmatch(value.strip()):
        return moment + timedelta(days=1, microseconds=-1)
    return moment


def _date_from_text(text: str) -> datetime | None:
    """Read ISO 8601, epoch seconds or milliseconds, or an RFC 2822 date as in feeds."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        if _EPOCH.fullmatch(text):
            return from_epoch(float(text))
        try:
            moment = parsedate_to_datetime(text)
        except (ValueError, TypeError):
            return None
    return as_utc(moment)
