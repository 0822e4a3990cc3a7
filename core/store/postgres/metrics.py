"""PostgreSQL queries for the operator's metrics: current counts read on each scrape."""

from __future__ import annotations

from datetime import datetime

from core.model import MetricFigures
from core.store.codec import from_iso
from core.store.metrics import _COUNTS
from core.store.postgres.base import PgBase


class MetricsQueries(PgBase):
    """Read-only counts for the metrics endpoint."""

    async def metric_figures(self, now: datetime) -> MetricFigures:
        """Searches, open postings, matches and the outbox by kind and state, as of now."""
        counts = (await self._all(_COUNTS))[0]
        rows = await self._all("SELECT kind, state, COUNT(*) FROM outbox GROUP BY kind, state")
        oldest = counts[4]
        return MetricFigures(
            searches_active=int(counts[0]),
            searches_paused=int(counts[1]),
            postings_open=int(counts[2]),
            matches=int(counts[3]),
            outbox={(str(r[0]), str(r[1])): int(r[2]) for r in rows},
            oldest_pending_seconds=max((now - from_iso(oldest)).total_seconds(), 0.0)
            if oldest
            else 0.0,
        )
