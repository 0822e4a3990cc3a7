"""/more after a restart goes on where the /jobs list got to: its position is in the store."""

from __future__ import annotations

import re

from core.chat.service import build_concierge
from core.postings.sample import sample_postings
from tests.conftest import FakeClock, open_test_store
from tests.integration.test_console_transfer import chat


def _numbers(shown: str) -> list[int]:
    return [int(n) for n in re.findall(r"^(\d+)\. ", shown, re.MULTILINE)]


async def test_more_after_a_restart_goes_on_from_the_jobs_list(
    database_url: str, clock: FakeClock
) -> None:
    store = await open_test_store(database_url)
    try:
        service = await build_concierge(store, clock)
        await service.intake.record(sample_postings())
        shown = await chat(service, "/add senior backend engineer", "/jobs", "/more")
        assert "More matches: 11–20 of " in shown, shown
        await service.settle()
    finally:
        await store.close()
    # a new store and service on the same database, as after the bot's restart
    store = await open_test_store(database_url)
    try:
        after = await chat(await build_concierge(store, clock), "/more")
        assert "More matches: 21–30 of " in after, after  # was the digest's, from the start
        assert _numbers(after) == list(range(21, 31)), after
        again = await chat(await build_concierge(store, clock), "/jobs", "/more")
        assert "More matches: 11–20 of " in again, again  # a new /jobs starts the list anew
    finally:
        await store.close()


async def test_a_digest_after_the_list_makes_more_the_digests_after_a_restart(
    database_url: str, clock: FakeClock
) -> None:
    store = await open_test_store(database_url)
    try:
        service = await build_concierge(store, clock)
        await service.intake.record(sample_postings())
        await chat(service, "/add senior backend engineer", "/jobs", "/digest")
        await service.settle()
        assert await store.list_page(1) is None
    finally:
        await store.close()
    store = await open_test_store(database_url)
    try:
        after = await chat(await build_concierge(store, clock), "/more")
        assert not re.search(r"More matches: \d+–", after), after  # the digest's batch
    finally:
        await store.close()
