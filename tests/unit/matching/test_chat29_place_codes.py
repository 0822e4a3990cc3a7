"""The echo of a place written as its code names the code ("I read "tx" as Texas, a US state"),
so the person sees which word became the place (probe 24: "I read a place as Texas")."""

from __future__ import annotations

import pytest

from core.matching import parse_query


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("nurse tx", 'I read "tx" as Texas, a US state'),
        ("program manager in md", 'I read "md" as Maryland, a US state'),
        ("nurse nj", 'I read "nj" as New Jersey, a US state'),
        ("nurse in pr", 'I read "pr" as Puerto Rico, a US territory'),
    ],
)
def test_a_place_code_is_named_in_the_echo(query: str, note: str) -> None:
    assert parse_query(query).notes == (note,)


@pytest.mark.parametrize(
    ("query", "note"),
    # Traps: a place written out says its name as before.
    [("columbus oh nurse", "I read a place as Columbus, Ohio, a city in Ohio, United States"),
     ("nurse texas", 'I read "texas" as a US state'),
     ("nurse ulm", 'I read "ulm" as a city in Germany')],
)  # fmt: skip
def test_a_place_written_out_is_echoed_as_before(query: str, note: str) -> None:
    assert parse_query(query).notes == (note,)
