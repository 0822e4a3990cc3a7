"""Conversions between domain objects and database rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from core.model import (
    DigestSettings,
    Posting,
    SavedSearch,
    Sensitivity,
    Subscriber,
    SubscriberKey,
    Workplace,
)
from core.ports.pages import MAX_SHOWN_PLACES

POSTING_COLUMNS = (
    "id, source, title, company, location, workplace, salary_min, salary_max, currency, url, "
    "description, tags_json, posted_at, closes_at"
)
SEARCH_COLUMNS = (
    "id, subscriber_id, raw_text, parsed_json, parser_version, active, sensitivity, created_at, "
    "created_by, shard_key"
)
_WORKPLACES: dict[str, Workplace] = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite"}
_SENSITIVITIES: dict[str, Sensitivity] = {"strict": "strict", "normal": "normal", "loose": "loose"}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def iso(moment: datetime) -> str:
    """Format an aware datetime as an ISO-8601 UTC string."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    """Parse a stored ISO-8601 string; naive values are UTC."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def micros(moment: datetime) -> int:
    """An aware datetime as microseconds since the epoch: when a match was recorded."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_micros(value: int) -> datetime:
    """The aware UTC datetime of a micros value."""
    return _EPOCH + timedelta(microseconds=value)


def posting_values(posting: Posting) -> tuple[Any, ...]:
    """Return a posting's column values in POSTING_COLUMNS order."""
    return (
        posting.id,
        posting.source,
        posting.title,
        posting.company,
        posting.location,
        posting.workplace,
        posting.salary_min,
        posting.salary_max,
        posting.currency,
        posting.url,
        posting.description,
        json.dumps(list(posting.tags), ensure_ascii=False),
        iso(posting.posted_at) if posting.posted_at else None,
        iso(posting.closes_at) if posting.closes_at else None,
    )


def posting_from_row(row: sqlite3.Row) -> Posting:
    """Build a Posting from a postings row."""
    return Posting(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        company=row["company"],
        location=row["location"],
        workplace=_WORKPLACES.get(row["workplace"] or ""),
        salary_min=row["salary_min"],
        salary_max=row["salary_max"],
        currency=row["currency"],
        url=row["url"],
        description=row["description"],
        tags=tuple(str(tag) for tag in json.loads(row["tags_json"])),
        posted_at=from_iso(row["posted_at"]) if row["posted_at"] else None,
        closes_at=from_iso(row["closes_at"]) if row["closes_at"] else None,
    )


def saved_search_from_row(row: sqlite3.Row) -> SavedSearch:
    """Build a SavedSearch from a searches row."""
    return SavedSearch(
        id=row["id"],
        subscriber_id=row["subscriber_id"],
        raw_text=row["raw_text"],
        parsed_json=row["parsed_json"],
        parser_version=row["parser_version"],
        active=bool(row["active"]),
        sensitivity=_SENSITIVITIES.get(row["sensitivity"], "normal"),
        created_at=from_iso(row["created_at"]),
        shard_key=int(row["shard_key"]),
        created_by=row["created_by"],
    )


def subscriber_from_row(row: sqlite3.Row) -> Subscriber:
    """Build a Subscriber from a subscribers row."""
    key = SubscriberKey(row["platform"], row["workspace"], row["user_id"], row["chat_id"])
    settings = DigestSettings(
        digest_time=row["digest_time"],
        timezone=row["timezone"],
        timezone_set=bool(row["timezone_set"]),
        frequency=row["frequency"],
        alerts=bool(row["alerts"]),
        quiet=row["quiet"] or "",
        next_digest_at=from_iso(row["next_digest_at"]) if row["next_digest_at"] else None,
        delivery_paused=row["delivery_paused"] or "",
    )
    return Subscriber(
        id=row["id"], key=key, created_at=from_iso(row["created_at"]), settings=settings
    )


def settings_values(settings: DigestSettings) -> tuple[object, ...]:
    """A subscriber's digest settings as the subscribers columns hold them, in
    digest_time, timezone, timezone_set, frequency, alerts, quiet, next_digest_at,
    delivery_paused order."""
    return (
        settings.digest_time,
        settings.timezone,
        int(settings.timezone_set),
        settings.frequency,
        int(settings.alerts),
        settings.quiet or None,
        iso(settings.next_digest_at) if settings.next_digest_at else None,
        settings.delivery_paused or None,
    )


def places_json(places: Mapping[int, int]) -> str:
    """The places of cards shown (place → job number) as stored: the first MAX_SHOWN_PLACES."""
    kept = sorted(places.items())[:MAX_SHOWN_PLACES]
    return json.dumps(kept, separators=(",", ":"))
