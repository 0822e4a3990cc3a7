"""Recording postings and keeping the stored matches in step with searches."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from dataclasses import dataclass, replace

from core.errors import ChangesPrunedError, SearchGoneError, StoreError
from core.matching import Found, ParsedQuery, PostingIndex, rank, tips
from core.matching.postings_snapshot import encode
from core.matching.tips import COUNTED, Gain, best_gain
from core.model import NewMatch, Posting, SavedSearch, Sensitivity
from core.ports import Clock, IntakeStore, Scorer
from core.postings.lookup import REBUILD_AFTER, index_open_postings, put_page, save_snapshot
from core.postings.search_index import SearchIndex
from core.searches.stored import stored_query
from core.workers import WHOLE

log = logging.getLogger(__name__)
# The best matches stored when a search is (re)matched: a query matching most of the corpus
# ("developer") stores and shows these and says how many more pass, never a million rows.
STORED_MATCHES = 500
RESCORED_IN_TRANSACTION = 200  # posting changes scored again while storing, at most (mostly)
FREEZE_EVERY = 1000  # postings indexed between two gc.freeze calls (see _freeze)
ATTEMPTS = 3  # finds before the changes meanwhile are scored in the transaction, however many


@dataclass(frozen=True, slots=True)
class IntakeSummary:
    """What recording a batch of postings did."""

    new: int
    updated: int
    unchanged: int
    matches: int
    closed: int = 0  # of them, past their closing date: stored closed, offered to no one


class Intake:
    """Records postings and matches them against every active search via the index.

    The index follows the search changes every process logs in the store (a search added,
    removed, paused, resumed or re-tuned from a chat or another CLI process), catching up
    inside each transaction that stores matches. With matching off (match shards run:
    core.postings.shards) it holds no search: postings are recorded with a note on how the
    shards are to match them, and a new search still gets its matches among the open postings.
    """

    def __init__(self, store: IntakeStore, index: SearchIndex, clock: Clock) -> None:
        """Wire the intake over a search index; Intake.load builds one with the index filled.

        The index over open postings is loaded on first use (load_postings), then kept in step
        with the posting change log.
        """
        self._store = store
        self.index = index
        self._clock = clock
        self._matching = index.shard is not None
        self._postings: PostingIndex | None = None
        self._posting_cursor = 0
        # Catching the index up (or building it) is exclusive; searches share it, each in a
        # worker thread: _reading counts them, and a catch-up waits until none is running.
        self._postings_lock = asyncio.Lock()
        self._readers = 0
        self._no_readers = asyncio.Event()
        self._no_readers.set()
        self._preload: asyncio.Task[int] | None = None
        self._unsaved = 0  # posting changes applied since the index's snapshot was saved
        self._shapes: list[str] = []  # the snapshot's encoded title shapes, reused
        # Searches whose cut-short scan this process finished (an /add's late matching the
        # last process never got to show), by id: taken by the chat that shows them.
        self.finished_scans: dict[int, tuple[SavedSearch, Found]] = {}

    @classmethod
    async def load(cls, store: IntakeStore, clock: Clock, *, matching: bool = True) -> Intake:
        """Build the search index from every active search in the store (none when the match
        shards do the matching)."""
        index = await SearchIndex.load(store, WHOLE if matching else None)
        intake = cls(store, index, clock)
        await intake.finish_scans()
        return intake

    @property
    def indexed_searches(self) -> int:
        """How many searches the index holds."""
        return len(self.index)

    async def match_search(self, search: SavedSearch, query: ParsedQuery) -> Found:
        """Index a search and store its best matches among all open postings.

        The open postings are searched in a worker thread; the matches are stored in one short
        transaction, which scores again only the postings changed meanwhile (by any process).
        Raises SearchGoneError, the search dropped from the index again, when it was deleted
        meanwhile (a /remove while its matches were found).
        """
        self.index.add(search, query)
        try:
            return await self._store_best(search, query)
        except SearchGoneError:
            self.index.remove(search.id)
            raise

    async def _store_best(self, search: SavedSearch, query: ParsedQuery) -> Found:
        """Replace a search's stored matches with its best among the open postings (the
        index searched in a worker thread); this also finishes a scan left cut short."""
        score = _scorer(search, query)
        for attempt in range(2):
            found, cursor = await self._find(query, search.sensitivity)
            matches = [
                NewMatch(search.id, posting.id, result.score, result.reasons)
                for posting, result in found.matches
            ]
            try:
                await self._store.store_search_matches(
                    search.id,
                    matches,
                    cursor,
                    self._clock.now(),
                    score,
                    more=found.capped,
                )
            except ChangesPrunedError:
                # A prune took changes made while we searched: search a rebuilt index.
                if attempt:
                    raise
                self._postings = None
                self._shapes = []
            else:
                break
        return found

    async def _find(self, query: ParsedQuery, sensitivity: Sensitivity) -> tuple[Found, int]:
        """A search's best matches among the open postings, and the change cursor they reflect."""
        for _ in range(ATTEMPTS):
            async with self._reading() as (index, cursor):
                found, silent, gain = await asyncio.to_thread(answer, index, query, sensitivity)
            # Many postings changed meanwhile (an import): find again rather than score them
            # while holding the write lock.
            if await self._store.posting_change_cursor() - cursor <= RESCORED_IN_TRANSACTION:
                break
        if silent:  # one per job, as the matches are shown
            roots = await self._store.job_roots([posting.id for posting in silent])
            found = replace(found, left_out=len({roots.get(p.id, p.id) for p in silent}))
        return replace(found, relaxed=gain), cursor

    async def finish_scans(self) -> None:
        """Finish the scans of searches that a process left cut short: their best matches
        found again through the index, off the event loop, as /add stores them."""
        try:
            for search, after in await self._store.unfinished_scans():
                log.info(
                    "finishing the scan of search %d (it got past posting ref %d)", search.id, after
                )
                found = await self._store_best(search, stored_query(search))
                self.finished_scans[search.id] = (search, found)
        except StoreError as exc:  # the database is down: its retries were logged
            log.warning("could not finish the cut-short search scans yet: %s", exc)
        except Exception:
            # Left for a later call (its mark stays): it must not fail a start or a batch.
            log.warning("could not finish the cut-short search scans yet", exc_info=True)

    async def search_open_postings(
        self,
        query: ParsedQuery,
        sensitivity: Sensitivity,
        limit: int | None = None,
        explain: bool = True,
        among: Callable[[Posting], bool] | None = None,
    ) -> Found:
        """The open postings a query passes, best first (at most limit), stored nowhere;
        among: only those it keeps (asked in a worker thread, of the few that can pass)."""
        async with self._reading() as (index, _):
            return await asyncio.to_thread(index.search, query, sensitivity, limit, explain, among)

    @contextlib.asynccontextmanager
    async def _reading(self) -> AsyncIterator[tuple[PostingIndex, int]]:
        """The index caught up, and the posting change cursor it reflects, unchanged until
        the block ends: other searches may read it meanwhile, a catch-up waits."""
        async with self._postings_lock:
            index = await self._catch_up_postings()
            cursor = self._posting_cursor
            self._readers += 1
            self._no_readers.clear()
        try:
            yield index, cursor
        finally:
            self._readers -= 1
            if not self._readers:
                self._no_readers.set()

    async def ready(self) -> bool:
        """Whether a search can be matched now: the index over open postings is built and at
        most REBUILD_AFTER changes behind (else its build is started, if it was not)."""
        if self._postings is not None:
            behind = await self._store.posting_change_cursor() - self._posting_cursor
            if behind <= REBUILD_AFTER:
                return True
        self.preload()
        return False

    def preload(self) -> None:
        """Start building the index over open postings in the background (chats meanwhile
        answer; the first search waits for it)."""
        if self._preload is None or (self._preload.done() and self._postings is None):
            self._preload = asyncio.create_task(self.load_postings(), name="posting index")

    async def close(self) -> None:
        """Stop a background load of the index over open postings still running."""
        if self._preload is not None and not self._preload.done():
            self._preload.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._preload

    async def load_postings(self) -> int:
        """Build the index over open postings now (else the first search does); their count."""
        async with self._postings_lock:
            return len(await self._catch_up_postings())

    async def _catch_up_postings(self) -> PostingIndex:
        """The index over open postings, loaded or caught up on the posting changes any
        process logged since it last looked; built anew when changes it had not read were
        pruned (core.retention). Its snapshot is saved after a build and after every
        REBUILD_AFTER changes, for one-off searches (core.postings.lookup)."""
        while True:
            if self._postings is None:
                built = await index_open_postings(self._store, _put_page)
                self._postings, self._posting_cursor = built
                log.info("posting index loaded: %d open postings", len(self._postings))
                self._unsaved = REBUILD_AFTER
            index = self._postings
            try:
                changes, cursor = await self._store.posting_changes(self._posting_cursor)
            except ChangesPrunedError:
                log.info("posting changes were pruned past the index: rebuilding it")
                self._postings = None
                self._shapes = []
                continue
            if not changes:
                break
            await self._no_readers.wait()  # searches in worker threads read it: let them end
            await asyncio.to_thread(_apply, index, changes)
            self._posting_cursor = cursor
            self._unsaved += len(changes)
        if self._unsaved >= REBUILD_AFTER:
            data = await asyncio.to_thread(encode, index, self._posting_cursor, self._shapes)
            await save_snapshot(self._store, data)
            self._unsaved = 0
        return index

    def forget_search(self, search_id: int) -> None:
        """Stop matching new postings against a search."""
        self.index.remove(search_id)

    async def record(
        self,
        postings: Sequence[Posting],
        *,
        notify: bool = True,
        duplicates: Collection[str] = frozenset(),
        rematch: Collection[str] = frozenset(),
    ) -> IntakeSummary:
        """Store postings and match the new or changed ones against every active search.

        A posting is committed together with its matches. With notify False (a new source's
        silent first poll) the matches are stored for /jobs but never pushed in digests or
        alerts. Postings in duplicates (the same job as a posting of another source) are
        stored with no matches, so one card shows the job; those in rematch are matched (or
        cleared) even when unchanged. With matching off, the shards match them (_note_after).
        """
        await self.finish_scans()
        now = self._clock.now()
        # Past its closing date: stored (so it counts as closed) and offered to no one.
        passed = {p.id for p in postings if p.closes_at is not None and p.closes_at < now}
        duplicates = {*duplicates, *passed} if passed else duplicates
        noted: list[tuple[str, bool, bool]] = []
        if not self._matching:
            # Written first, so that a shard reading the new postings finds them.
            noted = [(p.id, notify, p.id not in duplicates) for p in postings]
            noted = [note for note in noted if not (note[1] and note[2])]
            await self._store.note_postings(noted)
        recorded = await self._store.record_postings(
            postings,
            now,
            self.index,
            rematch=rematch,
            duplicates=duplicates,
            notify=notify,
        )
        outcomes = recorded.outcomes
        if passed:
            await self._store.close_passed(now)
        if not self._matching:
            await self._note_after(postings, outcomes, noted, rematch)
        return IntakeSummary(
            new=outcomes.count("new"),
            updated=outcomes.count("updated"),
            unchanged=outcomes.count("unchanged"),
            matches=recorded.matches,
            closed=len(passed),
        )

    async def _note_after(
        self,
        postings: Sequence[Posting],
        outcomes: Sequence[str],
        noted: Sequence[tuple[str, bool, bool]],
        rematch: Collection[str],
    ) -> None:
        """Clear the older notes of the postings recorded now to be matched as usual, and log
        again those (and the ones in rematch), so that every shard matches them as noted now."""
        quiet = {pid for pid, _, _ in noted}
        touched = [
            p.id
            for p, outcome in zip(postings, outcomes, strict=True)
            if (outcome != "unchanged" or p.id in rematch) and p.id not in quiet
        ]
        cleared = await self._store.clear_posting_notes(touched)
        await self._store.relog_postings(sorted({*rematch, *cleared}))

    async def match_postings(self, postings: Sequence[Posting], *, notify: bool) -> int:
        """Match stored postings again, replacing their matches; how many were found (0 with
        matching off: the shards match them again)."""
        ids = [posting.id for posting in postings]
        if not self._matching:
            await self._store.note_postings([(pid, notify, True) for pid in ids])
            await self._store.relog_postings(ids)
            return 0
        return await self._store.rematch_postings(ids, self._clock.now(), self.index, notify=notify)


