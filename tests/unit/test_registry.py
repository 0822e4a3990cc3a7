"""The command registry is the one table parsing, /help, menus and the shared-chat rule read."""

from __future__ import annotations

import inspect
import re

import pytest

from adapters.telegram.identity import group_refusal
from core.api import check_query
from core.chat import texts
from core.chat.commands import AddSearch, Invalid, ListSearches, SetSensitivity, ShowSettings
from core.chat.parsing import parse_command
from core.chat.registry import (
    COMMANDS,
    CommandSpec,
    add_search,
    help_text,
    lookup,
    menu,
    route,
    shared_change,
)
from core.chat.replies import ErrorText, Text
from core.chat.service import Concierge, build_concierge
from core.model import Actor, SubscriberKey
from core.sources.commands import NO_SOURCES, ListSources
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, FakeClock

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
    "why": "1",
    "unmute": "1",
    "remove": "1",
    "edit": "1 python",
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


async def test_every_command_type_is_handled_by_the_method_its_row_names(
    service: Concierge,
) -> None:
    handlers = service._handlers
    owners = (
        handlers.searches,
        handlers.transfer,
        handlers.digests,
        handlers.sources,
        handlers.explore,
    )
    for kind in {kind for spec in COMMANDS for kind in spec.kinds} | {Invalid}:
        handler = route(kind.__new__(kind)).pick(handlers)
        assert getattr(handler, "__self__", None) in owners, kind
        assert kind.__name__ in str(inspect.signature(handler).parameters["command"]), kind
    await service.handle(CHANNEL, ListSearches())
    assert service._handlers is handlers  # built once, with the service


async def test_sources_without_a_source_store_say_so(store: SqliteStore, clock: FakeClock) -> None:
    service = await build_concierge(store, clock, admins={"console:alice"})
    assert await service.handle(ALICE, ListSources()) == (ErrorText(NO_SOURCES),)
    assert await service.handle(ALICE, parse_command("/sources poll acme")) == (
        ErrorText(NO_SOURCES),
    )


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


@pytest.mark.parametrize(
    ("topic", "shown"),
    [
        ("tz", texts.HELP_TZ),
        ("timezone", texts.HELP_TZ),
        ("/TZ", texts.HELP_TZ),
        ("add", texts.HELP_ADD),
        ("list", "/list — your saved searches, numbered"),
        ("rm", "/remove N — delete search N (N from /list)"),
        (
            "resume",
            "/pause N, /resume N — stop or restart matching search N (/pause all: every one)",
        ),
    ],
)
async def test_help_on_a_command_shows_its_help(service: Concierge, topic: str, shown: str) -> None:
    assert await service.handle_text(CHANNEL, f"/help {topic}") == (Text(shown),)


async def test_every_timezone_example_of_the_help_is_read(service: Concierge) -> None:
    examples = re.findall(r"/tz (\w[^,(\n]*?)(?=,| \(|\n|$)", texts.HELP_TZ)
    assert len(examples) == 7, examples
    for example in examples:
        [answer] = await service.handle_text(ALICE, f"/tz {example}")
        assert isinstance(answer, Text) and "Timezone set to" in answer.text, example


@pytest.mark.parametrize(
    ("role", "place", "saved"),
    [
        ("django developer", "London", "django developer London"),
        ("django developer", "New York", "django developer New York"),
        ("backend python", "Springfield", "backend python Springfield"),  # a GeoNames city
        ("backend python", "Fernhill", "backend python in Fernhill"),  # a place nobody knows
        ("backend", "Fernhill Bay", 'backend location:"Fernhill Bay"'),
        ("backend remote", "remote", "backend remote"),
        ("backend in berlin", "Berlin", "backend in berlin"),
        ("backend", "", "backend"),
    ],
)
def test_a_dialogs_place_is_read_as_a_place_and_never_doubled(
    role: str, place: str, saved: str
) -> None:
    assert add_search(role, place=place) == AddSearch(saved)
