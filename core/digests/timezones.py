"""What people type for a timezone: IANA names, cities, abbreviations and UTC offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from core.digests.places import Place, fold, gazetteer
from core.errors import UserError

if TYPE_CHECKING:  # the places table is imported only when a name needs it
    from core.matching.regions import Atlas

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
    "gmt": "UTC",
    "utc": "UTC",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Helsinki",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "acst": "Australia/Adelaide",
    "acdt": "Australia/Adelaide",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "sf": "America/Los_Angeles",
    "nyc": "America/New_York",
    "la": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "mountain": "America/Denver",
    "central": "America/Chicago",
    "eastern": "America/New_York",
}
# "GMT+1", "UTC+2", "+05:30", "utc -3:30", "+0530": east of Greenwich is +, as people mean it
# (not the inverted POSIX sign of the IANA names Etc/GMT+1).
_OFFSET_TYPED = re.compile(
    r"^(?:utc|gmt)?\s*([+\-−–])\s*(\d{1,2})(?:(?::|\.|h)?(\d{2}))?$", re.IGNORECASE
)
# The stored form of a fixed offset: "UTC+05:30".
_OFFSET_STORED = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
MAX_OFFSET = timedelta(hours=14)  # Pacific/Kiritimati; the most west is −12:00
# Zones are grouped by their offsets in this year's winter and summer; only grouping uses it.
_GROUPING_YEAR = 2026
MAX_AREA_ZONES = 8  # the United States: Eastern, Pacific, Central, Arizona, Mountain, Alaska…
USAGE = "Try a big city near you (/tz berlin), an IANA name (/tz America/New_York) or /tz UTC+2."


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """The zone a typed name was read as, and the city understood (None for a zone or offset)."""

    zone: str
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """A name that places in several zones share; the candidates, biggest first."""

    typed: str
    places: tuple[Place, ...]
    area: str = ""  # a country or US state named alone: its name, and places are its zones


def season_named(zone: str, typed: str) -> str | None:
    """'winter' or 'summer' when a typed abbreviation is this zone's own clock ('GMT' in London)."""
    if fold(typed) not in _ABBREVIATIONS:
        return None
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    for month in (1, 7):
        moment = datetime(_GROUPING_YEAR, month, 15, 12, tzinfo=tz)
        if (moment.tzname() or "").lower() == typed.strip().lower():
            return "summer" if moment.dst() else "winter"
    return None


def find_timezone(text: str) -> str | ZoneChoice:
    """The zone a person means ('Europe/Berlin', 'berlin', 'CET', 'GMT+1'), or a question."""
    found = read_timezone(text)
    return found.zone if isinstance(found, ZoneReading) else found


def read_timezone(text: str) -> ZoneReading | ZoneChoice:
    """The zone a person means and the city understood, or a question; UserError if unknown."""
    wanted = " ".join(text.strip().split())
    if not wanted or len(wanted) > 60:
        raise UserError("Tell me a city or zone, e.g. /tz Europe/Berlin or /tz new york.")
    offset = _OFFSET_TYPED.match(wanted)
    if offset:
        return ZoneReading(_fixed_offset(wanted, *offset.groups()))
    exact = _iana_name(wanted)
    if exact:
        return ZoneReading(exact)
    key = fold(wanted)
    if key in _ABBREVIATIONS:
        return ZoneReading(_ABBREVIATIONS[key])
    found = _subdivision(key) or _exact(key) or _in_area(key) or _area_alone(key) or _native(key)
    if found:
        return found
    # The whole text first, then its first word ("frankfurt am main" → frankfurt); a text with
    # a slash is an attempt at an IANA name, so its parts are not guessed at one by one.
    words = wanted.split()
    first = fold(words[0])
    tries = [key] if "/" in wanted or len(words) == 1 or len(first) < 4 else [key, first]
    names = _fuzzy_names()
    for candidate in tries:
        best = process.extractOne(candidate, names, scorer=fuzz.ratio, score_cutoff=80)
        # A typo is one slip ("berln", "new yrok"), two in a long name: "atlantis" is not
        # Atlanta.
        if best is not None and OSA.distance(candidate, best[0]) <= 1 + len(candidate) // 10:
            found = _exact(best[0])
            if found:
                return found
    raise UserError(f'I don\'t know a place called "{wanted[:40]}".{_did_you_mean(key)} {USAGE}')