def _scorer(search: SavedSearch, query: ParsedQuery) -> Scorer:
    """The matches of one search among a chunk of postings, scored exhaustively."""

    def score(postings: Sequence[Posting]) -> list[NewMatch]:
        ranked = rank(query, postings, search.sensitivity)
        return [NewMatch(search.id, p.id, r.score, r.reasons) for p, r in ranked]

    return score


def _put_page(index: PostingIndex, postings: Sequence[Posting]) -> None:
    """Index a page of open postings, then freeze what they added (see _freeze)."""
    put_page(index, postings)
    _freeze()


def _apply(index: PostingIndex, changes: Sequence[tuple[str, Posting | None]]) -> None:
    """Put the postings open now, drop the others."""
    for posting_id, posting in changes:
        if posting is None:
            index.drop(posting_id)
        else:
            index.put(posting)
    if len(changes) >= FREEZE_EVERY:
        _freeze()


def _freeze() -> None:
    """Keep the index's objects out of the garbage collector's full passes.

    They are many (millions at 1M postings) and never form cycles, yet a full pass walks
    them all while holding the GIL: 0.7-1.2 s at 57k postings, stalling every chat. Frozen,
    they are still freed by reference counting; young cycles are collected first.
    """
    gc.collect(1)
    gc.freeze()


