"""Ports: the interfaces the outside world implements for the core.

Storage is split by aggregate, one small Protocol each (a PostgreSQL store implements them all,
as `Store`); `Clock` and `Notifier` are the other two ports.
"""

from core.ports.chat_states import ChatStateStore
from core.ports.explores import OwedExploreStore
from core.ports.feedback import FeedbackStore
from core.ports.matches import MatchStore
from core.ports.operations import MetricsStore, PlatformStatusStore, StatsStore
from core.ports.outbox import OutboxStore
from core.ports.pages import ListPage, ListPageStore
from core.ports.postings import (
    ClosingStore,
    LiveIndex,
    PostingReader,
    PostingStore,
    Scorer,
    SnapshotStore,
)
from core.ports.retention import RetentionStore
from core.ports.searches import SearchIndexStore, SearchStore
from core.ports.services import Clock, Notifier
from core.ports.shares import ShareStore
from core.ports.sources import SourcePostingStore, SourceStore
from core.ports.store import IngestStore, IntakeStore, ServiceStore, Store
from core.ports.subscribers import DueDigestStore, SubscriberStore
from core.ports.workers import PostingNoteStore, ShardStore, WorkerStore

__all__ = [
    "ChatStateStore",
    "Clock",
    "ClosingStore",
    "DueDigestStore",
    "FeedbackStore",
    "IngestStore",
    "IntakeStore",
    "ListPage",
    "ListPageStore",
    "LiveIndex",
    "MatchStore",
    "MetricsStore",
    "Notifier",
    "OutboxStore",
    "OwedExploreStore",
    "PlatformStatusStore",
    "PostingNoteStore",
    "PostingReader",
    "PostingStore",
    "RetentionStore",
    "Scorer",
    "SearchIndexStore",
    "SearchStore",
    "ServiceStore",
    "ShardStore",
    "ShareStore",
    "SnapshotStore",
    "SourcePostingStore",
    "SourceStore",
    "StatsStore",
    "Store",
    "SubscriberStore",
    "WorkerStore",
]
