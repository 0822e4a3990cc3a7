"""Groups over PTB's HTTP path: the group owns its searches, only admins change them."""

from __future__ import annotations

from core.chat.service import Concierge
from core.model import Actor, SubscriberKey
from tests.telegram.conftest import ALICE, BOB, GROUP, RunningBot, buttons
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.test_flows import said, saved

GROUP_ID = -100777
GROUP_KEY = SubscriberKey("telegram", "", "", str(GROUP_ID))


def admins_are_alice(api: FakeBotApi) -> None:
    api.admins[GROUP_ID] = {111}


async def test_an_admin_adds_a_search_for_the_group(bot: RunningBot, service: Concierge) -> None:
    admins_are_alice(bot.api)
    bot.api.send_text(GROUP, ALICE, "/add@ConciergeBot python backend")
    await said(bot.api, GROUP_ID, "Saved search #1")
    assert await saved(service, GROUP_KEY) == ["python backend"]
    alice_private = SubscriberKey("telegram", "", "111", "111")
    assert await saved(service, alice_private) == []  # the group's, not Alice's


async def test_a_non_admin_cannot_change_the_groups_searches(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    admins_are_alice(api)
    await service.handle_text(GROUP_KEY, "/add python backend", Actor("111", is_admin=True))
    for command in ("/add@ConciergeBot golang", "/time 07:00", "/tz@ConciergeBot berlin"):
        api.send_text(GROUP, BOB, command)
    await api.wait_for(lambda _: len(api.sent(GROUP_ID)) >= 3)
    assert all("Only this group's admins" in t for t in api.texts(GROUP_ID))

    api.send_text(GROUP, BOB, "/pause@ConciergeBot 1")  # the core refuses per-search changes
    refused = await said(api, GROUP_ID, "Only an admin")
    assert "#1" in refused.params["text"]

    api.send_text(GROUP, BOB, "/list@ConciergeBot")  # reading is open to every member
    listing = await said(api, GROUP_ID, "Your saved searches")
    pause = next(b for b in buttons(listing) if b["text"] == "Pause #1")
    api.press(GROUP, BOB, listing.message_id, pause["callback_data"])
    answer = (await api.wait_calls("answerCallbackQuery", 1))[0]
    assert "Only an admin" in answer.params["text"]
    assert await saved(service, GROUP_KEY) == ["python backend"]
    group_list = await service.handle_text(GROUP_KEY, "/list")
    assert group_list[0].items[0].active  # type: ignore[union-attr]


async def test_a_non_admin_cannot_start_the_guided_flow(bot: RunningBot) -> None:
    bot.api.send_text(GROUP, BOB, "/start@ConciergeBot")
    await said(bot.api, GROUP_ID, "Only this group's admins")
    assert not [t for t in bot.api.texts(GROUP_ID) if "Step 1" in t]


async def test_the_admin_flow_in_a_group_asks_with_replies(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    admins_are_alice(api)
    api.send_text(GROUP, ALICE, "/add@ConciergeBot")
    question = await said(api, GROUP_ID, "Step 1 of 2")
    assert question.params["reply_markup"] == {"force_reply": True, "selective": True}
    reply_to = {"message_id": question.message_id, "date": 0, "chat": GROUP, "text": "?"}
    api.send_text(GROUP, ALICE, "data engineer", reply_to_message=reply_to)
    where = await said(api, GROUP_ID, "Step 2 of 2")
    api.press(GROUP, BOB, where.message_id, "tg:place:remote")  # not Bob's flow
    answer = (await api.wait_calls("answerCallbackQuery", 1))[0]
    assert "expired" in answer.params["text"]
    api.press(GROUP, ALICE, where.message_id, "tg:place:remote")
    await said(api, GROUP_ID, "Saved search #1")
    assert await saved(service, GROUP_KEY) == ["data engineer remote"]


async def test_commands_for_another_bot_are_ignored(bot: RunningBot) -> None:
    admins_are_alice(bot.api)
    bot.api.send_text(GROUP, ALICE, "/add@SomeOtherBot python")
    bot.api.send_text(GROUP, ALICE, "/help@ConciergeBot")
    await said(bot.api, GROUP_ID, "What I can do")
    assert len(bot.api.sent(GROUP_ID)) == 1


async def test_supergroup_migration_moves_the_groups_data(
    bot: RunningBot, service: Concierge
) -> None:
    old_group = {"id": -4242, "type": "group", "title": "Job hunters"}
    old_key = SubscriberKey("telegram", "", "", "-4242")
    new_id = -1004242
    await service.handle_text(old_key, "/add python backend", Actor("111", is_admin=True))
    bot.api.send_text(old_group, ALICE, "", migrate_to_chat_id=new_id)
    new_group = {"id": new_id, "type": "supergroup", "title": "Job hunters"}
    bot.api.send_text(new_group, BOB, "/help")  # updates are handled in order
    await said(bot.api, new_id, "What I can do")
    new_key = SubscriberKey("telegram", "", "", str(new_id))
    assert await saved(service, new_key) == ["python backend"]
    assert await saved(service, old_key) == []


async def unsent_refs(service: Concierge, key: SubscriberKey) -> list[int]:
    """The refs of a subscriber's matches not yet sent."""
    subscriber = await service._store.subscriber(key, service._clock.now())
    return [m.ref for m in await service._store.unsent_matches(subscriber.id)]


async def test_a_non_admin_cannot_use_up_or_unmute_for_the_group(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    admins_are_alice(api)
    admin = Actor("111", is_admin=True)
    await service.handle_text(GROUP_KEY, "/add python backend", admin)
    pending = await unsent_refs(service, GROUP_KEY)
    assert len(pending) >= 2
    await service.handle_text(GROUP_KEY, f"/mute {pending[-1]}", admin)
    pending = await unsent_refs(service, GROUP_KEY)

    for command in ("/digest@ConciergeBot", "/more@ConciergeBot", "/unmute@ConciergeBot 1"):
        api.send_text(GROUP, BOB, command)
    await api.wait_for(lambda _: len(api.sent(GROUP_ID)) >= 3)
    answers = api.texts(GROUP_ID)
    assert all("Only" in text and "\n" not in text for text in answers), answers
    assert "digest" in answers[0]
    assert await unsent_refs(service, GROUP_KEY) == pending  # nothing was used up
    muted = await service.handle_text(GROUP_KEY, "/muted")
    assert "#1" in muted[0].text  # type: ignore[union-attr]

    api.send_text(GROUP, ALICE, "/digest@ConciergeBot")  # an admin still can
    await said(api, GROUP_ID, "Your digest")
    assert await unsent_refs(service, GROUP_KEY) != pending
