"""The Matcher's per-posting shortcuts (fuzzy title ratios worked out for many titles in one
call) give exhaustive scoring's very scores."""

from __future__ import annotations

import pytest

from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

# Titles whose fuzzy factor differs by a letter, word order or an extra word: the ratio of each
# search's title text with the posting's decides the last decimal of the score.
TEXTS = [
    "backend engineer",
    "back end engineer",
    "senior backend engineer python",
    "registered nurse",
    "nurse",
    "icu nurse",
    "data engineer remote",
    "engineer data",
    "software developer",
    "sofware developer",
    "it specialist",
    "information technology specialist",
]
POOL = [
    Posting(id="a", title="Backend Engineer"),
    Posting(id="b", title="Senior Back-End Engineer (Python)"),
    Posting(id="c", title="Registered Nurse - ICU"),
    Posting(id="d", title="Nurse"),
    Posting(id="e", title="Data Engineer"),
    Posting(id="f", title="Software Developer II"),
    Posting(id="g", title="IT Specialist (INFOSEC)"),
    Posting(id="h", title="Information Technology Specialist"),
]


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_batched_title_ratios_score_as_one_by_one(sensitivity: Sensitivity) -> None:
    assert_indexes_exact(TEXTS, POOL, sensitivity)
