"""Plain text in the chat from a new user's probe: a paragraph's tip is the /add of what was
understood, a leading "add" or "search" is no search word, greetings in other languages greet."""

from __future__ import annotations

import pytest

from core.chat.commands import Answer, Invalid, Start
from core.chat.parsing import parse_command
from core.errors import QueryError
from core.matching import parse_query

PARAGRAPH = (
    "I'm a senior backend engineer with 8 years of python and go, looking for remote work where "
    "I can grow, learn new things and help a friendly team ship great products to happy "
    "customers every day"
)


def test_a_paragraph_is_told_the_add_of_what_was_understood() -> None:
    said = parse_command(PARAGRAPH)
    assert isinstance(said, Invalid)
    # was: title "senior engineer" and the tip "/add senior engineer", skills and remote lost
    assert 'I understood: title "senior backend engineer" · skills Python, Go · remote' in (
        said.message
    )
    assert said.message.endswith(
        "To save a search, send /add with the job in a few words: "
        "/add senior backend engineer python go remote"
    )
    tip = said.message.rsplit("/add ", 1)[1]
    read = 'title "senior backend engineer" · skills Python, Go · remote'
    assert parse_query(tip).describe() == read


def test_the_refusal_carries_the_search_understood() -> None:
    with pytest.raises(QueryError) as refused:
        parse_query(PARAGRAPH)
    assert refused.value.retry == "senior backend engineer python go remote"


@pytest.mark.parametrize(
    "typed",
    [
        "add backend engineer python",  # was "send /add add backend engineer python"
        "search backend engineer python",
        "search for backend engineer python",
        "looking for backend engineer python",
        "I'm looking for backend engineer python",
        "save backend engineer python",
    ],
)
def test_a_leading_add_or_search_is_no_search_word(typed: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Invalid)
    assert said.message.startswith("To save that as a search, send /add backend engineer python —")


def test_add_alone_says_how_to_add() -> None:
    said = parse_command("add")
    assert isinstance(said, Answer)
    assert "send /add QUERY" in said.text


@pytest.mark.parametrize(
    "typed",
    ["Bonjour", "bonjour!", "Hola", "Ciao", "Guten Tag", "buenos días", "Olá", "Привет", "Hej"],
)
def test_greetings_in_common_languages_greet(typed: str) -> None:
    assert parse_command(typed) == Start()  # "Bonjour" was "send /add Bonjour"


def test_a_search_beside_a_greeting_word_stays_a_search() -> None:
    said = parse_command("entwickler berlin")
    assert isinstance(said, Invalid)
    assert "/add entwickler berlin" in said.message
