"""A tip never names the specialty or sector a search asks for, nor its role, as the part to
drop (probe27: "cryptography engineer" and "web3 backend remote" were told "Tip: without
Cryptography/Crypto, …": the very work asked); it names the level, place, pay, a tool or loose
sensitivity, measured as before."""

from __future__ import annotations

from functools import cache

import pytest

from core.matching import PostingIndex, parse_query
from core.matching.tips import COUNTED, Gain, best_gain, relaxations
from core.postings.sample import sample_postings


@cache
def _index() -> PostingIndex:
    index = PostingIndex()
    for posting in sample_postings():
        index.put(posting)
    return index


def _count(query: object, sensitivity: str) -> tuple[int, bool]:
    found = _index().search(query, sensitivity, COUNTED, False)  # type: ignore[arg-type]
    return found.total, found.complete


def _gain(text: str) -> Gain | None:
    query = parse_query(text)
    return best_gain(query, "normal", _index().search(query, "normal").total, _count)


@pytest.mark.parametrize(
    "text",
    [
        "cryptography engineer",
        "senior cryptography engineer berlin",
        "web3 backend",
        "web3 backend python remote",
        "blockchain developer",
        "frontend engineer e-commerce",
    ],
)
def test_no_tip_drops_the_specialty_asked(text: str) -> None:
    query = parse_query(text)
    assert query.skills  # the specialty is read (a trap for a test that cannot fail)
    kinds = {r.kind for r in relaxations(query, "normal")}
    assert "specialty" not in kinds
    gain = _gain(text)
    assert gain is None or gain.kind != "specialty", gain


def test_the_specialty_stays_while_the_place_level_and_tools_go() -> None:
    parts = {
        (r.kind, r.part)
        for r in relaxations(parse_query("senior cryptography engineer python berlin"), "normal")
    }
    assert ("place", "Berlin") in parts
    assert ("level", "the senior level") in parts
    assert ("skill", "Python") in parts
    assert not any("Cryptography" in part for _, part in parts)


def test_a_tool_is_still_a_part_to_drop() -> None:
    gain = _gain("data engineer spark elixir")
    assert gain == Gain("skill", "Elixir", 9)


def test_no_relaxation_drops_the_title() -> None:
    for r in relaxations(parse_query("web3 backend python remote"), "normal"):
        assert r.query.title == ("backend",), r.kind
