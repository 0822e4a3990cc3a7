"""Normalising source fields: canonical URLs, annual salaries, workplace, dates, locations."""

from __future__ import annotations

import calendar
import math
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.matching.money import CODES
from core.model import Workplace
from core.postings.currencies import POSTING_SYMBOLS, code_of
from core.postings.dates import as_utc, from_epoch
from core.postings.limits import LOCATION_MAX, SALARY_MAX, TEXT_MAX, URL_MAX

HOURS_PER_YEAR = 2080
_PER_YEAR = {"hour": HOURS_PER_YEAR, "day": 260, "week": 52, "month": 12, "year": 1}

_TRACKING_PREFIXES = ("utm_", "mc_", "hsa_", "pk_", "mtm_")
_TRACKING = frozenset(
    {
        "gh_src", "gh_jid_src", "lever-source", "lever-origin", "lever-source[]", "ref",
        "referrer", "source", "src", "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "trk", "trackingid", "refid", "campaign",
    }
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\ufeff]")
_INTERVALS = (
    ("hour", re.compile(r"hour|hr\b|/h\b", re.I)),
    ("day", re.compile(r"\bday|daily", re.I)),
    ("week", re.compile(r"week", re.I)),
    ("month", re.compile(r"month|/mo\b", re.I)),
    ("year", re.compile(r"year|annual|/yr\b|\bpa\b|p\.a\.", re.I)),
)
_WORKPLACE_WORDS: tuple[tuple[Workplace, re.Pattern[str]], ...] = (
    ("hybrid", re.compile(r"\bhybrid\b", re.I)),
    ("remote", re.compile(r"\b(?:remote|anywhere|worldwide|work from home|wfh)\b", re.I)),
    ("onsite", re.compile(r"\b(?:on-?site|in[- ]office|in[- ]person)\b", re.I)),
)
_MONEY = re.compile(
    r"(?P<cur>US\$|[A-Z]{3}\s?|[$€£₹])?\s*(?P<num>\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)"
    r"\s*(?P<k>[kK]\b)?"
)
_LABELS: dict[str, Workplace] = {
    "remote": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "inoffice": "onsite",
    "inperson": "onsite",
}
_EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


def clean_line(value: object, limit: int = TEXT_MAX) -> str:
    """One line of text: non-text becomes "", whitespace collapsed, control characters gone."""
    if not isinstance(value, str):
        return ""
    text = " ".join(_CONTROL.sub(" ", value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def canonical_url(url: object) -> str:
    """The http(s) URL without tracking parameters or fragment; "" when it is not one."""
    text = clean_line(url, URL_MAX + 1)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host or len(text) > URL_MAX:
        return ""
    name = f"[{host}]" if ":" in host else host
    default_port = port is None or (scheme, port) in (("http", 80), ("https", 443))
    netloc = name if default_port else f"{name}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES)


def interval_of(text: object) -> str | None:
    """hour, day, week, month or year from an interval label ("per-hour-wage", "1 YEAR")."""
    if not isinstance(text, str):
        return None
    for name, pattern in _INTERVALS:
        if pattern.search(text):
            return name
    return None


def annualise(amount: float, interval: str | None) -> float:
    """An amount per interval as a yearly amount (hour×2080, day×260, week×52, month×12)."""
    return amount * _PER_YEAR.get(interval or "year", 1)


def salary_range(
    low: object, high: object, currency: object, interval: str | None = "year"
) -> tuple[float | None, float | None, str | None]:
    """A sane annual (min, max, currency); amounts that are not positive numbers are dropped."""
    amounts = [_amount(value) for value in (low, high)]
    yearly = [annualise(a, interval) if a is not None else None for a in amounts]
    valid = [a if a is not None and 0 < a <= SALARY_MAX else None for a in yearly]
    lo, hi = valid
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    code = currency_code(currency)
    return (lo, hi, code) if lo is not None or hi is not None else (None, None, None)


def _amount(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "").strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None


def currency_code(value: object) -> str | None:
    """An ISO currency code from a code or a symbol; None when unknown."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    code = code_of(text)
    return code if re.fullmatch(r"[A-Z]{3}", code) else None


def parse_salary_text(text: object) -> tuple[float | None, float | None, str | None]:
    """Annual (min, max, currency) from free text like "$120k - $150k" or "€40/hour"."""
    if not isinstance(text, str) or not text.strip():
        return None, None, None
    found = list(_MONEY.finditer(text[:500]))[:2]
    amounts: list[float] = []
    currency: str | None = None
    for match in found:
        digits = re.sub(r"[,.\s](?=\d{3}\b)", "", match["num"])
        try:
            amount = float(digits)
        except ValueError:
            continue
        amounts.append(amount * 1000 if match["k"] else amount)
        symbol = (match["cur"] or "").strip()
        if symbol and (symbol in POSTING_SYMBOLS or symbol in CODES):
            currency = currency or code_of(symbol)
    if not amounts:
        return None, None, None
    interval = interval_of(text) or "year"
    low, high = amounts[0], amounts[-1]
    if interval == "year" and max(amounts) < 1000:
        return None, None, None  # "5 years of experience", not a salary
    return salary_range(low, high, currency, interval)


def workplace_from_text(*texts: object) -> Workplace | None:
    """remote, hybrid or onsite when the text says so ("Remote - US", "Hybrid (Berlin)")."""
    joined = " ".join(text for text in texts if isinstance(text, str))[:2000]
    for workplace, pattern in _WORKPLACE_WORDS:
        if pattern.search(joined):
            return workplace
    return None


def workplace_from_label(value: object) -> Workplace | None:
    """A provider's workplace label (remote, Hybrid, OnSite, on-site) as a Workplace."""
    if not isinstance(value, str):
        return None
    return _LABELS.get(re.sub(r"[^a-z]", "", value.lower()))


def join_locations(locations: Iterable[object]) -> str:
    """Several locations as one " / "-separated line, repeats dropped."""
    seen: dict[str, str] = {}
    for value in locations:
        text = clean_line(value)
        if text:
            seen.setdefault(text.casefold(), text)
    return clean_line(" / ".join(seen.values()), LOCATION_MAX)


def parse_date(value: object, now: datetime | None = None) -> datetime | None:
    """ISO 8601, RFC 2822, epoch seconds or milliseconds as aware UTC; None if invalid."""
    moment: datetime | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        moment = from_epoch(value)
    elif isinstance(value, time.struct_time):
        moment = from_epoch(calendar.timegm(value))
    elif isinstance(value, str) and value.strip():
        moment = _date_text(value.strip()[:64])
    if moment is None or moment < _EARLIEST:
        return None
    if now is not None and moment > now + timedelta(days=2):
        return None  # a date in the future is a source's bug, not a posting date
    return moment


def _date_text(text: str) -> datetime | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return from_epoch(float(text))
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return as_utc(moment)
