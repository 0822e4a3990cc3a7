"""The command registry is the one table parsing, /help, menus and the shared-chat rule read."""

from __future__ import annotations

import pytest

from adapters.telegram.identity import group_refusal
from core.api import check_query
from core.chat import texts
from core.chat.commands import Invalid, ListSearches, SetSensitivity, ShowSettings
from core.chat.parsing import parse_command
from core.chat.registry import COMMANDS, CommandSpec, help_text, lookup, menu, shared_change
from core.chat.replies import ErrorText
from core.chat.service import Concierge
from core.model import Actor, SubscriberKey

CHANNEL = SubscriberKey("slack", "T1", "", "C1")
MEMBER = Actor("U2", is_admin=False)
ARGUMENTS = {
    "add": "python",
    "time": "08:00",
    "tz": "berlin",
    "frequency": "daily",
    "alerts": "on",
    "quiet": "off",
    "like": "1",
    "hide": "1",
    "mute": "1",
    "unmute": "1",
    "remove": "1",
    "pause": "1",
    "resume": "1",
    "sensitivity": "1 loose",
    "share": "1",
    "import": "/add python",
    "explore": "backend python",
}


@pytest.mark.parametrize("spec", COMMANDS, ids=lambda s: s.name)
def test_every_name_and_alias_parses_to_its_commands(spec: CommandSpec) -> None:
    assert spec is lookup(spec.name)
    for word in (spec.name, *spec.aliases):
        command = parse_command(f"/{word.upper()} {ARGUMENTS.get(spec.name, '')}")
        assert isinstance(command, spec.kinds), (word, command)


def test_help_and_menu_are_read_from_the_table() -> None:
    assert help_text() == texts.HELP
    assert menu() == texts.COMMAND_MENU
    assert [name for name, _ in menu()] == [s.name for s in COMMANDS if s.menu]
    assert all(lookup(name) is not None for name, _ in menu())


async def test_every_command_has_a_handler_in_a_map_built_once(service: Concierge) -> None:
    handlers = service._handlers
    kinds = {kind for spec in COMMANDS if spec.name != "sources" for kind in spec.kinds}
    assert kinds | {Invalid} <= set(handlers)  # /sources is handled when a source store is
    await service.handle(CHANNEL, ListSearches())
    assert service._handlers is handlers


@pytest.mark.parametrize("spec", [s for s in COMMANDS if s.shared], ids=lambda s: s.name)
async def test_the_shared_flag_is_the_one_admin_rule(service: Concierge, spec: CommandSpec) -> None:
    command = parse_command(f"/{spec.name} {ARGUMENTS.get(spec.name, '')}")
    assert shared_change(command) == spec.shared
    reply = await service.handle(CHANNEL, command, MEMBER)
    assert reply == (
        ErrorText(
            f"Only an admin of this chat can {spec.shared}. "
            "Everyone here can use /list, /jobs, /settings, /muted and /help."
        ),
    )
    # Telegram words its refusal for groups itself, but asks the same table which commands.
    assert spec.shared in group_refusal(f"/{spec.name}@ConciergeBot")


@pytest.mark.parametrize("command", [ListSearches(), ShowSettings(), SetSensitivity(1, "loose")])
def test_reading_and_per_search_commands_are_not_shared_changes(command: object) -> None:
    assert shared_change(command) == ""
    assert group_refusal("/list@ConciergeBot") == ""


def test_check_query_says_what_it_understood_or_why_not() -> None:
    assert check_query("senior python remote").ok
    assert "python" in check_query("senior python remote").understood.lower()
    assert not check_query("   ").ok
    too_long = check_query("a" * 301)
    assert too_long.too_long and not too_long.ok
