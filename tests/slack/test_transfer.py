"""Slack over signed requests: Share posts a search's /jobs add line; /jobs export and import."""

from __future__ import annotations

from typing import Any

from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.helpers import button, texts


async def answer(fake: FakeSlackApi, name: str) -> dict[str, Any]:
    calls = await fake.wait_for("response_url", where=lambda c: c.path.endswith("/" + name))
    return calls[0].args


async def run(slack: SlackSender, fake: FakeSlackApi, text: str, **kw: Any) -> dict[str, Any]:
    name, (status, _) = await slack.command(text, **kw)
    assert status == 200
    return await answer(fake, name)


async def test_share_button_posts_the_line_a_colleague_sends(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, "add --sensitivity loose senior backend engineer python")
    listed = await run(slack, fake, "list")
    name, _ = await slack.press(button(listed["blocks"], "Share")["value"])
    shared = texts((await answer(fake, name))["blocks"])
    assert "/jobs add --sensitivity loose senior backend engineer python" in shared


async def test_export_then_pasted_import_in_another_dm(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, "add senior backend engineer python")
    await run(slack, fake, "alerts on")
    exported = await run(slack, fake, "export")
    shown = texts(exported["blocks"])
    assert "/jobs import" in shown
    lines = [b["text"]["text"].strip("`") for b in exported["blocks"] if "```" in str(b)]
    block = "\n".join(lines)
    assert "/add senior backend engineer python" in block  # verbatim, as /import reads it
    imported = await run(slack, fake, "import " + block, user="U9", channel="D9")
    assert "Imported 1 search and 4 settings." in texts(imported["blocks"])


async def test_import_in_a_channel_needs_an_admin(slack: SlackSender, fake: FakeSlackApi) -> None:
    refused = await run(slack, fake, "import /add golang developer", user="U2", channel="C1")
    assert "Only an admin" in texts(refused["blocks"])
    done = await run(slack, fake, "import /add golang developer", user="UADMIN", channel="C1")
    assert "Imported 1 search" in texts(done["blocks"])
