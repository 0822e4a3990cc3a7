"""A person's saved searches as they see them: numbered from 1 in list order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from core.errors import UserError
from core.model import SavedSearch

_NAMED = 5  # searches a bare /pause names, to pick from


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

    def pick(self, number: int, verb: str, then: str = "") -> tuple[int, SavedSearch]:
        """Search number N of /list for /VERB N (0: N was not given; then: what follows N in
        the command, e.g. " strict|normal|loose"), or why there is none."""
        if not self.items:
            raise UserError(f"You have no saved searches to {verb}. /add one first.")
        if number == 0:
            named = ", ".join(f'#{n} "{_short(s.raw_text)}"' for n, s in self.items[:_NAMED])
            more = ", …" if len(self.items) > _NAMED else ""
            raise UserError(
                f"Which search? Send /{verb} N{then}, with N from /list: {named}{more}."
            )
        if not 1 <= number <= len(self.items):
            have = "one search (#1)" if len(self.items) == 1 else f"{len(self.items)} searches"
            shown = f"#{number}" if number < 10**6 else "with that number"
            raise UserError(f"There is no search {shown} — you have {have}. /list shows them.")
        return number, self.items[number - 1][1]


def _short(text: str, limit: int = 40) -> str:
    """A search's wording cut for naming it in one line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
