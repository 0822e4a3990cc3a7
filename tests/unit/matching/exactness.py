"""One check for the query property tests: every index returns what scoring one by one does."""

from __future__ import annotations

from collections.abc import Sequence

from core.matching import Matcher, ParsedQuery, parse_query, rank
from core.matching.meaning import search_result
from core.matching.postings_index import PostingIndex
from core.matching.postings_snapshot import IndexSkeleton, encode
from core.model import Posting, Sensitivity


def parsed_or_none(text: str) -> ParsedQuery | None:
    """The query, or None where it is refused (a property's generated words may say nothing)."""
    try:
        return parse_query(text)
    except Exception:
        return None


def assert_indexes_exact(
    texts: Sequence[str], pool: Sequence[Posting], sensitivity: Sensitivity
) -> None:
    """The Matcher, the postings index and the saved snapshot's candidates against exhaustive
    scoring, for searches of these texts over these postings."""
    matcher = Matcher()
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    skeleton = IndexSkeleton.decode(encode(index, 0))
    assert skeleton is not None
    parsed = {sid: q for sid, q in enumerate(map(parsed_or_none, texts)) if q is not None}
    for sid, query in parsed.items():
        matcher.add(sid, query, sensitivity)
    for posting in pool:
        want = sorted(
            (sid, r.score)
            for sid, q in parsed.items()
            if (r := search_result(q, posting, sensitivity)) is not None
        )
        assert list(zip(*matcher.passing_by_id(posting), strict=True)) == want
        assert sorted((sid, s) for s, ids in matcher.passing(posting) for sid in ids) == want
    for query in parsed.values():
        exhaustive = {(p.id, r.score) for p, r in rank(query, list(pool), sensitivity)}
        found = index.search(query, sensitivity)
        assert {(p.id, r.score) for p, r in found.matches} == exhaustive
        assert found.total == len(exhaustive)
        assert {p for p, _ in exhaustive} <= set(skeleton.candidate_ids(query, sensitivity))
        if exhaustive:
            best = max(s for _, s in exhaustive)
            assert index.search(query, sensitivity, limit=1).matches[0][1].score == best
