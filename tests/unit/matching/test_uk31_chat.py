"""A UK nurse's probe of the chat: "ta" is thanks, "near me" asks for the place."""

from __future__ import annotations

from core.chat.commands import Acknowledge, Invalid
from core.chat.parsing import parse_command


def test_ta_is_thanks() -> None:
    assert parse_command("ta") == Acknowledge(thanks=True)  # was read as Dazhou, China


def test_near_me_asks_for_the_place_and_keeps_the_search() -> None:
    said = parse_command("nhs jobs near me")
    assert isinstance(said, Invalid)
    assert 'I left "near me" out: I can\'t tell where you are' in said.message
    assert "send /add nhs and the place" in said.message
