"""Reading a saved search's parsed form back, re-parsing when the parser changed."""

from __future__ import annotations

from core.errors import QueryError
from core.matching import PARSER_VERSION, ParsedQuery, parse_query
from core.model import SavedSearch


def stored_query(search: SavedSearch) -> ParsedQuery:
    """Return the parsed query of a saved search, re-parsed if it was stored by an older parser."""
    if search.parser_version == PARSER_VERSION:
        try:
            return ParsedQuery.from_json(search.parsed_json)
        except (ValueError, KeyError, TypeError):
            pass
    try:
        return parse_query(search.raw_text)
    except QueryError:
        return ParsedQuery.from_json(search.parsed_json)


def describe(search: SavedSearch) -> str:
    """Return the one-line description of a saved search."""
    return stored_query(search).describe()
