"""The real-data judged sets: shipped samples, hand-written rules, and the grades they give.

Three sets, each in a ``dev`` half (for tuning) and a held-out ``test`` half:

* ``federal`` – USAJOBS postings judged by their OPM occupational series
  (``{split}_federal.json``); the systems see titles, departments and the series tags as
  USAJOBS gives them (or, ``series=False``, no tags: the title alone); the shipped sample by
  default, or the whole ``shared/data/usajobs/postings.jsonl.gz``;
* ``microsoft`` – the 182 Microsoft careers postings judged by subCategory, targetLevel and
  words of title and description (``{split}_microsoft.json`` with ``microsoft_defs.json``);
  the systems see title and description, never the category fields;
* ``places`` – the USAJOBS product-manager export (locations, remote, pay) judged by title,
  series, location and salary (``{split}_places.json``); the systems see title, department,
  locations, pay and the series code as the project's importers would read them (or not the
  series, ``series=False``);
* ``titles`` – O*NET titles graded by occupation (``{split}_titles.json``).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from core.model import Posting
from core.sources.ingest.normalize import join_locations, workplace_from_text

HERE = Path(__file__).resolve().parent
FEDERAL_POSTINGS = HERE / "federal_postings.jsonl.gz"
MICROSOFT_POSTINGS = HERE / "microsoft_postings.json.gz"
PLACES_POSTINGS = HERE / "places_postings.jsonl.gz"
MICROSOFT_DEFS = HERE / "microsoft_defs.json"
MAX_SERIES = 3  # more series than this: an interdisciplinary posting, left out (62 of 57,145)
MICROSOFT_PLACE = "Washington, United States"  # every posting's state is a US state
SPLITS = ("dev", "test")
Split = Literal["dev", "test"]
_LISTS = ("title", "title_not", "text", "text_not", "place")  # clause fields joined when merged
_FIELDS = {*_LISTS, "grade", "use", "series", "sub", "level", "pay_at_least"}


@dataclass(frozen=True)
class Query:
    """One judged query: its text, rule and the grade of every posting it finds relevant."""

    id: str
    text: str
    rationale: str
    grades: Mapping[str, int]  # posting id -> grade >= 1

    @property
    def relevant(self) -> frozenset[str]:
        """Ids of grade 1 or more (for precision and recall)."""
        return frozenset(self.grades)


@dataclass(frozen=True, eq=False)  # hashed by identity: a loaded set is cached, not compared
class JudgedSet:
    """Judged queries and the postings they are judged against."""

    name: str
    queries: tuple[Query, ...]
    postings: tuple[Posting, ...]


# ------------------------------------------------------------------------------------------
# Rules
# ------------------------------------------------------------------------------------------


def _regexes(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _found(pattern: str, text: str) -> bool:
    return _compiled(pattern).search(text) is not None


def expand(clause: Mapping[str, Any], defs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """A clause with the parts it names in ``use`` merged in (regex lists joined)."""
    if unknown := set(clause) - _FIELDS:
        raise ValueError(f"unknown clause fields {sorted(unknown)} in {dict(clause)}")
    out: dict[str, Any] = {}
    for part in [*(defs[name] for name in clause.get("use", ())), clause]:
        for key, value in part.items():
            if key in _LISTS:
                out[key] = _regexes(out.get(key)) + _regexes(value)
            elif key != "use":
                out[key] = value
    return out


def clause_holds(clause: Mapping[str, Any], doc: Mapping[str, Any]) -> bool:
    """Whether a posting meets every field the clause has."""
    if "series" in clause and not set(clause["series"]) & set(doc["series"]):
        return False
    if "sub" in clause and doc["sub"] not in clause["sub"]:
        return False
    if "level" in clause and not clause["level"][0] <= doc["level"] <= clause["level"][1]:
        return False
    if "pay_at_least" in clause and not (doc["pay"] or 0) >= clause["pay_at_least"]:
        return False
    if not all(_found(p, doc.get("place", "")) for p in _regexes(clause.get("place"))):
        return False
    for field in ("title", "text"):
        if not all(_found(p, doc[field]) for p in _regexes(clause.get(field))):
            return False
        if any(_found(p, doc[field]) for p in _regexes(clause.get(f"{field}_not"))):
            return False
    return True


def grade(clauses: Sequence[Mapping[str, Any]], doc: Mapping[str, Any]) -> int:
    """The highest grade of the clauses a posting meets, 0 when none (federal clauses: 1)."""
    return max((int(c.get("grade", 1)) for c in clauses if clause_holds(c, doc)), default=0)


def _judge(
    rules: Sequence[Mapping[str, Any]],
    docs: Sequence[Mapping[str, Any]],
    defs: Mapping[str, Mapping[str, Any]],
    key: str,
) -> tuple[Query, ...]:
    queries = []
    for rule in rules:
        clauses = [expand(c, defs) for c in rule[key]]
        grades = {d["id"]: g for d in docs if (g := grade(clauses, d))}
        queries.append(Query(rule["id"], rule["query"], rule["rationale"], grades))
    return tuple(queries)


def _rules(split: Split, kind: str) -> list[dict[str, Any]]:
    doc = json.loads((HERE / f"{split}_{kind}.json").read_text(encoding="utf-8"))
    rules: list[dict[str, Any]] = doc["queries"]
    return rules


# ------------------------------------------------------------------------------------------
# Federal
# ------------------------------------------------------------------------------------------


def series_codes(row: Mapping[str, Any]) -> set[str]:
    """A posting's 4-digit OPM codes (tags read "2210 - Information Technology Management")."""
    return {tag.split("-", 1)[0].strip()[:4] for tag in row.get("tags") or ()}


