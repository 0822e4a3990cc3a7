"""Match rows of new postings: scored in a worker thread, written while the next batch is scored."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from itertools import repeat

from core.model import Posting
from core.ports import LiveIndex

# Postings scored per worker-thread call: ~25 x 2,000 rows against 100k searches.
SCORED_TOGETHER = 25
Row = tuple[int, int, float]  # search id, posting ref, score: the columns rows do not share


def scored_rows(
    index: LiveIndex, postings: Sequence[Posting], refs: Mapping[str, int]
) -> list[Row]:
    """The index's matches of these postings; a posting's rows by search id.

    In search-id order the by-search index is updated page after page rather than all over
    (about a tenth less work a row on SQLite). Three columns a row: the columns every row of a
    batch shares (when, notify) go in the statement once, not in each row's tuple. The index
    hands the ids sorted with their scores, so the tuples are made in C (zip), not sorted here.
    """
    rows: list[Row] = []
    for posting in postings:
        ids, scores = index.passing_by_id(posting)
        rows += zip(ids, repeat(refs[posting.id]), scores)
    return rows


async def score_and_write(
    index: LiveIndex,
    postings: Sequence[Posting],
    refs: Mapping[str, int],
    write: Callable[[list[Row]], Awaitable[int]],
) -> int:
    """Score postings off the event loop, batch by batch, writing each batch while the next
    is scored; how many rows write reported."""
    batches = [
        postings[at : at + SCORED_TOGETHER] for at in range(0, len(postings), SCORED_TOGETHER)
    ]
    if not batches:
        return 0
    stored = 0
    pending = asyncio.ensure_future(asyncio.to_thread(scored_rows, index, batches[0], refs))
    try:
        for following in batches[1:]:
            rows = await pending
            pending = asyncio.ensure_future(asyncio.to_thread(scored_rows, index, following, refs))
            stored += await write(rows)
        stored += await write(await pending)
    finally:
        if not pending.done():
            # A thread cannot be stopped: let it finish before the transaction ends.
            await asyncio.wait([pending])
        if pending.done() and not pending.cancelled():
            pending.exception()  # retrieved: a failure was already raised or superseded
    return stored
