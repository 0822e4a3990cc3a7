"""The bot's longer texts: welcome and help."""

from __future__ import annotations

import calendar
import re
from datetime import datetime

from core.chat import registry
from core.digests.schedule import stored_frequency
from core.digests.timezones import tzinfo_of
from core.matching import HELP_ADD as MATCHING_HELP_ADD
from core.matching.scoring import THRESHOLDS
from core.model import DigestSettings, MatchCount
from core.plurals import count as count  # re-exported: texts.count

_DAYS = {"daily": "Every day", "weekdays": "Every weekday"}

NO_SEARCHES = "You have no saved searches yet. /add one and I'll find matches."
NOTHING_YET = "No open posting matches your searches yet. I keep looking."
ALL_PAUSED = "All your searches are paused. /resume N restarts one."
MORE_OF_ALL = "There are more: /more the next batch, /jobs N the best of search N (N from /list)."
MORE_OF_ONE = "There are more: /digest sends every one not sent yet, /more the next batch."
MORE_JOBS = "There are more: /more the next batch."
NO_MORE_JOBS = "That is all of them. /digest sends every one not sent yet."


def all_shown(n: int) -> str:
    """/more after the whole list was shown: how many it was."""
    which = "the only one" if n == 1 else f"all {n}"
    return f"No more matches — that was {which}. /digest sends every one not sent yet."


def no_matches_of(number: int, active: bool, settings: DigestSettings) -> str:
    """/jobs N for a search without current matches."""
    if not active:
        return f"#{number} is paused and has no current matches. /resume {number} restarts it."
    return f"No open posting matches #{number} yet. I keep looking. {new_ones(settings)}"


def dropped(whose: str, muted: int, total: int) -> str:
    """/jobs when every match is of a muted company or hidden with 👎: how many, how to undo."""
    said = f"{whose} {count(total, 'match', 'matches')}"
    undo = "/muted lists them, /unmute N shows their jobs again"
    hidden = total - muted
    if not hidden:
        return f"{said}, {_companies(muted)}: {undo}."
    if not muted:
        return f"{said}, {HIDDEN}."
    return f"{said}: {muted} {_companies(muted)} ({undo}), {hidden} {HIDDEN}."


HIDDEN = "hidden with 👎"


def _companies(muted: int) -> str:
    """Where muted matches are from, as /jobs and /list say it."""
    return "from a company you muted" if muted == 1 else "from companies you muted"


def held(matches: MatchCount) -> str:
    """What holds a count at 0, as /list, /resume and /sensitivity say it after it: " (1 from a
    company you muted)", " (2 hidden with 👎)"; '' when nothing does."""
    if matches.stored or not (matches.muted or matches.hidden):
        return ""
    parts = [f"{matches.muted} {_companies(matches.muted)}"] if matches.muted else []
    parts += [f"{matches.hidden} {HIDDEN}"] if matches.hidden else []
    return f" ({', '.join(parts)})"


def paused_heading(number: int, described: str) -> str:
    """/jobs N's heading for a paused search, whose matches are as they were when paused."""
    return (
        f"Best matches of #{number} {described} — paused, so none new come "
        f"(/resume {number} restarts it):"
    )


def new_ones(settings: DigestSettings) -> str:
    """How the matches of postings still to come reach the person: when the next digest is."""
    if settings.frequency == "off" or settings.next_digest_at is None:
        return "Digests are off: /jobs shows new matches, /frequency daily sends them."
    when = local_time(settings.next_digest_at, settings.timezone)
    return f"New ones come in your digest, next {when} (/settings changes when)."


def local_time(moment: datetime, zone: str) -> str:
    """A UTC moment shown in a zone: 'Mon 01 Dec 08:30 Europe/Berlin'."""
    return f"{moment.astimezone(tzinfo_of(zone)):%a %d %b %H:%M} {zone}"


WELCOME = """\
Hi! I'm Job Concierge. Tell me what job you want in your own words and I'll keep \
it as a saved search, match every new posting against it — typos, abbreviations \
and synonyms included — and show you the ones that fit, with why.

Start with a search, for example:
/add senior backend engineer python remote
/add golang k8s berlin 120k+ -php

Then /jobs shows the best current matches. {digest} /help lists everything I can do."""


def welcome(settings: DigestSettings) -> str:
    """The welcome, with the digest schedule as it is set now."""
    return WELCOME.format(digest=digest_schedule(settings))