def federal_rows(path: Path = FEDERAL_POSTINGS, key: str = "id") -> Iterator[dict[str, Any]]:
    """Judgeable postings of a USAJOBS JSONL file (a shipped sample or the full file).

    Skips the attribution header, repeated ids (the first row counts) and postings listing
    more than MAX_SERIES series: the series cannot tell which occupation their title names.
    """
    seen: set[str] = set()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if key in row and row[key] not in seen and len(series_codes(row)) <= MAX_SERIES:
                seen.add(row[key])
                yield row


def _federal_posting(row: Mapping[str, Any], series: bool = True) -> Posting:
    """What the systems see: the series tags as USAJOBS gives them (series False: none, the
    title alone), no description (USAJOBS rows have none)."""
    posted = row.get("posted_at")
    return Posting(
        id=row["id"],
        title=row["title"],
        source=row.get("source") or "usajobs",
        company=row.get("company") or "",
        url=row.get("url") or "",
        tags=tuple(row.get("tags") or ()) if series else (),
        posted_at=datetime.fromisoformat(posted) if posted else None,
    )


def federal(split: Split, path: Path = FEDERAL_POSTINGS, series: bool = True) -> JudgedSet:
    """The federal set of one split; series False hides the series tags (title only): the
    judge reads the series, so with them the figures partly measure the judge's own field."""
    return _federal(split, path, series)


@cache  # one load per process: the tests and the CLI share it
def _federal(split: Split, path: Path, series: bool) -> JudgedSet:
    rows = list(federal_rows(path))
    docs = [
        {
            "id": r["id"],
            "title": r["title"],
            "text": r["title"],
            "series": series_codes(r),
        }
        for r in rows
    ]
    queries = _judge(_rules(split, "federal"), docs, {}, "relevant")
    return JudgedSet("federal", queries, tuple(_federal_posting(r, series) for r in rows))


# ------------------------------------------------------------------------------------------
# Microsoft
# ------------------------------------------------------------------------------------------


def microsoft_rows(path: Path = MICROSOFT_POSTINGS) -> list[dict[str, Any]]:
    """The Microsoft careers postings (gzip'd JSON with the attribution and licence)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = json.load(fh)["postings"]
    return rows


@cache
def microsoft(split: Split) -> JudgedSet:
    """The Microsoft / backend set of one split."""
    rows = microsoft_rows()
    defs = json.loads(MICROSOFT_DEFS.read_text(encoding="utf-8"))["defs"]
    docs = [
        {
            "id": f"microsoft:{r['id']}",
            "title": r["title"],
            "text": f"{r['title']}\n{r['description']}",
            "sub": r["subCategory"],
            "level": int(r["targetLevel"]),
            "series": set(),
        }
        for r in rows
    ]
    postings = tuple(
        Posting(
            id=f"microsoft:{r['id']}",
            title=r["title"],
            source="microsoft",
            company="Microsoft",
            location=MICROSOFT_PLACE,
            description=r["description"],
        )
        for r in rows
    )
    return JudgedSet(
        "microsoft", _judge(_rules(split, "microsoft"), docs, defs, "clauses"), postings
    )


# ------------------------------------------------------------------------------------------
# Places
# ------------------------------------------------------------------------------------------


def _yearly(row: Mapping[str, str], field: str) -> float | None:
    """A yearly salary in USD, None for hourly or unpaid rows."""
    return float(row[field]) if row["salary_type"] == "Per Year" and row[field] else None


def places(split: Split, series: bool = True) -> JudgedSet:
    """The place and pay set of one split (series False: the series code hidden)."""
    return _places(split, series)


@cache
def _places(split: Split, series: bool) -> JudgedSet:
    rows = list(federal_rows(PLACES_POSTINGS, key="control_number"))
    docs = [
        {
            "id": f"usajobs:{r['control_number']}",
            "title": r["position_title"],
            "text": r["position_title"],
            "series": {r["job_series"]},
            "place": r["locations"],
            "pay": _yearly(r, "maximum_salary"),
        }
        for r in rows
    ]
    postings = []
    for r in rows:
        location = join_locations(r["locations"].split("|"))
        postings.append(
            Posting(
                id=f"usajobs:{r['control_number']}",
                title=r["position_title"],
                source="usajobs",
                company=f"{r['hiring_department_name']} / {r['hiring_agency_name']}",
                location=location,
                workplace=workplace_from_text(location),
                salary_min=_yearly(r, "minimum_salary"),
                salary_max=_yearly(r, "maximum_salary"),
                currency="USD",
                tags=(r["job_series"],) if series else (),
                posted_at=datetime.fromisoformat(r["position_open_date"]),
            )
        )
    return JudgedSet(
        "places", _judge(_rules(split, "places"), docs, {}, "clauses"), tuple(postings)
    )


# ------------------------------------------------------------------------------------------
# Titles
# ------------------------------------------------------------------------------------------


def _title_set(path: Path, name: str, source: str, occupation: str) -> JudgedSet:
    """A title-similarity set as its build script wrote it (grades computed there)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    queries = tuple(
        Query(q["id"], q["query"], f"{occupation} {q['occupation']}", q["relevant"])
        for q in doc["queries"]
    )
    pool = tuple(Posting(id=c["id"], title=c["title"], source=source) for c in doc["pool"])
    return JudgedSet(name, queries, pool)


@cache
def titles(split: Split) -> JudgedSet:
    """The O*NET title-similarity set of one split."""
    return _title_set(HERE / f"{split}_titles.json", "titles", "onet", "O*NET occupation")


@cache
def esco_titles(split: Split) -> JudgedSet:
    """The ESCO title-similarity set of one split."""
    return _title_set(HERE / f"{split}_esco_titles.json", "esco titles", "esco", "ESCO occupation")
