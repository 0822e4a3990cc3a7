"""The operator ports: the platforms' state and the database-wide figures."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from core.model import MetricFigures, PlatformState, PlatformStateName


class PlatformStatusStore(Protocol):
    """Each chat platform's state, written by `concierge run`, read by `concierge stats`."""

    async def set_platform_state(
        self, platform: str, state: PlatformStateName, error: str, now: datetime
    ) -> None:
        """Record a platform's state; `since` moves only when the state changes."""
        ...

    async def platform_states(self) -> list[PlatformState]:
        """Every platform recorded, by name."""
        ...


class StatsStore(Protocol):
    """Operator figures over the whole database."""

    async def stats(self, since: datetime) -> dict[str, int]:
        """Subscribers, searches, postings, matches and messages (those since since)."""
        ...


class MetricsStore(Protocol):
    """Counts of what the database holds now, read on each scrape of /metrics."""

    async def metric_figures(self, now: datetime) -> MetricFigures:
        """Active and paused searches, open postings, matches, outbox rows by kind and state."""
        ...
