"""The chat front-ends' shared state on either store: per-chat state and requests taken once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.store.sqlite import SqliteStore

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


async def test_a_chat_state_is_stored_replaced_and_forgotten(store: SqliteStore) -> None:
    assert await store.chat_state("tg:flow:guided", "111:111", None) is None
    await store.set_chat_state("tg:flow:guided", "111:111", "0", NOW)
    await store.set_chat_state("tg:chat", "111", '{"a": 1}', NOW)
    assert await store.chat_state("tg:flow:guided", "111:111", None) == "0"
    later = NOW + timedelta(minutes=5)
    await store.set_chat_state("tg:flow:guided", "111:111", "2", later)
    assert await store.chat_state("tg:flow:guided", "111:111", NOW) == "2"
    assert await store.chat_state("tg:chat", "111", None) == '{"a": 1}'  # scopes apart
    await store.set_chat_state("tg:flow:guided", "111:111", None, later)
    assert await store.chat_state("tg:flow:guided", "111:111", None) is None
    assert await store.chat_state("tg:chat", "111", None) == '{"a": 1}'


async def test_a_state_older_than_since_reads_as_none(store: SqliteStore) -> None:
    await store.set_chat_state("tg:flow:guided", "1:1", "1", NOW)
    assert await store.chat_state("tg:flow:guided", "1:1", NOW) == "1"
    assert await store.chat_state("tg:flow:guided", "1:1", NOW + timedelta(seconds=1)) is None


async def test_a_request_is_used_once_until_it_expires(store: SqliteStore) -> None:
    until = NOW + timedelta(minutes=10)
    assert await store.first_use("sig-1", NOW, until)
    assert not await store.first_use("sig-1", NOW + timedelta(minutes=9), until)
    assert await store.first_use("sig-2", NOW, until)
    # Forgotten once expired: the signature's timestamp is refused long before then.
    assert await store.first_use("sig-1", until, until + timedelta(minutes=10))
