"""The App Home tab: my searches with their controls, digest settings and my latest matches."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from adapters.slack.installs import ClientFor
from adapters.slack.modal import OPEN_ACTION
from adapters.slack.render import Block, plain, render_blocks
from core.api import Concierge
from core.chat.commands import ListSearches, ShowJobs, ShowSettings
from core.chat.replies import ErrorText, JobCards, Reply
from core.model import SubscriberKey

log = logging.getLogger(__name__)

MAX_HOME_BLOCKS = 100
DIGEST_HINT = (
    "Digests: /jobs digest shows one now, /jobs time 09:00 sets the hour, "
    "/jobs tz Europe/Berlin your time zone."
)


def _header(text: str) -> Block:
    """A section header."""
    return {"type": "header", "text": plain(text, 150)}


def _without_errors(reply: Reply) -> Reply:
    """Drop error messages (e.g. a command this core version does not know yet)."""
    return tuple(m for m in reply if not isinstance(m, ErrorText))


def _unheaded(reply: Reply) -> Reply:
    """Job cards without their own heading, shown under the Home's heading."""
    return tuple(
        JobCards("", m.cards[:5], m.footer, m.actions) if isinstance(m, JobCards) else m
        for m in reply
    )


def build_home(notice: Reply, searches: Reply, settings: Reply, matches: Reply) -> dict[str, Any]:
    """The Home view from the core's replies, within Slack's 100-block limit."""
    top: list[Block] = [
        _header("Job Concierge"),
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": plain("➕ Add a search", 75),
                    "action_id": OPEN_ACTION,
                    "style": "primary",
                }
            ],
        },
    ]
    if notice:
        top.extend(render_blocks(notice)[:10])
    settings_blocks = render_blocks(_without_errors(settings)) or [
        {"type": "context", "elements": [plain(DIGEST_HINT)]}
    ]
    sections = [
        ("My searches", render_blocks(searches)),
        ("Digest settings", settings_blocks),
        ("My latest matches", render_blocks(_unheaded(matches))),
    ]
    blocks = list(top)
    for title, body in sections:
        blocks.extend([{"type": "divider"}, _header(title), *body])
    if len(blocks) > MAX_HOME_BLOCKS:
        more = {"type": "context", "elements": [plain("…more in /jobs list and /jobs matches.")]}
        blocks = [*blocks[: MAX_HOME_BLOCKS - 1], more]
    return {"type": "home", "blocks": blocks}


class HomePublisher:
    """Publishes users' Home tabs, and republishes them for users who have opened theirs."""

    def __init__(self, service: Concierge, clients: ClientFor) -> None:
        """Publish with each workspace's client from this service's answers."""
        self._service = service
        self._clients = clients
        self._seen: set[tuple[str, str]] = set()

    async def opened(self, key: SubscriberKey) -> None:
        """The user opened their Home tab: remember it and publish it."""
        self._seen.add((key.workspace, key.user))
        await self.publish(key)

    async def refresh(self, key: SubscriberKey, notice: Reply = ()) -> None:
        """Republish a user's Home after a change, if they have opened it since start."""
        if not key.shared and (key.workspace, key.user) in self._seen:
            await self.publish(key, notice)

    async def publish(self, key: SubscriberKey, notice: Reply = ()) -> None:
        """Build and publish one user's Home tab (views.publish)."""
        # The Home tab is drawn for the person, not asked by them: no rate-limit token.
        searches = await self._service.handle(key, ListSearches(), counted=False)
        settings = await self._service.handle(key, ShowSettings(), counted=False)
        matches = await self._service.handle(key, ShowJobs(), counted=False)
        view = build_home(notice, searches, settings, matches)
        client = await self._clients(key.workspace)
        if client is None:
            log.warning("no Home tab: the Slack app is not installed in this workspace")
            return
        try:
            await client.views_publish(user_id=key.user, view=view)
        except SlackApiError as exc:
            log.warning("views.publish failed: %s", exc.response.get("error"))
