"""Domain model: subscribers, saved searches, postings and matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Workplace = Literal["remote", "hybrid", "onsite"]
Sensitivity = Literal["strict", "normal", "loose"]
SENSITIVITIES: tuple[Sensitivity, ...] = ("strict", "normal", "loose")


@dataclass(frozen=True, slots=True)
class SubscriberKey:
    """Who a subscriber is: one person in one chat on one platform and workspace.

    A shared chat (a Telegram group, a Slack channel) is a subscriber whose user is empty:
    its searches and digests belong to the chat, and an Actor says who is acting in it.
    """

    platform: str
    workspace: str
    user: str
    chat: str

    @property
    def shared(self) -> bool:
        """True for a group or channel, whose data belongs to the chat, not one person."""
        return not self.user


@dataclass(frozen=True, slots=True)
class Actor:
    """The person acting in a shared chat (group or channel) and whether they administer it."""

    user: str
    is_admin: bool = False


@dataclass(frozen=True, slots=True)
class DigestSettings:
    """When and how a subscriber hears from the bot."""

    digest_time: str = "09:00"
    timezone: str = "UTC"
    timezone_set: bool = False
    frequency: str = "daily"
    alerts: bool = False
    quiet: str = ""  # "22:00-07:00", or empty for none
    next_digest_at: datetime | None = None
    delivery_paused: str = ""  # why pushes stopped (bot blocked, chat gone), or empty


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A stored subscriber with its database id and digest settings."""

    id: int
    key: SubscriberKey
    created_at: datetime
    settings: DigestSettings = field(default_factory=DigestSettings)


@dataclass(frozen=True, slots=True)
class Posting:
    """One job posting, normalised from any source."""

    id: str
    title: str
    source: str = "import"
    company: str = ""
    location: str = ""
    workplace: Workplace | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    currency: str | None = None
    url: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    posted_at: datetime | None = None
    closes_at: datetime | None = None  # applications close then; a posting past it is closed


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A subscriber's saved search: the raw text, its parsed form and its state."""

    id: int
    subscriber_id: int
    raw_text: str
    parsed_json: str
    parser_version: int
    active: bool
    sensitivity: Sensitivity
    created_at: datetime
    shard_key: int  # core.workers.shard_key of the parsed query it was saved with
    created_by: str = ""


UpsertOutcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class MatchCount:
    """How many open postings a search's stored matches hold; more: it passed more than it
    keeps (the count is then a lower bound); muted, hidden: when none is shown, how many of a
    muted company and hidden with 👎 hold it at 0."""

    stored: int
    more: bool = False
    muted: int = 0
    hidden: int = 0

    @classmethod
    def read(cls, stored: int, capped: bool, at_most: int) -> MatchCount:
        """A count read up to at_most + 1 stored matches: more than at_most say "at least"."""
        return cls(min(stored, at_most), capped or stored > at_most)


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A posting matched to one or more of a subscriber's searches, best score first."""

    posting: Posting
    score: float
    reasons: tuple[str, ...]
    search_ids: tuple[int, ...]
    ref: int = 0
    folded: tuple[str, ...] = ()  # ids of the same job on other sources, shown in this card
    missing: int = 0  # parts asked for it does not meet at all (ranked: core.matching.order)
    unmet: int = 0  # parts asked for it meets only in part
    prefer: float = 0.0  # 1 when it names a shift its search prefers (ranked: core.matching.order)
    short: tuple[str, ...] = ()  # the parts it meets only in part, by name ("level")
    lacking: tuple[str, ...] = ()  # the parts it does not meet at all, by name
    liked: bool = False  # ranked higher for a 👍 to its company or title (its card says so)


@dataclass(frozen=True, slots=True)
class NewMatch:
    """A match to record: which search, which posting, how good and why."""

    search_id: int
    posting_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AlertCheck:
    """What one alert check read: the alertable matches, and how far it read."""

    matches: list[StoredMatch]
    read_until: datetime | None  # the newest match time read; None when nothing was new


@dataclass(frozen=True, slots=True)
class SearchChange:
    """A saved search changed by some process: its row now, None when deleted."""

    search_id: int
    search: SavedSearch | None


@dataclass(frozen=True, slots=True)
class Recorded:
    """What storing a batch of postings with their matches did."""

    outcomes: list[UpsertOutcome]
    matches: int


@dataclass(frozen=True, slots=True)
class PostingPage:
    """Open postings read a page at a time: the page, where the next starts and the cursor."""

    postings: list[Posting]
    last: int  # the position of its last posting (after, when empty): the next page's after
    cursor: int  # the posting change cursor, settled before these postings were read


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message waiting to be pushed to a subscriber."""

    id: int
    subscriber: Subscriber
    kind: str
    payload: str
    attempts: int


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One 👍 or 👎 a subscriber gave."""

    search_id: int | None
    kind: str
    company_key: str
    title_key: str


@dataclass(frozen=True, slots=True)
class DigestInputs:
    """What one subscriber's digest is built from, read for many subscribers at once."""

    matches: list[StoredMatch]  # unsent, by score, as unsent_matches gives them
    searches: list[SavedSearch]
    muted: list[str]  # muted company keys
    feedback: list[FeedbackRow]
    # Ids of the postings among matches that were matched before the last thing sent (a
    # digest, /digest, /more): left over then, so not new now.
    earlier: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class QueuedDigest:
    """A built digest to queue; no payload when nothing was new (only the next time moves)."""

    subscriber_id: int
    payload: str | None
    posting_ids: tuple[str, ...]
    next_digest_at: datetime | None
    send_at: datetime | None = None  # built ahead: held back in the outbox until its due time


PlatformStateName = Literal["starting", "running", "failing", "stopped"]


@dataclass(frozen=True, slots=True)
class PlatformState:
    """One chat platform as the running bot last saw it."""

    platform: str
    state: str
    last_error: str
    since: datetime


@dataclass(frozen=True, slots=True)
class MetricFigures:
    """Counts of what the database holds now."""

    searches_active: int
    searches_paused: int
    postings_open: int
    matches: int
    outbox: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, state) → rows
    oldest_pending_seconds: float = 0.0

    @property
    def outbox_pending(self) -> int:
        """Messages waiting to be delivered, of every kind."""
        return sum(n for (_, state), n in self.outbox.items() if state == "pending")
