"""Where searches and postings are: countries, US states, cities and the regions around them."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from core.digests.places import Place, fold, gazetteer
from core.model import Posting

WORLDWIDE = frozenset(["anywhere", "worldwide", "global", "globally", "world wide"])
NEGOTIABLE = frozenset(["negotiable", "nationwide"])  # "Location Negotiable After Selection"
_PLACES = re.compile(r"\s+/\s+|;|\||\n|\s+or\s+")  # "Austin, TX / Remote (US)": several places
_CITY = "city:"
_METRO = "metro:"
_ROW_KINDS = (
    "country",
    "nation",
    "territory",
    "name",
    "region",
    "state",
    "locality",
    "metro",
    "part",
)
_NOT_CODES = frozenset(["or", "in"])  # after a city in a search these are words, not Oregon/Indiana
# US postal codes a search may name alone ("nurse tx"); others are words first ("pa", "md", "ca",
# "pr", "va", "la"), and places after "in" ("nurse in md") unless a word there too ("in me")
_CODES_ALONE = frozenset(
    {"ak", "az", "fl", "ga", "ks", "ky", "mn", "nc", "nh", "nj", "nm", "nv", "ny", "tn", "tx"}
    | {"vt", "wa", "wi", "wv", "wy"}
)
_NOT_ALONE = _NOT_CODES | {"de", "me", "ok", "hi", "id", "la", "co"}
# Postal codes that are everyday words ("contact me", "co-op", "id card", "hi-vis"): a state only
# where a search plainly names a place with one (last, right after a role noun or "in": "nurse
# me", "teacher in ok"), read as the state's name; "la" is also the Los Angeles metro area.
_WORD_STATES = frozenset(["me", "ok", "hi", "id", "co", "la"])
_ALSO = {"la": "los angeles area"}
_SEGMENTS = re.compile(r",|\s[-‐‑–—]\s|[()]")  # "Remote - Berlin", "Remote (US)"
_INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]\.?$")  # "u.s", "d.c" as the tokenizer keeps them
# Time zones a remote posting names for who may apply ("Remote (EST)", "Pacific Time", "CET")
_ZONES = {
    **dict.fromkeys(("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"), "north america"),
    **dict.fromkeys(("akst", "akdt", "hst"), "US"),
    **dict.fromkeys(("cet", "cest", "eet", "eest"), "europe"),
    **dict.fromkeys(("aest", "aedt", "acst", "awst"), "AU"),
}
_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+\-−–])\s*(\d{1,2})(?![\d.])", re.IGNORECASE)
_ZONE_NAMES = {"eastern": "north america", "pacific": "north america", "central": "north america"}
_ZONE_NAMES |= {"mountain": "north america", "european": "europe", "australian": "AU"}
_TIME = frozenset(["time", "timezone", "timezones", "standard", "daylight", "tz"])
_ZONE_PLACES = {"north america": "north america", "US": "us", "europe": "europe", "AU": "australia"}
_FILLER = frozenset(["remote", "hybrid", "onsite", "on site", "only", "based", "in", "job", "from"])


@dataclass(frozen=True, slots=True)
class Atlas:
    """Names of countries, US states and regions, and which areas contain which."""

    names: dict[str, frozenset[str]]  # folded name -> area ids ("georgia": the state and country)
    within: dict[str, frozenset[str]]  # area id -> itself and every area containing it
    codes: dict[str, str]  # US postal code ("tx") -> state id, read only after a comma
    plain_states: dict[str, str]  # "washington", "new york" after a comma are states
    longest: int  # words in the longest name
    localities: dict[str, tuple[str, str]]  # "redstone arsenal" -> ("huntsville", "US-AL")
    metros: dict[str, tuple[str, ...]]  # "bay area" -> its id, its cities' ("city:oakland@US-CA")
    english: dict[str, str]  # a name in another language ("deutschland") -> "Germany"
    # a metro id that is a region of one state or country, or a nation's id, -> the state's or
    # country's name ("metro:southern california": California; "GB-SCT": the United Kingdom)
    parts: dict[str, str]
    subdivisions: dict[str, str]  # a nation's id -> what it is ("GB-SCT": nation, "AU-NSW": state)
    # a nation's postal code -> the nations of it, read right after a city in one ("wa": AU-WA)
    subcodes: dict[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a posting's place says: the areas it is in, and who may apply when it is remote."""

    areas: frozenset[str]  # ids named (cities, states, countries) and the areas containing them
    named: frozenset[str]  # ids named outright: a remote posting is open to these
    worldwide: bool  # "Remote - anywhere", and no narrower area named
    negotiable: bool  # "Location Negotiable After Selection, United States": open across named
    beside: tuple[str, ...] = ()  # the cities its installations are in ("Huntsville"), for reasons


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
    long_rows = ("locality", "metro", "part", "territory", "nation")
    short = [row for row in rows if len(row) < (4 if row[0] in long_rows else 3)]
    if bad := [row for row in rows if row[0] not in _ROW_KINDS] + short:
        raise ValueError(f"regions.tsv: malformed row {chr(9).join(bad[0])[:80]!r}")
    continents = _continents()
    names: dict[str, set[str]] = {}
    within: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    plain: dict[str, str] = {}
    localities: dict[str, tuple[str, str]] = {}
    metros: dict[str, tuple[str, ...]] = {}
    metro_areas: set[str] = set()
    territories: dict[str, str] = {}
    subdivisions: dict[str, str] = {}
    subcodes: dict[str, set[str]] = {}
    countries = {row[0]: re.sub(r"\s*\(.*\)", "", row[1]) for row in _tab("iso3166.tab")}
    countries["GB"] = "United Kingdom"  # iso3166.tab: "Britain (UK)"
    english: dict[str, str] = {}
    parts: dict[str, str] = {}

    def name(label: str, area: str) -> None:
        names.setdefault(fold(label), set()).add(area)

    for row in _tab("iso3166.tab"):
        code, label = row[0], row[1]
        name(re.sub(r"\s*\(.*\)", "", label), code)
        within.setdefault(code, {code})
    for kind, area, labels, *rest in rows:
        if kind == "locality":
            localities.update((fold(label), (fold(rest[0]), area)) for label in labels.split("|"))
            continue
        if kind in ("metro", "part"):  # members "oakland@US-CA": a city and its state or country
            cities = [m.rsplit("@", 1) for m in rest[0].split("|")]
            metro_areas.update(where for _, where in cities)
            if kind == "part":  # a region of one state or country: its name, for the echo
                parts[_METRO + area] = " or ".join(sorted({where for _, where in cities}))
            metro = (_METRO + area, *(f"{_CITY}{fold(c)}@{w}" for c, w in cities))
            metros.update((fold(label), metro) for label in labels.split("|"))
            continue
        for label in labels.split("|"):
            name(label, area)
        if kind == "name":  # "deutschland": Germany
            said = countries.get(area) or (area.upper() if len(area) < 4 else area.title())
            english.update((fold(label), said) for label in labels.split("|"))
        if kind == "territory":  # Puerto Rico is in the US, not in North America with it
            territories[area] = rest[0]
            codes.update((code, area) for code in rest[1:2])
        elif kind == "region":
            within.setdefault(area, {area})
            for country in _members(rest[0], continents):
                within.setdefault(country, {country}).add(area)
        elif kind == "nation":  # "scotland": in the UK, and so in its regions
            within[area] = {area, rest[0]}
            parts[area] = rest[0]  # its country, for the echo
            subdivisions[area] = rest[1] if len(rest) > 1 else "nation"
            for code in rest[2:3]:
                subcodes.setdefault(code, set()).add(area)
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
    if odd := sorted(({area for _, area in localities.values()} | metro_areas) - within.keys()):
        raise KeyError(f"regions.tsv: a place in {odd[0]}, which is no state or country")
    for area, ids in within.items():  # a state is in its country's regions
        for outer in list(ids):
            if outer != area:
                ids.update(within.get(outer, ()))
    for area, country in territories.items():
        within.setdefault(area, {area}).add(country)
    states = {area: label for label, area in plain.items()}
    for part, area in parts.items():
        said = states[area].title() if area in states else countries.get(area, area)
        parts[part] = f"the {said}" if said.startswith("United ") else said
    return Atlas(
        {k: frozenset(v) for k, v in names.items()},
        {k: frozenset(v) for k, v in within.items()},
        codes,
        plain,
        max(len(k.split()) for k in names),
        localities,
        metros,
        english,
        parts,
        subdivisions,
        {k: frozenset(v) for k, v in subcodes.items()},
    )


