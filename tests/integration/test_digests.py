"""Digests and alerts on the real store with a controllable clock: when, what, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from adapters.console.render import render as render_console
from core.chat.replies import ErrorText, JobCards, Reply, Text
from core.chat.service import Concierge
from core.digests.delivery import ALERT_SCORE
from core.digests.schedule import next_digest_at, parse_frequency, parse_time
from core.digests.timezones import find_timezone
from core.errors import DeliveryError
from core.model import Actor, Posting, SubscriberKey
from core.store.postgres.store import PostgresStore
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock, posting, query, query_plan, write


class RecordingNotifier:
    """Records every push; can be told to fail."""

    platform = "console"

    def __init__(self) -> None:
        self.sent: list[tuple[SubscriberKey, Reply]] = []
        self.fail: DeliveryError | None = None

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append((key, reply))


def card_ids(reply: Reply) -> list[str]:
    return [c.posting_id for m in reply if isinstance(m, JobCards) for c in m.cards]


def text_of(reply: Reply) -> str:
    return "\n".join(m.text for m in reply if isinstance(m, Text | ErrorText))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "after", "expected"),
    [
        ("America/New_York", utc(2026, 12, 1, 0, 0), utc(2026, 12, 1, 14, 0)),  # UTC-5
        ("Asia/Tokyo", utc(2026, 12, 1, 0, 30), utc(2026, 12, 2, 0, 0)),  # UTC+9, 09:00 passed
        ("Europe/Berlin", utc(2026, 3, 28, 12, 0), utc(2026, 3, 29, 7, 0)),  # DST starts 29 Mar
        ("Europe/Berlin", utc(2026, 3, 27, 12, 0), utc(2026, 3, 28, 8, 0)),  # still CET
        ("Europe/Berlin", utc(2026, 10, 25, 6, 0), utc(2026, 10, 25, 8, 0)),  # DST ends 25 Oct
    ],
)
def test_nine_am_local_stays_nine_am_across_zones_and_dst(
    zone: str, after: datetime, expected: datetime
) -> None:
    assert next_digest_at(after, parse_time("09:00"), zone, parse_frequency("daily")) == expected


def test_weekdays_and_weekly() -> None:
    friday_evening = utc(2026, 12, 4, 20, 0)
    weekdays = next_digest_at(friday_evening, parse_time("9am"), "UTC", parse_frequency("weekdays"))
    assert weekdays == utc(2026, 12, 7, 9, 0)  # Monday
    weekly = next_digest_at(
        friday_evening, parse_time("08:30"), "UTC", parse_frequency("weekly wed")
    )
    assert weekly == utc(2026, 12, 9, 8, 30)
    assert next_digest_at(friday_evening, parse_time("9:00"), "UTC", parse_frequency("off")) is None


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("CET", "Europe/Berlin"),
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("tokio", "Asia/Tokyo"),
        ("utc", "UTC"),
    ],
)
def test_timezones_are_found_fuzzily(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


async def _setup(service: Concierge, clock: FakeClock, key: SubscriberKey = ALICE) -> None:
    await service.handle_text(key, "/add senior backend engineer python")


async def test_a_digest_arrives_at_local_time_once(service: Concierge, clock: FakeClock) -> None:
    clock.current = utc(2026, 12, 1, 6, 0)
    await service.handle_text(ALICE, "/tz berlin")
    reply = await service.handle_text(ALICE, "/time 08:30")
    assert "08:30 Europe/Berlin" in text_of(reply)
    await _setup(service, clock)
    notifier = RecordingNotifier()
    notifiers = {"console": notifier}
    early = await service.digests.run_due(utc(2026, 12, 1, 7, 29))
    assert early.digests == 0
    tick = await service.digests.run_due(utc(2026, 12, 1, 7, 30))  # 08:30 in Berlin
    assert tick.digests == 1
    await service.digests.deliver(notifiers, utc(2026, 12, 1, 7, 30))
    assert len(notifier.sent) == 1
    first = card_ids(notifier.sent[0][1])
    assert set(first) == {"p1", "p2"}
    # The next day: nothing new, so no message; a new posting comes the day after.
    await service.digests.run_due(utc(2026, 12, 2, 7, 30))
    await service.digests.deliver(notifiers, utc(2026, 12, 2, 7, 30))
    assert len(notifier.sent) == 1
    clock.current = utc(2026, 12, 2, 12, 0)
    await service.intake.record([posting("p9", "Senior Backend Engineer (Python, Kafka)")])
    await service.digests.run_due(utc(2026, 12, 3, 7, 30))
    await service.digests.deliver(notifiers, utc(2026, 12, 3, 7, 30))
    assert [card_ids(r) for _, r in notifier.sent[1:]] == [["p9"]]


async def test_downtime_sends_one_catch_up_digest(service: Concierge, clock: FakeClock) -> None:
    clock.current = utc(2026, 12, 1, 6, 0)
    await _setup(service, clock)
    back_after_three_days = utc(2026, 12, 4, 15, 0)
    first = await service.digests.run_due(back_after_three_days)
    second = await service.digests.run_due(back_after_three_days + timedelta(minutes=1))
    assert (first.digests, second.digests) == (1, 0)
    subscriber = await service_store(service).subscriber(ALICE, clock.now())
    assert subscriber.settings.next_digest_at == utc(2026, 12, 5, 9, 0)


def service_store(service: Concierge) -> SqliteStore:
    store = service._store  # the same real store the fixture opened
    assert isinstance(store, SqliteStore | PostgresStore)
    return store  # type: ignore[return-value]


async def test_one_card_per_posting_across_searches(service: Concierge, clock: FakeClock) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/add python developer")
    reply = await service.handle_text(ALICE, "/digest")
    ids = card_ids(reply)
    assert len(ids) == len(set(ids)) and "p1" in ids
    assert "Nothing new" in text_of(await service.handle_text(ALICE, "/digest"))


async def test_digest_is_capped_with_more(store: SqliteStore, clock: FakeClock) -> None:
    from core.chat.service import build_concierge

    service = await build_concierge(store, clock)
    await service.intake.record(
        [posting(f"b{i}", f"Senior Backend Engineer {i}", description="Python") for i in range(14)]
    )
    await service.handle_text(ALICE, "/add senior backend engineer python")
    reply = await service.handle_text(ALICE, "/digest")
    assert len(card_ids(reply)) == 10
    footer = [m for m in reply if isinstance(m, JobCards) and m.footer]
    assert footer and "4 more" in footer[0].footer and footer[0].actions[0].data == "more"
    more = await service.handle_action(ALICE, "more")
    assert len(card_ids(more)) == 4
    assert not set(card_ids(more)) & set(card_ids(reply))


async def test_thumbs_down_hides_the_posting_and_its_twins(
    service: Concierge, clock: FakeClock
) -> None:
    await _setup(service, clock)
    jobs = await service.handle_text(ALICE, "/jobs")
    cards = [c for m in jobs if isinstance(m, JobCards) for c in m.cards]
    target = next(c for c in cards if c.posting_id == "p1")
    down = next(a for a in target.actions if a.label.startswith("👎"))
    reply = await service.handle_action(ALICE, down.data)
    assert "Hidden" in text_of(reply)
    await service.intake.record(
        [posting("p1-again", "Senior Backend Engineer (Python)", company="ACME Inc.")]
    )
    ids = card_ids(await service.handle_text(ALICE, "/jobs"))
    assert "p1" not in ids and "p1-again" not in ids and "p2" in ids


async def test_mute_company_and_unmute(service: Concierge, clock: FakeClock) -> None:
    await _setup(service, clock)
    jobs = await service.handle_text(ALICE, "/jobs")
    card = next(
        c for m in jobs if isinstance(m, JobCards) for c in m.cards if c.company == "Globex"
    )
    mute = next(a for a in card.actions if "Mute" in a.label)
    assert "Muted Globex" in text_of(await service.handle_action(ALICE, mute.data))
    assert "p2" not in card_ids(await service.handle_text(ALICE, "/jobs"))
    assert "#1 Globex" in text_of(await service.handle_text(ALICE, "/muted"))
    assert "Unmuted Globex" in text_of(await service.handle_text(ALICE, "/unmute 1"))
    assert "p2" in card_ids(await service.handle_text(ALICE, "/jobs"))


async def test_thumbs_up_ranks_similar_postings_higher(
    service: Concierge, clock: FakeClock
) -> None:
    await _setup(service, clock)
    before = card_ids(await service.handle_text(ALICE, "/jobs"))
    assert before[:2] == ["p1", "p2"] or before[:2] == ["p2", "p1"]
    second = before[1]
    jobs = await service.handle_text(ALICE, "/jobs")
    card = next(
        c for m in jobs if isinstance(m, JobCards) for c in m.cards if c.posting_id == second
    )
    up = next(a for a in card.actions if a.label == "👍")
    assert "higher" in text_of(await service.handle_action(ALICE, up.data))
    assert card_ids(await service.handle_text(ALICE, "/jobs"))[0] == second


async def test_forged_feedback_changes_nothing(service: Concierge, clock: FakeClock) -> None:
    await _setup(service, clock)
    for data in ("fd:999999", "fm:1", "fu:abc", "fd:" + "9" * 40):
        reply = await service.handle_action(BOB, data)
        assert isinstance(reply[0], ErrorText), data
    assert "You have muted no companies" in text_of(await service.handle_text(BOB, "/muted"))


async def test_permanent_errors_pause_and_are_not_retried(
    service: Concierge, clock: FakeClock
) -> None:
    await _setup(service, clock)
    notifier = RecordingNotifier()
    notifier.fail = DeliveryError("bot was blocked by the user", permanent=True)
    now = utc(2026, 11, 29, 9, 0)
    await service.digests.run_due(now)
    report = await service.digests.deliver({"console": notifier}, now)
    assert (report.delivered, report.failed) == (0, 1)
    subscriber = await service_store(service).subscriber(ALICE, now)
    assert "blocked" in subscriber.settings.delivery_paused
    assert (await service.digests.run_due(now + timedelta(days=1))).due == 0
    # Writing to the bot again resumes deliveries.
    await service.handle_text(ALICE, "/settings")
    resumed = await service_store(service).subscriber(ALICE, now)
    assert resumed.settings.delivery_paused == ""


async def test_transient_errors_back_off_then_succeed(service: Concierge, clock: FakeClock) -> None:
    await _setup(service, clock)
    notifier = RecordingNotifier()
    notifier.fail = DeliveryError("429 too many requests", permanent=False, retry_after=120)
    now = utc(2026, 11, 29, 9, 0)
    await service.digests.run_due(now)
    assert (await service.digests.deliver({"console": notifier}, now)).retried == 1
    assert (
        await service.digests.deliver({"console": notifier}, now + timedelta(seconds=60))
    ).retried == 0
    notifier.fail = None
    later = await service.digests.deliver({"console": notifier}, now + timedelta(seconds=121))
    assert later.delivered == 1 and len(notifier.sent) == 1


async def test_alerts_respect_quiet_hours(service: Concierge, clock: FakeClock) -> None:
    await _setup(service, clock)
    await service.handle_text(ALICE, "/alerts on")
    await service.handle_text(ALICE, "/quiet 22:00-07:00")
    night = utc(2026, 11, 29, 23, 0)
    clock.current = night
    await service.intake.record(
        [posting("hot", "Senior Backend Engineer", description="Python", tags=("python",))]
    )
    assert await service.digests.run_alerts(night) == 0
    assert await service.digests.run_alerts(utc(2026, 11, 30, 7, 5)) == 1
    assert await service.digests.run_alerts(utc(2026, 11, 30, 7, 6)) == 0


async def test_settings_commands(service: Concierge) -> None:
    assert 'I read "new york" as America/New_York' in text_of(
        await service.handle_text(ALICE, "/tz new york")
    )
    weekly = text_of(await service.handle_text(ALICE, "/frequency weekly monday"))
    assert "Digests now come every Monday at 09:00." in weekly  # was "come weekly mon at"
    assert "Digest: every Monday at 09:00" in text_of(await service.handle_text(ALICE, "/settings"))
    assert "off" in text_of(await service.handle_text(ALICE, "/frequency off"))
    shown = text_of(await service.handle_text(ALICE, "/settings"))
    assert "America/New_York" in shown and "Digest: off" in shown
    bad_lines = ("/time 25:00", "/tz atlantis-on-mars", "/frequency hourly", "/quiet soon")
    for bad in (*bad_lines, "/quiet 07:00-07:00"):
        assert isinstance((await service.handle_text(ALICE, bad))[0], ErrorText), bad


async def test_group_settings_and_feedback_need_an_admin(service: Concierge) -> None:
    group = SubscriberKey("telegram", "", "", "-100")
    admin, member = Actor("1", is_admin=True), Actor("2")
    await service.handle_text(group, "/add senior backend engineer python", admin)
    refused = await service.handle_text(group, "/time 07:00", member)
    assert isinstance(refused[0], ErrorText) and "admin" in refused[0].text
    jobs = await service.handle_text(group, "/jobs", member)
    card = next(c for m in jobs if isinstance(m, JobCards) for c in m.cards)
    refused = await service.handle_action(group, card.actions[1].data, member)
    assert isinstance(refused[0], ErrorText)
    assert isinstance((await service.handle_text(group, "/pause 1", member))[0], ErrorText)
    assert "Paused" in text_of(await service.handle_text(group, "/pause 1", admin))


async def test_a_shared_chat_without_a_known_actor_changes_nothing(service: Concierge) -> None:
    group = SubscriberKey("slack", "T1", "", "C1")
    await service.handle_text(group, "/add backend python")  # anyone may add; no creator known
    refused = await service.handle_text(group, "/remove 1")
    assert isinstance(refused[0], ErrorText)


async def test_an_unknown_job_number_is_named_with_where_numbers_come_from(
    service: Concierge, clock: FakeClock
) -> None:
    await _setup(service, clock)
    jobs = await service.handle_text(ALICE, "/jobs")
    cards = [c for m in jobs if isinstance(m, JobCards) for c in m.cards]
    assert all(c.number for c in cards)  # every card carries its "job #N"
    render = render_console(jobs)
    assert f"job #{cards[0].number}" in render
    await service.handle_text(BOB, "/add civil engineer")
    bobs = await service.handle_text(BOB, "/jobs")
    not_alices = next(c.number for m in bobs if isinstance(m, JobCards) for c in m.cards)
    for typed, number in (("/like 99999", "99999"), ("/hide 0", "0"), (f"/mute {not_alices}", "")):
        answer = text_of(await service.handle_text(ALICE, typed))
        assert f"There is no job {number or not_alices} among your matches" in answer, typed
        assert '"job #N" on cards from /jobs or your digest' in answer
        assert "\n" not in answer
    assert "You have muted no companies" in text_of(await service.handle_text(ALICE, "/muted"))


def strong(pid: str) -> Posting:
    return posting(pid, "Senior Backend Engineer", description="Python", tags=("python",))


async def _alerts(service: Concierge, notifier: RecordingNotifier, now: datetime) -> list[Reply]:
    """One tick's alerts, delivered; the messages this tick pushed."""
    before = len(notifier.sent)
    await service.digests.run_alerts(now)
    await service.digests.deliver({"console": notifier}, now)
    return [reply for _, reply in notifier.sent[before:]]


