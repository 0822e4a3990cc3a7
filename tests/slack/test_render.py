"""Block Kit rendering: Slack's escaping rules, limits and every core action rendered."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.home import build_home
from adapters.slack.render import (
    MAX_BLOCKS,
    escape,
    mrkdwn_literal,
    render_blocks,
    render_messages,
    slack_commands,
)
from core.chat.replies import (
    Action,
    Choice,
    ErrorText,
    JobCard,
    JobCards,
    SearchItem,
    SearchList,
    Text,
)
from tests.slack.helpers import buttons, texts

HOSTILE = "<!channel> <@U123> & *bold* _it_ ~s~ `code` <https://evil.example|click>"


def card(n: int = 1, **fields: object) -> JobCard:
    base: dict[str, object] = {
        "posting_id": f"p{n}",
        "title": f"Engineer {n}",
        "company": "Acme",
        "location": "Berlin",
        "url": f"https://jobs.example/{n}",
        "score": 80,
        "reasons": ("title matches",),
        "search_numbers": (1,),
    }
    base.update(fields)
    return JobCard(**base)  # type: ignore[arg-type]


def mrkdwn_texts(blocks: list[dict[str, object]]) -> list[str]:
    """The text of every mrkdwn object, the only place Slack parses markup."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if value.get("type") == "mrkdwn":
                found.append(str(value["text"]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(blocks)
    return found


def test_escape_follows_slacks_three_entities() -> None:
    assert escape("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert escape("'\"") == "'\""  # nothing else is entity-encoded


def test_hostile_card_strings_cannot_mention_link_or_format() -> None:
    blocks = render_blocks(
        (
            JobCards(
                "Matches", (card(title=HOSTILE, company=HOSTILE, location="*x*", parting=HOSTILE),)
            ),
        )
    )
    for text in mrkdwn_texts(blocks):
        body = text.replace("<https://jobs.example/1|", "", 1)
        assert "<" not in body.replace("&lt;", "")
        assert "<!channel>" not in text and "<@U123>" not in text
        assert "&lt;!channel&gt;" in text and "&lt;@U123&gt;" in text
        assert "&amp;" in text
        assert "*bold*" not in text and "_it_" not in text and "`code`" not in text
    # plain_text is never parsed by Slack; the hostile string may stay as it is there
    assert HOSTILE in texts(render_blocks((Text(HOSTILE),)))


def test_title_is_a_link_and_the_url_cannot_break_out() -> None:
    blocks = render_blocks((JobCards("", (card(url="https://x.example/a|b>c&d"),)),))
    title = mrkdwn_texts(blocks)[0]
    assert title.startswith("*<https://x.example/a%7Cb%3Ec&amp;d|Engineer 1>*")
    blocks = render_blocks((JobCards("", (card(url="javascript:alert(1)"),)),))
    assert mrkdwn_texts(blocks)[0] == "*Engineer 1*\nAcme · Berlin"


def test_a_5000_character_title_fits_slacks_limits() -> None:
    long = "Senior " + "&" * 5000
    blocks = render_blocks((JobCards("H" * 500, (card(title=long, reasons=("r" * 5000,)),)),))
    assert len(blocks[0]["text"]["text"]) <= 150  # header
    assert all(len(t) <= 3000 for t in mrkdwn_texts(blocks))
    assert len(blocks[2]["elements"][0]["text"]) <= 3000
    assert "…" in mrkdwn_texts(blocks)[0]


def test_card_line_context_and_buttons() -> None:
    actions = (
        Action("👍", "fb:+:p1"),
        Action("👎", "fb:-:p1"),
        Action("Mute Acme", "mute:p1"),
        Action("Apply", url="https://jobs.example/1/apply"),
    )
    blocks = render_blocks((JobCards("Digest", (card(salary="€90k–€110k", actions=actions),)),))
    assert blocks[0]["type"] == "header"
    assert mrkdwn_texts(blocks)[0].endswith("\nAcme · Berlin · €90k–€110k")
    assert "Why: title matches" in blocks[2]["elements"][0]["text"]
    found = buttons(blocks)
    assert [b.get("value") for b in found] == ["fb:+:p1", "fb:-:p1", "mute:p1", None]
    assert found[3]["url"] == "https://jobs.example/1/apply"
    ids = [b["action_id"] for b in found]
    assert len(set(ids)) == len(ids)  # unique within the block, as Slack requires


def test_digest_is_one_message_with_ten_cards_and_more() -> None:
    cards = tuple(card(n) for n in range(1, 15))
    digest = JobCards("Your daily digest", cards, "See all with /jobs", (Action("More", "more:1"),))
    messages = render_messages((digest,))
    assert len(messages) == 1
    blocks = messages[0].blocks
    assert len(blocks) <= MAX_BLOCKS
    shown = texts(blocks)
    assert "Engineer 10" in shown and "Engineer 11" not in shown
    assert "…and 4 more." in shown and "/jobs matches" in shown
    assert buttons(blocks)[-1]["value"] == "more:1"
    assert messages[0].text == "Your daily digest"


def test_search_list_has_pause_resume_delete() -> None:
    items = (
        SearchItem(1, "python", "python", True, "normal", 3, (Action("Pause", "p:7"),)),
        SearchItem(2, "go", "go", False, "strict", 1, (Action("Resume", "r:8"),)),
    )
    blocks = render_blocks((SearchList(items),))
    shown = texts(blocks)
    assert "#1 python  [active, 3 matches]" in shown
    assert "#2 go  [paused, strict, 1 match]" in shown
    assert [b["value"] for b in buttons(blocks)] == ["p:7", "r:8"]


def test_choice_and_error() -> None:
    blocks = render_blocks(
        (
            ErrorText("No such search. /list shows them."),
            Choice("Delete #1?", (Action("Yes", "D:1"), Action("Keep", "list"))),
        )
    )
    assert "⚠️ No such search. /jobs list shows them." in texts(blocks)
    assert blocks[-1]["block_id"].startswith("jc_choice")


def test_core_commands_become_jobs_subcommands() -> None:
    assert slack_commands("/add QUERY, then /list or /jobs") == (
        "/jobs add QUERY, then /jobs list or /jobs matches"
    )
    assert slack_commands("see https://x.example/add and and/or") == (
        "see https://x.example/add and and/or"
    )


def test_long_replies_are_split_within_the_block_limit() -> None:
    items = tuple(
        SearchItem(n, f"s{n}", f"s{n}", True, "normal", 0, (Action("Pause", f"p:{n}"),))
        for n in range(1, 26)
    )
    messages = render_messages((Text("hi"), SearchList(items)))
    assert len(messages) == 2
    assert all(len(m.blocks) <= MAX_BLOCKS for m in messages)
    assert all(m.blocks[0]["type"] != "actions" for m in messages)


def test_home_fits_in_a_hundred_blocks() -> None:
    items = tuple(
        SearchItem(n, f"s{n}", f"s{n}", True, "normal", 0, (Action("Pause", f"p:{n}"),))
        for n in range(1, 60)
    )
    view = build_home((), (SearchList(items),), (ErrorText("I don't know /settings"),), ())
    assert view["type"] == "home"
    assert len(view["blocks"]) <= 100
    assert "I don't know" not in texts(view["blocks"])


@given(st.text(max_size=6000))
def test_any_text_renders_valid_bounded_blocks(text: str) -> None:
    reply = (
        Text(text),
        JobCards(text, (card(title=text, company=text, reasons=(text,)),), text),
        Choice(text, (Action(text, "x"),)),
    )
    for message in render_messages(reply):
        json.dumps(message.blocks)
        assert len(message.text) <= 3000 * 5
        for body in mrkdwn_texts(message.blocks):
            assert len(body) <= 3000
            assert "<!" not in body and "<@" not in body
        for element in buttons(message.blocks):
            assert 1 <= len(element["text"]["text"]) <= 75


def test_mrkdwn_literal_keeps_plain_words() -> None:
    assert mrkdwn_literal("Backend Engineer (Python)") == "Backend Engineer (Python)"


def test_a_card_shows_its_job_number_for_like_n() -> None:
    shown = texts(render_blocks((JobCards("Top", (card(1, number=251),)),)))
    assert "matches search #1 · job #251 · score 80.0" in shown


def test_cards_of_a_list_show_their_place_as_the_other_platforms_do() -> None:
    """/why 2 takes card 2 of the list just shown (chat31): Slack shows the 2 too."""
    blocks = render_blocks((JobCards("", (card(1, url=""), card(2, url="")), first=11),))
    titles = [t for t in mrkdwn_texts(blocks) if t.startswith("*")]
    assert titles[:2] == ["*11. Engineer 1*\nAcme · Berlin", "*12. Engineer 2*\nAcme · Berlin"]
