"""The city → timezone table built from GeoNames (core/data/cities.tsv) and its look-ups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A name is asked about when a place in another zone has at least this share of the people of
# the biggest place of that name: "portland" (Oregon, and Maine at a tenth) but not "paris"
# (France, and Texas at a hundredth).
AMBIGUOUS_SHARE = 0.1
MAX_CHOICES = 3
# Latin letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
)
_SEPARATORS = re.compile(r"[\s\-‐‑–—'’`.,/_()]+")
COLUMNS = ("name", "country", "region", "population", "zone", "other_names")


@dataclass(frozen=True, slots=True)
class Place:
    """A city and the IANA zone it keeps time in."""

    name: str
    country: str  # ISO 3166 code
    region: str  # a US state's name, a British city's nation, or empty
    population: int
    zone: str
    other_names: tuple[str, ...] = ()

    def label(self) -> str:
        """'Portland, Oregon, United States'."""
        country = _country_names().get(self.country, self.country)
        return ", ".join(part for part in (self.name, self.region, country) if part)


def fold(text: str) -> str:
    """The look-up form of a place name: lower case, no accents, words split by spaces."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(part for part in _SEPARATORS.split(text) if part)


def format_row(place: Place) -> str:
    """One line of cities.tsv."""
    others = "|".join(place.other_names)
    return "\t".join(
        (place.name, place.country, place.region, str(place.population), place.zone, others)
    )


def parse_rows(lines: Iterable[str]) -> Iterator[Place]:
    """Read cities.tsv lines; '#' lines are comments, the first other line is the header."""
    rows = (line.rstrip("\n") for line in lines if line.strip() and not line.startswith("#"))
    header = next(rows, "")
    if tuple(header.split("\t")) != COLUMNS:
        raise ValueError(f"cities.tsv: unexpected header {header[:80]!r}")
    for row in rows:
        name, country, region, population, zone, others = row.split("\t")
        yield Place(
            name, country, region, int(population), zone, tuple(filter(None, others.split("|")))
        )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by folded name: main names (which may be shared) and other names (which are not)."""

    by_name: dict[str, tuple[Place, ...]]
    by_other_name: dict[str, Place]

    @classmethod
    def build(cls, places: Iterable[Place]) -> Gazetteer:
        """Index places, biggest first under each name."""
        by_name: dict[str, list[Place]] = {}
        by_other_name: dict[str, Place] = {}
        for place in sorted(places, key=lambda p: -p.population):
            by_name.setdefault(fold(place.name), []).append(place)
            for other in place.other_names:
                by_other_name.setdefault(fold(other), place)
        return cls({k: tuple(v) for k, v in by_name.items()}, by_other_name)

    def find(self, key: str) -> tuple[Place, ...]:
        """The places a folded name may mean: one, several in different zones, or none."""
        named = self.by_name.get(key)
        if named is None:
            other = self.by_other_name.get(key)
            return (other,) if other else ()
        biggest_per_zone: dict[str, Place] = {}
        for place in named:
            biggest_per_zone.setdefault(place.zone, place)
        top = named[0].population
        candidates = [
            place
            for place in biggest_per_zone.values()
            if place.population >= AMBIGUOUS_SHARE * top
        ]
        return tuple(candidates[:MAX_CHOICES])

    def named(self, key: str) -> tuple[Place, ...]:
        """Every place a folded name may mean, biggest first, in any zone."""
        other = self.by_other_name.get(key)
        return self.by_name.get(key) or ((other,) if other else ())

    def within(self, key: str, area: str) -> tuple[Place, ...] | None:
        """The places named key in a folded US state or country; None if area is neither."""
        inside = _areas().get(area)
        if inside is None:
            return None
        return tuple(p for p in self.named(key) if {p.region, p.country} & inside)

    def biggest_in(self, area: str) -> Place | None:
        """The biggest place of a folded US state or country."""
        return next(iter(self.in_area(area) or ()), None)

    def in_area(self, area: str) -> tuple[Place, ...] | None:
        """The places of a folded US state or country, biggest first; None if area is neither."""
        inside = _areas().get(area)
        if inside is None:
            return None
        places = (p for names in self.by_name.values() for p in names)
        return tuple(
            sorted(
                (p for p in places if {p.region, p.country} & inside), key=lambda p: -p.population
            )
        )

    def names(self) -> list[str]:
        """Every folded main name, of the biggest places first (for fuzzy matching)."""
        return sorted(self.by_name, key=lambda key: -self.by_name[key][0].population)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped table, loaded once."""
    text = resources.files("core.data").joinpath("cities.tsv").read_text(encoding="utf-8")
    return Gazetteer.build(parse_rows(text.splitlines()))


def us_state(name: str) -> str | None:
    """A US state's name as the table writes it ("Washington"), or None for any other name."""
    return _us_states().get(fold(name))


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Folded US state names → their names."""
    places = (p for names in gazetteer().by_name.values() for p in names)
    return {fold(p.region): p.region for p in places if p.country == "US" and p.region}


@lru_cache(maxsize=1)
def _areas() -> dict[str, frozenset[str]]:
    """Folded names of countries and US states → their ISO codes and state names (Georgia: both)."""
    areas: dict[str, set[str]] = {"usa": {"US"}, "us": {"US"}, "uk": {"GB"}, "england": {"GB"}}
    for code, name in _country_names().items():
        areas.setdefault(fold(name), set()).add(code)
    for names in gazetteer().by_name.values():
        for place in names:
            if place.region:
                areas.setdefault(fold(place.region), set()).add(place.region)
    return {name: frozenset(inside) for name, inside in areas.items()}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO 3166 country names from the tzdata package (a runtime dependency)."""
    text = resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}
