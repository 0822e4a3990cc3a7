"""The terminal chat: reads lines from stdin, prints the concierge's replies on stdout."""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import logging
import threading
from typing import TextIO

from adapters.console.render import render
from core.api import Concierge, add_search, clean_text, parse_command
from core.chat.commands import Cancel
from core.chat.replies import Text
from core.model import SubscriberKey

log = logging.getLogger(__name__)

PROMPT = "concierge> "
EXIT_WORDS = {"/quit", "/exit", "quit", "exit"}
_EOF = None


def local_subscriber() -> SubscriberKey:
    """The identity of the person at this terminal."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "local"
    return SubscriberKey(platform="console", workspace="local", user=user, chat="terminal")


class ConsoleChat:
    """Drives the concierge from a text stream, exactly as a chat platform would."""

    def __init__(self, service: Concierge, stdin: TextIO, stdout: TextIO) -> None:
        """Chat over the given streams."""
        self._service = service
        self._stdin = stdin
        self._stdout = stdout
        self._interactive = stdin.isatty()
        self._key = local_subscriber()
        self._awaiting_query = False

    async def run(self) -> None:
        """Answer every line until end of input or an exit word."""
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        # A daemon thread, so a blocked readline never holds up shutdown.
        threading.Thread(target=self._read_lines, args=(loop, lines), daemon=True).start()
        if self._interactive:
            self._write("Job Concierge — /help lists the commands, /quit leaves.\n")
        while True:
            self._prompt()
            line = await lines.get()
            if line is _EOF or clean_text(line).lower() in EXIT_WORDS:
                break
            if not clean_text(line):
                continue
            self._write(await self._answer(line) + "\n\n")

    async def _answer(self, line: str) -> str:
        """Handle one line, including the two-step /add dialog."""
        command = parse_command(line)
        if self._awaiting_query:
            self._awaiting_query = False
            if isinstance(command, Cancel):
                return "OK, nothing saved."
            if not line.lstrip().startswith("/"):
                command = add_search(line)
        elif clean_text(line).lower() == "/add":
            self._awaiting_query = True
            return render(
                (Text("What should I look for? e.g. senior backend python remote — or /cancel"),)
            )
        return render(await self._service.handle(self._key, command))

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
