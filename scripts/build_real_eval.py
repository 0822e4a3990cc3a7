"""Build the shipped samples of the real-data evaluation sets in tests/eval/real/ from ../shared.

Usage: .venv/bin/python scripts/build_real_eval.py [--shared PATH] [--out DIR]

Writes, reproducibly (same input, same bytes):

* ``federal_postings.jsonl.gz`` – a sample of the USAJOBS postings stratified by OPM series
  (every series keeps min(its count, SERIES_FLOOR) postings or SERIES_SHARE of them, whichever
  is more) and by the specialties federal titles write in parentheses (every series and
  parenthetical with at least SPECIALTY_MIN postings keeps SPECIALTY_FLOOR of them, e.g.
  2210 "(SYSADMIN)"), chosen by a hash of the id, so the sample does not depend on any query.
  Repeated ids and postings listing more than sets.MAX_SERIES series are left out (see
  tests/eval/real/sets.py: federal_rows);
* ``places_postings.jsonl.gz`` – the 537 rows of the USAJOBS product-manager export with the
  fields a place and pay search needs (title, department, agency, locations, salary, series);
* ``microsoft_postings.json.gz`` – the 182 Microsoft careers postings, unchanged;
* ``dev_titles.json`` / ``test_titles.json`` – the O*NET title-similarity set: query titles
  from "Sample of Reported Titles", candidate titles from "Alternate Titles", graded by
  occupation (same occupation 2, a Primary-Short related occupation 1); the halves use
  disjoint query occupations;
* ``dev_esco_titles.json`` / ``test_esco_titles.json`` – the same kind of set from ESCO (another
  source than the O*NET titles the semantic title model is trained on): a query is one
  alternative label of an ESCO occupation, graded 2 for the occupation's other labels and 1 for
  labels of other occupations in its ISCO-08 unit group; the halves use disjoint unit groups.

Each file carries its source's attribution. The judging rules of the federal and Microsoft
sets are hand-written JSON files next to these (dev_*.json, test_*.json); this script does not
read them, so the samples are the same whatever the queries are.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eval.real import sets  # noqa: E402

OUT = sets.HERE
SEED = "job-concierge-real-eval-1"
SERIES_FLOOR = 25
SERIES_SHARE = 0.05
SPECIALTY_MIN = 20
SPECIALTY_FLOOR = 12
FEDERAL_FIELDS = ("id", "source", "title", "company", "url", "posted_at", "tags")
PLACES_FIELDS = (
    "control_number",
    "position_title",
    "hiring_department_name",
    "hiring_agency_name",
    "locations",
    "minimum_salary",
    "maximum_salary",
    "salary_type",
    "job_series",
    "position_open_date",
)
TITLE_OCCUPATIONS = 240  # query occupations over both halves
TITLES_PER_OCCUPATION = 12  # candidate titles of a query's own occupation
TITLES_PER_RELATED = 4  # of each of up to RELATED_PER_QUERY Primary-Short related occupations
RELATED_PER_QUERY = 3
DISTRACTOR_OCCUPATIONS = 150  # other occupations per half, DISTRACTOR_TITLES titles each
DISTRACTOR_TITLES = 4
ESCO_SEED = "job-concierge-esco-titles-1"
ESCO_GROUPS = 100  # query ISCO unit groups per half, one query occupation each
ESCO_SIBLINGS = 3  # other occupations of the unit group in the pool, ESCO_TITLES_PER_SIBLING each
ESCO_TITLES_PER_SIBLING = 4
ESCO_DISTRACTORS = 2  # occupations of each unit group no query is from, DISTRACTOR_TITLES each

USAJOBS_ATTRIBUTION = (
    "Job postings from USAJOBS (usajobs.gov), collected by Abigail Haddad in usajobs_historical "
    "(MIT). Sample of ../shared/data/usajobs/postings.jsonl.gz: rows chosen by "
    "scripts/build_real_eval.py, fields id, source, title, company, url, posted_at, tags kept "
    "unchanged."
)
PLACES_ATTRIBUTION = (
    "Job postings from USAJOBS (usajobs.gov), collected by Abigail Haddad in usajobs_historical "
    "(MIT). Columns of ../shared/data/usajobs/product_manager_jobs_full_fields.csv.gz (upstream "
    "data/exports/product_manager_jobs.csv), all rows, values unchanged."
)
MICROSOFT_ATTRIBUTION = (
    "Sample postings from microsoft/SkillsExtractorCognitiveSearch (MIT, Copyright (c) Microsoft "
    "Corporation), deployment/microsoft_careers_sample.json, unchanged."
)
ONET_ATTRIBUTION = (
    "This file includes information from the O*NET 27.0 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® "
    "is a trademark of USDOL/ETA. The Job Concierge project has modified all or some of this "
    "information (selected titles, grouped into queries and candidates). USDOL/ETA has not "
    "approved, endorsed, or tested these modifications."
)
ESCO_ATTRIBUTION = (
    "This file uses the ESCO classification of the European Commission (ESCO v1, (c) European "
    "Union, https://esco.ec.europa.eu), used under the CC BY 4.0 license. The Job Concierge "
    "project has modified it (selected occupation labels, grouped into queries and candidates)."
)


def find_shared() -> Path | None:
    """The first ``shared/data`` folder beside the checkout or one of its parents."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


