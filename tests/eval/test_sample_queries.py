"""Regression floors for what the README's searches return on the bundled sample postings."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.matching.features import features
from core.matching.money import rates
from core.postings.sample import sample_postings


def test_remote_or_berlin_returns_both_and_only_those() -> None:
    found = rank(
        parse_query("senior backend python, remote or Berlin, no PHP, 120k+"), sample_postings()
    )
    where = {p.id: (features(p).workplace, p.location) for p, _ in found}
    assert any(workplace == "remote" for workplace, _ in where.values())
    assert any("Berlin" in place and workplace != "remote" for workplace, place in where.values())
    assert all(workplace == "remote" or "Berlin" in place for workplace, place in where.values())


def test_a_dollar_floor_keeps_no_pay_below_it_in_any_currency() -> None:
    table = rates()
    for posting, result in rank(parse_query("backend $150k"), sample_postings()):
        top = posting.salary_max if posting.salary_max is not None else posting.salary_min
        if top is not None and posting.currency is not None:
            converted = table.convert(top, posting.currency, "USD")
            assert converted is not None and converted >= 150_000, result.reasons