def welcome_back(searches: int, settings: DigestSettings) -> str:
    """The welcome of someone who has searches already: how many, and where their matches are."""
    return (
        f"Welcome back! You have {count(searches, 'saved search', 'saved searches')}: /jobs "
        f"shows the best matches, /list the searches. {digest_schedule(settings)} /help lists "
        "everything I can do."
    )


def digest_schedule(settings: DigestSettings) -> str:
    """'Every day at 18:00 (Europe/Berlin) I send you …', or how to turn digests on."""
    frequency = stored_frequency(settings.frequency)
    if frequency.kind == "off":
        return "Digests are off; /frequency daily turns them on."
    days = _DAYS.get(frequency.kind) or f"Every {calendar.day_name[frequency.weekday]}"
    zone = settings.timezone if settings.timezone_set else "UTC"
    return (
        f"{days} at {settings.digest_time} ({zone}) I send you a digest of the new ones, "
        "each with why it matched; /settings shows and changes when."
    )


ASK_TIMEZONE = """\
Which timezone are you in? Tell me with /tz and a city or zone, e.g. /tz berlin or \
/tz America/New_York — until then your digest time is in UTC."""

HELP = registry.help_text()

HELP_ADD = (
    MATCHING_HELP_ADD
    + """
After saving: /sensitivity N strict|normal|loose.
Example: /add senior backend python, remote or Berlin, no PHP, 120k+"""
)

HELP_TZ = """\
/tz — your timezone, so the digest comes at your time:
• a city: /tz berlin, /tz new york, /tz portland maine (a city with its US state or country)
• a country or US state: /tz india (one with several zones asks which)
• an IANA name: /tz Europe/Berlin
• an abbreviation: /tz CET
• a UTC offset: /tz UTC+2 (east of Greenwich is +)
I say which place I understood. A city follows summer time; a bare offset does not."""

HELP_SENSITIVITY = f"""\
/sensitivity N strict|normal|loose — fewer, surer matches or more, looser ones. Each card's \
score (0–100) says how well a posting fits; search N takes postings scoring at least:
• strict: {THRESHOLDS["strict"]:.0f} — only postings that fit nearly all you asked for
• normal: {THRESHOLDS["normal"]:.0f} — what a new search is; here and at strict a posting must \
name a skill you named (when you named one)
• loose: {THRESHOLDS["loose"]:.0f} — and, after those, titles near in meaning at any score (a \
loose chef finds a Cook, the card says "by meaning"); a posting naming none of your skills comes \
last instead of being left out
At every level what you ruled out stays out: an excluded skill, pay below your floor, a level \
or place you did not ask for, a developer job not naming the language you asked for.
For example, /sensitivity 2 loose widens search #2 (N from /list)."""

HELP_TOPICS = {
    "add": HELP_ADD,
    "search": HELP_ADD,
    "query": HELP_ADD,
    "tz": HELP_TZ,
    "sensitivity": HELP_SENSITIVITY,
}


def help_on(topic: str) -> str | None:
    """The help on a topic or a command ('add', 'tz', 'remove', 'timezone'); None if none."""
    spec = registry.lookup(topic)
    name = spec.name if spec else topic
    if name in HELP_TOPICS:
        return HELP_TOPICS[name]
    # The command leads its line or one of its parts ("/digest — …; /more — the next batch").
    named = re.compile(rf"(?:^|[,;] )/{re.escape(name)}\b[^—;]*—")
    lines = [line for line in HELP.splitlines() if named.search(line)]
    if not lines and spec is not None and spec.menu:
        lines = [f"/{spec.name} — {spec.menu}"]
    return "\n".join(lines) or None


COMMAND_MENU = registry.menu()


def current(matches: MatchCount) -> str:
    """How many open postings a search matches now, as /list counts them: past the matches
    kept, "N+"."""
    if not matches.more:
        return count(matches.stored, "current match", "current matches") + held(matches)
    return f"{matches.stored}+ current matches (the best {matches.stored} kept)"


def looking(postings: int) -> str:
    """An /add's answer while the index over open postings is being built."""
    return (
        f"Saved. Looking for matching jobs among {postings:,} postings — I'll send them in a "
        "minute."
    )


def broad(kept: int, raw: str) -> str:
    """The footer of an /add matching more postings than it keeps: "N+", as /list says (the
    count it stopped at is a lower bound); /explore counts them all, one per job."""
    return (
        f"{kept}+ postings match; I keep the best {kept} — a narrower search "
        f"(a speciality, a skill, a place) finds fewer; /explore {raw} counts every one."
    )
