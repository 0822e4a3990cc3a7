"""A UK nurse's probe of the chat: "ta" is thanks, "near me" asks for the place, a word not known
is named."""

from __future__ import annotations

import pytest

from core.chat.commands import Acknowledge, Invalid
from core.chat.parsing import parse_command
from core.matching import parse_query
from core.matching.query.parse import unknown_words


def test_ta_is_thanks() -> None:
    assert parse_command("ta") == Acknowledge(thanks=True)  # was read as Dazhou, China


def test_near_me_asks_for_the_place_and_keeps_the_search() -> None:
    said = parse_command("nhs jobs near me")
    assert isinstance(said, Invalid)
    assert 'I left "near me" out: I can\'t tell where you are' in said.message
    assert "send /add nhs and the place" in said.message


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("gnissab nurse", "I don't know these words as a job title or skill: gnissab"),
        ("nurse", ""),
        ("doula", ""),  # a job title known, if rare
        ("rmn nurse", ""),  # now known: mental health nurse
    ],
)
def test_an_unknown_title_word_is_named(query: str, said: str) -> None:
    assert unknown_words(parse_query(query)).startswith(said)
    assert bool(unknown_words(parse_query(query))) == bool(said)
