"""/explore QUERY: the market for a role over the open postings the query matches."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

from core.chat import actions
from core.chat.commands import Explore
from core.chat.nearby import example_place, suited
from core.chat.queries import clean_text
from core.chat.replies import Action, Exploration, Reply, Text
from core.chat.transfer import SHARE_DAYS, add_line
from core.digests.reply_codec import reply_to_json
from core.errors import QueryError, StoreError
from core.explore.chart import draw
from core.explore.figures import market
from core.explore.suggest import FindsOwn, nearest_roles, title_key
from core.explore.text import alt_text, figure_lines, summary
from core.matching import Found, ParsedQuery, parse_query, rank
from core.matching.features import Features
from core.matching.order import by_score
from core.matching.scoring import compile_query
from core.matching.unstated import unstated
from core.model import Actor, Posting, Sensitivity, Subscriber
from core.ports import Clock, ServiceStore
from core.ports.explores import OwedExplore
from core.ports.postings import PostingReader
from core.postings.same_job import fold

log = logging.getLogger(__name__)

FOLLOW = "Follow this role"
EXPLORE_KIND = "explore"  # the outbox kind of a market sent after its /explore's answer
_UNREAD = "I can no longer read that /explore as a search: send it again, in other words."
_CODE_BYTES = 9
_Match = tuple[Posting, float, Features | None]


class Search(Protocol):
    """The intake's search over its index of open postings (Intake.search_open_postings)."""

    def __call__(
        self,
        query: ParsedQuery,
        sensitivity: Sensitivity,
        limit: int | None = None,
        explain: bool = True,
        among: Callable[[Posting], bool] | None = None,
    ) -> Awaitable[Found]:
        """The open postings the query passes (only those among keeps), best first."""
        ...


async def matching_postings(store: PostingReader, query: ParsedQuery) -> list[Posting]:
    """The open postings a query matches at normal sensitivity, one per job, best first, by a
    full scan: rank over every open posting (the reference the index path is held to)."""
    ranked = await asyncio.to_thread(rank, query, await store.open_postings(), "normal")
    kept = await _one_per_job(store, ((p, result.score, None) for p, result in ranked))
    return [posting for posting, _, _ in kept]


async def indexed_postings(
    store: PostingReader, search: Search, query: ParsedQuery
) -> tuple[list[Posting], list[Features]]:
    """The same postings as matching_postings, from the index over open postings, with the
    features it analysed them into (its postings are slim: no description, tags or url)."""
    found = await search(query, "normal", None, False)
    pairs = zip(found.matches, found.analysed, strict=True)
    kept = await _one_per_job(store, ((p, result.score, f) for (p, result), f in pairs))
    return [posting for posting, _, _ in kept], [f for _, _, f in kept if f is not None]


async def _one_per_job(store: PostingReader, matches: Iterable[_Match]) -> list[_Match]:
    """Best first in the one order (core.matching.order: by score, then the newest, then the
    id, so both paths agree), each job's first posting only; the sorting and folding of what may
    be tens of thousands of matches in worker threads."""

    def in_order() -> tuple[list[_Match], list[str]]:
        ordered = by_score(matches, lambda m: m[0], lambda m: m[1])
        return ordered, [posting.id for posting, _, _ in ordered]

    ordered, ids = await asyncio.to_thread(in_order)
    roots = await store.job_roots(ids)
    if not roots:
        return ordered
    return await asyncio.to_thread(
        lambda: [first for first, _ in fold(ordered, lambda m: m[0].id, roots)]
    )


def explore(
    text: str,
    query: ParsedQuery,
    postings: list[Posting],
    now: datetime,
    *,
    chart: bool = True,
    analysed: list[Features] | None = None,
) -> Exploration:
    """Figures, summary, alt text and (when asked) the chart: CPU-bound, for a worker thread."""
    # The count is of what /add finds, maybes too: said so as /add's matches say it.
    unknown = unstated(query, postings)
    asked = compile_query(query).skill_keys
    figures = market(text, query.describe(), postings, now, analysed, unknown, asked)
    drawn = draw(figures) if chart else None
    return Exploration(
        market=figures,
        summary=summary(figures),
        lines=figure_lines(figures),
        chart=drawn.png if drawn else b"",
        chart_missing=drawn.missing if drawn else "",
        alt_text=alt_text(figures),
        add_line=add_line(text, "normal"),
    )


async def nothing_found(
    text: str, query: ParsedQuery, titles: list[tuple[str, int]], finds_own: FindsOwn
) -> str:
    """Say that nothing matches, and offer the nearest roles that have open postings."""
    said = f"No open posting matches “{text}” ({query.describe()})."
    if not titles:
        return f"{said} No posting is open at all yet, so there is no market to read."
    near = await nearest_roles(query, titles, finds_own)
    if not near:
        return said + " Nothing near it is open either; try fewer or broader words."
    offers = "\n".join(f"  /explore {title}  ({n:,} open with this title)" for title, n in near)
    return f"{said} The nearest roles with open postings:\n{offers}"


def scanned_titles(postings: list[Posting]) -> tuple[list[tuple[str, int]], FindsOwn]:
    """The open titles of these postings, and whether a role finds a title's own postings by
    scanning them (the reference index_finds_own is held to)."""
    by_key: dict[str, list[Posting]] = {}
    for posting in postings:
        by_key.setdefault(title_key(posting.title), []).append(posting)

    async def finds_own(key: str, role: ParsedQuery) -> bool:
        return bool(await asyncio.to_thread(rank, role, by_key.get(key, [])))

    return list(Counter(p.title for p in postings).items()), finds_own


