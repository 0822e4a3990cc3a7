"""Render core replies as plain terminal text."""

from __future__ import annotations

from adapters.console.charts import ChartWriter
from core.api import as_text_command
from core.chat.replies import (
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


def render(reply: Reply, charts: ChartWriter | None = None) -> str:
    """Render a whole reply as plain text, one blank line between messages; charts to files."""
    return "\n\n".join(render_message(message, charts) for message in reply)


def render_message(message: Message, charts: ChartWriter | None = None) -> str:
    """Render one message as plain text (a chart is written by charts, its path shown)."""
    if isinstance(message, Text):
        return message.text
    if isinstance(message, ErrorText):
        return f"! {message.text}"
    if isinstance(message, SearchList):
        return "\n".join(["Your saved searches:", *map(_search_line, message.items)])
    if isinstance(message, JobCards):
        lines = [message.heading] if message.heading else []  # a digest's "…and N more"
        for rank, card in enumerate(message.cards, start=message.first):
            if card.parting:  # where the order stops fitting every part: says what is short
                lines.append(f"— {card.parting}")
            lines.extend(_card_lines(rank, card))
        if message.footer:
            lines.append(message.footer)
        return "\n".join(lines)
    if isinstance(message, Choice):
        picked = [option for option in message.options if option.data]
        options = (f"  {n}. {option.label}" for n, option in enumerate(picked, start=1))
        links = (f"  → {o.label}: {o.url}" for o in message.options if not o.data and o.url)
        pick = f"Send 1–{len(picked)} to pick one." if len(picked) > 1 else "Send 1 to pick it."
        return "\n".join([message.prompt, *options, *links, *([pick] if picked else [])])
    if isinstance(message, SharedSearch):
        return f"Share “{message.description}”: someone can save it by sending\n{message.add_line}"
    if isinstance(message, TextFile):
        return f"{message.caption}\n\n{message.text.rstrip()}"
    if isinstance(message, Exploration):
        return exploration_text(message, charts(message) if charts else "")
    raise TypeError(f"cannot render {type(message).__name__}")


def _search_line(item: SearchItem) -> str:
    """One saved search as a line."""
    state = "active" if item.active else "paused"
    extra = "" if item.sensitivity == "normal" else f", {item.sensitivity}"
    return f"#{item.number} {item.raw_text} — {item.description}  [{state}{extra}, {item.matches}]"


def _card_lines(rank: int, card: JobCard) -> list[str]:
    """One job card as indented lines."""
    where = " · ".join(part for part in (card.company, card.location, card.closes) if part)
    searches = matched_searches(card)
    lines = [f"{rank}. {card.title}" + (f" — {where}" if where else "") + f"  ({card.shown_score})"]
    if card.reasons:
        lines.append("   why: " + "; ".join(card.reasons))
    tail = [f"job #{card.number}"] if card.number else []
    if searches:
        tail.append(searches)
    if tail:
        lines.append("   " + " · ".join(tail))
    if card.url:
        lines.append(f"   {card.url}")
    typed = [
        f"{action.label.split()[0]} {command}"
        for action in card.actions
        if action.data and (command := as_text_command(action.data))
    ]
    if typed:
        lines.append("   " + " · ".join(typed))
    return lines


def exploration_text(message: Exploration, chart_line: str) -> str:
    """The market for a role: heading, summary, figures, the chart's line, and Follow typed."""
    market = message.market
    lines = [
        f"Market for “{market.query}” ({market.understood})",
        message.summary,
        "",
        *message.lines,
    ]
    if chart_line:
        lines.append(chart_line)
    lines.append(f"Follow this role: {message.add_line}")
    return "\n".join(lines)
