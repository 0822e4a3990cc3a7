"""The HTML renderer against hostile strings, long texts and many cards."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.telegram.render import (
    MESSAGE_LIMIT,
    Outgoing,
    render_message,
    render_reply,
    safe_url,
    text_length,
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

HOSTILE = [
    "<script>alert(1)</script>",
    "Fish & Chips <b>bold",
    "</i></b></a> unbalanced <a href='x'>",
    "\"quoted\" & 'single' &amp; &lt;",
    "&#x3C;script&#x3E;",
    "emoji 🧑‍💻 and RTL \u202e text",
]
ALLOWED_TAGS = {"b", "i", "a"}


class _Checker(HTMLParser):
    """Fails on tags Telegram would not accept or that are not balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED_TAGS, tag
        assert tag != "a" or [name for name, _ in attrs] == ["href"]
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible(out: Outgoing) -> str:
    """Check the HTML of a message and return the text Telegram would show."""
    assert text_length(out.html) <= 4096
    assert text_length(out.html) <= MESSAGE_LIMIT
    checker = _Checker()
    checker.feed(out.html)
    checker.close()
    assert not checker.stack
    bare = out.html
    for entity in ("&amp;", "&lt;", "&gt;", "&quot;"):
        bare = bare.replace(entity, "")
    assert "&" not in bare, "a raw & would start an entity"
    return "".join(checker.text)


def card(n: int, title: str = "Engineer", **fields: object) -> JobCard:
    base: dict[str, object] = {
        "posting_id": f"p{n}",
        "title": title,
        "company": "Acme",
        "location": "Berlin",
        "url": f"https://jobs.example.com/{n}",
        "score": 90,
        "reasons": ("python ✓",),
        "search_numbers": (1,),
        "salary": "€90k",
        "actions": (Action("👍", f"fu:{n}"), Action("👎", f"fd:{n}")),
    }
    base.update(fields)
    return JobCard(**base)  # type: ignore[arg-type]


def test_hostile_strings_are_escaped_everywhere() -> None:
    for bad in HOSTILE:
        cards = JobCards(
            bad,
            (card(1, bad, company=bad, location=bad, salary=bad, reasons=(bad, bad), parting=bad),),
            footer=bad,
        )
        items = (SearchItem(1, bad, bad, True, "normal", 3, (Action(bad, "p:1"),)),)
        reply = (
            Text(bad),
            ErrorText(bad),
            cards,
            SearchList(items),
            Choice(bad, (Action(bad, "list"),)),
        )
        for out in render_reply(reply):
            shown = visible(out)
            assert "<script>" not in out.html
            assert bad.split()[0][:5] in shown or bad[:5] in html.unescape(out.html)


def test_a_5000_character_title_is_cut_to_fit_a_phone_card() -> None:
    out = render_message(JobCards("Matches", (card(1, "Senior " * 715),)))
    assert len(out) == 1
    shown = visible(out[0])
    assert "…" in shown
    assert len(shown) < 600


def test_long_text_splits_below_the_limit_without_losing_anything() -> None:
    text = "\n".join(f"line {i} & <more> " + "x" * 90 for i in range(120))
    outs = render_message(Text(text))
    assert len(outs) > 1
    assert "\n".join(visible(out) for out in outs) == text


def test_one_enormous_line_is_cut_between_entities() -> None:
    text = "&<" * 5000
    outs = render_message(Text(text))
    assert "".join(visible(out) for out in outs) == text


def test_many_cards_split_at_card_boundaries_with_their_buttons() -> None:
    reasons = tuple(f"reason {i} " + "y" * 150 for i in range(4))
    cards = tuple(card(n, f"Job {n}", reasons=reasons) for n in range(1, 31))
    more = (Action("More", "more"),)
    outs = render_message(JobCards("Your digest", cards, "…and more", more))
    assert len(outs) > 1
    seen: list[int] = []
    for out in outs:
        visible(out)
        ranks = [
            int(block.split(".")[0]) for block in out.html.split("<b>")[1:] if block[0].isdigit()
        ]
        seen.extend(ranks)
        data = [b.callback_data for row in out.rows for b in row if b.callback_data]
        assert {d for d in data if d != "more"} == {
            f"{kind}:{r}" for r in ranks for kind in ("fu", "fd")
        }
    assert seen == list(range(1, 31))
    assert [b.callback_data for b in outs[-1].rows[-1]] == ["more"]


