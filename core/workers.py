"""The processes of a deployment: their roles, match shards and how far each shard got."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from core.errors import ConfigError

# A worker beats this often; one silent for ALIVE_SECONDS counts as gone.
BEAT_SECONDS = 5.0
ALIVE_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Shard:
    """One of `count` match shards: it holds the searches whose shard key % count == index."""

    index: int
    count: int

    def holds(self, key: int) -> bool:
        """Whether this shard matches a search of this shard key."""
        return key % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


WHOLE = Shard(0, 1)  # every search: one process matching them all


# Copies of one query per shard key: a query with few copies is matched (and its match rows
# written) in one shard; a popular one's copies spread over shards this many at a time.
CHUNK = 32


def query_hash(parsed_json: str) -> int:
    """A stable hash of a parsed query as stored (28 bits, the first 7 hex digits of its MD5):
    equal queries share it. PostgreSQL's migration computes the same in SQL."""
    return int(hashlib.md5(parsed_json.encode(), usedforsecurity=False).hexdigest()[:7], 16)


def shard_key(hashed: int, earlier: int) -> int:
    """The shard key of a search whose query hashes to hashed, saved after earlier searches of
    the same hash: copies go together CHUNK at a time. Stored when saved, never recomputed."""
    return hashed + earlier // CHUNK


@dataclass(frozen=True, slots=True)
class Worker:
    """One running process, as it last reported itself."""

    id: int
    role: str
    shard: str
    host: str
    pid: int
    started_at: datetime
    beat_at: datetime


@dataclass(frozen=True, slots=True)
class ShardLag:
    """How far one shard's cursor is behind the posting change log."""

    shard: Shard
    cursor: int
    behind: int  # posting changes logged past the cursor
    oldest_unmatched: datetime | None  # when the oldest of them was logged (None: none)
    beat_at: datetime


def parse_shard(text: str) -> Shard:
    """Read `I/K` (shard I of K, 0 ≤ I < K); ConfigError in one line if it is not that."""
    index, slash, count = text.partition("/")
    if not slash or not index.isdigit() or not count.isdigit() or int(count) == 0:
        raise ConfigError(f"--shard {text!r} is not I/K, e.g. 0/2 (shard 0 of 2)")
    if int(index) >= int(count):
        raise ConfigError(f"--shard {text}: the shard must be 0 to {int(count) - 1} of {count}")
    return Shard(int(index), int(count))
