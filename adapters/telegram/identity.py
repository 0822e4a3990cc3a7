"""Who is speaking: subscriber keys for private and group chats, and group admin checks."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from telegram import Bot, Chat, ChatMember, Message, User
from telegram.error import TelegramError

from core.api import READ_ONLY_HINT, lookup
from core.model import Actor, SubscriberKey

log = logging.getLogger(__name__)

PLATFORM = "telegram"
GROUP_TYPES = frozenset({Chat.GROUP, Chat.SUPERGROUP})
ADMIN_STATUSES = frozenset({ChatMember.ADMINISTRATOR, ChatMember.OWNER})

_COMMAND_RE = re.compile(r"^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?")


@dataclass(frozen=True, slots=True)
class Who:
    """The subscriber a chat maps to and, in a group, the member acting in it."""

    key: SubscriberKey
    actor: Actor | None
    is_group: bool

    @property
    def may_change(self) -> bool:
        """True if this person may change the chat's own data."""
        return not self.is_group or (self.actor is not None and self.actor.is_admin)


def chat_key(chat_id: int, user_id: int | None) -> SubscriberKey:
    """The subscriber key of a private chat (with its user) or a group (user empty)."""
    return SubscriberKey(PLATFORM, "", "" if user_id is None else str(user_id), str(chat_id))


def group_key(chat_id: int) -> SubscriberKey:
    """The subscriber key of a group or supergroup."""
    return chat_key(chat_id, None)


async def identify(bot: Bot, chat: Chat, user: User | None, message: Message | None) -> Who:
    """Map a chat and its sender to a subscriber, asking Telegram for admin rights in groups."""
    if chat.type not in GROUP_TYPES:
        return Who(chat_key(chat.id, user.id if user else chat.id), None, False)
    key = group_key(chat.id)
    if message is not None and message.sender_chat is not None:
        # Anonymous admins post as the group itself; a linked channel posts as the channel.
        anonymous_admin = message.sender_chat.id == chat.id
        return Who(key, Actor(f"chat{message.sender_chat.id}", anonymous_admin), True)
    if user is None:
        return Who(key, Actor(""), True)
    return Who(key, Actor(str(user.id), await is_admin(bot, chat.id, user.id)), True)


async def is_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Whether the user administers the chat; False when Telegram cannot tell us."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.warning("could not check admin rights in a group: %s", exc)
        return False
    return member.status in ADMIN_STATUSES


def command_word(text: str) -> tuple[str, str | None] | None:
    """The command word of a "/cmd@Bot args" line, lower-cased, and the bot it names, if any."""
    match = _COMMAND_RE.match(text.strip())
    if match is None:
        return None
    return match.group(1).lower(), match.group(2)


def addressed_to(text: str, username: str | None) -> bool:
    """False for a command explicitly addressed to another bot (/add@OtherBot)."""
    parsed = command_word(text)
    if parsed is None or parsed[1] is None:
        return True
    return username is not None and parsed[1].lower() == username.lower()


def group_refusal(text: str) -> str:
    """The refusal for a member's command that changes a group's own data, or '' if it does not.

    Which commands those are is the core's registry rule, the same on every platform.
    """
    parsed = command_word(text)
    return refusal_for(parsed[0]) if parsed else ""


def refusal_for(word: str) -> str:
    """The refusal for a member running the command called word in a group, or '' if allowed."""
    spec = lookup(word)
    if spec is None or not spec.shared:
        return ""
    return f"Only this group's admins can {spec.shared}. {READ_ONLY_HINT}"
