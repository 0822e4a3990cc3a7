"""One company key for mutes, 👍/👎 and the same-job check; stored keys are re-keyed on upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.chat.replies import JobCards
from core.chat.service import Concierge
from core.digests.feedback import Preferences, keys
from core.model import Posting, StoredMatch
from core.postings.same_job import company_key
from core.sources.ingest.dedup import duplicate_key
from core.store.migrations import MIGRATIONS
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, posting, query


def _match(pid: str, company: str, title: str = "Backend Engineer") -> StoredMatch:
    return StoredMatch(Posting(pid, title, company=company), 80.0, (), (1,))


def test_one_key_for_mutes_and_the_same_job_check() -> None:
    for name in ("Acme, Inc.", "ACME", "The Acme Company", "Acme Group", "acme labs"):
        assert company_key(name) == "acme", name
    assert company_key("Société Générale") == company_key("SOCIETE GENERALE") == "societe generale"
    assert company_key("Яндекс") == "яндекс"
    assert company_key("") == "" and company_key("The Company") == "the company"
    for name in ("Acme, Inc.", "Société Générale", "Яндекс"):
        posting = Posting("p", "Engineer", company=name)
        assert duplicate_key(posting) == keys(posting)[0] == company_key(name)
    assert duplicate_key(Posting("p", "Engineer")) is None


def test_a_company_named_in_another_script_can_be_muted() -> None:
    muted = Preferences.build([company_key("Яндекс")], [])
    kept = muted.apply([_match("p1", "Яндекс"), _match("p2", "Globex")])
    assert [m.posting.company for m in kept] == ["Globex"]


async def test_mutes_and_feedback_keyed_the_old_way_still_apply_after_upgrade(
    db_path: Path,
) -> None:
    before = next(
        version
        for version, steps in enumerate(MIGRATIONS)
        if any("company_key(company)" in step for step in steps)
    )
    await (await SqliteStore.open(db_path, target_version=before)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'alice', 'terminal', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
            "created_at, query_key) VALUES (1, 1, 'backend', '{}', 1, '2026-01-01', 'backend')"
        )
        conn.executemany(
            "INSERT INTO postings (id, source, title, company, first_seen, updated_at, dup_key) "
            "VALUES (?, 'feed', 'Backend Engineer', ?, '2026-01-01', '2026-01-01', ?)",
            [("p1", "Globex Labs", "globex"), ("p2", "Acme Group", "acme group")],
        )
        # Keys as the old core.digests.feedback.company_key wrote them.
        conn.executemany(
            "INSERT INTO muted_companies (subscriber_id, company_key, company, created_at) "
            "VALUES (1, ?, ?, ?)",
            [
                ("acme group", "Acme Group", "2026-01-01"),
                ("acme", "ACME", "2026-01-02"),  # now the same company: one row stays
                ("initech technologies", "Initech Technologies", "2026-01-03"),
            ],
        )
        conn.executemany(
            "INSERT INTO feedback (subscriber_id, search_id, posting_id, kind, company_key, "
            "title_key, created_at) VALUES (1, 1, ?, ?, ?, 'backend engineer', '2026-01-01')",
            [("p1", "down", "globex labs"), ("gone", "up", "umbrella labs")],
        )
    store = await SqliteStore.open(db_path)
    try:
        muted = await store.muted_companies(1)
        prefs = Preferences.build([key for key, _ in muted], await store.feedback(1))
    finally:
        await store.close()
    assert muted == [("acme", "Acme Group"), ("initech", "Initech Technologies")]
    kept = prefs.apply(
        [
            _match("a", "Acme Group"),
            _match("b", "ACME, Inc."),
            _match("c", "Initech"),
            _match("d", "Globex Labs"),
            _match("e", "Hooli"),
        ]
    )
    assert [m.posting.company for m in kept] == ["Hooli"]
    assert prefs.liked_companies == {"umbrella"}
    with sqlite3.connect(db_path) as conn:
        dup_keys = conn.execute("SELECT id, dup_key FROM postings ORDER BY id").fetchall()
    assert dup_keys == [("p1", "globex"), ("p2", "acme")]


async def test_both_stores_keep_the_one_key_for_a_mute_and_a_thumbs_down(
    service: Concierge,
) -> None:
    """Keys are computed before they are written, so SQLite and PostgreSQL hold the same."""
    await service.handle_text(ALICE, "/add senior backend engineer python")
    await service.intake.record(
        [posting("g9", "Senior Backend Engineer (Python)", company="Globex Labs", description="x")]
    )
    jobs = await service.handle_text(ALICE, "/jobs")
    cards = {c.posting_id: c for m in jobs if isinstance(m, JobCards) for c in m.cards}
    down = next(a for a in cards["p1"].actions if a.label.startswith("👎"))
    await service.handle_action(ALICE, down.data)
    mute = next(a for a in cards["p2"].actions if "Mute" in a.label)
    await service.handle_action(ALICE, mute.data)
    store = service._store
    assert await query(store, "SELECT company_key FROM feedback") == [(company_key("ACME Inc."),)]
    assert await query(store, "SELECT company_key FROM muted_companies") == [("globex",)]
    ids = [
        c.posting_id
        for m in await service.handle_text(ALICE, "/jobs")
        if isinstance(m, JobCards)
        for c in m.cards
    ]
    assert "g9" not in ids and "p2" not in ids  # "Globex Labs" is muted with "Globex"
