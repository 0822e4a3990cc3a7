"""The index over open postings saved as bytes, and read back as a skeleton that finds
candidates without holding a single posting.

Building the index analyses every open posting (about a millisecond each with a
description): a one-off process (``concierge search``) cannot afford that per run. The
snapshot keeps what the index bounds scores with (per slot: title group, skill set, title
shape and posting id; per group and skill set: the posting lists; per title shape: one
posting's analysed features) — not the postings nor their features. A skeleton read back
returns the ids of the postings whose best possible score reaches a query's bar, which the
caller reads from the store and scores exactly (``rank``): the result equals ranking every
open posting. The bytes carry the posting change cursor they reflect and a fingerprint of the
matching code and vocabulary that made them; a snapshot of another, or damaged, reads as None.
No pickle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import Any, cast

import numpy as np

from core.matching import meaning
from core.matching.features import Features
from core.matching.postings_index import PostingIndex, TitleParts
from core.matching.prefilter import Floats, Ints, PostingLists
from core.matching.query import ParsedQuery
from core.matching.scoring import Compiled, compile_query, threshold_for
from core.model import Posting, Sensitivity

MAGIC = b"posting-index-snapshot 1\n"
_NOT_VOCABULARY = frozenset(["job_titles.txt", "title_model.npz", "ATTRIBUTION.md"])
_LISTS = ("_shared", "_explainable", "_skills")


@cache
def analysis_version() -> str:
    """A fingerprint of what decides a snapshot's content: the matching code (analysis,
    index, scoring) and the vocabulary."""
    digest = hashlib.blake2b(digest_size=16)
    package = resources.files("core.matching")
    files = sorted(
        (item for item in package.iterdir() if item.name.endswith(".py")),
        key=lambda item: item.name,
    )
    files += sorted(
        (item for item in package.joinpath("data").iterdir() if item.name not in _NOT_VOCABULARY),
        key=lambda item: item.name,
    )
    for item in files:
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()


def encode(index: PostingIndex, cursor: int, shapes: list[str] | None = None) -> bytes:
    """The snapshot of a full index, as of a posting change cursor.

    shapes: the title shapes encoded by an earlier call on the same index, extended here
    (shapes are only ever added to an index, never changed).
    """
    shapes = [] if shapes is None else shapes
    shapes.extend(json.dumps(_plain(f)) for f in index._shape_rep[len(shapes) :])
    size = len(index._postings)
    groups = len(index._group_keys)
    ids = [p.id if p is not None else "" for p in index._postings]
    titles = [p.title if p is not None else "" for p in index._postings]
    sections: list[tuple[str, bytes]] = [
        ("ids", "\n".join(ids).encode()),
        ("group", index._group[:size].astype("<i8").tobytes()),
        ("skillset", index._skillset[:size].astype("<i8").tobytes()),
        ("shape", index._shape[:size].astype("<i8").tobytes()),
        ("members", index._members[:groups].astype("<i8").tobytes()),
        ("own", index._own[:groups].astype("<f8").tobytes()),
        ("no_weight", index._no_weight[:groups].astype("u1").tobytes()),
        ("skillsets", json.dumps([sorted(keys) for keys in index._skillsets]).encode()),
        ("shapes", "\n".join(shapes).encode()),
        ("titles", json.dumps(titles).encode()),
    ]
    for name in _LISTS:
        lists: PostingLists = getattr(index, name)
        keys, offsets, items, weights = [], [0], [], []
        for key, ids_of, weights_of in lists.arrays():
            keys.append(key)
            offsets.append(offsets[-1] + len(ids_of))
            items.append(ids_of)
            weights.append(weights_of)
        sections += [
            (name + ".keys", "\n".join(keys).encode()),
            (name + ".offsets", np.array(offsets, dtype="<i8").tobytes()),
            (name + ".ids", _joined(items, "<i8")),
            (name + ".weights", _joined(weights, "<f8")),
        ]
    header = {
        "version": analysis_version(),
        "cursor": cursor,
        "slots": size,
        "groups": groups,
        "sections": [[name, len(data)] for name, data in sections],
    }
    return b"".join([MAGIC, json.dumps(header).encode(), b"\n"] + [data for _, data in sections])


class IndexSkeleton(PostingIndex):
    """An index read back from a snapshot: candidates only (no posting is held)."""

    def __init__(self, cursor: int, ids: list[str], parts: dict[str, bytes], header: Any) -> None:
        """Set the bounding arrays and lists from a snapshot's parts (see decode)."""
        super().__init__()
        self.cursor = cursor
        self._ids = ids
        self._postings = [None] * len(ids)
        self._group = _ints(parts["group"])
        self._skillset = _ints(parts["skillset"])
        self._shape = _ints(parts["shape"])
        self._members = _ints(parts["members"])
        self._own = np.frombuffer(parts["own"], dtype="<f8").astype(np.float64)
        self._no_weight = np.frombuffer(parts["no_weight"], dtype="u1").astype(np.bool_)
        # Only their count is read for candidates: the keys stay in the lists.
        self._group_keys = [cast(Any, None)] * int(header["groups"])
        skillsets = json.loads(parts["skillsets"])
        self._skillsets = {frozenset(keys): at for at, keys in enumerate(skillsets)}
        self._shape_rep = cast("list[Features]", _LazyFeatures(parts["shapes"]))
        for name in _LISTS:
            keys = parts[name + ".keys"].decode().split("\n") if parts[name + ".keys"] else []
            offsets = _ints(parts[name + ".offsets"])
            items = _ints(parts[name + ".ids"])
            weights = np.frombuffer(parts[name + ".weights"], dtype="<f8").astype(np.float64)
            arrays = (
                (key, items[offsets[k] : offsets[k + 1]], weights[offsets[k] : offsets[k + 1]])
                for k, key in enumerate(keys)
            )
            setattr(self, name, PostingLists.from_arrays(arrays))
        self._where: dict[str, int] | None = None
        self._slot_titles: list[str] = json.loads(parts["titles"])
        self._embedded = False  # the titles' vectors are worked out for the first loose search

    @classmethod
    def decode(cls, data: bytes) -> IndexSkeleton | None:
        """The skeleton of a snapshot; None when another analysis version made it, or the
        bytes are not a snapshot (damaged, cut short)."""
        if not data.startswith(MAGIC):
            return None
        try:
            end = data.index(b"\n", len(MAGIC))
            header = json.loads(data[len(MAGIC) : end])
            if header["version"] != analysis_version():
                return None
            parts: dict[str, bytes] = {}
            at = end + 1
            for name, length in header["sections"]:
                parts[str(name)] = data[at : at + int(length)]
                at += int(length)
            if at != len(data):
                return None
            ids = parts["ids"].decode().split("\n") if int(header["slots"]) else []
            skeleton = cls(int(header["cursor"]), ids, parts, header)
        except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
            return None
        slots = len(ids)
        arrays = (skeleton._group, skeleton._skillset, skeleton._shape)
        if any(len(array) != slots for array in arrays):
            return None
        return skeleton

    def _cosines(self, cq: Compiled) -> Floats:
        """PostingIndex._cosines, the open postings' titles embedded on first use."""
        if not self._embedded:
            rows = [self._titles.add(title) for title in self._slot_titles]
            self._title_row = np.array(rows, dtype=np.intp)
            self._title_row[self._group < 0] = -1
            self._embedded = True
        return super()._cosines(cq)

    def put(self, posting: Posting, analysed: Features | None = None) -> None:
        """A skeleton holds no postings: changed ones are scored by the caller."""
        raise TypeError("an index skeleton takes no postings")

    def drop(self, posting_id: str) -> None:
        """Leave a posting out of the candidates (changed or closed since the snapshot)."""
        if self._where is None:
            self._where = {pid: slot for slot, pid in enumerate(self._ids) if pid}
        slot = self._where.pop(posting_id, None)
        if slot is not None and self._group[slot] >= 0:
            self._members[self._group[slot]] -= 1
            self._group[slot] = -1
            if self._embedded:
                self._title_row[slot] = -1

    def __len__(self) -> int:
        """Number of open postings in the snapshot (less those dropped since)."""
        return int(np.count_nonzero(self._group >= 0))

    def search(
        self,
        query: ParsedQuery,
        sensitivity: Sensitivity = "normal",
        limit: int | None = None,
        explain: bool = True,
        among: Callable[[Posting], bool] | None = None,
        titles: TitleParts | None = None,
    ) -> Any:
        """A skeleton cannot score: see candidate_ids."""
        raise TypeError("an index skeleton holds no postings to score: use candidate_ids")

    def candidate_ids(self, query: ParsedQuery, sensitivity: Sensitivity) -> list[str]:
        """The ids of the postings whose best possible score reaches the bar, by slot:
        every posting that passes is among them."""
        if query.or_titles:
            found = {i for v in query.variants() for i in self.candidate_ids(v, sensitivity)}
            return [i for i in self._ids if i in found]
        cq = compile_query(query)
        slots, _ = self._candidates(cq, threshold_for(sensitivity))
        if sensitivity == "loose" and query.title:  # and the titles near in meaning
            slots = np.union1d(slots, np.flatnonzero(self._cosines(cq) >= meaning.RELATED_COSINE))
        ids = self._ids
        return [ids[slot] for slot in np.sort(slots).tolist()]


