"""The polling lease when its database cannot be reached: it keeps asking, in one log line."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from core.store.postgres.lease import PgLease


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once the socket closes


async def test_an_unreachable_database_is_retried_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = f"postgresql://bot:hunter2@127.0.0.1:{_closed_port()}/concierge"
    lease = PgLease(url, retry=0.02)
    with (
        caplog.at_level(logging.WARNING, logger="core.store.postgres.lease"),
        pytest.raises(TimeoutError),
    ):
        await asyncio.wait_for(lease.acquire("telegram-polling:7000"), 0.5)
    lines = [r.getMessage() for r in caplog.records if r.name == "core.store.postgres.lease"]
    assert len(lines) == 1, lines  # about 20 attempts, one line
    assert lines[0].startswith("cannot ask for the telegram-polling:7000 lease: ")
    assert "hunter2" not in lines[0] and "hunter2" not in repr(lease)
    await lease.release()
