"""End to end: signed requests into Bolt's real HTTP server, answers to a recording fake API."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from adapters.slack.app import SlackBot
from adapters.slack.identity import channel_key
from core.chat.service import Concierge
from core.model import Actor
from tests.conftest import posting
from tests.slack.fake_web_api import FakeSlackApi, SlackSender, view_submission
from tests.slack.helpers import button, buttons, texts

QUERY = "senior backend engineer python"


async def answer(fake: FakeSlackApi, name: str) -> dict[str, Any]:
    """The first post to the response_url called name."""
    calls = await fake.wait_for("response_url", where=lambda c: c.path.endswith("/" + name))
    return calls[0].args


async def run(slack: SlackSender, fake: FakeSlackApi, text: str, **kw: Any) -> dict[str, Any]:
    """Send /jobs text and return the answer posted to its response_url."""
    name, (status, _) = await slack.command(text, **kw)
    assert status == 200
    return await answer(fake, name)


async def test_jobs_add_then_list_in_a_dm(slack: SlackSender, fake: FakeSlackApi) -> None:
    name, (status, body) = await slack.command(f"add {QUERY}")
    assert (status, body) == (200, "")  # acknowledged at once, answered later
    added = await answer(fake, name)
    assert added["response_type"] == "ephemeral"
    shown = texts(added["blocks"])
    assert "Saved search #1" in shown
    assert "<https://jobs.example/p1|Senior Backend Engineer (Python)>" in shown
    assert "Acme &amp; Sons · Berlin" in shown
    assert "Why:" in shown
    assert added["text"]

    listed = await run(slack, fake, "list")
    assert "#1 " in texts(listed["blocks"])
    labels = [b["text"]["text"] for b in buttons(listed["blocks"])]
    assert labels == ["Pause", "Delete", "Share"]
    assert all(b["action_id"].startswith("jc_action_") for b in buttons(listed["blocks"]))
    assert not fake.calls_to("users.info")  # a DM never needs an admin check
    assert fake.calls_to("auth.test")[0].token == "xoxb-test-token"


async def test_jobs_alone_shows_help_with_slack_commands(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    shown = texts((await run(slack, fake, ""))["blocks"])
    assert "/jobs add QUERY" in shown and "/jobs list" in shown
    unknown = texts((await run(slack, fake, "time 09:00"))["blocks"])
    assert unknown  # rendered, whatever the core answers today


async def test_channel_search_is_shared_and_guarded(slack: SlackSender, fake: FakeSlackApi) -> None:
    refused = await run(slack, fake, f"add {QUERY}", channel="C1", user="U1")
    assert "Only an admin" in texts(refused["blocks"])
    assert fake.calls_to("users.info")[0].args["user"] == "U1"
    added = await run(slack, fake, f"add {QUERY}", channel="C1", user="UADMIN")
    assert added["response_type"] == "in_channel"
    listed = await run(slack, fake, "list", channel="C1", user="U2")
    pause = button(listed["blocks"], "Pause")["value"]

    name, _ = await slack.press(pause, user="U2", channel="C1")
    refused = texts((await answer(fake, name))["blocks"])
    assert "Only an admin" in refused

    name, _ = await slack.press(pause, user="UADMIN", channel="C1")
    assert "Paused #1" in texts((await answer(fake, name))["blocks"])

    mine = await run(slack, fake, "list", channel="D1", user="UADMIN")
    assert "no saved searches" in texts(mine["blocks"])  # the channel's search is not theirs


async def test_a_member_cannot_use_up_or_unmute_for_the_channel(
    slack: SlackSender, fake: FakeSlackApi, concierge: Concierge
) -> None:
    channel = channel_key("T1", "C1")
    admin = Actor("UADMIN", is_admin=True)
    await concierge.handle_text(channel, f"/add {QUERY}", admin)
    subscriber = await concierge._store.subscriber(channel, datetime.now(UTC))
    pending = [m.ref for m in await concierge._store.unsent_matches(subscriber.id)]
    await concierge.handle_text(channel, f"/mute {pending[0]}", admin)
    pending = [m.ref for m in await concierge._store.unsent_matches(subscriber.id)]
    assert pending

    for command in ("unmute 1", "digest", "more"):
        answered = texts((await run(slack, fake, command, channel="C1", user="U2"))["blocks"])
        assert "Only an admin" in answered and "\n" not in answered.strip(), answered
    assert [m.ref for m in await concierge._store.unsent_matches(subscriber.id)] == pending
    assert len(await concierge._store.muted_companies(subscriber.id)) == 1

    done = await run(slack, fake, "digest", channel="C1", user="UADMIN")
    assert "Your digest" in texts(done["blocks"])


async def test_a_button_for_another_users_search_is_refused(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, f"add {QUERY}", user="U1", channel="D1")
    listed = await run(slack, fake, "list", user="U1", channel="D1")
    pause = button(listed["blocks"], "Pause")["value"]

    name, _ = await slack.press(pause, user="U2", channel="D2")
    assert "out of date" in texts((await answer(fake, name))["blocks"])
    still = await run(slack, fake, "list", user="U1", channel="D1")
    assert "active" in texts(still["blocks"])

    name, _ = await slack.press(pause, user="U1", channel="D1")
    assert "Paused #1" in texts((await answer(fake, name))["blocks"])


async def test_delete_asks_first_and_the_answer_replaces_the_question(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, f"add {QUERY}")
    listed = await run(slack, fake, "list")
    name, _ = await slack.press(button(listed["blocks"], "Delete")["value"])
    question = await answer(fake, name)
    assert "Delete #1" in texts(question["blocks"])
    yes = button(question["blocks"], "Yes")
    block_id = next(b["block_id"] for b in question["blocks"] if b["type"] == "actions")
    name, _ = await slack.press(yes["value"], block_id=block_id)
    done = await answer(fake, name)
    assert "Removed #1" in texts(done["blocks"])
    assert done["replace_original"] is True


async def test_bare_add_opens_the_modal_and_its_submission_saves(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    name, (status, _) = await slack.command("add", channel="D1")
    assert status == 200
    opened = (await fake.wait_for("views.open"))[0].args
    assert opened["trigger_id"] == f"trigger-{name}"
    view = opened["view"]
    assert view["type"] == "modal" and view["callback_id"] == "jc_add_search"

    def field(block: str, value: str, select: bool = False) -> dict[str, Any]:
        inner = {"selected_option": {"value": value}} if select else {"value": value}
        return {block: {block: inner}}

    bad = {**field("role", "backend engineer"), **field("salary", "lots")}
    status, body = await slack.interaction(view_submission(view, bad, "V9"))
    assert status == 200
    assert json.loads(body) == {
        "response_action": "errors",
        "errors": {"salary": "Write a yearly amount like 120k, 120000 or €90k."},
    }

    good = {
        **field("role", "backend engineer"),
        **field("skills", "python, kafka"),
        **field("locations", "Berlin, London"),
        **field("remote", "remote", select=True),
        **field("salary", "90k"),
        **field("seniority", "senior", select=True),
        **field("sensitivity", "loose", select=True),
    }
    status, body = await slack.interaction(view_submission(view, good, "V9"))
    assert (status, body) == (200, "")  # closes the modal
    saved = await answer(fake, name)
    shown = texts(saved["blocks"])
    assert "Saved search #1" in shown
    assert "#1 is now loose" in shown
    listed = await run(slack, fake, "list")
    assert "senior backend engineer" in texts(listed["blocks"]).lower()


async def test_home_tab_publishes_and_republishes(slack: SlackSender, fake: FakeSlackApi) -> None:
    await run(slack, fake, f"add {QUERY}")
    status, _ = await slack.event({"type": "app_home_opened", "user": "U1", "tab": "home"})
    assert status == 200
    published = (await fake.wait_for("views.publish"))[0].args
    assert published["user_id"] == "U1"
    home = published["view"]
    assert home["type"] == "home"
    shown = texts(home["blocks"])
    assert "My searches" in shown and "Digest settings" in shown and "My latest matches" in shown
    assert "Senior Backend Engineer (Python)" in shown
    pause = button(home["blocks"], "Pause")["value"]

    # a button on the Home tab answers by republishing it
    await slack.press(pause, home=True)
    again = await fake.wait_for("views.publish", 2)
    assert "Paused #1" in texts(again[1].args["view"]["blocks"])

    # a change made elsewhere republishes the Home tab too
    await run(slack, fake, "resume 1")
    latest = await fake.wait_for("views.publish", 3)
    assert "active" in texts(latest[2].args["view"]["blocks"])


async def test_home_add_button_opens_the_modal(slack: SlackSender, fake: FakeSlackApi) -> None:
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": "U1", "team_id": "T1"},
        "trigger_id": "trigger-home",
        "container": {"type": "view", "view_id": "V1"},
        "view": {"id": "V1", "type": "home"},
        "actions": [{"type": "button", "action_id": "jc_open_add", "block_id": "b"}],
    }
    status, _ = await slack.interaction(payload)
    assert status == 200
    opened = (await fake.wait_for("views.open"))[0].args
    assert opened["trigger_id"] == "trigger-home"


async def test_rate_limited_views_publish_is_retried(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    fake.rate_limit("views.publish", retry_after=1)
    await slack.event({"type": "app_home_opened", "user": "U1", "tab": "home"})
    await fake.wait_for("views.publish", within=15)
    assert len(fake.calls_to("views.publish", status=429)) == 1


async def test_bad_signature_and_stale_timestamp_are_rejected(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    _, (status, _) = await slack.command(f"add {QUERY}", secret="wrong-secret")
    assert status == 401
    _, (status, _) = await slack.command(f"add {QUERY}", age=6 * 60)
    assert status == 401
    status, _ = await slack.event({"type": "app_home_opened", "user": "U1"}, secret="nope")
    assert status == 401
    listed = await run(slack, fake, "list")
    assert "no saved searches" in texts(listed["blocks"])
    assert len(fake.calls_to("response_url")) == 1  # only the genuine /jobs list


async def test_two_workspaces_never_see_each_other(slack: SlackSender, fake: FakeSlackApi) -> None:
    await run(slack, fake, f"add {QUERY}", team="T1", user="U1")
    other = await run(slack, fake, "list", team="T2", user="U1")
    assert "no saved searches" in texts(other["blocks"])
    await run(slack, fake, "add golang developer", team="T2", user="U1")
    mine = texts((await run(slack, fake, "list", team="T1", user="U1"))["blocks"]).lower()
    assert "python" in mine and "golang" not in mine

    listed = await run(slack, fake, "list", team="T1", user="U1")
    pause = button(listed["blocks"], "Pause")["value"]
    name, _ = await slack.press(pause, team="T2", user="U1")
    assert "out of date" in texts((await answer(fake, name))["blocks"])


async def test_clean_stop_waits_for_acknowledged_work(
    bot: SlackBot, slack: SlackSender, fake: FakeSlackApi
) -> None:
    await slack.command(f"add {QUERY}")
    await fake.wait_for("response_url")
    await bot.inflight.drain(1)


async def test_slack_url_verification_is_answered(slack: SlackSender) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "t"})
    status, text = await slack.post(body, "application/json")
    assert status == 200 and "abc123" in text


async def test_jobs_followed_by_a_query_is_told_to_add_it_not_about_a_command(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    shown = texts((await run(slack, fake, "senior golang developer remote"))["blocks"])
    # Was: "I don't know /senior." — the query's first word read as a subcommand.
    assert "/senior" not in shown
    assert "send /jobs add senior golang developer remote" in shown
    typo = texts((await run(slack, fake, "lsit"))["blocks"])
    assert "I don't know /jobs lsit. Did you mean /jobs list?" in typo


def dm(text: str, **extra: Any) -> dict[str, Any]:
    """A message event a person types in the app's Messages tab (a DM with the bot)."""
    return {
        "type": "message",
        "text": text,
        "user": "U1",
        "channel": "D1",
        "channel_type": "im",
        "ts": f"{datetime.now(UTC).timestamp():.6f}",
        **extra,
    }


