"""Who may change a shared chat: one rule for every command that changes or uses up its data."""

from __future__ import annotations

from core.errors import UserError
from core.model import Actor, SavedSearch, Subscriber

READ_ONLY_HINT = "Everyone here can use /list, /jobs, /settings, /muted and /help."


def require_admin(subscriber: Subscriber, actor: Actor, doing: str) -> None:
    """In a group or channel, only its admins may do what changes or uses up the chat's data."""
    if subscriber.key.shared and not actor.is_admin:
        raise UserError(f"Only an admin of this chat can {doing}. {READ_ONLY_HINT}")


def require_search_owner(
    subscriber: Subscriber, actor: Actor, search: SavedSearch, position: int, verb: str
) -> None:
    """One saved search may also be changed by whoever added it."""
    is_creator = bool(actor.user) and actor.user == search.created_by
    if subscriber.key.shared and not actor.is_admin and not is_creator:
        raise UserError(f"Only an admin of this chat, or whoever added #{position}, can {verb} it.")
