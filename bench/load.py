"""Load benchmark: many people at once through the service, then through Slack's HTTP endpoint.

Usage: .venv/bin/python -m bench load [--people 50] [--adds 100] [--lists 1000]
       [--postings N] [--pause 0.05] [--no-slack] [--seed 1]

Postings: the 57,145 real federal postings of ../shared/data/usajobs when present (the first
--postings of them), else --postings (default 20,000) generated from the bundled sample.
The index over open postings is built first (its time and the event loop's lag meanwhile are
printed), as `concierge run` builds it at start. Each person sends their share of /add and
/list one after another, everyone at once; the /list reply times and the event loop's lag
are measured while the /adds run, next to the same /lists from as many other people with no
/add running (the baseline of the same run).
Then the same burst goes through the real Slack HTTP endpoint as signed /jobs commands from
a client on its own thread: every acknowledgement's round trip and every answer's arrival.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp

from adapters.slack.app import SlackBot, SlackConfig, SlackHttpServer
from bench.matching import make_postings
from core.chat.service import Concierge, build_concierge
from core.clock import SystemClock
from core.model import Posting, SubscriberKey
from core.store.sqlite import SqliteStore
from tests.slack.fake_web_api import Call, FakeSlackApi, SlackSender

REPO = Path(__file__).resolve().parent.parent
# The lead's tree sits next to shared/, a helper's worktree one level further down.
SHARED = [REPO.parent / "shared" / "data", REPO.parent.parent / "shared" / "data"]
QUERIES = [
    "senior backend engineer python",
    "it specialist infosec",
    "program analyst",
    "nurse",
    "attorney",
    "golang developer kubernetes remote",
    "human resources specialist",
    "data scientist",
    "civil engineer",
    "contract specialist",
]
SECRET = "bench-signing-secret"
TICK = 0.01  # the lag probe's sleep


def load_postings(count: int | None, seed: int) -> tuple[list[Posting], str]:
    """The real federal postings when shared data is there, else ones made from the sample."""
    for folder in SHARED:
        path = folder / "usajobs" / "postings.jsonl.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            seen: set[str] = set()
            postings = []
            for row in rows:
                pid = f"usajobs:{row['id']}"
                if pid in seen or not row.get("title"):
                    continue
                seen.add(pid)
                postings.append(
                    Posting(
                        id=pid,
                        title=row["title"],
                        company=row.get("company") or "",
                        url=row.get("url") or "",
                        tags=tuple(row.get("tags") or ()),
                    )
                )
            postings = postings[:count] if count else postings
            return postings, f"{len(postings):,} USAJOBS postings ({path})"
    made, origin = make_postings(count or 20_000, random.Random(seed))
    return made, f"{len(made):,} postings ({origin})"


class Adds:
    """How many /adds are in flight, and whether one ran during a stretch of time."""

    def __init__(self) -> None:
        self.running = 0
        self.finished = 0

    def mark(self) -> tuple[int, int]:
        """A mark to pass to overlapped() at the end of a stretch."""
        return self.running, self.finished

    def overlapped(self, mark: tuple[int, int]) -> bool:
        """True when an /add ran at some point since the mark was taken."""
        return mark[0] > 0 or self.running > 0 or self.finished > mark[1]


class LagProbe:
    """Sleeps TICK again and again and records how late the event loop woke it."""

    def __init__(self, adds: Adds | None = None) -> None:
        self.lags: list[float] = []
        self._adds = adds
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            start = time.perf_counter()
            mark = self._adds.mark() if self._adds else (0, 0)
            await asyncio.sleep(TICK)
            lag = time.perf_counter() - start - TICK
            if self._adds is None or self._adds.overlapped(mark):
                self.lags.append(lag)

    def __enter__(self) -> LagProbe:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of values, in the same unit; nan when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def ratio(value: float, baseline: float) -> str:
    """'×N' against a baseline, read as at least 1 ms so an idle 0 ms stays meaningful."""
    return f"×{value / max(baseline, 0.001):,.1f}"


def scripts(people: int, adds: int, lists: int, seed: int) -> list[list[str]]:
    """Each person's commands: their share of /lists with their /adds spread among them."""
    rng = random.Random(seed)
    out: list[list[str]] = [[] for _ in range(people)]
    for n in range(lists):
        out[n % people].append("/list")
    for n in range(adds):
        person = out[n % people]
        query = f"{rng.choice(QUERIES)} {n}" if n >= len(QUERIES) else QUERIES[n]
        person.insert(rng.randrange(len(person) + 1), f"/add {query}")
    return out


