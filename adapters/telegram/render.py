"""Render core replies as Telegram HTML messages with inline keyboards, split below 4,096."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

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

log = logging.getLogger(__name__)

# Telegram's limit is 4,096 characters after entity parsing; the HTML source is always
# longer than the text it shows, so keeping the source below this is safe with a margin.
MESSAGE_LIMIT = 4000
MAX_CALLBACK_BYTES = 64
MAX_URL_LENGTH = 2048
BUTTONS_PER_ROW = 3
_TITLE_MAX = 200
_FIELD_MAX = 80
_REASON_MAX = 160
_REASONS_SHOWN = 4
_LABEL_MAX = 40
_HREF_MAX = 1500
CAPTION_LIMIT = 1024  # a photo's caption, after entity parsing
CHART_NAME = "explore.png"

Kind = Literal["text", "list", "cards", "choice"]
Row = tuple[InlineKeyboardButton, ...]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One Telegram message to send: HTML text, its buttons, and what kind of reply it shows."""

    html: str
    rows: tuple[Row, ...] = ()
    kind: Kind = "text"
    document: tuple[str, str] | None = None  # (file name, text): sent as a file, html its caption
    photo: bytes = b""  # a PNG sent as a photo, html its caption

    @property
    def markup(self) -> InlineKeyboardMarkup | None:
        """The inline keyboard, or None without buttons."""
        return InlineKeyboardMarkup(self.rows) if self.rows else None


@dataclass(frozen=True, slots=True)
class _Block:
    """An unsplittable piece of a message (a card, a list item) with its own buttons."""

    html: str
    rows: tuple[Row, ...] = ()


def render_reply(reply: Reply, bot_username: str = "") -> list[Outgoing]:
    """Render every message of a reply, each split into Telegram-sized messages."""
    out: list[Outgoing] = []
    for message in reply:
        out.extend(render_message(message, bot_username))
    return out


def share_link(bot_username: str, payload: str) -> str:
    """The deep link that opens the bot with /start payload."""
    return f"https://t.me/{bot_username}?start={payload}"


def render_message(message: Message, bot_username: str = "") -> list[Outgoing]:
    """Render one core message as one or more Telegram messages (links need the bot's name)."""
    if isinstance(message, Text):
        return _pack(_text_blocks(message.text), "text")
    if isinstance(message, ErrorText):
        return _pack(_text_blocks("⚠️ " + message.text), "text")
    if isinstance(message, SearchList):
        return _pack(_search_blocks(message), "list")
    if isinstance(message, JobCards):
        return _pack(_card_blocks(message), "cards")
    if isinstance(message, Choice):
        blocks = _text_blocks(message.prompt)
        rows = tuple((button,) for button in _buttons(message.options))
        blocks[-1] = _Block(blocks[-1].html, blocks[-1].rows + rows)
        return _pack(blocks, "choice")
    if isinstance(message, SharedSearch):
        return [Outgoing(_shared_html(message, bot_username))]
    if isinstance(message, TextFile):
        caption = escape(clip(message.caption, 1000))
        document = Outgoing(caption, document=(message.name, message.text))
        return [document, *_pack(_text_blocks(message.text), "text")]
    if isinstance(message, Exploration):
        return _exploration(message)
    raise TypeError(f"cannot render {type(message).__name__}")


def _exploration(message: Exploration) -> list[Outgoing]:
    """The figures with the Follow button, then the chart as a photo captioned with its figures."""
    heading = f"<b>Market for “{escape(clip(message.market.query, _TITLE_MAX))}”</b>"
    understood = f"<i>{escape(clip(message.market.understood, _TITLE_MAX))}</i>"
    text = "\n".join(
        [
            message.summary,
            "",
            *message.lines,
            *([message.chart_missing] * bool(message.chart_missing)),
        ]
    )
    blocks = [_Block(f"{heading}\n{understood}"), *_text_blocks(text)]
    follow = _buttons((message.follow,)) if message.follow else []
    blocks[-1] = _Block(blocks[-1].html, _rows(follow))
    out = _pack(blocks, "text")
    if message.chart:
        out.append(
            Outgoing(escape(clip(message.alt_text, CAPTION_LIMIT - 24)), photo=message.chart)
        )
    return out


