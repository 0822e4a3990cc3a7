"""Turn a chat line into a typed command; shared by every platform."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from core.chat.commands import (
    AddSearch,
    Cancel,
    Command,
    Feedback,
    Help,
    Invalid,
    ListSearches,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SendDigest,
    SetAlerts,
    SetDigestTime,
    SetFrequency,
    SetQuietHours,
    SetSensitivity,
    SetTimezone,
    ShowJobs,
    ShowMore,
    ShowMuted,
    ShowSettings,
    Start,
    Unmute,
)
from core.model import SENSITIVITIES
from core.sources.commands import parse_sources

MAX_QUERY_LENGTH = 300
MAX_LINE_LENGTH = 4000

_ALIASES = {
    "start": "start",
    "help": "help",
    "add": "add",
    "new": "add",
    "list": "list",
    "searches": "list",
    "remove": "remove",
    "delete": "remove",
    "rm": "remove",
    "pause": "pause",
    "resume": "resume",
    "unpause": "resume",
    "jobs": "jobs",
    "matches": "jobs",
    "cancel": "cancel",
    "sensitivity": "sensitivity",
    "digest": "digest",
    "more": "more",
    "settings": "settings",
    "time": "time",
    "tz": "tz",
    "timezone": "tz",
    "frequency": "frequency",
    "alerts": "alerts",
    "quiet": "quiet",
    "muted": "muted",
    "unmute": "unmute",
    "like": "like",
    "hide": "hide",
    "dislike": "hide",
    "mute": "mute",
    "sources": "sources",
}
_FEEDBACK = {"like": "up", "hide": "down", "mute": "mute"}
_NEEDS_TEXT: dict[str, tuple[str, Callable[[str], Command]]] = {
    "time": ("/time 08:30", SetDigestTime),
    "tz": ("/tz Europe/Berlin (or a city: /tz berlin)", SetTimezone),
    "frequency": ("/frequency daily|weekdays|weekly mon|off", SetFrequency),
    "quiet": ("/quiet 22:00-07:00 (or /quiet off)", SetQuietHours),
    "unmute": ("/unmute N, with N from /muted", Unmute),
}
_COMMAND_RE = re.compile(r"^/([A-Za-z_]+)(?:@\S+)?(?:\s+(.*))?$", re.DOTALL)


def clean_text(text: str) -> str:
    """Drop control and format characters and collapse whitespace."""
    kept = (
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Cs", "Co")
    )
    return " ".join("".join(kept).split())


def parse_command(line: str) -> Command:
    """Parse one line of chat into a command; never raises."""
    text = clean_text(line[:MAX_LINE_LENGTH])
    if not text:
        return Invalid("Send /help to see what I can do.")
    match = _COMMAND_RE.match(text)
    if match is None:
        return Invalid(
            f"To save that as a search, send /add {_shorten(text)} — or /help for everything else."
        )
    word, rest = match.group(1).lower(), (match.group(2) or "").strip()
    name = _ALIASES.get(word)
    if name is None:
        return Invalid(f"I don't know /{_shorten(word, 30)}. Send /help to see the commands.")
    return _build(name, rest)


def _build(name: str, rest: str) -> Command:
    """Build the command called name from its argument text."""
    if name == "sources":
        return parse_sources(rest)
    if name == "start":
        return Start()
    if name == "help":
        return Help(rest.lower().lstrip("/"))
    if name == "list":
        return ListSearches()
    if name == "jobs":
        return ShowJobs()
    if name == "cancel":
        return Cancel()
    simple: dict[str, Command] = {
        "digest": SendDigest(),
        "more": ShowMore(),
        "settings": ShowSettings(),
        "muted": ShowMuted(),
    }
    if name in simple:
        return simple[name]
    if name in _NEEDS_TEXT:
        example, build = _NEEDS_TEXT[name]
        return build(rest) if rest else Invalid(f"Send {example}.")
    if name == "alerts":
        return _alerts(rest)
    if name in _FEEDBACK:
        return _feedback(name, rest)
    if name == "add":
        return _add(rest)
    if name == "sensitivity":
        return _sensitivity(rest)
    number = _search_number(name, rest)
    if isinstance(number, Invalid):
        return number
    if name == "remove":
        return RemoveSearch(number)
    if name == "pause":
        return PauseSearch(number)
    return ResumeSearch(number)


def _add(query: str) -> Command:
    """Validate the query text of /add."""
    if not query:
        return Invalid("Tell me what to look for, e.g. /add senior backend engineer python remote")
    if len(query) > MAX_QUERY_LENGTH:
        return Invalid(
            f"That search is {len(query)} characters long; please keep it under "
            f"{MAX_QUERY_LENGTH}. The essentials are enough: role, skills, place, salary."
        )
    return AddSearch(query)


def _feedback(name: str, rest: str) -> Command:
    """Read /like N, /hide N or /mute N, N being the job number shown on a card."""
    token = rest.split()[0].lstrip("#") if rest else ""
    if not token.isascii() or not token.isdigit() or len(token) > 18:
        return Invalid(f"Send /{name} N, with N the job number shown on a card.")
    return Feedback(_FEEDBACK[name], int(token))


def _alerts(rest: str) -> Command:
    """Read /alerts on|off."""
    value = rest.lower()
    if value in ("on", "yes", "true", "1"):
        return SetAlerts(True)
    if value in ("off", "no", "false", "0"):
        return SetAlerts(False)
    return Invalid("Send /alerts on or /alerts off.")


def _search_number(name: str, rest: str) -> int | Invalid:
    """Read the N of /remove N, /pause N or /resume N."""
    if not rest:
        return Invalid(f"Which search? Send /{name} N, with N from /list.")
    token = rest.split()[0].lstrip("#")
    if not token.isascii() or not token.isdigit():
        return Invalid(
            f'"{_shorten(token, 20)}" is not a search number. Send /{name} N, with N from /list.'
        )
    number = int(token[:9])
    if number == 0:
        return Invalid(f"Searches are numbered from 1. Send /{name} N, with N from /list.")
    return number


def _sensitivity(rest: str) -> Command:
    """Read /sensitivity N strict|normal|loose."""
    parts = rest.split()
    usage = "Send /sensitivity N strict|normal|loose, with N from /list."
    if len(parts) != 2:
        return Invalid(usage)
    number = _search_number("sensitivity", parts[0])
    if isinstance(number, Invalid):
        return number
    level = parts[1].lower()
    for known in SENSITIVITIES:
        if known == level:
            return SetSensitivity(number, known)
    return Invalid(f'"{_shorten(level, 20)}" is not a sensitivity. {usage}')


def _shorten(text: str, limit: int = 60) -> str:
    """Cut text to limit characters for echoing it back."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
