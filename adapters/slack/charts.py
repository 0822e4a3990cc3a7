"""Explore charts in Slack: uploaded with files_upload_v2 to the channel, or the person's DM."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web.async_client import AsyncWebClient

from core.chat.replies import Exploration, Reply, Text
from core.model import SubscriberKey

log = logging.getLogger(__name__)

CHART_NAME = "explore.png"
ALT_LIMIT = 1000  # Slack's alt_txt
REFUSED = "Chart missing: Slack did not take the image ({error}). The figures above are complete."


async def upload_charts(
    client: AsyncWebClient, key: SubscriberKey, user_id: str, reply: Reply
) -> Reply:
    """Upload the reply's charts; what to say about those Slack refused (empty when none)."""
    said: list[Text] = []
    for message in reply:
        if not isinstance(message, Exploration) or not message.chart:
            continue
        try:
            channel = key.chat if key.shared else await _direct(client, user_id)
            await client.files_upload_v2(
                channel=channel,
                file=message.chart,
                filename=CHART_NAME,
                title=f"Market for “{message.market.query}”",
                alt_txt=message.alt_text[:ALT_LIMIT],
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "refused")
            log.warning("chart upload failed: %s", error)
            said.append(Text(REFUSED.format(error=error)))
        except SlackRequestError:
            log.warning("chart upload failed", exc_info=True)
            said.append(Text(REFUSED.format(error="upload failed")))
    return tuple(said)


async def _direct(client: AsyncWebClient, user_id: str) -> str:
    """The id of the app's DM with a person (conversations.open)."""
    response = await client.conversations_open(users=user_id)
    return str((response.get("channel") or {}).get("id") or "")
