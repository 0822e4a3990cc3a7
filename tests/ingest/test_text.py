"""HTML to text and field normalisation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.sources.ingest.html import html_to_text
from core.sources.ingest.normalize import (
    annualise,
    canonical_url,
    join_locations,
    parse_date,
    parse_salary_text,
    salary_range,
    workplace_from_text,
)


def test_html_to_text_is_safe_and_readable() -> None:
    html = (
        "<h1>Title</h1><p>Hello&nbsp;&amp; welcome<br>next line</p>"
        "<script>var x = '<p>evil</p>';</script><style>p{}</style>"
        "<ul><li>one</li><li>two</li></ul><p>caf&eacute; &#x1F600;</p>"
        "<noscript>no</noscript><!-- comment -->"
    )
    assert html_to_text(html) == "Title\n\nHello & welcome\nnext line\n\n• one\n• two\n\ncafé 😀"


def test_html_to_text_caps_and_survives_garbage() -> None:
    assert len(html_to_text("<p>" + "x" * 50_000, limit=100)) == 100
    assert html_to_text("<<<>>></p></div><![CDATA[ x") is not None
    assert html_to_text("<script>never closed") == ""


@given(st.text())
def test_html_to_text_never_raises(text: str) -> None:
    assert len(html_to_text(text, limit=500)) <= 500


def test_canonical_url() -> None:
    assert (
        canonical_url(
            "HTTPS://Jobs.Example.com:443/a/b?utm_source=x&gh_src=1&lever-source=LinkedIn"
            "&ref=hn&source=twitter&id=5#apply"
        )
        == "https://jobs.example.com/a/b?id=5"
    )
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"
    assert canonical_url("javascript:alert(1)") == ""
    assert canonical_url("http://[::1]:99999/") == ""
    assert canonical_url(42) == ""


@pytest.mark.parametrize(
    ("interval", "expected"),
    [("hour", 2080), ("day", 260), ("week", 52), ("month", 12), ("year", 1), (None, 1)],
)
def test_annualise(interval: str | None, expected: int) -> None:
    assert annualise(1, interval) == expected


def test_salary_range() -> None:
    assert salary_range(5000, 4000, "eur", "month") == (48000, 60000, "EUR")
    assert salary_range(0, None, "USD") == (None, None, None)
    assert salary_range(True, "nan", "USD") == (None, None, None)
    assert salary_range(1e12, 100_000, "USD") == (None, 100_000, "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$120k - $150k", (120_000, 150_000, "USD")),
        ("€60,000 – €75,000 per year", (60_000, 75_000, "EUR")),
        ("USD 40 - 50 per hour", (83_200, 104_000, "USD")),
        ("5 years of experience", (None, None, None)),
        ("competitive", (None, None, None)),
    ],
)
def test_parse_salary_text(text: str, expected: tuple[object, ...]) -> None:
    assert parse_salary_text(text) == expected


def test_workplace_and_locations() -> None:
    assert workplace_from_text("Remote - US") == "remote"
    assert workplace_from_text("Hybrid (Berlin), remote days") == "hybrid"
    assert workplace_from_text("On-site in Paris") == "onsite"
    assert workplace_from_text("Berlin", None) is None
    assert join_locations(["Berlin", "berlin", None, "  Munich "]) == "Berlin / Munich"


def test_parse_date() -> None:
    now = datetime(2026, 11, 28, tzinfo=UTC)
    assert parse_date(1793520000000) == parse_date(1793520000) == parse_date("1793520000")
    assert parse_date("2026-11-01T09:00:00Z") == datetime(2026, 11, 1, 9, tzinfo=UTC)
    assert parse_date("Sun, 15 Nov 2026 10:00:00 GMT") == datetime(2026, 11, 15, 10, tzinfo=UTC)
    assert parse_date("2026-13-45") is None
    assert parse_date(-5) is None and parse_date(float("inf")) is None
    assert parse_date("2099-01-01", now) is None
    assert parse_date(True) is None
