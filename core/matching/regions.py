"""Where searches and postings are: countries, US states, cities and the regions around them."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from core.digests.places import Place, fold, gazetteer

WORLDWIDE = frozenset(["anywhere", "worldwide", "global", "globally", "world wide"])
NEGOTIABLE = frozenset(["negotiable", "nationwide"])  # "Location Negotiable After Selection"
_PLACES = re.compile(r"\s+/\s+|;|\||\n|\s+or\s+")  # "Austin, TX / Remote (US)": several places
_CITY = "city:"
_ROW_KINDS = ("country", "region", "state")
_SEGMENTS = re.compile(r",|\s[-‐‑–—]\s|[()]")  # "Remote - Berlin", "Remote (US)"
_FILLER = frozenset(["remote", "hybrid", "onsite", "on site", "only", "based", "in", "job", "from"])


@dataclass(frozen=True, slots=True)
class Atlas:
    """Names of countries, US states and regions, and which areas contain which."""

    names: dict[str, frozenset[str]]  # folded name -> area ids ("georgia": the state and country)
    within: dict[str, frozenset[str]]  # area id -> itself and every area containing it
    codes: dict[str, str]  # US postal code ("tx") -> state id, read only after a comma
    plain_states: dict[str, str]  # "washington", "new york" after a comma are states
    longest: int  # words in the longest name


@dataclass(frozen=True, slots=True)
class Reading:
    """What a posting's place says: the areas it is in, and who may apply when it is remote."""

    areas: frozenset[str]  # ids named (cities, states, countries) and the areas containing them
    named: frozenset[str]  # ids named outright: a remote posting is open to these
    worldwide: bool  # "Remote - anywhere", and no narrower area named
    negotiable: bool  # "Location Negotiable After Selection, United States": open across named


def _tab(name: str) -> list[list[str]]:
    text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def _continents() -> dict[str, str]:
    """Country code -> the continent of its first zone in zone.tab ("Europe", "America"…)."""
    found: dict[str, str] = {}
    for row in _tab("zone.tab"):
        found.setdefault(row[0], row[2].split("/")[0])
    return found


def _members(spec: str, continents: dict[str, str]) -> set[str]:
    out: set[str] = set()
    for part in spec.split():
        if part.startswith("@"):
            out.update(c for c, cont in continents.items() if cont == part[1:])
        elif part.startswith("-"):
            out.discard(part[1:])
        else:
            out.add(part)
    return out


@cache
def atlas() -> Atlas:
    """The shipped tables (regions.tsv, tzdata's country list), loaded once."""
    text = resources.files("core.matching").joinpath("data", "regions.tsv").read_text("utf-8")
    return build_atlas(text)


def build_atlas(text: str) -> Atlas:
    """The atlas of a regions.tsv text (ValueError or KeyError when a row is malformed)."""
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if bad := [row for row in rows if row[0] not in _ROW_KINDS or len(row) < 3]:
        raise ValueError(f"regions.tsv: malformed row {chr(9).join(bad[0])[:80]!r}")
    continents = _continents()
    names: dict[str, set[str]] = {}
    within: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    plain: dict[str, str] = {}

    def name(label: str, area: str) -> None:
        names.setdefault(fold(label), set()).add(area)

    for row in _tab("iso3166.tab"):
        code, label = row[0], row[1]
        name(re.sub(r"\s*\(.*\)", "", label), code)
        within.setdefault(code, {code})
    for kind, area, labels, *rest in rows:
        for label in labels.split("|"):
            name(label, area)
        if kind == "region":
            within.setdefault(area, {area})
            for country in _members(rest[0], continents):
                within.setdefault(country, {country}).add(area)
        elif kind == "state":
            within[area] = {area, "US"}
            codes[area[3:].lower()] = area
            plain[fold(labels.split("|")[0]).removesuffix(" state")] = area
    for region in [r for r, ids in within.items() if r.islower()]:  # eu is in europe and emea
        members = {c for c, ids in within.items() if region in ids and c.isupper()}
        for other in [o for o in within if o.islower() and o != region]:
            others = {c for c, ids in within.items() if other in ids and c.isupper()}
            if members and members <= others:
                within[region].add(other)
    for area, ids in within.items():  # a state is in its country's regions
        for outer in list(ids):
            if outer != area:
                ids.update(within.get(outer, ()))
    return Atlas(
        {k: frozenset(v) for k, v in names.items()},
        {k: frozenset(v) for k, v in within.items()},
        codes,
        plain,
        max(len(k.split()) for k in names),
    )


def region_depth(region: str) -> int:
    """How many regions contain a region ("eu": Europe and EMEA, 2): the deeper, the smaller."""
    return sum(1 for area in atlas().within.get(region, ()) if area != region and area.islower())


def _city_areas(place: Place) -> set[str]:
    a = atlas()
    found = {_CITY + fold(place.name), *a.within.get(place.country, ())}
    state = a.names.get(fold(place.region), frozenset()) if place.region else frozenset()
    for area in state:
        found.update(a.within.get(area, ()))
    return found


