"""The list-pages port: where each person's /jobs list got to, for /more after a restart."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple, Protocol

MAX_SHOWN_PLACES = 100  # the places kept of the last cards shown (a /jobs list shows ten)


class ListPage(NamedTuple):
    """Where a person's /jobs list got to, for /more to go on from: the search number it
    showed (0: every active one), how many cards were shown and whether that was all."""

    number: int
    shown: int
    complete: bool = False


class ListPageStore(Protocol):
    """Where the last /jobs list got to and its cards' places are kept across restarts."""

    async def list_page(self, subscriber_id: int) -> ListPage | None:
        """Where a person's last /jobs list got to; None when /more pages the digest."""
        ...

    async def keep_list_page(self, subscriber_id: int, page: ListPage, now: datetime) -> None:
        """Keep (replacing any earlier) where a person's /jobs list got to."""
        ...

    async def forget_list_page(self, subscriber_id: int) -> None:
        """Forget a person's list position: /more pages the digest again."""
        ...

    async def shown_cards(self, subscriber_id: int) -> dict[int, int]:
        """The last cards shown to a person: place in the list → job number ({} for none)."""
        ...

    async def keep_shown_cards(
        self, subscriber_id: int, places: Mapping[int, int], now: datetime
    ) -> None:
        """Keep (replacing any earlier) the places of the last cards shown to a person."""
        ...
