"""Plain text from a new user's probe (probe25): clear intents get their command, never an
/add of the words; an /add tip carries no greeting, no trailing punctuation and nothing /add
refuses."""

from __future__ import annotations

import pytest

from core.chat.commands import Answer, Help, Invalid, ListSearches, Start
from core.chat.parsing import NO_QUESTION, parse_command
from core.errors import QueryError
from core.matching import parse_query


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        # "remove 2", "delete 3": the /remove question at once (test_chat31_plain).
        ("set my timezone to berlin", "/tz berlin"),  # was "/add set timezone berlin"
        ("change my time zone to New York", "/tz new york"),
        ("my timezone is CET", "/tz cet"),
        ("set timezone berlin", "/tz berlin"),
        ("change my time to 7am", "/time 7am"),  # was "/add change 7am"
        ("set my digest time to 7:30", "/time 7:30"),
        ("pause 1", "/pause 1"),
        ("resume search 1", "/resume 1"),
    ],
)
def test_a_clear_intent_is_told_its_command(typed: str, command: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Answer), said
    assert said.text == f"Did you mean {command}? Send it with the slash."
    assert "/add" not in said.text


@pytest.mark.parametrize(
    "typed",
    ["how many searches do I have", "how many searches do i have?", "what are my searches"],
)
def test_asking_for_the_searches_lists_them(typed: str) -> None:
    assert parse_command(typed) == ListSearches()  # was the whole /help add text


@pytest.mark.parametrize(
    "typed",
    [
        "remote golang",  # a search, not /remove
        "remover berlin",
        "change management consultant",
        "time series analyst",
    ],
)
def test_near_misses_stay_searches(typed: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Invalid)
    assert said.message.startswith("To save that as a search, send /add ")


@pytest.mark.parametrize("typed", ["how do I remove a search?", "delete", "remove"])
def test_removing_with_no_number_is_told_how(typed: str) -> None:
    assert parse_command(typed) == Help("remove")  # "remove" was "send /add remove"


@pytest.mark.parametrize("typed", ["the", "the of", "and"])
def test_no_add_tip_that_add_refuses(typed: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Invalid)
    assert "/add the" not in said.message and "/add and" not in said.message  # was "/add the"
    tip = said.message.split("e.g. ", 1)[1].split(" — ")[0]
    assert tip.startswith("/add ")
    parse_query(tip.removeprefix("/add "))  # the example is one /add takes
    with pytest.raises(QueryError):
        parse_query(typed)


@pytest.mark.parametrize(
    ("typed", "tip"),
    [
        ("hola, busco trabajo de electricista en barcelona", "/add electricista barcelona"),
        ("nurse?", "/add nurse"),
        ("hi! nurse in berlin?!", "/add nurse berlin"),
        ("Hello, I'm looking for backend engineer python.", "/add backend engineer python"),
        ("c++ developer?", "/add c++ developer"),
    ],
)
def test_the_add_tip_has_no_greeting_or_trailing_punctuation(typed: str, tip: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Invalid)
    assert said.message.startswith(f"To save that as a search, send {tip} —"), said.message


@pytest.mark.parametrize(
    ("typed", "tip"),
    [("c#", "/add c#"), ("c++", "/add c++"), (".net developer", "/add .net developer")],
)
def test_a_skills_punctuation_stays(typed: str, tip: str) -> None:
    said = parse_command(typed)
    assert isinstance(said, Invalid)
    assert said.message.startswith(f"To save that as a search, send {tip} —"), said.message


@pytest.mark.parametrize("typed", ["2", "#3"])
def test_a_bare_number_is_no_search(typed: str) -> None:
    assert parse_command(typed) == Answer(NO_QUESTION)  # was "send /add 2", which /add refuses


def test_a_greeting_alone_still_greets() -> None:
    assert parse_command("hola!") == Start()
