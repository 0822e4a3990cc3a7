"""Who a Slack payload acts for: the workspace, the user or channel, and the acting person."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from core.model import Actor, SubscriberKey

log = logging.getLogger(__name__)

PLATFORM = "slack"


def user_key(team_id: str, user_id: str) -> SubscriberKey:
    """A person's own searches in one workspace (DMs and the Home tab)."""
    return SubscriberKey(PLATFORM, team_id, user_id, "")


def channel_key(team_id: str, channel_id: str) -> SubscriberKey:
    """A channel's searches in one workspace; digests are posted there."""
    return SubscriberKey(PLATFORM, team_id, "", channel_id)


def is_direct(channel_id: str, channel_name: str = "") -> bool:
    """True for a one-to-one DM (including the app's Messages tab)."""
    return channel_id.startswith("D") or channel_name == "directmessage"


def command_team(body: Mapping[str, Any]) -> str:
    """The workspace of a slash command."""
    return str(body.get("team_id") or "")


def payload_team(body: Mapping[str, Any]) -> str:
    """The workspace of an interaction (button press or view submission)."""
    team = body.get("team") or {}
    user = body.get("user") or {}
    return str(team.get("id") or user.get("team_id") or "")


def payload_user(body: Mapping[str, Any]) -> str:
    """The person who pressed a button or submitted a view."""
    return str((body.get("user") or {}).get("id") or "")


def command_key(body: Mapping[str, Any]) -> SubscriberKey:
    """The subscriber a /jobs command acts on: the user in a DM, else the channel."""
    team = command_team(body)
    channel = str(body.get("channel_id") or "")
    if not channel or is_direct(channel, str(body.get("channel_name") or "")):
        return user_key(team, str(body.get("user_id") or ""))
    return channel_key(team, channel)


def action_key(body: Mapping[str, Any]) -> SubscriberKey:
    """The subscriber a button acts on, from Slack's signed payload, never the button value."""
    team, user = payload_team(body), payload_user(body)
    container = body.get("container") or {}
    if container.get("type") == "view":
        return user_key(team, user)
    channel = str((body.get("channel") or {}).get("id") or container.get("channel_id") or "")
    if not channel or is_direct(channel):
        return user_key(team, user)
    return channel_key(team, channel)


def from_home(body: Mapping[str, Any]) -> bool:
    """True when a button was pressed on the Home tab."""
    return (body.get("view") or {}).get("type") == "home"


async def actor_for(client: AsyncWebClient, key: SubscriberKey, user_id: str) -> Actor:
    """The acting person; in a channel, whether they administer the workspace."""
    if not key.shared:
        return Actor(user_id)
    try:
        response = await client.users_info(user=user_id)
    except SlackApiError as exc:
        log.warning(
            "users.info failed (%s); treating the user as no admin", exc.response.get("error")
        )
        return Actor(user_id)
    user = response.get("user") or {}
    admin = any(bool(user.get(flag)) for flag in ("is_admin", "is_owner", "is_primary_owner"))
    return Actor(user_id, is_admin=admin)
