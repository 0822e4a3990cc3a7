"""Digest benchmark: build every subscriber's digest, then deliver through a rate-limited notifier.

Usage: .venv/bin/python -m bench.digests [--subscribers 10000] [--postings 5000] [--rate 500]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.chat.replies import Reply
from core.chat.service import build_concierge
from core.matching import PARSER_VERSION, parse_query
from core.model import NewMatch, Posting, SubscriberKey
from core.store.sqlite import SqliteStore

QUERIES = [
    "senior backend engineer python",
    "golang developer kubernetes",
    "java spring kafka",
    "backend c# .net azure",
    "node.js backend remote",
    "data engineer spark",
]


class PacedNotifier:
    """At most `rate` messages in any second: a leaky bucket, as PTB's AIORateLimiter uses."""

    platform = "console"

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.sent: Counter[str] = Counter()
        self._level = 0.0
        self._last = time.perf_counter()

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        while True:
            now = time.perf_counter()
            self._level = max(0.0, self._level - (now - self._last) * self.rate)
            self._last = now
            if self._level + 1 <= self.rate:
                break
            await asyncio.sleep((self._level + 1 - self.rate) / self.rate)
        self._level += 1
        self.sent[key.user] += 1


class FixedClock:
    """A clock that tells the time it is set to."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


async def _populate(store: SqliteStore, subscribers: int, postings: int, seed: int) -> None:
    """Subscribers with three searches each, postings, and matches between them."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 28, 12, tzinfo=UTC)
    await store.upsert_postings(
        [
            Posting(
                id=f"bench:{n}",
                title=f"Senior Backend Engineer {n}",
                company=f"Co{n % 400}",
                url=f"https://example.com/jobs/{n}",
            )
            for n in range(postings)
        ],
        start,
    )
    parsed = [parse_query(text).to_json() for text in QUERIES]
    for n in range(subscribers):
        sub = await store.subscriber(SubscriberKey("console", "bench", f"u{n}", "t"), start)
        pool = rng.sample(range(postings), 30)
        for k in range(3):
            search = await store.add_search(
                sub.id,
                QUERIES[(n + k) % len(QUERIES)],
                parsed[(n + k) % len(QUERIES)],
                PARSER_VERSION,
                "normal",
                25,
                start,
            )
            assert search is not None
            chosen = pool[k * 8 : k * 8 + 14]  # overlapping: one posting, several searches
            matches = [
                NewMatch(search.id, f"bench:{p}", rng.uniform(55, 99), ("bench",)) for p in chosen
            ]
            await store.replace_search_matches(search.id, matches, start)


async def run(subscribers: int, postings: int, rate: float, seed: int) -> None:
    """Measure digest building and delivery; print one line per figure."""
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteStore.open(Path(tmp) / "bench.db")
        try:
            t0 = time.perf_counter()
            await _populate(store, subscribers, postings, seed)
            print(
                f"digests: setup {subscribers} subscribers × 3 searches, {postings} postings "
                f"in {time.perf_counter() - t0:.1f} s"
            )
            clock = FixedClock(datetime(2026, 11, 29, 9, 5, tzinfo=UTC))
            service = await build_concierge(store, clock)
            # Every subscriber's first digest time is set on first contact.
            for n in range(subscribers):
                await service.handle_text(SubscriberKey("console", "bench", f"u{n}", "t"), "/help")
            now = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
            t0, c0 = time.perf_counter(), time.process_time()
            for n in range(subscribers):
                await store.unsent_matches(n + 1)
            floor, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
            t0, c0 = time.perf_counter(), time.process_time()
            tick = await service.digests.run_due(now)
            build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
            each = 1000 / max(tick.digests, 1)
            print(
                f"digests: built {tick.digests} digests in {build:.2f} s "
                f"({build * each:.2f} ms each); reading the unsent "
                f"matches alone, one subscriber at a time, takes {floor:.2f} s: build/read "
                f"ratio {build / floor:.2f}×"
            )
            # CPU seconds of this process (both threads): what the build costs on a machine
            # that other processes leave alone.
            print(
                f"digests: CPU time: build {build_cpu:.2f} s ({build_cpu * each:.2f} ms each), "
                f"reading alone {floor_cpu:.2f} s: ratio {build_cpu / floor_cpu:.2f}×"
            )
            notifier = PacedNotifier(rate)
            t0 = time.perf_counter()
            delivered = 0
            while True:
                report = await service.digests.deliver({"console": notifier}, now, limit=500)
                delivered += report.delivered
                if not report.delivered:
                    break
            elapsed = time.perf_counter() - t0
            # The bucket lets `rate` through at once, then `rate` a second: the most possible.
            allowed = rate + rate * elapsed
            duplicates = sum(count - 1 for count in notifier.sent.values() if count > 1)
            print(
                f"digests: delivered {delivered} in {elapsed:.2f} s through a {rate:.0f}/s "
                f"limiter that allows at most {allowed:.0f} in that time: "
                f"{delivered / allowed:.3f} of the limit (target ≥ 0.95)"
            )
            print(
                f"digests: duplicates {duplicates} (target 0); missing "
                f"{tick.digests - len(notifier.sent)}"
            )
            again = await service.digests.run_due(now + timedelta(minutes=1))
            print(f"digests: a second tick a minute later queued {again.digests} (target 0)")
        finally:
            await store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"digests: peak RSS {peak:.0f} MB")


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(prog="bench.digests")
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--postings", type=int, default=5_000)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    asyncio.run(run(args.subscribers, args.postings, args.rate, args.seed))


if __name__ == "__main__":
    main()