def _rank(key: str) -> str:
    """A stable pseudo-random order for ids and titles."""
    return hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()


# ------------------------------------------------------------------------------------------
# Federal sample
# ------------------------------------------------------------------------------------------


def federal_rows(shared: Path) -> Iterator[dict[str, Any]]:
    """Judgeable USAJOBS postings with the fields the sample keeps."""
    for row in sets.federal_rows(shared / "usajobs" / "postings.jsonl.gz"):
        yield {k: row.get(k) for k in FEDERAL_FIELDS}


def _specialty(title: str) -> str:
    """The last parenthetical of a title, upper-cased ("" when none)."""
    found = re.findall(r"\(([^)]*)\)", title)
    return found[-1].strip().upper() if found else ""


def federal_sample(shared: Path) -> list[dict[str, Any]]:
    """Postings stratified by series and by series and specialty, in a stable order."""
    by_series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_specialty: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in federal_rows(shared):
        for code in sets.series_codes(row):
            by_series[code].append(row)
            if specialty := _specialty(row["title"]):
                by_specialty[code, specialty].append(row)
    strata = [
        (members, max(min(len(members), SERIES_FLOOR), round(len(members) * SERIES_SHARE)))
        for members in by_series.values()
    ] + [(m, SPECIALTY_FLOOR) for m in by_specialty.values() if len(m) >= SPECIALTY_MIN]
    chosen: dict[str, dict[str, Any]] = {}
    for members, keep in strata:
        for row in sorted(members, key=lambda r: _rank(r["id"]))[:keep]:
            chosen[row["id"]] = row
    return sorted(chosen.values(), key=lambda r: _rank(r["id"]))


def places_rows(shared: Path) -> list[dict[str, str]]:
    """The product-manager export's rows with the fields the place and pay set uses."""
    path = shared / "usajobs" / "product_manager_jobs_full_fields.csv.gz"
    csv.field_size_limit(1 << 30)  # raw_data holds whole API records
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return [{k: row[k] for k in PLACES_FIELDS} for row in csv.DictReader(fh)]


# ------------------------------------------------------------------------------------------
# O*NET title-similarity set
# ------------------------------------------------------------------------------------------


def _tsv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _fold(title: str) -> str:
    return " ".join(title.lower().split())


