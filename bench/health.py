"""Health endpoints under load: /healthz and /readyz latency while /adds match many postings.

Usage: .venv/bin/python -m bench health [--postings N] [--probes 300] [--seed 1]

Postings: the real USAJOBS postings of ../shared/data when present (the first --postings of
them), else --postings (default 20,000) generated from the bundled sample. The health server
of `concierge run` (bot/health.py) serves on 127.0.0.1; a client on its own thread times
--probes sequential GETs of each endpoint, first with nothing else running (the baseline of
the same run), then while /adds of new searches (each scanning every open posting) run one
after another through the metered service on the server's event loop.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import tempfile
import threading
import time
from datetime import UTC
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bench.load import QUERIES, load_postings, pct
from bot.health import HealthServer, Readiness
from bot.metrics import Metrics
from core.chat.service import build_concierge
from core.clock import SystemClock
from core.model import SubscriberKey
from core.store.sqlite import SqliteStore

PATHS = ("/healthz", "/readyz")
GAP = 0.005  # between two probes of the client


def ms(seconds: float) -> str:
    """Milliseconds to a tenth: health answers take about one."""
    return f"{seconds * 1000:,.1f} ms"


def probe(port: int, count: int) -> dict[str, list[float]]:
    """Time count sequential GETs of each path over one kept-alive connection (own thread)."""
    times: dict[str, list[float]] = {path: [] for path in PATHS}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for _ in range(count):
            for path in PATHS:
                start = time.perf_counter()
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                times[path].append(time.perf_counter() - start)
                assert response.status == 200, (path, response.status)
            time.sleep(GAP)
    finally:
        connection.close()
    return times


async def probe_in_thread(port: int, count: int) -> dict[str, list[float]]:
    """probe() on a thread of its own, so its waits are the server's, not the client's."""
    done: asyncio.Future[dict[str, list[float]]] = asyncio.get_running_loop().create_future()
    loop = asyncio.get_running_loop()

    def work() -> None:
        try:
            result = probe(port, count)
        except BaseException as exc:  # handed to the awaiting coroutine
            loop.call_soon_threadsafe(done.set_exception, exc)
        else:
            loop.call_soon_threadsafe(done.set_result, result)

    threading.Thread(target=work, daemon=True).start()
    return await done


def times(value: float, baseline: float) -> str:
    """'×N' against the idle baseline."""
    return f"×{value / baseline:,.1f}" if baseline > 0 else "×-"


def report(label: str, busy: dict[str, list[float]], idle: dict[str, list[float]]) -> None:
    """One line per endpoint: the busy figures next to the idle baseline."""
    for path in PATHS:
        b, i = busy[path], idle[path]
        print(
            f"  {label} {path}: p50 {ms(pct(b, 50))} (idle {ms(pct(i, 50))}, "
            f"{times(pct(b, 50), pct(i, 50))}), p99 {ms(pct(b, 99))} (idle {ms(pct(i, 99))}, "
            f"{times(pct(b, 99), pct(i, 99))}), max {ms(max(b))}; "
            f"{sum(t >= 0.05 for t in b)} of {len(b)} at 50 ms or more",
            flush=True,
        )


async def run(args: argparse.Namespace) -> None:
    """Store the postings, start the health server, probe it idle and during /adds."""
    postings, origin = load_postings(args.postings, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        store = await SqliteStore.open(Path(folder) / "health.db")
        # As `concierge run` does: the probes read through a connection of their own.
        probes = await SqliteStore.open(Path(folder) / "health.db")
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.start()
        metrics = Metrics(probes)
        server = HealthServer("127.0.0.1", 0, Readiness(probes, scheduler, ()), metrics)
        try:
            service = metrics.metered(await build_concierge(store, SystemClock()))
            for i in range(0, len(postings), 5000):
                await service.intake.record(postings[i : i + 5000])
            start = time.perf_counter()
            await service.intake.load_postings()  # `concierge run` builds it at start
            print(
                f"health: {origin} stored, their index built in "
                f"{time.perf_counter() - start:.1f} s; {args.probes} probes of each endpoint",
                flush=True,
            )
            await server.start()
            idle = await probe_in_thread(server.port, args.probes)
            adds: list[float] = []
            stop = asyncio.Event()

            async def add_searches() -> None:
                n = 0
                while not stop.is_set():
                    key = SubscriberKey("console", "", f"bench{n}", "")
                    start = time.perf_counter()
                    await service.handle_text(key, f"/add {QUERIES[n % len(QUERIES)]}")
                    adds.append(time.perf_counter() - start)
                    n += 1

            adding = asyncio.create_task(add_searches())
            await asyncio.sleep(0.05)  # the first /add is under way before the first probe
            busy = await probe_in_thread(server.port, args.probes)
            stop.set()
            await adding
            print(
                f"  {len(adds)} /adds ran meanwhile over {len(postings):,} postings, one after "
                f"another: p50 {ms(pct(adds, 50))}, max {ms(max(adds))}",
                flush=True,
            )
            report("during /add", busy, idle)
        finally:
            await server.stop()
            scheduler.shutdown(wait=False)
            await probes.close()
            await store.close()


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(description="Health endpoints under load")
    parser.add_argument("--postings", type=int, default=None)
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