@lru_cache(maxsize=4096)
def query_areas(place: str) -> tuple[frozenset[str], frozenset[str]]:
    """The area ids a folded place of a search names, and the areas containing them."""
    a = atlas()
    own = a.names.get(place)
    if own is None:
        named = gazetteer().named(place)
        own = frozenset([_CITY + place]) if named else frozenset()
        around = _city_areas(named[0]) if named else set()
    else:
        around = {x for i in own for x in a.within.get(i, {i})}
    return own, frozenset(around - own)


def query_place(words: tuple[str, ...], known: Container[str]) -> str | None:
    """The folded place a search's words name (a country, US state, region or city), or None.

    A single word the matcher knows as a title word ("mobile", "reading") is not a place.
    """
    text = " ".join(words)
    if len(words) == 1 and text in known:
        return None
    if text in atlas().names or gazetteer().named(text):
        return text
    return None


def table_name(place: str) -> str | None:
    """The table name of a city a search named by another of its names ("munchen": Munich),
    so that the echo does not show a folded spelling nobody wrote; None otherwise (and for a
    short form of the name: "new york" stays as typed)."""
    if place in atlas().names or place in gazetteer().by_name:
        return None
    other = gazetteer().by_other_name.get(place)
    if other is None or set(place.split()) <= set(fold(other.name).split()):
        return None  # "new york" for New York City: as typed
    return other.name


_KINDS = {"country": "a country", "state": "a US state", "region": "a region"}


def place_kind(place: str) -> str | None:
    """How a folded place of a search was read, for the echo: "a US state", "a city in
    Alabama, United States"; None for a name the tables do not know."""
    a = atlas()
    ids = sorted(a.names.get(place, ()))
    if ids:
        kinds = [
            "the District of Columbia"
            if i == "US-DC"
            else _KINDS["region"]
            if i.islower()
            else _KINDS["state"]
            if "-" in i
            else _KINDS["country"]
            for i in ids
        ]
        return " or ".join(dict.fromkeys(kinds))
    named = gazetteer().named(place)
    if not named:
        return None
    where = named[0].label().split(", ", 1)
    return f"a city in {where[1]}" if len(where) > 1 else "a city"


@lru_cache(maxsize=16384)
def read_place(location: str) -> Reading:
    """Read a posting's place as written ("Huntsville, Alabama, United States / Remote (US)")."""
    a = atlas()
    areas: set[str] = set()
    named: set[str] = set()
    wide = negotiable = False
    for place in _PLACES.split(location):
        segments = [s for s in (fold(p) for p in _SEGMENTS.split(place)) if s]
        found: set[str] = set()
        for i, segment in enumerate(segments):
            words = segment.split()
            wide = wide or any(w in WORLDWIDE for w in words) or "world wide" in segment
            negotiable = negotiable or any(w in NEGOTIABLE for w in words)
            if i and (words[0] in a.codes and (len(words) == 1 or words[1].isdigit())):
                found.add(a.codes[words[0]])  # "Austin, TX", "Austin, TX 78701"
            elif i and segment in a.plain_states:
                found.add(a.plain_states[segment])  # "Seattle, Washington"
            found.update(_names_in(words))
        if "US" in found:  # "Georgia, United States" is the state
            found = {x for x in found if x == "US" or x.startswith("US-") or x.islower()}
        city, near = _city(segments, found)
        countries = {x for x in near if x.isupper() and "-" not in x}
        if countries:  # "Tbilisi, Georgia" is the country
            found = {x for x in found if x.islower() or x.split("-")[0] in countries}
        named.update(found | near)
        for area in found:
            areas.update(a.within.get(area, {area}))
        areas.update(city)
    return Reading(frozenset(areas), frozenset(named), wide and not named, negotiable)


def _names_in(words: list[str]) -> set[str]:
    """Area ids named in a segment's words, longest names first."""
    a = atlas()
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(a.longest, len(words) - i), 0, -1):
            ids = a.names.get(" ".join(words[i : i + size]))
            if ids:
                found.update(ids)
                break
        else:
            size = 1
        i += size
    return found


def _city(segments: list[str], found: set[str]) -> tuple[set[str], set[str]]:
    """The areas of the first segment naming a city (the one in a state or country the place
    names, else the biggest of that name), and its city, state and country ids."""
    a = atlas()
    for segment in segments:
        name = " ".join(w for w in segment.split() if w not in _FILLER)
        named = gazetteer().named(name) if name and name not in a.names else ()
        if named:
            break
    else:
        return set(), set()
    for place in named:
        if found & {place.country, *a.names.get(fold(place.region), ())}:
            break
    else:
        if found:  # a smaller town of that name: "Aberdeen, Maryland"
            return {_CITY + name}, {_CITY + name}
        place = named[0]
    areas = _city_areas(place)
    return areas, {x for x in areas if x.isupper() or x.startswith((_CITY, "US-"))}
