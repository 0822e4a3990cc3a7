"""Growable numpy columns with reusable slots: one slot per live item, read a column at a time."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt

Column = npt.NDArray[Any]
Rep = TypeVar("Rep")


class Columns:
    """Named columns of equal length; freed slots are reset to the defaults and reused."""

    def __init__(self, spec: dict[str, tuple[type[Any], Any]]) -> None:
        """Start empty: spec maps a column name to its dtype and default value.

        A default given as a tuple makes a column of that many values per slot (a 2-D array).
        """
        self._spec = spec
        self._arrays = {name: self._new(name, 64) for name in spec}
        self._free: list[int] = []
        self.size = 0  # slots ever used: every live slot is below

    def alloc(self) -> int:
        """A slot for a new item, its columns at their defaults."""
        if self._free:
            return self._free.pop()
        slot = self.size
        if slot == len(self._arrays[next(iter(self._arrays))]):
            for name in self._spec:
                grown = self._new(name, 2 * slot)
                grown[:slot] = self._arrays[name]
                self._arrays[name] = grown
        self.size += 1
        return slot

    def _new(self, name: str, length: int) -> Column:
        dtype, default = self._spec[name]
        if isinstance(default, tuple):
            return np.tile(np.array(default, dtype), (length, 1))
        return np.full(length, default, dtype)

    def release(self, slot: int) -> None:
        """Reset a slot to the defaults and keep it for the next alloc."""
        for name, (_, default) in self._spec.items():
            self._arrays[name][slot] = default
        self._free.append(slot)

    def set(self, slot: int, **values: Any) -> None:
        """Set some columns of one slot."""
        for name, value in values.items():
            self._arrays[name][slot] = value

    def __getitem__(self, name: str) -> Column:
        """A column over the used slots (a view: read it, don't keep it across changes)."""
        return self._arrays[name][: self.size]


class Interned(Generic[Rep]):
    """Small ids for distinct keys, each with a representative kept for evaluating it."""

    def __init__(self) -> None:
        """Start empty."""
        self._ids: dict[Hashable, int] = {}
        self.reps: list[Rep] = []

    def id(self, key: Hashable, rep: Rep) -> int:
        """The key's id, given a new one (remembering rep) the first time."""
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self.reps)
            self.reps.append(rep)
        return found
