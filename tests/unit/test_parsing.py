"""Text → command parsing, shared by every platform."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.chat.commands import (
    AddSearch,
    Cancel,
    Feedback,
    Help,
    Invalid,
    ListSearches,
    MuteCompany,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SendDigest,
    SetAlerts,
    SetDigestTime,
    SetFrequency,
    SetQuietHours,
    SetSensitivity,
    SetTimezone,
    ShowJobs,
    ShowMore,
    ShowMuted,
    ShowSettings,
    Start,
    Unmute,
)
from core.chat.parsing import MAX_QUERY_LENGTH, clean_text, parse_command, reads_as_command


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/start", Start()),
        ("/help", Help("")),
        ("/help add", Help("add")),
        ("/HELP /add", Help("add")),
        ("/list", ListSearches()),
        ("/searches", ListSearches()),
        ("/jobs", ShowJobs()),
        ("/cancel", Cancel()),
        ("/add senior backend python", AddSearch("senior backend python")),
        ("/add@JobConciergeBot  go  k8s ", AddSearch("go k8s")),
        ("/remove 2", RemoveSearch(2)),
        ("/remove #3", RemoveSearch(3)),
        ("/delete 1", RemoveSearch(1)),
        ("/pause 1", PauseSearch(1)),
        ("/resume 4", ResumeSearch(4)),
        ("/sensitivity 1 strict", SetSensitivity(1, "strict")),
        ("/sensitivity 2 LOOSE", SetSensitivity(2, "loose")),
        ("/like 12", Feedback("up", 12, typed=True)),
        ("/hide #7", Feedback("down", 7, typed=True)),
        ("/mute 3", Feedback("mute", 3, typed=True)),
        ("/mute Tidewater", MuteCompany("Tidewater")),
        ("/mute #3", Feedback("mute", 3, typed=True)),
        ("/time 8am", SetDigestTime("8am")),
        ("/tz new york", SetTimezone("new york")),
        ("/frequency weekly mon", SetFrequency("weekly mon")),
        ("/alerts on", SetAlerts(True)),
        ("/quiet off", SetQuietHours("off")),
        ("/digest", SendDigest()),
        ("/more", ShowMore()),
        ("/settings", ShowSettings()),
        ("/time", ShowSettings()),  # a setting alone shows the settings
        ("/tz", ShowSettings()),
        ("/muted", ShowMuted()),
        ("/remove", RemoveSearch(0)),  # the service asks which, naming them, or says there are none
        ("/unmute Acme", Unmute("Acme")),
        ("/ remove 1", RemoveSearch(1)),  # a space after the slash (was "send /add / remove 1")
        ("  /  add go k8s", AddSearch("go k8s")),
    ],
)
def test_commands_parse(line: str, expected: object) -> None:
    assert parse_command(line) == expected


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("/remove 0", "numbered from 1"),
        ("/remove abc", "not a search number"),
        ("/remove -1", "not a search number"),
        ("/remove 1 2", "One search at a time"),
        ("/pause 3 4", "One search at a time"),
        ("/like 18 19", "One job at a time"),
        ("/pause ٣", "not a search number"),
        ("/add", "Tell me what to look for"),
        ("/add    ", "Tell me what to look for"),
        ("/frobnicate", "I don't know /frobnicate"),
        ("senior backend python", "/add senior backend python"),
        ("", "/help"),
        ("   \t ", "/help"),
        ("/sensitivity 1", "/sensitivity N strict|normal|loose"),
        ("/sensitivity 1 extreme", "not a sensitivity"),
        ("/like", "job number"),
        ("/hide x", "job number"),
        ("/alerts maybe", "/alerts on"),
        ("/", "Send /help"),  # a slash alone is no search to save
        ("/ ", "Send /help"),
    ],
)
def test_bad_input_is_explained(line: str, fragment: str) -> None:
    command = parse_command(line)
    assert isinstance(command, Invalid)
    assert fragment in command.message


def test_over_long_query_is_refused_with_the_cap() -> None:
    command = parse_command("/add " + "python " * 60)
    assert isinstance(command, Invalid)
    assert f"at most {MAX_QUERY_LENGTH}" in command.message


def test_a_query_of_exactly_the_cap_is_taken() -> None:
    query = ("python " * 60)[:MAX_QUERY_LENGTH]
    assert parse_command("/add " + query) == AddSearch(query.strip())
    refused = parse_command("/add " + query + "x")
    assert isinstance(refused, Invalid) and "at most" in refused.message
    assert "under" not in refused.message


def test_control_characters_are_dropped() -> None:
    assert clean_text("go\x00lang\x1b[31m  k8s\u200b\n") == "go lang [31m k8s"
    assert parse_command("/add python\x07 remote") == AddSearch("python remote")


def test_huge_numbers_do_not_overflow() -> None:
    command = parse_command("/remove " + "9" * 400)
    assert isinstance(command, RemoveSearch)
    assert command.number > 0


@given(st.text(max_size=500))
def test_any_text_parses_to_a_command(text: str) -> None:
    command = parse_command(text)
    if isinstance(command, AddSearch):
        assert command.query.strip()
        assert len(command.query) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("list", True),
        ("add golang", True),
        ("lsit", True),  # a slip: the core says which command was meant
        ("remvoe 2", True),
        ("edit 1 go", True),
        ("remote golang developer", False),  # a search, not a slip for /remove
        ("senior golang developer", False),
        ("🐍 python", False),
    ],
)
def test_words_without_a_slash_read_as_a_command_only_when_they_name_one(
    text: str, command: bool
) -> None:
    assert reads_as_command(text) is command