def title_sets(shared: Path) -> dict[str, dict[str, Any]]:
    """The dev and test halves of the title-similarity set."""
    onet = shared / "onet"
    alternates: dict[str, list[str]] = defaultdict(list)
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _tsv(onet / "Alternate Titles.txt.gz"):
        alternates[row["O*NET-SOC Code"]].append(row["Alternate Title"].strip())
        owners[_fold(row["Alternate Title"])].add(row["O*NET-SOC Code"])
    reported: dict[str, list[str]] = defaultdict(list)
    for row in _tsv(onet / "Sample of Reported Titles.txt"):
        reported[row["O*NET-SOC Code"]].append(row["Reported Job Title"].strip())
        owners[_fold(row["Reported Job Title"])].add(row["O*NET-SOC Code"])
    related: dict[str, list[str]] = defaultdict(list)
    for row in sorted(
        _tsv(onet / "Related Occupations.txt.gz"),
        key=lambda r: (r["O*NET-SOC Code"], int(r["Index"])),
    ):
        if row["Relatedness Tier"] == "Primary-Short":
            related[row["O*NET-SOC Code"]].append(row["Related O*NET-SOC Code"])

    def titles_of(code: str) -> list[str]:
        """Alternate titles that name this occupation only, in a stable order."""
        unique = {_fold(t): t for t in alternates[code] if owners[_fold(t)] == {code}}
        return [unique[k] for k in sorted(unique, key=_rank)]

    def query_titles(code: str) -> list[str]:
        """Reported titles that name this occupation only."""
        return [t for t in reported[code] if owners[_fold(t)] == {code}]

    usable = sorted(
        (c for c in reported if query_titles(c) and len(titles_of(c)) >= 3 and c in related),
        key=_rank,
    )[:TITLE_OCCUPATIONS]
    halves = {"dev": usable[0::2], "test": usable[1::2]}
    others = sorted(set(alternates) - set(usable), key=_rank)
    out: dict[str, dict[str, Any]] = {}
    for offset, (name, codes) in enumerate(halves.items()):
        queries: list[dict[str, Any]] = []
        for code in codes:
            title = min(query_titles(code), key=_rank)
            queries.append({"id": f"{name}:{code}", "query": title, "occupation": code})
        asked = {q["query"].lower() for q in queries}
        pool_codes: dict[str, int] = {c: TITLES_PER_OCCUPATION for c in codes}
        for code in codes:
            for rel in related[code][:RELATED_PER_QUERY]:
                pool_codes.setdefault(rel, TITLES_PER_RELATED)
        start = offset * DISTRACTOR_OCCUPATIONS
        for code in others[start : start + DISTRACTOR_OCCUPATIONS]:
            pool_codes.setdefault(code, DISTRACTOR_TITLES)
        pool = [
            {"id": f"onet:{_rank(code + t)[:12]}", "title": t, "occupation": code}
            for code, count in sorted(pool_codes.items())
            for t in [t for t in titles_of(code) if t.lower() not in asked][:count]
        ]
        for query in queries:
            grades = {query["occupation"]: 2} | {
                rel: 1 for rel in related[query["occupation"]] if rel != query["occupation"]
            }
            query["relevant"] = {
                c["id"]: grades[c["occupation"]] for c in pool if c["occupation"] in grades
            }
        out[name] = {
            "attribution": ONET_ATTRIBUTION,
            "about": (
                "Title-similarity set: rank the pool's titles for each query title. Grade 2: "
                "the candidate names the query's own O*NET occupation; 1: an occupation O*NET "
                "lists as Primary-Short related; 0 otherwise. Built by "
                "scripts/build_real_eval.py."
            ),
            "queries": queries,
            "pool": pool,
        }
    return out


def _esco_rank(key: str) -> str:
    """A stable pseudo-random order of its own for the ESCO set."""
    return hashlib.sha256(f"{ESCO_SEED}:{key}".encode()).hexdigest()


