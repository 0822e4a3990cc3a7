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
import numpy.typing as npt
from cachetools import LRUCache

from core.matching import semantic
from core.matching.prefilter import Floats
from core.matching.semantic import Vector
from core.matching.vocab import vocabulary

# Tuned on the dev sets only (tests/eval/real, loose). The floor trades the title set's MAP
# (0.146 without meaning; 0.248 at 0.40, 0.221 at 0.50) against how much more loose returns
# (dev_federal precision 0.244 without, 0.064 at 0.40, 0.136 at 0.50). Without GATE below
# (every title may be credited) MAP is 0.263 at 0.50, but "QA Engineer (Backend)" would pass
# a loose "backend engineer" search.
FLOOR = 0.50  # the least cosine that is title evidence
LOW, HIGH = 0.40, 0.549  # the title part at the floor and at cosine 1
REST = HIGH  # the share of their points the other parts keep: no more than the title's
TOP = round(100.0 * HIGH, 1)  # the best score by meaning: below every bar but loose's
# Vectors are rounded to multiples of 1/QUANTUM: each product of two components is then a
# multiple of 2^-22 below 1 in size, and every partial sum of a dot product of two unit
# vectors (at most 1 by Cauchy-Schwarz) is one too, exact in float32: the scorer's dot product
# and the indexes' matrix products give the same cosine, in any order of summation.
QUANTUM = 2048.0
# A title the words show to be another role, field or speciality (its gate below this: "QA
# Engineer (Backend)", "Backend Sales Manager", "Frontend Engineer" for "backend engineer") gets
# no credit by meaning; one only missing a word of the field, or only of another speciality,
# may.
GATE = 0.5


def text(words: Iterable[str]) -> str:
    """The text embedded for a title's canonical words (internal marker words left out)."""
    leans = _lean_words()
    return " ".join(w for w in words if w not in leans)


@cache
def _lean_words() -> frozenset[str]:
    """The marker words the vocabulary inserts ("Python Developer" leans backend)."""
    return frozenset(vocabulary().leans.values())


def vector(words: Iterable[str]) -> Vector:
    """The quantised unit vector of a title's words (zeros when none is known), computed once
    per distinct text while it is among the recent ones."""
    key = text(words)
    found = _VECTORS.get(key)
    if found is None:
        raw = semantic.load().embed(key, keep=False)
        found = (np.round(raw * QUANTUM) / QUANTUM).astype(np.float32)
        found.setflags(write=False)
        _VECTORS[key] = found
    return found


_VECTORS: LRUCache[str, Vector] = LRUCache(maxsize=semantic.EMBEDDED)


def cosine(query: Vector, posting: Vector) -> float:
    """The cosine of two vectors of vector(): exact, whatever order the products are summed in."""
    return float(np.dot(query, posting))


def part(cos: float) -> float:
    """The title part a cosine earns: 0 below FLOOR, then LOW to HIGH linearly up to 1."""
    if cos < FLOOR:
        return 0.0
    return LOW + (HIGH - LOW) * (min(cos, 1.0) - FLOOR) / (1.0 - FLOOR)


def parts(cosines: npt.NDArray[np.float32]) -> Floats:
    """part() of many cosines (computed by a matrix product: the same numbers), the same floats."""
    cos = cosines.astype(np.float64)
    found: Floats = np.where(
        cos < FLOOR, 0.0, LOW + (HIGH - LOW) * (np.minimum(cos, 1.0) - FLOOR) / (1.0 - FLOOR)
    )
    return found
