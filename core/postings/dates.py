"""Reading a posting's date: epoch seconds or milliseconds, and any moment as aware UTC."""

from __future__ import annotations

import math
from datetime import UTC, datetime

# Epoch values at or above this are milliseconds: as seconds they would be past the year 5000.
EPOCH_MS_FROM = 100_000_000_000


def from_epoch(value: float) -> datetime | None:
    """Epoch seconds, or milliseconds when that large, as UTC; None if not a usable moment."""
    try:
        seconds = float(value)
    except OverflowError:
        return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    if seconds >= EPOCH_MS_FROM:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def as_utc(moment: datetime) -> datetime | None:
    """The moment in UTC (a naive one is taken as UTC); None when it cannot be shown in UTC."""
    try:
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return None
