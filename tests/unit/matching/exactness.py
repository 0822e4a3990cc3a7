"""One check for the query property tests: every index returns what scoring one by one does."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from core.matching import Matcher, ParsedQuery, parse_query, rank
from core.matching.meaning import search_result
from core.matching.postings_index import PostingIndex
from core.matching.postings_snapshot import IndexSkeleton, encode
from core.model import Posting, Sensitivity
from tests.conftest import FULL_TESTS


def examples(nightly: int) -> int:
    """A property's generated examples: a third in `make test`, all with CONCIERGE_FULL_TESTS=1
    (its @example cases run in both)."""
    return nightly if FULL_TESTS else max(nightly // 3, 30)


def parsed_or_none(text: str) -> ParsedQuery | None:
    """The query, or None where it is refused (a property's generated words may say nothing)."""
    try:
        return parse_query(text)
    except Exception:
        return None


@cache  # a property test's examples share one pool: its index is built once, then only read
def _indexed(pool: tuple[Posting, ...]) -> tuple[PostingIndex, IndexSkeleton]:
    """The postings index of a pool and its saved snapshot read back."""
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    skeleton = IndexSkeleton.decode(encode(index, 0))
    assert skeleton is not None
    return index, skeleton


@lru_cache(maxsize=4096)  # generated examples repeat texts: score each pair once
def _scored(
    text: str, pool: tuple[Posting, ...], sensitivity: Sensitivity
) -> tuple[tuple[float | None, ...], frozenset[tuple[str, float]]]:
    """Exhaustive scoring of one search: search_result per posting, and rank() over the pool."""
    query = parse_query(text)
    each = tuple(
        None if (r := search_result(query, p, sensitivity)) is None else r.score for p in pool
    )
    return each, frozenset((p.id, r.score) for p, r in rank(query, list(pool), sensitivity))


def assert_indexes_exact(
    texts: Sequence[str], pool: Sequence[Posting], sensitivity: Sensitivity
) -> None:
    """The Matcher, the postings index and the saved snapshot's candidates against exhaustive
    scoring, for searches of these texts over these postings."""
    matcher = Matcher()
    frozen = tuple(pool)
    index, skeleton = _indexed(frozen)
    parsed = {sid: (t, q) for sid, t in enumerate(texts) if (q := parsed_or_none(t)) is not None}
    for sid, (_, query) in parsed.items():
        matcher.add(sid, query, sensitivity)
    scored = {sid: _scored(text, frozen, sensitivity) for sid, (text, _) in parsed.items()}
    for i, posting in enumerate(pool):
        want = sorted(
            (sid, score) for sid, (each, _) in scored.items() if (score := each[i]) is not None
        )
        assert list(zip(*matcher.passing_by_id(posting), strict=True)) == want
        assert sorted((sid, s) for s, ids in matcher.passing(posting) for sid in ids) == want
    for sid, (_, query) in parsed.items():
        exhaustive = set(scored[sid][1])
        found = index.search(query, sensitivity)
        assert {(p.id, r.score) for p, r in found.matches} == exhaustive
        assert found.total == len(exhaustive)
        assert {p for p, _ in exhaustive} <= set(skeleton.candidate_ids(query, sensitivity))
        if exhaustive:
            best = max(s for _, s in exhaustive)
            assert index.search(query, sensitivity, limit=1).matches[0][1].score == best
