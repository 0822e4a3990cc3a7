"""The bootstrap builds each part of the application once, and only when it is asked for."""

from __future__ import annotations

from pathlib import Path

from bot.bootstrap import open_app
from bot.config import load_settings


async def test_parts_are_built_once_and_only_on_demand(tmp_path: Path) -> None:
    settings = load_settings({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"})
    async with open_app(settings) as app:
        assert await app.sources().sources() == []
        assert app.digests() is app.digests()
        assert not app.index_loaded  # listing sources and building digests need no matcher
        service = await app.service()
        assert app.index_loaded
        assert await app.service() is service
        assert service.intake is await app.intake()
        assert service.sources is app.sources()
        await app.load_sample()
        assert await app.store.count_open_postings() > 0