async def test_alerts_skip_postings_that_were_there_before_the_search(
    service: Concierge, clock: FakeClock
) -> None:
    await service.intake.record([strong(f"old{i}") for i in range(14)])
    await service.handle_text(ALICE, "/alerts on")
    clock.advance(minutes=1)
    added = await service.handle_text(ALICE, "/add senior backend engineer python")
    # Equal matches, none dated: listed by id (core.matching.order).
    assert card_ids(added)[:2] == ["old0", "old1"]
    notifier = RecordingNotifier()
    for minute in range(2, 6):
        clock.current = utc(2026, 11, 28, 9, minute)
        assert await _alerts(service, notifier, clock.now()) == []
    # They wait for the digest instead.
    digest = await service.handle_text(ALICE, "/digest")
    assert "old13" in card_ids(digest)


async def test_a_new_strong_posting_makes_exactly_one_alert(
    service: Concierge, clock: FakeClock
) -> None:
    await service.handle_text(ALICE, "/alerts on")
    await service.handle_text(ALICE, "/add senior backend engineer python")
    notifier = RecordingNotifier()
    clock.advance(minutes=1)
    assert await _alerts(service, notifier, clock.now()) == []
    clock.advance(minutes=1)
    await service.intake.record([strong("hot")])
    clock.advance(minutes=1)
    [alert] = await _alerts(service, notifier, clock.now())
    assert card_ids(alert) == ["hot"]
    assert text_of(alert).startswith("🔔 A strong new match")
    for _ in range(3):
        clock.advance(minutes=1)
        assert await _alerts(service, notifier, clock.now()) == []


