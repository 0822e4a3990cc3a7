"""Store queries for Slack's OAuth installations and flow states (many workspaces)."""

from __future__ import annotations

from datetime import datetime

from core.store.base import SqliteBase
from core.store.codec import iso

# Why a workspace's subscribers stopped getting digests; only this pause ends on reinstall.
UNINSTALLED = "the Slack app was removed from this workspace"


class SlackInstallQueries(SqliteBase):
    """The slack_installations and slack_oauth_states tables."""

    async def save_slack_install(
        self, team_id: str, enterprise_id: str, data_json: str, now: datetime
    ) -> None:
        """Keep a workspace's latest installation and resume what its removal paused."""
        async with self._transaction() as conn:
            await conn.execute(
                "INSERT INTO slack_installations (enterprise_id, team_id, data_json, installed_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (enterprise_id, team_id) DO UPDATE SET "
                "data_json = excluded.data_json, installed_at = excluded.installed_at",
                (enterprise_id, team_id, data_json, iso(now)),
            )
            await conn.execute(
                "UPDATE subscribers SET delivery_paused = NULL "
                "WHERE platform = 'slack' AND workspace = ? AND delivery_paused = ?",
                (team_id, UNINSTALLED),
            )

    async def slack_install(self, team_id: str, enterprise_id: str | None = None) -> str | None:
        """A workspace's installation as stored, or None; no enterprise_id: any org's."""
        rows = await self._all(
            # A missing enterprise id (the usual, non-Grid case) matches any.
            "SELECT data_json FROM slack_installations WHERE team_id = :team "
            "AND (:enterprise IS NULL OR enterprise_id = :enterprise) "
            "ORDER BY installed_at DESC LIMIT 1",
            {"team": team_id, "enterprise": enterprise_id},
        )
        return str(rows[0][0]) if rows else None

    async def delete_slack_install(self, team_id: str, enterprise_id: str | None = None) -> None:
        """Forget a workspace's tokens and pause its subscribers (their data stays)."""
        async with self._transaction() as conn:
            await conn.execute(
                "DELETE FROM slack_installations WHERE team_id = :team "
                "AND (:enterprise IS NULL OR enterprise_id = :enterprise)",
                {"team": team_id, "enterprise": enterprise_id},
            )
            await conn.execute(
                "UPDATE subscribers SET delivery_paused = ? "
                "WHERE platform = 'slack' AND workspace = ? AND delivery_paused IS NULL",
                (UNINSTALLED, team_id),
            )

    async def add_slack_state(self, state: str, expires_at: datetime) -> None:
        """Remember an OAuth flow's state until it expires."""
        await self._write_one(
            "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)",
            (state, iso(expires_at)),
        )

    async def use_slack_state(self, state: str, now: datetime) -> bool:
        """True once for a state issued and not yet expired; it cannot be used again."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM slack_oauth_states WHERE expires_at <= ?", (iso(now),))
            cursor = await conn.execute("DELETE FROM slack_oauth_states WHERE state = ?", (state,))
            return cursor.rowcount == 1
