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
    *,
    queue: bool = True,
    push: bool = True,
) -> None:
    """Add the tick (queue) and delivery (push) jobs; both run at start, so missed digests go.

    A process of the digest role only queues; one of the chat role only delivers.
    """

    async def tick() -> None:
        """Queue digests and alerts for whoever is due, then deliver them."""
        report = await service.digests.run_due(clock.now())
        if report.digests or report.alerts:
            log.info("queued %d digests and %d alerts", report.digests, report.alerts)
        if push:
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
    if not queue:
        scheduler.add_job(
            deliver,
            "interval",
            seconds=DELIVERY_SECONDS,
            id="outbox-delivery",
            next_run_time=start,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=DELIVERY_SECONDS,
        )
        return
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
    if push:
        scheduler.add_job(
            deliver,
            "interval",
            seconds=DELIVERY_SECONDS,
            id="outbox-delivery",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=DELIVERY_SECONDS,
        )
