"""The retention port."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from core.retention import Cutoffs, PruneReport


class RetentionStore(Protocol):
    """Pruning what the policy no longer keeps, the last prune's report, storage figures."""

    async def prune(self, cutoffs: Cutoffs, *, dry_run: bool) -> dict[str, int]:
        """Delete what the policy allows; rows per table. A dry run deletes nothing."""
        ...

    async def save_prune_report(self, report: PruneReport) -> None:
        """Keep the report of the last real prune."""
        ...

    async def last_prune_report(self) -> PruneReport | None:
        """The report of the last real prune, if any."""
        ...

    async def storage(self) -> dict[str, int]:
        """Database size and free space in bytes, and the rows of the tables prune bounds."""
        ...
