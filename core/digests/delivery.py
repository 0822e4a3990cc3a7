"""Digests and alerts: who is due, what they get, the durable outbox and its delivery."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from core.chat import actions, texts
from core.chat.cards import Links, grouped_cards
from core.chat.previews import LATE_KIND, Previews
from core.chat.replies import Action, JobCards, Message, Reply, Text
from core.clock import SystemClock
from core.digests.feedback import Preferences
from core.digests.reply_codec import reply_from_json, reply_to_json
from core.digests.schedule import (
    in_quiet_hours,
    next_digest_at,
    parse_quiet,
    parse_time,
    stored_frequency,
)
from core.errors import DeliveryError, StoreError
from core.model import DigestInputs, OutboxItem, QueuedDigest, StoredMatch, Subscriber
from core.plurals import count
from core.ports import Clock, Notifier, ServiceStore
from core.postings.same_job import fold_jobs, one_per_job
from core.searches.numbered import NumberedSearches
from core.searches.stored import describe, ranked

log = logging.getLogger(__name__)

DIGEST_CAP = 10
ALERT_SCORE = 90  # the partial index matches_strong_by_time is built for this bound
MAX_ATTEMPTS = 8
BATCH = 500
# A batch's claim is renewed this often while it is built; well inside the shortest lease a
# store gives a claim (PostgreSQL's DIGEST_LEASE, 30 s), so a live builder never loses it.
DIGEST_HEARTBEAT = 10.0


@dataclass(frozen=True, slots=True)
class TickReport:
    """What one scheduler tick queued."""

    due: int
    digests: int
    alerts: int


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What one delivery run did."""

    delivered: int
    retried: int
    failed: int


def schedule_next(subscriber: Subscriber, after: datetime) -> datetime | None:
    """The subscriber's next digest moment after `after`, in UTC."""
    settings = subscriber.settings
    return next_digest_at(
        after,
        parse_time(settings.digest_time),
        settings.timezone,
        stored_frequency(settings.frequency),
    )


@dataclass(slots=True)
class _Claim:
    """The time a batch's claim was taken, or last renewed, as of (its lease counts from it)."""

    at: datetime


