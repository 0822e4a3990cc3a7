"""Shared fixtures: a real SQLite store in a temporary directory and a controllable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.chat.service import Concierge, build_concierge
from core.model import Posting, SubscriberKey
from core.store.sqlite import SqliteStore


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


ALICE = SubscriberKey("console", "local", "alice", "terminal")
BOB = SubscriberKey("console", "local", "bob", "terminal")


def posting(pid: str, title: str, **fields: object) -> Posting:
    """Build a posting with sensible defaults."""
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


BACKEND_POSTINGS = [
    posting(
        "p1",
        "Senior Backend Engineer (Python)",
        company="Acme",
        location="Berlin",
        workplace="remote",
        tags=("python", "postgresql"),
        description="Build Python microservices on AWS with PostgreSQL and Kafka.",
    ),
    posting(
        "p2",
        "Sr. Back-End Developer (Python/Django)",
        company="Globex",
        location="London",
        description="Django, PostgreSQL, Docker, Kubernetes.",
    ),
    posting(
        "p3",
        "Backend Sales Manager",
        company="Initech",
        location="Berlin",
        description="Sell our backend platform to enterprises.",
    ),
    posting(
        "p4",
        "Junior Frontend Developer",
        company="Hooli",
        location="Remote",
        workplace="remote",
        description="React and TypeScript.",
    ),
    posting(
        "p5",
        "Civil Engineer",
        company="Bridges Ltd",
        location="Leeds",
        description="Design bridges and roads.",
    ),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "concierge.db"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[SqliteStore]:
    store = await SqliteStore.open(db_path)
    yield store
    await store.close()


@pytest.fixture
async def service(store: SqliteStore, clock: FakeClock) -> Concierge:
    concierge = await build_concierge(store, clock)
    await concierge.intake.record(BACKEND_POSTINGS)
    return concierge
