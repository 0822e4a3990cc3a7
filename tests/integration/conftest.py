"""Fixtures of the chat tests over the bundled sample postings."""

from __future__ import annotations

import pytest

from core.chat.service import Concierge, build_concierge
from core.postings.sample import sample_postings
from tests.conftest import FakeClock


@pytest.fixture
async def sampled(store: object, clock: FakeClock) -> Concierge:
    """The service over the bundled sample postings, as `make run` starts it."""
    concierge = await build_concierge(store, clock)  # type: ignore[arg-type]
    await concierge.intake.record(sample_postings())
    return concierge