class Digests:
    """Builds digests and alerts into the outbox and drains it through the notifiers."""

    def __init__(
        self,
        store: ServiceStore,
        cap: int = DIGEST_CAP,
        ahead: timedelta = timedelta(0),
        clock: Clock | None = None,
    ) -> None:
        """Work on this store; cap is the number of cards per digest.

        ahead: digests due within it are built now and held in the outbox until their time.
        clock: what a renewed claim's time is taken from.
        """
        self._store = store
        self._cap = cap
        self.ahead = ahead
        self._clock = clock or SystemClock()
        self.heartbeat = DIGEST_HEARTBEAT
        # One drain at a time: two concurrent drains would both send the same queued message.
        self._draining = asyncio.Lock()
        self._previews = Previews(store)

    async def preferences(self, subscriber: Subscriber) -> Preferences:
        """The subscriber's mutes and reactions."""
        return await Preferences.stored(self._store, subscriber.id)

    async def note_activity(self, subscriber: Subscriber, now: datetime) -> Subscriber:
        """A person wrote: schedule their first digest, or resume deliveries a failure paused."""
        settings = subscriber.settings
        if settings.delivery_paused or (
            settings.next_digest_at is None and settings.frequency != "off"
        ):
            settings = replace(
                settings, delivery_paused="", next_digest_at=schedule_next(subscriber, now)
            )
            await self._store.save_settings(subscriber.id, settings)
            subscriber = replace(subscriber, settings=settings)
        return subscriber

    async def pending(self, subscriber: Subscriber) -> list[StoredMatch]:
        """Matches not yet sent to the subscriber, after mutes and 👎, best first."""
        prefs = await self.preferences(subscriber)
        unsent = await self._store.unsent_matches(subscriber.id)
        searches = await self._store.searches(subscriber.id)
        order = await asyncio.to_thread(ranked, unsent, searches)
        return await one_per_job(self._store, prefs.apply(order))

    async def compose(
        self,
        subscriber: Subscriber,
        matches: Sequence[StoredMatch],
        heading: str,
        floor: float = 0.0,
    ) -> tuple[Reply, list[str]]:
        """A digest of the first `cap` matches grouped by search, and the posting ids it shows;
        floor: the score the search a card is filed under should give it (an alert's)."""
        searches = NumberedSearches.of(await self._store.searches(subscriber.id))
        links = await self._store.duplicate_links([m.posting.id for m in matches[: self._cap]])
        return self._layout(matches, heading, searches, links, floor)

    def _layout(
        self,
        matches: Sequence[StoredMatch],
        heading: str,
        searches: NumberedSearches,
        links: Mapping[str, Links],
        floor: float = 0.0,
    ) -> tuple[Reply, list[str]]:
        """The digest of compose, from what it read."""
        shown = list(matches[: self._cap])
        messages: list[Message] = [Text(heading)]
        # Under the search each fits most specifically ("senior backend python berlin", not
        # "backend"), with its score and reasons.
        for search_id, cards in grouped_cards(shown, searches, links, floor):
            search = searches.by_id(search_id)
            label = (
                f"#{searches.numbers[search_id]} {describe(search)}" if search else "your searches"
            )
            messages.append(JobCards(f"For {label}:", cards))
        rest = len(matches) - len(shown)
        if rest:
            more = f"…and {count(rest, 'more match', 'more matches')}. /more shows them."
            messages.append(JobCards("", (), more, (Action("More", actions.MORE),)))
        return tuple(messages), [pid for m in shown for pid in (m.posting.id, *m.folded)]

    async def run_due(self, now: datetime) -> TickReport:
        """Queue a digest for everyone due (or due within ahead), and alerts."""
        due, digests = await self.build_due(now)
        alerts = await self.run_alerts(now)
        return TickReport(due, digests, alerts)

    async def build_due(self, now: datetime) -> tuple[int, int]:
        """Queue the digests due by now + ahead, a batch at a time; (due, queued).

        A batch's claim is renewed every heartbeat while it is built, so a builder that died
        loses it within the store's lease; one that fails gives its claims back at once, for
        the next tick (of any process).
        """
        due = digests = 0
        until = now + self.ahead
        seen: set[int] = set()
        while batch := [
            s for s in await self._store.due_subscribers(until, BATCH) if s.id not in seen
        ]:
            seen.update(s.id for s in batch)
            due += len(batch)
            claim = _Claim(until)
            try:
                async with self._renewing(batch, claim):
                    queued = await self._build(batch, now)
                # Renewals have stopped: the claim's time is final, and fences the queuing.
                digests += await self._store.enqueue_digests(queued, now, claim.at)
            except BaseException:
                try:
                    await asyncio.shield(self._store.release_due(batch, claim.at))
                except Exception as exc:  # the claims then run out by themselves
                    log.warning("could not give back %d digest claims: %s", len(batch), exc)
                raise
        return due, digests

    async def next_build_at(self) -> datetime | None:
        """When the next digest falls due, or a claim on one runs out (a builder died)."""
        at = await self._store.next_digest_due()
        return at - self.ahead if at is not None else None

    @contextlib.asynccontextmanager
    async def _renewing(self, batch: Sequence[Subscriber], claim: _Claim) -> AsyncIterator[None]:
        """Renew the batch's claim every heartbeat until the block ends (and a renewal
        under way has finished)."""
        done = asyncio.Event()

        async def beat() -> None:
            while True:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.wait(), self.heartbeat)
                    return
                renewed = max(claim.at, self._clock.now() + self.ahead)
                try:
                    await self._store.renew_due(batch, claim.at, renewed)
                except StoreError as exc:  # the fence still keeps each digest queued once
                    log.warning("could not renew %d digest claims: %s", len(batch), exc)
                    continue
                claim.at = renewed

        beating = asyncio.create_task(beat())
        try:
            yield
        finally:
            done.set()
            await asyncio.shield(beating)

    async def _build(self, due: Sequence[Subscriber], now: datetime) -> list[QueuedDigest]:
        """The digests of these due subscribers, each with their next digest time.

        Built as pending and compose build one, with each read made once for the whole batch;
        build_due queues them in one transaction: all of them or, after a crash, none.
        """
        inputs = await self._store.digest_inputs([s.id for s in due])
        roots = await self._store.job_roots(
            sorted({m.posting.id for i in inputs.values() for m in i.matches})
        )
        # Off the event loop: each match is scored again to be put in order (ranked).
        pending = await asyncio.to_thread(
            lambda: {sid: _pending(given, roots) for sid, given in inputs.items()}
        )
        links = await self._store.duplicate_links(
            sorted({m.posting.id for ms in pending.values() for m in ms[: self._cap]})
        )
        queued: list[QueuedDigest] = []
        for subscriber in due:
            # Built ahead: held back until its time, and the next one counts from then.
            due_at = subscriber.settings.next_digest_at
            send_at = due_at if due_at is not None and due_at > now else None
            upcoming = schedule_next(subscriber, send_at or now)
            matches = pending[subscriber.id]
            if not matches:
                queued.append(QueuedDigest(subscriber.id, None, (), upcoming))
                continue
            earlier = sum(m.posting.id in inputs[subscriber.id].earlier for m in matches)
            heading = digest_heading(len(matches), min(len(matches), self._cap), earlier)
            searches = NumberedSearches.of(inputs[subscriber.id].searches)
            reply, shown = self._layout(matches, heading, searches, links)
            payload = reply_to_json(reply)
            queued.append(QueuedDigest(subscriber.id, payload, tuple(shown), upcoming, send_at))
        return queued

    async def run_alerts(self, now: datetime) -> int:
        """Queue at most one alert per subscriber for strong matches new since the last check.

        Quiet hours hold the check back, so what arrived in them comes as one alert after.
        """
        queued = 0
        for subscriber in await self._store.alert_subscribers(ALERT_SCORE):
            settings = subscriber.settings
            quiet = parse_quiet(settings.quiet) if settings.quiet else None
            if in_quiet_hours(now, settings.timezone, quiet):
                continue
            check = await self._store.new_alert_matches(subscriber.id, ALERT_SCORE)
            if check.read_until is None:
                continue
            if check.matches:
                strong = (await self.preferences(subscriber)).apply(check.matches)
                if strong:
                    reply, shown = await self.compose(
                        subscriber, strong, alert_heading(len(strong)), ALERT_SCORE
                    )
                    await self._store.enqueue(
                        subscriber, "alert", reply_to_json(reply), shown, now, None
                    )
                    queued += 1
            await self._store.mark_alerts_checked(subscriber.id, check.read_until)
        return queued

    async def deliver(
        self,
        notifiers: Mapping[str, Notifier],
        now: datetime,
        limit: int = 100,
        claim: timedelta | None = None,
    ) -> DeliveryReport:
        """Push queued messages through their platform's notifier; retry or give up on errors.

        claim: how long the messages taken are this sender's (the store's default if None).
        """
        async with self._draining:
            return await self._drain(notifiers, now, limit, claim)

    async def next_due(self, notifiers: Mapping[str, Notifier]) -> datetime | None:
        """When the soonest queued message for these platforms is due."""
        return await self._store.next_pending_at(notifiers.keys())

    async def _drain(
        self,
        notifiers: Mapping[str, Notifier],
        now: datetime,
        limit: int,
        claim: timedelta | None,
    ) -> DeliveryReport:
        """Deliver one batch of due outbox items, in order."""
        delivered = retried = failed = 0
        if not notifiers:
            return DeliveryReport(0, 0, 0)
        for item in await self._store.pending_deliveries(now, notifiers.keys(), limit, claim):
            notifier = notifiers[item.subscriber.key.platform]
            reply = await self._still_open(await self._reply(item), item.id)
            if not reply:
                await self._store.delivery_succeeded(item.id, now)
                continue
            try:
                await notifier.deliver(item.subscriber.key, reply)
            except DeliveryError as exc:
                if exc.permanent or item.attempts + 1 >= MAX_ATTEMPTS:
                    failed += 1
                    await self._store.delivery_failed(item.id, str(exc), None)
                    if exc.permanent:
                        log.warning(
                            "pausing deliveries to subscriber %d: %s", item.subscriber.id, exc
                        )
                        await self._store.pause_deliveries(item.subscriber.id, str(exc))
                    continue
                retried += 1
                delay = max(exc.retry_after or 0.0, backoff(item.attempts))
                await self._store.delivery_failed(item.id, str(exc), now + timedelta(seconds=delay))
                continue
            await self._store.delivery_succeeded(item.id, now)
            delivered += 1
        return DeliveryReport(delivered, retried, failed)

    async def _reply(self, item: OutboxItem) -> Reply:
        """A queued message as it is sent: an /add's late matches laid out now (numbered and
        worded as the chat is now; none when the search is gone), any other as it was built."""
        if item.kind == LATE_KIND and item.payload.startswith("{"):
            return await self._previews.queued(item.subscriber, item.payload)
        return reply_from_json(item.payload)

    async def _still_open(self, reply: Reply, outbox_id: int) -> Reply:
        """A queued message without the jobs closed since it was built (past their closing
        date, or gone from their source): those are not sent. Empty when no job is left."""
        shown = [card.posting_id for m in reply if isinstance(m, JobCards) for card in m.cards]
        if not shown:
            return reply
        still = {p.id for p in await self._store.open_postings_among(shown)}
        if len(still) == len(set(shown)):
            return reply
        log.info(
            "outbox message %d: %d of its %d jobs closed since it was queued; not sent",
            outbox_id,
            len(set(shown) - still),
            len(set(shown)),
        )
        if not still:
            return ()
        kept: list[Message] = []
        for message in reply:
            if isinstance(message, JobCards) and message.cards:
                cards = tuple(card for card in message.cards if card.posting_id in still)
                if not cards:
                    continue  # a search's group with every job closed
                message = replace(message, cards=cards)
            kept.append(message)
        return tuple(kept)


