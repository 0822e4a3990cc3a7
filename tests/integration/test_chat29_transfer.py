"""An export always carries the time zone its digest time is in, so importing it on another
account keeps the digest at the same moment (probe 24: an account that never sent /tz
exported no /tz line, and the other account's zone stayed)."""

from __future__ import annotations

from core.chat.commands import ImportSearches
from core.chat.service import Concierge
from tests.conftest import ALICE, BOB
from tests.integration.test_transfer import export, text_of


async def test_an_export_without_a_chosen_zone_says_utc_and_import_reads_it_back(
    service: Concierge,
) -> None:
    await service.handle_text(ALICE, "/add nurse")
    await service.handle_text(ALICE, "/time 07:15")
    file = await export(service, ALICE)
    assert "/time 07:15\n/tz UTC\n" in file.text, file.text
    await service.handle_text(BOB, "/tz Europe/Berlin")
    reply = await service.handle(BOB, ImportSearches(file.text))
    assert text_of(reply) == "Imported 1 search and 5 settings.", text_of(reply)
    again = (await export(service, BOB)).text
    assert again == file.text, again


async def test_a_chosen_zone_round_trips(service: Concierge) -> None:
    for line in ("/add nurse", "/tz america/new_york", "/time 18:30"):
        await service.handle_text(ALICE, line)
    file = await export(service, ALICE)
    assert "/time 18:30\n/tz America/New_York\n" in file.text, file.text
    await service.handle(BOB, ImportSearches(file.text))
    assert (await export(service, BOB)).text == file.text
