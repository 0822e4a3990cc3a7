"""An "&" a person types reaches the core as "&" and is shown as "&" (escaped once in mrkdwn)."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.conftest import query
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.helpers import texts
from tests.slack.test_e2e import run


async def test_a_search_with_an_ampersand_is_escaped_once(
    slack: SlackSender, fake: FakeSlackApi, concierge: Concierge
) -> None:
    # Slack sends a command's "&" as "&amp;".
    shown = texts((await run(slack, fake, "add A&amp;E nurse"))["blocks"])
    # Plain text blocks (a reply's lines) show "&" as it is; mrkdwn (a card's) escapes it once.
    assert 'I read "a&e" as Emergency Room' in shown and "&amp;amp;" not in shown, shown
    assert await query(concierge._store, "SELECT raw_text FROM searches") == [("A&E nurse",)]