def named_apart(own: frozenset[str], reading: Reading) -> bool:
    """Whether a nation or a region of one country asked ("wales", "cornwall") is in a
    posting's place only as a word of another place's name ("New South Wales, Australia",
    "Cornwall, ON, Canada"): the place names countries, none the one it is in."""
    a = atlas()
    if not any(i in a.parts for i in own) or own & reading.areas:
        return False
    inside = {i.rsplit("@", 1)[-1].split("-")[0] for i in own if i.isupper() or "@" in i}
    named = {i.split("-")[0] for i in reading.named if i.isupper()}
    return bool(named) and not named & inside


def region_depth(region: str) -> int:
    """How many regions contain a region ("eu": Europe and EMEA, 2): the deeper, the smaller."""
    return sum(1 for area in atlas().within.get(region, ()) if area != region and area.islower())


def _state_ids(place: Place) -> set[str]:
    """The id of a city's US state ("Georgia" of Columbus, Georgia is US-GA, not the country)."""
    if not place.region:
        return set()
    a = atlas()
    region = fold(place.region)
    ids = set(a.names.get(region, ()))
    if region in a.plain_states:  # "Washington", "New York": the states, not DC or the city
        ids.add(a.plain_states[region])
    return {i for i in ids if i.startswith(place.country + "-")}


def _city_ids(name: str, areas: Iterable[str]) -> set[str]:
    """A city's ids: its folded name, and its name in each state or country it is in
    ("city:columbus@US-OH"), which a search naming the city with its state asks for."""
    return {_CITY + name} | {f"{_CITY}{name}@{area}" for area in areas if area.isupper()}


def _city_areas(place: Place) -> set[str]:
    a = atlas()
    found = set(a.within.get(place.country, ()))
    for area in _state_ids(place):
        found.update(a.within.get(area, ()))
    return found | _city_ids(fold(place.name), found)


def _place_in(city: str, area: str) -> Place | None:
    """The biggest city of a folded name in a state or country id, or None."""
    return next((p for p in gazetteer().named(city) if area in {p.country, *_state_ids(p)}), None)


def _locality_areas(name: str) -> set[str]:
    """The areas of a place in or beside a city ("redstone arsenal": Huntsville, Alabama) and
    its own name, from the locality rows of regions.tsv."""
    a = atlas()
    city, area = a.localities[name]
    place = _place_in(city, area)
    if place is not None:
        found = _city_areas(place)
    else:  # a town the city table lacks: "Fort Detrick" is in Frederick, Maryland
        found = set(a.within.get(area, {area}))
        found |= _city_ids(city, found)
    return found | _city_ids(name, found)


