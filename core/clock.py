"""The real clock."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    """Tells the machine's time in UTC."""

    def now(self) -> datetime:
        """Return the current aware UTC time."""
        return datetime.now(UTC)
