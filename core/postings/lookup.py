"""One search against the stored open postings without analysing them all: the saved
snapshot of the index over open postings names the candidates, which alone are read and
scored, exactly as ranking every open posting would."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from core.errors import ChangesPrunedError
from core.matching import MatchResult, ParsedQuery, PostingIndex, rank, silent, tips
from core.matching.features import analyse
from core.matching.postings_snapshot import IndexSkeleton, encode
from core.model import Posting, Sensitivity
from core.ports import PostingReader, PostingStore, SnapshotStore

log = logging.getLogger(__name__)
SNAPSHOT = "posting index"  # the snapshots row of the index over open postings
# Postings changed since the snapshot past which it is made again (and saved) rather than
# the changed ones scored one by one on every search.
REBUILD_AFTER = 1000
PAGE = 2000  # open postings read at a time while the index over them is built
PagePut = Callable[[PostingIndex, Sequence[Posting]], None]


class LookupStore(PostingReader, PostingStore, SnapshotStore, Protocol):
    """What a one-off search reads: the snapshot, the changes since, the candidates."""


async def stored_matches(
    store: LookupStore, query: ParsedQuery, sensitivity: Sensitivity
) -> list[tuple[Posting, MatchResult]]:
    """What rank(query, every open posting, sensitivity) returns, reading only candidates."""
    skeleton, changed = await _skeleton(store)
    ids = await asyncio.to_thread(skeleton.candidate_ids, query, sensitivity)
    ids += [posting_id for posting_id, posting in changed.items() if posting is not None]
    postings = await store.open_postings_among(ids)
    return await asyncio.to_thread(rank, query, postings, sensitivity)


async def stored_left_out(
    store: LookupStore, query: ParsedQuery, sensitivity: Sensitivity
) -> list[str]:
    """What silent.left_out says of every open posting (the ids passing the search but for
    naming no sector it asks for), reading only candidates; none when it asks no sector."""
    if sensitivity == "loose" or not silent.uncapped(query):
        return []
    skeleton, changed = await _skeleton(store)
    ids = await asyncio.to_thread(skeleton.candidate_ids, query, sensitivity)
    ids += [posting_id for posting_id, posting in changed.items() if posting is not None]
    postings = await store.open_postings_among(ids)
    return await asyncio.to_thread(silent.left_out, query, postings, sensitivity)


async def stored_gain(
    store: LookupStore,
    query: ParsedQuery,
    sensitivity: Sensitivity,
    found: int,
) -> tips.Gain | None:
    """What tips.best_gain says of every open posting (the relaxation of a search passing
    `found` postings that finds the most more), each relaxed search read as stored_matches reads
    one: the candidates they share read once. Within tips.STORED_SECONDS (wall): past them, None."""
    if not tips.wanted(query, found):
        return None
    seconds = tips.STORED_SECONDS
    deadline = time.monotonic() + seconds
    skeleton, changed = await _skeleton(store)
    fresh = [posting_id for posting_id, posting in changed.items() if posting is not None]
    read: dict[str, Posting] = {}
    gain = None
    for loose in (False, True):  # loose only when leaving out no one part finds more
        counted: list[tuple[tips.Relaxed, int, bool]] = []
        for relaxed in tips.relaxations(query, sensitivity):
            if (relaxed.kind == "loose") != loose or gain is not None:
                continue
            if time.monotonic() >= deadline:
                log.info("no tip: counting the relaxed searches took over %.1f s", seconds)
                return None
            ids = await asyncio.to_thread(
                skeleton.candidate_ids, relaxed.query, relaxed.sensitivity
            )
            ids += fresh
            unread = [posting_id for posting_id in ids if posting_id not in read]
            read.update((p.id, p) for p in await store.open_postings_among(unread))
            postings = [read[posting_id] for posting_id in dict.fromkeys(ids) if posting_id in read]
            passed = await asyncio.to_thread(rank, relaxed.query, postings, relaxed.sensitivity)
            counted.append((relaxed, len(passed), True))
        gain = gain or tips.most(found, counted)
    return gain


async def _skeleton(store: LookupStore) -> tuple[IndexSkeleton, dict[str, Posting | None]]:
    """The saved snapshot (made again when missing, stale or too far behind), with the
    postings changed since it was taken left out of it and returned as they are now."""
    data = await store.snapshot(SNAPSHOT)
    skeleton = await asyncio.to_thread(IndexSkeleton.decode, data) if data else None
    rebuilt = False
    while True:
        if skeleton is None:
            skeleton = await rebuild_snapshot(store)
            rebuilt = True
        changed: dict[str, Posting | None] = {}
        cursor = skeleton.cursor
        try:
            while rebuilt or len(changed) <= REBUILD_AFTER:
                changes, cursor = await store.posting_changes(cursor)
                if not changes:
                    for posting_id in changed:
                        skeleton.drop(posting_id)
                    return skeleton, changed
                changed.update(changes)
        except ChangesPrunedError:
            if rebuilt:
                raise
        log.info("the posting index snapshot is too far behind: making it again")
        skeleton = None


async def rebuild_snapshot(store: LookupStore) -> IndexSkeleton:
    """Analyse every open posting, save the snapshot (when the store can be written) and
    return its skeleton."""
    index, cursor = await index_open_postings(store)
    data = await asyncio.to_thread(encode, index, cursor)
    del index
    await save_snapshot(store, data)
    skeleton = IndexSkeleton.decode(data)
    assert skeleton is not None
    return skeleton


async def save_snapshot(store: SnapshotStore, data: bytes) -> None:
    """Save a snapshot; a store that cannot be written (opened read-only) keeps none."""
    try:
        await store.save_snapshot(SNAPSHOT, data)
    except Exception as exc:  # a cache: a reader without write access goes on without it
        log.info("could not save the posting index snapshot: %s", exc)


def put_page(index: PostingIndex, postings: Sequence[Posting]) -> None:
    """Index these postings (each analysed once, uncached)."""
    for posting in postings:
        index.put(posting, analyse(posting))


def _put_and_let_go(put: PagePut, index: PostingIndex, postings: list[Posting]) -> None:
    """Index a page, then empty it: the worker thread's finished task may still hold the
    list when the next page is read."""
    put(index, postings)
    postings.clear()


async def index_open_postings(
    store: PostingStore, put: PagePut = put_page, size: int | None = None
) -> tuple[PostingIndex, int]:
    """An index over every open posting and the posting change cursor it reflects, the
    postings read a page at a time and put in a worker thread: one page of them is held at
    once (the index keeps no description), however many are open."""
    size = size or PAGE
    index = PostingIndex()
    after, cursor = 0, None
    while True:
        page = await store.open_postings_page(after, size)
        # Later pages may be newer than the first page's cursor: the changes after it are
        # applied again as they are then, which changes nothing.
        cursor = page.cursor if cursor is None else cursor
        after, done = page.last, len(page.postings) < size
        await asyncio.to_thread(_put_and_let_go, put, index, page.postings)
        del page  # not held while the next page is read
        if done:
            return index, cursor
