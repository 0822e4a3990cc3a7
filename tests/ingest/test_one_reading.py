"""A file import and a polled source read dates and currencies by the same rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.postings.importing import posting_from_record
from core.sources.ingest.normalize import currency_code, parse_date, parse_salary_text


@pytest.mark.parametrize("value", [1_764_547_200, 1_764_547_200_000, "1764547200"])
def test_epoch_seconds_and_milliseconds_read_alike(value: int | str) -> None:
    imported = posting_from_record({"id": "1", "title": "Engineer", "posted_at": value})
    assert imported.posted_at == parse_date(value) == datetime(2025, 12, 1, tzinfo=UTC)


def test_an_epoch_too_large_for_a_float_is_no_date_either_way() -> None:
    assert parse_date(10**400) is None
    imported = posting_from_record({"id": "1", "title": "Engineer", "posted_at": 10**400})
    assert imported.posted_at is None  # kept without it, noted (test_imp30_import)


@pytest.mark.parametrize(("typed", "code"), [("US$", "USD"), ("€", "EUR"), ("¥", "JPY")])
def test_a_currency_symbol_means_the_same_code_either_way(typed: str, code: str) -> None:
    imported = posting_from_record({"id": "1", "title": "Engineer", "currency": typed})
    assert imported.currency == currency_code(typed) == code


def test_free_text_pay_knows_the_codes_a_query_knows() -> None:
    assert parse_salary_text("CZK 900,000 - 1,200,000 a year") == (900_000, 1_200_000, "CZK")
