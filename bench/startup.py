"""Start-up benchmark: the wall time of one `concierge` process, next to `python -c pass`.

Usage: .venv/bin/python -m bench.startup [--runs 9] [--query "python developer"] [--no-usajobs]
Times `concierge --help`, `concierge search QUERY` and `concierge chat` with its input closed
(a start to the first prompt, and its end) on a database holding the bundled sample postings,
each as a fresh process, and prints the median wall and CPU time of the runs next to the
median of `python -c pass` measured in the same run (interpreter start-up alone), with the
ratio of their CPU times: on a shared machine CPU time varies less than wall time. When
../shared/data/usajobs is present, the same `concierge search QUERY` on a database holding
its 57,145 real federal postings too, with its ratio to the sample's (target ≤ 1.5), and the
first search there alone, which makes the saved snapshot of the index (once).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from core.postings.sample import SAMPLE_FILE


def _concierge() -> list[str]:
    """The installed console script next to this interpreter, else `python -m bot`."""
    script = Path(sys.executable).parent / "concierge"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def _median_seconds(command: Sequence[str], env: dict[str, str], runs: int) -> float:
    """The median wall time of running the command to its end, as a fresh process each time."""
    return _medians(command, env, runs)[0]


def _medians(command: Sequence[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """The median wall and CPU (user + system) time of running the command to its end, as a
    fresh process each time, its input closed."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            command, env=env, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def _usajobs() -> Path | None:
    """The USAJOBS postings of ../shared/data, beside the repository or a worktree's parent."""
    for parent in Path(__file__).resolve().parents:
        path = parent / "shared" / "data" / "usajobs" / "postings.jsonl.gz"
        if path.exists():
            return path
    return None


def _still_open(found: Path, tmp: Path) -> Path:
    """The USAJOBS postings as a plain file without their closing dates: all passed (2024-25),
    they would be stored closed, and a benchmark of volume needs them open."""
    plain = tmp / "usajobs.jsonl"
    with gzip.open(found, "rt", encoding="utf-8") as src, plain.open("w", encoding="utf-8") as out:
        for line in src:
            row = json.loads(line)
            row.pop("closes_at", None)
            out.write(json.dumps(row) + "\n")
    return plain


def _imported(concierge: list[str], env: dict[str, str], path: Path, source: str) -> None:
    """Import a file into the database env names, quietly."""
    subprocess.run(
        [*concierge, "import", str(path), "--source", source],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _real_search(concierge: list[str], tmp: Path, query: str, runs: int, sample: float) -> None:
    """`concierge search` on the 57k USAJOBS postings, next to the sample's median."""
    found = _usajobs()
    if found is None:
        print("(../shared/data/usajobs not found: the search on 57k real postings is skipped)")
        return
    plain = _still_open(found, tmp)
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp / 'usajobs.db'}")
    env["CONCIERGE_RATES_FILE"] = str(tmp / "no-rates.zip")
    start = time.perf_counter()
    _imported(concierge, env, plain, "usajobs")
    print(f"{'(57,145 USAJOBS postings imported)':<40} {time.perf_counter() - start:11.1f} s")
    command = [*concierge, "search", query]
    first = _median_seconds(command, env, 1)
    print(f"{'first search, making the snapshot':<40} {first * 1000:13.0f} ms (once)")
    seconds = _median_seconds(command, env, runs)
    ratio = seconds / sample
    print(
        f"{f'concierge search {query!r} on 57k':<40} median of {runs}: {seconds * 1000:7.0f} ms"
        f"  ({ratio:.2f}× the sample's; target ≤ 1.5: {'OK' if ratio <= 1.5 else 'MISSED'})"
    )


def main(argv: list[str]) -> None:
    """Print the medians of `python -c pass`, `concierge --help` and `concierge search`."""
    parser = argparse.ArgumentParser(prog="bench.startup")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--query", default="python developer")
    parser.add_argument("--no-usajobs", action="store_true")
    args, _ = parser.parse_known_args(argv)
    concierge = _concierge()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{Path(tmp) / 'startup.db'}")
        env["CONCIERGE_RATES_FILE"] = str(Path(tmp) / "no-rates.zip")
        sample = resources.files("core.data").joinpath(SAMPLE_FILE)
        with resources.as_file(sample) as path:
            _imported(concierge, env, path, "sample")
        figures = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "concierge --help": [*concierge, "--help"],
            f"concierge search {args.query!r}": [*concierge, "search", args.query],
            "concierge chat (input closed)": [*concierge, "chat"],
        }
        # Untimed: the sample's first search makes its snapshot of the index, as on 57k below.
        _median_seconds([*concierge, "search", args.query], env, 1)
        baseline: tuple[float, float] | None = None
        searched = 0.0
        for label, command in figures.items():
            seconds, cpu = _medians(command, env, args.runs)
            searched = seconds if "search" in label else searched
            baseline = (seconds, cpu) if baseline is None else baseline
            extra = (
                f"  (+{(seconds - baseline[0]) * 1000:.0f} ms; CPU {cpu / baseline[1]:.1f}×)"
                if label != "python -c pass"
                else ""
            )
            print(
                f"{label:<40} median of {args.runs}: {seconds * 1000:7.0f} ms, "
                f"CPU {cpu * 1000:5.0f} ms{extra}"
            )
        if not args.no_usajobs:
            _real_search(concierge, Path(tmp), args.query, args.runs, searched)


if __name__ == "__main__":
    main(sys.argv[1:])
