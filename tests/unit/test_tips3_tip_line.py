"""The tip of what to leave out of a search finding few postings or none is shown as said by
every renderer (console, Telegram, Slack): in an /add's answer and below its cards (tips3)."""

from __future__ import annotations

import html

from adapters.console.render import render_message as console
from adapters.slack.render import render_message as slack
from adapters.telegram.render import render_message as telegram
from core.chat.replies import JobCards, Message, Text
from core.matching.tips import Gain
from tests.slack.helpers import texts
from tests.unit.test_cause5_left_out_line import CARD


def _everywhere(message: Message, line: str) -> None:
    assert line in console(message)
    assert line in html.unescape(" ".join(out.html for out in telegram(message)))
    assert line.replace("/sensitivity", "/jobs sensitivity") in texts(slack(message))


def test_every_renderer_shows_the_tip() -> None:
    place = Gain("place", "Amsterdam", 14).said("/sensitivity 1 loose")
    assert place == "Tip: without Amsterdam, 14 postings match."
    loose = Gain("loose", "", 17).said("/sensitivity 1 loose")
    assert loose.endswith("17 postings match — /sensitivity 1 loose shows them.")
    either = Gain("either", "rabbitmq or kafka", 5, at_least=True).said("")
    assert (
        either
        == 'Tip: with "or" between the skills (rabbitmq or kafka), at least 5 postings match.'
    )
    for line in (place, loose, either):
        _everywhere(Text(f"No current posting matches it yet. {line} Digests are off."), line)
        _everywhere(JobCards("Top matches now:", (CARD,), line), line)
