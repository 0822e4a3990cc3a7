"""The chat commands about digests: settings, /digest, /more, feedback and mutes."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from core.chat import actions, texts
from core.chat.commands import (
    AskDigest,
    ExplainJob,
    Feedback,
    MuteCompany,
    SendDigest,
    SetAlerts,
    SetDigestTime,
    SetFrequency,
    SetQuietHours,
    SetTimezone,
    ShowMore,
    ShowMuted,
    ShowSettings,
    Unmute,
)
from core.chat.registry import NO_JOB
from core.chat.replies import Action, Choice, Reply, Text
from core.digests.delivery import Digests, schedule_next
from core.digests.feedback import keys, unknown_job
from core.digests.places import Place
from core.digests.schedule import parse_frequency, parse_quiet, parse_time
from core.digests.timezones import USAGE as TZ_USAGE
from core.digests.timezones import (
    ZoneChoice,
    ZoneReading,
    is_fixed_offset,
    read_timezone,
    season_named,
    utc_offset,
)
from core.errors import UserError
from core.model import Actor, DigestSettings, Posting, Subscriber
from core.ports import Clock, ServiceStore
from core.postings.limits import TEXT_MAX
from core.postings.same_job import company_key
from core.searches.explaining import breakdown
from core.searches.numbered import NumberedSearches
from core.searches.stored import stored_query


class DigestCommands:
    """Handles the digest-related commands for one subscriber at a time."""

    def __init__(self, store: ServiceStore, clock: Clock, digests: Digests) -> None:
        """Work on this store and clock."""
        self._store = store
        self._clock = clock
        self._digests = digests

    async def send_digest(self, subscriber: Subscriber, command: SendDigest, actor: Actor) -> Reply:
        """Send my digest now: every unsent match, capped, recorded as sent."""
        return await self._send_now(subscriber, "Your digest")

    async def show_more(self, subscriber: Subscriber, command: ShowMore, actor: Actor) -> Reply:
        """The next batch of unsent matches."""
        return await self._send_now(subscriber, "More matches")

    async def _send_now(self, subscriber: Subscriber, title: str) -> Reply:
        """Compose the unsent matches into a reply and record them as sent."""
        matches = await self._digests.pending(subscriber)
        if not matches:
            return (Text(await self._nothing_to_send(subscriber)),)
        count = len(matches)
        heading = f"{title}: {texts.count(count, 'new match', 'new matches')}."
        reply, shown = await self._digests.compose(subscriber, matches, heading)
        await self._store.mark_sent(subscriber.id, shown, self._clock.now())
        return reply

    async def _nothing_to_send(self, subscriber: Subscriber) -> str:
        """Why /digest has nothing: no searches, all paused, or everything already sent."""
        searches = await self._store.searches(subscriber.id)
        if not searches:
            return texts.NO_SEARCHES
        if not any(search.active for search in searches):
            return texts.ALL_PAUSED
        if not await self._store.best_matches(subscriber.id, 1):
            return f"{texts.NOTHING_YET} {texts.new_ones(subscriber.settings)}"
        return "Nothing new since your last digest. /jobs shows your best matches."

    async def when(self, subscriber: Subscriber, command: AskDigest, actor: Actor) -> Reply:
        """'When is my digest?': the schedule as set now and the next one, in one line."""
        s = subscriber.settings
        if s.frequency == "off" or s.next_digest_at is None:
            return (Text("Digests are off: /frequency daily turns them on, /jobs shows matches."),)
        spoken = parse_frequency(s.frequency).spoken()
        zone = s.timezone if s.timezone_set else "UTC"
        return (
            Text(
                f"Your digest comes {spoken} at {s.digest_time} {zone}, next "
                f"{texts.local_time(s.next_digest_at, s.timezone)}. /time, /tz and /frequency "
                "change it."
            ),
        )

    async def show_settings(
        self, subscriber: Subscriber, command: ShowSettings, actor: Actor
    ) -> Reply:
        """Show every digest setting."""
        s = subscriber.settings
        nxt = s.next_digest_at
        when = (
            "off"
            if s.frequency == "off"
            else f"{parse_frequency(s.frequency).spoken()} at {s.digest_time}"
        )
        lines = [
            "Your settings:",
            f"• Digest: {when} — /time 08:30, /frequency daily|weekdays|weekly mon|off",
            f"• Timezone: {s.timezone}"
            + (
                " — /tz berlin (a city or zone)"
                if s.timezone_set
                else " (not set yet — /tz berlin)"
            ),
            f"• Instant alerts for very strong matches: {'on' if s.alerts else 'off'} — "
            f"/alerts {'off' if s.alerts else 'on'}",
            f"• Quiet hours for alerts: {s.quiet or 'none'} — /quiet 22:00-07:00",
        ]
        if nxt and s.frequency != "off":
            lines.append(f"• Next digest: {texts.local_time(nxt, s.timezone)}")
        if s.delivery_paused:
            lines.append(f"• Deliveries were paused: {s.delivery_paused}")
        muted = await self._store.muted_companies(subscriber.id)
        lines.append(f"• Muted companies: {len(muted)} — /muted")
        return (Text("\n".join(lines)),)

    async def _save(self, subscriber: Subscriber, settings: DigestSettings) -> DigestSettings:
        """Store settings with the next digest time recomputed from now."""
        updated = replace(subscriber, settings=settings)
        settings = replace(settings, next_digest_at=schedule_next(updated, self._clock.now()))
        await self._store.save_settings(subscriber.id, settings)
        return settings

    async def set_time(self, subscriber: Subscriber, command: SetDigestTime, actor: Actor) -> Reply:
        """Set the local digest time."""
        at, place = _time_and_place(command.text)
        settings = replace(subscriber.settings, digest_time=at.strftime("%H:%M"))
        read = ""
        if place:  # "/time 8am CET": the zone too
            alone = command.text[: -len(place)].strip().removesuffix(" in")
            try:
                reading = read_timezone(place)
            except UserError as exc:  # the time was read: the place is what is unknown
                if _DAY_PARTS & set(place.lower().replace("'", "").split()):
                    raise UserError(  # "8 in the morning": no place, a time written out
                        f'"{command.text[:40]}" is not a time of day. Try /time 08:30 or /time '
                        "6pm, or a time and a zone: /time 8am CET."
                    ) from None
                unknown = str(exc).removesuffix(f" {TZ_USAGE}")
                raise UserError(
                    f"{unknown} The time is fine: send /time {alone} alone, or with a city or "
                    "zone: /time 8am CET."
                ) from None
            if isinstance(reading, ZoneChoice):
                raise UserError(
                    f'"{place[:40]}" is the name of places in several zones: send /time '
                    f"{alone} alone, then /tz {place[:40]} to pick yours."
                )
            season = season_named(subscriber.settings.timezone, place)
            if subscriber.settings.timezone_set and season:  # "19:00 gmt" in London: its clock
                read = f'"{place[:40]}" is {subscriber.settings.timezone}\'s {season} time. '
            else:
                settings = replace(settings, timezone=reading.zone, timezone_set=True)
                if reading.zone.lower() != place.lower():
                    read = f'I read "{place[:40]}" as {_reading(reading)}. '
        settings = await self._save(subscriber, settings)
        return (
            Text(
                f"{read}Digest time set to {settings.digest_time} {settings.timezone}."
                + _next(settings)
            ),
        )

    async def set_timezone(
        self, subscriber: Subscriber, command: SetTimezone, actor: Actor
    ) -> Reply:
        """Set the timezone, found fuzzily; ask which place when a name is shared."""
        reading = read_timezone(command.text)
        if isinstance(reading, ZoneChoice):
            return (_which_place(reading),)
        zone = reading.zone
        settings = await self._save(
            subscriber, replace(subscriber.settings, timezone=zone, timezone_set=True)
        )
        offset = utc_offset(zone, self._clock.now())
        # "(UTC now)" read as the zone being UTC: London in winter is "UTC+00:00 now".
        shown = "UTC+00:00" if offset == "UTC" else offset
        named = zone if zone == offset else f"{zone} ({shown} now)"
        read = (
            ""
            if zone.lower() == command.text.strip().lower()
            else f'I read "{command.text[:40]}" as {_reading(reading)}. '
        )
        return (Text(f"{read}Timezone set to {named}." + _next(settings)),)

    async def set_frequency(
        self, subscriber: Subscriber, command: SetFrequency, actor: Actor
    ) -> Reply:
        """Set how often digests come."""
        frequency = parse_frequency(command.text)
        settings = await self._save(
            subscriber, replace(subscriber.settings, frequency=str(frequency))
        )
        if frequency.kind == "off":
            return (
                Text("Digests are off. /jobs still shows matches; /frequency daily restarts them."),
            )
        return (
            Text(
                f"Digests now come {frequency.spoken()} at {settings.digest_time}."
                + _next(settings)
            ),
        )

    async def set_alerts(self, subscriber: Subscriber, command: SetAlerts, actor: Actor) -> Reply:
        """Turn instant alerts on or off."""
        if command.enabled and not subscriber.settings.alerts:
            # Alerts are for what arrives from now on; what came before waits for the digest.
            await self._store.mark_alerts_checked(subscriber.id, self._clock.now())
        await self._save(subscriber, replace(subscriber.settings, alerts=command.enabled))
        if command.enabled:
            return (
                Text(
                    "Instant alerts are on: very strong new matches arrive within a minute, "
                    "outside your quiet hours (/quiet)."
                ),
            )
        return (Text("Instant alerts are off; new matches wait for your digest."),)

    async def set_quiet(
        self, subscriber: Subscriber, command: SetQuietHours, actor: Actor
    ) -> Reply:
        """Set quiet hours for alerts."""
        quiet = parse_quiet(command.text)
        text = f"{quiet[0]:%H:%M}-{quiet[1]:%H:%M}" if quiet else ""
        await self._save(subscriber, replace(subscriber.settings, quiet=text))
        if not quiet:
            return (Text("No quiet hours: alerts may arrive at any time."),)
        return (Text(f"Quiet hours {text} ({subscriber.settings.timezone}): no alerts then."),)

    async def feedback(self, subscriber: Subscriber, command: Feedback, actor: Actor) -> Reply:
        """👍, 👎 or mute the company of a posting."""
        posting, search_ids = await self._own_job(subscriber, command.posting_ref)
        now = self._clock.now()
        if command.kind == "mute":
            if not posting.company:
                return (Text("This posting names no company to mute."),)
            return await self._mute(subscriber, posting.company)
        had = {
            (r.kind, r.company_key, r.title_key) for r in await self._store.feedback(subscriber.id)
        }
        already = (command.kind, *keys(posting)) in had
        replaced = await self._store.add_feedback(
            subscriber.id, search_ids, posting.id, command.kind, keys(posting), now
        )
        if already:  # a second 👍 or 👎 of the same job (or its company's same title)
            return (Text(_ALREADY[command.kind].format(title=posting.title)),)
        if command.kind == "up":
            again = " You had hidden it with 👎: it shows again." if replaced else ""
            return (
                Text(
                    f"👍 Noted — I'll rank jobs like this one higher in your next digests.{again}"
                ),
            )
        company = f" at {posting.company}" if posting.company else ""
        instead = " (instead of your 👍)" if replaced else ""
        return (
            Text(
                f'👎 Hidden{instead}. I won\'t show this job, or another "{posting.title}"'
                f"{company}, again, in any of your searches."
            ),
        )

    async def mute_company(
        self, subscriber: Subscriber, command: MuteCompany, actor: Actor
    ) -> Reply:
        """Mute a company by the name typed (/mute Tidewater)."""
        name = command.name[:TEXT_MAX]
        if not company_key(name):
            raise UserError("Send /mute N, with N the job number shown on a card, or a company.")
        return await self._mute(subscriber, name)

    async def _mute(self, subscriber: Subscriber, company: str) -> Reply:
        """Mute one company, the one answer for a card's 🔇 and /mute."""
        now = self._clock.now()
        key = company_key(company)
        if not await self._store.mute_company(subscriber.id, key, company, now):
            return (Text(f"{company} was already muted. /muted lists muted companies."),)
        muted = [k for k, _ in await self._store.muted_companies(subscriber.id)]
        number = muted.index(key) + 1 if key in muted else 0
        undo = f"/unmute {number} undoes it" if number else "/unmute N undoes it"
        return (
            Text(
                f"🔇 Muted {company}: I won't show their jobs again. "
                f"/muted lists muted companies; {undo}."
            ),
        )

    async def _own_job(self, subscriber: Subscriber, ref: int) -> tuple[Posting, list[int]]:
        """Job N of a card and the ids of the subscriber's searches it matched; none of their
        matches (another person's job, a number no job has) is refused as no job N."""
        found = await self._store.posting_by_ref(ref) if 0 < ref < NO_JOB else None
        search_ids = (
            await self._store.searches_matching(subscriber.id, found[0].id) if found else []
        )
        if found is None or not search_ids:
            raise UserError(unknown_job(ref))
        return found[0], search_ids

    async def explain_job(self, subscriber: Subscriber, command: ExplainJob, actor: Actor) -> Reply:
        """/why N: the full breakdown of job N's score for each search of theirs it matched."""
        posting, search_ids = await self._own_job(subscriber, command.posting_ref)
        searches = NumberedSearches.of(await self._store.searches(subscriber.id))
        company = f" — {posting.company}" if posting.company else ""
        lines = [f"Why job #{command.posting_ref} {posting.title}{company} matched:"]
        for search_id in search_ids:
            found = searches.find(search_id)
            if found is None:
                continue
            number, search = found
            query = stored_query(search)
            lines.append(f"For #{number} {query.describe()} ({search.sensitivity}):")
            lines.extend(breakdown(query, posting, search.sensitivity))
        return (Text("\n".join(lines)),)

    async def _numbers(self, subscriber: Subscriber, search_ids: list[int]) -> str:
        """'#1' or '#1, #3' for search ids."""
        searches = NumberedSearches.of(await self._store.searches(subscriber.id))
        return ", ".join(searches.labels(search_ids)) or "these searches"

    async def _muted_by_job(
        self, subscriber: Subscriber, muted: list[tuple[str, str]], ref: int
    ) -> tuple[str, str] | None:
        """The muted company of job ref, one of the subscriber's own jobs; None otherwise."""
        found = await self._store.posting_by_ref(ref) if 0 < ref < NO_JOB else None
        if found is None or not await self._store.searches_matching(subscriber.id, found[0].id):
            return None
        key = company_key(found[0].company or "")
        return next((m for m in muted if key and m[0] == key), None)

    async def show_muted(self, subscriber: Subscriber, command: ShowMuted, actor: Actor) -> Reply:
        """List muted companies."""
        muted = await self._store.muted_companies(subscriber.id)
        if not muted:
            return (Text("You have muted no companies. A job card's 🔇 button mutes one."),)
        lines = [f"#{n} {name}" for n, (_, name) in enumerate(muted, start=1)]
        return (Text("Muted companies (/unmute N to undo):\n" + "\n".join(lines)),)

    async def unmute(self, subscriber: Subscriber, command: Unmute, actor: Actor) -> Reply:
        """Unmute a company by number or name."""
        muted = await self._store.muted_companies(subscriber.id)
        target = command.target.strip().lstrip("#")
        chosen = None
        if target.isascii() and target.isdigit():
            if 1 <= int(target) <= len(muted):
                chosen = muted[int(target) - 1]
            else:  # the job number a card showed, its company muted with 🔇 or /mute N
                chosen = await self._muted_by_job(subscriber, muted, int(target[:19]))
        else:
            chosen = _muted_named(muted, company_key(target))
        if chosen is None:
            raise UserError(f'"{command.target[:40]}" is not in your muted list. /muted shows it.')
        await self._store.unmute_company(subscriber.id, chosen[0])
        return (Text(f"Unmuted {chosen[1]}: their jobs can appear again."),)