def _areas_named(words: str) -> set[str]:
    """The US states and countries a folded qualifier after a city names ("ohio", "oh", "uk")."""
    a = atlas()
    found = {i for i in a.names.get(words, ()) if i.isupper()}
    if words in a.plain_states:
        found.add(a.plain_states[words])
    if words in a.codes and words not in _NOT_CODES:
        found.add(a.codes[words])
    return found


@cache
def metro_towns() -> dict[str, str]:
    """The towns of the metro rows the city table lacks, each in one state or country
    ("redmond": US-WA, "palo alto": US-CA): places a search may name alone."""
    a = atlas()
    areas: dict[str, set[str]] = {}
    for metro in a.metros.values():
        for member in metro[1:]:
            town, area = member.removeprefix(_CITY).rsplit("@", 1)
            areas.setdefault(town, set()).add(area)
    named = gazetteer().named
    return {
        town: next(iter(where))
        for town, where in areas.items()
        # A county a row lists ("orange county@US-CA") is no town: alone it may be any state's.
        if len(where) == 1 and town not in a.names and not named(town) and not _county(town.split())
    }


@lru_cache(maxsize=4096)
def qualified(place: str) -> tuple[str, str, Place | None, str] | None:
    """A search's city followed by its state or country ("columbus ohio", "columbus oh",
    "paris france", "redstone arsenal alabama", "aberdeen maryland"): its folded name, the state
    or country id, the city in the table (None for a locality, or for a smaller town of a US
    state named like a city of the table) and the qualifier as written; None when the words are
    no such pair."""
    a = atlas()
    if place in a.names or place in a.localities or place in a.metros or gazetteer().named(place):
        return None  # a name of its own: "new york", "washington dc", "redstone arsenal"
    words = place.split()
    for cut in range(len(words) - 1, 0, -1):
        name = " ".join(words[:cut])
        said = " ".join(words[cut:])
        for area in sorted(a.subcodes.get(said, ())):  # "perth wa", "calgary ab"
            city = _place_in(name, area)
            if city is not None:
                return fold(city.name), area, city, said
        for area in sorted(_areas_named(said)):
            city = _place_in(name, area)
            if city is not None:
                return fold(city.name), area, city, said
            if name in a.localities and area in a.within[a.localities[name][1]]:
                return name, area, None, said
            if area.startswith("US-") and (name in gazetteer().by_name or _county(name.split())):
                return name, area, None, said  # "aberdeen maryland", "montgomery county md"
            if metro_towns().get(name) == area:
                return name, area, None, said  # "redmond wa"
    return None


@lru_cache(maxsize=4096)
def query_areas(place: str) -> tuple[frozenset[str], frozenset[str]]:
    """The area ids a folded place of a search names, and the areas containing them."""
    a = atlas()
    own = a.names.get(place)
    pair = qualified(place)
    if own is None and _code_area(place):  # "tx": Texas
        own = frozenset([_code_area(place)])
    if own is not None:
        around = {x for i in own for x in a.within.get(i, {i})}
    elif place in a.localities:
        own, around = frozenset([_CITY + place]), _locality_areas(place)
    elif place in a.metros:
        own = frozenset(a.metros[place])
        around = {x for i in own if "@" in i for x in a.within[i.rsplit("@", 1)[1]]}
    elif pair is not None:
        name, area, city, _ = pair
        own = frozenset([f"{_CITY}{name}@{area}"])
        if city is not None:
            around = _city_areas(city)
        elif name in a.localities:
            around = _locality_areas(name)
        else:
            around = set(a.within[area]) | _city_ids(name, a.within[area])
    elif place in metro_towns():  # "redmond": the town of a metro row, in its state
        area = metro_towns()[place]
        own, around = frozenset([f"{_CITY}{place}@{area}"]), set(a.within[area])
    else:  # a city, or a town only a locality row names ("frederick": Fort Detrick)
        named = gazetteer().named(place)
        own = frozenset([_CITY + place])
        around = _city_areas(named[0]) if named else set()
    return own, frozenset(around - own)


def undotted(word: str) -> str:
    """A token of initials without its dots ("u.s" is us, "d.c" dc); any other as it is."""
    return word.replace(".", "") if _INITIALS.match(word) else word


def query_place(words: tuple[str, ...], known: Container[str]) -> str | None:
    """The folded place a search's words name (a country, US state, region or city), or None;
    initials are read without their dots ("u.s." is us, "washington d.c." washington dc).

    A single word the matcher knows as a title word ("mobile", "reading") is not a place.
    """
    text = " ".join(undotted(w) for w in words)
    if len(words) == 1 and words[0] in known:
        return None
    a = atlas()
    if text in a.names or text in a.localities or text in a.metros:
        return text
    if text in a.codes and (text in _CODES_ALONE or (not known and text not in _NOT_ALONE)):
        return text  # "tx", "in md"
    said = text.split()
    if "county" in said and any(w in known for w in said[: said.index("county")]):
        return None  # "developer county", "developer montgomery county md": a title word first
    if _county(said):  # "montgomery county"
        return text
    return text if gazetteer().named(text) or text in metro_towns() or qualified(text) else None


def _county(words: list[str]) -> bool:
    """Whether a search's words name a county ("montgomery county")."""
    return len(words) > 1 and words[-1] == "county"


