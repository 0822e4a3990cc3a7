"""Retention: what is deleted, and when, so the database stops growing with time.

A prune deletes, in this order:
- delivered (and failed) outbox messages `delivered_days` after delivery; pending ones never;
- postings closed for `closed_days`, with their matches, unless an open posting still names
  one as its original; open postings and their matches are never touched;
- sent-ledger rows whose posting is gone (the rows of open and closed postings stay, so
  nothing is sent twice);
- subscribers idle for `idle_days` who have nothing stored: no searches, no 👍/👎, no muted
  companies, the default digest settings and no message waiting (with their sent rows and
  delivered messages). Their next message makes them anew;
- the posting change log (which keeps each process's index over open postings in step) but
  its newest `changes_kept` rows: a process whose cursor is older than the oldest row left
  rebuilds its index from the open postings instead of catching up;
- the match shards' notes on how to match a posting (quietly, or not at all) once the posting
  is closed: a shard matches open postings only, in its steps and its rescans alike, and a
  posting recorded again is noted (or not) anew;
- the chat front-ends' per-chat state (a guided flow's step, a chat's half-built searches and
  remembered messages) not written for `chat_state_days`: a flow's step is ignored after
  minutes anyway; a button on a message older than that is answered as a new message.
Feedback is never pruned: it is kept once per (subscriber, search, posting, kind) by a unique
constraint, and its 👎 hides and 👍 boosts work by company and title, not by posting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.ports import RetentionStore

PRUNE_EVERY = timedelta(days=1)
# The tables a prune deletes from (with feedback, which it bounds by a constraint instead).
PRUNED_TABLES = (
    "outbox",
    "matches",
    "postings",
    "sent",
    "subscribers",
    "posting_changes",
    "posting_notes",
    "chat_states",
)
COUNTED_TABLES = (*PRUNED_TABLES, "feedback")


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Rows older than these moments may be deleted."""

    delivered: datetime
    closed: datetime
    idle: datetime
    changes_kept: int
    chat_states: datetime


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many days each kind of row is kept (README, Configuration)."""

    delivered_days: int = 30
    closed_days: int = 90
    idle_days: int = 30
    # Far more than the changes a live process sees between two of its catch-ups, so a
    # rebuild is rare; an import larger than this costs a process one rebuild (as cheap).
    changes_kept: int = 100_000
    # Far longer than any guided flow (Telegram's end after 10 idle minutes).
    chat_state_days: int = 7

    def cutoffs(self, now: datetime) -> Cutoffs:
        """The moments before which rows may go, as of now."""
        return Cutoffs(
            delivered=now - timedelta(days=self.delivered_days),
            closed=now - timedelta(days=self.closed_days),
            idle=now - timedelta(days=self.idle_days),
            changes_kept=self.changes_kept,
            chat_states=now - timedelta(days=self.chat_state_days),
        )

    def describe(self) -> str:
        """The policy in one line, for operators."""
        return (
            f"delivered messages {self.delivered_days} days, closed postings "
            f"{self.closed_days} days, idle subscribers {self.idle_days} days, "
            f"the newest {self.changes_kept} posting changes, chat states "
            f"{self.chat_state_days} days"
        )


@dataclass(frozen=True, slots=True)
class PruneReport:
    """When a prune ran and how many rows it removed (or would remove) per table."""

    ran_at: datetime
    removed: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    @property
    def total(self) -> int:
        """Rows removed over all tables."""
        return sum(self.removed.values())

    def summary(self) -> str:
        """'outbox 3, matches 120, …' in table order."""
        return ", ".join(f"{table} {self.removed.get(table, 0)}" for table in PRUNED_TABLES)


async def prune(
    store: RetentionStore, policy: RetentionPolicy, now: datetime, *, dry_run: bool = False
) -> PruneReport:
    """Apply the policy as of now; a real run's report is kept for `concierge stats`."""
    report = PruneReport(now, await store.prune(policy.cutoffs(now), dry_run=dry_run), dry_run)
    if not dry_run:
        await store.save_prune_report(report)
    return report


async def prune_if_due(
    store: RetentionStore, policy: RetentionPolicy, now: datetime
) -> PruneReport | None:
    """Prune when the last prune (by any process) is a day old or there was none."""
    last = await store.last_prune_report()
    if last is not None and now - last.ran_at < PRUNE_EVERY:
        return None
    return await prune(store, policy, now)
