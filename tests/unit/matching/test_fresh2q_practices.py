"""A practice beside a level (fresh2 dev "L5 software engineer distributed systems"): the index
keeps searches with and without a level apart, as their readings differ."""

from __future__ import annotations

import pytest

from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

POOL = [
    Posting(id="plain", title="Senior Software Engineer", description="Our APIs."),
    Posting(id="named", title="Senior Software Engineer", description="Distributed systems."),
    Posting(id="backend", title="Senior Backend Engineer", description="Our APIs."),
    Posting(id="any", title="Software Engineer", description="Our APIs."),
]


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_searches_differing_only_in_a_level_stay_exact_together(sensitivity: Sensitivity) -> None:
    # Was one shared core: without a level the practice gates, with one it ranks, so the
    # Matcher scored one of the two searches by the other's reading.
    queries = [
        "senior software engineer distributed systems",
        "software engineer distributed systems",
    ]
    assert_indexes_exact(queries, POOL, sensitivity)
    assert_indexes_exact(queries[::-1], POOL, sensitivity)
