"""Telling a postings file's format: by its extension, else by its first character."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["json", "jsonl", "csv"]
KINDS_BY_SUFFIX: dict[str, Kind] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}


@dataclass(frozen=True, slots=True)
class FileFormat:
    """How a file is to be read: its kind and, for CSV, the delimiter."""

    kind: Kind
    delimiter: str = ","


def sniff_kind(first: str) -> Kind:
    """A JSON array when the text starts with "[", JSON Lines with "{", else CSV."""
    return "json" if first.startswith("[") else "jsonl" if first.startswith("{") else "csv"


def sniff_delimiter(header: str) -> str:
    """The delimiter the header line uses most: comma, semicolon or tab (comma on a tie)."""
    return max((",", ";", "\t"), key=header.count)