def _muted_named(muted: list[tuple[str, str]], key: str) -> tuple[str, str] | None:
    """The muted company named so, or the one whose name starts with those words ("tidewater"
    for Tidewater Community College)."""
    exact = next((m for m in muted if m[0] == key), None)
    starting = [m for m in muted if key and m[0].startswith(key + " ")]
    return exact or (starting[0] if len(starting) == 1 else None)


# A second 👍 or 👎 of a job: it was already so (the first one's answer said what it does).
_ALREADY = {
    "up": '👍 You had already liked "{title}": jobs like it rank higher in your next digests.',
    "down": '👎 "{title}" was already hidden: I don\'t show it in any of your searches.',
}

# Words after a time that say when in the day, not where ("8 in the morning").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "oclock"})


def _time_and_place(text: str) -> tuple[time, str]:
    """The time of '8am', or of '8am CET' / '18:30 in new york' with the zone's name after it."""
    try:
        return parse_time(text), ""
    except UserError:
        words = text.split()
        for cut in range(len(words) - 1, 0, -1):
            try:
                at = parse_time(" ".join(words[:cut]))
            except UserError:
                continue
            rest = words[cut:]
            return at, " ".join(rest[1:] if rest[0].lower() == "in" and len(rest) > 1 else rest)
        raise


