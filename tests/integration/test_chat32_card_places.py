"""A card's place in the last list (/why 4, /like 4, /hide 4, /mute 4) survives a restart:
the places are in the store, one row a person, bounded, gone with the person."""

from __future__ import annotations

import re

from core.chat.service import build_concierge
from core.ports.pages import MAX_SHOWN_PLACES as MAX_PLACES
from core.postings.sample import sample_postings
from tests.conftest import FakeClock, open_test_store
from tests.integration.test_console_transfer import chat


def _card_jobs(shown: str) -> dict[int, int]:
    """Each card's place → its job number, as the terminal printed them."""
    places = [int(n) for n in re.findall(r"^(\d+)\. ", shown, re.MULTILINE)]
    jobs = [int(n) for n in re.findall(r"^   job #(\d+)", shown, re.MULTILINE)]
    return dict(zip(places, jobs, strict=True))


async def test_a_cards_place_is_read_after_a_restart(database_url: str, clock: FakeClock) -> None:
    store = await open_test_store(database_url)
    try:
        service = await build_concierge(store, clock)
        await service.intake.record(sample_postings())
        await chat(service, "/add senior backend engineer")
        listed = (await chat(service, "/jobs")).split("Your best matches now:")[-1]
        await service.settle()
    finally:
        await store.close()
    cards = _card_jobs(listed)
    assert 4 in cards and cards[4] != 4, listed
    store = await open_test_store(database_url)  # a new store and service: the bot restarted
    try:
        after = await chat(await build_concierge(store, clock), "/why 4", "/hide 4")
        assert f"Card 4 of your last list is job #{cards[4]}" in after, after
        assert f"Why job #{cards[4]} " in after, after
        assert "👎 Hidden" in after, after
    finally:
        await store.close()


async def test_card_places_are_bounded_and_go_with_the_person(
    database_url: str, clock: FakeClock
) -> None:
    store = await open_test_store(database_url)
    try:
        service = await build_concierge(store, clock)
        await service.intake.record(sample_postings())
        await chat(service, "/add senior backend engineer", "/jobs")
        assert await store.shown_cards(1)
        many = {at: 1000 + at for at in range(1, MAX_PLACES + 50)}
        await store.keep_shown_cards(1, many, clock.now())
        kept = await store.shown_cards(1)
        assert kept == {at: 1000 + at for at in range(1, MAX_PLACES + 1)}
        await store._write_one("DELETE FROM subscribers WHERE id = 1")  # cascades
        assert await store.shown_cards(1) == {}
        await service.settle()
    finally:
        await store.close()
