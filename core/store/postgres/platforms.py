"""PostgreSQL queries for the chat platforms' state: written by `concierge run`, read by `stats`."""

from __future__ import annotations

from datetime import datetime

from core.model import PlatformState, PlatformStateName
from core.store.codec import from_iso, iso
from core.store.postgres.base import PgBase


class PlatformQueries(PgBase):
    """The platform_status table."""

    async def set_platform_state(
        self, platform: str, state: PlatformStateName, error: str, now: datetime
    ) -> None:
        """Record a platform's state; `since` moves only when the state changes."""
        await self._write_one(
            "INSERT INTO platform_status AS p (platform, state, last_error, since) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT (platform) DO UPDATE SET state = excluded.state, "
            "last_error = excluded.last_error, "
            "since = CASE WHEN p.state = excluded.state THEN p.since ELSE excluded.since END",
            platform,
            state,
            error,
            iso(now),
        )

    async def platform_states(self) -> list[PlatformState]:
        """Every platform recorded, by name."""
        rows = await self._all(
            "SELECT platform, state, last_error, since FROM platform_status ORDER BY platform"
        )
        return [PlatformState(r[0], r[1], r[2], from_iso(r[3])) for r in rows]
