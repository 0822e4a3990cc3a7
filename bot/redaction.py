"""Keeping secrets out of every log line, traceback and error line."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "<secret>"
# Secrets that are not in the settings but appear in URLs and tokens the libraries log.
_PATTERNS = (
    (re.compile(r"/bot\d+:[\w-]+"), "/bot<token>"),  # the Telegram token in API URLs
    (re.compile(r"\bx(?:ox[abeposr]|app)-[\w-]+"), "<slack-token>"),
    (re.compile(r"https://hooks\.slack\.com/\S+"), "<slack-response-url>"),
    (re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+@"), "<credentials>@"),  # user:password@host
)
_FORMATTER = logging.Formatter()


class Redactor(logging.Filter):
    """A handler filter that masks the configured secrets and token-shaped text.

    On a handler (not a logger) it sees every record, child loggers' included.
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        """Mask these values (longest first, so no part of one is left)."""
        super().__init__()
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text with every secret masked."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        for pattern, mask in _PATTERNS:
            text = pattern.sub(mask, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the message, its arguments and its traceback; never drop the record."""
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True
