"""The concierge service: takes a subscriber's command, returns a typed reply."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection, Coroutine
from dataclasses import dataclass, field

from core.chat import actions, texts
from core.chat.cards import job_cards
from core.chat.commands import (
    Acknowledge,
    AddSearch,
    Answer,
    Cancel,
    Command,
    EditSearch,
    ForgetMe,
    Help,
    Invalid,
    ListSearches,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SendDigest,
    SetSensitivity,
    ShowJobs,
    ShowMore,
    Start,
)
from core.chat.handling import Handlers
from core.chat.nearby import suited_for
from core.chat.parsing import clean_text, parse_command
from core.chat.permissions import require_admin, require_search_owner
from core.chat.positions import ShownCards
from core.chat.previews import LATE_KIND, PREVIEW_SHOWN, Counted, Previews, late_payload
from core.chat.ratelimit import SLOW_DOWN, RateLimiter, RateRule, Ticker, Verdict
from core.chat.registry import route, shared_change, shorten
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
from core.chat.transfer import TransferCommands, add_line
from core.digests.commands import DigestCommands
from core.digests.delivery import Digests
from core.errors import DuplicateSearchError, SearchGoneError, StoreError, UserError
from core.explore.commands import ExploreCommands
from core.matching import PARSER_VERSION, Found, ParsedQuery, parse_query
from core.model import Actor, MatchCount, SavedSearch, Sensitivity, Subscriber, SubscriberKey
from core.ports import Clock, IngestStore, ListPage, ServiceStore, Store
from core.postings import intake as posting_intake
from core.postings.intake import Intake
from core.postings.same_job import one_per_job
from core.searches.numbered import NumberedSearches
from core.searches.stored import describe, ranked, same_reading, stored_query
from core.sources.commands import SourceCommands
from core.sources.manager import SourceManager

log = logging.getLogger(__name__)

NONE_STORED = MatchCount(0)
CONTRADICTION = " contradict each other"  # as the query notes say it: "junior and senior …"
APOLOGY = "Sorry, something went wrong on my side and I couldn't do that. Please try again."


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-subscriber caps and reply sizes."""

    max_searches: int = 25
    preview_shown: int = PREVIEW_SHOWN
    # Up to this many open postings, an /add waits for the index over them to be built
    # (about a second); past it, it answers at once and its matches follow in a message.
    small_store: int = 5000
    rate: RateRule = field(default_factory=RateRule)


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
        ticker: Ticker = time.monotonic,
    ) -> None:
        """Wire the service; build_concierge builds one from a store; ticker times rate limits."""
        self._store = store
        self._intake = intake
        self._clock = clock
        self._limits = limits
        self._rate = RateLimiter(limits.rate, ticker)
        self._digests = Digests(store, clock=clock)
        self._previews = Previews(store, limits.preview_shown)
        self._sources = sources
        self._pending: set[asyncio.Task[None]] = set()  # matching for /adds already answered
        self._finding: set[int] = set()  # ids of the searches that matching is for
        self._shown = ShownCards(clock)  # each person's last list of cards, for /why N by its place
        transfer = TransferCommands(store, clock, limits.max_searches, self._save, self._run)
        search = intake.search_open_postings
        self._explore = ExploreCommands(store, clock, search, self._building, self._later)
        self._handlers = Handlers(
            self,
            transfer,
            DigestCommands(store, clock, self._digests),
            SourceCommands(sources, admins),
            self._explore,
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
        self,
        key: SubscriberKey,
        command: Command,
        actor: Actor | None = None,
        *,
        counted: bool = True,
    ) -> Reply:
        """Handle one command for a subscriber; in a shared chat, actor is who is acting.

        Any command is also a sign of life, which the digests hear about first: it schedules a
        newcomer's first digest and resumes deliveries a failure paused. A person over the rate
        limit gets one "slow down" and then no answer (nothing is looked up or changed) until
        their bucket refills; counted=False is for what an adapter asks on its own behalf
        (redrawing a list or a Home tab after the person's command), which takes no token.
        """
        verdict = self._rate.admit(_person(key, actor)) if counted else Verdict.ALLOW
        if verdict is not Verdict.ALLOW:
            if verdict is Verdict.WARN:
                log.info("a %s user is over the rate limit; skipping their commands", key.platform)
                return (ErrorText(SLOW_DOWN),)
            return ()
        try:
            now = self._clock.now()
            subscriber = await self._store.subscriber(key, now)
            subscriber = await self._digests.note_activity(subscriber, now)
            actor = actor or Actor(key.user)
            doing = shared_change(command)
            if doing:
                require_admin(subscriber, actor, doing)
            if isinstance(command, SendDigest):  # /more pages the digest from now on
                await self._store.forget_list_page(subscriber.id)
            # "/why 3" right after /jobs: card 3's job when 3 is no job number of theirs.
            meant, before, after = await self._shown.read(self._store, subscriber.id, command)
            reply = await self._run(subscriber, meant, actor) if meant else ()
            await self._shown.note(self._store, subscriber.id, reply)
            return (*before, *reply, *after) if before or after else reply
        except UserError as exc:
            return (ErrorText(str(exc)),)
        except StoreError as exc:  # the database is down: one line, its retries were logged
            log.warning("command %s failed: %s", type(command).__name__, exc)
            return (ErrorText(APOLOGY),)
        except Exception:
            log.exception("command %s failed", type(command).__name__)
            return (ErrorText(APOLOGY),)

    async def _run(self, subscriber: Subscriber, command: Command, actor: Actor) -> Reply:
        """Run one command's handler for a subscriber already looked up and checked."""
        return await route(command).pick(self._handlers)(subscriber, command, actor)

    async def _save(
        self,
        subscriber: Subscriber,
        raw: str,
        sensitivity: Sensitivity,
        actor: Actor,
    ) -> tuple[SavedSearch, Found | None] | None:
        """Save a search and match it: the search and its matches; None at the cap. While the
        index over open postings is not ready, it is matched later (its matches then queued
        to the chat) and its matches here are None.

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
        if await self._building():
            # The index over open postings is being built or caught up (seconds to minutes
            # after a start or a big import): the search is matched once it is, not now.
            self._intake.index.add(search, query)
            self._finding.add(search.id)
            self._later(self._match_later(subscriber, search, query))
            return search, None
        return search, await self._intake.match_search(search, query)

    async def _building(self) -> int:
        """How many open postings the index is still being built or caught up over, when more
        than a small store's (waiting for it takes seconds to minutes); else 0."""
        if await self._intake.ready():
            return 0
        postings = await self._store.count_open_postings()
        return postings if postings > self._limits.small_store else 0

    async def _already(
        self, subscriber: Subscriber, same: SavedSearch, sensitivity: Sensitivity
    ) -> str:
        """The one answer to an /add of a search the subscriber has (worded so or otherwise)."""
        found = (await self._numbered(subscriber)).find(same.id)
        number = found[0] if found else 0
        tune = (
            f" It is {same.sensitivity}: /sensitivity {number} {sensitivity} makes it "
            f"{sensitivity}."
            if number and sensitivity != same.sensitivity
            else " /list shows it."
        )
        return f'You already have that search as #{number} "{shorten(same.raw_text, 60)}".{tune}'

    async def _numbered(self, subscriber: Subscriber) -> NumberedSearches:
        """The subscriber's searches, numbered as /list shows them."""
        return NumberedSearches.of(await self._store.searches(subscriber.id))

    async def move_chat(self, old: SubscriberKey, new: SubscriberKey) -> bool:
        """Carry a chat's searches over to its new identity (e.g. a migrated supergroup)."""
        moved = await self._store.move_subscriber(old, new)
        if moved:
            log.info("moved a %s chat to its new id", old.platform)
        return moved

    async def start(self, subscriber: Subscriber, command: Start, actor: Actor) -> Reply:
        """Welcome the user; ask for the timezone until it is known (unless a guided flow will)."""
        searches = await self._store.searches(subscriber.id)
        welcome = Text(
            texts.welcome_back(len(searches), subscriber.settings)
            if searches
            else texts.welcome(subscriber.settings)
        )
        if subscriber.settings.timezone_set or command.guided:
            return (welcome,)
        return (welcome, Text(texts.ASK_TIMEZONE))

    async def show_help(self, subscriber: Subscriber, command: Help, actor: Actor) -> Reply:
        """Show the commands or one help topic."""
        topic = texts.help_on(command.topic) if command.topic else None
        if topic is None and command.topic:
            return (
                Text(f'No help on "{command.topic[:30]}" — here is everything:'),
                Text(texts.HELP),
            )
        return (Text(topic or texts.HELP),)

    async def cancel(self, subscriber: Subscriber, command: Cancel, actor: Actor) -> Reply:
        """Nothing is ever half-done in the core; "cancel 2" is told how to delete #2, never
        taken for /remove 2."""
        if command.number:
            n = command.number
            have = len(await self._numbered(subscriber))
            if not 0 < n <= have:  # "cancel 5" with two searches: no /remove 5 to offer
                return (
                    Text(f"Nothing to cancel, and there is no search #{n}: /list shows yours."),
                )
            return (
                Text(
                    f"Nothing to cancel. To delete search #{n}, send /remove {n} (I ask before "
                    f"deleting); /pause {n} stops it for a while."
                ),
            )
        return (Text("Nothing to cancel. /help shows what I can do."),)

    async def acknowledge(
        self, subscriber: Subscriber, command: Acknowledge, actor: Actor
    ) -> Reply:
        """Thanks, ok or bye: a word back and where to look."""
        word = "You're welcome!" if command.thanks else "👍"
        return (Text(f"{word} I keep looking: /jobs shows your best matches, /help everything."),)

    async def answer(self, subscriber: Subscriber, command: Answer, actor: Actor) -> Reply:
        """A short answer to plain words that change nothing."""
        return (Text(command.text),)

    async def invalid(self, subscriber: Subscriber, command: Invalid, actor: Actor) -> Reply:
        """Explain why the text was not understood."""
        message = command.message
        if command.near:  # "nhs jobs near me": an example place that suits them
            message = await suited_for(self._store, subscriber, command.near, message)
        return (ErrorText(message),)

    async def add(self, subscriber: Subscriber, command: AddSearch, actor: Actor) -> Reply:
        """Save a search and show its best current matches."""
        raw = clean_text(command.query)
        existing = await self._store.searches(subscriber.id)
        query = parse_query(raw)
        same = same_reading(query, existing)
        if same is not None:
            # How this wording was read, where the saved one's was not, explains the sameness;
            # words that contradict each other ("senior junior") are no duplicate: that is said.
            known = stored_query(same).notes
            why = [note for note in query.notes if note not in known]
            clash = next((n for n in why if CONTRADICTION in n), None)
            if clash is not None:
                both = clash.split(CONTRADICTION)[0]
                return (ErrorText(f"{both}{CONTRADICTION}: send /add again with one of them."),)
            said = await self._already(subscriber, same, command.sensitivity)
            return (ErrorText(" ".join([*(note + "." for note in why), said])),)
        number = len(existing) + 1
        try:
            saved = await self._save(subscriber, raw, command.sensitivity, actor)
        except DuplicateSearchError as exc:  # saved meanwhile, by another message
            found_again = (await self._numbered(subscriber)).find(exc.search_id)
            if found_again is None:
                return (ErrorText("You already have that search. /list shows it."),)
            return (
                ErrorText(await self._already(subscriber, found_again[1], command.sensitivity)),
            )
        if saved is None:
            return (
                ErrorText(
                    f"You have {self._limits.max_searches} saved searches, the most I keep per "
                    "person. /remove N one you no longer need, then add this one."
                ),
            )
        search, found = saved
        reply: list[Text | JobCards] = [Text(f"Saved search #{number}: {query.describe()}")]
        if command.sensitivity != "normal":
            reply.append(Text(f"#{number} is now {command.sensitivity}."))
        if query.notes:
            notes = "\n".join(query.notes)
            reply.append(Text(await suited_for(self._store, subscriber, raw, notes)))
        if found is None:
            reply.append(Text(texts.looking(await self._store.count_open_postings())))
            return tuple(reply)
        preview = await self._previews.first(subscriber, search, number, Counted.of(found))
        cards = preview[0] if isinstance(preview[0], JobCards) else None
        if cards is not None:  # /more goes on from the cards /add showed
            await self._keep_page(subscriber.id, ListPage(number, len(cards.cards)))
        else:
            await self._store.forget_list_page(subscriber.id)
        return (*reply, *preview)

    async def _keep_page(self, subscriber_id: int, page: ListPage) -> None:
        """Keep where a person's list got to, for /more, in the store: /more after a restart
        goes on from it."""
        await self._store.keep_list_page(subscriber_id, page, self._clock.now())

    def _later(self, work: Coroutine[None, None, None]) -> None:
        """Run work after the reply, kept until it ends (settle waits for it)."""
        task = asyncio.create_task(work, name="late answer")
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _match_later(
        self, subscriber: Subscriber, search: SavedSearch, query: ParsedQuery
    ) -> None:
        """Match a search saved while the index was not ready, then queue its matches to the
        chat, in the outbox as digests go (laid out as they are sent: Previews.queued); a
        failure leaves its scan for Intake.finish_scans."""
        try:
            found = await self._intake.match_search(search, query)
            if search.id not in self._finding:  # removed meanwhile
                return
            payload = late_payload(search, Counted.of(found))
            await self._store.enqueue(subscriber, LATE_KIND, payload, (), self._clock.now(), None)
        except SearchGoneError:
            log.debug("search %d was deleted before its matches were found", search.id)
        except StoreError as exc:  # the database is down: its retries were logged
            log.warning("could not match search %d after its /add: %s", search.id, exc)
        except Exception:
            log.exception("could not match search %d after its /add", search.id)
        finally:
            self._finding.discard(search.id)

    @property
    def matching_later(self) -> bool:
        """Whether the matches of an /add already answered are still being found."""
        return bool(self._pending)

    async def late_matches(self, key: SubscriberKey) -> Reply:
        """The matches of this chat's searches whose matching the last process left unfinished
        and this one finished (an /add answered before its matches were found, then a quit)."""
        owed = self._intake.finished_scans
        if not owed:
            return ()
        subscriber = await self._store.subscriber(key, self._clock.now())
        shown: list[Text | JobCards] = []
        for number, search in (await self._numbered(subscriber)).items:
            if search.id in owed and search.active:
                _, found = owed.pop(search.id)
                shown.extend(
                    await self._previews.late(subscriber, search, number, Counted.of(found))
                )
        return tuple(shown)

    async def answer_owed(self) -> int:
        """Answer the /explores a stopped process owed (asked while its index was built): each
        queued in the outbox once the index is built here; how many."""
        return await self._explore.answer_owed()

    async def settle(self) -> None:
        """Wait until the matches of the searches added meanwhile are queued."""
        while self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)

    async def close(self) -> None:
        """Stop the matching still running for searches just added."""
        for task in list(self._pending):
            task.cancel()
        await asyncio.gather(*self._pending, return_exceptions=True)

    async def list_searches(
        self, subscriber: Subscriber, command: ListSearches, actor: Actor
    ) -> Reply:
        """List the subscriber's searches."""
        searches = await self._numbered(subscriber)
        if not searches:
            return (
                Text(
                    "You have no saved searches yet. Try /add senior backend engineer python remote"
                ),
            )
        counts = await self._shown_counts(subscriber, searches)
        items = tuple(
            SearchItem(
                number,
                describe(search),
                search.raw_text,
                search.active,
                search.sensitivity,
                counts.get(search.id, NONE_STORED).stored,
                _search_actions(search),
                counts.get(search.id, NONE_STORED).more,
                search.id in self._finding,
                texts.held(counts.get(search.id, NONE_STORED)),
            )
            for number, search in searches
        )
        return (SearchList(items),)

    async def _shown_counts(
        self, subscriber: Subscriber, searches: NumberedSearches
    ) -> dict[int, MatchCount]:
        """The one count of a search's matches that /list, /resume and /sensitivity say: as /jobs
        N shows them, without muted companies and 👎-hidden jobs (read only when there are some,
        and only for searches with an exact count)."""
        # Counted up to the matches a search keeps: a broad search's count reads 501 rows, not 1M
        # (exactly 500 is exact; "500+" when more are stored or the search was capped).
        counts = await self._store.match_counts(subscriber.id, posting_intake.STORED_MATCHES)
        prefs = await self._digests.preferences(subscriber)
        if not (prefs.muted or prefs.hidden):
            return counts
        shown = dict(counts)
        for _, search in searches:
            count = counts.get(search.id, NONE_STORED)
            if count.more or not count.stored:
                continue
            rows = await self._store.best_matches(subscriber.id, count.stored, search_id=search.id)
            kept = len(await one_per_job(self._store, prefs.apply(rows)))
            if kept:
                shown[search.id] = MatchCount(kept)
                continue
            jobs = await one_per_job(self._store, rows)  # every one held back: say by what
            muted = prefs.muted_among(jobs)
            shown[search.id] = MatchCount(0, muted=muted, hidden=len(jobs) - muted)
        return shown

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
            position, found = searches.pick(number, verb)
        require_search_owner(subscriber, actor, found, position, verb)
        return position, found

    async def remove(self, subscriber: Subscriber, command: RemoveSearch, actor: Actor) -> Reply:
        """Delete search number N."""
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "remove"
        )
        if command.kept:
            kept = Text(f"Kept #{number}.")
            return (kept, *await self.list_searches(subscriber, ListSearches(), actor))
        if not command.confirmed:
            return (
                Choice(
                    f"Delete #{number}: {describe(search)}?",
                    (
                        Action("Yes, delete it", actions.remove(search.id)),
                        Action("Keep it", actions.keep(search.id)),
                    ),
                ),
            )
        later = len((await self._numbered(subscriber)).items) - number
        await self._store.delete_search(subscriber.id, search.id)
        self._intake.forget_search(search.id)
        self._finding.discard(search.id)  # its late matches, if still being found, go unsent
        moved = (
            f" #{number + 1} moves up to #{number}."
            if later == 1
            else f" #{number + 1}–#{number + later} move up one number."
            if later
            else ""
        )
        again = add_line(search.raw_text, search.sensitivity)
        return (Text(f"Removed #{number}: {describe(search)}.{moved} To undo, send\n{again}"),)

    async def edit(self, subscriber: Subscriber, command: EditSearch, actor: Actor) -> Reply:
        """Give search N new words, keeping its number, sensitivity and state; matched again."""
        number, search = await self._resolve(subscriber, actor, command.number, None, "edit")
        raw = clean_text(command.query)
        if " ".join(raw.split()) == " ".join(search.raw_text.split()):
            return (Text(f'#{number} already reads "{shorten(search.raw_text, 60)}".'),)
        query = parse_query(raw)
        others = [s for s in await self._store.searches(subscriber.id) if s.id != search.id]
        same = same_reading(query, others)
        try:
            if same is not None:
                raise DuplicateSearchError(same.id)
            changed = await self._store.edit_search(
                subscriber.id, search.id, raw, query.to_json(), PARSER_VERSION
            )
        except DuplicateSearchError as exc:
            found = (await self._numbered(subscriber)).find(exc.search_id)
            named = f' #{found[0]} "{shorten(found[1].raw_text, 60)}"' if found else ""
            return (
                ErrorText(
                    f"You already have that search as{named or ' another'}: #{number} "
                    "is left as it was."
                ),
            )
        if not changed:  # deleted meanwhile
            raise UserError(actions.STALE)
        await self._store.forget_list_page(subscriber.id)
        updated = (await self._numbered(subscriber)).find(search.id)
        reply = [Text(f"Changed #{number}: {query.describe()}")]
        if query.notes:
            reply.append(Text("\n".join(query.notes)))
        undo = f"To undo, send /edit {number} {search.raw_text}"
        if updated is None or not updated[1].active:
            reply.append(Text(f"#{number} stays paused: /resume {number} matches it. {undo}"))
            return tuple(reply)
        if await self._building():  # its scan is left to the intake, as a big /add's is
            self._intake.index.add(updated[1], query)
            reply.append(Text(f"I'm matching it again; /jobs {number} shows its matches. {undo}"))
            return tuple(reply)
        try:
            await self._intake.match_search(updated[1], query)
        except SearchGoneError:  # removed by another chat of theirs while it was matched
            raise UserError(actions.STALE) from None
        count = (await self._shown_counts(subscriber, await self._numbered(subscriber))).get(
            search.id, NONE_STORED
        )
        reply.append(Text(f"{texts.current(count)} — /jobs {number} shows them. {undo}"))
        return tuple(reply)

    async def forget(self, subscriber: Subscriber, command: ForgetMe, actor: Actor) -> Reply:
        """Delete all of the person's data (asked first): their searches and what hangs on them,
        settings, feedback, mutes, list places and messages, as the subscriber row cascades."""
        if command.declined:
            return (Text("OK, nothing deleted."),)
        searches = await self._store.searches(subscriber.id)
        saved = texts.count(len(searches), "saved search", "saved searches")
        if not command.confirmed:
            question = (
                f"Delete all your data — your {saved}, digest settings, 👍/👎, muted companies "
                "and messages not sent yet? This cannot be undone."
            )
            options = (
                Action("Yes, delete everything", actions.FORGET),
                Action("No, keep it", actions.KEEP_DATA),
            )
            return (Choice(question, options),)
        gone = await self._store.forget_subscriber(subscriber.id)
        for search_id in gone:
            self._intake.forget_search(search_id)
            self._finding.discard(search_id)  # late matches still being found go unsent
        log.info("a %s subscriber deleted their data", subscriber.key.platform)
        return (
            Text(
                f"Deleted: your {texts.count(len(gone), 'saved search', 'saved searches')}, "
                "settings, 👍/👎, muted companies and waiting messages. I keep nothing of yours; "
                "/add starts again."
            ),
        )

    async def pause(self, subscriber: Subscriber, command: PauseSearch, actor: Actor) -> Reply:
        """Stop matching search number N."""
        if command.every:
            return await self._switch_every(subscriber, actor, False)
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "pause"
        )
        if not search.active:
            return (Text(f"#{number} is already paused. /resume {number} restarts it."),)
        await self._store.set_search_active(subscriber.id, search.id, False)
        self._intake.forget_search(search.id)
        return (Text(f"Paused #{number}: {describe(search)}. /resume {number} restarts it."),)

    async def resume(self, subscriber: Subscriber, command: ResumeSearch, actor: Actor) -> Reply:
        """Restart matching a paused search, catching up on postings."""
        if command.every:
            return await self._switch_every(subscriber, actor, True)
        number, search = await self._resolve(
            subscriber, actor, command.number, command.search_id, "resume"
        )
        if search.active:
            return (Text(f"#{number} is already active."),)
        await self._store.set_search_active(subscriber.id, search.id, True)
        await self._intake.match_search(search, stored_query(search))
        count = (await self._shown_counts(subscriber, await self._numbered(subscriber))).get(
            search.id, NONE_STORED
        )
        return (Text(f"Resumed #{number}: {describe(search)} — {texts.current(count)}."),)

    async def _switch_every(self, subscriber: Subscriber, actor: Actor, active: bool) -> Reply:
        """/pause all or /resume all: every search the actor may change."""
        verb, done = ("resume", "Resumed") if active else ("pause", "Paused")
        searches = await self._numbered(subscriber)
        if not searches:
            raise UserError(f"You have no saved searches to {verb}. /add one first.")
        changed: list[int] = []
        refused: UserError | None = None
        for number, search in searches:
            if search.active == active:
                continue
            try:
                require_search_owner(subscriber, actor, search, number, verb)
            except UserError as exc:  # in a shared chat, someone else's search
                refused = exc
                continue
            await self._store.set_search_active(subscriber.id, search.id, active)
            if active:
                await self._intake.match_search(search, stored_query(search))
            else:
                self._intake.forget_search(search.id)
            changed.append(number)
        state = "active" if active else "paused"
        again = "" if active else " /resume all restarts them."
        if not changed and refused is not None:
            raise refused
        if not changed:
            return (Text(f"All your searches are already {state}.{again}"),)
        which = texts.count(len(changed), "search", "searches")
        numbers = ", ".join(f"#{n}" for n in changed)
        if active:
            counts = await self._shown_counts(subscriber, searches)
            ids = [search.id for number, search in searches if number in changed]
            total = MatchCount(
                sum(counts.get(i, NONE_STORED).stored for i in ids),
                any(counts.get(i, NONE_STORED).more for i in ids),
            )
            return (Text(f"{done} {which}: {numbers} — {texts.current(total)} in all."),)
        return (Text(f"{done} {which}: {numbers}.{again}"),)

    async def set_sensitivity(
        self, subscriber: Subscriber, command: SetSensitivity, actor: Actor
    ) -> Reply:
        """Change how strict search number N is (without N: which searches there are)."""
        if command.number == 0:
            searches = await self._numbered(subscriber)
            if not searches:
                raise UserError("You have no saved searches to change. /add one first.")
            searches.pick(0, "sensitivity", " strict|normal|loose")
        _, search = await self._resolve(subscriber, actor, command.number, None, "change")
        if search.sensitivity == command.level:
            return (Text(f"#{command.number} is already {command.level}."),)
        await self._store.set_search_sensitivity(subscriber.id, search.id, command.level)
        updated = (await self._numbered(subscriber)).at(command.number) or search
        text = f"#{command.number} is now {command.level}."
        if updated.active:
            await self._intake.match_search(updated, stored_query(updated))
            count = (await self._shown_counts(subscriber, await self._numbered(subscriber))).get(
                search.id, NONE_STORED
            )
            text += f" {texts.current(count)}."
        return (Text(text),)

    async def show_more(self, subscriber: Subscriber, command: ShowMore, actor: Actor) -> Reply:
        """/more: after /jobs (or /jobs N), its next cards; else the digest's next batch."""
        page = await self._store.list_page(subscriber.id)
        if page is None:
            return await self._handlers.digests.show_more(subscriber, command, actor)
        if page.complete:  # the list is shown whole: the digest is not /more's to page
            return (Text(texts.all_shown(page.shown)),)
        searches = await self._numbered(subscriber)
        one = searches.at(page.number) if page.number else None
        if page.number and one is None:  # removed meanwhile
            await self._store.forget_list_page(subscriber.id)
            return await self._handlers.digests.show_more(subscriber, command, actor)
        prefs = await self._digests.preferences(subscriber)
        every = posting_intake.STORED_MATCHES * len(searches.searches)
        rows = await self._store.best_matches(
            subscriber.id, every, search_id=one.id if one else None
        )
        end = page.shown + PAGE
        order = await asyncio.to_thread(ranked, rows, searches.searches, 2 * end)
        best = await one_per_job(self._store, prefs.apply(order))
        total = len(await one_per_job(self._store, prefs.apply(rows)))
        batch = best[page.shown : end]
        if not batch:
            await self._store.forget_list_page(subscriber.id)
            return (Text(texts.NO_MORE_JOBS),)
        cards = await job_cards(self._store, batch, searches)
        last = page.shown + len(batch)
        whose = f" of #{page.number}" if page.number else ""
        heading = f"More matches{whose}: {page.shown + 1}–{last} of {total}."
        more = len(best) > end
        await self._keep_page(subscriber.id, ListPage(page.number, last, complete=not more))
        footer = texts.MORE_JOBS if more else texts.NO_MORE_JOBS
        return (JobCards(heading, cards, footer, first=page.shown + 1),)

    async def show_jobs(self, subscriber: Subscriber, command: ShowJobs, actor: Actor) -> Reply:
        """Show the best current matches across active searches."""
        searches = await self._numbered(subscriber)
        if not searches:
            return (Text(texts.NO_SEARCHES),)
        # Looking is not changing: in a shared chat every member may see a search's matches.
        one = searches.pick(command.number, "show") if command.number else None
        prefs = await self._digests.preferences(subscriber)
        # Every stored match: the order (ranked) is not the score's alone.
        every = posting_intake.STORED_MATCHES * len(searches.searches)
        rows = await self._store.best_matches(
            subscriber.id, every, search_id=one[1].id if one else None
        )
        # A few past the cards shown: some may be muted or hidden.
        order = await asyncio.to_thread(ranked, rows, searches.searches, 2 * command.limit)
        best = await one_per_job(self._store, prefs.apply(order))
        finding = [
            n for n, s in searches.items if s.id in self._finding and (not one or n == one[0])
        ]
        if not best and finding:
            which = ", ".join(f"#{n}" for n in finding)
            return (Text(f"I'm still finding the matches of {which}: they come in a minute."),)
        if not best and rows:  # every match muted or 👎-hidden: not "no matches"
            jobs = await one_per_job(self._store, rows)
            whose = f"#{one[0]} has" if one else "Your searches have"
            return (Text(texts.dropped(whose, prefs.muted_among(jobs), len(jobs))),)
        if not best:
            if one is not None:
                return (Text(texts.no_matches_of(one[0], one[1].active, subscriber.settings)),)
            if not any(search.active for search in searches.searches):
                return (Text(texts.ALL_PAUSED),)
            return (Text(f"{texts.NOTHING_YET} {texts.new_ones(subscriber.settings)}"),)
        cards = await job_cards(self._store, best[: command.limit], searches)
        more = len(best) > command.limit
        if not (more and one and not one[1].active):  # /more goes on from these cards
            shown = command.limit if more else len(best)
            page = ListPage(one[0] if one else 0, shown, complete=not more)
            await self._keep_page(subscriber.id, page)
        else:
            await self._store.forget_list_page(subscriber.id)
        several = sum(search.active for search in searches.searches) > 1
        footer = (
            (texts.MORE_OF_ALL if several and one is None else texts.MORE_OF_ONE) if more else ""
        )
        heading = (
            f"Best matches of #{one[0]} {describe(one[1])}:" if one else "Your best matches now:"
        )
        if one and not one[1].active:  # its stored matches: a paused search is not matched
            heading = texts.paused_heading(one[0], describe(one[1]))
            footer = ""
        return (JobCards(heading, cards, footer),)


PAGE = 10  # the cards /more shows after /jobs, as many as /jobs shows


def _person(key: SubscriberKey, actor: Actor | None) -> tuple[str, str, str]:
    """Whose rate bucket a command takes from: the acting person, else the chat."""
    return key.platform, key.workspace, (actor.user if actor else "") or key.user or key.chat


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
    ticker: Ticker = time.monotonic,
) -> Concierge:
    """Build the service over a store, loading the search index; with a source store, sources."""
    intake = await Intake.load(store, clock)
    sources = SourceManager(source_store, intake, clock) if source_store else None
    return Concierge(
        store, intake, clock, limits or Limits(), sources=sources, admins=admins, ticker=ticker
    )
