"""A person's saved searches as they see them: numbered from 1 in list order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from core.model import SavedSearch


@dataclass(frozen=True, slots=True)
class NumberedSearches:
    """Search number N ↔ search, the one mapping /list, cards and replies use."""

    items: tuple[tuple[int, SavedSearch], ...]

    @classmethod
    def of(cls, searches: Sequence[SavedSearch]) -> NumberedSearches:
        """Number searches from #1 in the order the store lists them."""
        return cls(tuple(enumerate(searches, start=1)))

    def only(self, search_id: int) -> NumberedSearches:
        """Just the search with this id, keeping its number."""
        return NumberedSearches(tuple((n, s) for n, s in self.items if s.id == search_id))

    def __iter__(self) -> Iterator[tuple[int, SavedSearch]]:
        """(number, search) pairs in list order."""
        return iter(self.items)

    def __len__(self) -> int:
        """How many searches there are."""
        return len(self.items)

    @property
    def searches(self) -> list[SavedSearch]:
        """The searches in list order."""
        return [search for _, search in self.items]

    @property
    def numbers(self) -> Mapping[int, int]:
        """Search id → its number."""
        return {search.id: number for number, search in self.items}

    def at(self, number: int) -> SavedSearch | None:
        """Search number N, if there is one."""
        return next((s for n, s in self.items if n == number), None)

    def find(self, search_id: int) -> tuple[int, SavedSearch] | None:
        """(number, search) of the search with this id, if it is one of these."""
        return next(((n, s) for n, s in self.items if s.id == search_id), None)

    def by_id(self, search_id: int) -> SavedSearch | None:
        """The search with this id, if it is one of these."""
        found = self.find(search_id)
        return found[1] if found else None

    def labels(self, search_ids: Sequence[int]) -> list[str]:
        """'#1', '#3' for those of the ids that are among these, in list order."""
        return [f"#{number}" for number, search in self.items if search.id in search_ids]
