"""A card whose posting names the other schedule says so ("names full time, not part time"),
not that the schedule asked is "not named" as if the posting said nothing (probe 24: a
"Maths Teacher - Full Time" card said "part time not named")."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting
from tests.unit.matching import found as probe


@pytest.mark.parametrize(
    ("search", "title", "said"),
    [
        ("maths teacher part time", "Maths Teacher - Full Time", "names full time, not part time"),
        ("maths teacher full time", "Maths Teacher - Part Time", "names part time, not full time"),
        ("nurse part time", "Nurse", "part time not named"),  # trap: says nothing of it
        ("maths teacher full time", "Maths Teacher - Full Time", "names full time ✓"),  # trap
    ],
)
def test_a_schedule_not_asked_is_named_on_the_card(search: str, title: str, said: str) -> None:
    reasons = score_posting(parse_query(search), probe.posting(title, "Teach pupils.")).reasons
    assert said in reasons, reasons


def test_nights_asked_of_a_day_shift_posting_stays_not_named() -> None:
    # Days and nights are no pair: a posting may name both (rotating), so no "not" is said.
    reasons = score_posting(
        parse_query("nurse nights"), probe.posting("Nurse", "Day shift on the ward.")
    ).reasons
    assert "nights not named" in reasons, reasons