def table_name(place: str) -> str | None:
    """The table name of a city a search named by another of its names ("munchen": Munich),
    so that the echo does not show a folded spelling nobody wrote; None otherwise (and for a
    short form of the name: "new york" stays as typed)."""
    pair = qualified(place)
    if pair is not None:  # "columbus oh": Columbus, Ohio; "munchen germany": Munich, Germany
        name, area, city, said = pair
        if "-" in area:
            return f"{city.name if city else name.title()}, {_area_label(area).split(',')[0]}"
        country = said.upper() if len(said) <= 3 else said.title()  # "london uk": London, UK
        return f"{city.name if city else name.title()}, {country}"
    metro = atlas().metros.get(place, ("",))
    a = atlas()
    stated = place.split()[-1] in a.codes or place.split()[-1] in a.plain_states
    if _county(metro[0].split()) or (metro[0] and stated):  # "king county wa", "la ca"
        state = _area_label(metro[1].rsplit("@", 1)[1]).split(",")[0]
        return f"{metro[0][len(_METRO) :].title()}, {state}"
    if _code_area(place):  # "tx": Texas
        return _code_name(place)
    if place in atlas().english:  # "deutschland": Germany
        return atlas().english[place]
    if place in atlas().names or place in gazetteer().by_name:
        return None
    other = gazetteer().by_other_name.get(place)
    if other is None or set(place.split()) <= set(fold(other.name).split()):
        return None  # "new york" for New York City: as typed
    return other.name


_KINDS = {"country": "a country", "state": "a US state", "region": "a region"}


def open_to(place: str) -> str | None:
    """Where remote work must be open to for a search's city ("remote or Berlin": a remote
    posting open to Germany, or the EU, or anywhere, fits): its state or country, as the echo
    says it ("Germany", "Alabama"); None for a place that is an area itself."""
    kind = place_kind(place) or ""
    return kind.removeprefix(_CITY_IN).split(", ")[0] if kind.startswith(_CITY_IN) else None


_CITY_IN = "a city in "


def place_kind(place: str) -> str | None:
    """How a folded place of a search was read, for the echo: "a US state", "a city in
    Alabama, United States"; None for a name the tables do not know."""
    a = atlas()
    ids = sorted(a.names.get(place, ()) or filter(None, [_code_area(place)]))
    if ids:
        kinds = [
            "the District of Columbia"
            if i == "US-DC"
            else _KINDS["region"]
            if i.islower()
            else f"a {a.subdivisions[i]} of {a.parts[i]}"
            if i in a.parts
            else _KINDS["state"]
            if "-" in i
            else "a US territory"
            if "US" in a.within.get(i, ()) and i != "US"
            else _KINDS["country"]
            for i in ids
        ]
        return " or ".join(dict.fromkeys(kinds))
    if place in a.metros:
        cities = [i.split(":", 1)[1].split("@")[0].title() for i in a.metros[place][1:]]
        cities = [c for c in cities if not _county(c.lower().split())]  # its towns
        metro = a.metros[place][0]
        part = a.parts.get(metro)
        kind = (
            "a county"
            if _county(metro.split())
            else f"a region of {part}"
            if part
            else "a metro area"
        )
        if len(cities) > 3:
            return f"{kind} ({', '.join(cities[:3])} and {len(cities) - 3} more)"
        return f"{kind} ({' and '.join(cities)})"
    if place in a.localities:
        city, area = a.localities[place]
        inside = _place_in(city, area)
        where = inside.label() if inside else f"{city.title()}, {_area_label(area)}"
        return f"a place in {where}"
    if place in metro_towns():
        return f"a town in {_area_label(metro_towns()[place])}"
    pair = qualified(place)
    named = (pair[2],) if pair and pair[2] else () if pair else gazetteer().named(place)
    if pair and not named and pair[0] in a.localities:
        return place_kind(pair[0])
    if pair and not named:
        kind = "a county" if pair[0].endswith(" county") else "a town"
        return f"{kind} in {_area_label(pair[1])}"
    if _county(place.split()):  # no row names its towns: postings naming it, in any state
        return "a county: postings naming it, in any state (I don't know its towns; name a city)"
    if not named:
        return None
    label = named[0].label().split(", ", 1)
    return f"{_CITY_IN}{label[1]}" if len(label) > 1 else "a city"


def zone_place(words: list[str]) -> tuple[str, int]:
    """The folded place of the time zone a search's words begin with ("est", "eastern time",
    "central european time": north america, europe), and how many words name it; ("", 0)."""
    if words and words[0] in _ZONES:
        return _ZONE_PLACES[_ZONES[words[0]]], 1
    named = 1 if words[1:2] == ["european"] else 0  # "central european time"
    zone, time = words[named : named + 1], words[named + 1 : named + 2]
    if zone and time and time[0] in _TIME and zone[0] in _ZONE_NAMES:
        return _ZONE_PLACES[_ZONE_NAMES[zone[0]]], named + 2
    return "", 0


def bare_code(word: str) -> bool:
    """Whether a word is a US postal code a search may name alone ("tx"), not a place's name."""
    return word in _CODES_ALONE and word not in atlas().names


def word_code(word: str) -> bool:
    """Whether a word is a US postal code that is a word first ("ca", "ma", "md": a place only
    where a search's words show it), not one read alone (bare_code) nor "or", "me", "la"."""
    return word not in _CODES_ALONE and len(word) == 2 and _code_area(word) != ""


def word_states(code: str) -> tuple[str, ...]:
    """The folded places a postal code that is an everyday word names where a search plainly
    names a place with it ("me": maine; "la": louisiana or the los angeles area); ()
    for any other word."""
    if code not in _WORD_STATES:
        return ()
    return (fold(_code_name(code)), *([_ALSO[code]] if code in _ALSO else []))


