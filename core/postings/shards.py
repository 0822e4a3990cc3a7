"""A match shard: the saved searches whose id falls in it, matched against the posting log.

Each of K shard processes holds the active searches with id % K == its index, follows the
search change log for them, and reads the postings changed since its own cursor in the
posting change log; it stores their matches with its searches and moves its cursor in the
same transaction, so a shard killed midway does the same changes again (match rows are
upserted by key, never doubled). When the log past its cursor was pruned, it matches every
open posting again instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from core.errors import ChangesPrunedError
from core.matching import PARSER_VERSION, Matcher
from core.model import Posting, SavedSearch, SearchChange
from core.ports import Clock
from core.ports.workers import ShardStore
from core.searches.stored import stored_query
from core.workers import Shard

log = logging.getLogger(__name__)
CHANGES_PER_STEP = 100  # posting changes per transaction (it holds back search changes)
IDLE_SECONDS = 1.0  # the pause when the log has nothing new: search changes apply within it


class ShardIndex:
    """The active searches of one shard, kept in step with the search change log."""

    def __init__(self, shard: Shard, matcher: Matcher, cursor: int) -> None:
        """Wrap a matcher holding the shard's searches as of a search change cursor."""
        self.shard = shard
        self._matcher = matcher
        self._cursor = cursor

    @classmethod
    async def load(cls, store: ShardStore, shard: Shard) -> ShardIndex:
        """Index the shard's active searches in the store."""
        cursor = await store.search_change_cursor()  # first: later changes are re-applied
        searches = [s for s in await store.active_searches() if shard.holds(s.id)]
        # Built in a worker thread: the loop keeps answering /healthz and beating meanwhile.
        matcher = await asyncio.to_thread(_matcher, searches)
        for search in searches:
            if search.parser_version != PARSER_VERSION:
                query = stored_query(search)
                await store.update_parsed(search.id, query.to_json(), PARSER_VERSION)
        log.info("shard %s: %d active searches", shard, len(matcher))
        return cls(shard, matcher, cursor)

    def __len__(self) -> int:
        return len(self._matcher)

    @property
    def cursor(self) -> int:
        """The id of the last search change applied."""
        return self._cursor

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        """Index the shard's changed searches as they are now; others' changes are skipped."""
        for change in changes:
            if not self.shard.holds(change.search_id):
                continue
            search = change.search
            if search is not None and search.active:
                self._matcher.add(search.id, stored_query(search), search.sensitivity)
            else:
                self._matcher.remove(change.search_id)
        self._cursor = cursor

    def passing(self, posting: Posting) -> Sequence[tuple[float, Sequence[int]]]:
        """The shard's searches a posting passes, grouped by score."""
        return self._matcher.passing(posting)


def _matcher(searches: Sequence[SavedSearch]) -> Matcher:
    """A frozen matcher holding these searches."""
    matcher = Matcher()
    for search in searches:
        matcher.add(search.id, stored_query(search), search.sensitivity)
    matcher.freeze()
    return matcher


class ShardWorker:
    """Matches the posting change log against one shard's searches, step by step."""

    def __init__(
        self, store: ShardStore, index: ShardIndex, clock: Clock, limit: int = CHANGES_PER_STEP
    ) -> None:
        """Wire a worker over a loaded index; ShardWorker.load builds one."""
        self._store = store
        self.index = index
        self._clock = clock
        self._limit = limit

    @classmethod
    async def load(cls, store: ShardStore, shard: Shard, clock: Clock) -> ShardWorker:
        """A worker with the shard's searches indexed."""
        return cls(store, await ShardIndex.load(store, shard), clock)

    async def step(self) -> int:
        """Match the next posting changes past the cursor; how many (0: none left)."""
        try:
            done, stored = await self._store.match_shard(
                self.index.shard, self.index, self._clock.now(), self._limit
            )
        except ChangesPrunedError:
            log.info("shard %s: posting changes were pruned past its cursor: rescanning", self)
            stored = await self._store.rescan_shard(self.index.shard, self.index, self._clock.now())
            log.info("shard %s: rescan stored %d matches", self, stored)
            return 1
        if done:
            log.debug("shard %s: %d posting changes, %d matches", self, done, stored)
        return done

    async def catch_up(self) -> int:
        """Match every posting change logged so far; how many."""
        total = 0
        while done := await self.step():
            total += done
        return total

    async def run(self, stop: asyncio.Event) -> None:
        """Step until stop is set, pausing while the log has nothing new."""
        while not stop.is_set():
            if await self.step():
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), IDLE_SECONDS)

    def __str__(self) -> str:
        return str(self.index.shard)