async def test_several_new_postings_make_one_alert_per_tick_with_their_count(
    service: Concierge, clock: FakeClock
) -> None:
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/alerts on")
    notifier = RecordingNotifier()
    clock.advance(minutes=1)
    await service.intake.record([strong(f"new{i}") for i in range(3)])
    clock.advance(minutes=1)
    [alert] = await _alerts(service, notifier, clock.now())
    assert text_of(alert).startswith("🔔 3 strong new matches")
    assert sorted(card_ids(alert)) == ["new0", "new1", "new2"]
    clock.advance(minutes=1)
    await service.intake.record([strong(f"later{i}") for i in range(12)])
    clock.advance(minutes=1)
    [alert] = await _alerts(service, notifier, clock.now())
    assert text_of(alert).startswith("🔔 12 strong new matches")
    shown = card_ids(alert)
    assert len(shown) == 10
    assert "2 more" in " ".join(m.footer for m in alert if isinstance(m, JobCards))
    clock.advance(minutes=1)
    assert await _alerts(service, notifier, clock.now()) == []
    # The two not shown wait for the digest, with the postings from before the search (equal
    # matches, none dated: by id, core.matching.order).
    left = sorted({f"later{i}" for i in range(12)} - set(shown))
    assert card_ids(await service.handle_text(ALICE, "/digest")) == [*left, "p1", "p2"]