def _shared_html(message: SharedSearch, bot_username: str) -> str:
    """A shared search: the link that opens this bot with it, and the line that adds it."""
    line = f"<code>{escape(clip(message.add_line, 600))}</code>"
    what = escape(clip(message.description, 300))
    if not bot_username:
        return f"Share “{what}”: someone can save it by sending\n{line}"
    link = escape_attr(share_link(bot_username, message.payload))
    return (
        f"Share “{what}” with this link — it opens me with the search ready to save:\n"
        f'<a href="{link}">{escape(share_link(bot_username, message.payload))}</a>\n'
        f"Or they can send {line}"
    )


def escape(text: str) -> str:
    """Escape user or posting text for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)


def escape_attr(text: str) -> str:
    """Escape a value for a double-quoted HTML attribute (a link's href)."""
    return html.escape(text, quote=True)


def clip(text: str, limit: int) -> str:
    """Cut text to at most limit characters, marking the cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: str) -> str | None:
    """The URL if Telegram will accept it for a button or link (http/https), else None."""
    url = url.strip()
    if not url or len(url) > MAX_URL_LENGTH or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def text_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _button(action: Action, label: str | None = None) -> InlineKeyboardButton | None:
    """One core action as a callback or URL button; None if Telegram would reject it."""
    text = clip(label or action.label, _LABEL_MAX) or "•"
    if action.url:
        url = safe_url(action.url)
        return InlineKeyboardButton(text, url=url) if url else None
    size = len(action.data.encode("utf-8"))
    if not action.data or size > MAX_CALLBACK_BYTES:
        log.warning("dropped a button whose action data is %d bytes", size)
        return None
    return InlineKeyboardButton(text, callback_data=action.data)


def _buttons(actions: tuple[Action, ...], suffix: str = "") -> list[InlineKeyboardButton]:
    """The renderable buttons for these actions, labels optionally suffixed."""
    found = (_button(a, f"{a.label}{suffix}" if suffix else None) for a in actions)
    return [button for button in found if button is not None]


def _rows(buttons: list[InlineKeyboardButton]) -> tuple[Row, ...]:
    """Lay buttons out a few per row, phone-width."""
    return tuple(
        tuple(buttons[i : i + BUTTONS_PER_ROW]) for i in range(0, len(buttons), BUTTONS_PER_ROW)
    )


def _text_blocks(text: str) -> list[_Block]:
    """Plain text as escaped blocks that each fit a message, split at lines when needed."""
    blocks: list[_Block] = []
    current: str | None = None
    for line in text.split("\n"):
        for piece in _split_line(line):
            if current is None:
                current = piece
            elif text_length(current) + 1 + text_length(piece) > MESSAGE_LIMIT:
                blocks.append(_Block(current))
                current = piece
            else:
                current = f"{current}\n{piece}"
    blocks.append(_Block(current or ""))
    # Telegram refuses a message that is empty once stripped.
    blocks = [block for block in blocks if block.html.strip()]
    return blocks or [_Block("…")]


def _split_line(line: str) -> list[str]:
    """Escape one line, cutting it (never inside an entity) when it alone is too long."""
    escaped = escape(line)
    if text_length(escaped) <= MESSAGE_LIMIT:
        return [escaped]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        piece = escape(ch)
        width = text_length(piece)
        if size + width > MESSAGE_LIMIT:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(piece)
        size += width
    pieces.append("".join(current))
    return pieces


def _search_blocks(message: SearchList) -> list[_Block]:
    """The saved-search list: a heading, then each search with its buttons."""
    blocks = [_Block("<b>Your saved searches</b>")]
    blocks.extend(_search_block(item) for item in message.items)
    return blocks


def _search_block(item: SearchItem) -> _Block:
    """One saved search: number, description, state and match count."""
    state = "▶️ active" if item.active else "⏸ paused"
    details = [state, item.matches]
    if item.sensitivity != "normal":
        details.append(escape(item.sensitivity))
    lines = [
        f"<b>#{item.number}</b> {escape(clip(item.description, _TITLE_MAX))}",
        " · ".join(details),
    ]
    buttons = _buttons(item.actions, f" #{item.number}")
    return _Block("\n".join(lines), _rows(buttons))


def _card_blocks(message: JobCards) -> list[_Block]:
    """Heading, one block per card with its buttons, then footer and list-wide buttons."""
    blocks = []
    if message.heading:
        blocks.append(_Block(f"<b>{escape(clip(message.heading, _TITLE_MAX))}</b>"))
    numbered = len(message.cards) > 1 or message.first > 1
    blocks.extend(
        _card_block(rank, card, numbered)
        for rank, card in enumerate(message.cards, start=message.first)
    )
    tail_rows = _rows(_buttons(message.actions))
    if message.footer or tail_rows:
        footer = f"<i>{escape(clip(message.footer, 500))}</i>" if message.footer else ""
        blocks.append(_Block(footer, tail_rows))
    return blocks


def card_html(rank: int, card: JobCard) -> str:
    """One job card laid out for a phone: title, company · location · salary, why it matched."""
    title = escape(clip(card.title, _TITLE_MAX)) or "Untitled posting"
    url = safe_url(card.url)
    if url and len(escape_attr(url)) <= _HREF_MAX:
        title = f'<a href="{escape_attr(url)}">{title}</a>'
    lines = [f"<b>{rank}. {title}</b>"]
    where = [
        clip(part, _FIELD_MAX) for part in (card.company, card.location, card.salary, card.closes)
    ]
    if any(where):
        lines.append(" · ".join(escape(part) for part in where if part))
    reasons = [clip(reason, _REASON_MAX) for reason in card.reasons[:_REASONS_SHOWN] if reason]
    if reasons:
        lines.append("✅ " + escape("; ".join(reasons)))
    tail = [f"job #{card.number}"] if card.number else []
    if card.search_numbers:
        tail.append(escape(clip(matched_searches(card, 10), _REASON_MAX * 2)))
    if tail:
        lines.append(f"<i>{' · '.join(tail)}</i>")
    return "\n".join(lines)


def _card_block(rank: int, card: JobCard, numbered: bool) -> _Block:
    """A card and its buttons: the core's actions, plus Open when it gave no link button."""
    suffix = f" {rank}" if numbered else ""
    buttons = _buttons(card.actions, suffix)
    url = safe_url(card.url)
    if url and not any(action.url for action in card.actions):
        buttons.append(InlineKeyboardButton(f"Open ↗{suffix}", url=url))
    # Where the order stops fitting every part: the line says what the cards from here lack.
    parting = f"<i>{escape(clip(card.parting, _REASON_MAX * 2))}</i>\n" if card.parting else ""
    return _Block(parting + card_html(rank, card), _rows(buttons))


def _pack(blocks: list[_Block], kind: Kind) -> list[Outgoing]:
    """Join blocks into as few messages as fit, splitting only between blocks."""
    out: list[Outgoing] = []
    text = ""
    rows: tuple[Row, ...] = ()
    for block in blocks:
        if not block.html and not block.rows:
            continue
        joined = f"{text}\n\n{block.html}" if text and block.html else text or block.html
        if text and text_length(joined) > MESSAGE_LIMIT:
            out.append(Outgoing(text, rows, kind))
            joined, rows = block.html, ()
        text, rows = joined, rows + block.rows
    if text or rows:
        out.append(Outgoing(text or "…", rows, kind))
    return out
