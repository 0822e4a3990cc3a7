"""PostgreSQL only: migrations under a lock, refusals in one line, lost connections survived.

The shared suites (store, service, digests, ingestion) run on PostgreSQL too; these tests cover
what only a server has: several processes at once, the network, a connection killed mid-write.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from adapters.console.notifier import ConsoleNotifier
from bot.supervise import Platform, supervise
from core.chat.replies import ErrorText
from core.chat.service import APOLOGY, build_concierge
from core.errors import PlatformError, SchemaTooNewError, StoreError
from core.matching import PARSER_VERSION, parse_query
from core.model import MatchCount, NewMatch, Posting, SearchChange
from core.postings.importing import posting_from_record
from core.postings.search_index import SearchIndex
from core.sources.ingest import SourceSpec
from core.sources.model import POLL_LEASE
from core.store.postgres.digests import DELIVERY_LEASE, DIGEST_LEASE
from core.store.postgres.migrations import SCHEMA_VERSION
from core.store.postgres.store import PostgresStore
from core.workers import Shard
from tests.conftest import (
    ALICE,
    BACKEND_POSTINGS,
    BOB,
    FakeClock,
    _on_server,
    posting,
    query,
    with_schema,
)
from tests.integrity import QUERIES, exhaustive_pairs, generated_records
from tests.pgproxy import Relay

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def named_url(pg_url: str) -> str:
    """The fresh schema's URL with an application_name, so a test kills only its own sessions."""
    schema = dict(p.split("=") for p in urlsplit(pg_url).query.split("&"))["search_path"]
    return f"{pg_url}&application_name={schema}"


def _kill_sessions(url: str) -> None:
    """Terminate every server session of this test's store (as a failover or restart would)."""
    name = url.rsplit("application_name=", 1)[1]
    _on_server(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE application_name = '{name}' AND pid != pg_backend_pid()"
    )


async def test_processes_starting_at_once_migrate_exactly_once(pg_url: str) -> None:
    # Each migration creates its tables without IF NOT EXISTS: a second run would fail.
    stores = await asyncio.gather(*(PostgresStore.open(pg_url) for _ in range(6)))
    try:
        assert await query(stores[0], "SELECT version FROM concierge_schema") == [(SCHEMA_VERSION,)]
        sub = await stores[1].subscriber(ALICE, FakeClock().now())
        assert (await stores[5].subscriber(ALICE, FakeClock().now())).id == sub.id
    finally:
        for store in stores:
            await store.close()


async def test_a_newer_schema_is_refused_in_one_line(pg_url: str) -> None:
    store = await PostgresStore.open(pg_url)
    await store._write_one("UPDATE concierge_schema SET version = $1", SCHEMA_VERSION + 1)
    await store.close()
    with pytest.raises(SchemaTooNewError) as refused:
        await PostgresStore.open(pg_url)
    message = str(refused.value)
    assert f"schema version {SCHEMA_VERSION + 1}" in message and "\n" not in message
    assert "upgrade Job Concierge" in message


async def test_an_empty_schema_gets_every_table_and_an_older_one_is_upgraded(pg_url: str) -> None:
    await (await PostgresStore.open(pg_url, target_version=0)).close()
    store = await PostgresStore.open(pg_url)
    try:
        assert await query(store, "SELECT version FROM concierge_schema") == [(SCHEMA_VERSION,)]
    finally:
        await store.close()


class _KillingIndex:
    """The real index, except that its first matching kills the store's server sessions."""

    def __init__(self, index: SearchIndex, url: str) -> None:
        self._index, self._url, self.kills = index, url, 0

    @property
    def shard(self) -> Shard | None:
        return self._index.shard

    @property
    def cursor(self) -> int:
        return self._index.cursor

    def apply(self, changes: Sequence[SearchChange], cursor: int) -> None:
        self._index.apply(changes, cursor)

    def passing(self, posting: Posting) -> Sequence[tuple[float, Sequence[int]]]:
        self._before_scoring()
        return self._index.passing(posting)

    def passing_by_id(self, posting: Posting) -> tuple[list[int], list[float]]:
        self._before_scoring()
        return self._index.passing_by_id(posting)

    def _before_scoring(self) -> None:
        if not self.kills:
            self.kills += 1
            _kill_sessions(self._url)  # mid-transaction: the postings are written, not committed


