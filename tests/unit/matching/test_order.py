"""The lines that say where a list in the one order stops fitting every part, and what on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.matching.order import FITS, best_first, by_score, fit_group, parting_lines
from tests.conftest import posting


def test_a_line_only_where_fewer_parts_start_to_fit_fully_naming_them() -> None:
    listed = [
        ((), ()),
        ((), ()),
        (("level",), ()),
        (("pay",), ()),
        (("pay", "level"), ()),
        (("skills", "place"), ("skills",)),
        (("skills", "place", "pay"), ("skills",)),
        (("title", "skills", "pay"), ("title", "skills")),
    ]
    assert parting_lines(listed) == [
        "",
        "",
        "Short on 1 part (level or pay):",
        "",
        "Short on 2 parts (pay and level):",
        "Missing 1 part (skills), short on 1 more (place):",
        "Missing 1 part (skills), short on 2 more (place and pay):",
        "Missing 2 parts (title and skills), short on 1 more (pay):",
    ]
    assert [FITS[fit_group(*m)] for m in listed[1:3]] == ["every part", "in part"]
    assert FITS[fit_group(*listed[-1])] == "missing a part"


def test_a_list_starting_short_says_so_above_its_first_and_never_goes_back() -> None:
    assert parting_lines([(("level",), ()), ((), ())]) == ["Short on 1 part (level):", ""]
    assert parting_lines([]) == []


def test_by_score_is_the_one_order_of_matches_scored_alone() -> None:
    at = datetime(2026, 11, 1, tzinfo=UTC)
    items = [
        (posting(pid, "x", posted_at=when), score)
        for pid, when, score in [
            ("b", at, 80.0),
            ("a", at, 80.0),
            ("c", None, 80.0),
            ("d", at + timedelta(days=1), 80.0),
            ("e", None, 90.0),
        ]
    ]
    ordered = by_score(items, lambda i: i[0], lambda i: i[1])
    assert ordered == sorted(items, key=lambda i: best_first(i[0], 0, 0, i[1]))
    assert [p.id for p, _ in ordered] == ["e", "d", "a", "b", "c"]


def test_a_line_where_matches_naming_no_preference_start_among_those_fitting_alike() -> None:
    # Was 90.0 and 85.3 (naming hospital) above 100.0 with no line: scores out of order.
    listed = [((), ()), ((), ()), ((), ()), (("pay",), ()), (("pay",), ())]
    prefers = [1.0, 1.0, 0.0, 1.0, 0.0]
    assert parting_lines(listed, prefers, ("hospital",)) == [
        "",
        "",
        "Not naming hospital:",
        "Short on 1 part (pay):",
        "Not naming hospital:",
    ]
    assert parting_lines(listed, prefers, ("nights", "evenings"))[2] == (
        "Not naming nights or evenings:"
    )
    assert parting_lines(listed, [0.0] * 5, ("hospital",))[2] == ""
