"""Log line formats (text or one JSON object per line) and the ids a line carries."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from pythonjsonlogger.json import JsonFormatter

from bot.redaction import Redactor

LOG_FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The ids a line is about (platform, subscriber, source), set around the work they name.
_context: ContextVar[dict[str, str]] = ContextVar("log_context", default={})  # noqa: B039


@contextlib.contextmanager
def log_context(**ids: str) -> Iterator[None]:
    """Add these ids to every line logged inside the block (and the tasks it starts)."""
    token = _context.set({**_context.get(), **ids})
    try:
        yield
    finally:
        _context.reset(token)


class ContextFilter(logging.Filter):
    """A handler filter that copies the current ids onto each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Set the known ids as record attributes; never drop the record."""
        for name, value in _context.get().items():
            setattr(record, name, value)
        return True


class QuietReconnects(logging.Filter):
    """asyncpg's pool logs each failed reconnection with a traceback; one line is enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Fold the exception of an asyncpg.pool record into its message; never drop it."""
        if record.name == "asyncpg.pool" and record.exc_info and record.exc_info[1]:
            exc = record.exc_info[1]
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            record.msg, record.args = f"{record.getMessage()}: {reason}", None
            record.exc_info = record.exc_text = None
        return True


class JsonLines(JsonFormatter):
    """One JSON object per line: time, level, logger, message, ids, and any traceback."""

    def __init__(self, redactor: Redactor) -> None:
        """Mask every field with redactor (the handler's filter masks only the message)."""
        super().__init__(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            timestamp=False,
        )
        self._redactor = redactor

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """ISO-8601 in UTC with milliseconds."""
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        """Mask secrets in every field: the library formats tracebacks and extras itself."""
        return {key: self._clean(value) for key, value in log_data.items()}

    def _clean(self, value: Any) -> Any:
        """A value with secrets masked; anything not JSON-plain is logged as its masked text."""
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, list | tuple):
            return [self._clean(item) for item in value]
        return self._redactor.redact(str(value))


def formatter(kind: str, redactor: Redactor) -> logging.Formatter:
    """The formatter for CONCIERGE_LOG_FORMAT kind."""
    if kind == "json":
        return JsonLines(redactor)
    return logging.Formatter(TEXT_FORMAT)
