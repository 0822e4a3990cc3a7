"""One job, one entry: postings of the same job on several sources fold into the best-ranked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from core.model import StoredMatch
from core.ports import PostingReader

Item = TypeVar("Item")

_WORD = re.compile(r"[^\W_]+(?:[+#]+|\.net)?")
_COMPANY_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "corp", "corporation",
        "co", "company", "plc", "sa", "sas", "bv", "nv", "oy", "ab", "as", "srl", "pty", "se",
        "the", "hq", "technologies", "group", "labs",
    }
)  # fmt: skip


def company_key(company: str) -> str:
    """A company name folded for comparison ('' for none): 'Acme, Inc.' and 'ACME' are one."""
    # Mutes, 👍/👎 and postings' dup_key are stored under it (the same-job check blocks on
    # it): a change to it needs a migration that re-keys them (core/store/migrations.py).
    folded = unicodedata.normalize("NFKD", company.casefold())
    words = _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    return " ".join([w for w in words if w not in _COMPANY_SUFFIXES] or words)


def fold(
    items: Sequence[Item], posting_id: Callable[[Item], str], roots: Mapping[str, str]
) -> list[tuple[Item, list[Item]]]:
    """Each job's first item in order, with the later items of the same job."""
    groups: dict[str, tuple[Item, list[Item]]] = {}
    for item in items:
        pid = posting_id(item)
        root = roots.get(pid, pid)
        if root in groups:
            groups[root][1].append(item)
        else:
            groups[root] = (item, [])
    return list(groups.values())


async def one_per_job(store: PostingReader, matches: Sequence[StoredMatch]) -> list[StoredMatch]:
    """Matches with the same job's other postings folded in: their searches and ids kept."""
    return fold_jobs(matches, await store.job_roots([match.posting.id for match in matches]))


def fold_jobs(matches: Sequence[StoredMatch], roots: Mapping[str, str]) -> list[StoredMatch]:
    """Matches folded one per job, given the original of each linked posting."""
    if not roots:
        return list(matches)
    return [
        replace(
            first,
            search_ids=tuple(sorted({sid for m in (first, *rest) for sid in m.search_ids})),
            folded=first.folded + tuple(m.posting.id for m in rest),
        )
        if rest
        else first
        for first, rest in fold(matches, lambda m: m.posting.id, roots)
    ]
