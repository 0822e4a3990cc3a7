"""The per-person rate limit: a token bucket each, one friendly "slow down" per flood."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum

# Seconds, from any monotonic source; tests pass one they move by hand.
Ticker = Callable[[], float]

SLOW_DOWN = (
    "Slow down a little, please: you're sending faster than I answer. "
    "I'm skipping your messages for a few seconds; try again in a moment."
)


@dataclass(frozen=True, slots=True)
class RateRule:
    """How many commands a person may send in a burst, and how fast they may go on after it."""

    burst: int = 30
    per_minute: int = 60  # 0 turns the limit off

    @property
    def enabled(self) -> bool:
        """False when per_minute is 0."""
        return self.per_minute > 0


class Verdict(Enum):
    """What to do with one command."""

    ALLOW = "allow"
    WARN = "warn"  # the first command refused in a flood: answer SLOW_DOWN
    DROP = "drop"  # a later one: answer nothing


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


class RateLimiter:
    """Admits or refuses each person's commands; one person's flood never costs another's."""

    def __init__(self, rule: RateRule, ticker: Ticker = time.monotonic, tracked: int = 50_000):
        """Apply rule; tracked bounds how many people's buckets are kept between sweeps."""
        self._rule = rule
        self._ticker = ticker
        self._tracked = tracked
        self._buckets: dict[Hashable, _Bucket] = {}

    def admit(self, who: Hashable) -> Verdict:
        """Take one token from who's bucket; say whether the command runs, warns or is dropped."""
        if not self._rule.enabled:
            return Verdict.ALLOW
        now = self._ticker()
        bucket = self._buckets.get(who)
        if bucket is None:
            if len(self._buckets) >= self._tracked:
                self._sweep(now)
            bucket = self._buckets[who] = _Bucket(float(self._rule.burst), now)
        else:
            bucket.tokens = self._refilled(bucket, now)
            bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _refilled(self, bucket: _Bucket, now: float) -> float:
        """The bucket's tokens at now: refilled at per_minute, never above burst."""
        gained = max(0.0, now - bucket.at) * self._rule.per_minute / 60.0
        return min(float(self._rule.burst), bucket.tokens + gained)

    def _sweep(self, now: float) -> None:
        """Forget buckets that have refilled: they are the same as a new one."""
        full = float(self._rule.burst)
        for who in [w for w, b in self._buckets.items() if self._refilled(b, now) >= full]:
            del self._buckets[who]
