"""The terminal chat: reads lines from stdin, prints the concierge's replies on stdout."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import logging
import os
import re
import threading
from typing import TextIO

from adapters.console.charts import ChartWriter, to_new_files
from adapters.console.render import render
from core.api import (
    Concierge,
    add_search,
    clean_text,
    command_word,
    lookup,
    oversized,
    parse_command,
    read_import_file,
)
from core.chat.commands import Cancel, Command, ImportSearches, Invalid
from core.chat.replies import Choice, Reply, Text
from core.model import SubscriberKey

log = logging.getLogger(__name__)

PROMPT = "concierge> "
EXIT_WORDS = {"/quit", "/exit", "quit", "exit"}
_EOF = None
_WORD = re.compile(r"\w+")
# A yes or a no typed to a question: the option whose label starts so ("Yes, delete it", "Keep it").
_YES = ("yes", "ok", "sure")
_NO = ("keep", "no", "cancel", "don't")
_ANSWERS = dict.fromkeys(("yes", "y", "yep", "yeah", "ok", "sure"), _YES) | dict.fromkeys(
    ("no", "n", "nope", "nah"), _NO
)
LEAVING = (
    "Still working on what I said would follow (an /add's matches, an /explore's market): I "
    "show it before closing. "
    "Ctrl-C leaves now, and I show them the next time you start."
)


def local_subscriber() -> SubscriberKey:
    """The identity of the person at this terminal."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "local"
    return SubscriberKey(platform="console", workspace="local", user=user, chat="terminal")