async def test_an_alert_check_reads_only_what_is_new_since_the_last(
    service: Concierge, clock: FakeClock
) -> None:
    store = service_store(service)
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/alerts on")
    clock.advance(minutes=1)
    await service.intake.record([strong(f"n{i}") for i in range(30)])
    subscriber = await store.subscriber(ALICE, clock.now())
    first = await store.new_alert_matches(subscriber.id, ALERT_SCORE)
    assert len(first.matches) == 30 and first.read_until == clock.now()
    await store.mark_alerts_checked(subscriber.id, first.read_until)
    # Nothing sent, yet nothing is read again: the next check starts after the cursor.
    again = await store.new_alert_matches(subscriber.id, ALERT_SCORE)
    assert (again.matches, again.read_until) == ([], None)
    plan = await query_plan(
        store,
        "SELECT 1 FROM matches m WHERE m.search_id = 1 "
        f"AND m.score >= {ALERT_SCORE} AND m.matched_at > 0",
    )
    assert "matches_strong_by_time" in plan


async def test_an_alert_tick_looks_only_at_subscribers_with_something_new(
    service: Concierge, clock: FakeClock
) -> None:
    store = service_store(service)
    for key in (ALICE, BOB):
        await service.handle_text(key, "/add senior backend engineer python")
        await service.handle_text(key, "/alerts on")
    clock.advance(minutes=1)
    assert await store.alert_subscribers(ALERT_SCORE) == []  # nothing new: no work at all
    await service.handle_text(BOB, "/remove 1")
    await service.intake.record([strong("fresh")])
    [due] = await store.alert_subscribers(ALERT_SCORE)
    assert due.key == ALICE
    plan = await query_plan(
        store,
        "SELECT 1 FROM subscribers sub WHERE EXISTS (SELECT 1 FROM searches "
        "s JOIN matches m ON m.search_id = s.id WHERE s.subscriber_id = sub.id AND m.score >= "
        f"{ALERT_SCORE} AND m.matched_at > COALESCE(sub.alerts_checked_us, -1))",
    )
    assert "matches_strong_by_time" in plan


