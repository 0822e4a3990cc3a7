"""The concierge service: takes a subscriber's command, returns a typed reply."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core import texts
from core.commands import (
    AddSearch,
    Cancel,
    Command,
    Help,
    Invalid,
    ListSearches,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SetSensitivity,
    ShowJobs,
    Start,
)
from core.errors import UserError
from core.intake import Intake
from core.matching import PARSER_VERSION, parse_query
from core.model import SavedSearch, Subscriber, SubscriberKey
from core.parsing import clean_text, parse_command
from core.ports import Clock, Store
from core.replies import ErrorText, JobCard, JobCards, Reply, SearchItem, SearchList, Text
from core.searches import describe, stored_query

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side and I couldn't do that. Please try again."


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-subscriber caps and reply sizes."""

    max_searches: int = 25
    jobs_shown: int = 10
    preview_shown: int = 5


class Concierge:
    """Handles commands for subscribers on any platform."""

    def __init__(self, store: Store, intake: Intake, clock: Clock, limits: Limits) -> None:
        """Wire the service; Concierge.start builds one from a store."""
        self._store = store
        self._intake = intake
        self._clock = clock
        self._limits = limits

    @property
    def intake(self) -> Intake:
        """The posting intake that records postings and their matches."""
        return self._intake

    async def handle_text(self, key: SubscriberKey, text: str) -> Reply:
        """Parse a chat line and handle it; never raises."""
        return await self.handle(key, parse_command(text))

    async def handle(self, key: SubscriberKey, command: Command) -> Reply:
        """Handle one command for the subscriber with this key; never raises."""
        try:
            subscriber = await self._store.subscriber(key, self._clock.now())
            handler = self._handlers()[type(command)]
            return await handler(subscriber, command)
        except UserError as exc:
            return (ErrorText(str(exc)),)
        except Exception:
            log.exception("command %s failed", type(command).__name__)
            return (ErrorText(APOLOGY),)

    def _handlers(self) -> dict[type, Callable[[Subscriber, object], Awaitable[Reply]]]:
        """Map each command type to its handler."""
        return {
            Start: self._start,
            Help: self._help,
            AddSearch: self._add,
            ListSearches: self._list,
            RemoveSearch: self._remove,
            PauseSearch: self._pause,
            ResumeSearch: self._resume,
            SetSensitivity: self._sensitivity,
            ShowJobs: self._jobs,
            Cancel: self._cancel,
            Invalid: self._invalid,
        }

    async def _start(self, subscriber: Subscriber, command: object) -> Reply:
        """Welcome the user."""
        return (Text(texts.WELCOME),)

    async def _help(self, subscriber: Subscriber, command: object) -> Reply:
        """Show the commands or one help topic."""
        assert isinstance(command, Help)
        topic = texts.HELP_TOPICS.get(command.topic)
        if topic is None and command.topic:
            return (
                Text(f'No help on "{command.topic[:30]}" — here is everything:'),
                Text(texts.HELP),
            )
        return (Text(topic or texts.HELP),)

    async def _cancel(self, subscriber: Subscriber, command: object) -> Reply:
        """Nothing is ever half-done in the core."""
        return (Text("Nothing to cancel. /help shows what I can do."),)

    async def _invalid(self, subscriber: Subscriber, command: object) -> Reply:
        """Explain why the text was not understood."""
        assert isinstance(command, Invalid)
        return (ErrorText(command.message),)

    async def _add(self, subscriber: Subscriber, command: object) -> Reply:
        """Save a search and show its best current matches."""
        assert isinstance(command, AddSearch)
        raw = clean_text(command.query)
        existing = await self._store.searches(subscriber.id)
        for number, old in enumerate(existing, start=1):
            if old.raw_text.casefold() == raw.casefold():
                return (ErrorText(f"You already have that search as #{number}. /list shows it."),)
        query = parse_query(raw)
        search = await self._store.add_search(
            subscriber.id,
            raw,
            query.to_json(),
            PARSER_VERSION,
            "normal",
            self._limits.max_searches,
            self._clock.now(),
        )
        if search is None:
            return (
                ErrorText(
                    f"You have {self._limits.max_searches} saved searches, the most I keep per "
                    "person. /remove N one you no longer need, then add this one."
                ),
            )
        number = len(existing) + 1
        found = await self._intake.match_search(search, query)
        reply: list[Text | JobCards] = [Text(f"Saved search #{number}: {query.describe()}")]
        if query.notes:
            reply.append(Text("\n".join(query.notes)))
        if found:
            top = found[: self._limits.preview_shown]
            cards = tuple(
                JobCard(
                    posting.id,
                    posting.title,
                    posting.company,
                    posting.location,
                    posting.url,
                    round(result.score),
                    result.reasons,
                    (number,),
                )
                for posting, result in top
            )
            more = len(found) - len(top)
            footer = (
                f"{_count(more, 'more match', 'more matches')} — /jobs lists the best "
                "across your searches."
                if more
                else ""
            )
            reply.append(JobCards("Top matches now:", cards, footer))
        else:
            reply.append(
                Text("No current posting matches it yet; new ones are matched as they arrive.")
            )
        return tuple(reply)

    async def _list(self, subscriber: Subscriber, command: object) -> Reply:
        """List the subscriber's searches."""
        searches = await self._store.searches(subscriber.id)
        if not searches:
            return (
                Text(
                    "You have no saved searches yet. Try /add senior backend engineer python remote"
                ),
            )
        counts = await self._store.match_counts(subscriber.id)
        items = tuple(
            SearchItem(
                number,
                describe(search),
                search.raw_text,
                search.active,
                search.sensitivity,
                counts.get(search.id, 0),
            )
            for number, search in enumerate(searches, start=1)
        )
        return (SearchList(items),)

    async def _numbered(self, subscriber: Subscriber, number: int, verb: str) -> SavedSearch:
        """Return the subscriber's search number N or explain why there is none."""
        searches = await self._store.searches(subscriber.id)
        if not searches:
            raise UserError(f"You have no saved searches to {verb}. /add one first.")
        if not 1 <= number <= len(searches):
            have = "one search (#1)" if len(searches) == 1 else f"{len(searches)} searches"
            shown = str(number) if number < 10**6 else "that"
            raise UserError(f"There is no search #{shown} — you have {have}. /list shows them.")
        return searches[number - 1]

    async def _remove(self, subscriber: Subscriber, command: object) -> Reply:
        """Delete search number N."""
        assert isinstance(command, RemoveSearch)
        search = await self._numbered(subscriber, command.number, "remove")
        await self._store.delete_search(subscriber.id, search.id)
        self._intake.forget_search(search.id)
        return (
            Text(
                f"Removed #{command.number}: {describe(search)}. "
                "Any searches after it move up one number."
            ),
        )

    async def _pause(self, subscriber: Subscriber, command: object) -> Reply:
        """Stop matching search number N."""
        assert isinstance(command, PauseSearch)
        search = await self._numbered(subscriber, command.number, "pause")
        if not search.active:
            return (
                Text(f"#{command.number} is already paused. /resume {command.number} restarts it."),
            )
        await self._store.set_search_active(subscriber.id, search.id, False)
        self._intake.forget_search(search.id)
        return (
            Text(
                f"Paused #{command.number}: {describe(search)}. "
                f"/resume {command.number} restarts it."
            ),
        )

    async def _resume(self, subscriber: Subscriber, command: object) -> Reply:
        """Restart matching a paused search, catching up on postings."""
        assert isinstance(command, ResumeSearch)
        search = await self._numbered(subscriber, command.number, "resume")
        if search.active:
            return (Text(f"#{command.number} is already active."),)
        await self._store.set_search_active(subscriber.id, search.id, True)
        found = await self._intake.match_search(search, stored_query(search))
        return (
            Text(
                f"Resumed #{command.number}: {describe(search)} — "
                f"{_count(len(found), 'current match', 'current matches')}."
            ),
        )

    async def _sensitivity(self, subscriber: Subscriber, command: object) -> Reply:
        """Change how strict search number N is."""
        assert isinstance(command, SetSensitivity)
        search = await self._numbered(subscriber, command.number, "change")
        await self._store.set_search_sensitivity(subscriber.id, search.id, command.level)
        updated = (await self._store.searches(subscriber.id))[command.number - 1]
        text = f"#{command.number} is now {command.level}."
        if updated.active:
            found = await self._intake.match_search(updated, stored_query(updated))
            text += f" {_count(len(found), 'current match', 'current matches')}."
        return (Text(text),)

    async def _jobs(self, subscriber: Subscriber, command: object) -> Reply:
        """Show the best current matches across active searches."""
        assert isinstance(command, ShowJobs)
        searches = await self._store.searches(subscriber.id)
        if not searches:
            return (Text("You have no saved searches yet. /add one and I'll find matches."),)
        numbers = {search.id: number for number, search in enumerate(searches, start=1)}
        best = await self._store.best_matches(subscriber.id, command.limit)
        if not best:
            if not any(search.active for search in searches):
                return (Text("All your searches are paused. /resume N restarts one."),)
            return (Text("No open posting matches your searches yet. I keep looking."),)
        cards = tuple(
            JobCard(
                match.posting.id,
                match.posting.title,
                match.posting.company,
                match.posting.location,
                match.posting.url,
                round(match.score),
                match.reasons,
                tuple(numbers[sid] for sid in match.search_ids if sid in numbers),
            )
            for match in best
        )
        return (JobCards("Your best matches now:", cards),)


def _count(n: int, one: str, many: str) -> str:
    """Say '1 thing' or 'n things'."""
    return f"{n} {one if n == 1 else many}"


async def build_concierge(store: Store, clock: Clock, limits: Limits | None = None) -> Concierge:
    """Build the service over a store, loading the search index."""
    intake = await Intake.load(store, clock)
    return Concierge(store, intake, clock, limits or Limits())
