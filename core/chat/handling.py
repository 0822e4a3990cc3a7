"""The handler column of the command table: which typed method handles a command type."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from core.chat.replies import Reply
from core.model import Actor, Subscriber

if TYPE_CHECKING:  # the handlers' modules read the registry, which reads this module
    from core.chat.service import Concierge
    from core.chat.transfer import TransferCommands
    from core.digests.commands import DigestCommands
    from core.explore.commands import ExploreCommands
    from core.sources.commands import SourceCommands

C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class Handlers:
    """The objects whose methods handle commands, built once per service."""

    searches: Concierge
    transfer: TransferCommands
    digests: DigestCommands
    sources: SourceCommands
    explore: ExploreCommands


@dataclass(frozen=True, slots=True)
class Route:
    """One command type and how to find its handler among the Handlers."""

    kind: type
    pick: Callable[[Handlers], Callable[[Subscriber, Any, Actor], Awaitable[Reply]]]


def on(
    kind: type[C], pick: Callable[[Handlers], Callable[[Subscriber, C, Actor], Awaitable[Reply]]]
) -> Route:
    """A route; the type checker holds the picked handler to kind's command type."""
    return Route(kind, pick)
