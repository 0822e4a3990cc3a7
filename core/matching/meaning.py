"""Title evidence by meaning: the cosine of the embeddings of two titles' words (loose only).

A posting whose title is close in meaning to the search's title words ("Court Reporter" for
"court stenographer") gets a title part from the cosine alone, even with no word in common.
That part lies between LOW and HIGH and the other parts then count HIGH of their points (a
fitting place never lowers it), so a score by meaning is at most 100 x HIGH = 54.9: below the
normal (55) and strict (70) bars, and loose (40) ranks it. A score is the better of the score
by words and the score by meaning, so normal and strict searches match exactly as without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import numpy as np

from core.matching import semantic
from core.matching.semantic import Vector
from core.matching.vocab import vocabulary

# Tuned on the dev sets only (tests/eval/real, loose). The floor trades the title set's MAP
# (0.29 at 0.40, 0.26 at 0.50, 0.23 at 0.60) against how much more loose returns (titles per
# query of 2,790: 100, 42, 18; dev_federal precision 0.06, 0.12, 0.17 against 0.24 without).
# A title the words show to be another job ("Backend Engineer" for "frontend engineer", cosine
# 0.89) is not excluded: that costs MAP (0.16 at 0.50) more than it gains precision.
FLOOR = 0.50  # the least cosine that is title evidence
LOW, HIGH = 0.40, 0.549  # the title part at the floor and at cosine 1
REST = HIGH  # the share of their points the other parts keep: no more than the title's
TOP = round(100.0 * HIGH, 1)  # the best score by meaning: below every bar but loose's
SLACK = 1e-4  # a cosine computed in another order (a matrix product) is within this


def text(words: Iterable[str]) -> str:
    """The text embedded for a title's canonical words (internal marker words left out)."""
    leans = _lean_words()
    return " ".join(w for w in words if w not in leans)


@cache
def _lean_words() -> frozenset[str]:
    """The marker words the vocabulary inserts ("Python Developer" leans backend)."""
    return frozenset(vocabulary().leans.values())


def vector(words: Iterable[str]) -> Vector:
    """The unit vector of a title's words (zeros when none is known), once per distinct text."""
    return semantic.embed(text(words))


def cosine(query: Vector, posting: Vector) -> float:
    """The cosine of two unit vectors, always computed the same way (scoring and the indexes)."""
    return float(np.dot(query, posting))


def part(cos: float) -> float:
    """The title part a cosine earns: 0 below FLOOR, then LOW to HIGH linearly up to 1."""
    if cos < FLOOR:
        return 0.0
    return LOW + (HIGH - LOW) * (min(cos, 1.0) - FLOOR) / (1.0 - FLOOR)


def parts_bound(cosines: np.ndarray) -> np.ndarray:
    """Per cosine computed by a matrix product, an upper bound of part() of the exact one."""
    cos = np.minimum(cosines.astype(np.float64) + SLACK, 1.0)
    found: np.ndarray = np.where(
        cos >= FLOOR, LOW + (HIGH - LOW) * (cos - FLOOR) / (1.0 - FLOOR) + 1e-9, 0.0
    )
    return found
