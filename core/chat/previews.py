"""What an /add shows of a new search's best matches, in its answer or in a message after it.

A message after the answer (the matches found once the index was built) is queued as the
search's id and counts, and laid out when it is sent: with the number the search has then and
the digest settings of then; not at all when the search is gone or paused meanwhile.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, replace

from core.chat import texts
from core.chat.cards import job_cards
from core.chat.replies import JobCards, Text
from core.digests.feedback import Preferences
from core.matching import Found
from core.matching.query.parse import unknown_words
from core.matching.silent import note
from core.matching.tips import Gain
from core.matching.unstated import unstated
from core.model import SavedSearch, Subscriber
from core.ports import ServiceStore
from core.postings.same_job import one_per_job
from core.searches.numbered import NumberedSearches
from core.searches.stored import describe, ranked, restated, stored_query

PREVIEW_SHOWN = 5
LATE_KIND = "matches"  # the outbox kind of an /add's matches sent after its answer

Preview = tuple[Text | JobCards, ...]


@dataclass(frozen=True, slots=True)
class Counted:
    """What a search's matching found, as a preview says it: how many pass, how many are kept."""

    total: int
    kept: int
    capped: bool
    left_out: int = 0  # jobs passing but for naming no sector asked: loose lists them
    relaxed: Gain | None = None  # for few or none: the part whose leaving out finds the most

    @classmethod
    def of(cls, found: Found) -> Counted:
        """The counts of a matching."""
        return cls(found.total, len(found.matches), found.capped, found.left_out, found.relaxed)

    def tip(self, loosen: str) -> str:
        """The tip of what to leave out of a search finding few or none ("" for none)."""
        return self.relaxed.said(loosen) if self.relaxed else ""


def late_payload(search: SavedSearch, counted: Counted) -> str:
    """The outbox payload of a search's matches sent after its /add's answer."""
    return json.dumps(
        {
            "search": search.id,
            "total": counted.total,
            "kept": counted.kept,
            "capped": counted.capped,
            "left_out": counted.left_out,
            "relaxed": counted.relaxed.to_list() if counted.relaxed else None,
        }
    )


class Previews:
    """Lays out the best few matches of a search just added."""

    def __init__(self, store: ServiceStore, shown: int = PREVIEW_SHOWN) -> None:
        """Read matches from this store; show this many cards."""
        self._store = store
        self._shown = shown

    async def first(
        self, subscriber: Subscriber, search: SavedSearch, number: int, found: Counted
    ) -> Preview:
        """The best few of a new search's matches, or that there are none."""
        query = stored_query(search)
        loosen = f"/sensitivity {number} loose"
        if found.total:
            stored = found.kept
            rows = await self._store.best_matches(subscriber.id, stored, search_id=search.id)
            prefs = await Preferences.stored(self._store, subscriber.id)
            rows = [row for row in rows if prefs.shows(row.posting)]  # as /jobs N shows them
            shown = self._shown
            jobs = await one_per_job(
                self._store, await asyncio.to_thread(ranked, rows, (search,), shown)
            )
            best = jobs[:shown]
            more = len(jobs) - len(best)
            footer = (
                f"{texts.count(more, 'more match', 'more matches')} — /jobs {number} shows the "
                "best of this search, /digest every one not sent yet."
                if more > 0
                else ""
            )
            if found.capped:
                footer = texts.broad(stored, restated(query))
            unknown = unstated(query, (match.posting for match in jobs))
            silent = note(query, found.left_out, loosen) or found.tip(loosen)
            footer = "\n".join(filter(None, (unknown, footer, silent)))
            this_one = NumberedSearches(((number, search),))
            cards = await job_cards(self._store, best, this_one)
            return (JobCards("Top matches now:", cards, footer),)
        news = texts.new_ones(subscriber.settings)
        tip = note(query, found.left_out, loosen, more=False)
        tip = tip or found.tip(loosen)
        said = " ".join(filter(None, ("No current posting matches it yet.", tip, news)))
        unknown = unknown_words(query)  # "gnissab nurse": the word no posting says
        return (Text(f"{unknown}\n{said}" if unknown else said),)

    async def late(
        self, subscriber: Subscriber, search: SavedSearch, number: int, found: Counted
    ) -> Preview:
        """A new search's matches shown after its answer: headed with the search they are of."""
        shown = await self.first(subscriber, search, number, found)
        if isinstance(shown[0], JobCards):
            heading = f"Top matches of #{number} {describe(search)} now:"
            return (replace(shown[0], heading=heading),)
        return (Text(f"#{number} {describe(search)}: {shown[0].text}"),)

    async def queued(self, subscriber: Subscriber, payload: str) -> Preview:
        """A queued late_payload laid out now; () when its search is gone or paused."""
        given = json.loads(payload)
        numbered = NumberedSearches.of(await self._store.searches(subscriber.id))
        found = numbered.find(given["search"])
        if found is None or not found[1].active:
            return ()
        counted = Counted(
            given["total"],
            given["kept"],
            given["capped"],
            given.get("left_out", 0),
            Gain.from_list(given.get("relaxed")),
        )
        return await self.late(subscriber, found[1], found[0], counted)
