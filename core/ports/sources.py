"""The job-sources ports: the sources table, and each source's postings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from core.model import Posting

if TYPE_CHECKING:
    from core.sources.ingest.spec import SourceSpec
    from core.sources.model import Source, SourceRun


class SourceStore(Protocol):
    """Job sources: add, list, find, due for polling, pause or resume, remove, record a run."""

    async def add_source(self, spec: SourceSpec, interval: int, now: datetime) -> Source | None:
        """Store a new source due now; None if kind:name exists."""
        ...

    async def sources(self) -> list[Source]:
        """Every source, by kind and name."""
        ...

    async def source_by_id(self, source_id: int) -> Source | None:
        """One source."""
        ...

    async def due_sources(self, now: datetime) -> list[Source]:
        """Unpaused sources whose next run has come.

        A store shared by several processes claims them for a lease (each is polled once).
        """
        ...

    async def claim_source(
        self, source_id: int, due_by: datetime, lease_until: datetime
    ) -> Source | None:
        """The source if unpaused and due by due_by, its next run set to lease_until meanwhile.

        A claim: another process skips the source until its run is recorded or the lease ends.
        """
        ...

    async def remove_source(self, source_id: int) -> bool:
        """Forget a source (its postings stay); False if it was gone."""
        ...

    async def set_source_paused(self, source_id: int, paused: bool, next_run_at: datetime) -> bool:
        """Pause or resume a source."""
        ...

    async def record_source_run(self, source_id: int, run: SourceRun) -> None:
        """Store the outcome of a run."""
        ...


class SourcePostingStore(Protocol):
    """A source's stored postings: closing the ones gone, and same-job (duplicate) links."""

    async def source_links(self, prefix: str) -> dict[str, tuple[str | None, str | None]]:
        """(duplicate_of, dup_key) of every stored posting whose id starts with prefix."""
        ...

    async def dedup_candidates(self, keys: Sequence[str], prefix: str) -> list[Posting]:
        """Open, unlinked postings with these dup keys not under prefix, oldest first."""
        ...

    async def set_dup_keys(self, rows: Sequence[tuple[str, str]]) -> None:
        """Store (posting id, dup key) pairs."""
        ...

    async def postings_without_dup_key(self, limit: int) -> list[Posting]:
        """Postings whose dup key was never computed."""
        ...

    async def set_duplicate_of(self, rows: Sequence[tuple[str, str | None]]) -> None:
        """Store (posting id, original id or None) pairs."""
        ...

    async def close_missing(self, prefix: str, keep: Sequence[str], now: datetime) -> list[str]:
        """Close the open postings under prefix not in keep; their ids."""
        ...

    async def orphaned_duplicates(self, closed: Sequence[str]) -> list[tuple[str, Posting]]:
        """(original id, posting) of open postings linked to one of these ids, oldest first."""
        ...
