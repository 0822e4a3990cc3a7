"""The per-person rate limit through the service: one "slow down", no effect on others."""

from __future__ import annotations

from core.chat.ratelimit import SLOW_DOWN, RateLimiter, RateRule, Verdict
from core.chat.replies import ErrorText, SearchList, Text
from core.chat.service import Concierge, Limits, build_concierge
from core.model import Actor, SubscriberKey
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BOB, FakeClock


class Ticker:
    """Monotonic seconds moved by hand."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


async def limited(store: SqliteStore, ticker: Ticker, rule: RateRule) -> Concierge:
    return await build_concierge(store, FakeClock(), Limits(rate=rule), ticker=ticker)


async def test_a_flood_gets_one_slow_down_and_then_silence(store: SqliteStore) -> None:
    ticker = Ticker()
    service = await limited(store, ticker, RateRule(burst=3, per_minute=30))
    answers = [await service.handle_text(ALICE, "/list") for _ in range(8)]
    assert all(isinstance(a[0], Text) for a in answers[:3])
    assert answers[3] == (ErrorText(SLOW_DOWN),)
    assert answers[4:] == [()] * 4
    # Bob is not Alice: his first command of the same moment is answered in full.
    assert isinstance((await service.handle_text(BOB, "/list"))[0], Text)
    # 30 a minute: one command back every 2 s, and a later flood is told again, once.
    ticker.seconds += 2
    assert isinstance((await service.handle_text(ALICE, "/list"))[0], Text)
    assert await service.handle_text(ALICE, "/list") == (ErrorText(SLOW_DOWN),)
    assert await service.handle_text(ALICE, "/list") == ()


async def test_dropped_commands_change_nothing(store: SqliteStore) -> None:
    ticker = Ticker()
    service = await limited(store, ticker, RateRule(burst=1, per_minute=60))
    await service.handle_text(ALICE, "/add senior backend python")
    await service.handle_text(ALICE, "/add golang kubernetes")  # slow down
    await service.handle_text(ALICE, "/remove 1")  # dropped
    ticker.seconds += 1
    listed = await service.handle_text(ALICE, "/list")
    assert isinstance(listed[0], SearchList)
    assert [i.raw_text for i in listed[0].items] == ["senior backend python"]


async def test_in_a_shared_chat_each_person_has_their_own_bucket(store: SqliteStore) -> None:
    ticker = Ticker()
    service = await limited(store, ticker, RateRule(burst=2, per_minute=60))
    group = SubscriberKey("telegram", "", "", "-100")
    for _ in range(2):
        await service.handle_text(group, "/help", Actor("1"))
    assert await service.handle_text(group, "/help", Actor("1")) == (ErrorText(SLOW_DOWN),)
    assert isinstance((await service.handle_text(group, "/help", Actor("2")))[0], Text)


async def test_per_minute_zero_turns_the_limit_off(store: SqliteStore) -> None:
    service = await limited(store, Ticker(), RateRule(burst=1, per_minute=0))
    for _ in range(50):
        assert isinstance((await service.handle_text(ALICE, "/help"))[0], Text)


def test_the_bucket_refills_to_its_burst_and_forgets_full_buckets() -> None:
    ticker = Ticker()
    limiter = RateLimiter(RateRule(burst=2, per_minute=60), ticker, tracked=2)
    assert [limiter.admit("a") for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]
    ticker.seconds += 3600  # an hour's refill is still only the burst
    assert [limiter.admit("a") for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]
    limiter.admit("b")
    ticker.seconds += 3600
    limiter.admit("c")  # over `tracked`: full buckets (a, b) are forgotten, not kept forever
    assert set(limiter._buckets) == {"c"}