def _code_area(place: str) -> str:
    """The state or territory a folded place of a search names by its postal code ("tx"), or ""."""
    a = atlas()
    if place in a.names or place in _NOT_ALONE:
        return ""
    return a.codes.get(place, "")


def code_name(code: str) -> str:
    """A US postal code's state or territory as people write it ("va": Virginia)."""
    return _code_name(code)


def _code_name(code: str) -> str:
    """A US postal code's state or territory as people write it ("tx": Texas, "pr": Puerto Rico)."""
    a = atlas()
    area = a.codes[code]
    names = [k for k, v in a.plain_states.items() if v == area]
    names += [k for k, v in a.names.items() if v == {area}]
    return names[0].title() if names else code.upper()


def _area_label(area: str) -> str:
    """A US state or nation id as people write it ("US-MD": Maryland, United States); others as
    they are."""
    a = atlas()
    if area in a.parts:  # a nation: "Scotland, the United Kingdom"
        name = max(sorted(k for k, v in a.names.items() if area in v), key=len)  # not "nsw"
        return f"{name.title()}, {a.parts[area]}"
    names = [k for k, v in a.plain_states.items() if v == area]
    return f"{names[0].title()}, United States" if names else area


def places_listed(location: str) -> list[str]:
    """The places a posting's location lists ("Austin, TX / Remote (US)": two), as written."""
    return [part.strip() for part in _PLACES.split(location) if part.strip()]


@lru_cache(maxsize=16384)
def read_place(location: str) -> Reading:
    """Read a posting's place as written ("Huntsville, Alabama, United States / Remote (US)")."""
    a = atlas()
    areas: set[str] = set()
    named: set[str] = set()
    wide = negotiable = False
    beside: list[str] = []
    remote = "remote" in fold(location).split()
    for place in _PLACES.split(location):
        segments = [s for s in (fold(p) for p in _SEGMENTS.split(place)) if s]
        found: set[str] = {_offset_region(sign, hours) for sign, hours in _OFFSET.findall(place)}
        found.discard("")
        coded = _remote_codes(place) if remote else {}
        for i, segment in enumerate(segments):
            words = segment.split()
            wide = wide or any(w in WORLDWIDE for w in words) or "world wide" in segment
            negotiable = negotiable or any(w in NEGOTIABLE for w in words)
            if segment in coded:  # "Remote (DE)": Germany, not Delaware
                found.update(coded[segment])
            elif i and (words[0] in a.codes and (len(words) == 1 or words[1].isdigit())):
                found.add(_coded(words[0], segments[i - 1]))  # "Austin, TX", "Austin, TX 78701"
            elif i and segment in a.plain_states:
                found.add(a.plain_states[segment])  # "Seattle, Washington"
            elif not i and _state_first(segments):
                found.add(a.plain_states[segment])  # "Washington, United States": the state
            found.update(_names_in(words))
            found.update(_zones_in(words))
        found -= _namesake_states(segments)
        if "US" in found:  # "Georgia, United States" is the state; "US & Canada" both
            found = {x for x in found if "US" in a.within.get(x, {x}) or x not in _like_states()}
        city, near = _city(segments, found) if not _state_first(segments) else (set(), set())
        countries = {x for x in near if x.isupper() and "-" not in x}
        if countries:  # "Tbilisi, Georgia" is the country
            found = {x for x in found if x.islower() or x.split("-")[0] in countries}
        named.update(found | near)
        for area in found:
            areas.update(a.within.get(area, {area}))
        areas.update(city)
        beside.extend(_beside(segments, found))
    return Reading(
        frozenset(areas), frozenset(named), wide and not named, negotiable, tuple(beside)
    )


# A country code after "Remote" that is a US state's code too ("Remote (DE)"): the country for
# these, either for "CA" (Canada, or California), the state for the others ("Remote - GA").
_COUNTRY_CODES = {"de": ("DE",), "in": ("IN",), "ca": ("CA", "US-CA")}
_ISO_CODE = re.compile(r"[A-Z]{2}")


def _remote_codes(place: str) -> dict[str, tuple[str, ...]]:
    """The country codes a remote posting's place names in capitals right after "Remote" or
    alone ("Remote (DE)", "Remote, NL", the "PL" of "Remote | PL"): folded code -> area ids."""
    parts = [p.strip() for p in _SEGMENTS.split(place) if p.strip()]
    found: dict[str, tuple[str, ...]] = {}
    for i, part in enumerate(parts):
        after_remote = i > 0 and fold(parts[i - 1]).split()[-1:] == ["remote"]
        if (after_remote or len(parts) == 1) and (ids := code_country(part)):
            found[fold(part)] = ids
    return found


def code_country(word: str) -> tuple[str, ...]:
    """The areas a country code written in capitals names ("NL": the Netherlands; "DE" Germany,
    "CA" Canada or California, "GA" the US state of Georgia); () for any other word."""
    if not _ISO_CODE.fullmatch(word) or word not in _country_names():
        return ()
    code = word.lower()
    if code in _COUNTRY_CODES:
        return _COUNTRY_CODES[code]
    state = atlas().codes.get(code)
    return (state,) if state else (word,)


def _coded(code: str, before: str) -> str:
    """The area a US state's code after a city names: the state ("Austin, TX", "Ontario, CA", a
    town the city table lacks), or the country of that code when the city is in it and in no
    such state ("Berlin, DE" is Germany, "Toronto, CA" Canada, "Tel Aviv, IL" Israel)."""
    state = atlas().codes[code]
    country = code.upper()
    places = gazetteer().named(" ".join(w for w in before.split() if w not in _FILLER))
    if not any(state in _state_ids(p) for p in places):  # "Perth, WA": Western Australia
        for area in sorted(atlas().subcodes.get(code, ())):
            if any(area in _state_ids(p) for p in places):
                return area
    if country not in _country_names():
        return state
    if any(state in _state_ids(p) for p in places) or all(p.country != country for p in places):
        return state
    return country