async def test_a_connection_lost_mid_batch_writes_the_batch_whole_on_the_retry(
    named_url: str,
) -> None:
    clock = FakeClock()
    store = await PostgresStore.open(named_url)
    try:
        service = await build_concierge(store, clock)
        await service.handle_text(ALICE, "/add senior backend engineer python")
        index = _KillingIndex(service.intake.index, named_url)
        recorded = await store.record_postings(BACKEND_POSTINGS, clock.now(), index)
        assert index.kills == 1
        assert recorded.outcomes == ["new"] * len(BACKEND_POSTINGS)  # not "unchanged": rolled back
        stored = await query(store, "SELECT COUNT(*) FROM matches")
        assert recorded.matches > 0 and stored == [(recorded.matches,)]
        assert "p1" in [m.posting.id for m in await store.unsent_matches(1)]
    finally:
        await store.close()


@pytest.fixture
async def proxy() -> AsyncIterator[Relay]:
    relay = Relay()
    await relay.up()
    yield relay
    await relay.down()


async def test_a_connection_lost_while_migrating_fails_opening_in_one_line(pg_url: str) -> None:
    relay = Relay(drop_on=b"concierge_schema")  # connects, then drops at the first schema query
    await relay.up()
    try:
        with pytest.raises(StoreError) as failed:
            await PostgresStore.open(relay.url(pg_url), patience=0.2)
    finally:
        await relay.down()
    assert str(failed.value).startswith("the database is unavailable: ")
    assert "\n" not in str(failed.value)


async def test_an_outage_gets_an_apology_and_work_resumes_when_the_database_returns(
    pg_url: str, proxy: Relay
) -> None:
    via_proxy = proxy.url(pg_url)
    clock = FakeClock()
    store = await PostgresStore.open(via_proxy, patience=0.5)
    try:
        service = await build_concierge(store, clock)
        await service.handle_text(ALICE, "/add senior backend engineer python")
        await proxy.down()
        assert await service.handle_text(ALICE, "/list") == (ErrorText(APOLOGY),)
        await proxy.up()
        listed = await service.handle_text(ALICE, "/list")
        assert "senior backend engineer python" in str(listed)
        # Back within the store's patience: the user never notices, the call is retried.
        store._patience = 10.0
        await proxy.down()
        pending = asyncio.create_task(service.handle_text(ALICE, "/add golang developer"))
        await asyncio.sleep(0.5)
        assert not pending.done()
        await proxy.up()
        assert "Saved search #2" in str(await pending)
        summary = await service.intake.record([posting("late", "Senior Backend Engineer")])
        assert summary.new == 1
    finally:
        await store.close()


