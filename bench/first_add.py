"""First /add benchmark: a terminal chat started on a big store, an /add typed at once.

Usage: .venv/bin/python -m bench first_add [--db PATH] [--code DIR] [--runs 3]
Starts `concierge chat` on the store (by default the 57,145 USAJOBS postings of
../shared/data imported into a new SQLite file), writes an /add as soon as it starts (another
query each run, so that none is already saved), and
times, from the process start, its first answer and the search's matches shown (in that
answer, or in the message that follows it). --code DIR runs the chat from another checkout
(PYTHONPATH=DIR), e.g. main's, to compare in the same minutes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench.startup import _concierge, _imported, _still_open, _usajobs

QUERIES = ("program analyst", "registered nurse", "civil engineer")


def _run(command: list[str], env: dict[str, str], query: str) -> tuple[float, float]:
    """Seconds from the chat's start to its first answer, and to the matches shown."""
    start = time.perf_counter()
    chat = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write(f"/add {query}\n")
    chat.stdin.flush()
    answered = shown = 0.0
    closer = None
    for line in chat.stdout:
        now = time.perf_counter() - start
        if not answered and line.startswith("Saved search"):
            answered = now
        if not shown and ("Top matches" in line or "No current posting" in line):
            shown = now
        if answered and not line.strip() and closer is None:
            # The answer is out: end the input, so that the chat ends once the matches are.
            closer = threading.Thread(target=chat.stdin.close)
            closer.start()
    chat.wait()
    return answered, shown


def main(argv: list[str]) -> None:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(prog="bench first_add")
    parser.add_argument("--db", type=Path, help="an SQLite store (default: import USAJOBS)")
    parser.add_argument("--code", type=Path, help="run the chat from this checkout")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CONCIERGE_SAMPLE_POSTINGS="0", CONCIERGE_HTTP_PORT="0")
        env["CONCIERGE_RATES_FILE"] = str(Path(tmp) / "no-rates.zip")
        db = args.db
        if db is None:
            found = _usajobs()
            if found is None:
                print("(../shared/data/usajobs not found: give --db)")
                return
            db = Path(tmp) / "usajobs.db"
            env["DATABASE_URL"] = f"sqlite:///{db}"
            _imported(_concierge(), env, _still_open(found, Path(tmp)), "usajobs")
        env["DATABASE_URL"] = f"sqlite:///{db}"
        if args.code:
            env["PYTHONPATH"] = str(args.code)
        answers, matches = [], []
        for run in range(args.runs):
            query = QUERIES[run % len(QUERIES)] + (f" {run // len(QUERIES)}" if run >= 3 else "")
            answered, shown = _run([*_concierge(), "chat"], env, query)
            answers.append(answered)
            matches.append(shown)
        print(
            f"start → first /add answered: median {statistics.median(answers):.1f} s "
            f"({', '.join(f'{t:.1f}' for t in answers)}); its matches shown: median "
            f"{statistics.median(matches):.1f} s ({', '.join(f'{t:.1f}' for t in matches)})"
        )