def _state_first(segments: list[str]) -> bool:
    """Whether a place is a US state then the United States, the state's name not that of a
    city in it ("Washington, United States" is the state, not the capital; "New York, United
    States" stays the city, in its state)."""
    a = atlas()
    if len(segments) != 2 or a.names.get(segments[1]) != frozenset(["US"]):
        return False
    state = a.plain_states.get(segments[0])
    cities = gazetteer().named(segments[0])
    return state is not None and not any(state in _state_ids(c) for c in cities)


def _offset_region(sign: str, hours: str) -> str:
    """The region of a UTC offset a remote posting names ("UTC-5": the Americas), or ""."""
    offset = int(hours) * (1 if sign == "+" else -1)
    if -10 <= offset <= -3:
        return "americas"
    if -1 <= offset <= 4:
        return "emea"
    return "apac" if 5 <= offset <= 13 else ""


def _zones_in(words: list[str]) -> set[str]:
    """The areas a segment's time zones name ("EST", "Pacific Time": North America)."""
    found = {_ZONES[w] for w in words if w in _ZONES}
    after = zip(words, [*words[1:], ""], strict=True)
    return found | {_ZONE_NAMES[w] for w, nxt in after if w in _ZONE_NAMES and nxt in _TIME}


@cache
def _like_states() -> frozenset[str]:
    """Countries named like a US state or territory (Georgia, Samoa, the Virgin Islands)."""
    a = atlas()
    named = [ids for ids in a.names.values() if any("US" in a.within.get(i, ()) for i in ids)]
    return frozenset(i for ids in named for i in ids if "US" not in a.within.get(i, ()))


def _beside(segments: list[str], found: set[str]) -> list[str]:
    """The city a place's installation is in, as the city table names it ("Huntsville")."""
    a = atlas()
    for segment in segments:
        name = " ".join(w for w in segment.split() if w not in _FILLER)
        if name in a.localities and not _elsewhere(a.localities[name][1], found):
            city, area = a.localities[name]
            place = _place_in(city, area)
            return [place.name if place else city.title()]
    return []


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
    for i, segment in enumerate(segments):
        name = " ".join(w for w in segment.split() if w not in _FILLER)
        name = name.rsplit(" bei ", 1)[-1]  # "Garching bei München": by Munich
        if i and a.plain_states.get(name) in found:  # "Redmond, Washington": the state
            continue
        if name in a.localities and not _elsewhere(a.localities[name][1], found):
            areas = _locality_areas(name)
            return areas, {x for x in areas if x.isupper() or x.startswith((_CITY, "US-"))}
        if name in a.metros and not _abroad(a.metros[name], found):  # "Bay Area": in it
            ids = {i for i in a.metros[name] if i.startswith(_METRO)}
            return ids, ids
        own = a.names.get(name, frozenset())
        named = gazetteer().named(name) if name and not own & found else ()
        if named:
            break
    else:
        return _town(segments, found)
    for place in sorted(named, key=lambda p: not found & _state_ids(p)):  # its state first
        if found & {place.country, *_state_ids(place)}:
            break
    else:
        if found:  # a smaller town of that name: "Aberdeen, Maryland"
            ids = _city_ids(name, found)
            return ids, ids
        place = named[0]
    areas = _city_areas(place)
    return areas, {x for x in areas if x.isupper() or x.startswith((_CITY, "US-"))}


def _namesake_states(segments: list[str]) -> set[str]:
    """The states a posting's place names only as a city of another country followed by its
    province or country ("Victoria, BC" is the Canadian city, not Australia's state)."""
    a = atlas()
    dropped: set[str] = set()
    for i, segment in enumerate(segments[:-1]):
        states = {x for x in a.names.get(segment, ()) if x in a.parts}
        later = {x.split("-")[0] for x in _names_in(" ".join(segments[i + 1 :]).split())}
        countries = {x for x in later if x.isupper()} - {x.split("-")[0] for x in states}
        if states and countries and any(p.country in countries for p in gazetteer().named(segment)):
            dropped |= states
    return dropped


def _abroad(metro: tuple[str, ...], found: set[str]) -> bool:
    """Whether a posting's place names countries, none a metro row's towns are in: "Cornwall,
    ON, Canada" is no town of Cornwall in England."""
    named = {x.split("-")[0] for x in found if x.isupper()}
    return bool(named) and not named & {m.rsplit("@", 1)[-1].split("-")[0] for m in metro[1:]}


def _elsewhere(area: str, found: set[str]) -> bool:
    """Whether a posting's place names a state or country outside a locality's area ("Fort
    Lee, New Jersey" is not the Fort Lee of Virginia)."""
    return bool({x for x in found if x.isupper()} - atlas().within.get(area, {area}))


def _town(segments: list[str], found: set[str]) -> tuple[set[str], set[str]]:
    """The ids of a town the city table lacks, named before its state or country ("Woodlawn,
    Maryland": city:woodlawn@US-MD), which a search for a metro area around it asks for."""
    words = segments[0].split() if len(segments) > 1 else []
    if not words or _names_in(words) or not any(x.isupper() for x in found):
        return set(), set()
    if any(w in _FILLER or w in WORLDWIDE or w in NEGOTIABLE or not w.isalpha() for w in words):
        return set(), set()
    ids = _city_ids(segments[0], found)
    return ids, ids


