"""The concierge service: takes a subscriber's command, returns a typed reply."""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from core.chat import actions, texts
from core.chat.cards import job_cards
from core.chat.commands import (
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
from core.chat.handling import Handler, handles
from core.chat.parsing import clean_text, parse_command
from core.chat.permissions import require_admin, require_search_owner
from core.chat.registry import shared_change
from core.chat.replies import (
    Action,
    Choice,
    ErrorText,
    JobCards,
    Reply,
    SearchItem,
    SearchList,
    Text,
)
from core.chat.transfer import TransferCommands
from core.digests.commands import DigestCommands
from core.digests.delivery import Digests
from core.errors import DuplicateSearchError, UserError
from core.matching import PARSER_VERSION, Found, parse_query
from core.model import Actor, SavedSearch, Sensitivity, Subscriber, SubscriberKey
from core.ports import Clock, IngestStore, ServiceStore, Store
from core.postings.intake import Intake
from core.postings.same_job import one_per_job
from core.searches.numbered import NumberedSearches
from core.searches.stored import describe, stored_query
from core.sources.commands import SourceCommands
from core.sources.manager import SourceManager

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side and I couldn't do that. Please try again."


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-subscriber caps and reply sizes."""

    max_searches: int = 25
    preview_shown: int = 5


class Concierge:
    """Handles commands for subscribers on any platform."""

    def __init__(
        self,
        store: ServiceStore,
        intake: Intake,
        clock: Clock,
        limits: Limits,
        *,
        sources: SourceManager | None = None,
        admins: Collection[str] = (),
    ) -> None:
        """Wire the service; build_concierge builds one from a store."""
        self._store = store
        self._intake = intake
        self._clock = clock
        self._limits = limits
        self._digests = Digests(store)
        self._digest_commands = DigestCommands(store, clock, self._digests)
        self._sources = sources
        self._source_commands = SourceCommands(sources, admins) if sources else None
        transfer = TransferCommands(store, clock, limits.max_searches, self._save, self._run)
        self._handlers: dict[type, Handler] = dict(
            (
                *transfer.handlers().items(),
                *(self._source_commands.handlers().items() if self._source_commands else ()),
                *self._digest_commands.handlers().items(),
                handles(Start, self._start),
                handles(Help, self._help),
                handles(AddSearch, self._add),
                handles(ListSearches, self._list),
                handles(RemoveSearch, self._remove),
                handles(PauseSearch, self._pause),
                handles(ResumeSearch, self._resume),
                handles(SetSensitivity, self._sensitivity),
                handles(ShowJobs, self._jobs),
                handles(Cancel, self._cancel),
                handles(Invalid, self._invalid),
            )
        )

    @property
    def sources(self) -> SourceManager | None:
        """The job-source manager, when the store keeps sources."""
        return self._sources

    @property
    def digests(self) -> Digests:
        """The digest builder and outbox drainer."""
        return self._digests

    @property
    def intake(self) -> Intake:
        """The posting intake that records postings and their matches."""
        return self._intake

    async def handle_text(self, key: SubscriberKey, text: str, actor: Actor | None = None) -> Reply:
        """Parse a chat line and handle it; never raises."""
        return await self.handle(key, parse_command(text), actor)

    async def handle_action(
        self, key: SubscriberKey, data: str, actor: Actor | None = None
    ) -> Reply:
        """Handle a button press carrying action data; never raises."""
        return await self.handle(key, actions.parse_action(data), actor)

    async def handle(
        self, key: SubscriberKey, command: Command, actor: Actor | None = None
    ) -> Reply:
        """Handle one command for a subscriber; in a shared chat, actor is who is acting.

        Any command is also a sign of life, which the digests hear about first: it schedules a
        newcomer's first digest and resumes deliveries a failure paused.
        """
        try:
            now = self._clock.now()
            subscriber = await self._store.subscriber(key, now)
            subscriber = await self._digests.note_activity(subscriber, now)
            actor = actor or Actor(key.user)
            doing = shared_change(command)
            if doing:
                require_admin(subscriber, actor, doing)
            return await self._handlers[type(command)](subscriber, command, actor)
        except UserError as exc:
            return (ErrorText(str(exc)),)
        except Exception:
            log.exception("command %s failed", type(command).__name__)
            return (ErrorText(APOLOGY),)

    async def _run(self, subscriber: Subscriber, command: Command, actor: Actor) -> Reply:
        """Run one command's handler for a subscriber already looked up and checked."""
        return await self._handlers[type(command)](subscriber, command, actor)

    async def _save(
        self, subscriber: Subscriber, raw: str, sensitivity: Sensitivity, actor: Actor
    ) -> tuple[SavedSearch, Found] | None:
        """Save a search and match it: the search and its matches; None at the cap.

        Raises DuplicateSearchError when the subscriber already has this search.
        """
        query = parse_query(raw)
        search = await self._store.add_search(
            subscriber.id,
            raw,
            query.to_json(),
            PARSER_VERSION,
            sensitivity,
            self._limits.max_searches,
            self._clock.now(),
            created_by=actor.user,
        )
        if search is None:
            return None
        return search, await self._intake.match_search(search, query)

    async def _numbered(self, subscriber: Subscriber) -> NumberedSearches:
        """The subscriber's searches, numbered as /list shows them."""
        return NumberedSearches.of(await self._store.searches(subscriber.id))

    async def move_chat(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Carry a chat's searches over to its new identity (e.g. a migrated supergroup)."""
        moved = await self._store.move_subscriber(old, new)
        if moved:
            log.info("moved a %s chat to its new id", old.platform)
        return moved

    async def _start(self, subscriber: Subscriber, command: Start, actor: Actor) -> Reply:
        """Welcome the user; ask for the timezone until it is known (unless a guided flow will)."""
        welcome = Text(texts.welcome(subscriber.settings))
        if subscriber.settings.timezone_set or command.guided:
            return (welcome,)
        return (welcome, Text(texts.ASK_TIMEZONE))

    async def _help(self, subscriber: Subscriber, command: Help, actor: Actor) -> Reply:
        """Show the commands or one help topic."""
        topic = texts.HELP_TOPICS.get(command.topic)
        if topic is None and command.topic:
            return (
                Text(f'No help on "{command.topic[:30]}" — here is everything:'),
                Text(texts.HELP),
            )
        return (Text(topic or texts.HELP),)

    async def _cancel(self, subscriber: Subscriber, command: Cancel, actor: Actor) -> Reply:
        """Nothing is ever half-done in the core."""
        return (Text("Nothing to cancel. /help shows what I can do."),)

    async def _invalid(self, subscriber: Subscriber, command: Invalid, actor: Actor) -> Reply:
        """Explain why the text was not understood."""
        return (ErrorText(command.message),)

    async def _add(self, subscriber: Subscriber, command: AddSearch, actor: Actor) -> Reply:
        """Save a search and show its best current matches."""
        raw = clean_text(command.query)
        existing = await self._store.searches(subscriber.id)
        query = parse_query(raw)
        try:
            saved = await self._save(subscriber, raw, command.sensitivity, actor)
        except DuplicateSearchError as exc:
            found_again = (await self._numbered(subscriber)).find(exc.search_id)
            where = f" as #{found_again[0]}" if found_again else ""
            return (ErrorText(f"You already have that search{where}. /list shows it."),)
        if saved is None:
            return (
                ErrorText(
                    f"You have {self._limits.max_searches} saved searches, the most I keep per "
                    "person. /remove N one you no longer need, then add this one."
                ),
            )
        search, found = saved
        number = len(existing) + 1
        reply: list[Text | JobCards] = [Text(f"Saved search #{number}: {query.describe()}")]
        if command.sensitivity != "normal":
            reply.append(Text(f"#{number} is now {command.sensitivity}."))
        if query.notes:
            reply.append(Text("\n".join(query.notes)))
        if found.total:
            stored = len(found.matches)
            jobs = await one_per_job(
                self._store,
                await self._store.best_matches(subscriber.id, stored, search_id=search.id),
            )
            best = jobs[: self._limits.preview_shown]
            more = len(jobs) - len(best)
            footer = (
                f"{texts.count(more, 'more match', 'more matches')} — /jobs lists the best "
                "across your searches."
                if more > 0
                else ""
            )
            if not found.complete:
                footer = texts.broad(found.total, stored)
            this_one = NumberedSearches(((number, search),))
            cards = await job_cards(self._store, best, this_one)
            reply.append(JobCards("Top matches now:", cards, footer))
        else:
            reply.append(
                Text("No current posting matches it yet; new ones are matched as they arrive.")
            )
        return tuple(reply)

    async def _list(self, subscriber: Subscriber, command: ListSearches, actor: Actor) -> Reply:
        """List the subscriber's searches."""
        searches = await self._numbered(subscriber)
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
                _search_actions(search),
            )
            for number, search in searches
        )
        return (SearchList(items),)

    async def _resolve(
        self,
        subscriber: Subscriber,
        actor: Actor,
        number: int,
        search_id: int | None,
        verb: str,
    ) -> tuple[int, SavedSearch]:
        """Find a search the actor may change, by list number or by id, or explain why not."""
        searches = await self._numbered(subscriber)
        if search_id is not None:
            owned = searches.find(search_id)
            if owned is None:
                raise UserError(actions.STALE)
            position, found = owned
        else:
            if not searches:
                raise UserError(f"You have no saved searches to {verb}. /add one first.")
            if not 1 <= number <= len(searches):
                have = "one search (#1)" if len(searches) == 1 else f"{len(searches)} searches"
                shown = str(number) if number < 10**6 else "that"
                raise UserError(f"There is no search #{shown} — you have {have}. /list shows them.")
            position, found = number, searches.searches[number - 1]
        require_search_owner(subscriber, actor, found, position, verb)
        return position, found

    async def _remove(self, subscriber: Subscriber, command: RemoveSearch, actor: Actor) -> Reply:
        """Delete search number N."""
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "remove"
        )
        if not command.confirmed:
            return (
                Choice(
                    f"Delete #{number}: {describe(search)}?",
                    (
                        Action("Yes, delete it", actions.remove(search.id)),
                        Action("Keep it", actions.LIST),
                    ),
                ),
            )
        await self._store.delete_search(subscriber.id, search.id)
        self._intake.forget_search(search.id)
        return (
            Text(
                f"Removed #{number}: {describe(search)}. Any searches after it move up one number."
            ),
        )

    async def _pause(self, subscriber: Subscriber, command: PauseSearch, actor: Actor) -> Reply:
        """Stop matching search number N."""
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "pause"
        )
        if not search.active:
            return (Text(f"#{number} is already paused. /resume {number} restarts it."),)
        await self._store.set_search_active(subscriber.id, search.id, False)
        self._intake.forget_search(search.id)
        return (Text(f"Paused #{number}: {describe(search)}. /resume {number} restarts it."),)

    async def _resume(self, subscriber: Subscriber, command: ResumeSearch, actor: Actor) -> Reply:
        """Restart matching a paused search, catching up on postings."""
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "resume"
        )
        if search.active:
            return (Text(f"#{number} is already active."),)
        await self._store.set_search_active(subscriber.id, search.id, True)
        found = await self._intake.match_search(search, stored_query(search))
        return (Text(f"Resumed #{number}: {describe(search)} — {texts.current(found)}."),)

    async def _sensitivity(
        self, subscriber: Subscriber, command: SetSensitivity, actor: Actor
    ) -> Reply:
        """Change how strict search number N is."""
        _, search = await self._resolve(subscriber, actor, command.number, None, "change")
        await self._store.set_search_sensitivity(subscriber.id, search.id, command.level)
        updated = (await self._numbered(subscriber)).at(command.number) or search
        text = f"#{command.number} is now {command.level}."
        if updated.active:
            found = await self._intake.match_search(updated, stored_query(updated))
            text += f" {texts.current(found)}."
        return (Text(text),)

    async def _jobs(self, subscriber: Subscriber, command: ShowJobs, actor: Actor) -> Reply:
        """Show the best current matches across active searches."""
        searches = await self._numbered(subscriber)
        if not searches:
            return (Text(texts.NO_SEARCHES),)
        prefs = await self._digests.preferences(subscriber)
        best = await one_per_job(
            self._store,
            prefs.apply(await self._store.best_matches(subscriber.id, command.limit * 5)),
        )
        if not best:
            if not any(search.active for search in searches.searches):
                return (Text(texts.ALL_PAUSED),)
            return (Text("No open posting matches your searches yet. I keep looking."),)
        cards = await job_cards(self._store, best[: command.limit], searches)
        return (JobCards("Your best matches now:", cards),)


def _search_actions(search: SavedSearch) -> tuple[Action, ...]:
    """The buttons under one saved search."""
    toggle = (
        Action("Pause", actions.pause(search.id))
        if search.active
        else Action("Resume", actions.resume(search.id))
    )
    return (
        toggle,
        Action("Delete", actions.ask_remove(search.id)),
        Action("Share", actions.share(search.id)),
    )


async def build_concierge(
    store: Store,
    clock: Clock,
    limits: Limits | None = None,
    *,
    source_store: IngestStore | None = None,
    admins: Collection[str] = (),
) -> Concierge:
    """Build the service over a store, loading the search index; with a source store, sources."""
    intake = await Intake.load(store, clock)
    sources = SourceManager(source_store, intake, clock) if source_store else None
    return Concierge(store, intake, clock, limits or Limits(), sources=sources, admins=admins)
