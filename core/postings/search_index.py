"""The saved searches a process matches postings against, kept in step with the change log.

One process matching everything holds every active search (the shard WHOLE); a match shard
holds those whose shard key falls in it (core.workers.shard_key: equal queries in one shard);
a process that leaves matching to the shards holds none (shard None). The store reads the
searches and their changes for the shard alone, in SQL, and applies the changes inside each
transaction that stores matches (core.ports.LiveIndex).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Sequence

from core.matching import PARSER_VERSION, Matcher, ParsedQuery, semantic
from core.model import Posting, SavedSearch, SearchChange
from core.ports import SearchIndexStore
from core.searches.stored import stored_query
from core.workers import WHOLE, Shard

log = logging.getLogger(__name__)
LOAD_PAGE = 20_000  # searches read and indexed at a time


class SearchIndex:
    """The active searches of one shard in a matcher, as of a search change cursor."""

    def __init__(
        self, matcher: Matcher | None = None, cursor: int = 0, shard: Shard | None = WHOLE
    ) -> None:
        """Wrap a matcher holding the shard's searches as of cursor (0: the first catch-up
        replays the whole change log, which fills an empty matcher)."""
        self.shard = shard
        self._matcher = Matcher() if matcher is None else matcher
        self._cursor = cursor
        # The stores score postings in worker threads (passing) while the loop may add or drop
        # searches: one at a time. The loop waits at most one posting's scoring (milliseconds).
        self._lock = threading.Lock()

    @classmethod
    async def load(cls, store: SearchIndexStore, shard: Shard | None = WHOLE) -> SearchIndex:
        """Index the shard's active searches in the store (None: none), a page at a time:
        a page's rows are dropped once indexed, so loading needs little beyond the index."""
        cursor = await store.search_change_cursor()  # first: later changes are re-applied
        # Loose searches and the index over open postings read the semantic title model: read
        # once here, off the loop (a missing or damaged file fails now, in one line).
        await asyncio.to_thread(semantic.load)
        matcher = Matcher()
        after = 0
        while shard is not None:
            page = await store.active_searches(shard, after, LOAD_PAGE)
            # Indexed in a worker thread: the loop keeps answering /healthz and beating.
            reparsed = await asyncio.to_thread(_index, matcher, page)
            if reparsed:  # the parser changed: one statement per page, this shard's alone
                await store.update_parsed(reparsed, PARSER_VERSION)
            if len(page) < LOAD_PAGE:
                break
            after = page[-1].id
        matcher.freeze()
        log.info("search index loaded: %d active searches (shard %s)", len(matcher), shard)
        return cls(matcher, cursor, shard)

    def __len__(self) -> int:
        return len(self._matcher)

    @property
    def distinct_queries(self) -> int:
        """How many distinct parsed queries it scores (each once per posting)."""
        return self._matcher.distinct_queries

    @property
    def cursor(self) -> int:
        """The id of the last search change applied."""
        return self._cursor

    def holds(self, key: int) -> bool:
        """Whether a search of this shard key belongs in this index."""
        return self.shard is not None and self.shard.holds(key)

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        """Index each changed search of the shard as it is now: active ones (re)added, the
        others dropped (a deleted search, whose key is gone with it, by every shard)."""
        with self._lock:
            for change in changes:
                search = change.search
                if search is not None and not self.holds(search.shard_key):
                    continue
                if search is not None and search.active:
                    self._matcher.add(search.id, stored_query(search), search.sensitivity)
                else:
                    self._matcher.remove(change.search_id)
            self._cursor = cursor

    def add(self, search: SavedSearch, query: ParsedQuery) -> None:
        """Index a search now (before its change is read), if it belongs here."""
        if self.holds(search.shard_key):
            with self._lock:
                self._matcher.add(search.id, query, search.sensitivity)

    def remove(self, search_id: int) -> None:
        """Stop matching new postings against a search."""
        with self._lock:
            self._matcher.remove(search_id)

    def passing(self, posting: Posting) -> Sequence[tuple[float, Sequence[int]]]:
        """The searches a posting passes, grouped by score; reasons are worked out when shown.

        Safe from any thread (the stores call it from worker threads).
        """
        with self._lock:
            return self._matcher.passing(posting)

    def passing_by_id(self, posting: Posting) -> tuple[list[int], list[float]]:
        """The ids of the searches a posting passes, ascending, and their scores (any thread)."""
        with self._lock:
            return self._matcher.passing_by_id(posting)


def _index(matcher: Matcher, searches: Sequence[SavedSearch]) -> list[tuple[int, str]]:
    """Add these searches to the matcher; (id, parsed json) of those an older parser stored."""
    reparsed: list[tuple[int, str]] = []
    for search in searches:
        parsed = stored_query(search)
        matcher.add(search.id, parsed, search.sensitivity)
        if search.parser_version < PARSER_VERSION:
            reparsed.append((search.id, parsed.to_json()))
    return reparsed
