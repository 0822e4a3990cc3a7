"""Sharing one search and exporting or importing all of them with the digest settings.

A shared search is kept under a short random code, so a chat link carries only the code
(Telegram's /start payload: at most 64 characters of A-Z a-z 0-9 _ -). An export is a text of
chat lines that /import reads back: one `/add [--sensitivity LEVEL] QUERY` per search, then
`/time`, `/tz`, `/frequency`, `/alerts` and `/quiet` lines.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta

from core.chat import actions, texts
from core.chat.commands import (
    AcceptShared,
    AddSearch,
    Command,
    ExportSearches,
    ImportSearches,
    Invalid,
    OpenShared,
    SetAlerts,
    SetDigestTime,
    SetFrequency,
    SetQuietHours,
    SetTimezone,
    ShareSearch,
)
from core.chat.parsing import parse_command
from core.chat.registry import SENSITIVITY_FLAG, shorten
from core.chat.replies import Action, Choice, ErrorText, Reply, SharedSearch, Text, TextFile
from core.errors import DuplicateSearchError, QueryError, UserError
from core.matching import Found, parse_query
from core.model import SENSITIVITIES, Actor, DigestSettings, SavedSearch, Sensitivity, Subscriber
from core.ports import Clock, ServiceStore
from core.searches.numbered import NumberedSearches
from core.searches.stored import same_reading

MAX_IMPORT_BYTES = 64 * 1024
SHARE_DAYS = 90
EXPORT_NAME = "searches.txt"
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_CODE_BYTES = 9  # 12 characters of the URL-safe alphabet
_SETTING_KINDS = (SetDigestTime, SetTimezone, SetFrequency, SetAlerts, SetQuietHours)
_REPORTED = 10  # problem lines named one by one; the rest are counted
UNKNOWN_SHARE = (
    "That shared search link is unknown or has expired. Ask for a fresh one, or send /add "
    "with what you are looking for."
)

# Saves and matches a search's text: (search, match count), None at the cap; may raise
# DuplicateSearchError.
Saver = Callable[
    [Subscriber, str, Sensitivity, Actor], Awaitable[tuple[SavedSearch, Found | None] | None]
]
# Runs any command's handler (the settings commands, the AddSearch a shared link ends in).
Runner = Callable[[Subscriber, Command, Actor], Awaitable[Reply]]


NOT_AN_EXPORT = (
    "That is not an export file: it has no /add or settings lines (/export shows one). "
    "Nothing was imported."
)


NOTHING_TO_EXPORT = (
    "There is nothing to export: you have no saved searches yet. /add one first "
    "(/settings shows your digest settings)."
)


def add_line(raw_text: str, sensitivity: str) -> str:
    """The /add line that saves this search again, as strict or loose as it is."""
    flag = "" if sensitivity == "normal" else f"{SENSITIVITY_FLAG} {sensitivity} "
    return f"/add {flag}{raw_text}"


def settings_lines(settings: DigestSettings) -> list[str]:
    """The chat lines that set these digest settings again."""
    # The zone the digest time is in, chosen or not: the time means that moment elsewhere too.
    zone = settings.timezone if settings.timezone_set else "UTC"
    lines = [f"/time {settings.digest_time}", f"/tz {zone}"]
    lines.append(f"/frequency {settings.frequency}")
    lines.append(f"/alerts {'on' if settings.alerts else 'off'}")
    lines.append(f"/quiet {settings.quiet or 'off'}")
    return lines


def oversized(size: int) -> Invalid | None:
    """Why a file of this many bytes is refused for /import, or None when it may be read."""
    if size <= MAX_IMPORT_BYTES:
        return None
    return Invalid(
        f"That file is {size // 1024} KB; an export is at most {MAX_IMPORT_BYTES // 1024} KB. "
        "Send the searches.txt that /export gave you."
    )


def read_import_file(data: bytes) -> Command:
    """An uploaded /export file as an ImportSearches, or Invalid saying why it is refused."""
    too_big = oversized(len(data))
    if too_big is not None:
        return too_big
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:
        return Invalid("That file is not text. Send the searches.txt that /export gave you.")
    if not text.strip():
        return Invalid("That file is empty. Send the searches.txt that /export gave you.")
    return ImportSearches(text)


@dataclass
class _Outcome:
    """What an import did, line by line."""

    added: int = 0
    settings: int = 0
    duplicates: list[str] = field(default_factory=list)
    retune: list[str] = field(default_factory=list)  # saved at another sensitivity: how to match
    over_cap: list[int] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def reply(self, cap: int) -> Reply:
        """The import's report."""
        done = f"Imported {texts.count(self.added, 'search', 'searches')}"
        done += f" and {texts.count(self.settings, 'setting', 'settings')}."
        lines = [done]
        if self.duplicates:
            lines.append("Already saved: " + _listed(self.duplicates) + ".")
        if self.retune:
            lines.append("Already saved at another sensitivity:")
            lines.extend(self.retune[:_REPORTED])
            if len(self.retune) > _REPORTED:
                more = texts.count(len(self.retune) - _REPORTED, "more line", "more lines")
                lines.append(f"…and {more} like these.")
        if self.over_cap:
            reached = texts.count(cap, "search", "searches")
            lines.append(
                f"Not added — you reached {reached}, the most I keep: "
                + _listed([f"line {n}" for n in self.over_cap])
                + "."
            )
        if self.unreadable:
            lines.append("Could not read:\n" + "\n".join(self.unreadable[:_REPORTED]))
            if len(self.unreadable) > _REPORTED:
                more = texts.count(len(self.unreadable) - _REPORTED, "more line", "more lines")
                lines.append(f"…and {more} like these.")
        return (Text("\n".join(lines)),)


