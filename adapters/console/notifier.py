"""The terminal's Notifier: prints pushed digests and alerts into the chat."""

from __future__ import annotations

import threading
from typing import TextIO

from adapters.console.render import render
from core.chat.replies import Reply
from core.errors import DeliveryError
from core.model import SubscriberKey


class ConsoleNotifier:
    """Prints a pushed reply with a header naming who it is for, flushed at once."""

    platform = "console"

    def __init__(self, stdout: TextIO) -> None:
        """Print to this stream."""
        self._stdout = stdout
        self._lock = threading.Lock()

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        """Print the reply; a closed or broken stream is a transient failure."""
        text = f"\n── for {key.user} ──\n{render(reply)}\n── end ──\n"
        try:
            with self._lock:
                self._stdout.write(text)
                self._stdout.flush()
        except (OSError, ValueError) as exc:
            raise DeliveryError(f"terminal output failed: {exc}", permanent=False) from exc
