"""Run the benchmarks: .venv/bin/python -m bench [NAME ...] [--flags]; no NAME runs them all."""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench import (
    digest_workers,
    digests,
    explore,
    first_add,
    health,
    ingest,
    list_counts,
    load,
    matching,
    memory,
    postindex,
    reparse,
    retention,
    semantic,
    shards,
    startup,
    stores,
)

BENCHMARKS: dict[str, Callable[[list[str]], None]] = {
    "matching": matching.main,
    "postindex": postindex.main,
    "digests": digests.main,
    "digestworkers": digest_workers.main,
    "ingest": ingest.main,
    "retention": retention.main,
    "semantic": semantic.main,
    "startup": startup.main,
    "reparse": reparse.main,
    "stores": stores.main,
    "explore": explore.main,
    "memory": memory.main,
    "load": load.main,
    "health": health.main,
    "shards": shards.main,
    "first_add": first_add.main,
    "list_counts": list_counts.main,
}


def main() -> None:
    """Run the named benchmarks (or all), passing the remaining flags to each."""
    names = [arg for arg in sys.argv[1:] if arg in BENCHMARKS]
    flags = [arg for arg in sys.argv[1:] if arg not in BENCHMARKS]
    for name in names or list(BENCHMARKS):
        print(f"== {name} ==", flush=True)
        BENCHMARKS[name](flags)


if __name__ == "__main__":
    main()