async def run_people(
    send: Callable[[int, str], Awaitable[float]],
    plan: list[list[str]],
    pause: float,
    adds: Adds | None = None,
) -> dict[str, list[float]]:
    """Every person's commands one after another (pause apart), all people at once.

    Seconds by command; with adds, only the /lists that overlapped an /add are kept.
    """
    times: dict[str, list[float]] = {"/add": [], "/list": []}
    tracker = adds or Adds()

    async def person(index: int, lines: list[str]) -> None:
        for line in lines:
            word = line.split()[0]
            mark = tracker.mark()
            if word == "/add":
                tracker.running += 1
            try:
                took = await send(index, line)
            finally:
                if word == "/add":
                    tracker.running -= 1
                    tracker.finished += 1
            if word == "/add" or adds is None or tracker.overlapped(mark):
                times[word].append(took)
            await asyncio.sleep(pause)

    await asyncio.gather(*(person(i, lines) for i, lines in enumerate(plan)))
    return times


async def index_phase(service: Concierge) -> None:
    """Build the index over open postings (as `concierge run` does at start, in the
    background), measuring the event loop's lag meanwhile."""
    start = time.perf_counter()
    with LagProbe() as lag:
        count = await service.intake.load_postings()
    print(
        f"index over {count} open postings built in {time.perf_counter() - start:.1f} s; "
        f"event-loop lag meanwhile p99 {ms(pct(lag.lags, 99))}, max {ms(max(lag.lags, default=0))}",
        flush=True,
    )


async def service_phase(service: Concierge, plan: list[list[str]], pause: float) -> None:
    """The burst through Concierge.handle_text, with its idle baseline first."""

    def sender(prefix: str) -> Callable[[int, str], Awaitable[float]]:
        async def send(index: int, line: str) -> float:
            key = SubscriberKey("bench", "", f"{prefix}{index}", f"{prefix}{index}")
            start = time.perf_counter()
            await service.handle_text(key, line)
            return time.perf_counter() - start

        return send

    idle_plan = [[line for line in lines if line == "/list"] for lines in plan]
    with LagProbe() as idle_lag:
        idle = await run_people(sender("idle"), idle_plan, pause)
    adds = Adds()
    start = time.perf_counter()
    with LagProbe(adds) as busy_lag:
        busy = await run_people(sender("person"), plan, pause, adds)
    wall = time.perf_counter() - start
    lists, base = busy["/list"], idle["/list"]
    total = sum(line == "/list" for lines in plan for line in lines)
    print(
        f"service: {len(busy['/add'])} /add + {total} /list from {len(plan)} people at "
        f"once ({pause * 1000:.0f} ms between a person's commands) in {wall:.1f} s; "
        f"{len(lists)} of the /lists overlapped an /add"
    )
    print(
        f"  /list reply p50 {ms(pct(lists, 50))}, p99 {ms(pct(lists, 99))} (target ≤ 100 ms) "
        f"while the /adds run; with no /add running p99 {ms(pct(base, 99))} "
        f"({ratio(pct(lists, 99), pct(base, 99))})"
    )
    print(
        f"  event-loop lag p99 {ms(pct(busy_lag.lags, 99))}, "
        f"max {ms(max(busy_lag.lags, default=0))} "
        f"(target p99 ≤ 100 ms) while the /adds run; with no /add running p99 "
        f"{ms(pct(idle_lag.lags, 99))} ({ratio(pct(busy_lag.lags, 99), pct(idle_lag.lags, 99))})"
    )
    add_times = busy["/add"]
    if add_times:
        print(f"  /add reply p50 {ms(pct(add_times, 50))}, p99 {ms(pct(add_times, 99))}")


class TimedSlackApi(FakeSlackApi):
    """The fake Web API, noting when each response_url answer arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: dict[str, float] = {}

    async def _record(self, call: Call) -> None:
        if call.method == "response_url":
            self.arrived[call.path.rsplit("/", 1)[1]] = time.perf_counter()
        await super()._record(call)


class SlackClient:
    """Slack's side on its own thread and event loop: the fake Web API and the signed posts."""

    def __init__(self) -> None:
        self.fake = TimedSlackApi()
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._sender: SlackSender | None = None

    def _main(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self.fake.start())
        self._ready.set()
        self.loop.run_forever()

    def start(self) -> str:
        self._thread.start()
        self._ready.wait()
        return self.fake.api_url

    def call(self, coro: Awaitable[Any]) -> Any:
        """Run a coroutine on the client's loop from the bot's loop, without blocking it."""
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))  # type: ignore[arg-type]

    async def burst(
        self, url: str, plan: list[list[str]], pause: float, prefix: str = "U"
    ) -> dict[str, tuple[float, float, bool]]:
        """Send every person's commands (each waits for its ack), all people at once.

        By response_url name: when it was sent, its ack's round trip, and whether it is an /add.
        """
        if self._sender is None:
            self._sender = SlackSender(aiohttp.ClientSession(), url, SECRET, self.fake)
        sender = self._sender
        sent: dict[str, tuple[float, float, bool]] = {}

        async def person(index: int, lines: list[str]) -> None:
            who = f"{prefix}{index}"
            for line in lines:
                start = time.perf_counter()
                name, (status, _) = await sender.command(
                    line.lstrip("/"), user=who, channel="D" + who
                )
                sent[name] = (start, time.perf_counter() - start, line.startswith("/add"))
                assert status == 200, status
                await asyncio.sleep(pause)

        await asyncio.gather(*(person(i, lines) for i, lines in enumerate(plan)))
        return sent

    async def wait_answers(self, count: int, within: float) -> None:
        await self.fake.wait_for("response_url", count, within=within)

    async def _close(self) -> None:
        if self._sender is not None:
            await self._sender.session.close()
        await self.fake.close()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


