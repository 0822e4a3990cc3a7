"""Slack over signed requests: Share posts a search's /jobs add line; /jobs export and import."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.slack.conftest import TOKEN
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
    assert "Imported 1 search and 5 settings." in texts(imported["blocks"])


async def test_import_in_a_channel_needs_an_admin(slack: SlackSender, fake: FakeSlackApi) -> None:
    refused = await run(slack, fake, "import /add golang developer", user="U2", channel="C1")
    assert "Only an admin" in texts(refused["blocks"])
    done = await run(slack, fake, "import /add golang developer", user="UADMIN", channel="C1")
    assert "Imported 1 search" in texts(done["blocks"])


def _blocks(call: Any) -> Any:
    blocks = call.args.get("blocks")
    return json.loads(blocks) if isinstance(blocks, str) else blocks


async def posted(fake: FakeSlackApi, channel: str, method: str = "chat.postMessage") -> str:
    calls = await fake.wait_for(method, where=lambda c: c.args.get("channel") == channel)
    return texts(_blocks(calls[-1]))


async def searches(slack: SlackSender, fake: FakeSlackApi, user: str, channel: str) -> str:
    return texts((await run(slack, fake, "list", user=user, channel=channel))["blocks"])


async def test_an_exported_file_shared_in_a_dm_is_imported(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, "add senior backend engineer python")
    await run(slack, fake, "alerts on")
    exported = await run(slack, fake, "export")
    block = "\n".join(b["text"]["text"].strip("`") for b in exported["blocks"] if "```" in str(b))
    fake.share("F1", block.encode())
    status, _ = await slack.share_file("F1", user="U9", channel="D9")
    assert status == 200
    assert "Imported 1 search and 5 settings." in await posted(fake, "D9")
    (download,) = fake.calls_to("download")
    assert download.token == TOKEN  # fetched with the bot token, as url_private needs
    assert "senior backend engineer" in await searches(slack, fake, "U9", "D9")


@pytest.mark.parametrize(
    ("data", "declared", "said"),
    [
        (b"/add golang developer\n", 200 * 1024, "That file is 200 KB; an export is at most 64 KB"),
        (b"/add golang developer\n" * 4000, 100, "an export is at most 64 KB"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "That file is not text."),
        (b"   \n\n", None, "That file is empty."),
    ],
    ids=["declared huge", "bigger than declared", "binary", "empty"],
)
async def test_a_huge_binary_or_empty_file_is_refused_and_nothing_stored(
    slack: SlackSender, fake: FakeSlackApi, data: bytes, declared: int | None, said: str
) -> None:
    fake.share("F1", data, declared)
    await slack.share_file("F1", user="U9", channel="D9")
    assert said in await posted(fake, "D9")
    assert "no saved searches yet" in await searches(slack, fake, "U9", "D9")
    if declared and declared > len(data):  # refused on files.info's size: never downloaded
        assert not fake.calls_to("download")


async def test_a_file_of_invalid_lines_adds_only_the_valid_ones(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    fake.share("F1", b"/add golang developer\nhello there\n/frequency sometimes\n")
    await slack.share_file("F1", user="U9", channel="D9")
    answer = await posted(fake, "D9")
    assert "Imported 1 search" in answer
    assert "line 2" in answer and "line 3" in answer
    assert "skills Go" in await searches(slack, fake, "U9", "D9")


async def test_a_missing_file_or_our_own_upload_is_no_import(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await slack.share_file("F404", user="U9", channel="D9")
    assert "could not fetch that file" in await posted(fake, "D9")
    fake.share("F2", b"/add golang developer\n")
    await slack.share_file("F2", user="U9", channel="D9", bot_id="BBOT")
    await slack.share_file("F2", user="U2", channel="C1", text="the file we talked about")
    await run(slack, fake, "list", user="U9", channel="D9")  # served after both were handled
    assert len(fake.calls_to("files.info")) == 1


async def test_a_file_shared_in_a_channel_with_import_needs_an_admin(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    fake.share("F1", b"/add golang developer\n")
    await slack.share_file("F1", user="U2", channel="C1", text="/import")
    assert "Only an admin" in await posted(fake, "C1", "chat.postEphemeral")
    await slack.share_file("F1", user="UADMIN", channel="C1", text="import")
    calls = await fake.wait_for(
        "chat.postEphemeral", 2, where=lambda c: c.args.get("channel") == "C1"
    )
    assert "Imported 1 search" in texts(_blocks(calls[-1]))
