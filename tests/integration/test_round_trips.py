"""PostgreSQL only: what the chat path costs in round trips (each statement is one)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import pytest

from core.model import SubscriberKey
from core.store.postgres.opening import POOL_SIZE
from core.store.postgres.store import PostgresStore
from tests.conftest import FakeClock

pytestmark = pytest.mark.postgres_only

ALICE = SubscriberKey("telegram", "", "1", "1")


@asynccontextmanager
async def every_statement(store: PostgresStore) -> AsyncIterator[list[str]]:
    """Every statement any pooled connection sends meanwhile, asyncpg's own resets included."""
    sent: list[str] = []

    def log(record: Any) -> None:
        sent.append(str(record.query))

    held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
    for conn in held:
        conn.add_query_logger(log)
    for conn in held:
        await store._pool.release(conn)
    sent.clear()
    yield sent
    held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
    for conn in held:
        conn.remove_query_logger(log)
    for conn in held:
        await store._pool.release(conn)


async def _add(store: PostgresStore, clock: FakeClock, text: str) -> None:
    subscriber = await store.subscriber(ALICE, clock.now())
    added = await store.add_search(subscriber.id, text, "{}", 1, "normal", 25, clock.now())
    assert added is not None and added.raw_text == text


async def test_adding_a_search_takes_six_round_trips(pg_url: str, clock: FakeClock) -> None:
    store = await PostgresStore.open(pg_url)
    try:
        async with every_statement(store) as sent:
            await _add(store, clock, "python developer")  # a newcomer: the subscriber is added
            first = len(sent)
            await _add(store, clock, "golang developer")
        # Found or added in one statement; then BEGIN, lock, checks, insert returning, COMMIT;
        # no reset statement as a connection goes back to the pool.
        assert (first, len(sent) - first) == (6, 6), "\n".join(sent)
        # What makes skipping the reset safe: no session lock is left behind (migrate's here).
        other = await asyncpg.connect(pg_url)
        try:
            taken = await other.fetchval(
                "SELECT pg_try_advisory_lock(hashtext('concierge:migrate:' || current_schema()))"
            )
        finally:
            await other.close()
        assert taken
    finally:
        await store.close()


async def test_a_database_url_may_trade_commit_flushes_for_speed(pg_url: str) -> None:
    # README (PostgreSQL): ?synchronous_commit=off reaches every pooled connection's session.
    store = await PostgresStore.open(f"{pg_url}&synchronous_commit=off")
    try:
        settings = await store._all(
            "SELECT current_setting('synchronous_commit'), current_setting('search_path')"
        )
        assert tuple(settings[0]) == ("off", pg_url.rsplit("=", 1)[1])
    finally:
        await store.close()
