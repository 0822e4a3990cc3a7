"""Loose searches by meaning: a posting whose title is near the search's in meaning passes a
loose search, and loose results rank by a score fusing meaning and words.

For a loose search naming title words, with c the cosine of the semantic title model between
the search's title words and the posting's title (``semantic.embed``), less the title's hubness
(``hub``: a title near many known titles, "Education Teacher", is near every search in part
for that alone), and s the word score:

* a posting passes by its words as before (s ≥ 40), or by meaning when no filter rejects it
  and c ≥ RELATED_COSINE (0.38), whatever words its title shares with the search's: the
  model tells related titles apart better than shared words do;
* its score is ``80 c + 0.1 s`` (s counted 0 when the words alone do not pass), or s when
  that is higher and s passes a normal search (s ≥ 55): a title sharing only its role noun
  ("Orthotics Technician" for "relay technician", s 44.8) ranks by its meaning, a posting a
  normal search takes keeps its normal score. A title met by meaning alone from MIN_COSINE
  (0.50) counts as met in part for the order (core.matching.order), a related title below it
  as no title met.

Normal and strict searches never read meaning. Vectors are rounded to multiples of 2⁻¹⁰ so
that every cosine is exact in float32 whatever the order of the sums (each product is a
multiple of 2⁻²⁰ and every partial sum stays below 2 in magnitude: 21 bits of the 24):
the indexes' matrix products give the very cosines a single posting's scoring gives. The
hubness rides along as one more component: a title's vector ends in its correction (a
multiple of 2⁻¹⁰), a search's in 1.
"""

from __future__ import annotations

import math
import threading
from dataclasses import replace
from functools import cache

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache

from core.matching import breakdown, semantic, vocab
from core.matching.features import features
from core.matching.prefilter import Floats
from core.matching.query import ParsedQuery, skill_members
from core.matching.scoring import (
    Compiled,
    MatchResult,
    best_of,
    compile_query,
    evaluate_features,
    score_posting,
    threshold_for,
    title_part,
)
from core.model import Posting, Sensitivity
from core.scores import score_text

LOOSE = threshold_for("loose")
NORMAL = threshold_for("normal")

# Chosen on the dev halves of the real-data sets (tests/eval/real, README "Loose searches by
# meaning"): the model ranks related titles better than shared words do (a surer bar for a
# title sharing a word cost 0.03 MAP); 0.30 adds +0.005 MAP for 40% more loose matches. 0.38
# (was 0.35: a Medical Support Assistant for "paralegal" at 0.37) costs O*NET / ESCO dev MAP
# 0.0046 / 0.0025 for 17% / 21% fewer titles returned; 0.40 costs 0.008 O*NET. A title below
# MIN_COSINE is a related title, no title met.
RELATED_COSINE = 0.38
MIN_COSINE = 0.50
# Hubness, chosen on the dev halves of the O*NET and ESCO title sets (+0.008 and +0.010 MAP, as
# many loose matches): a title's hub is the mean cosine of its HUB_K nearest anchors (every
# HUB_STEP-th known title); its cosine with a search is lowered by HUB_SHARE of how far that is
# above MEAN_HUB, the known titles' mean, and raised as much for one below it. CSLS (Conneau
# et al. 2018, "Word translation without parallel data") with the anchors for the neighbours.
HUB_STEP = 64  # 1,140 anchors: a title's hub costs a tenth of a millisecond
HUB_K = 5
HUB_SHARE = 0.3
MEAN_HUB = 0.55  # test_meaning checks it against the shipped model
MEANING_POINTS = 80.0  # the cosine's share of the 100 points: 80 × MIN_COSINE is the loose bar
WORDS_SHARE = 0.1  # the word score's share: words still order titles equally near in meaning
_SCALE = 1024.0  # 2**10: see the module docstring
_VECTORS = 8192  # distinct texts whose rounded vectors are kept (the model keeps its own)
# The caches here and the model's are read from worker threads at once (searches of the index
# over open postings): one at a time.
_LOCK = threading.Lock()

Vector = npt.NDArray[np.float32]
Cosines = npt.NDArray[np.float32]
_vectors: LRUCache[str, Vector] = LRUCache(maxsize=_VECTORS)
_sided: LRUCache[tuple[bool, str], Vector] = LRUCache(maxsize=_VECTORS)  # (a title?, text)


def phrase(query: ParsedQuery) -> str:
    """The text of a search's title words and specialties, as embedded ("" when it names no
    title word): "High School History Teacher" is a high school history teacher, not any
    history teacher. Other skills are left out: each mix of them would be a text of its own
    to embed and to compare every posting with ("Java Developer" reads as "developer")."""
    if not query.title:
        return ""
    v = vocab.vocabulary()
    special = (
        skill.lower()
        for skill in query.skills
        if all(m in v.specialties for m in skill_members(skill.lower()))
    )
    return " ".join((*query.title, *special))


