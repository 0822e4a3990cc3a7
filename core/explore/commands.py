"""/explore QUERY: the market for a role over the open postings the query matches."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import replace
from datetime import datetime, timedelta

from core.chat import actions
from core.chat.commands import Explore
from core.chat.queries import clean_text
from core.chat.replies import Action, Exploration, Reply, Text
from core.chat.transfer import SHARE_DAYS, add_line
from core.explore.chart import draw
from core.explore.figures import market
from core.explore.suggest import nearest_roles
from core.explore.text import alt_text, figure_lines, summary
from core.matching import ParsedQuery, parse_query, rank
from core.model import Actor, Posting, Subscriber
from core.ports import Clock, ServiceStore
from core.ports.postings import PostingReader
from core.postings.same_job import fold

FOLLOW = "Follow this role"
_CODE_BYTES = 9


async def matching_postings(store: PostingReader, query: ParsedQuery) -> list[Posting]:
    """The open postings a query matches at normal sensitivity, one per job, best first.

    The one place explore asks the matcher, the way `concierge search` does (rank over the
    open postings, then fold the same job on several sources); the scan runs off the loop.
    """
    ranked = await asyncio.to_thread(rank, query, await store.open_postings(), "normal")
    roots = await store.job_roots([posting.id for posting, _ in ranked])
    return [posting for (posting, _), _ in fold(ranked, lambda pair: pair[0].id, roots)]


def explore(
    text: str, query: ParsedQuery, postings: list[Posting], now: datetime, *, chart: bool = True
) -> Exploration:
    """Figures, summary, alt text and (when asked) the chart: CPU-bound, for a worker thread."""
    figures = market(text, query.describe(), postings, now)
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


def nothing_found(text: str, query: ParsedQuery, postings: list[Posting]) -> str:
    """Say that nothing matches, and offer the nearest roles that have open postings."""
    said = f"No open posting matches “{text}” ({query.describe()})."
    near = nearest_roles(query, postings)
    if not near:
        return said + " Nothing near it is open either; try fewer or broader words."
    offers = "\n".join(f"  /explore {title}  ({n:,} open with this title)" for title, n in near)
    return f"{said} The nearest roles with open postings:\n{offers}"


class ExploreCommands:
    """The /explore handler over a store."""

    def __init__(self, store: ServiceStore, clock: Clock) -> None:
        """Explore the store's open postings as of the clock's now."""
        self._store = store
        self._clock = clock

    async def explore(self, subscriber: Subscriber, command: Explore, actor: Actor) -> Reply:
        """The market for the query, with a chart and a Follow button that saves it."""
        text = clean_text(command.query)
        query = parse_query(text)
        found = await matching_postings(self._store, query)
        if not found:
            postings = await self._store.open_postings()
            return (Text(await asyncio.to_thread(nothing_found, text, query, postings)),)
        now = self._clock.now()
        result = await asyncio.to_thread(explore, text, query, found, now)
        # Follow saves the query through a share code: a button holds 64 bytes, a query 300.
        code = secrets.token_urlsafe(_CODE_BYTES)
        await self._store.add_share(code, text, "normal", now, now - timedelta(days=SHARE_DAYS))
        follow = Action(FOLLOW, actions.accept_shared(code))
        return (replace(result, follow=follow),)
