"""Bolt listeners: /jobs, buttons, the add-search modal and the Home tab; they only translate."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack import identity
from adapters.slack.charts import upload_charts
from adapters.slack.files import import_command
from adapters.slack.home import HomePublisher
from adapters.slack.modal import CALLBACK_ID, OPEN_ACTION, Origin, build_modal, read_submission
from adapters.slack.render import ACTION_ID, CHOICE_BLOCK, LINK_ID, render_messages
from core.api import Concierge, LaneFull, Lanes, command_word, lookup, reads_as_command
from core.chat.replies import Reply
from core.model import SubscriberKey

log = logging.getLogger(__name__)

COMMAND = "/jobs"


class Inflight:
    """The listener tasks still working after their ack, so shutdown can wait for them.

    Work runs in per-chat lanes: a chat's commands are answered in the order they came, and
    one chat's flood never holds up another chat's answers.
    """

    def __init__(self, lanes: Lanes | None = None) -> None:
        """Start with none; work waits its turn in these lanes (32 at once, 100 per chat)."""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._lanes = lanes or Lanes()

    @contextlib.asynccontextmanager
    async def track(self, key: SubscriberKey | None = None) -> AsyncIterator[None]:
        """Count the current task as in flight, wait for key's turn, run the block; log failures."""
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            async with self._lanes.turn(key):
                yield
        except LaneFull:
            log.warning("dropped a Slack request after its ack: its chat has too many waiting")
        except Exception:
            log.exception("a Slack listener failed after its ack")
        finally:
            if task is not None:
                self._tasks.discard(task)

    async def drain(self, seconds: float) -> None:
        """Wait up to seconds for listeners to finish, then cancel the rest."""
        pending = {t for t in self._tasks if not t.done()}
        if not pending:
            return
        _, late = await asyncio.wait(pending, timeout=seconds)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late, timeout=1)


async def respond(url: str, reply: Reply, *, shared: bool, replace: bool = False) -> None:
    """Answer through a response_url: ephemeral unless the subscriber is a channel."""
    if not url:
        return
    webhook = AsyncWebhookClient(url)
    for index, message in enumerate(render_messages(reply)):
        response = await webhook.send(
            text=message.text,
            blocks=message.blocks,
            response_type="in_channel" if shared else "ephemeral",
            replace_original=replace and index == 0,
            unfurl_links=False,
            unfurl_media=False,
        )
        if response.status_code != 200:
            log.warning("response_url answered %s", response.status_code)