class TransferCommands:
    """Handles /share, shared links, /export and /import for one subscriber at a time."""

    def __init__(
        self,
        store: ServiceStore,
        clock: Clock,
        cap: int,
        save: Saver,
        run: Runner,
    ) -> None:
        """Work on this store with the service's saver."""
        self._store = store
        self._clock = clock
        self._cap = cap
        self._save = save
        self._run = run

    async def share(self, subscriber: Subscriber, command: ShareSearch, actor: Actor) -> Reply:
        """Keep the search under a new code; the adapter turns it into a link or a line."""
        searches = NumberedSearches.of(await self._store.searches(subscriber.id))
        if command.search_id is not None:
            found = searches.find(command.search_id)
            if found is None:
                raise UserError(actions.STALE)
            search = found[1]
        else:
            _, search = searches.pick(command.number, "share")
        code = secrets.token_urlsafe(_CODE_BYTES)
        now = self._clock.now()
        expired = now - timedelta(days=SHARE_DAYS)  # codes expire, so their rows go too
        await self._store.add_share(code, search.raw_text, search.sensitivity, now, expired)
        return (
            SharedSearch(
                parse_query(search.raw_text).describe(),
                add_line(search.raw_text, search.sensitivity),
                code,
            ),
        )

    async def _lookup(self, code: str) -> tuple[str, str]:
        """The search behind a well-formed, known and fresh code, or a friendly refusal."""
        if not _PAYLOAD.fullmatch(code):
            raise UserError(UNKNOWN_SHARE)
        since = self._clock.now() - timedelta(days=SHARE_DAYS)
        found = await self._store.shared_query(code, since)
        if found is None:
            raise UserError(UNKNOWN_SHARE)
        return found

    async def open_shared(self, subscriber: Subscriber, command: OpenShared, actor: Actor) -> Reply:
        """Show a shared search and ask whether to save it."""
        raw, sensitivity = await self._lookup(command.payload)
        how = "" if sensitivity == "normal" else f" ({sensitivity})"
        return (
            Choice(
                f"Someone shared a search with you: {parse_query(raw).describe()}{how}. Save it?",
                (
                    Action("Save it", actions.accept_shared(command.payload)),
                    Action("No thanks", actions.decline_shared(command.payload)),
                ),
            ),
        )

    async def accept_shared(
        self, subscriber: Subscriber, command: AcceptShared, actor: Actor
    ) -> Reply:
        """Save the shared search, exactly as /add would."""
        if not command.accepted:
            return (Text("OK, not saved. /add saves a search of your own."),)
        raw, sensitivity = await self._lookup(command.code)
        level: Sensitivity = next((s for s in SENSITIVITIES if s == sensitivity), "normal")
        return await self._run(subscriber, AddSearch(raw, level), actor)

    async def export(self, subscriber: Subscriber, command: ExportSearches, actor: Actor) -> Reply:
        """Every search and the digest settings as lines /import reads back."""
        searches = await self._store.searches(subscriber.id)
        if not searches:
            return (Text(NOTHING_TO_EXPORT),)
        lines = [
            "# Job Concierge export: send this back with /import to restore it.",
            *(add_line(search.raw_text, search.sensitivity) for search in searches),
            *settings_lines(subscriber.settings),
        ]
        caption = (
            f"Your {texts.count(len(searches), 'search', 'searches')} and digest settings. "
            "Send them back with /import (the file, or the lines below /import)."
        )
        return (TextFile(EXPORT_NAME, caption, "\n".join(lines) + "\n"),)

    async def import_searches(
        self, subscriber: Subscriber, command: ImportSearches, actor: Actor
    ) -> Reply:
        """Add the new searches and apply the settings lines; report the rest by line number."""
        if len(command.text.encode("utf-8", "replace")) > MAX_IMPORT_BYTES:
            raise UserError(
                f"That is more than an export ({MAX_IMPORT_BYTES // 1024} KB at most); "
                "nothing was imported."
            )
        lines = [
            (number, text)
            for number, line in enumerate(command.text.splitlines(), start=1)
            if (text := line.strip()) and not text.startswith("#")
        ]
        kinds = (AddSearch, *_SETTING_KINDS)
        if not any(isinstance(parse_command(text), kinds) for _, text in lines):
            raise UserError(NOT_AN_EXPORT)
        outcome = _Outcome()
        for number, text in lines:
            subscriber = await self._import_line(subscriber, actor, number, text, outcome)
        return outcome.reply(self._cap)

    async def _import_line(
        self, subscriber: Subscriber, actor: Actor, number: int, text: str, outcome: _Outcome
    ) -> Subscriber:
        """Apply one line of an import; returns the subscriber as it now is."""
        command = parse_command(text)
        if isinstance(command, AddSearch):
            try:
                existing = await self._store.searches(subscriber.id)
                query = parse_query(command.query)
            except QueryError as exc:  # this line's search is refused; the next lines still count
                why = _first(str(exc))
                outcome.unreadable.append(f"line {number}: {shorten(text, 40)} — {why}")
                return subscriber
            try:
                same = same_reading(query, existing)
                if same is not None:  # other wording or word order: a duplicate, as /add says
                    raise DuplicateSearchError(same.id)
                saved = await self._save(subscriber, command.query, command.sensitivity, actor)
            except DuplicateSearchError as exc:
                found = NumberedSearches.of(await self._store.searches(subscriber.id)).find(
                    exc.search_id
                )
                level = command.sensitivity
                if found is None or found[1].sensitivity == level:
                    outcome.duplicates.append(f"line {number}")
                else:  # as /add says it: which level it has and the line giving the file's
                    n, same = found
                    outcome.retune.append(
                        f"line {number} is #{n}, saved {same.sensitivity}: "
                        f"/sensitivity {n} {level} makes it {level}."
                    )
                return subscriber
            if saved is None:
                outcome.over_cap.append(number)
            else:
                outcome.added += 1
            return subscriber
        if isinstance(command, _SETTING_KINDS):
            try:
                reply = await self._run(subscriber, command, actor)
            except UserError as exc:
                reply = (ErrorText(str(exc)),)
            if all(isinstance(message, Text) for message in reply):
                outcome.settings += 1
                return await self._store.subscriber(subscriber.key, self._clock.now())
            why = next((_first(m.text) for m in reply if isinstance(m, ErrorText)), "")
            why = why or _asked(reply)
            outcome.unreadable.append(f"line {number}: {shorten(text, 40)} — {why}")
            return subscriber
        why = (
            command.message
            if isinstance(command, Invalid) and text.startswith("/")
            else "not an /add or settings line"
        )
        outcome.unreadable.append(f"line {number}: {shorten(text, 40)} — {shorten(why, 120)}")
        return subscriber


def _first(refusal: str) -> str:
    """A refusal's first sentence: what is wrong with the line, in one line."""
    said = " ".join(refusal.split())
    head = said.split(". ", 1)[0]
    return shorten(head if head.endswith(".") else head + ".", 120)


def _asked(reply: Reply) -> str:
    """What a setting line's question (which place?) needs, said in one line of an import."""
    options = [
        o.label.rsplit(" — ", 1)[-1] for m in reply if isinstance(m, Choice) for o in m.options
    ]
    if not options:
        return "it asks a question an import cannot answer"
    return f"several places are called that: {' or '.join(options[:4])}; write the zone itself"


def _listed(items: list[str]) -> str:
    """Name the first few items and count the rest."""
    shown = ", ".join(items[:_REPORTED])
    return shown if len(items) <= _REPORTED else f"{shown} and {len(items) - _REPORTED} more"
