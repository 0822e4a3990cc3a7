"""Delivery at scale: digests built ahead, claims given back, NOTIFY wake-ups, sender leases."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.digest_jobs import DigestJobs, register_digest_jobs
from bot.ingest_jobs import SYNC_JOB, register_ingest_jobs
from bot.supervise import Platform, supervise
from bot.wakeups import Waker, waking
from core.chat.replies import Reply, Text
from core.chat.service import Concierge, build_concierge
from core.clock import SystemClock
from core.digests.delivery import DIGEST_HEARTBEAT, Digests
from core.digests.reply_codec import reply_to_json
from core.errors import DeliveryError
from core.model import QueuedDigest, SubscriberKey
from core.sources.ingest import SourceSpec
from core.sources.manager import SourceManager
from core.store.codec import from_iso, iso
from core.store.postgres.digests import DIGEST_LEASE
from core.store.postgres.wakeups import LISTENER_NAME
from tests.conftest import (
    ALICE,
    BACKEND_POSTINGS,
    BOB,
    FakeClock,
    open_test_store,
    posting,
    query,
    write,
)
from tests.integration.test_digests import card_ids, service_store, utc

LONG = 3600.0  # an interval no test waits for: only a wake-up runs the job again


class RecordingNotifier:
    """Records every push."""

    platform = "console"

    def __init__(self) -> None:
        self.sent: list[tuple[SubscriberKey, Reply]] = []

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        self.sent.append((key, reply))

    def texts(self) -> list[str]:
        return [m.text for _, reply in self.sent for m in reply if isinstance(m, Text)]


@asynccontextmanager
async def _opened(url: str) -> AsyncIterator[Any]:
    """A store of its own on the database (another process's connection), closed after."""
    store = await open_test_store(url)
    try:
        yield store
    finally:
        await store.close()


async def _searching(store: Any, clock: Any, *keys: SubscriberKey) -> Concierge:
    """A service on store with the backend postings, each key saving the same search."""
    service = await build_concierge(store, clock)
    await service.intake.record(BACKEND_POSTINGS)
    for key in keys:
        await service.handle_text(key, "/add senior backend engineer python")
    return service


async def _until(check: Callable[[], bool], within: float) -> float:
    """Wait until check() is true; the seconds it took."""
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < within, "timed out"
        await asyncio.sleep(0.05)
    return time.monotonic() - start


# --- digests built ahead, and claims given back (both stores) --------------------------------


async def test_a_digest_built_ahead_waits_for_its_time_and_the_next_counts_from_then(
    service: Concierge, clock: FakeClock
) -> None:
    clock.current = utc(2026, 12, 1, 6, 0)
    await service.handle_text(ALICE, "/add senior backend engineer python")  # due 09:00 UTC
    service.digests.ahead = timedelta(minutes=5)
    notifier = RecordingNotifier()
    assert (await service.digests.run_due(utc(2026, 12, 1, 8, 54))).digests == 0
    built = await service.digests.run_due(utc(2026, 12, 1, 8, 56))
    assert built.digests == 1
    # Queued, but held back until 09:00: the sender sends it then, not when it was built.
    assert (await service.digests.deliver({"console": notifier}, utc(2026, 12, 1, 8, 59))) == (
        await service.digests.deliver({"console": notifier}, utc(2026, 12, 1, 8, 59, 30))
    )
    assert notifier.sent == []
    assert await service.digests.next_due({"console": notifier}) == utc(2026, 12, 1, 9, 0)
    # A match arriving between build and due time is not lost: it comes in the next digest.
    clock.current = utc(2026, 12, 1, 8, 58)
    await service.intake.record([posting("p9", "Senior Backend Engineer (Python, Kafka)")])
    await service.digests.deliver({"console": notifier}, utc(2026, 12, 1, 9, 0))
    assert len(notifier.sent) == 1 and set(card_ids(notifier.sent[0][1])) == {"p1", "p2"}
    # The next digest counts from 09:00, so the one built at 08:56 is not due again at 09:00.
    subscriber = await service_store(service).subscriber(ALICE, clock.now())
    assert subscriber.settings.next_digest_at == utc(2026, 12, 2, 9, 0)
    assert (await service.digests.run_due(utc(2026, 12, 1, 9, 1))).digests == 0
    await service.digests.run_due(utc(2026, 12, 2, 8, 56))
    await service.digests.deliver({"console": notifier}, utc(2026, 12, 2, 9, 0))
    assert [card_ids(reply) for _, reply in notifier.sent[1:]] == [["p9"]]


async def test_a_failed_digest_batch_gives_its_claims_back_at_once(
    service: Concierge, clock: FakeClock
) -> None:
    clock.current = utc(2026, 12, 1, 6, 0)
    for key in (ALICE, BOB):
        await service.handle_text(key, "/add senior backend engineer python")
    store = service_store(service)
    await write(store, "ALTER TABLE sent RENAME TO sent_away")  # queueing the batch fails
    with pytest.raises(Exception, match="sent"):
        await service.digests.run_due(utc(2026, 12, 1, 9, 0))
    await write(store, "ALTER TABLE sent_away RENAME TO sent")
    # Due again for the very next tick, not after the lease of PostgreSQL's claims runs out.
    again = await service.digests.run_due(utc(2026, 12, 1, 9, 0, 30))
    assert (again.due, again.digests) == (2, 2)
    assert await query(store, "SELECT COUNT(*) FROM outbox WHERE kind = 'digest'") == [(2,)]


# --- NOTIFY wakes idle workers; one sender per token (PostgreSQL) ----------------------------


@dataclass
class Worker:
    """One "process": its own store, service, scheduler and sender leases."""

    store: Any
    service: Concierge
    scheduler: AsyncIOScheduler
    notifier: RecordingNotifier
    leases: dict[str, Any]
    notifiers: dict[str, Any]  # the platforms up in this process (supervise keeps it so)
    jobs: DigestJobs


@asynccontextmanager
async def _worker(
    url: str,
    *,
    queue: bool = False,
    push: bool = True,
    token: str | None = None,
    start: bool = True,
    listen: bool = True,
    notifier: RecordingNotifier | None = None,
    failing_seconds: float = 30.0,
    up: bool = True,
) -> AsyncIterator[Worker]:
    """A digest (queue) or chat (push) worker whose jobs run only at start and when woken."""
    async with _opened(url) as store:
        service = await build_concierge(store, SystemClock())
        scheduler = AsyncIOScheduler(timezone=UTC)
        notifier = notifier or RecordingNotifier()
        leases = {"console": store.sender_lease("console", token)} if token else {}
        notifiers: dict[str, Any] = {"console": notifier} if up else {}
        jobs = register_digest_jobs(
            scheduler,
            service,
            notifiers,
            SystemClock(),
            queue=queue,
            push=push,
            senders=leases,
            tick_seconds=LONG,
            delivery_seconds=LONG,
            failing_seconds=failing_seconds,
        )
        handlers = jobs.handlers() if listen else {}
        postgres = url.startswith("postgresql://")
        async with (
            waking(store, handlers, leases, jobs.deliver_now)
            if postgres
            else contextlib.nullcontext()
        ):
            worker = Worker(store, service, scheduler, notifier, leases, notifiers, jobs)
            if start:
                scheduler.start()
            try:
                yield worker
            finally:
                if scheduler.running:
                    scheduler.shutdown(wait=False)


async def _idle(worker: Worker, job_id: str) -> None:
    """Wait until the job's run at start is over (its next run is an interval away)."""

    def idle() -> bool:
        job = worker.scheduler.get_job(job_id)
        later = datetime.now(UTC) + timedelta(seconds=LONG / 2)
        return job is not None and job.next_run_time is not None and job.next_run_time > later

    await _until(idle, 10)
    await asyncio.sleep(0.3)


async def _queue(store: Any, *texts: str) -> None:
    """Queue one message per text for Alice, each in a transaction of its own."""
    alice = await store.subscriber(ALICE, datetime.now(UTC))
    for text in texts:
        payload = reply_to_json((Text(text),))
        await store.enqueue(alice, "alert", payload, [], datetime.now(UTC), None)


@pytest.mark.postgres_only
@pytest.mark.parametrize("listen", [True, False], ids=["listening", "not-listening"])
async def test_a_queued_message_wakes_an_idle_sender_at_once(pg_url: str, listen: bool) -> None:
    async with _worker(pg_url, listen=listen) as chat:
        await _idle(chat, "outbox-delivery")
        async with _opened(pg_url) as writer:  # another process queues it
            await _queue(writer, "hello")
        if not listen:  # the interval alone: an hour away
            await asyncio.sleep(2)
            assert chat.notifier.sent == []
            return
        took = await _until(lambda: chat.notifier.texts() == ["hello"], within=5)
        assert took < 3, took


@pytest.mark.postgres_only
async def test_a_digest_time_set_sooner_wakes_the_digest_worker(pg_url: str) -> None:
    async with _worker(pg_url, queue=True, push=False) as digests:
        await _idle(digests, "digest-tick")
        async with _opened(pg_url) as other:
            service = await build_concierge(other, SystemClock())
            await service.intake.record([posting("p1", "Senior Backend Engineer (Python)")])
            await service.handle_text(ALICE, "/add senior backend engineer python")
            alice = await other.subscriber(ALICE, datetime.now(UTC))
            soon = datetime.now(UTC) + timedelta(seconds=1)
            await other.save_settings(alice.id, replace(alice.settings, next_digest_at=soon))

            async def queued() -> list[tuple[Any, ...]]:
                return await query(other, "SELECT kind FROM outbox")

            deadline = time.monotonic() + 6
            while await queued() != [("digest",)]:
                assert time.monotonic() < deadline, "the digest was not built when it fell due"
                await asyncio.sleep(0.1)


@pytest.mark.postgres_only
async def test_a_source_added_elsewhere_wakes_the_ingest_sync(pg_url: str) -> None:
    async with _opened(pg_url) as store:
        scheduler = AsyncIOScheduler(timezone=UTC)
        manager = SourceManager(store, lambda: _never(), SystemClock())
        try:
            register_ingest_jobs(scheduler, manager, SystemClock(), sync_seconds=LONG)
            handlers = {"sources": Waker(scheduler, SYNC_JOB).wake}
            async with waking(store, handlers, {}, lambda: None):
                scheduler.start()
                await asyncio.sleep(1)
                assert [job.id for job in scheduler.get_jobs()] == [SYNC_JOB]
                async with _opened(pg_url) as other:
                    spec = SourceSpec("greenhouse", "acme", "http://127.0.0.1:9/acme", "Acme")
                    await other.add_source(spec, 3600, datetime.now(UTC))
                await _until(lambda: len(scheduler.get_jobs()) == 2, within=5)
                scheduler.shutdown(wait=False)
        finally:
            await manager.aclose()


@pytest.mark.postgres_only
async def test_a_holder_whose_platform_is_down_gives_the_lease_to_a_standby(pg_url: str) -> None:
    async with _opened(pg_url) as writer:
        async with _worker(pg_url, token="123:secret", failing_seconds=1.0) as first:
            await _until(lambda: first.leases["console"].held, within=10)
            async with _worker(pg_url, token="123:secret") as second:
                await _idle(second, "outbox-delivery")
                first.notifiers.clear()  # its platform went down, as bot/supervise.py records
                await _queue(writer, "one")
                await asyncio.sleep(1.2)
                await _queue(writer, "two")  # still down a second later: it stands aside
                await _until(lambda: second.notifier.texts() == ["one", "two"], within=10)
                assert second.leases["console"].held and not first.leases["console"].held
        assert first.notifier.sent == []


@pytest.mark.postgres_only
async def test_a_platform_up_after_its_sender_lease_was_taken_sends_what_waits_at_once(
    pg_url: str,
) -> None:
    # A restarted chat process takes the sender lease before its platform is up: the
    # delivery run then has nothing to send through, and the next one is an interval away.
    async with _opened(pg_url) as writer, _worker(pg_url, token="123:secret", up=False) as chat:
        await _until(lambda: chat.leases["console"].held, within=10)
        await _idle(chat, "outbox-delivery")
        await _queue(writer, "waiting")
        await asyncio.sleep(1)
        assert chat.notifier.sent == []  # woken by the NOTIFY, but the platform is down
        stop = asyncio.Event()

        async def run(
            ready: Callable[[], Awaitable[None]], lost: Callable[[str], Awaitable[None]]
        ) -> None:
            await ready()
            await stop.wait()

        platform = Platform("console", run, chat.notifier)
        up = supervise(platform, stop, writer, chat.notifiers, on_up=chat.jobs.deliver_now)
        task = asyncio.create_task(up)
        try:
            await _until(lambda: chat.notifier.texts() == ["waiting"], within=5)
        finally:
            stop.set()
            await task


def test_a_digest_claim_is_renewed_well_inside_its_lease() -> None:
    # Two renewals may be missed (a slow database) before a live builder's claim runs out.
    assert DIGEST_LEASE.total_seconds() > 2 * DIGEST_HEARTBEAT


class UnreachableNotifier(RecordingNotifier):
    """A platform this process cannot reach (its network): every push fails, for now."""

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        raise DeliveryError("cannot reach the platform", permanent=False)


@pytest.mark.postgres_only
async def test_a_holder_whose_platform_keeps_failing_gives_the_lease_to_a_standby(
    pg_url: str,
) -> None:
    async with _opened(pg_url) as writer:
        unreachable = UnreachableNotifier()
        async with _worker(
            pg_url, token="123:secret", notifier=unreachable, failing_seconds=1.0
        ) as first:
            await _until(lambda: first.leases["console"].held, within=10)
            async with _worker(pg_url, token="123:secret") as second:
                await _idle(second, "outbox-delivery")
                await _queue(writer, "one")  # fails at the holder: retried in 30 s
                await asyncio.sleep(1.2)
                await _queue(writer, "two")  # fails again, a second past the first
                await _until(lambda: second.leases["console"].held, within=10)
                assert not first.leases["console"].held
                await _queue(writer, "three")
                await _until(lambda: second.notifier.texts() == ["three"], within=10)
                # The one that stood aside asks again later; the standby keeps it meanwhile.
                assert not first.leases["console"].held
        rows = await query(writer, "SELECT state, attempts FROM outbox ORDER BY id")
        assert rows == [("pending", 1), ("pending", 1), ("delivered", 1)]


async def _never() -> Any:
    raise AssertionError("no poll runs in this test")


@pytest.mark.postgres_only
async def test_one_sender_per_token_and_a_standby_that_takes_over(pg_url: str) -> None:
    async with _opened(pg_url) as writer:
        async with _worker(pg_url, token="123:secret", start=False) as first:
            await _until(lambda: first.leases["console"].held, within=10)
            async with _worker(pg_url, token="123:secret") as second:
                await _idle(second, "outbox-delivery")
                assert not second.leases["console"].held
                # The standby is running and woken, but the token is the first's: it waits.
                await _queue(writer, "one", "two", "three")
                await asyncio.sleep(1.5)
                assert second.notifier.sent == []
                first.scheduler.start()
                await _until(lambda: len(first.notifier.sent) == 3, within=10)
                # The holder stops sending (hung), still holding the lease: nobody sends.
                first.scheduler.shutdown(wait=False)
                await _queue(writer, "four", "five")
                await asyncio.sleep(1.5)
                assert second.notifier.sent == []
                # The holder dies: its connections close, the standby takes over at once.
                await first.store.close()
                for lease in first.leases.values():
                    await lease.drop()
                took = await _until(lambda: second.notifier.texts() == ["four", "five"], 10)
                assert took < 5, took
                assert second.leases["console"].held
        assert first.notifier.texts() == ["one", "two", "three"]
        assert await query(writer, "SELECT state, COUNT(*) FROM outbox GROUP BY state") == [
            ("delivered", 5)
        ]
        assert "secret" not in repr(second.leases["console"])


@pytest.mark.postgres_only
async def test_a_lost_listening_connection_listens_again_and_catches_up(pg_url: str) -> None:
    async with _worker(pg_url) as chat:
        await _idle(chat, "outbox-delivery")
        async with _opened(pg_url) as writer:
            # This test's listener only: it is named with its schema.
            (schema,) = (await query(writer, "SELECT current_schema()"))[0]
            killed = await query(
                writer,
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE application_name = '{LISTENER_NAME} {schema}'",
            )
            assert killed == [(True,)]
            # Queued while nobody listens: the catch-up run after listening again sends it.
            await _queue(writer, "while away")
            await _until(lambda: chat.notifier.texts() == ["while away"], within=10)
            await _queue(writer, "back")
            took = await _until(lambda: chat.notifier.texts()[1:] == ["back"], within=5)
            assert took < 3, took


@pytest.mark.postgres_only
async def test_a_digest_built_ahead_goes_out_at_its_time_not_at_the_next_run(pg_url: str) -> None:
    async with _worker(pg_url) as chat:
        await _idle(chat, "outbox-delivery")
        async with _opened(pg_url) as writer:
            alice = await writer.subscriber(ALICE, datetime.now(UTC))
            payload = reply_to_json((Text("your digest"),))
            send_at = datetime.now(UTC) + timedelta(seconds=1.5)
            await writer.enqueue_digests(
                [QueuedDigest(alice.id, payload, (), None, send_at)], datetime.now(UTC)
            )
            await asyncio.sleep(0.7)
            assert chat.notifier.sent == []  # woken by the NOTIFY, but it is not time yet
            await _until(lambda: chat.notifier.texts() == ["your digest"], within=5)
            assert datetime.now(UTC) >= send_at


@pytest.mark.postgres_only
async def test_a_batch_built_again_after_its_claim_ran_out_is_queued_once(pg_url: str) -> None:
    async with _opened(pg_url) as store:
        service = await _searching(store, FakeClock(utc(2026, 12, 1, 6, 0)), ALICE)
        due = utc(2026, 12, 1, 9, 0)
        stalled = await store.due_subscribers(due, 500)  # a worker claims, then stalls
        assert [s.key for s in stalled] == [ALICE]
        # Its claim runs out; another worker builds and queues the digest.
        later = due + DIGEST_LEASE + timedelta(seconds=1)
        assert (await service.digests.run_due(later)).digests == 1
        # The stalled worker comes back and queues its batch: no second digest.
        again = QueuedDigest(stalled[0].id, reply_to_json((Text("late"),)), (), None)
        assert await store.enqueue_digests([again], due, due) == 0
        assert await query(store, "SELECT COUNT(*) FROM outbox") == [(1,)]
        alice = await store.subscriber(ALICE, later)
        assert alice.settings.next_digest_at == utc(2026, 12, 2, 9, 0)  # left as the other set it


@pytest.mark.postgres_only
async def test_a_killed_builder_s_batch_is_taken_over_once_its_short_claim_runs_out(
    pg_url: str,
) -> None:
    async with _opened(pg_url) as store:
        service = await _searching(store, FakeClock(utc(2026, 12, 1, 6, 0)), ALICE)
        due = utc(2026, 12, 1, 9, 0)
        assert len(await store.due_subscribers(due, 500)) == 1  # claimed; the builder is killed
        # Every digest process's tick is woken for the end of that claim, not a minute later.
        assert await service.digests.next_build_at() == due + DIGEST_LEASE
        assert (await service.digests.run_due(due + timedelta(seconds=29))).digests == 0
        assert (await service.digests.run_due(due + timedelta(seconds=31))).digests == 1


@pytest.mark.postgres_only
async def test_a_batch_taken_over_from_a_killed_builder_goes_out_at_its_own_time(
    pg_url: str,
) -> None:
    # Built ahead (as every PostgreSQL process does): a claim must not stand in for the
    # digest's time, or the batch taken over waits in the outbox until the dead claim's end.
    ahead = timedelta(minutes=5)
    async with _opened(pg_url) as store:
        service = await _searching(store, FakeClock(utc(2026, 12, 1, 6, 0)), ALICE, BOB)
        service.digests.ahead = ahead
        now = utc(2026, 12, 1, 9, 0, 10)
        soon = utc(2026, 12, 1, 9, 3)  # Bob's comes in three minutes: built ahead, held
        await write(
            store, f"UPDATE subscribers SET next_digest_at = '{iso(now - timedelta(hours=1))}'"
        )
        await write(
            store, f"UPDATE subscribers SET next_digest_at = '{iso(soon)}' WHERE user_id = 'bob'"
        )
        assert len(await store.due_subscribers(now + ahead, 500)) == 2  # the builder is killed
        alice = await store.subscriber(ALICE, now)
        assert alice.settings.next_digest_at == now - timedelta(hours=1)  # a claim is no time
        later = now + DIGEST_LEASE + timedelta(seconds=1)
        assert (await service.digests.run_due(later)).digests == 2
        rows = await query(
            store,
            "SELECT s.user_id, o.next_attempt_at FROM outbox o "
            "JOIN subscribers s ON s.id = o.subscriber_id ORDER BY s.user_id",
        )
        assert [(user, from_iso(at)) for user, at in rows] == [("alice", later), ("bob", soon)]
        # The next ones count from each digest's own time, not from the dead claim's end.
        alice = await store.subscriber(ALICE, later)
        assert alice.settings.next_digest_at == utc(2026, 12, 2, 9, 0)


class _SlowBuild:
    """The real store, except that reading a batch's digest inputs waits until let go."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.reading = asyncio.Event()
        self.go = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def digest_inputs(self, subscriber_ids: Any) -> Any:
        self.reading.set()
        await self.go.wait()
        return await self._store.digest_inputs(subscriber_ids)


@pytest.mark.postgres_only
async def test_a_live_builder_renews_its_claim_so_no_other_process_builds_the_batch(
    pg_url: str,
) -> None:
    async with _opened(pg_url) as first, _opened(pg_url) as second:
        clock = FakeClock(utc(2026, 12, 1, 6, 0))
        await _searching(first, clock, ALICE, BOB)
        slow = _SlowBuild(first)
        builder = Digests(slow, clock=clock)
        builder.heartbeat = 0.02
        other = Digests(second, clock=clock)
        clock.current = utc(2026, 12, 1, 9, 0)
        building = asyncio.create_task(builder.run_due(clock.now()))
        await slow.reading.wait()
        for _ in range(10):  # 200 s of building: past any lease, renewed all along
            clock.advance(seconds=20)
            await asyncio.sleep(0.2)
            assert (await other.run_due(clock.now())).due == 0
        slow.go.set()
        assert (await building).digests == 2
        assert await query(first, "SELECT COUNT(*) FROM outbox") == [(2,)]
        assert (await other.run_due(clock.now())).due == 0


@pytest.mark.postgres_only
async def test_a_digest_tick_wakes_when_a_killed_builder_s_claim_runs_out(pg_url: str) -> None:
    async with _opened(pg_url) as writer:
        await _searching(writer, SystemClock(), ALICE)
        # Claimed by a builder that was killed; the claim runs out in two seconds.
        ends = (datetime.now(UTC) + timedelta(seconds=2)).isoformat(timespec="microseconds")
        await write(writer, f"UPDATE subscribers SET next_digest_at = '{ends}'")
        async with _worker(pg_url, queue=True, push=False):
            # Its ticks are an hour apart: only the wake-up at the claim's end builds it.
            start = time.monotonic()
            while (await query(writer, "SELECT COUNT(*) FROM outbox")) != [(1,)]:
                assert time.monotonic() - start < 10, "not built after the claim ran out"
                await asyncio.sleep(0.1)


async def test_a_backlog_larger_than_one_run_is_drained_without_waiting(database_url: str) -> None:
    async with _opened(database_url) as writer:
        await _queue(writer, *(f"message {n}" for n in range(250)))
        async with _worker(database_url) as chat:
            # One run takes 100; the runs after it follow at once, not an interval later.
            await _until(lambda: len(chat.notifier.sent) == 250, within=30)
            assert chat.notifier.texts() == [f"message {n}" for n in range(250)]