async def post(client: AsyncWebClient, channel: str, reply: Reply, *, user: str = "") -> None:
    """Answer in a channel: to everyone there, or only to user (ephemeral) when one is given."""
    for message in render_messages(reply):
        text, blocks = message.text, message.blocks
        try:
            if user:
                await client.chat_postEphemeral(
                    channel=channel, user=user, text=text, blocks=blocks
                )
            else:
                await client.chat_postMessage(
                    channel=channel,
                    text=text,
                    blocks=blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
        except SlackApiError as exc:
            log.warning("posting an answer failed: %s", exc.response.get("error"))


def command_text(raw: str) -> str:
    """The core command for '/jobs SUB ARGS': '/SUB ARGS'; '/jobs' alone is '/help'.

    '/jobs senior golang remote', which is no subcommand, is the plain text it reads as, so the
    core offers to save it as a search.
    """
    text = html.unescape(raw or "").strip().lstrip("/").strip()
    if not text:
        return "/help"
    return "/" + text if reads_as_command(text) else text


def _is_bare_add(text: str) -> bool:
    """True for '/add' (or an alias of it, as the core's registry names them) with no query."""
    parsed = command_word(text)
    spec = lookup(parsed[0]) if parsed and not parsed[1] else None
    return spec is not None and spec.name == "add"


class Listeners:
    """Registers the /jobs command, buttons, modal and Home listeners on a Bolt app."""

    def __init__(self, service: Concierge, home: HomePublisher, inflight: Inflight) -> None:
        """Translate between Slack and this service; Bolt gives each listener its client."""
        self._service = service
        self._home = home
        self._inflight = inflight

    def register(self, app: AsyncApp) -> None:
        """Attach every listener."""
        app.command(COMMAND)(self.on_command)
        app.action(re.compile(f"^{ACTION_ID}_\\d+$"))(self.on_action)
        app.action(re.compile(f"^{LINK_ID}_\\d+$"))(self.on_link)
        app.action(OPEN_ACTION)(self.on_open_add)
        app.view_submission(CALLBACK_ID)(self.on_submission)
        app.event("app_home_opened")(self.on_home_opened)
        app.event({"type": "message", "subtype": "file_share"})(self.on_file_share)
        # The file_share message carries the same file: nothing more to do for these.
        app.event("file_shared")(_ignore)
        app.event("message")(self.on_message)

    async def on_command(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """/jobs SUB ARGS: ack at once, then run the core command and answer."""
        await ack()
        key = identity.command_key(body)
        async with self._inflight.track(key):
            text = command_text(str(body.get("text") or ""))
            url = str(body.get("response_url") or "")
            if _is_bare_add(text):
                origin = Origin(key.chat, url)
                await _open_modal(client, str(body.get("trigger_id") or ""), origin)
                return
            actor = await identity.actor_for(client, key, str(body.get("user_id") or ""))
            reply = await self._service.handle_text(key, text, actor)
            await respond(url, reply, shared=key.shared)
            missing = await upload_charts(client, key, str(body.get("user_id") or ""), reply)
            await respond(url, missing, shared=key.shared)
            await self._home.refresh(key)

    async def on_action(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """A data button: the core checks the action against the acting user's objects."""
        await ack()
        key = identity.action_key(body)
        async with self._inflight.track(key):
            action = (body.get("actions") or [{}])[0]
            actor = await identity.actor_for(client, key, identity.payload_user(body))
            reply = await self._service.handle_action(key, str(action.get("value") or ""), actor)
            if identity.from_home(body):
                await self._home.publish(key, reply)
                return
            replace = str(action.get("block_id") or "").startswith(CHOICE_BLOCK)
            await respond(
                str(body.get("response_url") or ""), reply, shared=key.shared, replace=replace
            )
            await self._home.refresh(key)

    async def on_link(self, ack: AsyncAck) -> None:
        """A link button opens in the browser; Slack still wants the press acknowledged."""
        await ack()

    async def on_open_add(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """The Home tab's "Add a search" button opens the modal for the user's own searches."""
        await ack()
        async with self._inflight.track():
            await _open_modal(client, str(body.get("trigger_id") or ""), Origin())

    async def on_submission(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """The modal: show field errors, or close it and save the search as one AddSearch."""
        view = body.get("view") or {}
        result = read_submission((view.get("state") or {}).get("values") or {})
        if isinstance(result, dict):
            await ack(response_action="errors", errors=result)
            return
        await ack()
        origin = Origin.load(str(view.get("private_metadata") or ""))
        team, user = identity.payload_team(body), identity.payload_user(body)
        key = (
            identity.channel_key(team, origin.channel)
            if origin.channel
            else identity.user_key(team, user)
        )
        async with self._inflight.track(key):
            actor = await identity.actor_for(client, key, user)
            reply = await self._service.handle(key, result.command, actor)
            if origin.response_url:
                await respond(origin.response_url, reply, shared=key.shared)
                await self._home.refresh(key)
            elif not key.shared:
                await self._home.publish(key, reply)

    async def on_file_share(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """A file shared in the app's DM (or captioned /import in a channel) is an /import."""
        files, user = event.get("files") or [], str(event.get("user") or "")
        text = str(event.get("text") or "").strip().lower()
        direct = event.get("channel_type") == "im"
        if event.get("bot_id") or not user or not files:  # our own chart uploads, for one
            return
        if not direct and not text.startswith(("/import", "import", "/jobs import")):
            return
        team = str(body.get("team_id") or event.get("team") or "")
        channel = str(event.get("channel") or "")
        key = identity.user_key(team, user) if direct else identity.channel_key(team, channel)
        async with self._inflight.track(key):
            actor = await identity.actor_for(client, key, user)
            command = await import_command(client, str(files[0].get("id") or ""))
            reply = await self._service.handle(key, command, actor)
            await post(client, channel, reply, user="" if direct else user)
            await self._home.refresh(key)

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """Words a person types in the app's Messages tab, read as /jobs reads them."""
        text, user = str(event.get("text") or "").strip(), str(event.get("user") or "")
        if event.get("subtype") or event.get("bot_id") or event.get("channel_type") != "im":
            return  # edits, joins, our own messages; channel talk is not addressed to us
        if not text or not user:
            return
        team = str(body.get("team_id") or event.get("team") or "")
        key = identity.user_key(team, user)
        async with self._inflight.track(key):
            text = html.unescape(text).lstrip("/").strip()
            reply = await self._service.handle_text(
                key, "/" + text if reads_as_command(text) else text
            )
            await post(client, str(event.get("channel") or ""), reply)
            await self._home.refresh(key)

    async def on_home_opened(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        """Publish the Home tab when the user opens it."""
        if event.get("tab", "home") != "home" or not event.get("user"):
            return
        team = str(body.get("team_id") or (event.get("view") or {}).get("team_id") or "")
        key = identity.user_key(team, str(event["user"]))
        async with self._inflight.track(key):
            await self._home.opened(key)


async def _ignore() -> None:
    """An event that needs no answer (Bolt acknowledges events itself)."""


async def _open_modal(client: AsyncWebClient, trigger_id: str, origin: Origin) -> None:
    """Open the add-search modal (views.open) for this trigger."""
    try:
        await client.views_open(trigger_id=trigger_id, view=build_modal(origin))
    except SlackApiError as exc:
        log.warning("views.open failed: %s", exc.response.get("error"))
