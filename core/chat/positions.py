"""The cards a person was just shown, by their place in the list: a typed /why 3, /like 3,
/hide 3 or /mute 3 right after /jobs is card 3's job when 3 is no job number of theirs."""

from __future__ import annotations

from dataclasses import replace

from core.chat import actions
from core.chat.commands import Command, ExplainJob, Feedback
from core.chat.registry import NO_JOB
from core.chat.replies import Action, Choice, JobCards, Reply, Text
from core.ports import Clock, ServiceStore

_VERBS = {"up": "like", "down": "hide", "mute": "mute"}
_LABEL_MAX = 60  # a button's label: Telegram shows about this much


class ShownCards:
    """Each person's last list of cards, place → job number, kept in the store (so that a
    card's place is read after a restart, and by any chat process)."""

    def __init__(self, clock: Clock) -> None:
        """Note when each list was kept by this clock."""
        self._clock = clock

    async def note(self, store: ServiceStore, subscriber_id: int, reply: Reply) -> None:
        """Keep the places of a reply's cards, when it shows any; a place two groups of a
        digest share (each counts from 1) is kept for neither."""
        places: dict[int, int] = {}
        twice: set[int] = set()
        for message in reply:
            if not isinstance(message, JobCards):
                continue
            for at, card in enumerate(message.cards, start=message.first):
                if at in places:
                    twice.add(at)
                if card.number:
                    places[at] = card.number
        if not places:
            return
        kept = {at: n for at, n in places.items() if at not in twice}
        await store.keep_shown_cards(subscriber_id, kept, self._clock.now())

    async def read(
        self, store: ServiceStore, subscriber_id: int, command: Command
    ) -> tuple[Command | None, Reply, Reply]:
        """A typed job command with N read as a place where that is meant, and the lines before
        and after its answer saying so: N is their job number when it is one (a line after
        names the card at that place), else the job of the card at place N (a line before).
        A 👍, 👎 or mute whose N is both is not run (None): a question asks which job."""
        if not isinstance(command, Feedback | ExplainJob) or not command.typed:
            return command, (), ()
        at = command.posting_ref
        job = (await store.shown_cards(subscriber_id)).get(at)
        if job is None or job == at:
            return command, (), ()
        verb = _VERBS[command.kind] if isinstance(command, Feedback) else "why"
        if await _theirs(store, subscriber_id, at):
            if isinstance(command, Feedback):  # it acts: which job is meant is asked, not guessed
                return None, (await _which(store, command, at, job),), ()
            after = f"(Card {at} of your last list is job #{job}: /{verb} {job}.)"
            return command, (), (Text(after),)
        said = f"Card {at} of your last list is job #{job}; {at} is no job number of yours."
        return replace(command, posting_ref=job), (Text(said),), ()


async def _which(store: ServiceStore, command: Feedback, at: int, job: int) -> Choice:
    """The question which job a 👍, 👎 or mute of N means: job #N, or card N's job."""
    verb = _VERBS[command.kind]
    options = []
    for ref, said in ((job, f"card {at}: job #{job}"), (at, f"job #{at}")):
        found = await store.posting_by_ref(ref)
        title = f" {found[0].title}" if found else ""
        company = f" — {found[0].company}" if found and found[0].company else ""
        label = f"{said}{title}{company}"
        options.append(Action(label[:_LABEL_MAX], actions.feedback(command.kind[0], ref)))
    return Choice(f"/{verb} {at}: card {at} of your last list or job #{at}?", tuple(options))


async def _theirs(store: ServiceStore, subscriber_id: int, ref: int) -> bool:
    """Whether job number ref is one of the person's matches."""
    found = await store.posting_by_ref(ref) if 0 < ref < NO_JOB else None
    if found is None:
        return False
    return bool(await store.searches_matching(subscriber_id, found[0].id))
