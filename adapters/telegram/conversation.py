"""Guided flows: /start (role → place → digest time and zone) and /add without a query."""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from adapters.telegram.delivery import NO_PREVIEW, remember, send_reply
from adapters.telegram.identity import Who, identify, refusal_for
from adapters.telegram.persistence import SharedConversation
from adapters.telegram.render import escape
from core.api import MAX_LINE_LENGTH, Concierge, add_search, check_query, parse_time
from core.chat.commands import ListSearches, SetDigestTime, SetTimezone, Start
from core.chat.replies import Choice, ErrorText, Reply, SearchList, Text
from core.errors import UserError

Context = ContextTypes.DEFAULT_TYPE
CommandCallback = Callable[[Update, Context], Awaitable[None]]

FLOW_PREFIX = "tg:"
ROLE, PLACE, TIME, ZONE = range(4)
END = ConversationHandler.END
ANSWER = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
TIMES = ("07:00", "08:00", "09:00", "12:00", "18:00", "20:00")
ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Australia/Sydney",
)
_MAX_ANSWER = 200
_SHOWN = {"any": "anywhere", "remote": "remote"}


class GuidedFlow:
    """Builds a search (and, for newcomers, the digest time) one question at a time."""

    def __init__(
        self, service: Concierge, on_command: CommandCallback, timeout: float, *, shared: bool
    ) -> None:
        """Ask on behalf of this service; other commands typed mid-flow go to on_command.

        shared: the flows' steps are kept in the store (persistence.py), which also ends
        abandoned ones; otherwise in this process, ended by PTB's timer.
        """
        self._service = service
        self._on_command = on_command
        self._timeout = timeout
        self._shared = shared

    def handler(self) -> SharedConversation:
        """The ConversationHandler, keyed per chat and user."""
        with warnings.catch_warnings():
            # Flow buttons are tracked per chat and user, not per message, on purpose.
            warnings.filterwarnings("ignore", message=".*per_message.*", category=PTBUserWarning)
            return SharedConversation(
                entry_points=[
                    CommandHandler("start", self.start, has_args=False),  # not deep links
                    CommandHandler(["add", "new"], self.add, has_args=False),
                ],
                states={
                    ROLE: [MessageHandler(ANSWER, self.role)],
                    PLACE: [
                        MessageHandler(ANSWER, self.place),
                        CallbackQueryHandler(self.place_button, pattern=r"^tg:place:(remote|any)$"),
                    ],
                    TIME: [
                        MessageHandler(ANSWER, self.time),
                        CallbackQueryHandler(self.time_button, pattern=r"^tg:time:\d\d:\d\d$"),
                    ],
                    ZONE: [
                        MessageHandler(ANSWER, self.zone),
                        CallbackQueryHandler(
                            self.zone_button, pattern=r"^tg:tz:[\w/+,'. -]{1,40}$"
                        ),
                    ],
                    # Abandoned flows end quietly: the timeout handler only forgets the draft.
                    ConversationHandler.TIMEOUT: [TypeHandler(Update, self.timed_out)],
                },
                fallbacks=self._fallbacks(),
                allow_reentry=True,
                conversation_timeout=None if self._shared else self._timeout,
                name="guided",
                persistent=self._shared,
            )

    def _fallbacks(self) -> list[BaseHandler[Update, Context, Any]]:
        """/cancel leaves the flow; any other command leaves it and runs as usual."""
        return [
            CommandHandler("cancel", self.cancel),
            MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, self.other_command),
        ]

    async def start(self, update: Update, context: Context) -> int:
        """Welcome (the core's /start), then walk a newcomer through a first search."""
        who = await _who(update, context)
        message = update.effective_message
        if who is None or message is None or not message.text:
            return END
        if not who.may_change:
            await _send(update, context, (Text(refusal_for("add")),))
            return END
        # Guided: the flow below asks for the timezone itself, so the core need not.
        welcome = await self._service.handle(who.key, Start(guided=True), who.actor)
        await _send(update, context, welcome)
        listing = await self._service.handle(who.key, ListSearches(), who.actor, counted=False)
        if any(isinstance(m, SearchList) for m in listing):
            return END  # not a newcomer: the welcome says how to add more
        _drafts(context)[_draft_key(who)] = {"steps": 3}
        await _ask(update, context, who, "Let's set up your first search. " + _role_question(3))
        return ROLE

    async def add(self, update: Update, context: Context) -> int:
        """/add with nothing after it: ask for the search step by step."""
        who = await _who(update, context)
        if who is None:
            return END
        if not who.may_change:
            await _send(update, context, (Text(refusal_for("add")),))
            return END
        _drafts(context)[_draft_key(who)] = {"steps": 2}
        await _ask(update, context, who, _role_question(2))
        return ROLE

    async def role(self, update: Update, context: Context) -> int:
        """Keep the role and ask where."""
        # Whole: a pasted job description is refused, not cut to its first words and saved.
        who, text = await _who(update, context), _answer(update, MAX_LINE_LENGTH)
        if who is None:
            return END
        if not text:
            await _ask(update, context, who, _role_question(_draft(context, who)["steps"]))
            return ROLE
        draft = _draft(context, who)
        verdict = check_query(text)
        if not verdict.ok:  # said now, not after three more steps
            await _ask(update, context, who, f"{verdict.problem} {_role_question(draft['steps'])}")
            return ROLE
        draft["role"] = text
        buttons = [[_button("🌍 Remote", "tg:place:remote"), _button("Anywhere", "tg:place:any")]]
        await _ask(
            update,
            context,
            who,
            f"Step 2 of {draft['steps']} — where? Send a city or country, or tap a button.",
            buttons,
        )
        return PLACE

    async def place(self, update: Update, context: Context) -> int:
        """A typed place."""
        return await self._after_place(update, context, _answer(update))

    async def place_button(self, update: Update, context: Context) -> int:
        """Remote, or anywhere."""
        choice = await _pressed(update, "tg:place:")
        return await self._after_place(update, context, "remote" if choice == "remote" else "")

    async def _after_place(self, update: Update, context: Context, place: str) -> int:
        """Save the search for /add, or go on to the digest time for /start."""
        who = await _who(update, context)
        if who is None:
            return END
        draft = _draft(context, who)
        draft["place"] = place
        if draft["steps"] == 2:
            await self._finish(update, context, who)
            return END
        buttons = [[_button(t, f"tg:time:{t}") for t in TIMES[i : i + 3]] for i in (0, 3)]
        await _ask(
            update,
            context,
            who,
            "Step 3 of 3 — when should your daily digest arrive? "
            "Tap a time or send one, e.g. 7:15 or 6pm.",
            buttons,
        )
        return TIME

    async def time(self, update: Update, context: Context) -> int:
        """A typed digest time, read as /time reads it (08:30, 8am, 18h00)."""
        who = await _who(update, context)
        if who is None:
            return END
        try:
            typed = parse_time(_answer(update))
        except UserError:
            await _ask(update, context, who, "Please send a time like 08:30, or tap one above.")
            return TIME
        return await self._after_time(update, context, typed.strftime("%H:%M"))

    async def time_button(self, update: Update, context: Context) -> int:
        """A tapped digest time."""
        return await self._after_time(update, context, await _pressed(update, "tg:time:"))

    async def _after_time(self, update: Update, context: Context, hhmm: str) -> int:
        """Keep the time and ask for the time zone."""
        who = await _who(update, context)
        if who is None:
            return END
        _draft(context, who)["time"] = hhmm
        buttons = [[_button(z, f"tg:tz:{z}") for z in ZONES[i : i + 3]] for i in (0, 3, 6)]
        await _ask(
            update,
            context,
            who,
            "And your time zone? Tap one or send its name, e.g. Europe/Paris.",
            buttons,
        )
        return ZONE

    async def zone(self, update: Update, context: Context) -> int:
        """A typed time zone or city; the core decides whether it knows it."""
        return await self._after_zone(update, context, _answer(update))

    async def zone_button(self, update: Update, context: Context) -> int:
        """A tapped time zone."""
        return await self._after_zone(update, context, await _pressed(update, "tg:tz:"))

    async def _after_zone(self, update: Update, context: Context, zone: str) -> int:
        """Set the zone first (so the search's reply needs no zone hint), then the rest."""
        who = await _who(update, context)
        if who is None:
            return END
        zone_reply = (
            await self._service.handle(who.key, SetTimezone(zone), who.actor) if zone else ()
        )
        choice = next((m for m in zone_reply if isinstance(m, Choice)), None)
        if choice is not None:  # "portland", "usa": which zone, on the flow's own buttons
            rows = [[_button(o.label, FLOW_PREFIX + o.data)] for o in choice.options]
            await _ask(update, context, who, choice.prompt, rows)
            return ZONE
        errors = [m.text for m in zone_reply if isinstance(m, ErrorText)]
        if not zone_reply or len(errors) == len(zone_reply):
            hint = errors[0] if errors else "Which time zone?"
            await _ask(update, context, who, f"{hint} Try a city or a zone like Europe/Berlin.")
            return ZONE
        await self._finish(update, context, who, zone_reply)
        return END

    async def _finish(
        self, update: Update, context: Context, who: Who, zone_reply: Reply = ()
    ) -> None:
        """Send the answers to the core as commands and show what it says, matches first."""
        draft = _drafts(context).pop(_draft_key(who), {})
        time_reply: Reply = ()
        if "time" in draft:  # set first, so a search without matches names the right digest
            time_reply = await self._service.handle(
                who.key, SetDigestTime(draft["time"]), who.actor, counted=False
            )
            # The time reply names the zone and the next digest; the zone's own reply would
            # only repeat it with a next-digest time that is already out of date.
            if any(not isinstance(m, ErrorText) for m in time_reply):
                zone_reply = ()
        command = add_search(draft.get("role", ""), place=draft.get("place", ""))
        reply: Reply = await self._service.handle(who.key, command, who.actor)
        await _send(update, context, reply + time_reply + zone_reply)

    async def cancel(self, update: Update, context: Context) -> int:
        """Leave the flow without saving anything."""
        who = await _who(update, context)
        if who is not None:
            _drafts(context).pop(_draft_key(who), None)
        await _send(update, context, (Text("OK, stopped — nothing saved. /help shows the rest."),))
        return END

    async def timed_out(self, update: Update, context: Context) -> None:
        """An abandoned flow: forget the draft, say nothing."""
        who = await _who(update, context)
        if who is not None:
            _drafts(context).pop(_draft_key(who), None)

    async def other_command(self, update: Update, context: Context) -> int:
        """Another command mid-flow: drop the flow and handle the command normally."""
        who = await _who(update, context)
        if who is not None:
            _drafts(context).pop(_draft_key(who), None)
        await self._on_command(update, context)
        return END


