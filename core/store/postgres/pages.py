"""PostgreSQL queries for where each person's /jobs list got to (/more after a restart)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from core.ports.pages import ListPage
from core.store.codec import iso, places_json
from core.store.postgres.base import PgBase


class PageQueries(PgBase):
    """The list_pages and shown_cards tables."""

    async def list_page(self, subscriber_id: int) -> ListPage | None:
        """Where a person's last /jobs list got to; None when /more pages the digest."""
        rows = await self._all(
            "SELECT number, shown, complete FROM list_pages WHERE subscriber_id = $1",
            subscriber_id,
        )
        return ListPage(int(rows[0][0]), int(rows[0][1]), bool(rows[0][2])) if rows else None

    async def keep_list_page(self, subscriber_id: int, page: ListPage, now: datetime) -> None:
        """Keep (replacing any earlier) where a person's /jobs list got to."""
        await self._write_one(
            "INSERT INTO list_pages (subscriber_id, number, shown, complete, kept_at) "
            "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (subscriber_id) DO UPDATE SET "
            "number = excluded.number, shown = excluded.shown, "
            "complete = excluded.complete, kept_at = excluded.kept_at",
            subscriber_id,
            page.number,
            page.shown,
            page.complete,
            iso(now),
        )

    async def forget_list_page(self, subscriber_id: int) -> None:
        """Forget a person's list position: /more pages the digest again."""
        await self._write_one("DELETE FROM list_pages WHERE subscriber_id = $1", subscriber_id)

    async def shown_cards(self, subscriber_id: int) -> dict[int, int]:
        """The last cards shown to a person: place in the list → job number ({} for none)."""
        rows = await self._all(
            "SELECT places FROM shown_cards WHERE subscriber_id = $1", subscriber_id
        )
        return {int(at): int(job) for at, job in json.loads(rows[0][0])} if rows else {}

    async def keep_shown_cards(
        self, subscriber_id: int, places: Mapping[int, int], now: datetime
    ) -> None:
        """Keep (replacing any earlier) the places of the last cards shown to a person, the
        first MAX_SHOWN_PLACES of them."""
        await self._write_one(
            "INSERT INTO shown_cards (subscriber_id, places, kept_at) VALUES ($1, $2, $3) "
            "ON CONFLICT (subscriber_id) DO UPDATE SET places = excluded.places, "
            "kept_at = excluded.kept_at",
            subscriber_id,
            places_json(places),
            iso(now),
        )
