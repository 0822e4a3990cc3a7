"""Prometheus metrics of a running bot: counters where events happen, database counts on scrape."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.logs import log_context
from core.chat.commands import Command
from core.chat.replies import Reply
from core.chat.service import Concierge
from core.model import Actor, MetricFigures, SubscriberKey
from core.ports import MetricsStore

log = logging.getLogger(__name__)

CACHE_SECONDS = 5.0  # scrapes within this share one set of database counts
QUERY_SECONDS = 2.0  # a busier database gives the last counts instead of holding the scrape
LAG_INTERVAL = 0.5


class Metrics:
    """Every metric of one `concierge run`, in a registry of its own."""

    def __init__(self, store: MetricsStore) -> None:
        """Create the metrics; database counts are read from store when scraped."""
        # The text format shows each counter's creation time as a separate series: noise here.
        disable_created_metrics()  # type: ignore[no-untyped-call]
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "concierge_updates_received",
            "Chat commands and button presses handled, per platform",
            ["platform"],
            registry=self.registry,
        )
        self.replies = Counter(
            "concierge_replies_sent",
            "Reply messages produced for chat commands, per platform",
            ["platform"],
            registry=self.registry,
        )
        self.reply_seconds = Histogram(
            "concierge_reply_seconds",
            "Time from a command reaching the service to its reply, per platform",
            ["platform"],
            registry=self.registry,
        )
        self.polls = Counter(
            "concierge_source_polls",
            "Scheduled polls of job sources, per kind",
            ["kind"],
            registry=self.registry,
        )
        self.poll_failures = Counter(
            "concierge_source_poll_failures",
            "Scheduled polls of job sources that failed, per kind",
            ["kind"],
            registry=self.registry,
        )
        self.loop_lag = Gauge(
            "concierge_event_loop_lag_seconds",
            f"How late the event loop woke from its last {LAG_INTERVAL} s sleep",
            registry=self.registry,
        )
        self.figures = StoreFigures(store)
        self.registry.register(self.figures)

    def source_polled(self, kind: str, failed: bool) -> None:
        """Count one scheduled poll of a source of this kind."""
        self.polls.labels(kind).inc()
        if failed:
            self.poll_failures.labels(kind).inc()

    async def exposition(self) -> bytes:
        """The Prometheus text format of every metric, database counts refreshed if stale."""
        await self.figures.refresh()
        return generate_latest(self.registry)

    async def watch_loop_lag(self) -> None:
        """Measure how late each short sleep wakes, until cancelled."""
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(LAG_INTERVAL)
            self.loop_lag.set(max(loop.time() - start - LAG_INTERVAL, 0.0))

    def metered(self, service: Concierge) -> Concierge:
        """The same service, counting and timing each command it handles."""
        return MeteredConcierge.around(service, self)


class StoreFigures(Collector):
    """Gauges of what the database holds, read at most every CACHE_SECONDS."""

    def __init__(self, store: MetricsStore) -> None:
        """Read counts from store."""
        self._store = store
        self._figures: MetricFigures | None = None
        self._read_at = float("-inf")
        self._lock = asyncio.Lock()

    async def refresh(self) -> None:
        """Read the counts again if the last ones are older than CACHE_SECONDS."""
        async with self._lock:  # concurrent scrapes share one read
            if time.monotonic() - self._read_at < CACHE_SECONDS:
                return
            try:
                query = self._store.metric_figures(datetime.now(UTC))
                self._figures = await asyncio.wait_for(query, QUERY_SECONDS)
            except Exception as exc:
                log.warning("metrics: reading the database counts failed: %r", exc)
                return
            self._read_at = time.monotonic()

    def collect(self) -> Iterator[GaugeMetricFamily]:
        """The last counts read, as gauges."""
        figures = self._figures
        if figures is None:
            return
        searches = GaugeMetricFamily(
            "concierge_saved_searches", "Saved searches, by state", labels=["state"]
        )
        searches.add_metric(["active"], figures.searches_active)
        searches.add_metric(["paused"], figures.searches_paused)
        yield searches
        yield GaugeMetricFamily(
            "concierge_postings_open", "Open postings", value=figures.postings_open
        )
        yield GaugeMetricFamily(
            "concierge_matches_recorded", "Match rows kept", value=figures.matches
        )
        outbox = GaugeMetricFamily(
            "concierge_outbox_messages",
            "Outbox rows by kind (digest, alert…) and state (pending, delivered, failed)",
            labels=["kind", "state"],
        )
        for (kind, state), count in sorted(figures.outbox.items()):
            outbox.add_metric([kind, state], count)
        yield outbox
        yield GaugeMetricFamily(
            "concierge_outbox_depth",
            "Messages waiting to be delivered",
            value=figures.outbox_pending,
        )
        yield GaugeMetricFamily(
            "concierge_outbox_oldest_age_seconds",
            "Age of the oldest message waiting to be delivered (0 when none waits)",
            value=figures.oldest_pending_seconds,
        )


class MeteredConcierge(Concierge):
    """The service with each command counted and timed per platform, its log lines tagged."""

    _metrics: Metrics

    @classmethod
    def around(cls, service: Concierge, metrics: Metrics) -> MeteredConcierge:
        """Share service's state (store, index, sources) rather than building another."""
        metered = cls.__new__(cls)
        metered.__dict__.update(vars(service))
        metered._metrics = metrics
        return metered

    async def handle(
        self,
        key: SubscriberKey,
        command: Command,
        actor: Actor | None = None,
        *,
        counted: bool = True,
    ) -> Reply:
        """Handle the command as the service does, counting it and its reply messages."""
        platform = key.platform
        self._metrics.updates.labels(platform).inc()
        start = time.perf_counter()
        with log_context(platform=platform, subscriber=subscriber_id(key)):
            reply = await super().handle(key, command, actor, counted=counted)
        self._metrics.reply_seconds.labels(platform).observe(time.perf_counter() - start)
        self._metrics.replies.labels(platform).inc(len(reply))
        return reply


def subscriber_id(key: SubscriberKey) -> str:
    """The subscriber's id on its platform: workspace, chat and user, as far as known."""
    return ":".join(part for part in (key.workspace, key.chat, key.user) if part)
