"""A remote search's place ("remote canada", "remote eu", "nyc or remote us"): a remote posting
open worldwide, or to a region around the place, is open to whoever lives there, so it fits in
full, ranked just below one naming the place (tests/eval/CONVENTIONS.md); a posting closed to
the place stays out, and a place alone keeps its graded scheme."""

from __future__ import annotations

import pytest

from core.matching import MatchResult, parse_query, rank, score_posting
from core.model import Posting, Workplace


def _p(
    pid: str,
    location: str,
    title: str = "Senior Backend Engineer",
    workplace: Workplace | None = "remote",
) -> Posting:
    return Posting(
        id=pid,
        title=title,
        location=location,
        workplace=workplace,
        description="Build our APIs in Python and PostgreSQL.",
    )


POOL = [
    _p("ca", "Remote (Canada)"),
    _p("ww", "Remote (Worldwide)"),
    _p("any", "Anywhere"),
    _p("amer", "Remote (Americas)"),
    _p("ca-unlevelled", "Remote (Canada)", "Backend Engineer"),  # short on the level asked
    _p("us", "Remote (US)"),
    _p("eu", "Remote (EU)"),
    _p("de", "Remote (Germany)"),
    _p("emea", "Remote - EMEA"),
    _p("toronto", "Toronto, ON", workplace="onsite"),
    _p("berlin", "Berlin, Germany", workplace="onsite"),
    _p("cook", "Remote (Worldwide)", "Line Cook"),  # a trap: another job, open worldwide
]


def _order(search: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(search), POOL, "normal")]


def _result(search: str, pid: str) -> MatchResult:
    return score_posting(parse_query(search), next(p for p in POOL if p.id == pid))


@pytest.mark.parametrize(
    ("search", "named", "open_in_full", "then"),
    [
        # before: ca, ca-unlevelled (short on level), amer, any, ww (short on place)
        ("senior backend engineer remote canada", "ca", ["amer", "any", "ww"], "ca-unlevelled"),
        ("senior backend engineer remote us", "us", ["amer", "any", "ww"], None),
        ("senior backend engineer remote eu", "eu", ["emea", "any", "ww"], "de"),
    ],
)
def test_open_worldwide_fits_a_remote_place_in_full_just_below_the_place_named(
    search: str, named: str, open_in_full: list[str], then: str | None
) -> None:
    order = _order(search)
    assert order[0] == named
    assert sorted(order[1:4]) == sorted(open_in_full)  # before postings short on a part
    for pid in open_in_full:
        result = _result(search, pid)
        assert "place" not in result.short and result.unmet == 0, (pid, result.reasons)
        assert _result(search, named).score - 2.0 <= result.score < _result(search, named).score
    if then is not None:
        assert order.index(then) > 3


def test_the_smaller_area_first_then_worldwide() -> None:
    order = _order("senior backend engineer remote canada")
    assert order.index("amer") < order.index("ww")


def test_open_worldwide_fits_remote_emea_in_full() -> None:
    order = _order("senior backend engineer remote emea")
    assert order[:2] in (["emea", "eu"], ["eu", "emea"])  # the EU read as within EMEA, as before
    assert sorted(order[2:4]) == ["any", "ww"] and order[4] == "de"
    assert "place" not in _result("senior backend engineer remote emea", "ww").short


@pytest.mark.parametrize(
    ("search", "pid", "said"),
    [
        (
            "backend engineer remote canada",
            "ww",
            "Remote (Worldwide) ✓ open worldwide (includes Canada)",
        ),
        (
            "backend engineer remote eu",
            "ww",
            "Remote (Worldwide) ✓ open worldwide (includes the EU)",
        ),
        ("backend engineer remote canada", "any", "Anywhere ✓ open worldwide (includes Canada)"),
        ("backend engineer remote canada", "amer", "Remote (Americas) ✓ (open to Canada)"),
        # a place alone keeps its graded scheme, said as plainly
        ("backend engineer berlin", "ww", "Remote (Worldwide) ≈ open worldwide (includes Berlin)"),
    ],
)
def test_the_card_says_it_plainly(search: str, pid: str, said: str) -> None:
    assert said in _result(search, pid).reasons


def test_nyc_or_remote_us_takes_a_worldwide_posting_in_full() -> None:
    result = _result("senior backend engineer nyc or remote us", "ww")
    assert result.passed and "place" not in result.short
    assert "Remote (Worldwide) ✓ open worldwide (includes the US)" in result.reasons


# --- traps: closed to the place, another job, a place alone -----------------------------


@pytest.mark.parametrize(
    ("search", "out"),
    [
        ("backend engineer remote us", ["eu", "de", "emea", "ca", "toronto", "berlin", "cook"]),
        ("backend engineer remote canada", ["us", "eu", "de", "emea", "toronto", "cook"]),
        ("backend engineer remote eu", ["us", "ca", "amer", "toronto", "cook"]),
    ],
)
def test_a_remote_place_still_leaves_out_postings_closed_to_it(search: str, out: list[str]) -> None:
    assert not set(out) & set(_order(search))


def test_a_one_country_posting_stays_part_of_a_region() -> None:
    result = _result("backend engineer remote eu", "de")
    assert result.passed and "place" in result.short
    assert "Remote (Germany) ≈ open to Germany only, part of the EU" in result.reasons


def test_a_place_alone_keeps_the_graded_scheme() -> None:
    order = _order("senior backend engineer canada")
    assert order[:2] == ["ca", "toronto"] or order[:2] == ["toronto", "ca"]
    assert "place" not in _result("senior backend engineer canada", "toronto").short
    assert "place" in _result("senior backend engineer canada", "ww").short
    assert "place" in _result("senior backend engineer berlin", "ww").short
    assert "us" not in order and "cook" not in order