@cache
def _country_names() -> dict[str, str]:
    names = {row[0]: re.sub(r"\s*\(.*\)", "", row[1]) for row in _tab("iso3166.tab")}
    return names | {"GB": "United Kingdom"}  # iso3166.tab: "Britain (UK)"


def part_of_region(location: str, region: str) -> tuple[str, ...]:
    """The countries a remote posting's place names within a region a search asked ("Remote
    (Germany)" for "eu": Germany) when it names no region within or around it: open to part of
    the region only; () otherwise (for "Remote (EU)", "Remote - Europe", and for a country)."""
    a = atlas()
    own = a.names.get(region, frozenset())
    if not own or not all(i.islower() for i in own):
        return ()  # a country or state asked ("remote us"): a state's remote job stays a fit
    reading = read_place(location)
    if any(":" not in i and i.islower() for i in reading.named):
        return ()  # a region named: inside the one asked (EU for Europe) or around it
    countries = [
        i for i in sorted(reading.named) if i.isupper() and "-" not in i and own & a.within[i]
    ]
    return tuple(dict.fromkeys(_country_names().get(c, c) for c in countries))


# Who may apply to a remote posting whose place names nobody, as its title or text says it
# (remote_eligibility). Each cue ends where the places it names begin; a company's offices,
# customers, headquarters or sales regions name no cue ("offices in London", "our US customers",
# "EMEA sales"), nor does a company "based in Berlin" (a person must be based there).
_PERSON = (
    r"(?:you|you're|youre|candidates?|applicants?|engineers?|developers?|people|anyone|everyone"
    r"|hires|employees|team members|talent|must|should|need to|needs to|required to|currently)"
)
_GAP_NOT = frozenset(
    {"first", "friendly", "office", "offices", "customer", "customers", "client", "clients"}
    | {"company", "headquartered", "headquarters", "hq", "users", "sales", "business", "startup"}
    | {"founded", "teams", "data"}
)
_CUES = [
    # "Remote within the United States", "fully remote role anywhere in the EU"
    ("remote", r"\bremote(?P<gap>(?:[ -]+[a-z]+){0,3}?)[ -]+(?:anywhere\s+)?(?:with)?in\s"),
    # "You must reside in Canada", "candidates based in Germany", "must live in the US"
    (
        "person",
        r"\b(?:based|located|living|live|lives|resid(?:e|es|ing|ent|ents))\s+"
        r"(?:anywhere\s+)?(?:with)?in\s",
    ),
    ("person", r"\bresidents?\s+of\s"),
    # "open to candidates in Germany", "open to anyone within the EU"
    (
        "plain",
        r"\bopen\s+to\s+(?:candidates|applicants|people|engineers|anyone|everyone|residents"
        r"|those|talent)\s+(?:anywhere\s+)?(?:with)?in\s",
    ),
    # "we hire in EU timezones", "we can only hire in the US", "hiring across Europe"
    (
        "plain",
        r"\bhir(?:e|es|ing)\s+(?:only\s+)?(?:(?:people|candidates|engineers)\s+)?"
        r"(?:anywhere\s+)?(?:in|within|across|from)\s",
    ),
    # "authorized to work in the US", "the right to work in the UK"
    (
        "plain",
        r"\b(?:authori[sz]ed|eligible|entitled|permitted|right|able)\s+to\s+"
        r"(?:live\s+and\s+)?work\s+(?:in|within|from)\s",
    ),
    ("plain", r"\bwork\s+(?:authori[sz]ation|permit|visa)\s+(?:in|for)\s"),
    ("plain", r"\b(?:wohnsitz|wohnhaft)\s+in\s"),  # German: "Wohnsitz in Deutschland"
    # "work from anywhere", "based anywhere in the world"
    ("anywhere", r"\b(?:work|working|live|hire|hiring|apply|join)\s+from\s(?=\s*anywhere\b)"),
    ("anywhere", r"(?=\banywhere\s+in\s+the\s+world\b)"),
    # "Remote (US)", "- Remote US", "Remote, anywhere": the places must end the phrase
    ("ended", r"\bremote\s*(?:[-–—,:|(/]\s*)?(?=\S)"),
]
# A word every cue and place-before phrase holds, looked for before any regex is run
_TRIGGERS = frozenset(
    {"remote", "based", "located", "liv", "resid", "open to", "hir", "work", "wohn"}
    | {"anywhere", "citizens"}
)
_CUE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(_CUES)), re.IGNORECASE)
# Places before their cue: "US work authorization", "US-based remote", "UK residents only"
_BEFORE = re.compile(
    r"(?P<place>\b[A-Z]\w*(?: [A-Z]\w*){0,2})(?:"
    r"\s+work\s+(?:authori[sz]ation|permit|visa)\b"
    r"|[- ]based\s+(?:remote|candidates?|applicants?|engineers?|developers?|employees|hires"
    r"|talent|only|role|position)\b"
    r"|\s+(?:residents|citizens)\s+only\b)",
)
_NEGATION = re.compile(
    r"\b(?:not|cannot|can't|can’t|unable|don't|don’t|won't|except|excluding|outside)\b[^.;\n]*$",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(rf"\b{_PERSON}\b[^.;\n]{{0,40}}$", re.IGNORECASE)
_INITIALS_PLACE = re.compile(r"\b([UE])\.([SUK])\.(?:A\.)?(?=\W|$)")
_CLAUSE = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[,&/()]|[±+−-]\d+")
_SKIP = frozenset(["the", "a", "any", "of", "either", "or", "and", ",", "&", "/", "("])
_ENDS = frozenset([")", ",", "only"])
_Said = list[tuple[str, frozenset[str]]]  # places as written, with their area ids
_ZONE_WORDS = frozenset(["time", "times", "zone", "zones", "timezone", "timezones", "hours"])


def _scan(clause: str, ended: bool) -> tuple[_Said, bool]:
    """The places a clause begins with, as written with their area ids, and whether it names
    anywhere ("anywhere in the world", "worldwide"); nothing when ended and the places do not end
    the phrase ("Remote US customers")."""
    a = atlas()
    words = _WORD.findall(clause)
    folded = [fold(w) or w for w in words]
    said: _Said = []
    wide = False
    i = 0
    while i < len(words):
        w = folded[i]
        if w in _SKIP or (said and w in _ZONE_WORDS) or (w.startswith(("±", "+")) and said):
            i += 1
            continue
        if w == "anywhere":  # "anywhere in the EU": the EU; "from anywhere": anywhere
            wide = wide or folded[i + 1 : i + 2] != ["in"]
            i += 1 if wide else 2
            continue
        if w in ("worldwide", "globally", "world", "global"):
            wide, i = True, i + 1
            continue
        size, ids = _name_at(words, folded, i, a)
        if not ids:
            break
        said.append((" ".join(words[i : i + size]), ids))
        i += size
    if ended and i < len(words) and folded[i] not in _ENDS:
        return [], False
    return said, wide


def _name_at(words: list[str], folded: list[str], i: int, a: Atlas) -> tuple[int, frozenset[str]]:
    """The longest area name at a word ("United States", "EU", "NL", "CET"), its size and ids."""
    for size in range(min(a.longest, len(words) - i), 0, -1):
        name = " ".join(folded[i : i + size])
        if name == "us" and words[i] != "US":  # "join us": a word, not the country
            continue
        if name in a.names:
            return size, a.names[name]
    if code := code_country(words[i]):
        return 1, frozenset(code)
    zone = _ZONES.get(folded[i])
    if zone is None and folded[i] in _ZONE_NAMES and folded[i + 1 : i + 2] in (["time"],):
        zone = _ZONE_NAMES[folded[i]]
    if zone is not None:
        return 1, a.names.get(_ZONE_PLACES[zone], frozenset())
    return 0, frozenset()


def remote_eligibility(title: str, text: str) -> tuple[tuple[str, ...], bool]:
    """Who may apply to a remote posting, as its title or text says it ("Remote within the United
    States", "must reside in Canada", "US work authorization required", "we hire in EU
    timezones", "Wohnsitz in Deutschland"): the places as written ("United States"), or
    ("anywhere",) for "work from anywhere"; () when neither names any. And whether the phrase
    read says remote work ("Remote within…", "work from anywhere")."""
    found: dict[frozenset[str], str] = {}  # the areas of each place read -> as first written
    wide = remote = False
    for part in (title, text[:20000]):
        lower = part.lower()
        if not any(word in lower for word in _TRIGGERS):  # most texts: no regex run
            continue
        for said, anywhere, says_remote in _cued(_INITIALS_PLACE.sub(r"\1\2", part)):
            for label, ids in said:
                found.setdefault(ids, label)
            wide = wide or anywhere
            remote = remote or says_remote
    if found:
        return tuple(found.values()), remote
    return (("anywhere",), remote) if wide else ((), False)


def _cued(part: str) -> Iterator[tuple[_Said, bool, bool]]:
    """Per cue of who may apply in a text ("U.S." written US): the places it names, whether it
    names anywhere, and whether it says remote work."""
    for match in _CUE.finditer(part):
        kind = _CUES[int(str(match.lastgroup)[1:])][0]
        before = part[max(0, match.start() - 60) : match.start()]
        if _NEGATION.search(before):  # "we are unable to hire in California"
            continue
        if kind == "person" and not _PERSON_BEFORE.search(before + match[0]):
            continue  # "a startup based in Berlin"
        if kind == "remote" and set(match["gap"].lower().replace("-", " ").split()) & _GAP_NOT:
            continue  # "remote-first with offices in"
        said, anywhere = _scan(_CLAUSE.split(part[match.end() :], 1)[0], kind == "ended")
        yield said, anywhere, bool(said or anywhere) and kind in ("remote", "ended", "anywhere")
    for match in _BEFORE.finditer(part):
        if _NEGATION.search(part[max(0, match.start() - 60) : match.start()]):
            continue
        words = match["place"].split()  # "Strong Python US": the last words that are places
        tails = (_scan(" ".join(words[i:]), ended=True)[0] for i in range(len(words)))
        yield next(filter(None, tails), []), False, False


def placed_from_text(posting: Posting, workplace: str | None) -> tuple[str, bool]:
    """A remote posting's place with who may apply as its title or text says it when its place
    names nobody ("Remote" and "Remote within the United States": "Remote (from the text: United
    States)"), and whether that text says remote work for a posting whose board gives no
    workplace; ("", False) for any other (its place as written is read)."""
    if workplace not in (None, "remote"):
        return "", False
    if workplace is None and not any(
        "remote" in part.lower() or "anywhere" in part.lower()
        for part in (posting.title, posting.description)
    ):
        return "", False  # no text can say remote work
    reading = read_place(posting.location)
    if reading.named or reading.worldwide:
        return "", False
    said, remote = remote_eligibility(posting.title, posting.description)
    if not said or (workplace is None and not remote):
        return "", False
    place = " ".join(posting.location.split()) or "Remote"
    return f"{place} (from the text: {', '.join(said)})", workplace is None