class ExploreCommands:
    """The /explore handler over a store."""

    def __init__(
        self,
        store: ServiceStore,
        clock: Clock,
        search: Search,
        building: Callable[[], Awaitable[int]] | None = None,
        later: Callable[[Coroutine[None, None, None]], None] | None = None,
    ) -> None:
        """Explore the open postings search finds (the intake's index) as of the clock's now;
        building: how many open postings a slow build of that index is still reading (0: none);
        later: runs work after the reply (the service's, so that settle waits for it)."""
        self._store = store
        self._clock = clock
        self._search = search
        self._building = building
        self._later = later or _run_now
        self._owed: set[tuple[int, str]] = set()  # (subscriber id, query) answered later
        self._last: dict[int, asyncio.Event] = {}  # per subscriber: set once its last is queued

    async def explore(self, subscriber: Subscriber, command: Explore, actor: Actor) -> Reply:
        """The market for the query, with a chart and a Follow button that saves it."""
        text = clean_text(command.query)
        query = parse_query(text)  # a query that is no search is answered at once, built or not
        # Waiting out a build of minutes would hold up this chat's next commands: the market
        # follows as a message once the postings are read, as a late /add's matches do.
        building = await self._building() if self._building else 0
        if building:
            asked = OwedExplore(0, subscriber.id, text)
            if _key(asked) in self._owed:
                return (Text(f"The market for “{text}” is on its way: it follows here."),)
            self._owed.add(_key(asked))
            # Kept in the store until answered: a stop before the build ends loses none.
            owed_id = await self._store.owe_explore(subscriber.id, text, self._clock.now())
            self._answer_later(asked._replace(id=owed_id), query)
            return (Text(still_reading(building, text)),)
        return await self._market(text, query)

    async def answer_owed(self) -> int:
        """Answer, once the index is built, the /explores a stopped process owed; how many."""
        owed = [o for o in await self._store.owed_explores() if _key(o) not in self._owed]
        for one in owed:
            self._owed.add(_key(one))
            try:
                query: ParsedQuery | None = parse_query(one.query)
            except QueryError:  # read by another parser than the one that accepted it
                query = None
            self._answer_later(one, query)
        return len(owed)

    def _answer_later(self, owed: OwedExplore, query: ParsedQuery | None) -> None:
        """Answer an owed /explore after the reply, after the one its chat asked before it."""
        before, queued = self._last.get(owed.subscriber_id), asyncio.Event()
        self._last[owed.subscriber_id] = queued
        self._later(self._answer(owed, query, (before, queued)))

    async def _market(self, text: str, query: ParsedQuery) -> Reply:
        """The whole answer: how a word was read, then the market or the nearest roles."""
        # How a word was read ("I read "pharamcist" as pharmacist") comes first, as /add says it.
        notes = suited("\n".join(query.notes), example_place(text, "", ()))  # "near me"
        read: tuple[Text, ...] = (Text(notes),) if notes else ()
        found, analysed = await indexed_postings(self._store, self._search, query)
        if not found:
            titles = await self._store.open_titles()
            return (*read, Text(await nothing_found(text, query, titles, self._finds_own)))
        now = self._clock.now()
        result = await asyncio.to_thread(explore, text, query, found, now, analysed=analysed)
        # Follow saves the query through a share code: a button holds 64 bytes, a query 300.
        code = secrets.token_urlsafe(_CODE_BYTES)
        await self._store.add_share(code, text, "normal", now, now - timedelta(days=SHARE_DAYS))
        follow = Action(FOLLOW, actions.accept_shared(code))
        return (*read, replace(result, follow=follow))

    async def _answer(
        self,
        owed: OwedExplore,
        query: ParsedQuery | None,
        turn: tuple[asyncio.Event | None, asyncio.Event],
    ) -> None:
        """Explore once the index is built, and queue the answer to the chat in the outbox
        after the one the chat asked for before it (turn: its queued event, then this one's);
        a query no longer read as a search (None) is answered so."""
        before, queued = turn
        try:
            reply = await self._market(owed.query, query) if query else (Text(_UNREAD),)
            payload = await asyncio.to_thread(reply_to_json, reply)
            if before is not None:
                await before.wait()
            await self._store.answer_explore(owed.id, EXPLORE_KIND, payload, self._clock.now())
        except StoreError as exc:  # the database is down: its retries were logged
            log.warning("could not answer an /explore after the index was built: %s", exc)
        except Exception:
            log.exception("could not answer an /explore after the index was built")
        finally:
            self._owed.discard(_key(owed))
            queued.set()
            if self._last.get(owed.subscriber_id) is queued:
                del self._last[owed.subscriber_id]

    async def _finds_own(self, key: str, role: ParsedQuery) -> bool:
        """Whether exploring role finds a posting whose title has this key, from the index."""
        return await index_finds_own(self._search, key, role)


def _key(owed: OwedExplore) -> tuple[int, str]:
    """What makes two owed /explores the same: the chat and the query, whatever its case."""
    return owed.subscriber_id, owed.query.casefold()


def _run_now(work: Coroutine[None, None, None]) -> None:
    """Run work as a task of its own (where no service keeps it)."""
    asyncio.get_running_loop().create_task(work)


def still_reading(postings: int, text: str) -> str:
    """/explore's answer while the index over a big store's open postings is being built."""
    return (
        f"I'm still reading the {postings:,} open postings (a minute or two after a start or a "
        f"big import): the market for “{text}” follows here as soon as they are read."
    )


async def index_finds_own(search: Search, key: str, role: ParsedQuery) -> bool:
    """Whether exploring role finds a posting whose title has this key: a search of the index
    among that title's postings alone, stopping at the first that passes."""
    found = await search(role, "normal", 1, False, among=lambda p: title_key(p.title) == key)
    return found.total > 0
