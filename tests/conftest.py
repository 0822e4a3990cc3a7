"""Shared fixtures: a real store (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), a clock.

Tests that take `store` (or `database_url`) run once per store. With TEST_DATABASE_URL
(e.g. postgresql://postgres@127.0.0.1:5432/postgres) each PostgreSQL run gets a fresh schema
of that database, dropped afterwards; without it only SQLite runs and one line says so.
A test marked `sqlite_only` reads SQLite's own files or SQL, and runs on SQLite alone.
"""

from __future__ import annotations

import asyncio
import os
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest
from hypothesis import settings

from core.chat.service import Concierge, build_concierge
from core.model import Posting, SubscriberKey
from core.store.postgres.base import dollar_params
from core.store.sqlite import SqliteStore

# Speed is measured in bench/, never asserted: a property test's first example may load the
# vocabulary (seconds on a busy machine), which Hypothesis's default 200 ms deadline would fail.
settings.register_profile("concierge", deadline=None)
settings.load_profile("concierge")

# `make test` checks the heaviest exhaustive-scoring properties on a sample of their pool (a
# subset of the full one); CONCIERGE_FULL_TESTS=1 (`make test-full`, nightly) on all of it.
FULL_TESTS = os.environ.get("CONCIERGE_FULL_TESTS", "").strip() == "1"

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
BACKENDS = ("sqlite", "postgres") if TEST_DATABASE_URL else ("sqlite",)
SKIPPED_LINE = (
    "PostgreSQL suite did not run: set TEST_DATABASE_URL (e.g. "
    "TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres make test) to run it"
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: reads SQLite's own file or SQL")
    config.addinivalue_line("markers", "postgres_only: needs a PostgreSQL server")
    if TEST_DATABASE_URL and not hasattr(config, "workerinput"):
        try:
            _on_server("SELECT 1")
        except Exception as exc:  # one clear line instead of every test failing alike
            raise pytest.UsageError(f"TEST_DATABASE_URL is set but unusable: {exc}") from None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if TEST_DATABASE_URL:
        return
    # Without a server these are left out quietly; SKIPPED_LINE says so once.
    kept = [item for item in items if item.get_closest_marker("postgres_only") is None]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", ["sqlite"] if only else BACKENDS, indirect=True)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TEST_DATABASE_URL:
        terminalreporter.write_line(SKIPPED_LINE)


def _on_server(*statements: str) -> None:
    """Run statements on the TEST_DATABASE_URL server, outside the test's event loop."""

    async def run() -> None:
        import asyncpg

        conn = await asyncpg.connect(TEST_DATABASE_URL, timeout=10)
        try:
            for statement in statements:
                await conn.execute(statement)
        finally:
            await conn.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()


def with_schema(url: str, schema: str) -> str:
    """The URL with search_path set to schema (asyncpg passes it on as a server setting)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=urlencode({"search_path": schema})))


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A DATABASE_URL for a fresh, empty PostgreSQL schema, dropped after the test."""
    schema = f"test_{uuid.uuid4().hex[:16]}"
    _on_server(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_schema(TEST_DATABASE_URL, schema)
    finally:
        _on_server(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def database_url(backend: str, db_path: Path, request: pytest.FixtureRequest) -> str:
    """The DATABASE_URL of this run's store: an SQLite file, or a fresh PostgreSQL schema."""
    if backend == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{db_path}"


async def open_test_store(url: str) -> Any:
    """Open the store a database_url names."""
    if url.startswith("postgresql://"):
        from core.store.postgres.store import PostgresStore

        return await PostgresStore.open(url, patience=2.0)
    return await SqliteStore.open(Path(url.removeprefix("sqlite:///")))


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


ALICE = SubscriberKey("console", "local", "alice", "terminal")
BOB = SubscriberKey("console", "local", "bob", "terminal")


def posting(pid: str, title: str, **fields: object) -> Posting:
    """Build a posting with sensible defaults."""
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


BACKEND_POSTINGS = [
    posting(
        "p1",
        "Senior Backend Engineer (Python)",
        company="Acme",
        location="Berlin",
        workplace="remote",
        tags=("python", "postgresql"),
        description="Build Python microservices on AWS with PostgreSQL and Kafka.",
    ),
    posting(
        "p2",
        "Sr. Back-End Developer (Python/Django)",
        company="Globex",
        location="London",
        description="Django, PostgreSQL, Docker, Kubernetes.",
    ),
    posting(
        "p3",
        "Backend Sales Manager",
        company="Initech",
        location="Berlin",
        description="Sell our backend platform to enterprises.",
    ),
    posting(
        "p4",
        "Junior Frontend Developer",
        company="Hooli",
        location="Remote",
        workplace="remote",
        description="React and TypeScript.",
    ),
    posting(
        "p5",
        "Civil Engineer",
        company="Bridges Ltd",
        location="Leeds",
        description="Design bridges and roads.",
    ),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "concierge.db"


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[SqliteStore]:
    # Typed as the SQLite store, which has every method the PostgreSQL one has.
    store = await open_test_store(database_url)
    yield store
    await store.close()


@pytest.fixture
async def service(store: SqliteStore, clock: FakeClock) -> Concierge:
    concierge = await build_concierge(store, clock)
    await concierge.intake.record(BACKEND_POSTINGS)
    return concierge


async def query(store: Any, sql: str) -> list[tuple[Any, ...]]:
    """The rows of a plain SELECT (no parameters) on either store, as tuples."""
    return [tuple(row) for row in await store._all(sql)]


async def write(store: Any, sql: str) -> None:
    """Run a plain write statement (no parameters) on either store."""
    await store._write_one(sql)


async def write_and_close(store: Any, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
    """Run these writes (SQL with ``?`` parameters) on either store, then close it; PostgreSQL
    gets them as ``$1``, ``$2``… through dollar_params."""
    try:
        for sql, params in statements:
            if isinstance(store, SqliteStore):
                await store._write_one(sql, params)
            else:
                pg_sql, args = dollar_params(sql, params)
                await store._write_one(pg_sql, *args)
    finally:
        await store.close()


async def query_plan(store: Any, sql: str) -> str:
    """The plan of a plain SELECT on either store, as text naming the indexes it uses.

    PostgreSQL's is planned with whole-table scans off, since the test tables are tiny: the
    plan then shows whether the query's predicates let the planner use an index at all.
    """
    if isinstance(store, SqliteStore):
        return " ".join(str(row[3]) for row in await store._all(f"EXPLAIN QUERY PLAN {sql}"))
    async with store._pool.acquire() as conn, conn.transaction():
        await conn.execute("SET LOCAL enable_seqscan = off")
        return " ".join(str(row[0]) for row in await conn.fetch(f"EXPLAIN {sql}"))


# asyncpg's own statements: the pool's reset of a released connection, its type lookups.
_ASYNCPG_OWN = ("pg_advisory_unlock_all()", "typeinfo_tree", "current_setting('jit')")


@asynccontextmanager
async def statements_run(store: Any) -> AsyncIterator[list[str]]:
    """Collect the text of every statement the store runs meanwhile, on either store."""
    seen: list[str] = []
    if isinstance(store, SqliteStore):
        await store._conn.set_trace_callback(seen.append)
        try:
            yield seen
        finally:
            await store._conn.set_trace_callback(None)
        return
    async with queries_run(store) as queries:
        yield seen
        await asyncio.sleep(0)  # the loggers are called soon after each statement
        seen += [sql for sql, _ in queries]


@asynccontextmanager
async def queries_run(store: Any) -> AsyncIterator[list[tuple[str, tuple[Any, ...]]]]:
    """Collect (text, arguments) of every statement a PostgreSQL store runs meanwhile."""
    from core.store.postgres.opening import POOL_SIZE

    seen: list[tuple[str, tuple[Any, ...]]] = []

    def log(record: Any) -> None:
        if not any(mark in str(record.query) for mark in _ASYNCPG_OWN):
            seen.append((str(record.query), tuple(record.args or ())))

    # Every connection the pool can hand out, opened now and each given the logger.
    held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
    for conn in held:
        conn.add_query_logger(log)
    for conn in held:
        await store._pool.release(conn)
    try:
        yield seen
        await asyncio.sleep(0)
    finally:
        held = [await store._pool.acquire() for _ in range(POOL_SIZE)]
        for conn in held:
            conn.remove_query_logger(log)
        for conn in held:
            await store._pool.release(conn)


async def search_rows_read(store: Any, queries: list[tuple[str, tuple[Any, ...]]]) -> int:
    """How many rows of the searches table these SELECTs returned: each run again as it was
    (the table is as it was when they ran)."""
    reading = re.compile(r"^\s*SELECT\b.*\b(FROM|JOIN) searches\b", re.DOTALL | re.IGNORECASE)
    read = 0
    for sql, args in queries:
        if reading.search(sql):
            read += len(await store._pool.fetch(sql, *args))
    return read
