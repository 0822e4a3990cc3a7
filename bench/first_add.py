"""First /add benchmark: a terminal chat started on a big store, an /add typed at once.

Usage: .venv/bin/python -m bench first_add [--db PATH] [--code DIR] [--runs 3]
Starts `concierge chat` on the store (by default the 57,145 USAJOBS postings of
../shared/data imported into a new SQLite file), writes an /add as soon as it starts (another
query each run, so that none is already saved), and
times, from the process start, its first answer and the search's matches shown (in that
answer, or in the message that follows it). --code DIR runs the chat from another checkout
(PYTHONPATH=DIR), e.g. main's, to compare in the same minutes.

Then the cost of the sector left-out pass (an /add naming a sector, "it specialist fintech",
also counts the postings passing but for naming none: a second, smaller index pass): each run
starts two chats, one whose first /add names the title alone and one the title with a sector
(their order alternating between runs), and in each, once its matches are shown, types the
other as a second /add, timed from its writing to its matches shown (the index built by then:
the pass's cost alone). The ratios with / without a sector are of the same run's medians.

--sizes N ...: what a new search does in its worker thread (Intake.answer: the best 500, the
sector left-out pass, the tip for few or none), in process, CPU time (time.process_time),
on the index over the USAJOBS postings (57,145, open) and, for N past them, the same postings
repeated under new ids (real shapes, N open postings): a plain /add matching many (the
baseline), an /add naming a sector or specialty and the same without it, and /adds finding none
or two, with their tip; each part (search, left-out pass, tip) and its ratio to the baseline.
At sizes past 57k the two-match /add finds more: its tip is counted as for two (the cost of
its relaxed searches). `--sizes 0` skips it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from bench.startup import _concierge, _imported, _still_open, _usajobs
from core.matching import PostingIndex, parse_query
from core.matching.features import features
from core.matching.money import rates
from core.matching.tips import FEW
from core.postings.importing import posting_from_record
from core.postings.intake import STORED_MATCHES, answer, tip

QUERIES = ("program analyst", "registered nurse", "civil engineer")
# Titles with postings among the USAJOBS ones, then the sector named beside them
SECTORED = (("it specialist", "fintech"), ("program analyst", "fintech"), ("auditor", "fintech"))


def _run(command: list[str], env: dict[str, str], *queries: str) -> list[tuple[float, float]]:
    """Per /add typed (each once the one before has its matches shown), seconds to its answer
    and to its matches shown: the first's from the chat's start, the others' from their
    writing."""
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
    stdin = chat.stdin
    stdin.write(f"/add {queries[0]}\n")
    stdin.flush()
    times: list[tuple[float, float]] = []
    answered = 0.0
    closer = None
    for line in chat.stdout:
        now = time.perf_counter() - start
        if len(times) == len(queries):
            continue
        if not answered and line.startswith("Saved search"):
            answered = now
        if answered and ("Top matches" in line or "No current posting" in line):
            times.append((answered, now))
            answered = 0.0
            if len(times) < len(queries):
                start = time.perf_counter()
                stdin.write(f"/add {queries[len(times)]}\n")
                stdin.flush()
            elif closer is None:
                # The matches are out: end the input, so that the chat ends.
                closer = threading.Thread(target=stdin.close)
                closer.start()
    chat.wait()
    return times


def _median(seconds: list[float]) -> str:
    """The median and each run's figure."""
    return f"median {statistics.median(seconds):.2f} s ({', '.join(f'{t:.2f}' for t in seconds)})"


def _ratio(with_sector: list[float], without: list[float]) -> str:
    """With over without, of the medians."""
    return f"{statistics.median(with_sector) / statistics.median(without):.2f}×"


def _sectors(command: list[str], env: dict[str, str], runs: int) -> None:
    """First /add and a second one with and without a sector, in the same runs."""
    cold: dict[bool, list[float]] = {False: [], True: []}
    warm: dict[bool, list[float]] = {False: [], True: []}
    for run in range(runs):
        title, sector = SECTORED[run % len(SECTORED)]
        for first in (run % 2 == 1, run % 2 == 0):  # which chat comes first alternates
            # a word left out that no posting has: another search in each chat, none saved yet
            pair = {s: f"{title}{f' {sector}' * s} -nobench{run}{int(first)}" for s in (0, 1)}
            (_, shown), (_, then) = _run(command, env, pair[first], pair[not first])
            cold[first].append(shown)
            warm[not first].append(then)
    print(
        f"first /add's matches shown from the start: without a sector {_median(cold[False])}; "
        f"with one {_median(cold[True])}: ratio {_ratio(cold[True], cold[False])}"
    )
    print(
        f"a second /add's matches shown from its writing: without a sector "
        f"{_median(warm[False])}; with one {_median(warm[True])}: ratio "
        f"{_ratio(warm[True], warm[False])}"
    )