def _pending(given: DigestInputs, roots: Mapping[str, str]) -> list[StoredMatch]:
    """What Digests.pending gives, from inputs read in bulk."""
    prefs = Preferences.build(given.muted, given.feedback)
    return fold_jobs(prefs.apply(ranked(given.matches, given.searches)), roots)


def digest_heading(total: int, shown: int, earlier: int) -> str:
    """'Your job digest: 7 new matches.', saying which were left over from before (matched
    before the last digest) and, when not all fit, how many it shows: never old ones as new."""
    new = total - earlier
    if not earlier:
        what = texts.count(new, "new match", "new matches")
    elif not new:
        what = texts.count(earlier, "match from before", "matches from before")
    else:
        what = f"{texts.count(total, 'match', 'matches')} ({new} new, {earlier} from before)"
    if shown < total:
        return f"Your job digest: {shown} of {what}; the rest come in your next digest."
    return f"Your job digest: {what}."


def alert_heading(count: int) -> str:
    """'🔔 A strong new match:' or '🔔 3 strong new matches:'."""
    return "🔔 A strong new match:" if count == 1 else f"🔔 {count} strong new matches:"


def backoff(attempts: int) -> float:
    """Seconds before the next try: 30 s doubling per attempt, at most an hour."""
    return float(min(30 * 2**attempts, 3600))
