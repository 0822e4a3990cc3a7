"""Digest delivery through slack_sdk's real client against the fake Web API."""

from __future__ import annotations

import pytest

from adapters.slack.app import SlackBot, SlackConfig, build_notifier, make_client
from adapters.slack.identity import channel_key, user_key
from adapters.slack.installs import one_client
from adapters.slack.notifier import SlackNotifier
from core.chat.replies import Action, JobCard, JobCards, Text
from core.errors import DeliveryError
from core.model import SubscriberKey
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.helpers import buttons, texts

DIGEST = (
    JobCards(
        "Your daily digest: 12 new matches",
        tuple(
            JobCard(
                f"p{n}",
                f"Backend Engineer {n}",
                "Acme",
                "Berlin",
                f"https://jobs.example/{n}",
                90,
                ("title matches", "Python"),
                (1,),
                salary="€90k",
                actions=(Action("👍", f"up:{n}"), Action("👎", f"down:{n}")),
            )
            for n in range(1, 13)
        ),
        "",
        (Action("More", "more:1"),),
    ),
)


async def test_a_users_digest_goes_by_dm(config: SlackConfig, fake: FakeSlackApi) -> None:
    await build_notifier(config).deliver(user_key("T1", "U1"), DIGEST)
    assert fake.calls_to("conversations.open")[0].args["users"] == "U1"
    posts = fake.calls_to("chat.postMessage")
    assert len(posts) == 1  # one message: header, ten cards, "more"
    post = posts[0].args
    assert post["channel"] == "DU1"
    assert post["text"] == "Your daily digest: 12 new matches"
    blocks = post["blocks"]
    assert blocks[0]["type"] == "header"
    assert "Backend Engineer 10" in texts(blocks) and "Backend Engineer 11" not in texts(blocks)
    assert "…and 2 more." in texts(blocks)
    assert buttons(blocks)[-1]["value"] == "more:1"


async def test_a_channels_digest_is_posted_in_the_channel(
    config: SlackConfig, fake: FakeSlackApi
) -> None:
    await build_notifier(config).deliver(channel_key("T1", "C42"), (Text("Digest"),))
    assert not fake.calls_to("conversations.open")
    assert fake.calls_to("chat.postMessage")[0].args["channel"] == "C42"


@pytest.mark.parametrize(
    "error", ["account_inactive", "channel_not_found", "not_in_channel", "is_archived"]
)
async def test_permanent_errors_say_so(config: SlackConfig, fake: FakeSlackApi, error: str) -> None:
    fake.fail("chat.postMessage", error)
    with pytest.raises(DeliveryError, match=error) as caught:
        await build_notifier(config).deliver(channel_key("T1", "C1"), (Text("x"),))
    assert caught.value.permanent


async def test_other_errors_are_temporary(config: SlackConfig, fake: FakeSlackApi) -> None:
    fake.fail("chat.postMessage", "internal_error")
    with pytest.raises(DeliveryError) as caught:
        await build_notifier(config).deliver(channel_key("T1", "C1"), (Text("x"),))
    assert not caught.value.permanent


async def test_a_rate_limit_is_waited_out_by_the_sdk(
    config: SlackConfig, fake: FakeSlackApi
) -> None:
    fake.rate_limit("chat.postMessage", retry_after=1)
    await build_notifier(config).deliver(user_key("T1", "U1"), (Text("x"),))
    assert len(fake.calls_to("chat.postMessage", status=429)) == 1
    assert len(fake.calls_to("chat.postMessage")) == 1


async def test_a_lasting_rate_limit_is_temporary_with_retry_after(
    config: SlackConfig, fake: FakeSlackApi
) -> None:
    fake.rate_limit("chat.postMessage", retry_after=0, times=5)
    notifier = SlackNotifier(one_client(make_client(config, rate_limit_retries=1)))
    with pytest.raises(DeliveryError) as caught:
        await notifier.deliver(channel_key("T1", "C1"), (Text("x"),))
    assert not caught.value.permanent
    assert caught.value.retry_after == 0
    assert len(fake.calls_to("chat.postMessage", status=429)) == 2


async def test_unreachable_slack_is_temporary(config: SlackConfig, unused_tcp_port: int) -> None:
    down = SlackConfig(bot_token="xoxb-x", api_url=f"http://127.0.0.1:{unused_tcp_port}/api/")
    with pytest.raises(DeliveryError) as caught:
        await build_notifier(down).deliver(channel_key("T1", "C1"), (Text("x"),))
    assert not caught.value.permanent


async def test_other_platforms_are_refused(config: SlackConfig) -> None:
    with pytest.raises(DeliveryError):
        await build_notifier(config).deliver(SubscriberKey("telegram", "", "1", "1"), ())


async def test_a_digest_refreshes_an_opened_home_tab(
    bot: SlackBot, slack: SlackSender, config: SlackConfig, fake: FakeSlackApi
) -> None:
    await slack.event({"type": "app_home_opened", "user": "U1", "tab": "home"})
    await fake.wait_for("views.publish")
    notifier = build_notifier(config)
    bot.attach(notifier)
    await notifier.deliver(user_key("T1", "U1"), DIGEST)
    await fake.wait_for("views.publish", 2)
    await notifier.deliver(user_key("T1", "U2"), DIGEST)  # U2 never opened Home
    assert len(fake.calls_to("views.publish")) == 2
