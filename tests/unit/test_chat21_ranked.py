"""Stored matches of searches preferring a workplace or shift, in concierge search's order:
those naming it first among the postings fitting alike, with few explained to know it."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting, StoredMatch
from core.postings.sample import sample_postings
from core.searches.stored import ranked
from tests.unit.test_ranked import _search


@pytest.mark.parametrize("text", ["nurse hospital", "hospital nurse nights", "nurse clinic"])
@pytest.mark.parametrize("enough", [None, 1, 3, 10])
def test_preferring_searches_list_in_concierge_searchs_order(text: str, enough: int | None) -> None:
    searched = rank(parse_query(text), sample_postings(), "loose")
    stored = sorted(
        (StoredMatch(p, r.score, (), (1,)) for p, r in searched), key=lambda m: -m.score
    )
    got = ranked(stored, [_search(1, text)], enough)
    want = [p.id for p, _ in searched]
    shown = len(want) if enough is None else enough
    assert [m.posting.id for m in got][:shown] == want[:shown]
    assert sorted(m.posting.id for m in got) == sorted(want)


def test_the_first_naming_the_workplace_is_found_without_explaining_every_match() -> None:
    text = "nurse hospital"
    pool = [Posting(id=f"n{i}", title="Nurse", company=f"Home Care {i}") for i in range(20)]
    pool.append(Posting(id="charge", title="Charge Nurse", company="Lakeview Medical Centre"))
    searched = rank(parse_query(text), pool, "loose")
    stored = sorted(
        (StoredMatch(p, r.score, (), (1,)) for p, r in searched), key=lambda m: -m.score
    )
    assert stored[-1].posting.id == "charge"  # the lowest score
    got = ranked(stored, [_search(1, text)], 1)
    assert got[0].posting.id == "charge" and "names hospital ✓" in got[0].reasons
    # The 20 scoring higher that name no hospital were not explained to find it (all were).
    assert [m.posting.id for m in got if m.reasons] == ["charge"]
