"""Job Concierge's exception hierarchy.

ConciergeError
├── UserError          shown to the user as is: bad query, unknown search number, a cap hit
│   ├── QueryError     a query that yields no usable search
│   ├── DuplicateSearchError  the subscriber already has this search
│   └── SearchGoneError  a search deleted (a /remove) while its matches were being found
├── ConfigError        a bad setting, named in the message
├── StoreError         the database cannot be used
│   ├── SchemaTooNewError  the file was written by a newer Job Concierge
│   └── ChangesPrunedError  posting changes a process had not read were pruned (it rebuilds)
├── ImportFileError    an import file that cannot be read at all
├── SourceError        a job source that fails (network, format)
├── DeliveryError      a message that could not be delivered to a chat
└── PlatformError      a chat platform that cannot be reached or refuses the bot's credentials
"""

from __future__ import annotations


class ConciergeError(Exception):
    """Base of every error Job Concierge raises on purpose."""


class UserError(ConciergeError):
    """A problem with what the user asked, explained in the message."""


class QueryError(UserError):
    """A search query from which no usable search can be built; retry, when set, is a search
    in the words of what was understood of it ("senior backend engineer python remote")."""

    def __init__(self, message: str, retry: str = "") -> None:
        """Say the problem, and keep the search to suggest instead."""
        super().__init__(message)
        self.retry = retry


class DuplicateSearchError(UserError):
    """The subscriber already has a search with the same query (search_id)."""

    def __init__(self, search_id: int) -> None:
        """Name the existing search."""
        super().__init__("You already have that search.")
        self.search_id = search_id


class ConfigError(ConciergeError):
    """An invalid configuration value."""


class StoreError(ConciergeError):
    """The store cannot be opened or used."""


class SchemaTooNewError(StoreError):
    """The database schema is newer than this program understands."""


class SearchGoneError(UserError):
    """A search deleted while its matches were being found: there is nothing to store them for."""

    def __init__(self) -> None:
        """Say so, for a chat whose command met it (a /resume as another member removes it)."""
        super().__init__("That search was just removed. /list shows your searches.")


class ImportFileError(ConciergeError):
    """An import file that cannot be read at all."""


class SourceError(ConciergeError):
    """A job source that failed."""


class DeliveryError(ConciergeError):
    """A push that failed; permanent when retrying can never succeed (bot blocked, chat gone)."""

    def __init__(self, message: str, *, permanent: bool, retry_after: float | None = None) -> None:
        """Describe the failure and whether and when to retry."""
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


class PlatformError(ConciergeError):
    """A chat platform that cannot be used now; the message says why in one line."""


class ChangesPrunedError(StoreError):
    """The posting changes after a cursor were pruned: rebuild from the open postings."""