# (what it is, the query): a plain /add matching many first, the baseline of the ratios
ANSWERED = (
    ("plain, matches many (baseline)", "program analyst"),
    ("plain specialty", "registered nurse"),
    ("naming a specialty", "registered nurse icu"),
    ("plain title", "it specialist"),
    ("naming a sector", "it specialist fintech"),
    ("none; tip: without the place", "program analyst amsterdam"),
    ("none; tip: without a skill", "senior python developer remote"),
    ("none; no part gains: counted at loose", "specialist python sql"),
    ("two; tip: at loose", "registered nurse oncology"),
)


def _index(sizes: list[int]) -> Iterator[tuple[int, PostingIndex]]:
    """The index over the USAJOBS postings, open, then grown to each larger size with the same
    postings (their features shared) under new ids."""
    found = _usajobs()
    assert found is not None
    with gzip.open(found, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    for row in rows:
        row.pop("closes_at", None)
    analysed = [(p, features(p)) for p in map(posting_from_record, rows)]
    del rows
    index = PostingIndex()
    for posting, f in analysed:
        index.put(posting, f)
    for size in sorted(sizes):
        for i in range(len(index), size):
            posting, f = analysed[i % len(analysed)]
            index.put(replace(posting, id=f"{posting.id}:{i}"), f)
        yield len(index), index


def _cpu(run: Callable[[], object], runs: int) -> float:
    """The median CPU seconds of runs calls."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _answers(sizes: list[int], runs: int) -> None:
    """Intake.answer's parts timed per query at each size (CPU medians)."""
    rates()  # as bot/main.py does before any chat
    for size, index in _index(sizes):
        base = 0.0
        print(f"{size:,} open postings ({len(index):,} indexed), CPU median of {runs}:")
        for what, text in ANSWERED:
            query = parse_query(text)
            found, silent, gain = answer(index, query, "normal")
            two = "two" in what and found.total > FEW  # counted as for two: its relaxed searches
            whole = _cpu(partial(answer, index, query, "normal"), runs)
            if two:
                whole += _cpu(partial(tip, index, query, "normal", FEW), runs)
                gain = tip(index, query, "normal", FEW)
            search = _cpu(partial(index.search, query, "normal", STORED_MATCHES, False), runs)
            base = base or whole
            more = "" if found.complete else "at least "
            said = gain.said("loose") if gain else "no tip"
            more += "(tip counted as for two) " if two else ""
            print(
                f"  {what}: {text!r}: {more}{found.total} pass, {len(silent)} left out; "
                f"{said}\n    all {whole * 1e3:.0f} ms = search {search * 1e3:.0f} ms + left-out "
                f"pass and tip {(whole - search) * 1e3:.0f} ms; {whole / base:.2f}× the baseline"
            )


def main(argv: list[str]) -> None:
    """Run the benchmark and print the medians."""
    parser = argparse.ArgumentParser(prog="bench first_add")
    parser.add_argument("--db", type=Path, help="an SQLite store (default: import USAJOBS)")
    parser.add_argument("--code", type=Path, help="run the chat from this checkout")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[57_145, 1_000_000])
    parser.add_argument("--no-chats", action="store_true", help="the in-process part alone")
    args = parser.parse_args(argv)
    if any(args.sizes):
        _answers([s for s in args.sizes if s], args.runs)
    if args.no_chats:
        return
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
            ((answered, shown),) = _run([*_concierge(), "chat"], env, query)
            answers.append(answered)
            matches.append(shown)
        print(
            f"start → first /add answered: median {statistics.median(answers):.1f} s "
            f"({', '.join(f'{t:.1f}' for t in answers)}); its matches shown: median "
            f"{statistics.median(matches):.1f} s ({', '.join(f'{t:.1f}' for t in matches)})"
        )
        _sectors([*_concierge(), "chat"], env, args.runs)