def vector(text: str) -> Vector:
    """The text's unit vector in the shipped model, rounded to multiples of 2⁻¹⁰ (cached)."""
    with _LOCK:
        found = _vectors.get(text)
        if found is None:
            found = _rounded(text)
            _vectors[text] = found
    return found


def _rounded(text: str) -> Vector:
    """The text's unit vector rounded to multiples of 2⁻¹⁰, read-only (not cached)."""
    scaled = np.round(semantic.embed(text) * _SCALE).astype(np.float32)
    found = scaled / np.float32(_SCALE)
    found.setflags(write=False)
    return found


@cache
def _anchors() -> Vector:
    """The rounded vectors of every HUB_STEP-th known title, one row each."""
    return np.stack([_rounded(title) for title in semantic.load().titles[::HUB_STEP]])


def hub(title: str) -> float:
    """The mean cosine of a title's HUB_K nearest anchors: how near it is to known titles in
    general (MEAN_HUB for a title of no known word)."""
    v = vector(title)
    if not v.any():
        return MEAN_HUB
    cos = np.einsum("ij,j->i", _anchors(), v)
    return float(np.partition(cos, len(cos) - HUB_K)[-HUB_K:].sum()) / HUB_K


def title_vector(title: str) -> Vector:
    """A posting title's vector and its hubness correction, the last component (cached)."""
    return _sided_vector(title, True)


def phrase_vector(text: str) -> Vector:
    """A search's title words' vector and 1 to take a title's correction (0 with no word)."""
    return _sided_vector(text, False)


def _sided_vector(text: str, title: bool) -> Vector:
    """title_vector or phrase_vector."""
    with _LOCK:
        found = _sided.get((title, text))
    if found is None:
        v = vector(text)
        last = 1.0 if v.any() else 0.0
        if title:
            last = np.round(HUB_SHARE * (MEAN_HUB - hub(text)) * _SCALE) / _SCALE if last else 0.0
        found = np.append(v, np.float32(last))
        found.setflags(write=False)
        with _LOCK:
            _sided[(title, text)] = found
    return found


def cosine(query: ParsedQuery, title: str) -> float:
    """The exact cosine of a search's title words and a posting's title, less its hubness."""
    return min(float(np.dot(phrase_vector(phrase(query)), title_vector(title))), 1.0)


def fused(words: Floats, cosines: Floats) -> Floats:
    """Loose scores from word scores (0 where the words alone do not pass) and cosines: a word
    score passing a normal search is kept when higher."""
    # a cosine of float32 vectors may top 1 ("Teacher" for "teacher": 1.0006, so 100.1 points)
    points = MEANING_POINTS * np.clip(cosines, 0.0, 1.0) + WORDS_SHARE * words
    points = np.floor(points * 10.0 + 0.5) / 10.0
    return np.where(words >= NORMAL, np.maximum(words, points), points)


def loose_score(words: float | None, cos: float) -> float:
    """``fused`` of one posting: words is None when the words alone do not pass."""
    return float(fused(np.array([words or 0.0]), np.array([cos]))[0])


def reason(title: str, cos: float) -> str:
    """The reason a card gives for a title taken by meaning: a related title below MIN_COSINE."""
    if cos < MIN_COSINE:
        return f'related title "{title}" by meaning ({cos:.2f})'
    return f'title ≈ "{title}" by meaning ({cos:.2f})'


def judge(cq: Compiled, posting: Posting, words: MatchResult) -> tuple[float, float] | None:
    """A loose search's score of a posting and the cosine, given its word result (not
    explained); None when it passes neither by words nor by meaning."""
    if not words.passed:
        return None
    score = words.score if words.score >= LOOSE else None
    cos = cosine(cq.query, posting.title)
    if score is None and cos < RELATED_COSINE:
        return None
    return loose_score(score, cos), cos


def annotate(query: ParsedQuery, posting: Posting, result: MatchResult) -> MatchResult:
    """An explained word result as a loose search scores it: the fused score and a breakdown
    line when meaning counted, and a reason when it lifted the score or let the posting in."""
    cos = cosine(query, posting.title)
    words = result.score if result.score >= LOOSE else None
    score = loose_score(words, cos)
    if words is not None and score == words:
        return result
    line = _fused_line(cos, result.score, words is not None, score)
    # The title's reason comes first (scoring._reasons): the meaning's reason says the title.
    kept = result.reasons[1:]
    lifted = words is None or score > words
    lacking = result.lacking
    # A title close in meaning is met in part, not missing altogether; a related title (below
    # MIN_COSINE) stays missing: after every title the words or a closer meaning let in.
    if (
        words is None
        and cos >= MIN_COSINE
        and not title_part(compile_query(query), features(posting))
    ):
        lacking = tuple(part for part in lacking if part != "title")
    return replace(
        result,
        score=score,
        reasons=(reason(posting.title, cos), *kept) if lifted else result.reasons,
        breakdown=(*result.breakdown, line),
        missing=len(lacking),
        lacking=lacking,
    )


