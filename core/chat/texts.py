"""The bot's longer texts: welcome and help."""

from __future__ import annotations

import calendar

from core.digests.schedule import stored_frequency
from core.matching import HELP_ADD as MATCHING_HELP_ADD
from core.model import DigestSettings

_DAYS = {"daily": "Every day", "weekdays": "Every weekday"}

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

HELP = """\
What I can do:
/add QUERY — save a search, e.g. /add senior backend python, remote or Berlin, no PHP, 120k+
/list — your saved searches, numbered
/jobs — the best current matches across your active searches
/remove N — delete search N (N from /list)
/pause N, /resume N — stop or restart matching search N
/sensitivity N strict|normal|loose — fewer, surer matches or more, looser ones
/digest — send my digest now; /more — the next batch
/time 08:30, /tz berlin (a city, or /tz UTC+2) — when my digest comes, in my timezone
/frequency daily|weekdays|weekly mon|off — how often
/alerts on|off, /quiet 22:00-07:00 — instant alerts for very strong matches
/settings — all of the above
/like N, /hide N, /mute N — react to job N (a card's 👍, 👎 and 🔇 buttons)
/muted, /unmute N — companies I muted
/cancel — abandon what is in progress
/quit — leave the chat (terminal only)
/help add — how to write a search"""

HELP_ADD = (
    MATCHING_HELP_ADD
    + """
After saving: /sensitivity N strict|normal|loose.
Example: /add senior backend python, remote or Berlin, no PHP, 120k+"""
)

HELP_TOPICS = {"add": HELP_ADD, "search": HELP_ADD, "query": HELP_ADD}

# The command menu chat platforms register (Telegram's set_my_commands, Slack's /jobs help).
COMMAND_MENU: tuple[tuple[str, str], ...] = (
    ("start", "Welcome and a guided first search"),
    ("add", "Save a search, e.g. /add senior backend python remote"),
    ("list", "Your saved searches"),
    ("jobs", "Best current matches"),
    ("remove", "Delete search N"),
    ("pause", "Pause search N"),
    ("resume", "Resume search N"),
    ("sensitivity", "Make search N strict, normal or loose"),
    ("digest", "Send my digest now"),
    ("more", "The next batch of matches"),
    ("settings", "Digest time, timezone, frequency, alerts"),
    ("time", "Digest time, e.g. /time 08:30"),
    ("tz", "Timezone, e.g. /tz berlin"),
    ("frequency", "daily, weekdays, weekly mon or off"),
    ("alerts", "Instant alerts on or off"),
    ("quiet", "Quiet hours for alerts, e.g. 22:00-07:00"),
    ("muted", "Companies I muted"),
    ("unmute", "Unmute company N"),
    ("help", "What I can do"),
    ("cancel", "Abandon what is in progress"),
)
