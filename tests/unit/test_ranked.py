"""The chat's stored matches put in concierge search's order (core.searches.stored.ranked)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.matching import PARSER_VERSION, parse_query, rank
from core.model import SavedSearch, StoredMatch
from core.postings.sample import sample_postings
from core.searches.stored import ranked

QUERIES = ["sr. golang dev remote eu 100k€+", "senior backend python", "registered nurse nights"]


def _search(at: int, text: str) -> SavedSearch:
    return SavedSearch(
        id=at,
        subscriber_id=1,
        raw_text=text,
        parsed_json=parse_query(text).to_json(),
        parser_version=PARSER_VERSION,
        sensitivity="loose",
        active=True,
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
        shard_key=0,
    )


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("enough", [None, 1, 3, 10])
def test_stored_matches_come_in_concierge_searchs_order(text: str, enough: int | None) -> None:
    postings = sample_postings()
    searched = rank(parse_query(text), postings, "loose")
    # As a store gives them: by the score the index stored, the posting ids' order breaking ties.
    stored = sorted(
        (StoredMatch(p, r.score, (), (1,)) for p, r in searched),
        key=lambda m: -m.score,
    )
    got = [m.posting.id for m in ranked(stored, [_search(1, text)], enough)]
    want = [p.id for p, _ in searched]
    shown = len(want) if enough is None else enough
    # Equal matches too: the newest posting, then the id, comes first on both.
    assert got[:shown] == want[:shown]
    assert sorted(got) == sorted(want)