async def test_words_typed_in_the_messages_tab_are_answered(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    # The manifest enables the Messages tab and message.im, but every message went unanswered.
    status, _ = await slack.event(dm("hi"))
    assert status == 200
    calls = await fake.wait_for("chat.postMessage", where=lambda c: c.args.get("channel") == "D1")
    assert "I'm Job Concierge" in texts(calls[0].args["blocks"])
    await slack.event(dm("senior golang developer remote"))
    calls = await fake.wait_for(
        "chat.postMessage", 2, where=lambda c: c.args.get("channel") == "D1"
    )
    assert "send /jobs add senior golang developer remote" in texts(calls[1].args["blocks"])
    await slack.event(dm("list"))
    calls = await fake.wait_for(
        "chat.postMessage", 3, where=lambda c: c.args.get("channel") == "D1"
    )
    assert "no saved searches yet" in texts(calls[2].args["blocks"])
    # Our own messages, edits and other channels' messages are no one's words to us.
    await slack.event(dm("Your digest", bot_id="B1"))
    await slack.event(dm("edited", subtype="message_changed"))
    await slack.event(dm("hello", channel="C1", channel_type="channel"))
    await slack.event(dm("help"))
    calls = await fake.wait_for("chat.postMessage", 4)
    assert [c.args["channel"] for c in calls] == ["D1"] * 4
    assert "What I can do" in texts(calls[3].args["blocks"])


async def test_cards_show_explains_score_and_a_line_where_they_stop_fitting_every_part(
    slack: SlackSender, fake: FakeSlackApi, concierge: Concierge
) -> None:
    await concierge.intake.record(
        [
            posting("fits", "Senior Software Engineer, Backend", description="Python services."),
            posting("staff", "Staff Backend Engineer (Python)", description="Python services."),
        ]
    )
    shown = texts((await run(slack, fake, f"add {QUERY}"))["blocks"])
    assert "score 92.7" in shown and "score 98.4" in shown
    first = shown.index("Senior Software Engineer, Backend")
    staff = re.search(
        r"_Short on 1 part \(level\):_\n\*\d+\. Staff Backend Engineer \(Python\)\*", shown
    )
    assert staff is not None and first < staff.start()
