"""An /add's tip and left-out line are counted within tips.SECONDS (tips4): past it the answer
still comes, promptly, without them."""

from __future__ import annotations

import pytest

from core.chat.service import build_concierge
from core.matching import tips
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock
from tests.integration.test_console_transfer import chat


@pytest.mark.parametrize("seconds", [600.0, 0.0])  # counted in time, or not
async def test_an_add_past_the_time_limit_is_answered_without_the_tip(
    store: SqliteStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, seconds: float
) -> None:
    monkeypatch.setattr(tips, "SECONDS", seconds)
    service = await build_concierge(store, clock)
    await service.intake.record(sample_postings())
    shown = await chat(service, "/add python backend hybrid amsterdam", "/add icu nurse")
    assert "No current posting matches it yet." in shown
    assert ("Tip: without Amsterdam, 14 postings match." in shown) == bool(seconds)
    assert ("don't mention ICU" in shown or "doesn't mention ICU" in shown) == bool(seconds)
