"""The title values a freed slot's next title finds: looked up where its kind keeps them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from core.matching import Matcher, MatchResult, ParsedQuery, index, parse_query
from core.matching.meaning import search_result
from core.matching.scoring import TitleBase, own_title_base
from core.model import Posting, Sensitivity


def exhaustive(
    searches: dict[int, tuple[ParsedQuery, Sensitivity]], posting: Posting
) -> list[tuple[int, MatchResult]]:
    """Every search scored one by one, as Matcher.match orders them."""
    found = [
        (sid, result)
        for sid, (query, sensitivity) in searches.items()
        if (result := search_result(query, posting, sensitivity)) is not None
    ]
    return sorted(found, key=lambda r: (-r[1].score, r[0]))


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("accountant", "backend engineer"),  # reads no text, then a title reading it
        ("backend engineer", "accountant"),  # and the other way round
    ],
)
def test_a_reused_title_slot_finds_its_values_where_its_kind_keeps_them(
    monkeypatch: pytest.MonkeyPatch, first: str, then: str
) -> None:
    """A title reading the text keeps its values per title shape, one reading none per shape
    alike but in the text: a freed slot's next title of the other kind is looked up in its
    own kind's memo, so a posting of a shape already matched works its title out no more."""
    matcher = Matcher()
    matcher.add(0, parse_query(first))
    matcher.remove(0)  # its title's slot is freed, then taken by the next new title
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {1: (parse_query(then), "normal")}
    matcher.add(1, *searches[1])
    title = " ".join(word.capitalize() for word in then.split())
    posting = Posting(id="a", title=title, description="Build backend services in Python.")
    assert matcher.match(posting) == exhaustive(searches, posting) != []
    worked: list[TitleBase] = []

    def counted(*args: Any, **kwargs: Any) -> TitleBase:
        worked.append(own_title_base(*args, **kwargs))
        return worked[-1]

    monkeypatch.setattr(index, "own_title_base", counted)
    again = replace(posting, id="b")  # the same title shape
    assert matcher.match(again) == exhaustive(searches, again)
    assert worked == []
