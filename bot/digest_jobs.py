"""APScheduler jobs for the push: a digest tick every minute and the outbox delivery."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.wakeups import Waker
from core.chat.service import Concierge
from core.digests.delivery import DeliveryReport
from core.errors import StoreError
from core.ports import Clock, Notifier
from core.store.codec import from_iso

if TYPE_CHECKING:
    from core.store.postgres.lease import SenderLease
    from core.store.postgres.wakeups import Topic

log = logging.getLogger(__name__)

TICK_SECONDS = 60
DELIVERY_SECONDS = 10
# On PostgreSQL, digests due within this are built now and held in the outbox until their
# time: a popular minute's digests are queued before it comes.
BUILD_AHEAD = timedelta(minutes=5)
# A sender holding its token's lease alone sends for that platform: it claims messages
# briefly, so those a dead holder had taken go out within this once a standby takes over.
SENDER_CLAIM = timedelta(seconds=20)
# A holder whose platform fails this long here (nothing delivered) stands aside (_Standing).
FAILING_SECONDS = 30.0
ASIDE_FIRST = 30.0
ASIDE_LAST = 120.0
# A tick woken for a digest's time comes no sooner than this after the last (a due row that
# another process has locked right now must not make it spin).
MIN_TICK_GAP = timedelta(seconds=1)
TICK_JOB = "digest-tick"
DELIVERY_JOB = "outbox-delivery"


@dataclass(frozen=True)
class DigestJobs:
    """The registered jobs, and how NOTIFY wakes them."""

    tick: Waker | None
    delivery: Waker | None
    ahead: timedelta

    def handlers(self) -> dict[Topic, Callable[[str], None]]:
        """What each topic of NOTIFY wakes in this process."""
        handlers: dict[Topic, Callable[[str], None]] = {}
        if self.delivery is not None:
            handlers["outbox"] = self.delivery.wake
        if (tick := self.tick) is not None:

            def due(payload: str) -> None:
                """A digest time was set: build it now if it is due before the next tick."""
                at = from_iso(payload) - self.ahead if payload else datetime.now(UTC)
                tick.wake_at(at)

            handlers["digests"] = due
        return handlers

    def deliver_now(self) -> None:
        """A sender lease was taken, or a platform came up: deliver what waits at once."""
        if self.delivery is not None:
            self.delivery.wake()


class _Standing:
    """Gives up a sender lease whose platform keeps failing in this process, for a while.

    A platform down here (its notifier gone, see bot/supervise.py), or every delivery through
    it failing, for `patience` seconds with no message delivered makes the holder stand aside:
    a standby (perhaps on another host or network) takes the lease within a second. It asks
    again after ASIDE_FIRST seconds, doubling while it keeps standing aside, up to ASIDE_LAST.
    """

    def __init__(self, leases: Mapping[str, SenderLease], patience: float) -> None:
        """Watch these leases (by platform)."""
        self._leases = leases
        self._patience = patience
        self._since: dict[str, float] = {}  # when each platform began failing (monotonic)
        self._aside: dict[str, float] = {}

    async def after(
        self, reports: Mapping[str, DeliveryReport], notifiers: Mapping[str, Notifier]
    ) -> None:
        """Note a delivery run's outcome per leased platform held; stand aside when due."""
        now = time.monotonic()
        for name, lease in self._leases.items():
            report = reports.get(name)
            if not lease.held or (report is not None and report.delivered):
                self._since.pop(name, None)
                if lease.held:
                    self._aside.pop(name, None)
                continue
            if name in notifiers and (report is None or not report.retried):
                continue  # up, with nothing tried: no sign either way
            since = self._since.setdefault(name, now)
            if now - since < self._patience:
                continue
            del self._since[name]
            aside = self._aside.get(name, ASIDE_FIRST)
            self._aside[name] = min(aside * 2, ASIDE_LAST)
            log.warning("%s keeps failing here: giving its sender lease to a standby", name)
            await lease.step_aside(aside)


def register_digest_jobs(
    scheduler: AsyncIOScheduler,
    service: Concierge,
    notifiers: Mapping[str, Notifier],
    clock: Clock,
    *,
    queue: bool = True,
    push: bool = True,
    senders: Mapping[str, SenderLease] | None = None,
    ahead: timedelta = timedelta(0),
    tick_seconds: float = TICK_SECONDS,
    delivery_seconds: float = DELIVERY_SECONDS,
    failing_seconds: float = FAILING_SECONDS,
) -> DigestJobs:
    """Add the tick (queue) and delivery (push) jobs; both run at start, so missed digests go.

    A process of the digest role only queues; one of the chat role only delivers. senders:
    the platforms sent through only while this process holds their sender lease.
    """
    leases = dict(senders or {})
    standing = _Standing(leases, failing_seconds)
    service.digests.ahead = ahead
    tick_waker = Waker(scheduler, TICK_JOB) if queue else None
    delivery_waker = Waker(scheduler, DELIVERY_JOB) if push else None

    async def tick() -> None:
        """Queue digests and alerts for whoever is due, then deliver them."""
        try:
            report = await service.digests.run_due(clock.now())
        except StoreError as exc:
            # The database is down past a call's retries: the next tick, or the listener
            # coming back, runs again; what was claimed was given back or runs out.
            log.warning("queuing digests failed: %s", exc)
            return
        if report.digests or report.alerts:
            log.info("queued %d digests and %d alerts", report.digests, report.alerts)
        if tick_waker is not None:
            # Sooner than the next tick: a digest's time, or the end of a dead builder's claim.
            with contextlib.suppress(StoreError):
                if (at := await service.digests.next_build_at()) is not None:
                    tick_waker.wake_at(max(at, clock.now() + MIN_TICK_GAP))
        if push:
            await deliver()

    async def deliver() -> None:
        """Drain the outbox through the platforms this process may send for now."""
        sending = {
            name: notifier
            for name, notifier in notifiers.items()
            if name not in leases or leases[name].held
        }
        reports: dict[str, DeliveryReport] = {}
        try:
            for name, notifier in sending.items():
                # A holder of the platform's sender lease alone sends for it: it claims briefly.
                claim = SENDER_CLAIM if name in leases else None
                reports[name] = await service.digests.deliver(
                    {name: notifier}, clock.now(), claim=claim
                )
            # A message held back (built ahead, or a retry) goes at its time, not the next run.
            at = await service.digests.next_due(sending) if sending else None
        except StoreError as exc:
            log.warning("delivering the outbox failed: %s", exc)
            return
        for name, report in reports.items():
            if report.delivered or report.retried or report.failed:
                log.info(
                    "%s: delivered %d, retrying %d, failed %d",
                    name,
                    report.delivered,
                    report.retried,
                    report.failed,
                )
        await standing.after(reports, notifiers)
        if delivery_waker is not None and at is not None:
            delivery_waker.wake_at(at)

    start = datetime.now(UTC)
    if tick_waker is not None:
        scheduler.add_job(
            tick_waker.wrap(tick),
            "interval",
            seconds=tick_seconds,
            id=TICK_JOB,
            next_run_time=start,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(tick_seconds),
        )
    if delivery_waker is not None:
        # Without a tick here (chat role), the first delivery runs at start too.
        first = {} if queue else {"next_run_time": start}
        scheduler.add_job(
            delivery_waker.wrap(deliver),
            "interval",
            seconds=delivery_seconds,
            id=DELIVERY_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(delivery_seconds),
            **first,
        )
    return DigestJobs(tick_waker, delivery_waker, ahead)
