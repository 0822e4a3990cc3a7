"""The owed-explores port: an /explore asked while the index was built, kept until answered."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple, Protocol


class OwedExplore(NamedTuple):
    """An /explore to answer through the outbox once the index over open postings is built."""

    id: int
    subscriber_id: int
    query: str


class OwedExploreStore(Protocol):
    """Where the /explores still to answer are kept, so that a stop loses none."""

    async def owe_explore(self, subscriber_id: int, query: str, now: datetime) -> int:
        """Keep an /explore to answer later; its id."""
        ...

    async def owed_explores(self) -> list[OwedExplore]:
        """Every /explore still to answer, oldest first."""
        ...

    async def answer_explore(self, owed_id: int, kind: str, payload: str, now: datetime) -> bool:
        """Atomically queue an owed /explore's answer in the outbox (as kind) and forget
        it; False (nothing queued) when it was answered already (by another process)."""
        ...
