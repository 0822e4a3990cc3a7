"""When a subscriber's digest is due: local time, timezone, frequency, quiet hours (DST-correct)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

from core.errors import UserError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_RE = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$", re.IGNORECASE)
# Abbreviations people type that are not IANA names, mapped to a representative zone.
_ABBREVIATIONS = {
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "bst": "Europe/London",
    "gmt": "Etc/GMT",
    "utc": "UTC",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "aest": "Australia/Sydney",
    "sf": "America/Los_Angeles",
    "nyc": "America/New_York",
    "pacific": "America/Los_Angeles",
    "mountain": "America/Denver",
    "central": "America/Chicago",
    "eastern": "America/New_York",
}
# Big cities that are not IANA zone names, so that "/tz mumbai" works.
_CITIES = {
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "montreal": "America/Toronto",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "milan": "Europe/Rome",
    "krakow": "Europe/Warsaw",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "tel aviv": "Asia/Jerusalem",
    "new york city": "America/New_York",
}


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often digests come: daily, weekdays, weekly on one day, or off."""

    kind: str  # "daily" | "weekdays" | "weekly" | "off"
    weekday: int = 0  # 0 = Monday, for weekly

    def __str__(self) -> str:
        """The stored and displayed form, e.g. 'weekly mon'."""
        return f"weekly {WEEKDAYS[self.weekday]}" if self.kind == "weekly" else self.kind

    def includes(self, day: date) -> bool:
        """Whether a digest may go out on this local date."""
        if self.kind == "daily":
            return True
        if self.kind == "weekdays":
            return day.weekday() < 5
        if self.kind == "weekly":
            return day.weekday() == self.weekday
        return False


def parse_time(text: str) -> time:
    """Read '08:30', '8.30', '8am', '18h00' as a local time of day."""
    match = _TIME_RE.match(text.strip())
    if match is None:
        raise UserError(f'"{text[:20]}" is not a time of day. Try /time 08:30 or /time 6pm.')
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise UserError(f'"{text[:20]}" is not a time of day. Try /time 8am.')
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise UserError(f'"{text[:20]}" is not a time of day. Use 00:00 to 23:59.')
    return time(hour, minute)


def parse_frequency(text: str) -> Frequency:
    """Read 'daily', 'weekdays', 'weekly mon' or 'off'."""
    words = text.lower().split()
    usage = "Try /frequency daily, weekdays, weekly mon (any day) or off."
    if not words:
        raise UserError(usage)
    kind = words[0]
    if kind in ("daily", "weekdays", "off") and len(words) == 1:
        return Frequency(kind)
    if kind == "weekly":
        day = words[1][:3] if len(words) == 2 else "mon" if len(words) == 1 else ""
        if day in WEEKDAYS:
            return Frequency("weekly", WEEKDAYS.index(day))
    raise UserError(f'"{text[:30]}" is not a frequency. {usage}')


def stored_frequency(text: str) -> Frequency:
    """Read a frequency stored by str(Frequency); unknown values fall back to daily."""
    try:
        return parse_frequency(text)
    except UserError:
        return Frequency("daily")


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every IANA zone, keyed by a searchable form ('europe berlin', 'berlin')."""
    names: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(("posix/", "right/")) or zone in ("localtime", "Factory"):
            continue
        names[zone.lower().replace("/", " ").replace("_", " ")] = zone
        city = zone.rsplit("/", 1)[-1].lower().replace("_", " ")
        names.setdefault(city, zone)
    names.update(_CITIES)
    return names


def find_timezone(text: str) -> str:
    """Find the IANA zone a person means: 'Europe/Berlin', 'berlin', 'new york', 'CET'."""
    wanted = " ".join(text.strip().split())
    if not wanted or len(wanted) > 60:
        raise UserError("Tell me a city or zone, e.g. /tz Europe/Berlin or /tz new york.")
    try:
        ZoneInfo(wanted)
        if "/" in wanted or wanted.upper() == "UTC":
            return wanted
    except (ZoneInfoNotFoundError, ValueError):
        pass
    key = wanted.lower().replace("/", " ").replace("_", " ")
    if key in _ABBREVIATIONS:
        return _ABBREVIATIONS[key]
    names = _zone_names()
    if key in names:
        return names[key]
    # The whole text first, then its first word ("frankfurt am main" → frankfurt); a text with
    # a slash is an attempt at an IANA name, so its parts are not guessed at one by one.
    first = key.split()[0]
    tries = [key] if "/" in wanted or first == key or len(first) < 4 else [key, first]
    best = None
    for candidate in tries:
        best = process.extractOne(candidate, names.keys(), scorer=fuzz.ratio, score_cutoff=80)
        if best is not None:
            break
    if best is None:
        raise UserError(
            f'I couldn\'t find a timezone for "{wanted[:40]}". Try a big city near you '
            "(/tz berlin) or an IANA name (/tz America/New_York)."
        )
    return names[best[0]]


def next_digest_at(after: datetime, at: time, zone: str, frequency: Frequency) -> datetime | None:
    """The first digest moment strictly after `after`, in UTC; None when digests are off."""
    if frequency.kind == "off":
        return None
    tz = ZoneInfo(zone)
    local_day = after.astimezone(tz).date()
    for offset in range(0, 9):
        day = local_day + timedelta(days=offset)
        if not frequency.includes(day):
            continue
        moment = datetime.combine(day, at, tzinfo=tz).astimezone(UTC)
        if moment > after:
            return moment
    return None  # unreachable for valid frequencies: a week always has a matching day


def parse_quiet(text: str) -> tuple[time, time] | None:
    """Read quiet hours '22:00-07:00', or 'off' for none."""
    if text.strip().lower() in ("off", "none", "no"):
        return None
    start, sep, end = text.replace("–", "-").partition("-")
    if not sep:
        raise UserError("Give quiet hours as a range, e.g. /quiet 22:00-07:00, or /quiet off.")
    return parse_time(start), parse_time(end)


def in_quiet_hours(moment: datetime, zone: str, quiet: tuple[time, time] | None) -> bool:
    """Whether a UTC moment falls inside the local quiet hours (ranges may wrap midnight)."""
    if quiet is None:
        return False
    start, end = quiet
    now = moment.astimezone(ZoneInfo(zone)).time()
    if start <= end:
        return start <= now < end
    return now >= start or now < end