async def test_a_database_url_password_never_shows_in_a_refusal() -> None:
    with pytest.raises(StoreError) as refused:
        await PostgresStore.open("postgresql://someone:s3cret@127.0.0.1:1/none")
    assert "s3cret" not in str(refused.value)
    assert str(refused.value).startswith("cannot connect to PostgreSQL at postgresql://someone@")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung server, a black hole)."""
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


async def test_a_server_that_never_answers_fails_the_start_after_the_connect_timeout(
    silent_server: int,
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{silent_server}/x?connect_timeout=0.5"
    with pytest.raises(StoreError, match=r"no answer within 0.5s"):
        await asyncio.wait_for(PostgresStore.open(url), timeout=10)


def test_the_schema_url_keeps_other_parameters() -> None:
    assert with_schema("postgresql://u@h:1/db", "s") == "postgresql://u@h:1/db?search_path=s"


async def test_searches_added_and_removed_by_another_process_mid_import_are_all_followed(
    pg_url: str,
) -> None:
    """Two processes: one imports in batches while the other adds, pauses and removes searches."""
    clock = FakeClock()
    importer_store = await PostgresStore.open(pg_url)
    chat_store = await PostgresStore.open(pg_url)
    try:
        chat = await build_concierge(chat_store, clock)
        importer = await build_concierge(importer_store, clock)
        await chat.handle_text(ALICE, f"/add {QUERIES[0]}")
        records = [posting_from_record(r) for r in generated_records(240)]

        async def import_in_batches() -> None:
            for start in range(0, len(records), 20):
                await importer.intake.record(records[start : start + 20])
                await asyncio.sleep(0)

        async def change_searches() -> None:
            for number, text in enumerate(QUERIES[1:6], start=2):
                await chat.handle_text(ALICE, f"/add {text}")
                await asyncio.sleep(0.01)
                if number == 3:
                    await chat.handle_text(ALICE, "/pause 2")
                if number == 5:
                    await chat.handle_text(ALICE, "/remove 1")

        await asyncio.gather(import_in_batches(), change_searches())
        rows = await query(
            chat_store,
            "SELECT m.search_id, p.id FROM matches m JOIN searches s ON s.id = m.search_id "
            "JOIN postings p ON p.ref = m.posting_ref WHERE s.active = 1",
        )
        stored = {(int(sid), str(pid)) for sid, pid in rows}
        assert stored and stored == await exhaustive_pairs(chat_store)
    finally:
        await importer_store.close()
        await chat_store.close()


class _AddingIndex(_KillingIndex):
    """The real index, except that mid-batch another process adds a search (in a thread)."""

    def __init__(self, index: SearchIndex, url: str) -> None:
        super().__init__(index, url)
        self.adder: threading.Thread | None = None

    def _before_scoring(self) -> None:
        if self.adder is None:

            async def add() -> None:
                store = await PostgresStore.open(self._url)
                try:
                    other = await build_concierge(store, FakeClock())
                    await other.handle_text(BOB, "/add senior backend engineer python")
                finally:
                    await store.close()

            self.adder = threading.Thread(target=asyncio.run, args=(add(),))
            self.adder.start()
            # Long enough for the other process to commit its search, were it not made to
            # wait for this batch (then it finds the batch's postings when it matches).
            self.adder.join(timeout=2.0)


async def test_a_search_added_by_another_process_mid_batch_matches_the_batch(
    pg_url: str,
) -> None:
    clock = FakeClock()
    store = await PostgresStore.open(pg_url)
    try:
        service = await build_concierge(store, clock)
        index = _AddingIndex(service.intake.index, pg_url)
        await store.record_postings(BACKEND_POSTINGS, clock.now(), index)
        assert index.adder is not None
        await asyncio.to_thread(index.adder.join)
        bob = await store.subscriber(BOB, clock.now())
        assert {m.posting.id for m in await store.best_matches(bob.id, 10)} >= {"p1", "p2"}
    finally:
        await store.close()


@pytest.fixture
async def two_processes(pg_url: str) -> AsyncIterator[tuple[PostgresStore, PostgresStore]]:
    """Two stores on one database, as two worker processes would have."""
    first = await PostgresStore.open(pg_url)
    second = await PostgresStore.open(pg_url)
    yield first, second
    await first.close()
    await second.close()


async def test_outbox_rows_are_claimed_by_one_worker_and_taken_over_after_the_lease(
    two_processes: tuple[PostgresStore, PostgresStore],
) -> None:
    first, second = two_processes
    now = FakeClock().now()
    for n in range(12):
        subscriber = await first.subscriber(replace(ALICE, user=f"u{n}"), now)
        await first.enqueue(subscriber, "alert", "[]", [], now, None)
    claims = await asyncio.gather(
        first.pending_deliveries(now, {"console"}, 5),
        second.pending_deliveries(now, {"console"}, 5),
        first.pending_deliveries(now, {"console"}, 5),
    )
    ids = [item.id for claim in claims for item in claim]
    assert sorted(ids) == list(range(1, 13))  # each row once, to one worker
    assert await second.pending_deliveries(now, {"console"}) == []
    await first.delivery_succeeded(ids[0], now)
    # The workers died without recording the others: after the lease they are due again.
    later = now + DELIVERY_LEASE + timedelta(seconds=1)
    again = await second.pending_deliveries(later, {"console"})
    assert sorted(item.id for item in again) == sorted(ids[1:])


async def test_due_digests_are_claimed_once_and_keep_their_due_time(
    two_processes: tuple[PostgresStore, PostgresStore],
) -> None:
    first, second = two_processes
    now = FakeClock().now()
    for n in range(8):
        subscriber = await first.subscriber(replace(ALICE, user=f"u{n}"), now)
        due = now - timedelta(minutes=n)
        await first.save_settings(subscriber.id, replace(subscriber.settings, next_digest_at=due))
    claims = await asyncio.gather(first.due_subscribers(now, 3), second.due_subscribers(now, 10))
    claimed = [s for claim in claims for s in claim]
    assert sorted(s.key.user for s in claimed) == [f"u{n}" for n in range(8)]
    assert {s.key.user: s.settings.next_digest_at for s in claimed}["u7"] == now - timedelta(
        minutes=7
    )
    assert await first.due_subscribers(now) == []
    assert len(await second.due_subscribers(now + DIGEST_LEASE + timedelta(seconds=1))) == 8


async def test_due_sources_are_claimed_by_one_poller(
    two_processes: tuple[PostgresStore, PostgresStore],
) -> None:
    first, second = two_processes
    now = FakeClock().now()
    for n in range(4):
        await first.add_source(SourceSpec("greenhouse", f"board{n}"), 1800, now)
    claims = await asyncio.gather(first.due_sources(now), second.due_sources(now))
    assert sorted(s.name for claim in claims for s in claim) == [f"board{n}" for n in range(4)]
    assert await first.due_sources(now + timedelta(minutes=1)) == []
    assert len(await second.due_sources(now + POLL_LEASE + timedelta(seconds=1))) == 4


async def test_a_platform_keeps_being_retried_while_its_state_cannot_be_recorded(
    pg_url: str, proxy: Relay
) -> None:
    parts = urlsplit(pg_url)
    store = await PostgresStore.open(
        parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}").geturl(), patience=0.2
    )
    runs = 0
    stop = asyncio.Event()

    async def run(
        ready: Callable[[], Awaitable[None]], lost: Callable[[str], Awaitable[None]]
    ) -> None:
        nonlocal runs
        runs += 1
        if runs == 3:
            await proxy.up()  # the database is back: the next state is recorded again
            await ready()
            await stop.wait()
            return
        raise PlatformError("down")

    notifier = ConsoleNotifier(io.StringIO())
    await proxy.down()
    try:
        await asyncio.wait_for(
            asyncio.gather(
                supervise(Platform("console", run, notifier), stop, store, {}, first_retry=0.01),
                _stop_when_running(store, stop),
            ),
            timeout=30,
        )
    finally:
        await store.close()
    assert runs == 3


async def _stop_when_running(store: PostgresStore, stop: asyncio.Event) -> None:
    """Set stop once the platform's state reads running."""
    while True:
        with contextlib.suppress(StoreError):
            if [s.state for s in await store.platform_states()] == ["running"]:
                stop.set()
                return
        await asyncio.sleep(0.05)