def test_cards_get_an_open_button_and_a_linked_title() -> None:
    (out,) = render_message(JobCards("", (card(1, url='https://x.test/a?b=1&c="2"'),)))
    urls = [b.url for row in out.rows for b in row if b.url]
    assert urls == ['https://x.test/a?b=1&c="2"']
    assert '<a href="https://x.test/a?b=1&amp;c=&quot;2&quot;">' in out.html
    visible(out)


def test_unsafe_urls_get_no_link_and_no_button() -> None:
    for url in ("javascript:alert(1)", "http://", "https://a b.test", "ftp://x.test", ""):
        assert safe_url(url) is None
        (out,) = render_message(JobCards("", (card(1, url=url),)))
        assert "<a " not in out.html
        assert not [b for row in out.rows for b in row if b.url]


def test_core_url_actions_are_rendered_and_not_doubled() -> None:
    actions = (Action("👍", "fu:1"), Action("Open", url="https://x.test/1"))
    (out,) = render_message(JobCards("", (card(1, url="https://x.test/1", actions=actions),)))
    assert [b.text for row in out.rows for b in row] == ["👍", "Open"]


def test_action_data_over_64_bytes_is_dropped() -> None:
    choice = Choice("Pick", (Action("ok", "list"), Action("too long", "x" * 65)))
    (out,) = render_message(choice)
    assert [b.callback_data for row in out.rows for b in row] == ["list"]
    assert out.kind == "choice"


def test_search_list_has_per_search_buttons() -> None:
    items = tuple(
        SearchItem(
            n,
            f"search {n}",
            "",
            n != 2,
            "normal",
            n,
            (Action("Pause", f"p:{n}"), Action("Delete", f"d:{n}")),
        )
        for n in (1, 2)
    )
    (out,) = render_message(SearchList(items))
    assert [[b.text for b in row] for row in out.rows] == [
        ["Pause #1", "Delete #1"],
        ["Pause #2", "Delete #2"],
    ]
    assert "⏸ paused" in out.html and "▶️ active" in out.html
    assert out.kind == "list"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=6000))
def test_any_text_renders_to_valid_html_that_shows_it(text: str) -> None:
    outs = render_message(Text(text))
    shown = "".join(visible(out) for out in outs)
    assert "".join(shown.split()) == ("".join(text.split()) or "…")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.text(max_size=5000), st.lists(st.text(max_size=300), max_size=6))
def test_any_card_renders_to_valid_html(company: str, title: str, reasons: list[str]) -> None:
    cards = JobCards(
        title, tuple(card(n, title, company=company, reasons=tuple(reasons)) for n in range(1, 12))
    )
    for out in render_message(cards):
        visible(out)


def test_a_card_shows_its_job_number_for_like_n() -> None:
    [out] = render_message(JobCards("Top", (card(1, number=251),)))
    assert "<i>job #251 · matches search #1</i>" in out.html
    [bare] = render_message(JobCards("Top", (card(1),)))
    assert "job #" not in bare.html


def test_a_later_page_numbers_its_cards_by_their_position() -> None:
    [out] = render_message(JobCards("More matches: 11–12 of 12.", (card(1), card(2)), first=11))
    assert "<b>11. <a" in out.html and "<b>12. <a" in out.html and "<b>1. <a" not in out.html
    assert "Open ↗ 12" in str(out.rows)
    [one] = render_message(JobCards("More matches: 11–11 of 11.", (card(1),), first=11))
    assert "<b>11. <a" in one.html
