"""Push digests and alerts to Telegram chats, mapping Telegram's failures to DeliveryError."""

from __future__ import annotations

import datetime as dtm
import logging
import warnings

from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram.delivery import send_reply
from adapters.telegram.identity import PLATFORM, group_key
from core.api import Concierge
from core.chat.replies import Reply
from core.errors import DeliveryError
from core.model import SubscriberKey

log = logging.getLogger(__name__)

# Bad requests that mean the chat is gone for good, so the subscriber should be paused.
_GONE = ("chat not found", "user is deactivated", "group chat was deactivated", "peer_id_invalid")


class TelegramNotifier:
    """The Notifier port for Telegram, sending through the application's rate-limited bot."""

    platform = PLATFORM

    def __init__(self, bot: Bot, service: Concierge | None = None) -> None:
        """Send with this bot; with a service, a migrated group's data follows it."""
        self._bot = bot
        self._service = service

    async def deliver(self, key: SubscriberKey, reply: Reply) -> None:
        """Send the reply to the subscriber's chat, or raise DeliveryError saying why not."""
        if key.platform != PLATFORM or not _is_chat_id(key.chat):
            raise DeliveryError("not a Telegram chat", permanent=True)
        chat_id = int(key.chat)
        try:
            try:
                await send_reply(self._bot, chat_id, reply)
            except ChatMigrated as migrated:
                await self._follow(key, migrated.new_chat_id)
                await send_reply(self._bot, migrated.new_chat_id, reply)
        except RetryAfter as exc:
            raise DeliveryError(
                "Telegram asked us to slow down", permanent=False, retry_after=_seconds(exc)
            ) from exc
        except Forbidden as exc:
            reason = f"the bot may not write there: {exc.message}"
            raise DeliveryError(reason, permanent=True) from exc
        except InvalidToken as exc:
            raise DeliveryError("the bot token was rejected", permanent=False) from exc
        except BadRequest as exc:
            gone = any(reason in exc.message.lower() for reason in _GONE)
            reason = f"Telegram refused the message: {exc.message}"
            raise DeliveryError(reason, permanent=gone) from exc
        except TelegramError as exc:
            raise DeliveryError(f"Telegram is unreachable: {exc.message}", permanent=False) from exc

    async def _follow(self, key: SubscriberKey, new_chat_id: int) -> None:
        """Move a group that became a supergroup to its new id."""
        if self._service is not None and key.shared:
            await self._service.move_chat(key, group_key(new_chat_id))
            log.info("a group migrated to a supergroup; its data moved")


def _is_chat_id(chat: str) -> bool:
    """True for a Telegram chat id (negative for groups)."""
    return chat.removeprefix("-").isdigit()


def _seconds(exc: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whichever type this PTB version reports."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