async def test_a_scheduled_poll_claims_its_source_so_one_process_polls_it(
    two_processes: tuple[PostgresStore, PostgresStore],
) -> None:
    first, second = two_processes
    now = FakeClock().now()
    source = await first.add_source(SourceSpec("greenhouse", "acme"), 1800, now)
    assert source is not None
    lease = now + POLL_LEASE
    claims = await asyncio.gather(
        first.claim_source(source.id, now, lease), second.claim_source(source.id, now, lease)
    )
    assert [claim is not None for claim in claims].count(True) == 1
    assert await first.claim_source(source.id, now + timedelta(minutes=9), lease) is None
    taken_over = await second.claim_source(source.id, lease, lease + POLL_LEASE)
    assert taken_over is not None and taken_over.next_run_at == lease


async def _pairs(store: PostgresStore) -> set[tuple[int, str]]:
    """(search id, posting id) of the stored matches of active searches and open postings."""
    rows = await query(
        store,
        "SELECT m.search_id, p.id FROM matches m JOIN searches s ON s.id = m.search_id "
        "JOIN postings p ON p.ref = m.posting_ref WHERE s.active = 1 AND p.closed_at IS NULL",
    )
    return {(int(sid), str(pid)) for sid, pid in rows}


async def test_a_scan_cut_short_is_finished_by_the_next_process_that_records(pg_url: str) -> None:
    clock = FakeClock()
    chat_store = await PostgresStore.open(pg_url)
    importer_store = await PostgresStore.open(pg_url)
    try:
        importer = await build_concierge(importer_store, clock)  # its index loaded before /add
        records = [posting_from_record(r) for r in generated_records(300)]
        await importer.intake.record(records[:250])
        subscriber = await chat_store.subscriber(ALICE, clock.now())
        text = "backend engineer python"
        search = await chat_store.add_search(
            subscriber.id,
            text,
            parse_query(text).to_json(),
            PARSER_VERSION,
            "normal",
            25,
            clock.now(),
        )
        assert search is not None

        def killed(postings: Sequence[Posting]) -> list[NewMatch]:
            raise RuntimeError("the process died here")

        with pytest.raises(RuntimeError):
            await chat_store.rescore_search(search.id, killed, clock.now())
        assert await chat_store.unfinished_scans() == [(search, 0)]
        assert await _pairs(chat_store) == set()
        await importer.intake.record(records[250:])
        assert await chat_store.unfinished_scans() == []
        pairs = await _pairs(chat_store)
        assert pairs == await exhaustive_pairs(chat_store)
        assert any(pid in {f"g{n}" for n in range(250)} for _, pid in pairs)  # scanned, not new
    finally:
        await importer_store.close()
        await chat_store.close()


