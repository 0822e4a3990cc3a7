"""The scale-out ports: running processes, the match shards' cursors, and posting notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from core.ports.postings import LiveIndex
from core.ports.searches import SearchIndexStore
from core.workers import Shard, ShardLag, Worker


class WorkerStore(Protocol):
    """Each `concierge run` process registers itself and beats; `concierge stats` reads them."""

    async def register_worker(
        self, role: str, shard: str, host: str, pid: int, now: datetime
    ) -> int:
        """Note a process starting (dropping rows long silent); its worker id."""
        ...

    async def beat_worker(self, worker_id: int, now: datetime) -> None:
        """Note that a process is still running."""
        ...

    async def retire_worker(self, worker_id: int) -> None:
        """Forget a process stopping cleanly."""
        ...

    async def workers(self, since: datetime) -> list[Worker]:
        """The processes that beat since then, by role and shard."""
        ...

    async def shard_lags(self, shards: int) -> list[ShardLag]:
        """Each cursor of the shards of this count and how far the posting change log is past
        it; those of another count (an earlier deployment's) are not reported."""
        ...

    async def oldest_due_digest(self, now: datetime) -> datetime | None:
        """When the longest-waiting due digest fell due (None: none is due)."""
        ...


class PostingNoteStore(Protocol):
    """How postings recorded without matching are to be matched by the shards."""

    async def note_postings(self, notes: Sequence[tuple[str, bool, bool]]) -> None:
        """Note (posting id, notify, matched) of postings to match quietly or not at all."""
        ...

    async def clear_posting_notes(self, posting_ids: Sequence[str]) -> list[str]:
        """Drop the notes of these postings; the ids that had one."""
        ...

    async def relog_postings(self, posting_ids: Sequence[str]) -> None:
        """Log these postings as changed, so that every shard matches them again."""
        ...


class ShardStore(SearchIndexStore, Protocol):
    """What a match shard uses: its searches, the posting change log and its cursor."""

    async def match_shard(
        self, shard: Shard, index: LiveIndex, now: datetime, limit: int
    ) -> tuple[int, int]:
        """Match the postings changed past the shard's cursor (at most limit changes) against
        the index and store the matches, advancing the cursor in the same transaction; the
        changes done and the matches stored. ChangesPrunedError when the log past the cursor
        was pruned."""
        ...

    async def rescan_shard(self, shard: Shard, index: LiveIndex, now: datetime) -> int:
        """Match every open posting against the index, then set the cursor to the log as it
        was before; the matches stored."""
        ...

    async def drop_stale_shard_cursors(self, shards: int, alive_since: datetime) -> int:
        """Forget the cursors of shards of another count that no match process beating since
        then holds (resharding); how many."""
        ...
