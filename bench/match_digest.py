"""The matching bench's results as one digest, to check a speed change leaves them identical.

Usage: PYTHONPATH=. .venv/bin/python -m bench.match_digest [--searches 100000]
[--postings 2000] [--seed 1] [--profile FILE] (cProfile of the matching loop, to FILE)
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import random
import time

from bench.matching import make_postings, make_searches
from core.matching import Matcher


def run(n_searches: int, n_postings: int, seed: int, profile: str | None) -> None:
    """Build the bench's index, match the bench's first postings and print their digest."""
    rng = random.Random(seed)
    searches = make_searches(n_searches, rng)
    postings, _ = make_postings(max(n_postings, 10_000), rng)  # the bench's postings
    postings = postings[:n_postings]
    matcher = Matcher()
    for sid, (query, sensitivity) in enumerate(searches):
        matcher.add(sid, query, sensitivity)
    matcher.freeze()
    digest = hashlib.sha256()
    found = 0
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    results = [matcher.passing(posting) for posting in postings]
    if profiler is not None and profile:
        profiler.disable()
        profiler.dump_stats(profile)
    took = time.perf_counter() - start
    for posting, groups in zip(postings, results, strict=True):
        digest.update(posting.id.encode())
        for score, ids in groups:
            found += len(ids)
            digest.update(f"{score!r}:{','.join(map(str, ids))};".encode())
    print(f"{len(postings)} postings, {found} matches in {took:.2f} s: {digest.hexdigest()}")


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(description="Matching results digest")
    parser.add_argument("--searches", type=int, default=100_000)
    parser.add_argument("--postings", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", default=None)
    args, _ = parser.parse_known_args(argv)
    run(args.searches, args.postings, args.seed, args.profile)


if __name__ == "__main__":
    main()
