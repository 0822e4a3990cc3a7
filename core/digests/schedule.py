"""When a subscriber's digest is due: local time, timezone, frequency, quiet hours (DST-correct)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.digests.timezones import tzinfo_of
from core.errors import UserError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "8", "08:30", "8.30", "18h00", "0830", "8am", "8:30 p.m.", "20 uhr"
_TIME_RE = re.compile(
    r"^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:(am|pm|a\.m\.|p\.m\.)|h|uhr|o'?clock)?$", re.IGNORECASE
)
_NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
# "7 in the morning", "10 at night": the part of the day a time written out names.
_DAY_PART_RE = re.compile(
    r"^(.+?)\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))$", re.IGNORECASE
)

# A time in words: "half past seven", "quarter to 8", "ten past nine pm", "half 7" (British:
# half past), "seven o'clock"; noon and midnight as the hour too ("quarter to midnight").
_TWELVE: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_TWELVE += ("nine", "ten", "eleven", "twelve")
_HOUR_WORDS = {w: n for n, w in enumerate(_TWELVE, start=1)} | {
    "noon": 12,
    "midday": 12,
    "midnight": 24,
}
_MINUTE_WORDS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
_HOUR = r"(?P<hour>\d{1,2}|" + "|".join(_HOUR_WORDS) + ")"
_SUFFIX = r"(?P<suffix>\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock))?"
_SPOKEN_RE = re.compile(
    r"^(?:(?P<minutes>quarter|half|\d{1,2}|five|ten|twenty(?:[\s-]five)?)(?:\s+minutes?)?\s+"
    rf"(?P<way>past|after|to|till|before)|(?P<half>half))\s+{_HOUR}{_SUFFIX}$",
    re.IGNORECASE,
)
_WORD_HOUR_RE = re.compile(r"^(?P<hour>" + "|".join(_TWELVE) + rf"){_SUFFIX}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often digests come: daily, weekdays, weekly on one day, or off."""

    kind: str  # "daily" | "weekdays" | "weekly" | "off"
    weekday: int = 0  # 0 = Monday, for weekly

    def __str__(self) -> str:
        """The stored and displayed form, e.g. 'weekly mon'."""
        return f"weekly {WEEKDAYS[self.weekday]}" if self.kind == "weekly" else self.kind

    def spoken(self) -> str:
        """How a person says it: 'every day', 'on weekdays', 'every Monday', 'off'."""
        if self.kind == "weekly":
            return f"every {_DAY_NAMES[self.weekday]}"
        return {"daily": "every day", "weekdays": "on weekdays (Monday to Friday)"}.get(
            self.kind, self.kind
        )

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
    """Read '08:30', '8.30', '8am', '18h00', '0830', 'noon', '7 in the morning' as a time of day."""
    part = _DAY_PART_RE.match(text.strip())
    clock = _in_figures(part.group(1) if part else text.strip())
    match = _TIME_RE.match(_NAMED_TIMES.get(clock.lower(), clock))
    if match is None:
        raise UserError(f'"{text[:20]}" is not a time of day. Try /time 08:30 or /time 6pm.')
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower().replace(".", "")
    if part:
        if meridiem or not 1 <= hour <= 12:
            raise UserError(f'"{text[:20]}" is not a time of day. Try /time 7am or /time 7pm.')
        meridiem = _meridiem(hour, (part.group(2) or part.group(3)).lower())
    if meridiem:
        if not 1 <= hour <= 12:
            raise UserError(f'"{text[:20]}" is not a time of day. Try /time 8am.')
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise UserError(f'"{text[:20]}" is not a time of day. Use 00:00 to 23:59.')
    return time(hour, minute)


def _in_figures(clock: str) -> str:
    """A time in words in figures ("half past seven" → "7:30", "seven pm" → "7 pm"); any
    other text as it is."""
    word = _WORD_HOUR_RE.match(clock)
    if word:
        return f"{_HOUR_WORDS[word['hour'].lower()]}{word['suffix'] or ''}"
    spoken = _SPOKEN_RE.match(clock)
    if spoken is None:
        return clock
    said = " ".join((spoken["minutes"] or "half").lower().replace("-", " ").split())
    minutes = int(said) if said.isdigit() else _MINUTE_WORDS[said]
    hour_said = spoken["hour"].lower()
    hour = int(hour_said) if hour_said.isdigit() else _HOUR_WORDS[hour_said]
    named = hour_said in ("noon", "midday", "midnight")
    if not 0 < minutes < 60:
        return clock
    if (spoken["way"] or "").lower() in ("to", "till", "before"):
        if said == "half":  # "half to 8": no time
            return clock
        minutes, hour = 60 - minutes, hour - 1 if hour != 1 or named else 12
    if named and spoken["suffix"]:  # "half past noon pm"
        return clock
    return f"{hour % 24 if named else hour}:{minutes:02d}{spoken['suffix'] or ''}"


def _meridiem(hour: int, part: str) -> str:
    """Whether an hour of a part of the day is am or pm: "2 at night" is 02:00, "10" 22:00."""
    if part == "night":
        return "pm" if 6 <= hour <= 11 else "am"
    return "am" if part == "morning" else "pm"


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


def next_digest_at(after: datetime, at: time, zone: str, frequency: Frequency) -> datetime | None:
    """The first digest moment strictly after `after`, in UTC; None when digests are off."""
    if frequency.kind == "off":
        return None
    tz = tzinfo_of(zone)
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
    first, last = parse_time(start), parse_time(end)
    if first == last:  # an empty range: it would silence nothing while saying it does
        raise UserError("Quiet hours need a start and an end that differ, e.g. /quiet 22:00-07:00.")
    return first, last


def in_quiet_hours(moment: datetime, zone: str, quiet: tuple[time, time] | None) -> bool:
    """Whether a UTC moment falls inside the local quiet hours (ranges may wrap midnight)."""
    if quiet is None:
        return False
    start, end = quiet
    now = moment.astimezone(tzinfo_of(zone)).time()
    if start <= end:
        return start <= now < end
    return now >= start or now < end