async def slack_phase(service: Concierge, plan: list[list[str]], pause: float) -> None:
    """The same burst as signed /jobs commands into the real Bolt HTTP endpoint."""
    client = SlackClient()
    api_url = client.start()
    config = SlackConfig(
        bot_token="xoxb-bench", signing_secret=SECRET, port=0, api_url=api_url, host="127.0.0.1"
    )
    server = SlackHttpServer(SlackBot(service, config), "127.0.0.1", 0)
    port = await server.start()
    url = f"http://127.0.0.1:{port}/slack/events"
    try:
        # Baseline: one person's /jobs help, twenty times in a row, nothing else running.
        idle = await client.call(client.burst(url, [["/help"] * 20], pause, "UIDLE"))
        await client.call(client.wait_answers(20, 60))
        total = sum(len(lines) for lines in plan)
        start = time.perf_counter()
        with LagProbe() as lag:
            sent = await client.call(client.burst(url, plan, pause))
            await client.call(client.wait_answers(20 + total, 3600))
        wall = time.perf_counter() - start
    finally:
        await server.stop(drain=30)
        client.stop()
    arrived = client.fake.arrived
    answers = [arrived[name] - at for name, (at, _, _) in sent.items()]
    acks = [ack for _, ack, _ in sent.values()]
    idle_acks = [ack for _, ack, _ in idle.values()]
    # An /add is worked on from its send until its answer arrives.
    working = [(at, arrived[name]) for name, (at, _, add) in sent.items() if add]
    during = [
        ack
        for at, ack, add in sent.values()
        if not add and any(start < at + ack and at < end for start, end in working)
    ]
    late = sum(1 for ack in acks if ack > 3.0)
    print(f"slack: {total} signed /jobs commands from {len(plan)} people in {wall:.1f} s")
    print(
        f"  ack p50 {ms(pct(acks, 50))}, p99 {ms(pct(acks, 99))}, max {ms(max(acks))}; "
        f"{late} of {len(acks)} over Slack's 3 s (target 0); idle ack p99 "
        f"{ms(pct(idle_acks, 99))} ({ratio(pct(acks, 99), pct(idle_acks, 99))}); "
        f"{len(during)} acks came while an /add was worked on: max {ms(max(during, default=0))}"
    )
    print(
        f"  answer p50 {ms(pct(answers, 50))}, p99 {ms(pct(answers, 99))}; event-loop lag p99 "
        f"{ms(pct(lag.lags, 99))}, max {ms(max(lag.lags))}"
    )


async def run(args: argparse.Namespace) -> None:
    """Build the store, then run the service burst and the Slack burst."""
    postings, origin = load_postings(args.postings, args.seed)
    plan = scripts(args.people, args.adds, args.lists, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        store = await SqliteStore.open(Path(folder) / "load.db")
        try:
            service = await build_concierge(store, SystemClock())
            start = time.perf_counter()
            for i in range(0, len(postings), 5000):
                await service.intake.record(postings[i : i + 5000])
            print(f"load: {origin} stored in {time.perf_counter() - start:.0f} s", flush=True)
            await index_phase(service)
            await service_phase(service, plan, args.pause)
            if args.slack:
                # A fresh service: the burst's people start with empty rate buckets (and its
                # index built first, as `concierge run` starts building it at start).
                fresh = await build_concierge(store, SystemClock())
                await fresh.intake.load_postings()
                await slack_phase(fresh, plan, args.pause)
        finally:
            await store.close()


def main(argv: list[str] | None = None) -> None:
    """Parse flags and run."""
    parser = argparse.ArgumentParser(description="Load benchmark")
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--adds", type=int, default=100)
    parser.add_argument("--lists", type=int, default=1000)
    parser.add_argument("--postings", type=int, default=None)
    parser.add_argument("--pause", type=float, default=0.05)
    parser.add_argument("--no-slack", dest="slack", action="store_false")
    parser.add_argument("--seed", type=int, default=1)
    args, _ = parser.parse_known_args(argv)
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
