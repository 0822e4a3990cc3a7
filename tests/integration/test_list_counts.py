"""/list says how many open postings each search matches, on every platform: the count, or
"N+" when the search passed more postings than the best it keeps (intake.STORED_MATCHES)."""

from __future__ import annotations

import pytest

from adapters.console.render import render
from adapters.slack.render import render_message as slack_blocks
from adapters.telegram.render import render_reply as telegram_messages
from core.chat.replies import Reply, SearchList
from core.chat.service import build_concierge
from core.matching import parse_query, rank
from core.postings import intake
from core.postings.importing import posting_from_record
from core.postings.intake import Intake
from core.store.migrations import MIGRATIONS
from tests.conftest import ALICE, FakeClock, open_test_store, write
from tests.integrity import generated_records


def _everywhere(reply: Reply) -> list[str]:
    """The /list reply as the terminal, Telegram and Slack show it."""
    listed = next(m for m in reply if isinstance(m, SearchList))
    return [
        render(reply),
        "\n".join(out.html for out in telegram_messages(reply)),
        str(slack_blocks(listed)),
    ]


async def test_list_shows_a_capped_search_as_at_least_its_kept_matches(
    database_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    postings = [posting_from_record(r) for r in generated_records(300)]
    store = await open_test_store(database_url)
    try:
        await (await Intake.load(store, clock)).record(postings[:250])
        monkeypatch.setattr(intake, "STORED_MATCHES", 10)
        chat = await build_concierge(store, clock)
        await chat.handle_text(ALICE, "/add developer")
        await chat.handle_text(ALICE, "/add civil engineer")
        passing = rank(parse_query("developer"), postings[:250])
        narrow = len(rank(parse_query("civil engineer"), postings[:250]))
        assert len(passing) > 10 and 1 < narrow < 10
        for shown in _everywhere(await chat.handle_text(ALICE, "/list")):
            assert "10+ matches" in shown and f"{narrow} matches" in shown
            assert "10 matches" not in shown
        # New postings add their matches as they come; the count is read up to the cap.
        await chat.intake.record(postings[250:])
        assert rank(parse_query("developer"), postings[250:])
        for shown in _everywhere(await chat.handle_text(ALICE, "/list")):
            assert "10+ matches" in shown
        # Matched again with every passing posting kept: the count is exact again.
        monkeypatch.setattr(intake, "STORED_MATCHES", 500)
        await chat.handle_text(ALICE, "/sensitivity 1 strict")
        strict = len(rank(parse_query("developer"), postings, "strict"))
        for shown in _everywhere(await chat.handle_text(ALICE, "/list")):
            assert f"{strict} matches" in shown and "+ matches" not in shown
    finally:
        await store.close()


async def test_a_search_with_exactly_as_many_matches_as_it_keeps_shows_the_exact_count(
    database_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    postings = [posting_from_record(r) for r in generated_records(250)]
    store = await open_test_store(database_url)
    try:
        await (await Intake.load(store, clock)).record(postings)
        narrow = len(rank(parse_query("civil engineer"), postings))
        assert narrow > 1
        monkeypatch.setattr(intake, "STORED_MATCHES", narrow)  # kept: every one that passes
        chat = await build_concierge(store, clock)
        await chat.handle_text(ALICE, "/add civil engineer")
        for shown in _everywhere(await chat.handle_text(ALICE, "/list")):
            # Was "N+ matches": a count at the cap read as "at least".
            assert f"{narrow} matches" in shown and "+ matches" not in shown
    finally:
        await store.close()


def _marking_migration(url: str) -> str:
    """The upgrade that marks the searches at 500 stored as capped (its one statement)."""
    if url.startswith("postgresql://"):
        from core.store.postgres.migrations import MIGRATIONS as PG_MIGRATIONS

        migrations = PG_MIGRATIONS
    else:
        migrations = MIGRATIONS
    (statement,) = next(m for m in migrations if "HAVING COUNT(*) >= 500" in m[0])
    return statement


async def test_a_search_at_500_stored_before_the_upgrade_still_reads_500_plus(
    database_url: str, clock: FakeClock
) -> None:
    # Stored before capped_searches existed, it may have passed more than it kept: the upgrade
    # marks it, so that only the searches matched since read exactly 500. (Stored at today's
    # schema with its mark taken away: the code of today writes columns added since.)
    store = await open_test_store(database_url)
    try:
        chat = await build_concierge(store, clock)
        await chat.handle_text(ALICE, "/add backend developer")
        postings = [
            posting_from_record(
                {"id": str(n), "title": "Backend Developer", "url": f"https://example.com/{n}"}
            )
            for n in range(intake.STORED_MATCHES)
        ]
        await chat.intake.record(postings)
        await write(store, "DELETE FROM capped_searches")
        await write(store, _marking_migration(database_url))
    finally:
        await store.close()
    store = await open_test_store(database_url)
    try:
        chat = await build_concierge(store, clock)
        for shown in _everywhere(await chat.handle_text(ALICE, "/list")):
            assert f"{intake.STORED_MATCHES}+ matches" in shown
    finally:
        await store.close()
