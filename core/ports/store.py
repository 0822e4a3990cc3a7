"""The storage ports composed for the consumers that need several, and the whole store."""

from __future__ import annotations

from typing import Protocol

from core.ports.chat_states import ChatStateStore
from core.ports.explores import OwedExploreStore
from core.ports.feedback import FeedbackStore
from core.ports.matches import MatchStore
from core.ports.operations import MetricsStore, PlatformStatusStore, StatsStore
from core.ports.outbox import OutboxStore
from core.ports.pages import ListPageStore
from core.ports.postings import ClosingStore, PostingReader, PostingStore, SnapshotStore
from core.ports.retention import RetentionStore
from core.ports.searches import SearchIndexStore, SearchStore
from core.ports.shares import ShareStore
from core.ports.sources import SourcePostingStore, SourceStore
from core.ports.subscribers import DueDigestStore, SubscriberStore
from core.ports.workers import PostingNoteStore, WorkerStore


class ServiceStore(
    SubscriberStore,
    DueDigestStore,
    SearchStore,
    MatchStore,
    PostingReader,
    OutboxStore,
    FeedbackStore,
    ShareStore,
    OwedExploreStore,
    ListPageStore,
    Protocol,
):
    """What the chat service and the digests use: everything a subscriber sees."""


class IntakeStore(
    SearchIndexStore,
    PostingStore,
    PostingReader,
    PostingNoteStore,
    SnapshotStore,
    ClosingStore,
    Protocol,
):
    """What the intake uses: searches to index, postings with their matches, the snapshot, and
    which postings are the same job (the postings a search leaves out are counted one per job)."""


class IngestStore(SourceStore, SourcePostingStore, Protocol):
    """What the source manager uses: the sources and their postings' lifecycle."""


class Store(
    ServiceStore,
    IntakeStore,
    IngestStore,
    PlatformStatusStore,
    RetentionStore,
    StatsStore,
    MetricsStore,
    ChatStateStore,
    WorkerStore,
    Protocol,
):
    """Every storage port: what a store (SQLite, later PostgreSQL) implements."""

    async def close(self) -> None:
        """Release the store."""
        ...