async def test_a_scan_cut_short_midway_resumes_where_it_got_and_resume_or_sensitivity_rescan(
    pg_url: str,
) -> None:
    clock = FakeClock()
    store = await PostgresStore.open(pg_url)
    try:
        service = await build_concierge(store, clock)
        await service.intake.record([posting_from_record(r) for r in generated_records(200)])
        await service.handle_text(ALICE, "/add software developer remote")
        [search] = await store.active_searches()
        assert await store.unfinished_scans() == []
        # As if the scan died after the postings up to ref 100.
        await store._write_one(
            "DELETE FROM matches WHERE search_id = $1 AND posting_ref > 100", search.id
        )
        await store._write_one(
            "INSERT INTO search_scans (search_id, after_ref) VALUES ($1, 100)", search.id
        )
        assert await store.unfinished_scans() == [(search, 100)]
        assert await _pairs(store) != await exhaustive_pairs(store)
        await build_concierge(store, clock)  # the next process to start
        assert await store.unfinished_scans() == []
        assert await _pairs(store) == await exhaustive_pairs(store)
        # The triggers: a resumed search and a new sensitivity start a scan from the first ref.
        assert await store.set_search_active(search.subscriber_id, search.id, False)
        assert await store.unfinished_scans() == []
        assert await store.set_search_active(search.subscriber_id, search.id, True)
        assert [ref for _, ref in await store.unfinished_scans()] == [0]
        await store._write_one("DELETE FROM search_scans")
        assert await store.set_search_sensitivity(search.subscriber_id, search.id, "loose")
        assert [ref for _, ref in await store.unfinished_scans()] == [0]
    finally:
        await store.close()


