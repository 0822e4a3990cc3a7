"""The index over open postings returns exactly what ranking every open posting returns."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import ParsedQuery, rank
from core.matching.postings_index import PostingIndex
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.test_index import eval_pool, eval_ranked, parse, postings, query_texts


def ranked(
    query: ParsedQuery, open_postings: list[Posting], sensitivity: Sensitivity
) -> list[tuple[str, float, tuple[str, ...]]]:
    """What the exhaustive scan finds, as (posting id, score, reasons), best first."""
    return sorted((p.id, r.score, r.reasons) for p, r in rank(query, open_postings, sensitivity))


def searched(
    index: PostingIndex, query: ParsedQuery, sensitivity: Sensitivity
) -> list[tuple[str, float, tuple[str, ...]]]:
    found = index.search(query, sensitivity)
    assert found.complete and found.total == len(found.matches)
    quick = index.search(query, sensitivity, explain=False).matches
    assert [(p.id, r.score, r.reasons) for p, r in quick] == [
        (p.id, r.score, ()) for p, r in found.matches
    ]
    scores = [r.score for _, r in found.matches]
    assert scores == sorted(scores, reverse=True)
    return sorted((p.id, r.score, r.reasons) for p, r in found.matches)


ops = st.lists(
    st.tuples(st.sampled_from(["put", "put", "put", "drop"]), st.integers(0, 12), postings()),
    min_size=1,
    max_size=14,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=ops,
    texts=st.lists(query_texts(), min_size=1, max_size=4),
    sensitivity=st.sampled_from(SENSITIVITIES),
)
def test_index_equals_rank_over_open_postings(
    ops: list[tuple[str, int, Posting]], texts: list[str], sensitivity: Sensitivity
) -> None:
    """Postings put, changed and dropped in any order: every query finds what rank finds."""
    index = PostingIndex()
    live: dict[str, Posting] = {}
    for op, n, posting in ops:
        pid = f"p{n}"
        if op == "put":
            live[pid] = replace(posting, id=pid)
            index.put(live[pid])
        else:
            live.pop(pid, None)
            index.drop(pid)
    assert len(index) == len(live)
    for text in texts:
        query = parse(text)
        if query is not None:
            assert searched(index, query, sensitivity) == ranked(
                query, list(live.values()), sensitivity
            )


def test_index_equals_rank_on_the_eval_pool() -> None:
    """Every eval query, at every sensitivity, against the real-shaped pool."""
    pool, queries = eval_pool()
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    for query in queries:
        for sensitivity in SENSITIVITIES:
            assert searched(index, query, sensitivity) == sorted(eval_ranked(query, sensitivity))


def test_a_limit_keeps_the_best_and_counts_at_least_as_many() -> None:
    """A broad query stops once its best N are certain; those are rank's best N."""
    pool, _ = eval_pool()
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    query = parse("developer")
    assert query is not None
    want = rank(query, pool, "loose")
    assert len(want) > 5
    found = index.search(query, "loose", limit=5)
    assert [r.score for _, r in found.matches] == [r.score for _, r in want[:5]]
    assert 5 <= found.total <= len(want)
    full = index.search(query, "loose")
    assert full.total == len(want) and full.complete


def test_the_index_keeps_no_posting_s_keys() -> None:
    """A posting's index keys (title and text together: shared with no other posting, half
    its analysed bytes) place it in the index and are not kept with it."""
    index = PostingIndex()
    for n in range(3):
        index.put(Posting(id=f"p{n}", title="Python Developer", description=f"Go and AWS {n}."))
    found = index.search(parse("python developer"), "loose")  # type: ignore[arg-type]
    assert len(found.analysed) == 3
    assert all(not f.keys for f in found.analysed)


def _alike(count: int) -> list[Posting]:
    """Postings in few title shapes, each with another posting's text, place, workplace and
    pay: many share a title shape yet differ in what else a query may read."""
    rng = random.Random(3)
    sample = sample_postings()
    titles = sorted({p.title for p in sample})[:25]
    return [
        replace(
            rng.choice(sample),
            id=f"alike-{n}",
            title=rng.choice(titles),
            workplace=rng.choice([None, "remote", "hybrid", "onsite"]),
            salary_min=rng.choice([None, 60_000.0, 95_000.0, 130_000.0]),
            currency=rng.choice([None, "EUR", "USD"]),
        )
        for n in range(count)
    ]


ALIKE_QUERIES = (
    "backend engineer",
    "software engineer",
    "backend engineer python",
    "senior backend engineer java spring",
    "junior backend engineer",
    "python",
    "golang k8s",
    "platform engineer remote",
    "backend engineer in berlin",
    "engineer 100k+",
    "senior software engineer python remote 120k+",
    "backend engineer -php",
    "engineer not remote",
)


def test_postings_alike_but_for_what_a_query_reads_are_scored_apart() -> None:
    """Broad searches score each distinct thing they read once: skills, level, place and pay
    still set the scores apart exactly as rank does, with and without a limit."""
    pool = _alike(600)
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    for text in ALIKE_QUERIES:
        query = parse(text)
        assert query is not None
        for sensitivity in SENSITIVITIES:
            want = ranked(query, pool, sensitivity)
            assert searched(index, query, sensitivity) == want, (text, sensitivity)
            best = index.search(query, sensitivity, limit=7, explain=False)
            assert [r.score for _, r in best.matches] == sorted(s for _, s, _ in want)[::-1][:7]
