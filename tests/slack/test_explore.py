"""/jobs explore over signed requests: figures with Follow, the chart through files_upload_v2."""

from __future__ import annotations

from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.helpers import button, texts
from tests.slack.test_transfer import answer, run


async def test_explore_answers_and_uploads_the_chart_to_the_persons_dm(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    shown = await run(slack, fake, "explore backend python")
    blocks = texts(shown["blocks"])
    assert "Market for “backend python”" in blocks
    assert "Open postings: 2 · new in the last 7 days" in blocks
    assert "Or send /jobs add backend python" in blocks
    completed = await fake.wait_for("files.completeUploadExternal")
    asked = fake.calls_to("files.getUploadURLExternal")[0].args
    assert asked["filename"] == "explore.png"
    assert asked["alt_txt"].startswith("Chart for “backend python”: top skills")
    (file_id,) = fake.uploads
    assert fake.uploads[file_id].startswith(b"\x89PNG")
    assert int(asked["length"]) == len(fake.uploads[file_id])
    assert completed[0].args["channel_id"] == "DU1"  # conversations.open with the person
    assert file_id in str(completed[0].args["files"])

    name, _ = await slack.press(button(shown["blocks"], "Follow this role")["value"])
    assert "Saved search #1" in texts((await answer(fake, name))["blocks"])
    listed = await run(slack, fake, "list")
    assert '#1 title "backend" · skills Python' in texts(listed["blocks"])


async def test_in_a_channel_the_chart_goes_to_the_channel(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    await run(slack, fake, "explore backend python", channel="C7")
    completed = await fake.wait_for("files.completeUploadExternal")
    assert completed[0].args["channel_id"] == "C7"


async def test_an_upload_slack_refuses_is_one_line_after_the_figures(
    slack: SlackSender, fake: FakeSlackApi
) -> None:
    fake.fail("files.getUploadURLExternal", "missing_scope")
    name, (status, _) = await slack.command("explore backend python")
    assert status == 200
    said = await fake.wait_for("response_url", 2, where=lambda c: c.path.endswith("/" + name))
    assert "Open postings: 2" in texts(said[0].args["blocks"])
    assert texts(said[1].args["blocks"]) == (
        "Chart missing: Slack did not take the image (missing_scope). "
        "The figures above are complete."
    )
    assert not fake.calls_to("files.completeUploadExternal")
