"""/explore in the one command table: parsing, /help, the menus and Slack's subcommand."""

from __future__ import annotations

from adapters.slack.listeners import command_text
from core.chat.commands import Explore, Invalid
from core.chat.parsing import parse_command
from core.chat.registry import help_text, menu


def test_explore_and_market_read_the_query_as_add_does() -> None:
    assert parse_command("/explore senior backend python") == Explore("senior backend python")
    assert parse_command("/MARKET golang k8s") == Explore("golang k8s")
    assert isinstance(parse_command("/explore"), Invalid)
    assert isinstance(parse_command("/explore " + "x" * 301), Invalid)


def test_help_menu_and_slack_name_it() -> None:
    assert "/explore QUERY — the market for a role now" in help_text()
    assert ("explore", "The market for a role, e.g. /explore backend python") in menu()
    assert parse_command(command_text("explore backend python")) == Explore("backend python")
