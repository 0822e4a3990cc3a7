"""Button action data: short strings (≤ 64 bytes, Telegram's limit) that map to commands.

A button refers to objects by database id, never by list position, so a button pressed
after the list changed still acts on the right search — and the service checks that the
pressing subscriber owns it.
"""

from __future__ import annotations

from core.chat.commands import (
    AcceptShared,
    Command,
    Feedback,
    ForgetMe,
    Invalid,
    ListSearches,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SetTimezone,
    ShareSearch,
    ShowJobs,
    ShowMore,
)

MAX_ACTION_BYTES = 64
MAX_PLACE_BYTES = 40  # a place a tz button names: room left for an adapter's own prefix
STALE = "That button is out of date. /list shows your searches as they are now."


def pause(search_id: int) -> str:
    """Action data: pause a search."""
    return f"p:{search_id}"


def resume(search_id: int) -> str:
    """Action data: resume a search."""
    return f"r:{search_id}"


def ask_remove(search_id: int) -> str:
    """Action data: ask to confirm deleting a search."""
    return f"d:{search_id}"


def remove(search_id: int) -> str:
    """Action data: delete a search, confirmed."""
    return f"D:{search_id}"


def keep(search_id: int) -> str:
    """Action data: keep a search that a question offered to delete."""
    return f"k:{search_id}"


def feedback(kind: str, ref: int) -> str:
    """Action data: 👍 ('u'), 👎 ('d') or mute the company ('m') of posting ref."""
    return f"f{kind}:{ref}"


def timezone(zone: str, place: str = "") -> str:
    """Action data: set this IANA zone (a button of the question which of several places); by
    the place's name ("Portland, Maine") when it fits, so the answer names the place picked."""
    fits = place and len(place.encode()) <= MAX_PLACE_BYTES
    return f"tz:{place}" if fits else f"tz:{zone}"


def share(search_id: int) -> str:
    """Action data: make a search shareable."""
    return f"sh:{search_id}"


def accept_shared(code: str) -> str:
    """Action data: save the shared search behind a share code."""
    return f"sv:{code}"


def decline_shared(code: str) -> str:
    """Action data: do not save the shared search behind a share code."""
    return f"sx:{code}"


LIST = "list"
FORGET = "fg:yes"  # delete all of a person's data, confirmed
KEEP_DATA = "fg:no"
JOBS = "jobs"
MORE = "more"


_TEXT_FEEDBACK = {"fu": "/like", "fd": "/hide", "fm": "/mute"}


def as_text_command(data: str) -> str | None:
    """The command a person can type instead of pressing a feedback button, if there is one."""
    kind, _, ref = data.partition(":")
    command = _TEXT_FEEDBACK.get(kind)
    return f"{command} {ref}" if command and ref.isdigit() else None


def parse_action(data: str) -> Command:
    """Turn button data back into a command; anything malformed is Invalid, never an error."""
    if len(data.encode("utf-8", "replace")) > MAX_ACTION_BYTES:
        return Invalid(STALE)
    if data == LIST:
        return ListSearches()
    if data == JOBS:
        return ShowJobs()
    if data == MORE:
        return ShowMore()
    if data in (FORGET, KEEP_DATA):
        return ForgetMe(confirmed=data == FORGET, declined=data == KEEP_DATA)
    kind, sep, rest = data.partition(":")
    if kind == "tz" and rest:
        return SetTimezone(rest)
    if kind == "sv" and rest:
        return AcceptShared(rest)
    if kind == "sx" and rest:
        return AcceptShared(rest, accepted=False)
    if not sep or not rest.isascii() or not rest.isdigit() or len(rest) > 18:
        return Invalid(STALE)
    number = int(rest)  # a search id, or a posting ref for feedback
    if kind == "p":
        return PauseSearch(search_id=number)
    if kind == "r":
        return ResumeSearch(search_id=number)
    if kind == "sh":
        return ShareSearch(search_id=number)
    if kind == "d":
        return RemoveSearch(search_id=number, confirmed=False)
    if kind == "D":
        return RemoveSearch(search_id=number)
    if kind == "k":
        return RemoveSearch(search_id=number, confirmed=False, kept=True)
    if kind in ("fu", "fd", "fm"):
        return Feedback({"fu": "up", "fd": "down", "fm": "mute"}[kind], number)
    return Invalid(STALE)
