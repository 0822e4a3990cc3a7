"""`concierge search` ranks only the candidates the saved index snapshot names, and finds
exactly what ranking every open posting finds, on both stores, as postings change."""

from __future__ import annotations

from dataclasses import replace

from core.chat.service import build_concierge
from core.matching import parse_query, rank
from core.matching.features import features
from core.model import Posting
from core.postings.importing import posting_from_record
from core.postings.lookup import SNAPSHOT, stored_matches
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock
from tests.integrity import QUERIES, generated_records

Found = list[tuple[str, float, tuple[str, ...]]]


def _postings(start: int, count: int) -> list[Posting]:
    records = generated_records(start + count)[start:]
    return [posting_from_record(r) for r in records]


async def _both(store: SqliteStore, text: str) -> tuple[Found, Found]:
    """(what the one-off search finds, what ranking every open posting finds)."""
    query = parse_query(text)
    found = await stored_matches(store, query, "normal")
    every = rank(query, await store.open_postings(), "normal")
    return (
        [(p.id, r.score, r.reasons) for p, r in found],
        [(p.id, r.score, r.reasons) for p, r in every],
    )


async def test_the_one_off_search_equals_ranking_every_open_posting_as_postings_change(
    store: SqliteStore, clock: FakeClock
) -> None:
    await store.upsert_postings(_postings(0, 150), clock.now())
    for text in QUERIES:
        mine, every = await _both(store, text)
        assert mine == every
    saved = await store.snapshot(SNAPSHOT)
    assert saved is not None
    # Changed since the snapshot: new postings, a retitled one, closed ones.
    await store.upsert_postings(_postings(150, 40), clock.now())
    retitled = replace(_postings(3, 1)[0], title="Accountant")
    await store.upsert_postings([retitled], clock.now())
    closed = await store.close_missing("g1", [], clock.now())  # g1, g10-g19, g100-g199
    assert closed
    features.cache_clear()
    for text in QUERIES:
        mine, every = await _both(store, text)
        assert mine == every
        assert not {posting_id for posting_id, _, _ in mine} & set(closed)
    assert await store.snapshot(SNAPSHOT) == saved  # caught up, not made again
    assert any(pid == "g3" for pid, _, _ in (await _both(store, "accountant"))[0])


async def test_only_the_candidates_are_analysed(store: SqliteStore, clock: FakeClock) -> None:
    postings = _postings(0, 300)
    await store.upsert_postings(postings, clock.now())
    query = parse_query("accountant")
    await stored_matches(store, query, "normal")  # the first search makes the snapshot
    features.cache_clear()
    found = await stored_matches(store, query, "normal")
    assert found
    analysed = features.cache_info().misses
    assert len(found) <= analysed < len(postings) // 4


async def test_a_damaged_snapshot_is_made_again(store: SqliteStore, clock: FakeClock) -> None:
    await store.upsert_postings(_postings(0, 60), clock.now())
    await store.save_snapshot(SNAPSHOT, b"posting-index-snapshot 1\n{not json")
    mine, every = await _both(store, "java developer")
    assert mine == every
    saved = await store.snapshot(SNAPSHOT)
    assert saved is not None and saved.startswith(b"posting-index-snapshot 1\n{")


async def test_the_service_saves_the_snapshot_it_builds(
    store: SqliteStore, clock: FakeClock
) -> None:
    postings = _postings(0, 300)
    await store.upsert_postings(postings, clock.now())
    service = await build_concierge(store, clock)
    await service.intake.load_postings()
    assert await store.snapshot(SNAPSHOT) is not None
    features.cache_clear()
    query = parse_query("accountant")
    found = await stored_matches(store, query, "normal")
    assert found and features.cache_info().misses < len(postings) // 4  # not made again
    assert [p.id for p, _ in found] == [p.id for p, _ in rank(query, postings, "normal")]
