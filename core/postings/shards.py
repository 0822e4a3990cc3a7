"""A match shard: the saved searches whose shard key falls in it, matched against the postings.

Each of K shard processes holds the active searches with shard_key % K == its index (equal
queries share a key: core.workers.shard_key, fixed when a search is saved), follows the
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
from datetime import timedelta

from core.errors import ChangesPrunedError
from core.ports import Clock
from core.ports.workers import ShardStore
from core.postings.search_index import SearchIndex
from core.workers import ALIVE_SECONDS, Shard

log = logging.getLogger(__name__)
CHANGES_PER_STEP = 100  # posting changes per transaction (it holds back search changes)
IDLE_SECONDS = 1.0  # the pause when the log has nothing new: search changes apply within it


class ShardWorker:
    """Matches the posting change log against one shard's searches, step by step."""

    def __init__(
        self,
        store: ShardStore,
        shard: Shard,
        index: SearchIndex,
        clock: Clock,
        limit: int = CHANGES_PER_STEP,
    ) -> None:
        """Wire a worker over a loaded index of the shard; ShardWorker.load builds one."""
        self._store = store
        self.shard = shard
        self.index = index
        self._clock = clock
        self._limit = limit

    @classmethod
    async def load(cls, store: ShardStore, shard: Shard, clock: Clock) -> ShardWorker:
        """A worker with the shard's searches indexed; the cursors of an earlier count of
        shards that no live process holds are dropped (resharding)."""
        alive_since = clock.now() - timedelta(seconds=ALIVE_SECONDS)
        if dropped := await store.drop_stale_shard_cursors(shard.count, alive_since):
            log.info("shard %s: dropped %d cursors of another count of shards", shard, dropped)
        log.info("shard %s: loading its searches", shard)
        index = await SearchIndex.load(store, shard)
        log.info("shard %s: %d active searches", shard, len(index))
        return cls(store, shard, index, clock)

    async def step(self) -> int:
        """Match the next posting changes past the cursor; how many (0: none left)."""
        try:
            done, stored = await self._store.match_shard(
                self.shard, self.index, self._clock.now(), self._limit
            )
        except ChangesPrunedError:
            log.info("shard %s: posting changes were pruned past its cursor: rescanning", self)
            stored = await self._store.rescan_shard(self.shard, self.index, self._clock.now())
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
        return str(self.shard)
