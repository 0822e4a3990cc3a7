"""Property-based: arbitrary text never escapes the service or corrupts the store."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.chat.replies import ErrorText
from core.chat.service import APOLOGY, Limits, build_concierge
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, BACKEND_POSTINGS, BOB, FakeClock

COMMAND_WORDS = ["/add", "/remove", "/pause", "/resume", "/list", "/jobs", "/sensitivity", "/help"]
lines = st.one_of(
    st.text(max_size=400),
    st.builds(
        lambda word, rest: f"{word} {rest}",
        st.sampled_from(COMMAND_WORDS),
        st.text(max_size=120) | st.integers(-5, 40).map(str),
    ),
)

_DB_DIR = Path(tempfile.mkdtemp(prefix="concierge-prop-"))


async def _drive(db: Path, script: list[tuple[bool, str]]) -> None:
    store = await SqliteStore.open(db)
    try:
        service = await build_concierge(store, FakeClock(), Limits(max_searches=5))
        if await store.count_open_postings() == 0:
            await service.intake.record(BACKEND_POSTINGS)
        for is_alice, line in script:
            reply = await service.handle_text(ALICE if is_alice else BOB, line)
            assert reply, line
            assert reply != (ErrorText(APOLOGY),), f"crashed on {line!r}"
    finally:
        await store.close()


def _assert_consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for subscriber_id, count in conn.execute(
            "SELECT subscriber_id, COUNT(*) FROM searches GROUP BY subscriber_id"
        ):
            assert count <= 5, subscriber_id
        for raw, parsed in conn.execute("SELECT raw_text, parsed_json FROM searches"):
            assert raw.strip() and isinstance(json.loads(parsed), dict)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), lines), min_size=1, max_size=12))
def test_arbitrary_chat_never_crashes_and_keeps_the_store_consistent(
    script: list[tuple[bool, str]],
) -> None:
    db = _DB_DIR / "prop.db"
    asyncio.run(_drive(db, script))
    _assert_consistent(db)
