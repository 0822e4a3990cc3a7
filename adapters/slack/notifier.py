"""Push digests to Slack: a DM for a user's searches, the channel for a channel's."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.identity import PLATFORM
from adapters.slack.installs import ClientFor
from adapters.slack.render import render_messages
from core.chat.replies import Reply
from core.errors import DeliveryError
from core.model import SubscriberKey

log = logging.getLogger(__name__)

# Errors no retry can fix: the subscriber should be paused.
PERMANENT_ERRORS = frozenset(
    {
        "account_inactive",
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "user_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "messages_tab_disabled",
        "restricted_action",
        "team_access_not_granted",
    }
)


def _retry_after(headers: object) -> float | None:
    """The Retry-After seconds of a rate-limited answer, if it says."""
    if not isinstance(headers, Mapping):
        return None
    for name, value in headers.items():
        if str(name).lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) else value
            try:
                return float(raw)
            except (TypeError, ValueError):
                return None
    return None


class SlackNotifier:
    """The Notifier port for Slack; the client's retry handlers absorb 429s and blips first."""

    platform = PLATFORM

    def __init__(
        self,
        clients: ClientFor,
        on_delivered: Callable[[SubscriberKey], Awaitable[None]] | None = None,
    ) -> None:
        """Deliver with each workspace's client; on_delivered runs after a user's digest."""
        self._clients = clients
        self.on_delivered = on_delivered

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        """Send the reply as one message (more only past Slack's 50-block limit)."""
        if key.platform != PLATFORM:
            raise DeliveryError(f"not a Slack subscriber: {key.platform}", permanent=True)
        client = await self._clients(key.workspace)
        if client is None:
            raise DeliveryError("the Slack app is not installed in this workspace", permanent=True)
        try:
            channel = key.chat if key.shared else await _open_dm(client, key.user)
            for message in render_messages(reply):
                await client.chat_postMessage(
                    channel=channel,
                    text=message.text,
                    blocks=message.blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "unknown_error")
            status = exc.response.status_code
            retry_after = _retry_after(exc.response.headers) if status == 429 else None
            raise DeliveryError(
                f"Slack refused the message: {error}",
                permanent=error in PERMANENT_ERRORS,
                retry_after=retry_after,
            ) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(
                f"could not reach Slack: {type(exc).__name__}", permanent=False
            ) from exc
        if self.on_delivered is not None and not key.shared:
            try:
                await self.on_delivered(key)
            except Exception:
                log.exception("refreshing the Home tab after a digest failed")


async def _open_dm(client: AsyncWebClient, user: str) -> str:
    """The DM channel with a user (conversations.open)."""
    response = await client.conversations_open(users=user)
    return str((response.get("channel") or {}).get("id") or "")
