"""The saved-searches ports: a subscriber's list, and every search as the index follows it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from core.model import SavedSearch, Sensitivity
from core.workers import WHOLE, Shard


class SearchStore(Protocol):
    """A subscriber's saved searches: add, list, delete, pause or resume, sensitivity."""

    async def add_search(
        self,
        subscriber_id: int,
        raw_text: str,
        parsed_json: str,
        parser_version: int,
        sensitivity: Sensitivity,
        limit: int,
        now: datetime,
        created_by: str = "",
    ) -> SavedSearch | None:
        """Save a search, or None at limit searches; DuplicateSearchError if it is there."""
        ...

    async def searches(self, subscriber_id: int) -> list[SavedSearch]:
        """Return one subscriber's searches, oldest first."""
        ...

    async def delete_search(self, subscriber_id: int, search_id: int) -> bool:
        """Delete a subscriber's search and its matches; False if it was not theirs."""
        ...

    async def edit_search(
        self,
        subscriber_id: int,
        search_id: int,
        raw_text: str,
        parsed_json: str,
        parser_version: int,
    ) -> bool:
        """Give a subscriber's search new words, keeping its id, state and sensitivity; False
        if it was not theirs; DuplicateSearchError when another search of theirs has them."""
        ...

    async def set_search_active(self, subscriber_id: int, search_id: int, active: bool) -> bool:
        """Pause or resume a subscriber's search; False if it was not theirs."""
        ...

    async def set_search_sensitivity(
        self, subscriber_id: int, search_id: int, sensitivity: Sensitivity
    ) -> bool:
        """Change a subscriber's search sensitivity; False if it was not theirs."""
        ...


class SearchIndexStore(Protocol):
    """Every active search and the change log, as the in-memory index loads and follows them."""

    async def active_searches(
        self, shard: Shard = WHOLE, after: int = 0, limit: int | None = None
    ) -> list[SavedSearch]:
        """Return the active searches of every subscriber whose shard key falls in the shard, by id:
        those past after, at most limit."""
        ...

    async def search_change_cursor(self) -> int:
        """The id of the latest logged search change (0 when none)."""
        ...

    async def update_parsed(self, parsed: Sequence[tuple[int, str]], parser_version: int) -> int:
        """Store re-parsed forms (search id, parsed json) after the parser changed, in one
        statement; a search already at this version or newer is left alone. Rows changed."""
        ...
