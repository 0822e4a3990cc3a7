"""PostgreSQL queries for Slack's OAuth installations and flow states (many workspaces)."""

from __future__ import annotations

from datetime import datetime

import asyncpg

from core.store.codec import iso
from core.store.postgres.base import PgBase, rows_changed
from core.store.slack_installs import UNINSTALLED


class SlackInstallQueries(PgBase):
    """The slack_installations and slack_oauth_states tables."""

    async def save_slack_install(
        self, team_id: str, enterprise_id: str, data_json: str, now: datetime
    ) -> None:
        """Keep a workspace's latest installation and resume what its removal paused."""

        async def save(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO slack_installations (enterprise_id, team_id, data_json, installed_at) "
                "VALUES ($1, $2, $3, $4) ON CONFLICT (enterprise_id, team_id) DO UPDATE SET "
                "data_json = excluded.data_json, installed_at = excluded.installed_at",
                enterprise_id,
                team_id,
                data_json,
                iso(now),
            )
            await conn.execute(
                "UPDATE subscribers SET delivery_paused = NULL "
                "WHERE platform = 'slack' AND workspace = $1 AND delivery_paused = $2",
                team_id,
                UNINSTALLED,
            )

        await self._tx(save)

    async def slack_install(self, team_id: str, enterprise_id: str | None = None) -> str | None:
        """A workspace's installation as stored, or None; no enterprise_id: any org's."""
        rows = await self._all(
            "SELECT data_json FROM slack_installations WHERE team_id = $1 "
            "AND ($2::text IS NULL OR enterprise_id = $2) ORDER BY installed_at DESC LIMIT 1",
            team_id,
            enterprise_id,
        )
        return str(rows[0][0]) if rows else None

    async def delete_slack_install(self, team_id: str, enterprise_id: str | None = None) -> None:
        """Forget a workspace's tokens and pause its subscribers (their data stays)."""

        async def delete(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "DELETE FROM slack_installations WHERE team_id = $1 "
                "AND ($2::text IS NULL OR enterprise_id = $2)",
                team_id,
                enterprise_id,
            )
            await conn.execute(
                "UPDATE subscribers SET delivery_paused = $1 "
                "WHERE platform = 'slack' AND workspace = $2 AND delivery_paused IS NULL",
                UNINSTALLED,
                team_id,
            )

        await self._tx(delete)

    async def add_slack_state(self, state: str, expires_at: datetime) -> None:
        """Remember an OAuth flow's state until it expires."""
        await self._write_one(
            "INSERT INTO slack_oauth_states (state, expires_at) VALUES ($1, $2)",
            state,
            iso(expires_at),
        )

    async def use_slack_state(self, state: str, now: datetime) -> bool:
        """True once for a state issued and not yet expired; it cannot be used again."""

        async def use(conn: asyncpg.Connection) -> bool:
            await conn.execute("DELETE FROM slack_oauth_states WHERE expires_at <= $1", iso(now))
            status = await conn.execute("DELETE FROM slack_oauth_states WHERE state = $1", state)
            return rows_changed(status) == 1

        return await self._tx(use)
