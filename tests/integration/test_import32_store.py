"""Both stores: /edit's new words for a search (same id, state and sensitivity, logged for every
index) and /forget's deletion of a subscriber and everything of theirs."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import DuplicateSearchError
from core.matching import PARSER_VERSION, parse_query
from tests.conftest import ALICE, BOB, FakeClock


async def _add(store: Any, subscriber_id: int, raw: str, clock: FakeClock) -> Any:
    parsed = parse_query(raw).to_json()
    return await store.add_search(
        subscriber_id, raw, parsed, PARSER_VERSION, "loose", 25, clock.now()
    )


async def test_edit_search_keeps_the_row_and_logs_the_change(store: Any, clock: FakeClock) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    bob = await store.subscriber(BOB, clock.now())
    nurse = await _add(store, alice.id, "nurse", clock)
    teacher = await _add(store, alice.id, "teacher", clock)
    await store.set_search_active(alice.id, nurse.id, False)
    before = await store.search_change_cursor()
    midwife = parse_query("midwife").to_json()
    assert await store.edit_search(alice.id, nurse.id, "midwife", midwife, PARSER_VERSION)
    assert await store.search_change_cursor() > before  # every process's index follows it
    first, second = await store.searches(alice.id)
    assert (first.id, first.raw_text, first.active, first.sensitivity) == (
        nurse.id,
        "midwife",
        False,
        "loose",
    )
    assert second.raw_text == "teacher"
    with pytest.raises(DuplicateSearchError) as taken:
        await store.edit_search(alice.id, nurse.id, " Teacher ", midwife, PARSER_VERSION)
    assert taken.value.search_id == teacher.id
    assert not await store.edit_search(bob.id, nurse.id, "cook", midwife, PARSER_VERSION)
    assert (await store.searches(alice.id))[0].raw_text == "midwife"


async def test_forget_subscriber_deletes_theirs_alone(store: Any, clock: FakeClock) -> None:
    alice = await store.subscriber(ALICE, clock.now())
    bob = await store.subscriber(BOB, clock.now())
    mine = [(await _add(store, alice.id, raw, clock)).id for raw in ("nurse", "teacher")]
    theirs = await _add(store, bob.id, "nurse", clock)
    await store.mute_company(alice.id, "acme", "Acme", clock.now())
    await store.mute_company(bob.id, "acme", "Acme", clock.now())
    before = await store.search_change_cursor()
    assert sorted(await store.forget_subscriber(alice.id)) == sorted(mine)
    assert await store.search_change_cursor() >= before + 2  # each search logged as removed
    assert await store.searches(alice.id) == [] and await store.muted_companies(alice.id) == []
    assert [s.id for s in await store.searches(bob.id)] == [theirs.id]
    assert await store.muted_companies(bob.id) == [("acme", "Acme")]
    again = await store.subscriber(ALICE, clock.now())
    assert again.id != alice.id and not again.settings.timezone_set
