"""A snapshot of the index over open postings, read back as a skeleton, names every posting
that passes a query: ranking those alone equals ranking every open posting."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import ParsedQuery, rank
from core.matching.postings_index import PostingIndex
from core.matching.postings_snapshot import MAGIC, IndexSkeleton, encode
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.unit.matching.test_index import eval_pool, eval_ranked, parse, postings, query_texts


def _ranked(
    query: ParsedQuery, among: list[Posting], sensitivity: Sensitivity
) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(p.id, r.score, r.reasons) for p, r in rank(query, among, sensitivity)]


def _through(
    skeleton: IndexSkeleton, live: list[Posting], query: ParsedQuery, sensitivity: Sensitivity
) -> list[tuple[str, float, tuple[str, ...]]]:
    """What the one-off search does: rank the candidates only, in the stored order."""
    wanted = set(skeleton.candidate_ids(query, sensitivity))
    return _ranked(query, [p for p in live if p.id in wanted], sensitivity)


ops = st.lists(
    st.tuples(st.sampled_from(["put", "put", "put", "drop"]), st.integers(0, 12), postings()),
    min_size=1,
    max_size=14,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=ops,
    gone=st.sets(st.integers(0, 12), max_size=4),
    texts=st.lists(query_texts(), min_size=1, max_size=4),
    sensitivity=st.sampled_from(SENSITIVITIES),
)
def test_the_candidates_of_a_snapshot_rank_as_every_open_posting(
    ops: list[tuple[str, int, Posting]],
    gone: set[int],
    texts: list[str],
    sensitivity: Sensitivity,
) -> None:
    """Postings put, changed and dropped, then some dropped from the skeleton read back."""
    index = PostingIndex()
    live: dict[str, Posting] = {}
    for op, n, posting in ops:
        pid = f"p{n}"
        if op == "put":
            live.pop(pid, None)
            live[pid] = replace(posting, id=pid)
            index.put(live[pid])
        else:
            live.pop(pid, None)
            index.drop(pid)
    skeleton = IndexSkeleton.decode(encode(index, 7))
    assert skeleton is not None and skeleton.cursor == 7 and len(skeleton) == len(live)
    for n in gone:
        skeleton.drop(f"p{n}")
        live.pop(f"p{n}", None)
    assert len(skeleton) == len(live)
    for text in texts:
        query = parse(text)
        if query is not None:
            everything = _ranked(query, list(live.values()), sensitivity)
            assert _through(skeleton, list(live.values()), query, sensitivity) == everything


def test_the_candidates_rank_as_every_posting_on_the_eval_pool() -> None:
    """Every eval query, at every sensitivity, against the real-shaped pool."""
    pool, queries = eval_pool()
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    skeleton = IndexSkeleton.decode(encode(index, 0))
    assert skeleton is not None
    fewer = 0
    for query in queries:
        for sensitivity in SENSITIVITIES:
            want = list(eval_ranked(query, sensitivity))
            assert _through(skeleton, pool, query, sensitivity) == want
            fewer += len(skeleton.candidate_ids(query, sensitivity)) < len(pool)
    assert fewer == len(queries) * len(SENSITIVITIES)  # never every posting read


def _index() -> PostingIndex:
    index = PostingIndex()
    for n, title in enumerate(["Python Developer", "Nurse", "Backend Engineer (Go)"]):
        index.put(Posting(id=f"p{n}", title=title, description="We use Python and Go."))
    return index


def test_a_damaged_or_cut_snapshot_reads_as_none() -> None:
    data = encode(_index(), 3)
    assert IndexSkeleton.decode(data) is not None
    assert IndexSkeleton.decode(data[:-1]) is None
    assert IndexSkeleton.decode(data + b"x") is None
    assert IndexSkeleton.decode(b"") is None
    assert IndexSkeleton.decode(data[:40]) is None
    assert IndexSkeleton.decode(data.replace(MAGIC, b"something else\n", 1)) is None


def test_a_snapshot_of_another_analysis_reads_as_none() -> None:
    data = encode(_index(), 3)
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    header["version"] = "an older vocabulary"
    other = MAGIC + json.dumps(header).encode() + data[end:]
    assert IndexSkeleton.decode(other) is None


def test_a_skeleton_holds_no_postings_to_score() -> None:
    skeleton = IndexSkeleton.decode(encode(_index(), 3))
    assert skeleton is not None
    query = parse("nurse")
    assert query is not None
    assert skeleton.candidate_ids(query, "normal") == ["p1"]
    try:
        skeleton.search(query)
    except TypeError as exc:
        assert "candidate_ids" in str(exc)
    else:
        raise AssertionError("a skeleton scored postings it does not hold")