def _label(text: str) -> str:
    """An ESCO label without format characters (some carry zero-width spaces), spaces joined."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def esco_title_sets(shared: Path) -> dict[str, dict[str, Any]]:
    """The dev and test halves of the ESCO title-similarity set."""
    with gzip.open(shared / "esco" / "occupations_en.csv.gz", "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    owners: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[str]] = {}
    group_of: dict[str, str] = {}
    for row in rows:
        uri = row["conceptUri"]
        names = [_label(row["preferredLabel"])] + [_label(t) for t in row["altLabels"].splitlines()]
        labels[uri] = [t for t in names if t]
        group_of[uri] = row["iscoGroup"]
        for title in labels[uri]:
            owners[_fold(title)].add(uri)

    def unique(uri: str) -> list[str]:
        """Labels that name this occupation only, one spelling each, in a stable order."""
        kept = {_fold(t): t for t in reversed(labels[uri]) if owners[_fold(t)] == {uri}}
        return [kept[k] for k in sorted(kept, key=lambda k: _esco_rank(uri + k))]

    members: dict[str, list[str]] = defaultdict(list)
    for uri in sorted(labels, key=_esco_rank):
        members[group_of[uri]].append(uri)
    groups = sorted(members, key=_esco_rank)
    out: dict[str, dict[str, Any]] = {}
    for name, half in (("dev", groups[0::2]), ("test", groups[1::2])):
        usable = [g for g in half if any(len(unique(u)) >= 4 for u in members[g])]
        asked, others = usable[:ESCO_GROUPS], [g for g in half if g not in usable[:ESCO_GROUPS]]
        queries: list[dict[str, Any]] = []
        pool_codes: dict[str, int] = {}
        for group in asked:
            uri = next(u for u in members[group] if len(unique(u)) >= 4)
            title = next(t for t in unique(uri) if _fold(t) != _fold(labels[uri][0]))
            queries.append({"id": f"esco-{name}:{len(queries)}", "query": title, "occupation": uri})
            pool_codes[uri] = TITLES_PER_OCCUPATION
            for sibling in [u for u in members[group] if u != uri][:ESCO_SIBLINGS]:
                pool_codes[sibling] = ESCO_TITLES_PER_SIBLING
        for group in others:
            for uri in members[group][:ESCO_DISTRACTORS]:
                pool_codes[uri] = DISTRACTOR_TITLES
        taken = {_fold(q["query"]) for q in queries}
        pool = [
            {"id": f"esco:{_esco_rank(uri + t)[:12]}", "title": t, "occupation": uri}
            for uri, count in sorted(pool_codes.items())
            for t in [t for t in unique(uri) if _fold(t) not in taken][:count]
        ]
        for query in queries:
            group = group_of[query["occupation"]]
            query["relevant"] = {
                c["id"]: 2 if c["occupation"] == query["occupation"] else 1
                for c in pool
                if group_of[c["occupation"]] == group
            }
        out[name] = {
            "attribution": ESCO_ATTRIBUTION,
            "about": (
                "Title-similarity set from ESCO: rank the pool's titles for each query title. "
                "Grade 2: the candidate is a label of the query's own ESCO occupation; 1: of "
                "another occupation in the same ISCO-08 unit group; 0 otherwise. Built by "
                "scripts/build_real_eval.py."
            ),
            "queries": queries,
            "pool": pool,
        }
    return out


# ------------------------------------------------------------------------------------------
# Writing
# ------------------------------------------------------------------------------------------


def _gzip_bytes(text: str) -> bytes:
    """Gzip with no name and a zero timestamp, so the same text gives the same bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as fh:
        fh.write(text.encode("utf-8"))
    return buffer.getvalue()


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def build(shared: Path, out: Path) -> list[Path]:
    """Write every shipped file into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    licence = (shared / "usajobs" / "LICENSE.upstream").read_text(encoding="utf-8")
    header = {"attribution": USAJOBS_ATTRIBUTION, "licence": licence}
    federal = "".join(_line(r) for r in [header, *federal_sample(shared)])
    written.append(out / "federal_postings.jsonl.gz")
    written[-1].write_bytes(_gzip_bytes(federal))

    places = "".join(
        _line(r) for r in [{**header, "attribution": PLACES_ATTRIBUTION}, *places_rows(shared)]
    )
    written.append(out / "places_postings.jsonl.gz")
    written[-1].write_bytes(_gzip_bytes(places))

    folder = shared / "microsoft-careers"
    microsoft = {
        "attribution": MICROSOFT_ATTRIBUTION,
        "licence": (folder / "LICENSE").read_text(encoding="utf-8"),
        "postings": json.loads((folder / "microsoft_careers_sample.json").read_text("utf-8")),
    }
    written.append(out / "microsoft_postings.json.gz")
    written[-1].write_bytes(_gzip_bytes(json.dumps(microsoft, ensure_ascii=False, indent=0)))

    for name, doc in title_sets(shared).items():
        written.append(out / f"{name}_titles.json")
        written[-1].write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for name, doc in esco_title_sets(shared).items():
        written.append(out / f"{name}_esco_titles.json")
        written[-1].write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared/data folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write")
    args = parser.parse_args(argv)
    shared = args.shared or find_shared()
    if shared is None:
        parser.error("no shared/data folder found beside the checkout: pass --shared PATH")
    if not (shared / "usajobs").is_dir():
        parser.error(f"{shared} has no usajobs/ folder: pass the shared/data folder")
    for path in build(shared, args.out):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
