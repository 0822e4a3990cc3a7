"""Updates over PTB's real polling path: people run side by side, each chat's in order."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from adapters.telegram.updates import PerChatProcessor
from core.api import Lanes
from core.chat.service import Concierge
from tests.telegram.conftest import ALICE, ALICE_CHAT, BOB, RunningBot

BOB_CHAT = {"id": 222, "type": "private", "first_name": "Bob"}


async def test_one_persons_slow_stream_does_not_hold_up_anothers_help(bot: RunningBot) -> None:
    api = bot.api
    api.delays[ALICE_CHAT["id"]] = 1.0  # every reply to Alice takes a second to send
    for _ in range(4):
        api.send_text(ALICE_CHAT, ALICE, "/help")
    api.send_text(BOB_CHAT, BOB, "/help")
    await api.wait_calls("sendMessage", 5)
    order = [c.params["chat_id"] for c in api.sent()]
    # One at a time, Bob's answer came after all four of Alice's (over four seconds later).
    assert order.index(BOB_CHAT["id"]) < 3, order


async def test_one_persons_messages_are_answered_in_order(
    bot: RunningBot, service: Concierge
) -> None:
    api = bot.api
    api.delays[ALICE_CHAT["id"]] = 0.2
    lines = ["/add senior backend engineer python", "/list", "/remove 1", "/list", "/help"]
    for line in lines:
        api.send_text(ALICE_CHAT, ALICE, line)
    api.send_text(BOB_CHAT, BOB, "/list")
    await api.wait_for(lambda _: len(api.texts(ALICE_CHAT["id"])) >= 6 and api.sent(222))
    said = api.texts(ALICE_CHAT["id"])
    assert said[0].startswith("Saved search #1")
    assert "Top matches now" in said[1]
    assert "#1</b> title" in said[2]  # /list after /add sees the search
    assert said[3].startswith("Removed #1")
    assert said[4].startswith("You have no saved searches")  # /list after /remove
    assert said[5].startswith("What I can do")
    assert api.texts(222)[0].startswith("You have no saved searches")


async def test_a_chat_flooding_the_queue_is_cut_off_and_others_still_run() -> None:
    processor = PerChatProcessor(Lanes(running=2, waiting=2))
    alice = Update.de_json({"update_id": 1, "message": _message(ALICE_CHAT, ALICE)}, None)
    bob = Update.de_json({"update_id": 2, "message": _message(BOB_CHAT, BOB)}, None)
    gate, ran = asyncio.Event(), []

    async def handle(name: str) -> None:
        await gate.wait()
        ran.append(name)

    async with processor:
        alices = [
            asyncio.create_task(processor.process_update(alice, handle(f"alice{i}")))
            for i in range(4)
        ]
        await asyncio.sleep(0)
        bobs = asyncio.create_task(processor.process_update(bob, handle("bob")))
        await asyncio.sleep(0.05)
        gate.set()
        await asyncio.gather(*alices, bobs)
    assert sorted(ran) == ["alice0", "alice1", "bob"]  # alice2 and alice3 were dropped
    assert ran.index("alice0") < ran.index("alice1")


async def test_a_groups_migration_runs_before_the_supergroups_next_update() -> None:
    processor = PerChatProcessor()
    old = {"id": -4242, "type": "group", "title": "Job hunters"}
    new = {"id": -1004242, "type": "supergroup", "title": "Job hunters"}
    moved = {**_message(old, ALICE), "text": None, "migrate_to_chat_id": new["id"]}
    migration = Update.de_json({"update_id": 1, "message": moved}, None)
    first = Update.de_json({"update_id": 2, "message": _message(new, BOB)}, None)
    gate, ran = asyncio.Event(), []

    async def handle(name: str, wait: bool) -> None:
        if wait:
            await gate.wait()  # the move is slow: the supergroup's update must not overtake it
        ran.append(name)

    async with processor:
        moving = asyncio.create_task(processor.process_update(migration, handle("move", True)))
        await asyncio.sleep(0)
        helping = asyncio.create_task(processor.process_update(first, handle("help", False)))
        await asyncio.sleep(0.05)
        gate.set()
        await asyncio.gather(moving, helping)
    assert ran == ["move", "help"]  # was: the supergroup's /help ran first, in its own lane


def _message(chat: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    return {"message_id": 1, "date": 0, "chat": chat, "from": user, "text": "/help"}
