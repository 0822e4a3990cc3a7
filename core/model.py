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
    """Who a subscriber is: one person in one chat on one platform and workspace."""

    platform: str
    workspace: str
    user: str
    chat: str


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A stored subscriber with its database id."""

    id: int
    key: SubscriberKey
    created_at: datetime


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


@dataclass(frozen=True, slots=True)
class Match:
    """A posting that matched a saved search, with its score and reasons."""

    search_id: int
    posting: Posting
    score: float
    reasons: tuple[str, ...] = field(default=())
