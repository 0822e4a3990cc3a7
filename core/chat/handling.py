"""Typed command handlers and the entries of the handler map, checked per command type."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from core.chat.replies import Reply
from core.model import Actor, Subscriber

C = TypeVar("C")
Handler = Callable[[Subscriber, Any, Actor], Awaitable[Reply]]


def handles(
    kind: type[C], handler: Callable[[Subscriber, C, Actor], Awaitable[Reply]]
) -> tuple[type, Handler]:
    """One entry of a handler map; the type checker holds handler to kind's command type."""
    return kind, handler
