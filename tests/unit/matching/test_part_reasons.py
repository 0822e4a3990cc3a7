"""Each part of a score has its reasons under its points (README: "each part ... and its
reasons"), and a part met only in part says why, as the "Short on" line over its card does."""

from __future__ import annotations

import pytest

from core.matching import explained, parse_query
from core.model import Posting
from core.postings.sample import sample_postings


@pytest.fixture(scope="module")
def sample() -> dict[str, Posting]:
    return {p.id: p for p in sample_postings()}


def test_every_part_has_its_reason_line(sample: dict[str, Posting]) -> None:
    query = parse_query("senior backend python, remote or Berlin")
    result = explained(query, sample["sample:0018"], "normal")  # Staff Backend Engineer
    lines = result.breakdown
    assert any(line.startswith("level: ") and "%" in line for line in lines), lines
    assert "level: staff ≈ (you asked for senior)" in lines, lines
    assert any(line.startswith("skills: Python") for line in lines), lines
    assert any(line.startswith("place: ") and "remote" in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "posting_id", "reason"),
    [
        ("cpa", "sample:0124", "CPA: in the text only, counted in part"),  # Senior Accountant
        ("truck driver cdl a", "sample:0356", "CDL: in the text only, counted in part"),
    ],
)
def test_a_specialty_met_in_part_says_why_as_short_says(
    sample: dict[str, Posting], text: str, posting_id: str, reason: str
) -> None:
    result = explained(parse_query(text), sample[posting_id], "normal")
    assert result.short == ("specialty",)
    assert reason in result.reasons, result
    assert f"specialty: {reason}" in result.breakdown, result


def test_a_specialty_met_fully_is_not_said_short(sample: dict[str, Posting]) -> None:
    result = explained(parse_query("cpa"), sample["sample:0024"], "normal")  # "(CPA)" in title
    assert result.short == () and "specialty: CPA" in result.reasons
    assert not any("counted in part" in r for r in result.reasons), result
