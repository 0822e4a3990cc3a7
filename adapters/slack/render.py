"""Render core replies as Slack Block Kit, escaping every user-controlled string."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from core.chat.replies import (
    Action,
    Choice,
    ErrorText,
    Exploration,
    JobCard,
    JobCards,
    Message,
    Reply,
    SearchItem,
    SearchList,
    SharedSearch,
    Text,
    TextFile,
    matched_searches,
)

Block = dict[str, Any]

ACTION_ID = "jc_action"  # every data button; Bolt matches the prefix, the suffix keeps ids unique
LINK_ID = "jc_link"  # every link button (Slack still sends an interaction to acknowledge)
CHOICE_BLOCK = "jc_choice"  # a Choice's buttons: pressing one replaces the question
MAX_BLOCKS = 50  # per message (Home tabs allow 100)
MAX_CARDS = 10
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
BUTTON_LIMIT = 75
TITLE_LIMIT = 250  # escaped, at most 5 × 250 characters
WHERE_LIMIT = 300
FALLBACK_LIMIT = 3000

_MRKDWN_CONTROL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Slack has no escape for formatting characters; look-alikes keep them literal.
_MRKDWN_FORMAT = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})
_COMMAND_RE = re.compile(r"(?<![\w/:.@#-])/([a-z]+)\b")
_URL_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_URL_UNSAFE = str.maketrans({"|": "%7C", "<": "%3C", ">": "%3E"})


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """One Slack message: notification fallback text and its blocks."""

    text: str
    blocks: list[Block]


def escape(text: str) -> str:
    """Escape Slack's control characters &, < and > as HTML entities."""
    return "".join(_MRKDWN_CONTROL.get(ch, ch) for ch in text)


def mrkdwn_literal(text: str) -> str:
    """Make text safe inside mrkdwn: no mentions, links or formatting."""
    return escape(text.translate(_MRKDWN_FORMAT))


def shorten(text: str, limit: int) -> str:
    """Cut text to at most limit characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slack_commands(text: str) -> str:
    """Rewrite the core's /command mentions as the Slack /jobs subcommand."""
    return _COMMAND_RE.sub(lambda m: "/jobs " + ("matches" if m[1] == "jobs" else m[1]), text)


def plain(text: str, limit: int = SECTION_LIMIT) -> dict[str, Any]:
    """A plain_text object: Slack never parses mentions or formatting in it."""
    return {
        "type": "plain_text",
        "text": shorten(text, limit) if text.strip() else "…",
        "emoji": True,
    }


def safe_url(url: str) -> str:
    """The url if it is an http(s) link (with | < > percent-encoded), else empty."""
    return url.translate(_URL_UNSAFE) if len(url) <= 2000 and _URL_RE.match(url) else ""


def button(action: Action, index: int) -> Block:
    """A button for one core action: a link, or data sent back on press."""
    element: Block = {"type": "button", "text": plain(action.label, BUTTON_LIMIT)}
    url = safe_url(action.url)
    if url:
        element.update(action_id=f"{LINK_ID}_{index}", url=url)
    else:
        element.update(action_id=f"{ACTION_ID}_{index}", value=action.data[:2000])
    return element


def actions_block(actions: tuple[Action, ...], block_id: str = "") -> list[Block]:
    """An actions block with one button per action (none when there are none)."""
    usable = [a for a in actions if a.data or safe_url(a.url)][:25]
    if not usable:
        return []
    block: Block = {"type": "actions", "elements": [button(a, i) for i, a in enumerate(usable)]}
    if block_id:
        block["block_id"] = block_id
    return [block]


def text_section(text: str) -> Block:
    """A section of plain text, commands spelled as /jobs subcommands."""
    return {"type": "section", "text": plain(slack_commands(text))}


def render_message(message: Message, index: int = 0) -> list[Block]:
    """Render one core message as blocks."""
    if isinstance(message, Text):
        return [text_section(message.text)]
    if isinstance(message, ErrorText):
        return [text_section("⚠️ " + message.text)]
    if isinstance(message, SearchList):
        return search_list_blocks(message)
    if isinstance(message, JobCards):
        return job_cards_blocks(message)
    if isinstance(message, Choice):
        return [
            text_section(message.prompt),
            *actions_block(message.options, f"{CHOICE_BLOCK}_{index}"),
        ]
    if isinstance(message, SharedSearch):
        return [text_section(shared_text(message))]
    if isinstance(message, TextFile):
        return [text_section(message.caption), *verbatim_blocks(message.text)]
    if isinstance(message, Exploration):
        return exploration_blocks(message)
    raise TypeError(f"cannot render {type(message).__name__}")


def exploration_blocks(message: Exploration) -> list[Block]:
    """The market for a role: heading, summary, figures, the chart's fate, and Follow."""
    market = message.market
    notes = [message.chart_missing] if message.chart_missing else []
    notes.append("Or send /jobs " + message.add_line.removeprefix("/"))  # the query as typed
    return [
        {"type": "header", "text": plain(f"Market for “{market.query}”", HEADER_LIMIT)},
        {"type": "context", "elements": [plain(market.understood, 2000)]},
        {"type": "section", "text": plain(message.summary)},
        {"type": "section", "text": plain("\n".join(message.lines))},
        {"type": "context", "elements": [plain(" ".join(notes), 2000)]},
        *actions_block((message.follow,) if message.follow else ()),
    ]


def shared_text(message: SharedSearch) -> str:
    """A shared search as the line a colleague sends to add it."""
    return f"Share “{message.description}”: a colleague can add it with {message.add_line}"