async def test_a_tick_cut_short_before_its_cursor_moved_loses_nothing_and_repeats_nothing(
    service: Concierge, clock: FakeClock
) -> None:
    store = service_store(service)
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.handle_text(ALICE, "/alerts on")
    subscriber = await store.subscriber(ALICE, clock.now())
    notifier = RecordingNotifier()
    clock.advance(minutes=1)
    await service.intake.record([strong(f"new{i}") for i in range(12)])
    clock.advance(minutes=1)
    [(cursor,)] = await query(
        store, f"SELECT alerts_checked_us FROM subscribers WHERE id = {subscriber.id:d}"
    )
    [first] = await _alerts(service, notifier, clock.now())
    # The process died between queueing the alert and moving the cursor: put it back.
    value = "NULL" if cursor is None else f"{cursor:d}"
    await write(
        store, f"UPDATE subscribers SET alerts_checked_us = {value} WHERE id = {subscriber.id:d}"
    )
    clock.advance(minutes=1)
    [second] = await _alerts(service, notifier, clock.now())
    assert not set(card_ids(first)) & set(card_ids(second))  # nothing sent twice
    clock.advance(minutes=1)
    assert await _alerts(service, notifier, clock.now()) == []
    shown = {*card_ids(first), *card_ids(second)}
    assert shown == {f"new{i}" for i in range(12)}  # nothing lost
