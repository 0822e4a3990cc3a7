"""A spawned process's target, in a module that imports only the store (each spawn imports it)."""

from __future__ import annotations

import asyncio
from multiprocessing.synchronize import Barrier
from pathlib import Path

from core.store.sqlite import SqliteStore


def open_after(barrier: Barrier, path: str) -> None:
    """One process: wait for the others, then open (and so migrate) the file."""

    async def open_and_close() -> None:
        await (await SqliteStore.open(Path(path))).close()

    barrier.wait()
    asyncio.run(open_and_close())