def _plain(f: Features) -> list[Any]:
    """Features as JSON values, field by field (sets sorted)."""
    out: list[Any] = []
    for field in fields(f):
        value = getattr(f, field.name)
        out.append(sorted(value) if isinstance(value, frozenset) else value)
    return out


_MAKE = {
    field.name: (
        frozenset
        if str(field.type).startswith("frozenset")
        else tuple
        if str(field.type).startswith("tuple")
        else None
    )
    for field in fields(Features)
}


def _features(values: Sequence[Any]) -> Features:
    """Features back from _plain's values."""
    made: dict[str, Any] = {}
    for (name, make), value in zip(_MAKE.items(), values, strict=True):
        made[name] = make(value) if make is not None else value
    return Features(**made)


class _LazyFeatures(Sequence[Features]):
    """Per title shape, its representative's features, decoded when first read."""

    def __init__(self, data: bytes) -> None:
        self._lines = data.decode().split("\n") if data else []
        self._made: dict[int, Features] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, at: Any) -> Any:
        found = self._made.get(at)
        if found is None:
            found = self._made[at] = _features(json.loads(self._lines[at]))
        return found

    def __iter__(self) -> Iterator[Features]:
        return (self[at] for at in range(len(self)))


def _joined(arrays: Collection[np.ndarray], dtype: str) -> bytes:
    """Arrays end to end, as little-endian bytes."""
    if not arrays:
        return b""
    return np.concatenate(list(arrays)).astype(dtype).tobytes()


def _ints(data: bytes) -> Ints:
    """Little-endian 64-bit integers as a writable intp array."""
    return np.frombuffer(data, dtype="<i8").astype(np.intp)
