"""Concierge handles commands only: cards, numbered searches and digest bookkeeping live apart."""

from __future__ import annotations

import ast
from pathlib import Path

from core.chat.service import Concierge
from core.model import SubscriberKey
from core.searches.numbered import NumberedSearches
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
KEY = SubscriberKey("console", "", "ann", "ann")


def _calls_to(name: str) -> set[str]:
    """The core files that call a function of this name."""
    found = set()
    for path in sorted((ROOT / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == name:
                found.add(path.relative_to(ROOT).as_posix())
    return found


def test_stored_matches_become_cards_in_one_place() -> None:
    assert _calls_to("card") == {"core/chat/cards.py"}
    assert _calls_to("with_reasons") == {"core/chat/cards.py"}


def test_a_card_is_explained_in_one_pass() -> None:
    """with_reasons explains a card once per search, for its reasons and what others found."""
    tree = ast.parse((ROOT / "core/searches/stored.py").read_text(encoding="utf-8"))
    explaining = {
        f.name: sum(
            isinstance(n, ast.Call) and getattr(n.func, "id", "") == "explained"
            for n in ast.walk(f)
        )
        for f in tree.body
        if isinstance(f, ast.FunctionDef)
    }
    assert {name: n for name, n in explaining.items() if n} == {"with_reasons": 1, "ranked": 1}


async def test_numbered_searches_map_numbers_and_ids(service: Concierge) -> None:
    for text in ("/add python backend", "/add golang berlin", "/add rust remote"):
        await service.handle_text(KEY, text)
    subscriber = await service._store.subscriber(KEY, service._clock.now())
    searches = NumberedSearches.of(await service._store.searches(subscriber.id))
    first, second, third = searches.searches
    assert len(searches) == 3 and searches.at(2) == second and searches.at(4) is None
    assert searches.numbers == {first.id: 1, second.id: 2, third.id: 3}
    assert searches.find(third.id) == (3, third)
    assert searches.labels([third.id, first.id]) == ["#1", "#3"]
    assert list(searches.only(second.id)) == [(2, second)]


async def test_a_message_resumes_paused_deliveries_through_the_digests(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    subscriber = await store.subscriber(KEY, clock.now())
    await store.pause_deliveries(subscriber.id, "blocked")
    paused = await store.subscriber(KEY, clock.now())
    assert paused.settings.delivery_paused == "blocked"
    resumed = await service.digests.note_activity(paused, clock.now())
    assert resumed.settings.delivery_paused == ""
    assert resumed.settings.next_digest_at is not None
    assert (await store.subscriber(KEY, clock.now())).settings == resumed.settings
