"""Send rendered replies to a chat, and remember what kind of reply each message shows."""

from __future__ import annotations

import contextlib
from collections.abc import MutableMapping
from typing import Any

from telegram import Bot, InputFile, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest

from adapters.telegram.render import CHART_NAME, Kind, Outgoing, render_reply
from core.chat.replies import Reply

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
CHART_REFUSED = "Chart missing: Telegram did not take the image. The figures above are complete."
_KINDS = "tg:kinds"
_KINDS_KEPT = 200


async def send_reply(
    bot: Bot,
    chat_id: int,
    reply: Reply,
    *,
    thread_id: int | None = None,
    reply_to: int | None = None,
) -> list[tuple[Message, Kind]]:
    """Send every message of a reply, in order; returns what was sent."""
    sent: list[tuple[Message, Kind]] = []
    for out in render_reply(reply, bot.username or ""):
        message = await send_one(bot, chat_id, out, thread_id=thread_id, reply_to=reply_to)
        sent.append((message, out.kind))
        reply_to = None
    return sent


async def send_one(
    bot: Bot,
    chat_id: int,
    out: Outgoing,
    *,
    thread_id: int | None = None,
    reply_to: int | None = None,
) -> Message:
    """Send one rendered message as HTML with link previews off (a file or photo with its caption).

    A photo Telegram refuses is replaced by one line saying the chart is missing.
    """
    if out.photo:
        try:
            return await bot.send_photo(
                chat_id,
                InputFile(out.photo, filename=CHART_NAME),
                caption=out.html,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
            )
        except BadRequest:
            return await bot.send_message(chat_id, CHART_REFUSED, message_thread_id=thread_id)
    if out.document is not None:
        name, text = out.document
        return await bot.send_document(
            chat_id,
            InputFile(text.encode("utf-8"), filename=name),
            caption=out.html,
            parse_mode=ParseMode.HTML,
            message_thread_id=thread_id,
        )
    return await bot.send_message(
        chat_id,
        out.html,
        parse_mode=ParseMode.HTML,
        reply_markup=out.markup,
        link_preview_options=NO_PREVIEW,
        message_thread_id=thread_id,
        reply_parameters=(
            ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        ),
    )


async def edit_to(bot: Bot, chat_id: int, message_id: int, out: Outgoing) -> None:
    """Replace a message's text and buttons; an unchanged message is not an error."""
    try:
        await bot.edit_message_text(
            out.html,
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=out.markup,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


async def drop_buttons(bot: Bot, chat_id: int, message_id: int) -> None:
    """Remove a message's buttons, ignoring a message that already has none or is gone."""
    with contextlib.suppress(BadRequest):
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id)


def remember(chat_data: MutableMapping[Any, Any] | None, sent: list[tuple[Message, Kind]]) -> None:
    """Note which sent messages carry a list or a question, for later button presses.

    Keyed by the message id as text: chat data is kept as JSON (adapters/telegram/persistence.py).
    """
    if chat_data is None:
        return
    kinds: dict[str, Kind] = chat_data.setdefault(_KINDS, {})
    for message, kind in sent:
        if kind in ("list", "choice"):
            kinds[str(message.message_id)] = kind
    while len(kinds) > _KINDS_KEPT:
        del kinds[next(iter(kinds))]


def kind_of(chat_data: MutableMapping[Any, Any] | None, message_id: int) -> Kind | None:
    """The kind of reply a message of ours shows, if we remember it."""
    if chat_data is None:
        return None
    kinds: dict[str, Kind] = chat_data.get(_KINDS, {})
    return kinds.get(str(message_id))
