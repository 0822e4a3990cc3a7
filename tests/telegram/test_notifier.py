"""Digest pushes through TelegramNotifier over PTB's HTTP path, and Telegram's failures."""

from __future__ import annotations

import pytest

from adapters.telegram.notifier import TelegramNotifier
from core.chat.replies import Text
from core.chat.service import Concierge
from core.errors import DeliveryError
from core.model import Actor, Posting, SubscriberKey
from tests.telegram.conftest import ALICE, ALICE_CHAT, RunningBot, buttons
from tests.telegram.fake_bot_api import Failure
from tests.telegram.test_flows import ALICE_KEY, said, saved

POSTINGS = [
    Posting(
        id="w1",
        title="Senior Python Backend Engineer <script>alert(1)</script>",
        company="Wide & Co",
        location="Berlin",
        workplace="remote",
        salary_min=90000,
        salary_max=110000,
        currency="EUR",
        url="https://jobs.example.com/w1?ref=bot&src=tg",
        description="Python, PostgreSQL, Kafka. Senior backend engineer.",
    ),
    Posting(
        id="w2",
        title="Python Backend Developer",
        company="Umbrella",
        location="Remote",
        workplace="remote",
        url="https://jobs.example.com/w2",
        description="Senior backend engineer, Python and Django.",
    ),
]


@pytest.fixture
def notifier(bot: RunningBot, service: Concierge) -> TelegramNotifier:
    return TelegramNotifier(bot.application.bot, service)


async def digest_for(service: Concierge, key: SubscriberKey) -> tuple[object, ...]:
    await service.intake.record(POSTINGS)
    await service.handle_text(key, "/add senior python backend engineer", Actor(key.user, True))
    return await service.handle_text(key, "/digest", Actor(key.user, True))


async def test_a_digest_push_renders_cards_with_buttons(
    bot: RunningBot, service: Concierge, notifier: TelegramNotifier
) -> None:
    reply = await digest_for(service, ALICE_KEY)
    await notifier.deliver(ALICE_KEY, reply)  # type: ignore[arg-type]
    card = await said(bot.api, 111, "Wide &amp; Co")
    text = card.params["text"]
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert '<a href="https://jobs.example.com/w1?ref=bot&amp;src=tg">' in text
    assert "€90k–110k" in text
    assert card.params["parse_mode"] == "HTML"
    assert card.params["link_preview_options"] == {"is_disabled": True}
    data = [b.get("callback_data", "") for b in buttons(card)]
    urls = [b.get("url", "") for b in buttons(card)]
    assert any(d.startswith("fd:") for d in data) and any(d.startswith("fu:") for d in data)
    assert "https://jobs.example.com/w1?ref=bot&src=tg" in urls
    assert all(len(d.encode()) <= 64 for d in data)


async def test_thumbs_down_on_a_pushed_card_goes_to_the_core(
    bot: RunningBot, service: Concierge, notifier: TelegramNotifier
) -> None:
    reply = await digest_for(service, ALICE_KEY)
    await notifier.deliver(ALICE_KEY, reply)  # type: ignore[arg-type]
    card = await said(bot.api, 111, "Wide &amp; Co")
    block = next(b for b in card.params["text"].split("\n\n") if "Wide &amp; Co" in b)
    rank = block.removeprefix("<b>").split(".")[0]
    down = next(
        b
        for b in buttons(card)
        if b.get("callback_data", "").startswith("fd:") and b["text"].endswith(f" {rank}")
    )
    bot.api.press(ALICE_CHAT, ALICE, card.message_id, down["callback_data"])
    answer = (await bot.api.wait_calls("answerCallbackQuery", 1))[0]
    assert "Hidden" in answer.params["text"]
    jobs = await service.handle_text(ALICE_KEY, "/jobs")
    shown = [c.title for m in jobs for c in getattr(m, "cards", ())]
    assert not any("Wide" in title or "<script>" in title for title in shown)


async def test_a_user_who_blocked_the_bot_is_a_permanent_failure(
    bot: RunningBot, notifier: TelegramNotifier
) -> None:
    bot.api.failures[111] = Failure("forbidden")
    with pytest.raises(DeliveryError) as caught:
        await notifier.deliver(ALICE_KEY, (Text("hello"),))
    assert caught.value.permanent


async def test_chat_not_found_is_a_permanent_failure(
    bot: RunningBot, notifier: TelegramNotifier
) -> None:
    bot.api.failures[111] = Failure("not_found")
    with pytest.raises(DeliveryError) as caught:
        await notifier.deliver(ALICE_KEY, (Text("hello"),))
    assert caught.value.permanent


async def test_other_bad_requests_are_not_permanent(
    bot: RunningBot, notifier: TelegramNotifier
) -> None:
    bot.api.failures[111] = Failure("bad_request")
    with pytest.raises(DeliveryError) as caught:
        await notifier.deliver(ALICE_KEY, (Text("hello"),))
    assert not caught.value.permanent


async def test_retry_after_is_honoured_then_reported(
    bot: RunningBot, notifier: TelegramNotifier
) -> None:
    bot.api.failures[111] = Failure("retry", times=1, retry_after=1)
    await notifier.deliver(ALICE_KEY, (Text("after a pause"),))  # the rate limiter waited
    assert bot.api.texts(111) == ["after a pause"]
    assert len(bot.api.attempts(111)) == 2
    bot.api.failures[111] = Failure("retry", retry_after=1)
    with pytest.raises(DeliveryError) as caught:
        await notifier.deliver(ALICE_KEY, (Text("again"),))
    assert not caught.value.permanent
    assert caught.value.retry_after == 1


async def test_a_migrated_group_is_followed(
    bot: RunningBot, service: Concierge, notifier: TelegramNotifier
) -> None:
    old = SubscriberKey("telegram", "", "", "-555")
    await service.handle_text(old, "/add python backend", Actor("111", is_admin=True))
    bot.api.failures[-555] = Failure("migrated", retry_after=-100555)
    await notifier.deliver(old, (Text("digest"),))
    assert bot.api.texts(-100555) == ["digest"]
    assert await saved(service, SubscriberKey("telegram", "", "", "-100555")) == ["python backend"]


async def test_blocked_subscriber_is_paused_by_the_digest_run(
    bot: RunningBot, service: Concierge, notifier: TelegramNotifier
) -> None:
    await service.intake.record(POSTINGS)
    await service.handle_text(ALICE_KEY, "/add senior python backend engineer")
    await service.handle_text(ALICE_KEY, "/time 09:00")
    store = service._store
    subscriber = await store.subscriber(ALICE_KEY, service._clock.now())
    due = subscriber.settings.next_digest_at
    assert due is not None
    bot.api.failures[111] = Failure("forbidden")
    await service.digests.run_due(due)
    report = await service.digests.deliver({"telegram": notifier}, due)
    assert report.failed == 1
    subscriber = await store.subscriber(ALICE_KEY, due)
    assert subscriber.settings.delivery_paused