def verbatim_blocks(text: str) -> list[Block]:
    """Text shown as it is (code blocks, lines kept, commands not rewritten) to copy and paste."""
    limit = SECTION_LIMIT - 8
    chunks: list[str] = []
    for line in escape(text).splitlines():
        if chunks and len(chunks[-1]) + len(line) + 1 <= limit:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line[:limit])
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"```{chunk}```"}}
        for chunk in chunks
    ]


def search_item_blocks(item: SearchItem) -> list[Block]:
    """One saved search: its line and its controls."""
    state = "active" if item.active else "paused"
    extra = "" if item.sensitivity == "normal" else f", {item.sensitivity}"
    line = f"#{item.number} {item.description}  [{state}{extra}, {item.matches}]"
    return [{"type": "section", "text": plain(line)}, *actions_block(item.actions)]


def search_list_blocks(message: SearchList) -> list[Block]:
    """The saved-search list with pause/resume/delete under each search."""
    blocks: list[Block] = [{"type": "section", "text": plain("Your saved searches:")}]
    for item in message.items:
        blocks.extend(search_item_blocks(item))
    return blocks


def card_blocks(card: JobCard, rank: int = 0) -> list[Block]:
    """One job card: its place in the list (rank, 0: none shown), linked title, company ·
    location · salary, why, buttons."""
    title = mrkdwn_literal(shorten(card.title.strip() or "Untitled posting", TITLE_LIMIT))
    link = escape(safe_url(card.url))
    where = " · ".join(
        p.strip() for p in (card.company, card.location, card.salary, card.closes) if p.strip()
    )
    line = "\n" + mrkdwn_literal(shorten(where, WHERE_LIMIT)) if where else ""
    place = f"{rank}. " if rank else ""  # what /why N takes too, as on the other platforms
    text = f"*{place}<{link}|{title}>*{line}" if link else f"*{place}{title}*{line}"
    if len(text) > SECTION_LIMIT:  # only a huge link can get here: keep the words
        text = f"*{place}{title}*{line}"
    if card.parting:  # where the order stops fitting every part: says what the cards lack
        text = f"_{mrkdwn_literal(shorten(card.parting, WHERE_LIMIT))}_\n{text}"
    blocks: list[Block] = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    why = []
    if card.reasons:
        why.append("Why: " + "; ".join(card.reasons))
    if card.search_numbers:
        why.append(matched_searches(card))
    if card.number:
        why.append(f"job #{card.number}")
    why.append(f"score {card.shown_score}")
    blocks.append({"type": "context", "elements": [plain(" · ".join(why), 2000)]})
    blocks.extend(actions_block(card.actions))
    return blocks


def job_cards_blocks(message: JobCards) -> list[Block]:
    """A header, up to ten cards, a 'more' line and the list's own buttons."""
    blocks: list[Block] = []
    if message.heading.strip():
        blocks.append({"type": "header", "text": plain(message.heading, HEADER_LIMIT)})
    shown = message.cards[:MAX_CARDS]
    numbered = len(message.cards) > 1 or message.first > 1  # as Telegram numbers them
    for rank, card in enumerate(shown, start=message.first):
        blocks.extend(card_blocks(card, rank if numbered else 0))
    footer = [message.footer] if message.footer else []
    if len(message.cards) > len(shown):
        footer.insert(0, f"…and {len(message.cards) - len(shown)} more.")
    if footer:
        text = slack_commands(" ".join(footer))
        blocks.append({"type": "context", "elements": [plain(text, 2000)]})
    blocks.extend(actions_block(message.actions))
    return blocks


def fallback_text(message: Message) -> str:
    """The notification text of a message (mrkdwn-parsed by Slack, so escaped)."""
    if isinstance(message, Text | ErrorText):
        raw = message.text
    elif isinstance(message, Choice):
        raw = message.prompt
    elif isinstance(message, JobCards):
        raw = message.heading or f"{len(message.cards)} job matches"
    elif isinstance(message, SharedSearch):
        raw = shared_text(message)
    elif isinstance(message, TextFile):
        raw = message.caption
    elif isinstance(message, Exploration):  # the summary quotes the query: no /command rewrite
        return mrkdwn_literal(shorten(message.summary, FALLBACK_LIMIT))
    else:
        raw = "Your saved searches"
    return mrkdwn_literal(shorten(slack_commands(raw), FALLBACK_LIMIT))


def render_blocks(reply: Reply) -> list[Block]:
    """Every block of a reply, in order (for the Home tab)."""
    return [block for i, message in enumerate(reply) for block in render_message(message, i)]


def render_messages(reply: Reply) -> list[SlackMessage]:
    """A reply as few Slack messages as possible, each within Slack's block limit."""
    blocks: list[Block] = []
    texts: list[str] = []
    for index, message in enumerate(reply):
        rendered = render_message(message, index)
        blocks.extend(rendered)
        texts.extend([fallback_text(message)] * len(rendered))
    out: list[SlackMessage] = []
    while blocks:
        cut = _cut(blocks)
        out.append(SlackMessage(texts[0], blocks[:cut]))
        blocks, texts = blocks[cut:], texts[cut:]
    return out


def _cut(blocks: list[Block]) -> int:
    """Where to split blocks at the limit without leaving a card's buttons behind."""
    if len(blocks) <= MAX_BLOCKS:
        return len(blocks)
    cut = MAX_BLOCKS
    while cut > 1 and blocks[cut]["type"] in ("actions", "context"):
        cut -= 1
    return cut