def _reading(reading: ZoneReading) -> str:
    """How a typed name was read: 'Europe/Paris (Lyon, France)' or 'UTC+05:30, a fixed offset …'."""
    if is_fixed_offset(reading.zone):
        return f"{reading.zone}, a fixed offset without summer time (a city follows summer time)"
    return f"{reading.zone} ({reading.place.label()})" if reading.place else reading.zone


def _which_place(choice: ZoneChoice) -> Choice:
    """Ask which of the places sharing a name is meant, biggest first."""
    options = tuple(
        Action(f"{place.label()} — {place.zone}", actions.timezone(place.zone, _named(place)))
        for place in choice.places
    )
    question = (
        f"{choice.area} has several timezones. Which one? (Or type /tz with your city.)"
        if choice.area
        else f'Several places are called "{choice.typed}". Which one? '
        "(Or type /tz with the zone shown.)"
    )
    return Choice(question, options)


def _named(place: Place) -> str:
    """How a button names the place it picks ("Portland, Maine"), for the answer to name it
    too; '' when that name does not read back as the place's own zone."""
    named = f"{place.name}, {place.region or place.label().split(', ')[-1]}"
    try:
        reading = read_timezone(named)
    except UserError:
        return ""
    return named if isinstance(reading, ZoneReading) and reading.zone == place.zone else ""


def _next(settings: DigestSettings) -> str:
    """' Next digest: …', or when digests are off, that they are and how to turn them on."""
    if settings.frequency == "off":
        return " Digests are off: /frequency daily turns them on."
    if settings.next_digest_at is None:
        return ""
    return f" Next digest: {texts.local_time(settings.next_digest_at, settings.timezone)}."
