"""The line of jobs a specialty leaves out ("2 more attorney jobs don't mention Employment Law")
counts only the postings the specialty alone removed: those elsewhere, or fitting the place only
in part (the country alone, remote, no place stated: "Missing 2 parts (specialty, place)" at
loose), are not counted (both counters: silent and the index)."""

from __future__ import annotations

from core.matching import PostingIndex, parse_query, rank
from core.matching.silent import left_out, note
from core.model import Posting


def _p(pid: str, title: str, location: str, description: str) -> Posting:
    return Posting(id=pid, title=title, location=location, description=description)


STORE = [
    _p("emp-london", "Employment Solicitor", "London, UK", "Employment tribunal claims."),
    _p("lawyer-london", "Lawyer", "London, UK", "Commercial contracts."),
    _p("solicitor-london", "Solicitor", "London, UK", "Corporate deals."),
    _p("emp-leeds", "Employment Solicitor", "Leeds, UK", "Employment claims."),
    _p("solicitor-leeds", "Solicitor", "Leeds, UK", "Corporate deals."),
    _p("attorney-ny", "Attorney", "New York, NY", "Corporate deals."),
    _p("solicitor-uk", "Solicitor", "United Kingdom", "Corporate deals."),
    _p("lawyer-remote-uk", "Lawyer", "Remote - UK", "Corporate deals."),
    _p("lawyer-unstated", "Lawyer", "", "Corporate deals."),
    _p("lawyer-paris", "Lawyer", "Paris, France", "Corporate deals."),
]


def test_the_left_out_line_counts_only_what_the_specialty_removed() -> None:
    query = parse_query("employment lawyer london")
    assert [p.id for p, _ in rank(query, STORE)] == ["emp-london"]
    found = left_out(query, STORE, "normal")
    assert sorted(found) == ["lawyer-london", "solicitor-london"]
    index = PostingIndex()
    for posting in STORE:
        index.put(posting)
    assert sorted(p.id for p in index.left_out(query, "normal") or []) == sorted(found)
    said = note(query, len(found), "/sensitivity 1 loose")
    assert said.startswith("2 more attorney jobs don't mention Employment Law")


def test_without_a_place_every_attorney_naming_no_employment_law_is_counted() -> None:
    found = left_out(parse_query("employment lawyer"), STORE, "normal")
    assert set(found) == {p.id for p in STORE if "Employment" not in p.title}