def _in_area(key: str) -> ZoneReading | None:
    """A city named with its US state or country ('paris texas', 'portland, maine')."""
    words = key.split()
    for cut in range(len(words) - 1, 0, -1):
        name, area = " ".join(words[:cut]), " ".join(words[cut:])
        inside = gazetteer().within(name, area)
        if inside is None or not gazetteer().named(name):
            continue
        if inside:
            return ZoneReading(inside[0].zone, inside[0])
        biggest = gazetteer().biggest_in(area)
        there = (
            f" The biggest city I know there is {biggest.label()} ({biggest.zone})."
            if biggest
            else ""
        )
        raise UserError(
            f'I don\'t know a place called "{name.title()}" in {_area_name(area)}.{there} {USAGE}'
        )
    return None


def _area_alone(key: str) -> ZoneReading | ZoneChoice | None:
    """A country or US state named alone ('india', 'usa'): its one zone, or which of its zones.

    Zones keeping the same time all year (America/Detroit and America/New_York) count once, by
    the biggest city in them; a name that is neither area is left to the typo check.
    """
    places = gazetteer().in_area(key)
    if not places:
        return None
    by_clock: dict[tuple[timedelta | None, ...], Place] = {}
    for place in places:
        by_clock.setdefault(_clock(place.zone), place)
    if len(by_clock) == 1:
        return ZoneReading(places[0].zone)
    return ZoneChoice(key, tuple(by_clock.values())[:MAX_AREA_ZONES], _area_name(key))


def _native(key: str) -> ZoneReading | ZoneChoice | None:
    """A country by its own or another language's name ('deutschland', 'españa'), from the
    matcher's table of them (regions.tsv)."""
    from core.matching.regions import atlas  # the places table: read only for such a name

    english = atlas().english.get(key)
    return _area_alone(fold(english)) if english else None


def _subdivision(key: str) -> ZoneReading | ZoneChoice | None:
    """A state, province or nation of a country other than the US by name or as shortened
    ('nsw', 'queensland', 'ontario': not Ontario, California), as a search reads it."""
    from core.matching.regions import atlas  # the places table: loaded at the first /tz only

    a = atlas()
    areas = [i for i in a.names.get(key, ()) if i in a.parts]
    if len(areas) == 1:
        names = sorted(k for k, v in a.names.items() if areas[0] in v)
        return _area_alone(max(names, key=len))
    coded = sorted(a.subcodes.get(key, ()))
    if coded and key in a.codes:
        coded.append(a.codes[key])
    biggest = [_biggest_in(a, area) for area in coded]
    places = tuple(p for p in biggest if p is not None)
    if len(places) > 1:  # "wa": Western Australia or Washington
        return ZoneChoice(key, places)
    return ZoneReading(places[0].zone, places[0]) if places else None


def _biggest_in(a: Atlas, area: str) -> Place | None:
    """The biggest city of a state, province or nation id ("AU-WA": Perth)."""
    state = next((k for k, v in a.plain_states.items() if v == area), "")
    names = sorted(k for k, v in a.names.items() if area in v)
    label = state or (max(names, key=len) if names else "")
    found = gazetteer().in_area(label) if label else ()
    return found[0] if found else None


def _clock(zone: str) -> tuple[timedelta | None, ...]:
    """A zone's UTC offsets in January and July: zones alike in both keep the same time."""
    return tuple(
        datetime(_GROUPING_YEAR, month, 1, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7)
    )


