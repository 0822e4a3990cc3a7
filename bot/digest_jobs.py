"""APScheduler jobs for the push: a digest tick every minute and the outbox delivery."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from core.chat.service import Concierge
from core.ports import Clock, Notifier

log = logging.getLogger(__name__)

TICK_SECONDS = 60
DELIVERY_SECONDS = 10


def register_digest_jobs(
    scheduler: AsyncIOScheduler,
    service: Concierge,
    notifiers: Mapping[str, Notifier],
    clock: Clock,
) -> None:
    """Add the tick and delivery jobs; both run once at start, so missed digests go out."""

    async def tick() -> None:
        """Queue digests and alerts for whoever is due, then deliver them."""
        report = await service.digests.run_due(clock.now())
        if report.digests or report.alerts:
            log.info("queued %d digests and %d alerts", report.digests, report.alerts)
        await deliver()

    async def deliver() -> None:
        """Drain the outbox through the platforms running in this process."""
        report = await service.digests.deliver(notifiers, clock.now())
        if report.delivered or report.retried or report.failed:
            log.info(
                "delivered %d, retrying %d, failed %d",
                report.delivered,
                report.retried,
                report.failed,
            )

    start = datetime.now(UTC)
    scheduler.add_job(
        tick,
        "interval",
        seconds=TICK_SECONDS,
        id="digest-tick",
        next_run_time=start,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=TICK_SECONDS,
    )
    scheduler.add_job(
        deliver,
        "interval",
        seconds=DELIVERY_SECONDS,
        id="outbox-delivery",
        coalesce=True,
        max_instances=1,
        misfire_grace_time=DELIVERY_SECONDS,
    )
