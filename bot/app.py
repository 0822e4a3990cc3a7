"""Composition root: opens the store and builds the concierge service."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.config import Settings
from core.chat.service import Concierge, Limits, build_concierge
from core.clock import SystemClock
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore

log = logging.getLogger(__name__)


@asynccontextmanager
async def open_concierge(
    settings: Settings, *, with_sample: bool = False
) -> AsyncIterator[Concierge]:
    """Open the store, build the service, and close the store on the way out."""
    async with open_service(settings, with_sample=with_sample) as (service, _):
        yield service


@asynccontextmanager
async def open_service(
    settings: Settings, *, with_sample: bool = False
) -> AsyncIterator[tuple[Concierge, SqliteStore]]:
    """Like open_concierge, also giving the store (the runner records platform states in it)."""
    store = await SqliteStore.open(settings.database_path)
    service = None
    try:
        service = await build_concierge(
            store,
            SystemClock(),
            Limits(max_searches=settings.max_searches),
            source_store=store,
            admins=settings.admins,
        )
        if with_sample and settings.load_sample and await store.count_open_postings() == 0:
            summary = await service.intake.record(sample_postings())
            log.info("loaded %d sample postings into an empty store", summary.new)
        yield service, store
    finally:
        if service is not None and service.sources is not None:
            await service.sources.aclose()
        await store.close()
