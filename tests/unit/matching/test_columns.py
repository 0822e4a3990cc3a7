"""The index's building blocks: growable columns, interned ids, posting lists."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.matching.columns import Columns, Interned
from core.matching.prefilter import PostingLists
from core.matching.vocab import fold


def test_columns_grow_reuse_freed_slots_and_reset_them() -> None:
    columns = Columns({"n": (np.intp, 7), "pair": (np.float64, (1.0, 2.0))})
    slots = [columns.alloc() for _ in range(100)]  # past the first capacity of 64
    assert slots == list(range(100)) and columns.size == 100
    columns.set(5, n=3, pair=(4.0, 5.0))
    assert columns["n"][5] == 3 and list(columns["pair"][5]) == [4.0, 5.0]
    assert columns["n"][99] == 7 and list(columns["pair"][99]) == [1.0, 2.0]
    columns.release(5)
    assert columns["n"][5] == 7 and list(columns["pair"][5]) == [1.0, 2.0]
    assert columns.alloc() == 5 and columns.size == 100


def test_interned_ids_are_stable_and_keep_the_first_representative() -> None:
    interned: Interned[str] = Interned()
    assert interned.id(("a",), "first") == 0
    assert interned.id(("b",), "second") == 1
    assert interned.id(("a",), "later") == 0
    assert interned.reps == ["first", "second"]


def test_posting_lists_union_and_sums() -> None:
    lists = PostingLists()
    lists.add("x", 3, 2.0)
    lists.add("x", 1, 1.0)
    lists.add("y", 3, 5.0)
    assert lists.union(["x", "y", "missing"]).tolist() == [1, 3]
    assert lists.union(["missing"]).tolist() == []
    assert lists.sums([("x", 1.0), ("y", 2.0)], 4).tolist() == [0.0, 1.0, 0.0, 12.0]
    lists.discard("x", 3)
    assert lists.union(["x"]).tolist() == [1]


@given(
    st.dictionaries(st.sampled_from("abcd"), st.sets(st.integers(0, 9), min_size=1)),
    st.lists(st.sampled_from("abcde")),
)
def test_posting_lists_mask_marks_the_union(lists: dict[str, set[int]], keys: list[str]) -> None:
    made = PostingLists()
    for key, ids in lists.items():
        for i in ids:
            made.add(key, i)
    mask = made.mask(keys, 10)
    assert mask.dtype == np.bool_ and np.flatnonzero(mask).tolist() == made.union(keys).tolist()


@given(st.text())
def test_fold_takes_a_shortcut_only_where_it_changes_nothing(text: str) -> None:
    import unicodedata

    from core.matching.vocab import _DASHES

    slow = unicodedata.normalize("NFKD", text.translate(_DASHES))
    slow = "".join(c for c in slow if not unicodedata.combining(c)).lower()
    assert fold(text) == slow
