"""Postings with a closing date (an import's closes_at): past it they are closed — offered in
no /jobs, digest, search or /explore, counted closed — and cards show the date before."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from bot.cli_import import _import_rows
from core.chat.service import Concierge
from core.errors import DeliveryError
from core.matching import parse_query
from core.postings.importing import iter_postings, posting_from_record
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock, posting
from tests.integration.test_console_transfer import chat
from tests.integration.test_digests import RecordingNotifier, card_ids

_PASSED = posting(
    "usajobs:1",
    "Registered Nurse",
    company="Veterans Health",
    location="Denver, CO",
    closes_at=datetime(2024, 2, 19, 23, 59, tzinfo=UTC),
)
_OPEN = posting(
    "usajobs:2",
    "Registered Nurse (ICU)",
    company="Indian Health Service",
    location="Denver, CO",
    closes_at=datetime(2027, 1, 12, 23, 59, tzinfo=UTC),
)


def test_a_date_alone_closes_at_the_end_of_that_day() -> None:
    record = {"id": "1", "title": "Nurse", "closes_at": "2024-02-19"}
    assert posting_from_record(record).closes_at == datetime(
        2024, 2, 19, 23, 59, 59, 999999, tzinfo=UTC
    )
    assert posting_from_record({**record, "closes_at": None}).closes_at is None


async def test_a_posting_past_its_closing_date_is_offered_nowhere(
    service: Concierge, store: SqliteStore
) -> None:
    await service.intake.record([_PASSED, _OPEN])
    shown = await chat(service, "/add registered nurse denver", "/jobs", "/explore nurse")
    assert "Registered Nurse (ICU)" in shown and "closes 12 Jan" in shown
    assert "Veterans Health" not in shown  # was offered, closed in 2024
    found = await service.intake.search_open_postings(parse_query("registered nurse"), "normal")
    assert [p.id for p, _ in found.matches] == ["usajobs:2"]
    stats = await store.stats(datetime(2026, 1, 1, tzinfo=UTC))
    assert stats["postings_closed"] == 1


async def test_the_hourly_job_closes_a_posting_when_its_date_passes(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    await service.intake.record([_OPEN])
    assert "Registered Nurse (ICU)" in await chat(service, "/add registered nurse", "/jobs")
    clock.current = datetime(2027, 1, 13, tzinfo=UTC)
    assert await store.close_passed(clock.now()) == 1
    assert "Registered Nurse (ICU)" not in await chat(service, "/jobs", "/digest")


async def test_imported_file_postings_past_their_date_count_as_closed(
    service: Concierge, store: SqliteStore, tmp_path: Path
) -> None:
    rows = [
        {"id": "usajobs:1", "title": "Paralegal", "closes_at": "2024-02-19"},
        {"id": "usajobs:2", "title": "Paralegal Specialist", "closes_at": "2027-01-12"},
    ]
    path = tmp_path / "postings.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    summary, _, _, _ = await _import_rows(service.intake, path, iter_postings(path))
    assert (summary.new, summary.closed) == (2, 1)  # the import's line says so
    stats = await store.stats(datetime(2026, 1, 1, tzinfo=UTC))
    assert (stats["postings_open"], stats["postings_closed"]) == (6, 1)  # the 5 of the fixture open


async def test_a_queued_digest_does_not_send_a_job_closed_since(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    later = posting(
        "usajobs:3",
        "Registered Nurse (ER)",
        location="Denver, CO",
        closes_at=datetime(2026, 11, 29, 12, 0, tzinfo=UTC),
    )
    await service.intake.record([_OPEN, later])
    await chat(service, "/add registered nurse denver")
    notifier = RecordingNotifier()
    built = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    await service.digests.run_due(built)  # a failed first try leaves it queued
    notifier.fail = DeliveryError("429 too many requests", permanent=False, retry_after=1)
    await service.digests.deliver({"console": notifier}, built)
    notifier.fail = None
    clock.current = datetime(2026, 11, 29, 13, 0, tzinfo=UTC)
    assert await store.close_passed(clock.now()) == 1
    assert (await service.digests.deliver({"console": notifier}, clock.now())).delivered == 1
    assert [card_ids(reply) for _, reply in notifier.sent] == [["usajobs:2"]]  # was both
