"""Telegram updates → core commands and button actions → rendered replies; the error handler."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatAction
from telegram.error import ChatMigrated, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from adapters.telegram.conversation import FLOW_PREFIX, GuidedFlow
from adapters.telegram.delivery import drop_buttons, edit_to, kind_of, remember, send_reply
from adapters.telegram.identity import (
    Who,
    addressed_to,
    group_key,
    group_refusal,
    identify,
)
from adapters.telegram.persistence import StorePersistence, share
from adapters.telegram.render import render_reply
from core.api import Concierge, command_word, lookup, oversized, read_import_file
from core.chat.commands import Command, ListSearches
from core.chat.replies import ErrorText, Reply, Text
from core.errors import StoreError

log = logging.getLogger(__name__)
# Commands that match, rank or draw, which may take seconds on a big store.
_SLOW = frozenset({"add", "explore", "jobs", "digest", "more", "resume", "sensitivity", "import"})

Context = ContextTypes.DEFAULT_TYPE
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
EXPIRED = "That button has expired. Send /start or /add to begin again."
TOAST_LIMIT = 190
NEW_MESSAGES = filters.UpdateType.MESSAGE


class Handlers:
    """The bot's update handlers, bound to one concierge service."""

    def __init__(
        self, service: Concierge, flow_timeout: float, persistence: StorePersistence | None = None
    ) -> None:
        """Handle updates for this service; guided flows end after flow_timeout idle seconds.

        With a persistence (set on the application too) flows and chat data live in the store.
        """
        self._service = service
        self._persistence = persistence
        shared = persistence is not None
        self._flow = GuidedFlow(service, self.on_command, flow_timeout, shared=shared)

    def register(self, application: Application) -> Callable[[], Awaitable[None]] | None:  # type: ignore[type-arg]
        """Add every handler, in the order they are tried, and the error handler.

        Returns what writes an update's changes back to the store, with a persistence.
        """
        application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self.on_migrate))
        flow = self._flow.handler()
        application.add_handler(flow)
        write_back = share(application, flow, self._persistence) if self._persistence else None
        application.add_handler(MessageHandler(filters.COMMAND & NEW_MESSAGES, self.on_command))
        application.add_handler(MessageHandler(filters.Document.ALL & NEW_MESSAGES, self.on_file))
        private_text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & NEW_MESSAGES
        application.add_handler(MessageHandler(private_text, self.on_text))
        application.add_handler(CallbackQueryHandler(self.on_callback))
        application.add_error_handler(self.on_error)
        return write_back

    async def on_command(self, update: Update, context: Context) -> None:
        """Pass any command line straight to the core, after the group admin check."""
        message = update.effective_message
        if message is None or not message.text:
            return
        if not addressed_to(message.text, context.bot.username):
            return
        who = await self._who(update, context)
        if who is None:
            return
        refusal = "" if who.may_change else group_refusal(message.text)
        if refusal:
            await self._reply(update, context, (Text(refusal),))
            return
        await _typing(update, context, message.text)
        reply = await self._service.handle_text(who.key, message.text, who.actor)
        await self._reply(update, context, reply)

    async def on_text(self, update: Update, context: Context) -> None:
        """Plain text in a private chat: the core explains how to turn it into a search."""
        message = update.effective_message
        who = await self._who(update, context)
        if message is None or not message.text or who is None:
            return
        await self._reply(update, context, await self._service.handle_text(who.key, message.text))

    async def on_file(self, update: Update, context: Context) -> None:
        """A file sent to the bot: in a private chat, or captioned /import, it is an import."""
        message = update.effective_message
        if message is None or message.document is None:
            return
        private = message.chat.type == "private"
        if not private and not (message.caption or "").lower().startswith("/import"):
            return
        who = await self._who(update, context)
        if who is None:
            return
        # A file declared too big is refused before it is downloaded.
        command: Command | None = oversized(message.document.file_size or 0)
        if command is None:
            telegram_file = await message.document.get_file()
            command = read_import_file(bytes(await telegram_file.download_as_bytearray()))
        await self._reply(update, context, await self._service.handle(who.key, command, who.actor))

    async def on_callback(self, update: Update, context: Context) -> None:
        """A button press: the core acts on it for the presser's own chat; always answered."""
        query = update.callback_query
        if query is None:
            return
        answered = False
        try:
            answered = await self._press(query, update, context)
        finally:
            if not answered:
                with contextlib.suppress(TelegramError):
                    await query.answer()

    async def _press(self, query: CallbackQuery, update: Update, context: Context) -> bool:
        """Handle a press; True once the query has been answered."""
        data = query.data or ""
        if data.startswith(FLOW_PREFIX) or query.message is None:
            await query.answer(EXPIRED)
            return True
        who = await self._who(update, context)
        if who is None:
            await query.answer(EXPIRED)
            return True
        reply = await self._service.handle_action(who.key, data, who.actor)
        errors = [m.text for m in reply if isinstance(m, ErrorText)]
        if reply and len(errors) == len(reply):
            # A stale, forged or refused button: say why, change nothing on screen.
            await query.answer(_toast(errors[0]), show_alert=len(errors[0]) > TOAST_LIMIT)
            return True
        chat_id, message_id = query.message.chat.id, query.message.message_id
        kind = kind_of(context.chat_data, message_id)
        short = _short_text(reply)
        if short is not None:
            await query.answer(_toast(short))
        else:
            await query.answer()
        if kind == "choice":
            # A question is answered once: replace it by the outcome, or drop its buttons.
            if short is not None:
                await edit_to(context.bot, chat_id, message_id, render_reply(reply)[0])
                return True
            await drop_buttons(context.bot, chat_id, message_id)
        elif kind == "list" and short is not None:
            await self._refresh_list(context, who, chat_id, message_id)
            return True
        elif short is not None:
            return True
        await self._reply(update, context, reply)
        return True

    async def _refresh_list(
        self, context: Context, who: Who, chat_id: int, message_id: int
    ) -> None:
        """Redraw a search list in place after one of its buttons changed a search."""
        listing = await self._service.handle(who.key, ListSearches(), who.actor, counted=False)
        rendered = render_reply(listing)
        if len(rendered) == 1:
            await edit_to(context.bot, chat_id, message_id, rendered[0])

    async def on_migrate(self, update: Update, context: Context) -> None:
        """A group became a supergroup: move its searches and digests to the new chat id."""
        message = update.effective_message
        if message is None:
            return
        if message.migrate_to_chat_id:
            old, new = message.chat.id, message.migrate_to_chat_id
            with contextlib.suppress(KeyError, ValueError):
                context.application.migrate_chat_data(message=message)
        elif message.migrate_from_chat_id:
            old, new = message.migrate_from_chat_id, message.chat.id
        else:
            return
        await self._service.move_chat(group_key(old), group_key(new))

    async def on_error(self, update: object, context: Context) -> None:
        """Log the failure with its trace and apologise briefly; never raises."""
        error = context.error
        if isinstance(error, ChatMigrated) and isinstance(update, Update) and update.effective_chat:
            old = update.effective_chat.id
            await self._service.move_chat(group_key(old), group_key(error.new_chat_id))
            log.info("a group migrated while we answered it; its data moved")
            return
        away = isinstance(error, StoreError)
        if away:  # the database is away: no bug, and its retries were logged
            log.warning("failed to handle a Telegram update: %s", error)
        else:
            log.error("failed to handle a Telegram update", exc_info=error)
        if not isinstance(update, Update):
            return
        with contextlib.suppress(TelegramError):
            if update.callback_query is not None:
                await update.callback_query.answer(APOLOGY)
            elif update.effective_chat is not None:
                await context.bot.send_message(update.effective_chat.id, APOLOGY)
        if away:
            # Its chat's state could not be read: the later handlers must not act without it.
            raise ApplicationHandlerStop

    async def _who(self, update: Update, context: Context) -> Who | None:
        """The subscriber and actor behind an update, or None for updates without a chat."""
        chat = update.effective_chat
        if chat is None:
            return None
        message = update.effective_message if update.callback_query is None else None
        return await identify(context.bot, chat, update.effective_user, message)

    async def _reply(self, update: Update, context: Context, reply: Reply) -> None:
        """Send a reply to the update's chat (and topic), remembering lists and questions."""
        chat = update.effective_chat
        if chat is None or not reply:
            return
        sent = await send_reply(context.bot, chat.id, reply, thread_id=_thread(update))
        remember(context.chat_data, sent)


async def _typing(update: Update, context: Context, text: str) -> None:
    """Show "typing…" before a command that may take seconds (matching, a market, a digest)."""
    parsed = command_word(text)
    spec = lookup(parsed[0]) if parsed else None
    chat = update.effective_chat
    if chat is None or spec is None or spec.name not in _SLOW:
        return
    with contextlib.suppress(TelegramError):  # only a courtesy: the answer matters
        await context.bot.send_chat_action(
            chat.id, ChatAction.TYPING, message_thread_id=_thread(update)
        )


def _thread(update: Update) -> int | None:
    """The forum topic a message was sent in, so replies land there too."""
    message = update.effective_message
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None


def _short_text(reply: Reply) -> str | None:
    """The text of a reply that is one short paragraph, fit for a button's toast."""
    if len(reply) == 1 and isinstance(reply[0], Text) and len(reply[0].text) <= TOAST_LIMIT:
        return reply[0].text
    return None


def _toast(text: str) -> str:
    """Text cut to what a callback answer can show."""
    return text if len(text) <= TOAST_LIMIT else text[: TOAST_LIMIT - 1] + "…"