def _role_question(steps: int) -> str:
    """The first question of a flow."""
    return (
        f"Step 1 of {steps} — what job are you looking for? "
        "e.g. senior backend engineer python (or /cancel)"
    )


async def _who(update: Update, context: Context) -> Who | None:
    """Who is answering, with group admin rights."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message if update.callback_query is None else None
    return await identify(context.bot, chat, update.effective_user, message)


def _answer(update: Update, limit: int = _MAX_ANSWER) -> str:
    """A typed answer, whitespace collapsed and kept short."""
    message = update.effective_message
    text = " ".join((message.text or "").split()) if message else ""
    return text[:limit]


async def _pressed(update: Update, prefix: str) -> str:
    """Answer a flow button and show the choice in place of the question's buttons."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    value = (query.data or "").removeprefix(prefix)
    if isinstance(query.message, Message) and query.message.text:
        shown = _SHOWN.get(value, value)
        await query.edit_message_text(
            f"{query.message.text_html}\n→ <b>{escape(shown)}</b>",
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        )
    return value


async def _ask(
    update: Update,
    context: Context,
    who: Who,
    question: str,
    buttons: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    """Ask one question; in groups as a reply, so privacy mode still delivers the answer."""
    chat = update.effective_chat
    assert chat is not None
    text = escape(question)
    markup: InlineKeyboardMarkup | ForceReply | None = None
    if buttons:
        markup = InlineKeyboardMarkup(buttons)
        if who.is_group:
            text += "\n<i>(reply to this message to type your answer)</i>"
    elif who.is_group:
        markup = ForceReply(selective=True)
    message = update.effective_message if update.callback_query is None else None
    await context.bot.send_message(
        chat.id,
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=NO_PREVIEW,
        message_thread_id=_topic(message),
        reply_parameters=(
            ReplyParameters(message.message_id, allow_sending_without_reply=True)
            if message is not None and who.is_group
            else None
        ),
    )


def _topic(message: Message | None) -> int | None:
    """The forum topic of a message, so questions land in the same topic."""
    return message.message_thread_id if message is not None and message.is_topic_message else None


async def _send(update: Update, context: Context, reply: Reply) -> None:
    """Send a core reply to the update's chat."""
    chat = update.effective_chat
    if chat is not None and reply:
        thread = _topic(update.effective_message)
        remember(context.chat_data, await send_reply(context.bot, chat.id, reply, thread_id=thread))


def _button(label: str, data: str) -> InlineKeyboardButton:
    """A flow button."""
    return InlineKeyboardButton(label, callback_data=data)


def _drafts(context: Context) -> dict[str, dict[str, Any]]:
    """The half-built searches of this chat, by person (in the chat's data: kept with it)."""
    assert context.chat_data is not None  # flows run in chats only
    drafts: dict[str, dict[str, Any]] = context.chat_data.setdefault("tg:drafts", {})
    return drafts


def _draft_key(who: Who) -> str:
    """One draft per person in a chat."""
    return who.actor.user if who.actor else who.key.user


def _draft(context: Context, who: Who) -> dict[str, Any]:
    """This person's draft in this chat."""
    return _drafts(context).setdefault(_draft_key(who), {"steps": 3})
