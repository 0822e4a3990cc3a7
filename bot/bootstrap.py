"""Composition root: builds the application once, from settings to the service.

Settings → store → intake (the search index) → sources manager → service. Each part is built
on first use and only once, so a command builds what it needs and nothing more: `stats`,
`prune` and `sources list` open the store only; the index is loaded by what matches.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.config import Settings
from core.clock import SystemClock
from core.ports import Clock
from core.store.sqlite import SqliteStore

# Each part is imported where it is built: `stats` and `prune` open the store without paying
# for the matcher (numpy, rapidfuzz) or the HTTP client.
if TYPE_CHECKING:
    from core.chat.service import Concierge
    from core.digests.delivery import Digests
    from core.postings.intake import Intake
    from core.sources.manager import SourceManager
    from core.store.postgres.store import PostgresStore

log = logging.getLogger(__name__)


async def open_store(
    settings: Settings, *, read_only_ok: bool = False
) -> SqliteStore | PostgresStore:
    """Open (creating or upgrading) the configured database; read_only_ok for readers."""
    if settings.postgres_url:
        # Imported here: SQLite deployments never load the PostgreSQL driver.
        from core.store.postgres.store import PostgresStore

        if settings.db_patience is not None:
            return await PostgresStore.open(settings.postgres_url, patience=settings.db_patience)
        return await PostgresStore.open(settings.postgres_url)
    return await SqliteStore.open(settings.database_path, read_only_ok=read_only_ok)


class App:
    """The application over one open store; the other parts are built on first use, once."""

    def __init__(
        self, settings: Settings, store: SqliteStore | PostgresStore, clock: Clock
    ) -> None:
        """Wrap an open store; open_app is the way to get one."""
        self.settings = settings
        self.store = store
        self.clock = clock
        self._intake: Intake | None = None
        self._loading = asyncio.Lock()  # concurrent polls must not load the index twice
        self._sources: SourceManager | None = None
        self._digests: Digests | None = None
        self._service: Concierge | None = None

    @property
    def index_loaded(self) -> bool:
        """Whether the search index (the matcher) was built."""
        return self._intake is not None

    async def intake(self) -> Intake:
        """The posting intake, with the search index loaded from the store."""
        async with self._loading:
            if self._intake is None:
                from core.postings.intake import Intake

                # With match shards running, they match what this process records.
                matching = not self.settings.match_shards
                self._intake = await Intake.load(self.store, self.clock, matching=matching)
            return self._intake

    def sources(self) -> SourceManager:
        """The job-source manager; it loads the index only when a poll records postings."""
        if self._sources is None:
            from core.sources.manager import SourceManager

            self._sources = SourceManager(self.store, self.intake, self.clock)
        return self._sources

    def digests(self) -> Digests:
        """The digest builder and outbox drainer."""
        if self._digests is None:
            from core.digests.delivery import Digests

            self._digests = Digests(self.store, clock=self.clock)
        return self._digests

    async def service(self) -> Concierge:
        """The chat service, over the intake and the sources manager."""
        if self._service is None:
            from core.chat.service import Concierge, Limits

            intake = await self.intake()
            intake.preload()  # in the background: the first /add waits for it, /help does not
            self._service = Concierge(
                self.store,
                intake,
                self.clock,
                Limits(max_searches=self.settings.max_searches, rate=self.settings.rate),
                sources=self.sources(),
                admins=self.settings.admins,
            )
        return self._service

    async def load_sample(self) -> None:
        """Fill an empty store with the bundled sample postings, when the settings say so."""
        if self.settings.load_sample and await self.store.count_open_postings() == 0:
            from core.postings.sample import sample_postings

            summary = await (await self.intake()).record(sample_postings())
            log.info("loaded %d sample postings into an empty store", summary.new)

    async def aclose(self) -> None:
        """Close the sources' HTTP client and the store."""
        try:
            if self._service is not None:
                await self._service.close()
            if self._intake is not None:
                await self._intake.close()
            if self._sources is not None:
                await self._sources.aclose()
        finally:
            await self.store.close()


@asynccontextmanager
async def open_app(settings: Settings, *, read_only_ok: bool = False) -> AsyncIterator[App]:
    """Open the store and yield the application over it; close everything on the way out."""
    app = App(settings, await open_store(settings, read_only_ok=read_only_ok), SystemClock())
    try:
        yield app
    finally:
        await app.aclose()