def answer(
    index: PostingIndex, query: ParsedQuery, sensitivity: Sensitivity
) -> tuple[Found, list[Posting], Gain | None]:
    """A new search's best matches (no reasons: cards work them out when a match is shown), the
    postings passing but for naming no sector asked, and, when none is, the tip for few or none:
    each of these two within tips.SECONDS (wall), else not said. CPU work: call it off the chat's
    loop."""
    found = index.search(query, sensitivity, STORED_MATCHES, False)
    seconds = tips.SECONDS
    silent = index.left_out(query, sensitivity, time.monotonic() + seconds)
    if silent is None:  # not counted in time: neither the line nor a tip in its place
        log.info("no left-out line: finding the postings took over %.1f s", seconds)
        return found, [], None
    # the line of jobs naming no sector asked, when there is one, is the tip
    return found, silent, None if silent else tip(index, query, sensitivity, found.total)


def tip(
    index: PostingIndex, query: ParsedQuery, sensitivity: Sensitivity, found: int
) -> Gain | None:
    """tips.best_gain of a search passing `found` open postings, counted in the index within
    tips.SECONDS (else no tip: the answer comes without it)."""
    seconds = tips.SECONDS
    deadline = time.monotonic() + seconds
    gain = best_gain(query, sensitivity, found, index.counter(COUNTED), deadline)
    if gain is None and time.monotonic() > deadline:
        log.info("no tip: counting the relaxed searches took over %.1f s", seconds)
    return gain
