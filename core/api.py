"""What the adapters may use of the core: the service, its command registry and query check.

Adapters import from here, core.chat.commands, core.chat.replies, core.model and core.errors
only (tests/unit/test_architecture.py holds them to it).
"""

from __future__ import annotations

from core.chat.actions import as_text_command
from core.chat.lanes import LaneFull, Lanes
from core.chat.parsing import (
    MAX_LINE_LENGTH,
    clean_text,
    command_word,
    parse_command,
    reads_as_command,
)
from core.chat.permissions import READ_ONLY_HINT
from core.chat.queries import MAX_QUERY_LENGTH, QueryCheck, check_query
from core.chat.registry import CommandSpec, add_search, lookup, menu
from core.chat.service import Concierge
from core.chat.transfer import EXPORT_NAME, MAX_IMPORT_BYTES, oversized, read_import_file
from core.digests.schedule import parse_time

__all__ = [
    "EXPORT_NAME",
    "MAX_IMPORT_BYTES",
    "MAX_LINE_LENGTH",
    "MAX_QUERY_LENGTH",
    "READ_ONLY_HINT",
    "CommandSpec",
    "Concierge",
    "LaneFull",
    "Lanes",
    "QueryCheck",
    "add_search",
    "as_text_command",
    "check_query",
    "clean_text",
    "command_word",
    "lookup",
    "menu",
    "oversized",
    "parse_command",
    "parse_time",
    "read_import_file",
    "reads_as_command",
]
