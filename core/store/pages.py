"""Store queries for where each person's /jobs list got to (/more goes on after a restart)."""

from __future__ import annotations

from datetime import datetime

from core.ports.pages import ListPage
from core.store.base import SqliteBase
from core.store.codec import iso


class PageQueries(SqliteBase):
    """The list_pages table."""

    async def list_page(self, subscriber_id: int) -> ListPage | None:
        """Where a person's last /jobs list got to; None when /more pages the digest."""
        rows = await self._all(
            "SELECT number, shown, complete FROM list_pages WHERE subscriber_id = ?",
            (subscriber_id,),
        )
        return ListPage(int(rows[0][0]), int(rows[0][1]), bool(rows[0][2])) if rows else None

    async def keep_list_page(self, subscriber_id: int, page: ListPage, now: datetime) -> None:
        """Keep (replacing any earlier) where a person's /jobs list got to."""
        await self._write_one(
            "INSERT INTO list_pages (subscriber_id, number, shown, complete, kept_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (subscriber_id) DO UPDATE SET "
            "number = excluded.number, shown = excluded.shown, "
            "complete = excluded.complete, kept_at = excluded.kept_at",
            (subscriber_id, page.number, page.shown, int(page.complete), iso(now)),
        )

    async def forget_list_page(self, subscriber_id: int) -> None:
        """Forget a person's list position: /more pages the digest again."""
        await self._write_one("DELETE FROM list_pages WHERE subscriber_id = ?", (subscriber_id,))
