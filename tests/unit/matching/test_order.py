"""The lines that say where a list in the one order stops fitting every part, and what on."""

from __future__ import annotations

from core.matching.order import FITS, fit_group, parting_lines


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
