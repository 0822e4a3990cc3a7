"""PTB's persistence over our store: guided flows and chat data continue on any process.

PTB reads persisted conversations once, at start, and writes on an interval: enough for one
process that restarts, not for several serving one bot (webhook replicas, a polling standby
taking over). So each update first reads its chat's data and its flow's step from the store,
and what it changed is written back as soon as it is handled.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from telegram import Update
from telegram.ext import (
    Application,
    BasePersistence,
    ContextTypes,
    ConversationHandler,
    PersistenceInput,
    TypeHandler,
)

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
ConversationKey = tuple[int | str, ...]  # as PTB builds it: (chat id, user id) for our flows
CHAT_SCOPE = "tg:chat"
FLOW_SCOPE = "tg:flow:"
_UNREAD = "\0"  # no JSON text: a chat whose data was not read is written
BEFORE_HANDLERS = -1  # the handler group that loads an update's flow step, before any other


class ChatStates(Protocol):
    """The store's per-chat state queries (SqliteStore and PostgresStore have them)."""

    async def chat_state(self, scope: str, key: str, since: datetime | None) -> str | None:
        """The text stored under scope and key (written at or after since), or None."""

    async def set_chat_state(self, scope: str, key: str, data: str | None, now: datetime) -> None:
        """Store data under scope and key; None forgets it."""


class StorePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """Chat data and conversation steps in the store, as JSON, read per update.

    A flow's step is read only while younger than flow_timeout: an abandoned flow ends quietly,
    in every process at once, with no timer to disagree about.
    """

    def __init__(self, states: ChatStates, flow_timeout: float) -> None:
        """Keep state through these store queries; flows expire after flow_timeout idle seconds."""
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=True, user_data=False, callback_data=False
            )
        )
        self._states = states
        self._flow_timeout = timedelta(seconds=flow_timeout)
        self._read: dict[int, str | None] = {}  # each chat's data as read: unchanged is not written

    async def flow_step(self, name: str, key: ConversationKey) -> object | None:
        """The step of a flow (by conversation name and key), or None: none or abandoned."""
        since = _now() - self._flow_timeout
        text = await self._states.chat_state(FLOW_SCOPE + name, _key(key), since)
        return None if text is None else json.loads(text)

    async def get_conversations(self, name: str) -> dict[ConversationKey, object]:
        """Nothing up front: each update reads its own flow's step (flow_step)."""
        return {}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Keep a flow's new step; None (the flow ended) forgets it."""
        data = None if new_state is None else json.dumps(new_state)
        await self._states.set_chat_state(FLOW_SCOPE + name, _key(key), data, _now())

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        """Nothing up front: each update reads its own chat's (refresh_chat_data)."""
        return {}

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        """Replace the chat's data by what the store holds: another process may have changed it."""
        text = await self._states.chat_state(CHAT_SCOPE, str(chat_id), None)
        chat_data.clear()
        if text is not None:
            chat_data.update(json.loads(text))
        self._read[chat_id] = text

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        """Write the chat's data back, unless it is what was read (empty data: none kept)."""
        text = json.dumps(data) if data else None
        if self._read.pop(chat_id, _UNREAD) != text:
            await self._states.set_chat_state(CHAT_SCOPE, str(chat_id), text, _now())

    async def drop_chat_data(self, chat_id: int) -> None:
        """Forget a chat's data (a group that moved to a new id)."""
        self._read.pop(chat_id, None)
        await self._states.set_chat_state(CHAT_SCOPE, str(chat_id), None, _now())

    # Bot, user and callback data are not kept (store_data says so): PTB never calls these.
    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        """Not kept."""
        return {}

    async def get_bot_data(self) -> dict[Any, Any]:
        """Not kept."""
        return {}

    async def get_callback_data(self) -> None:
        """Not kept."""
        return None

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        """Not kept."""

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        """Not kept."""

    async def update_callback_data(self, data: Any) -> None:
        """Not kept."""

    async def drop_user_data(self, user_id: int) -> None:
        """Not kept."""

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        """Not kept."""

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        """Not kept."""

    async def flush(self) -> None:
        """Nothing waits: every change was written when its update was handled."""


class SharedConversation(ConversationHandler[Context]):
    """A ConversationHandler that takes each update's step from the store before it decides."""

    def adopt(self, key: ConversationKey, step: object | None) -> None:
        """Take the stored step of one conversation (None: none), without writing it back."""
        conversations = self._conversations
        if step is None:
            if key in conversations:
                # Untracked, as update_no_track: the store already holds no step.
                conversations.data.pop(key, None)  # type: ignore[attr-defined]
        else:
            conversations.update_no_track({key: step})  # type: ignore[attr-defined]


def share(
    application: Application,  # type: ignore[type-arg]
    flow: SharedConversation,
    persistence: StorePersistence,
) -> Callable[[], Awaitable[None]]:
    """Load each update's flow step before any handler; returns what writes changes back."""
    name = flow.name
    assert name is not None and flow.persistent

    async def load(update: Update, context: Context) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is not None and user is not None:
            key = (chat.id, user.id)  # the flow is kept per chat and user
            flow.adopt(key, await persistence.flow_step(name, key))

    application.add_handler(TypeHandler(Update, load), group=BEFORE_HANDLERS)

    async def write_back() -> None:
        try:
            await application.update_persistence()
        except Exception:  # the reply was sent; the next update reads what is stored
            log.exception("could not keep the chat's state")

    return write_back


def _key(key: ConversationKey) -> str:
    """A conversation key (chat id, user id) as stored."""
    return ":".join(str(part) for part in key)


def _now() -> datetime:
    return datetime.now(UTC)
