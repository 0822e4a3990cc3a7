"""The three renderers of an exploration: escaped, the button kept, the chart's line shown."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from adapters.console.render import render
from adapters.slack.render import render_messages
from adapters.telegram.render import CAPTION_LIMIT, render_reply
from core.chat.replies import Action, Exploration
from core.explore.commands import explore
from core.matching import parse_query
from core.model import Posting

HOSTILE = "backend <b>python</b> & <a href='x'>"
POSTINGS = [
    Posting(
        id="p1",
        title="Backend Engineer",
        company="<script>Acme</script>",
        description="Python.",
        salary_min=100_000,
        currency="USD",
    ),
]


def _exploration(chart: bool = True) -> Exploration:
    query = parse_query(HOSTILE)
    found = explore(HOSTILE, query, POSTINGS, datetime(2026, 12, 1, tzinfo=UTC), chart=chart)
    return Exploration(
        found.market,
        found.summary,
        found.lines,
        found.chart,
        found.chart_missing,
        found.alt_text * 20,
        found.add_line,
        Action("Follow this role", "sv:abc"),
    )


def test_telegram_escapes_the_query_and_captions_the_photo_within_its_limit() -> None:
    text, photo = render_reply((_exploration(),))
    assert "&lt;b&gt;python&lt;/b&gt; &amp;" in text.html and "<script>" not in text.html
    assert [b.text for row in text.rows for b in row] == ["Follow this role"]
    # Telegram counts a caption's length after parsing its entities.
    assert photo.photo.startswith(b"\x89PNG") and len(html.unescape(photo.html)) <= CAPTION_LIMIT


def test_without_a_chart_telegram_sends_the_missing_line_and_no_photo() -> None:
    message = _exploration(chart=False)
    message = Exploration(
        message.market,
        message.summary,
        message.lines,
        b"",
        "Chart missing: test.",
        message.alt_text,
        message.add_line,
        message.follow,
    )
    (text,) = render_reply((message,))
    assert "Chart missing: test." in text.html and not text.photo


def test_slack_keeps_user_text_plain_and_offers_the_typed_line() -> None:
    (message,) = render_messages((_exploration(),))
    sections = [b for b in message.blocks if b["type"] in ("section", "header")]
    assert all(b["text"]["type"] == "plain_text" for b in sections)
    assert any(b["type"] == "actions" for b in message.blocks)
    assert f"Or send /jobs add {HOSTILE}" in str(message.blocks)


def test_the_terminal_prints_the_follow_line() -> None:
    shown = render((_exploration(chart=False),))
    assert shown.endswith(f"Follow this role: /add {HOSTILE}")
