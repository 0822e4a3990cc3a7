"""Recording postings and keeping the stored matches in step with searches."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from core.matching import PARSER_VERSION, Matcher, MatchResult, ParsedQuery, rank
from core.model import Posting, SavedSearch
from core.ports import Clock, NewMatch, Store
from core.searches import stored_query

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IntakeSummary:
    """What recording a batch of postings did."""

    new: int
    updated: int
    unchanged: int
    matches: int


class Intake:
    """Records postings and matches them against every active search via the index."""

    def __init__(self, store: Store, matcher: Matcher, clock: Clock) -> None:
        """Wire the intake; Intake.load builds one with the index filled."""
        self._store = store
        self._matcher = matcher
        self._clock = clock

    @classmethod
    async def load(cls, store: Store, clock: Clock) -> Intake:
        """Build the search index from every active search in the store."""
        matcher = Matcher()
        for search in await store.active_searches():
            query = stored_query(search)
            if search.parser_version != PARSER_VERSION:
                await store.update_parsed(search.id, query.to_json(), PARSER_VERSION)
            matcher.add(search.id, query, search.sensitivity)
        matcher.freeze()
        log.info("search index loaded: %d active searches", len(matcher))
        return cls(store, matcher, clock)

    @property
    def indexed_searches(self) -> int:
        """How many searches the index holds."""
        return len(self._matcher)

    async def match_search(
        self, search: SavedSearch, query: ParsedQuery
    ) -> list[tuple[Posting, MatchResult]]:
        """Index a search and store its matches among all open postings, best first."""
        self._matcher.add(search.id, query, search.sensitivity)
        found = rank(query, await self._store.open_postings(), search.sensitivity)
        await self._store.replace_search_matches(
            search.id,
            [NewMatch(search.id, p.id, result.score, result.reasons) for p, result in found],
            self._clock.now(),
        )
        return found

    def forget_search(self, search_id: int) -> None:
        """Stop matching new postings against a search."""
        self._matcher.remove(search_id)

    async def record(
        self,
        postings: Sequence[Posting],
        *,
        notify: bool = True,
        duplicates: Collection[str] = frozenset(),
        rematch: Collection[str] = frozenset(),
    ) -> IntakeSummary:
        """Store postings and match the new or changed ones against every active search.

        With notify False (a new source's silent first poll) the matches are stored for
        /jobs but never pushed in digests or alerts. Postings in duplicates (the same job as
        a posting of another source) are stored with no matches, so one card shows the job;
        those in rematch are matched (or cleared) even when unchanged.
        """
        outcomes = await self._store.upsert_postings(postings, self._clock.now())
        changed = [
            p
            for p, outcome in zip(postings, outcomes, strict=True)
            if outcome != "unchanged" or p.id in rematch
        ]
        matches = await self._replace(changed, duplicates, notify)
        return IntakeSummary(
            new=outcomes.count("new"),
            updated=outcomes.count("updated"),
            unchanged=outcomes.count("unchanged"),
            matches=matches,
        )

    async def match_postings(self, postings: Sequence[Posting], *, notify: bool) -> int:
        """Match stored postings again, replacing their matches; how many were found."""
        return await self._replace(postings, frozenset(), notify)

    async def _replace(
        self, postings: Sequence[Posting], duplicates: Collection[str], notify: bool
    ) -> int:
        """Store the matches of these postings; reasons are left to be explained when shown."""
        found = [
            NewMatch(search_id, posting.id, score, ())
            for posting in postings
            if posting.id not in duplicates
            for score, ids in self._matcher.passing(posting)
            for search_id in ids
        ]
        if postings:
            await self._store.replace_posting_matches(
                [p.id for p in postings], found, self._clock.now(), notify=notify
            )
        return len(found)
