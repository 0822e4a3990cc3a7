"""Turn a chat line into a typed command through the command registry; shared by every platform."""

from __future__ import annotations

import re

from core.chat.commands import Command, Help, Invalid, Start
from core.chat.queries import MAX_QUERY_LENGTH, clean_text
from core.chat.registry import lookup, shorten

__all__ = ["MAX_LINE_LENGTH", "MAX_QUERY_LENGTH", "clean_text", "command_word", "parse_command"]

MAX_LINE_LENGTH = 4000

# Plain words that are no search: a greeting gets the welcome, "help" the commands.
_GREETINGS = ("hi", "hello", "hey", "hallo", "hola", "good morning", "good evening", "👋")
_PLAIN: dict[str, Command] = {
    **{word: Start() for word in _GREETINGS},
    **{f"{word} there": Start() for word in _GREETINGS[:3]},
    **{word: Help() for word in ("help", "help me", "?", "commands", "menu")},
}

_COMMAND_RE = re.compile(r"^/([A-Za-z_]+)(?:@\S+)?(?:\s+(.*))?$", re.DOTALL)


def command_word(line: str) -> tuple[str, str] | None:
    """The command word of a '/cmd@Bot args' line, lower-cased, and its argument text."""
    match = _COMMAND_RE.match(clean_text(line[:MAX_LINE_LENGTH]))
    if match is None:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


def parse_command(line: str) -> Command:
    """Parse one line of chat into a command; never raises."""
    raw_rest = _rest_as_sent(line)
    text = clean_text(line[:MAX_LINE_LENGTH])
    if not text:
        return Invalid("Send /help to see what I can do.")
    parsed = command_word(text)
    if parsed is None:
        plain = _PLAIN.get(" ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split()) or text)
        if plain is not None:
            return plain
        return Invalid(
            f"To save that as a search, send /add {shorten(text)} — or /help for everything else."
        )
    word, rest = parsed
    spec = lookup(word)
    if spec is None:
        return Invalid(f"I don't know /{shorten(word, 30)}. Send /help to see the commands.")
    return spec.parse(raw_rest if spec.lines else rest)


def _rest_as_sent(line: str) -> str:
    """What follows a message's first word, lines kept (for commands that read a block)."""
    parts = line.lstrip().split(maxsplit=1)
    return parts[1] if len(parts) == 2 else ""