def _area_name(area: str) -> str:
    """'Texas', 'USA', 'United Kingdom' from their folded forms."""
    return area.upper() if len(area) <= 3 else area.title()


def _did_you_mean(key: str) -> str:
    """' Did you mean Atlanta, Georgia, United States?' for a near miss, else ''."""
    near = process.extract(key, _fuzzy_names(), scorer=fuzz.ratio, limit=2, score_cutoff=75)
    labels = []
    for name, _, _ in near:
        found = _exact(name)
        if isinstance(found, ZoneReading):
            labels.append(found.place.label() if found.place else found.zone)
        elif found:
            labels.append(found.places[0].label())
    return f" Did you mean {' or '.join(labels)}?" if labels else ""


def _fixed_offset(typed: str, sign: str, hours: str, minutes: str | None) -> str:
    """The stored name of a typed UTC offset, or a refusal of an impossible one."""
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if (
        int(minutes or 0) >= 60
        or delta > MAX_OFFSET
        or (sign != "+" and delta > timedelta(hours=12))
    ):
        raise UserError(f'"{typed[:20]}" is not a UTC offset: they run from UTC-12 to UTC+14.')
    return offset_name(delta if sign == "+" else -delta)


def offset_name(delta: timedelta) -> str:
    """'UTC+05:30', 'UTC-03:00'; 'UTC' for no offset."""
    if not delta:
        return "UTC"
    minutes = int(abs(delta).total_seconds()) // 60
    return f"UTC{'+' if delta > timedelta(0) else '-'}{minutes // 60:02d}:{minutes % 60:02d}"


def _iana_name(wanted: str) -> str | None:
    """The text itself when it is an IANA zone name with a slash, or UTC."""
    if "/" not in wanted and wanted.upper() != "UTC":
        return None
    try:
        ZoneInfo(wanted)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return wanted


def _exact(key: str) -> ZoneReading | ZoneChoice | None:
    """A folded name that is a city or the place part of a zone name."""
    places = gazetteer().find(key)
    if len(places) > 1:
        return ZoneChoice(key, places)
    if places:
        return ZoneReading(places[0].zone, places[0])
    zone = _zone_keys().get(key)
    return ZoneReading(zone) if zone else None


@lru_cache(maxsize=1)
def _zone_keys() -> dict[str, str]:
    """The geographic IANA zones of zone.tab by folded name: 'europe berlin' and 'berlin'.

    Deprecated aliases ('Poland', 'US/Pacific', 'Asia/Calcutta') are left out, so that no
    city is read as one of them; typed exactly, they still work as IANA names.
    """
    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones = sorted(line.split("\t")[2] for line in text.splitlines() if line[:1].isalpha())
    keys: dict[str, str] = {}
    for zone in zones:
        keys[fold(zone)] = zone
        keys.setdefault(fold(zone.rsplit("/", 1)[-1]), zone)
    return keys


@lru_cache(maxsize=1)
def _fuzzy_names() -> list[str]:
    """Names to match typos against: zone places first, then cities, biggest first."""
    return [*_zone_keys(), *(key for key in gazetteer().names() if key not in _zone_keys())]


def is_fixed_offset(zone: str) -> bool:
    """Whether a stored zone name is a fixed offset ('UTC+05:30') rather than an IANA zone."""
    return _OFFSET_STORED.match(zone) is not None


def tzinfo_of(zone: str) -> tzinfo:
    """The tzinfo of a stored zone name: an IANA zone, or a fixed offset 'UTC+05:30'."""
    offset = _OFFSET_STORED.match(zone)
    if offset is None:
        return ZoneInfo(zone)
    sign, hours, minutes = offset.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    return timezone(delta if sign == "+" else -delta, zone)


def utc_offset(zone: str, moment: datetime) -> str:
    """The zone's offset at a moment, e.g. 'UTC+01:00'."""
    return offset_name(moment.astimezone(tzinfo_of(zone)).utcoffset() or timedelta(0))