async def test_the_upgrade_names_matches_by_posting_ref_keeping_reasons_and_cascades(
    pg_url: str,
) -> None:
    await (await PostgresStore.open(pg_url, target_version=1)).close()
    at = "2026-12-01T08:00:00.000000+00:00"
    store = await PostgresStore.open(pg_url, target_version=1)
    try:
        await store._write_one(
            "INSERT INTO subscribers (id, platform, workspace, user_id, chat_id, created_at) "
            "VALUES (1, 'console', 'local', 'alice', 'terminal', $1)",
            at,
        )
        for sid, text in ((1, "go developer"), (2, "python")):
            await store._write_one(
                "INSERT INTO searches (id, subscriber_id, raw_text, parsed_json, parser_version, "
                "created_at, query_key) VALUES ($1, 1, $2, '{}', 0, $3, $2)",
                sid,
                text,
                at,
            )
        for pid, title, ref in (("import:a", "Go Developer", 7), ("import:b", "Python Dev", 9)):
            await store._write_one(
                "INSERT INTO postings (id, source, title, first_seen, updated_at, ref) "
                "VALUES ($1, 'import', $2, $3, $3, $4)",
                pid,
                title,
                at,
                ref,
            )
        for sid, pid, score, reasons, notify in (
            (1, "import:a", 81.5, '["title ≈ \\"go developer\\" (100)"]', 1),
            (2, "import:a", 60.25, "[]", 1),
            (2, "import:b", 70.0, "[]", 0),
        ):
            await store._write_one(
                "INSERT INTO matches (search_id, posting_id, score, reasons_json, matched_at, "
                "notify) VALUES ($1, $2, $3, $4, $5, $6)",
                sid,
                pid,
                score,
                reasons,
                at,
                notify,
            )
    finally:
        await store.close()
    store = await PostgresStore.open(pg_url)
    try:
        best = await store.best_matches(1, 10)
        assert [(m.posting.id, m.score, m.search_ids, m.ref) for m in best] == [
            ("import:a", 81.5, (1, 2), 7),
            ("import:b", 70.0, (2,), 9),
        ]
        assert best[0].reasons == ('title ≈ "go developer" (100)',) and best[1].reasons == ()
        assert [m.posting.id for m in await store.unsent_matches(1)] == ["import:a"]  # notify 0
        assert await store.match_counts(1, 500) == {1: MatchCount(1), 2: MatchCount(2)}
        assert await store.searches_matching(1, "import:a") == [1, 2]
        await store._write_one("DELETE FROM postings WHERE id = 'import:b'")
        rows = await query(store, "SELECT posting_ref, search_id FROM matches ORDER BY 1, 2")
        assert rows == [(7, 1), (7, 2)]
        await store._write_one("DELETE FROM subscribers WHERE id = 1")  # cascades to searches
        assert await query(store, "SELECT COUNT(*) FROM matches") == [(0,)]
    finally:
        await store.close()


async def test_a_posting_change_committed_after_a_later_one_is_not_skipped(pg_url: str) -> None:
    """Ids are given when a change is written, commits come in any order: the reader waits."""
    import asyncpg

    clock = FakeClock()
    store = await PostgresStore.open(pg_url)
    writer = await asyncpg.connect(pg_url)
    try:
        await store.upsert_postings([posting("first", "Go Developer")], clock.now())
        page = await store.open_postings_page()
        cursor = page.cursor
        assert [p.id for p in page.postings] == ["first"]
        slow = writer.transaction()
        await slow.start()
        await writer.execute(  # logged under a smaller id than the next one, not yet committed
            "INSERT INTO postings (id, source, title, first_seen, updated_at) "
            "VALUES ('slow', 'import', 'Python Developer', '', '')"
        )
        await store.upsert_postings([posting("quick", "Rust Developer")], clock.now())
        reading = asyncio.ensure_future(store.posting_changes(cursor))
        await asyncio.sleep(0.5)
        assert not reading.done()  # it waits for the change in flight
        await slow.commit()
        changes, reached = await reading
        assert sorted(pid for pid, _ in changes) == ["quick", "slow"]
        assert await store.posting_changes(reached) == ([], reached)
        assert await store.posting_change_cursor() == reached
    finally:
        await writer.close()
        await store.close()
