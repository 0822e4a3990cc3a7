"""Signed requests into Bolt's real HTTP server: acks at once, each chat answered in order."""

from __future__ import annotations

import asyncio

from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.helpers import texts


async def test_a_slow_answer_holds_up_only_its_own_chat(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    fake.slow["cmd1"] = 1.5  # posting Alice's first answer takes a while
    sent = [
        await slack.command("add senior backend engineer python", user="UALICE", channel="D1"),
        await slack.command("list", user="UALICE", channel="D1"),
        await slack.command("help", user="UBOB", channel="D2"),
    ]
    # Every command was acknowledged while the first answer was still on its way.
    assert [answer for _, answer in sent] == [(200, "")] * 3
    assert not [c for c in fake.calls_to("response_url") if c.path.endswith("/cmd1")]
    calls = await fake.wait_for("response_url", 3)
    order = [call.path.rsplit("/", 1)[1] for call in calls]
    assert order == ["cmd3", "cmd1", "cmd2"]  # Bob first; Alice's /list after her /add
    assert "#1 " in texts(calls[2].args["blocks"])


async def test_a_flood_of_commands_is_acknowledged_and_answered(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    answers = await asyncio.gather(
        *(slack.command("list", user=f"U{n % 5}", channel=f"D{n % 5}") for n in range(40))
    )
    assert all(answer == (200, "") for _, answer in answers)
    await fake.wait_for("response_url", 40)


async def test_redrawing_the_home_tab_takes_nothing_from_the_rate_limit(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await slack.event({"type": "app_home_opened", "user": "U1", "tab": "home"})
    await fake.wait_for("views.publish")
    # Each command redraws the Home tab (three reads); only the command counts: 12 of 30.
    for n in range(12):
        name, _ = await slack.command("help", user="U1", channel="D1")
        [answer] = await fake.wait_for("response_url", where=lambda c, n=name: c.path.endswith(n))
        assert "Slow down" not in answer.args["text"], n
    await fake.wait_for("views.publish", 13)
    published = fake.calls_to("views.publish")[-1].args["view"]
    assert "Slow down" not in texts(published["blocks"])
