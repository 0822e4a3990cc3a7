"""Start-up benchmark: the wall time of one `concierge` process, next to `python -c pass`.

Usage: .venv/bin/python -m bench.startup [--runs 9] [--query "python developer"]
Times `concierge --help` and `concierge search QUERY` on a database holding the bundled sample
postings, each as a fresh process, and prints the median of the runs next to the median of
`python -c pass` measured in the same run (interpreter start-up alone).
"""

from __future__ import annotations

import argparse
import os
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
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> None:
    """Print the medians of `python -c pass`, `concierge --help` and `concierge search`."""
    parser = argparse.ArgumentParser(prog="bench.startup")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--query", default="python developer")
    args, _ = parser.parse_known_args(argv)
    concierge = _concierge()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{Path(tmp) / 'startup.db'}")
        env["CONCIERGE_RATES_FILE"] = str(Path(tmp) / "no-rates.zip")
        sample = resources.files("core.data").joinpath(SAMPLE_FILE)
        with resources.as_file(sample) as path:
            subprocess.run(
                [*concierge, "import", str(path), "--source", "sample"],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        figures = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "concierge --help": [*concierge, "--help"],
            f"concierge search {args.query!r}": [*concierge, "search", args.query],
        }
        baseline = None
        for label, command in figures.items():
            seconds = _median_seconds(command, env, args.runs)
            baseline = seconds if baseline is None else baseline
            extra = "" if seconds is baseline else f"  (+{(seconds - baseline) * 1000:.0f} ms)"
            print(f"{label:<40} median of {args.runs}: {seconds * 1000:7.0f} ms{extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