def _fused_line(cos: float, words: float, counted: bool, score: float) -> str:
    """The loose score's sum in tenths adding up to it: "loose: 80 × cosine 0.995 = 79.6,
    + 0.1 × word score 54.9 = 5.5 → score 85.1 of 100"."""
    exact = [MEANING_POINTS * max(cos, 0.0), WORDS_SHARE * words if counted else 0.0]
    meant, worded = breakdown.tenths(exact, math.floor(score * 10.0 + 0.5))
    why = "" if counted else f" (below the loose bar {LOOSE:g}: not counted)"
    if counted and words < NORMAL:
        why = f" (below the normal bar {NORMAL:g}: ranked by meaning)"
    return (
        f"loose: {MEANING_POINTS:.0f} × cosine {cos:.3f} = {breakdown.shown(meant)}, + "
        f"{WORDS_SHARE} × word score {words:.1f}{why} = {breakdown.shown(worded)} → "
        f"score {score_text(score)} of 100"
    )


def explained(query: ParsedQuery, posting: Posting, sensitivity: Sensitivity) -> MatchResult:
    """A search's explained result for a posting, passing or not, as its sensitivity scores
    it: what a card, `concierge explain` and the order of stored matches show."""
    if query.or_titles:
        return best_of(explained(v, posting, sensitivity) for v in query.variants())
    result = score_posting(query, posting)
    if sensitivity != "loose" or not query.title:
        return result
    cq = compile_query(query)
    if judge(cq, posting, result) is None:
        return result  # neither its words nor its meaning let it in
    return annotate(query, posting, result)


def search_result(
    query: ParsedQuery, posting: Posting, sensitivity: Sensitivity
) -> MatchResult | None:
    """A search's explained result for a posting, None when it does not pass: what both
    indexes must return, one posting at a time (a loose search naming title words by meaning)."""
    if query.or_titles:
        found = [search_result(v, posting, sensitivity) for v in query.variants()]
        passing = [r for r in found if r is not None]
        return best_of(passing) if passing else None
    cq = compile_query(query)
    f = features(posting)
    if sensitivity == "loose" and query.title:
        if judge(cq, posting, evaluate_features(cq, f, posting)) is None:
            return None
        return annotate(query, posting, evaluate_features(cq, f, posting, explain=True))
    result = evaluate_features(cq, f, posting, explain=True)
    return result if result.passed and result.score >= threshold_for(sensitivity) else None


class Phrases:
    """Distinct texts (a Matcher's loose searches' title words, a posting index's titles) as
    rows of one matrix of rounded vectors: one product gives a text's cosine with every one."""

    def __init__(self, titles: bool) -> None:
        """Start empty; rows of posting titles (titles) or of searches' title words."""
        self._row_vector = title_vector if titles else phrase_vector
        self._other_vector = phrase_vector if titles else title_vector
        self._ids: dict[str, int] = {}
        self._users: list[int] = []  # per row: how many hold its text (0: free)
        self._free: list[int] = []
        self._matrix: npt.NDArray[np.float32] | None = None
        self._seen: LRUCache[str, Cosines] = LRUCache(maxsize=1024)  # by the other text

    def __len__(self) -> int:
        """Rows ever used: every live row is below."""
        return len(self._users)

    def add(self, text: str) -> int:
        """The row of a text, added on first sight; each add needs a release."""
        row = self._ids.get(text)
        if row is None:
            v = self._row_vector(text)
            row = self._free.pop() if self._free else len(self._users)
            if row == len(self._users):
                self._users.append(0)
            if self._matrix is None:
                self._matrix = np.zeros((64, len(v)), dtype=np.float32)
            elif row >= len(self._matrix):
                self._matrix = np.concatenate([self._matrix, np.zeros_like(self._matrix)])
            self._matrix[row] = v
            self._ids[text] = row
            self._seen.clear()
        self._users[row] += 1
        return row

    def release(self, text: str) -> None:
        """One holder of a text fewer; its row is freed (zeros: cosine 0) with the last."""
        row = self._ids[text]
        self._users[row] -= 1
        if not self._users[row]:
            del self._ids[text]
            self._free.append(row)
            assert self._matrix is not None
            self._matrix[row] = 0.0
            self._seen.clear()

    def cosines(self, text: str) -> Floats:
        """Every row's exact cosine with a text (0 for free rows), kept for the last texts."""
        with _LOCK:
            found = self._seen.get(text)
        if found is None:
            if self._matrix is None:
                return np.zeros(0)
            # einsum, not BLAS: a threaded matrix-vector product stalls for milliseconds on a
            # busy machine (its threads wait for cores), einsum's loop runs in this thread.
            other = self._other_vector(text)
            found = np.einsum("ij,j->i", self._matrix[: len(self._users)], other)
            with _LOCK:
                self._seen[text] = found
        return found.astype(np.float64)
