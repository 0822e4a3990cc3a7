"""Vectorised posting lists: per-posting sums over many ids at once, with numpy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.intp]
Bools = npt.NDArray[np.bool_]


class PostingLists:
    """Inverted lists key -> {id: weight}; sums over a posting's keys come out as one array."""

    def __init__(self) -> None:
        """Start empty."""
        self._lists: dict[str, dict[int, float]] = {}
        self._arrays: dict[str, tuple[Ints, Floats]] = {}

    def add(self, key: str, item: int, weight: float = 1.0) -> None:
        """Set an id's weight under key."""
        self._lists.setdefault(key, {})[item] = weight
        self._arrays.pop(key, None)

    def discard(self, key: str, item: int) -> None:
        """Drop an id from key's list; unknown pairs are ignored."""
        bucket = self._lists.get(key)
        if bucket is None or bucket.pop(item, None) is None:
            return
        self._arrays.pop(key, None)
        if not bucket:
            del self._lists[key]

    def __contains__(self, key: object) -> bool:
        """Whether any id is listed under key."""
        return key in self._lists

    def _array(self, key: str) -> tuple[Ints, Floats] | None:
        found = self._arrays.get(key)
        if found is None:
            bucket = self._lists.get(key)
            if bucket is None:
                return None
            ids = np.fromiter(bucket.keys(), dtype=np.intp, count=len(bucket))
            weights = np.fromiter(bucket.values(), dtype=np.float64, count=len(bucket))
            found = self._arrays[key] = (ids, weights)
        return found

    def union(self, keys: Iterable[str]) -> Ints:
        """The ids listed under any of these keys, ascending, each once."""
        found = [a[0] for a in map(self._array, keys) if a is not None]
        if not found:
            return np.zeros(0, dtype=np.intp)
        return np.unique(np.concatenate(found)) if len(found) > 1 else np.sort(found[0])

    def mask(self, keys: Iterable[str], size: int) -> Bools:
        """For every id below size, whether it is listed under any of these keys."""
        found = np.zeros(size, dtype=np.bool_)
        for ids in (a[0] for a in map(self._array, keys) if a is not None):
            found[ids] = True
        return found

    def sums(self, keys: Iterable[tuple[str, float]], size: int) -> Floats:
        """For every id below size, the sum of weight x scale over the (key, scale) pairs."""
        ids: list[Ints] = []
        weights: list[Floats] = []
        for key, scale in keys:
            found = self._array(key)
            if found is not None:
                ids.append(found[0])
                weights.append(found[1] * scale if scale != 1.0 else found[1])
        if not ids:
            return np.zeros(size, dtype=np.float64)
        if len(ids) == 1:
            summed = np.bincount(ids[0], weights[0], minlength=size)
        else:
            summed = np.bincount(np.concatenate(ids), np.concatenate(weights), minlength=size)
        return summed.astype(np.float64, copy=False)

    def arrays(self) -> Iterator[tuple[str, Ints, Floats]]:
        """Every key with its ids and their weights (what from_arrays takes back)."""
        for key in self._lists:
            found = self._array(key)
            assert found is not None
            yield key, found[0], found[1]

    @classmethod
    def from_arrays(cls, arrays: Iterable[tuple[str, Ints, Floats]]) -> PostingLists:
        """Lists made from arrays, for reading: sums and union (add and discard need the
        lists, which are not made)."""
        made = cls()
        made._arrays = {key: (ids, weights) for key, ids, weights in arrays}
        return made
