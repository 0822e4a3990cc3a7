"""The line saying how many jobs a search naming a sector left out is shown below /add's cards
by every renderer (console, Telegram, Slack), with the command that shows them (cause5)."""

from __future__ import annotations

import html

from adapters.console.render import render_message as console
from adapters.slack.render import render_message as slack
from adapters.telegram.render import render_message as telegram
from core.chat.replies import JobCard, JobCards
from core.matching import parse_query
from core.matching.silent import note
from tests.slack.helpers import texts

CARD = JobCard(
    "p1",
    "Backend Engineer",
    "Pebble Pay",
    "Dublin",
    "https://x.example/1",
    100.0,
    ("specialty: Fintech",),
    (1,),
)


def test_every_renderer_shows_the_line_of_jobs_left_out() -> None:
    line = note(parse_query("backend engineer fintech"), 12, "/sensitivity 1 loose")
    assert line == (
        "12 more backend engineer jobs don't mention Fintech — /sensitivity 1 loose shows them."
    )
    cards = JobCards("Top matches now:", (CARD,), line)
    assert line in console(cards)
    assert line in html.unescape(" ".join(out.html for out in telegram(cards)))
    assert line.replace("/sensitivity", "/jobs sensitivity") in texts(slack(cards))
