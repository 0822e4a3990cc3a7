"""The postings ports: recording postings with their matches, and reading them back."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Protocol

from core.model import NewMatch, Posting, PostingPage, Recorded, SavedSearch, SearchChange
from core.workers import Shard

Scorer = Callable[[Sequence[Posting]], list[NewMatch]]


class LiveIndex(Protocol):
    """The in-memory search index, kept in step inside the store's write transactions."""

    @property
    def shard(self) -> Shard | None:
        """The searches it holds: those of this shard (WHOLE: all), None: none. The store
        reads the changes of these alone."""
        ...

    @property
    def cursor(self) -> int:
        """The id of the last search change applied."""
        ...

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        """Apply the search changes logged up to cursor."""
        ...

    def passing(self, posting: Posting) -> Sequence[tuple[float, Sequence[int]]]:
        """The indexed searches one posting passes, as (score, ids of searches with it) pairs."""
        ...

    def passing_by_id(self, posting: Posting) -> tuple[list[int], list[float]]:
        """The same searches as passing, as their ids ascending and each one's score."""
        ...


class PostingStore(Protocol):
    """Postings stored together with their matches, in one transaction per batch."""

    async def record_postings(
        self,
        postings: Sequence[Posting],
        now: datetime,
        index: LiveIndex,
        *,
        rematch: Collection[str] = frozenset(),
        duplicates: Collection[str] = frozenset(),
        notify: bool = True,
    ) -> Recorded:
        """Upsert postings and replace the matches of the new or changed ones, together."""
        ...

    async def rematch_postings(
        self, posting_ids: Sequence[str], now: datetime, index: LiveIndex, *, notify: bool
    ) -> int:
        """Replace the matches of stored open postings; how many were stored."""
        ...

    async def rescore_search(
        self, search_id: int, score: Scorer, now: datetime, *, after: int = 0
    ) -> None:
        """Replace one search's matches, scoring every open posting (past ref after)."""
        ...

    async def unfinished_scans(self) -> list[tuple[SavedSearch, int]]:
        """Active searches whose scan was cut short, with the posting ref it reached."""
        ...

    async def posting_change_cursor(self) -> int:
        """The id of the latest logged posting change (0 when none)."""
        ...

    async def open_postings_page(self, after: int = 0, limit: int | None = None) -> PostingPage:
        """The open postings past position after (the last of the page before; 0 first), at
        most limit (None: all), in the order open_postings gives them, with the posting change
        cursor they reflect at least (settled before the first is read)."""
        ...

    async def posting_changes(
        self, after: int, limit: int = 5000
    ) -> tuple[list[tuple[str, Posting | None]], int]:
        """Postings changed after a cursor, as they are now (None: closed or gone), and the
        cursor they reach."""
        ...

    async def store_search_matches(
        self,
        search_id: int,
        matches: Sequence[NewMatch],
        cursor: int,
        now: datetime,
        rescore: Scorer,
        *,
        more: bool = False,
    ) -> int:
        """Replace one search's matches found as of a posting change cursor, in one short
        transaction; postings changed since are scored again in it with rescore. more: more
        open postings passed than these (the best kept), which match_counts says."""
        ...


class PostingReader(Protocol):
    """Stored postings read back: by id or ref, every open one, and their same-job links."""

    async def find_postings(self, ident: str) -> list[Posting]:
        """Postings whose id is ident, else those whose id ends in ":" + ident."""
        ...

    async def posting_by_ref(self, ref: int) -> tuple[Posting, int] | None:
        """A posting by its short ref number, with the ref."""
        ...

    async def open_postings(self) -> list[Posting]:
        """Return every posting not marked closed."""
        ...

    async def open_postings_among(self, posting_ids: Sequence[str]) -> list[Posting]:
        """The open postings among these ids, in the order open_postings gives them."""
        ...

    async def open_titles(self) -> list[tuple[str, int]]:
        """Each title of the open postings, with how many open postings have it."""
        ...

    async def count_open_postings(self) -> int:
        """Count the postings not marked closed."""
        ...

    async def job_roots(self, posting_ids: Sequence[str]) -> dict[str, str]:
        """The original of each of these postings that is linked to one (the same job)."""
        ...

    async def duplicate_links(self, posting_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """(source, url) of the other open postings of the same job as each posting."""
        ...


class ClosingStore(Protocol):
    """Postings closed when their closing date passes."""

    async def close_passed(self, now: datetime) -> int:
        """Close the open postings whose closing date (closes_at) is before now; how many."""
        ...


class SnapshotStore(Protocol):
    """Saved state a process can rebuild from the rest (the index over open postings)."""

    async def snapshot(self, name: str) -> bytes | None:
        """The saved snapshot of this name, if any."""
        ...

    async def save_snapshot(self, name: str, data: bytes) -> None:
        """Save (or replace) the snapshot of this name."""
        ...
