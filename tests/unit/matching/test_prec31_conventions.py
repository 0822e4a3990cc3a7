"""The matching conventions where judged sets disagree (tests/eval/CONVENTIONS.md), pinned: each
kind of posting matches or not as written there, and ranks below the plain true match."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting


def _p(pid: str, title: str, location: str = "Berlin", description: str = "") -> Posting:
    return Posting(id=pid, title=title, location=location, description=description)


POOL = [
    _p("lvl", "Backend Engineer (Python)", description="APIs in Python and PostgreSQL."),
    _p("snr", "Senior Backend Engineer (Python)", description="APIs in Python and PostgreSQL."),
    _p("any", "Backend Engineer", "Remote (Worldwide)", "Work from anywhere. Go and PostgreSQL."),
    _p("ber", "Backend Engineer", description="Go and PostgreSQL."),
    _p("full", "Full Stack Engineer (Python/React)", description="Python APIs, React frontends."),
    _p("win", "Software Engineer - Windows Desktop (C++)", "Redmond, WA", "Win32 apps in C++."),
    _p("sre", "Site Reliability Engineer", description="Kubernetes, Go, on-call for backends."),
    _p("cook", "Line Cook", description="Grill and prep."),  # a trap: no search here wants it
]


def _order(search: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(search), POOL, "normal")]


@pytest.mark.parametrize(
    ("search", "first", "below", "absent"),
    [
        # a posting stating no level passes a level search, below one stating it
        ("senior backend engineer python", "snr", "lvl", "sre"),
        # a remote-anywhere posting passes a city search, below one in the city
        ("backend engineer berlin", "ber", "any", "sre"),
        # a full-stack posting passes a backend search, below the backend titles
        ("backend engineer", "ber", "full", "sre"),
    ],
)
def test_kept_but_ranked_below(search: str, first: str, below: str, absent: str) -> None:
    order = _order(search)
    assert first in order and below in order
    assert order.index(first) < order.index(below)
    assert absent not in order and "cook" not in order


def test_a_windows_cpp_desktop_role_is_a_cpp_match() -> None:
    assert _order("c++ developer")[:1] == ["win"]


def test_a_neighbouring_role_is_another_job_unless_named() -> None:
    assert "sre" not in _order("backend engineer")
    assert {"sre", "ber"} <= set(_order("backend or sre"))