class ConsoleChat:
    """Drives the concierge from a text stream, exactly as a chat platform would.

    Except for the rate limit: one person talks, one line at a time, so a flood (a file piped
    in) delays nobody else, and every line is answered.
    """

    def __init__(
        self,
        service: Concierge,
        stdin: TextIO,
        stdout: TextIO,
        charts: ChartWriter | None = None,
    ) -> None:
        """Chat over the given streams; charts go to new files in the temporary folder."""
        self._service = service
        self._charts = charts or to_new_files()
        self._stdin = stdin
        self._stdout = stdout
        self._interactive = stdin.isatty()
        self._key = local_subscriber()
        self._awaiting_query = False
        self._import_lines: list[str] | None = None  # lines of a bare /import, until a blank
        # The last question's options (label, action data): picked by number or by name.
        self._choices: tuple[tuple[str, str], ...] = ()

    async def run(self) -> None:
        """Answer every line until end of input or an exit word."""
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        # A daemon thread, so a blocked readline never holds up shutdown.
        threading.Thread(target=self._read_lines, args=(loop, lines), daemon=True).start()
        if self._interactive:
            self._write("Job Concierge — /help lists the commands, /quit leaves.\n")
        late = await self._service.late_matches(self._key)
        if late:
            self._write(render(late, self._charts) + "\n\n")
        while True:
            self._prompt()
            line = await lines.get()
            if line is _EOF:
                # Piped input: the matches of an /add answered before they were found are
                # queued (and shown at exit) rather than dropped.
                await self._service.settle()
                break
            if clean_text(line).lower() in EXIT_WORDS:
                if self._service.matching_later:
                    self._write(LEAVING + "\n")
                    await self._service.settle()  # queued: shown as the chat closes
                break
            if self._import_lines is not None:
                reply = await self._collect_import(line)
                if reply:
                    self._write(reply + "\n\n")
                continue
            if not line.strip():
                continue
            self._write(await self._answer(line) + "\n\n")

    async def _collect_import(self, line: str) -> str:
        """Gather a bare /import's lines; at the blank line, import them ('' until then)."""
        assert self._import_lines is not None
        if isinstance(parse_command(line), Cancel):
            self._import_lines = None
            return "OK, nothing imported."
        if clean_text(line):
            self._import_lines.append(line.rstrip("\n"))
            return ""
        text, self._import_lines = "\n".join(self._import_lines), None
        if not text.strip():
            return "Nothing to import."
        return render(await self._service.handle(self._key, ImportSearches(text), counted=False))

    async def _answer(self, line: str) -> str:
        """Handle one line, including the two-step /add dialog, /import's file or lines and a
        number picking an option of the question just asked (its buttons elsewhere)."""
        choices, self._choices = self._choices, ()
        picked = _picked(clean_text(line), choices)
        if picked:
            return self._show(await self._service.handle_action(self._key, picked))
        if choices and isinstance(parse_command(line), Cancel):
            return "OK, nothing changed."
        typed = clean_text(line).removeprefix("#")
        if choices and typed.isascii() and typed.isdigit():  # "9" to options 1–2: asked again
            self._choices = choices
            return f"{typed[:9]} is not one of the options: send 1–{len(choices)} (or /cancel)."
        parsed = command_word(line)
        spec = lookup(parsed[0]) if parsed else None
        if parsed and spec is not None and spec.name == "import":
            if not parsed[1]:
                self._import_lines = []
                return "Paste the lines to import (from /export), then an empty line — or /cancel."
            return render(
                await self._service.handle(self._key, _import_file(parsed[1]), counted=False)
            )
        command = parse_command(line)
        if self._awaiting_query:
            self._awaiting_query = False
            if isinstance(command, Cancel):
                return "OK, nothing saved."
            if not line.lstrip().startswith("/"):
                command = add_search(line)
        elif " ".join(line.split()).lower() == "/add":
            self._awaiting_query = True
            return render(
                (Text("What should I look for? e.g. senior backend python remote — or /cancel"),)
            )
        return self._show(await self._service.handle(self._key, command, counted=False))

    def _show(self, reply: Reply) -> str:
        """The reply as printed; a question's options are numbered, to be picked by number."""
        choice = next((m for m in reply if isinstance(m, Choice)), None)
        self._choices = tuple((o.label, o.data) for o in choice.options if o.data) if choice else ()
        return render(reply, self._charts)

    def _read_lines(
        self, loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[str | None]
    ) -> None:
        """Feed stdin lines into the queue from a background thread."""
        try:
            for line in self._stdin:
                loop.call_soon_threadsafe(lines.put_nowait, line)
        except (ValueError, OSError) as exc:
            log.warning("stopped reading input: %s", exc)
        except RuntimeError:
            return  # the event loop is closed: the chat is already over
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(lines.put_nowait, _EOF)

    def _prompt(self) -> None:
        """Show the prompt when a person is typing."""
        if self._interactive:
            self._stdout.write(PROMPT)
            self._stdout.flush()

    def _write(self, text: str) -> None:
        """Print text and flush so piped readers see it at once."""
        self._stdout.write(text)
        self._stdout.flush()


def _picked(typed: str, choices: tuple[tuple[str, str], ...]) -> str:
    """The action data of the option a reply to a question picks: by its number ("2", "#2") or
    by words of its label only it has ("oregon" of "Portland, Oregon, …"); '' for none."""
    number = typed.removeprefix("#")
    if number.isdigit():
        return choices[int(number) - 1][1] if 1 <= int(number) <= len(choices) else ""
    words = _WORD.findall(typed.casefold())
    if not words or typed.startswith("/"):
        return ""
    if len(words) == 1 and words[0] in _ANSWERS:  # "no" to "1. Yes, delete it 2. Keep it"
        starts = _ANSWERS[words[0]]
        said = [data for label, data in choices if label.casefold().startswith(starts)]
        if len(said) == 1:
            return said[0]
    named = [data for label, data in choices if set(words) <= set(_WORD.findall(label.casefold()))]
    return named[0] if len(named) == 1 else ""


def _import_file(path: str) -> Command:
    """The /import of a file on this machine, or Invalid saying why it cannot be read."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            too_big = oversized(size)
            return too_big or read_import_file(file.read(size + 1))
    except OSError as exc:
        return Invalid(f"I can't read {path[:200]}: {exc.strerror or exc}.")
