"""The figures of /explore over hand-made postings: counts, weeks, skills, pay, places, levels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.explore.figures import READ_AT_MOST, market, spread
from core.explore.model import Market
from core.explore.text import alt_text, figure_lines, summary
from core.model import Posting

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _p(n: int, title: str = "Senior Backend Engineer", **fields: object) -> Posting:
    return Posting(id=f"p{n}", title=title, **fields)  # type: ignore[arg-type]


def _days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


POSTINGS = [
    _p(
        1,
        description="Python and k8s.",
        posted_at=_days_ago(1),
        workplace="remote",
        salary_min=100_000,
        salary_max=120_000,
        currency="USD",
        company="Acme",
        location="Berlin",
    ),
    _p(
        2,
        description="Python on Kubernetes.",
        posted_at=_days_ago(3),
        workplace="remote",
        salary_min=130_000,
        currency="USD",
        company="acme",
        location="berlin",
    ),
    _p(
        3,
        "Junior Backend Developer",
        description="Go services.",
        posted_at=_days_ago(8),
        workplace="hybrid",
        salary_max=140_000,
        currency="USD",
        company="Globex",
        location="London",
    ),
    _p(
        4,
        description="Python.",
        posted_at=_days_ago(10),
        salary_min=150_000,
        salary_max=170_000,
        currency="USD",
        company="Initech",
    ),
    _p(
        5,
        "Staff Backend Engineer",
        description="Kafka.",
        posted_at=_days_ago(20),
        salary_min=180_000,
        currency="USD",
        company="Acme",
        location="Remote (EU)",
    ),
    _p(6, description="Java.", salary_min=60_000, currency="EUR", workplace="onsite"),
]


@pytest.fixture(scope="module")
def figures() -> Market:
    return market("backend engineer", 'title "backend engineer"', POSTINGS, NOW)


def test_counts_and_the_two_weeks(figures: Market) -> None:
    assert figures.open == 6
    assert (figures.new_7d, figures.new_prev_7d) == (2, 2)  # 1 and 3 days; 8 and 10 days


def test_k8s_and_kubernetes_count_once_as_one_skill(figures: Market) -> None:
    shares = {s.name: s.share for s in figures.skills}
    assert shares["Kubernetes"] == pytest.approx(2 / 6)
    assert shares["Python"] == pytest.approx(3 / 6)
    assert "k8s" not in shares
    assert figures.skills[0].name == "Python"


def test_pay_quartiles_per_currency_annual_with_n(figures: Market) -> None:
    usd, eur = figures.pay
    assert (usd.currency, usd.n) == ("USD", 5)
    # the middle of each stated range: 110k, 130k, 140k, 160k, 180k
    assert (usd.p25, usd.p50, usd.p75) == (130_000, 140_000, 160_000)
    assert (eur.currency, eur.n, eur.p50, eur.low) == ("EUR", 1, None, 60_000)


def test_workplace_places_companies_and_levels(figures: Market) -> None:
    workplace = {s.name: round(s.share, 3) for s in figures.workplace}
    # posting 5's "Remote (EU)" location reads as remote, as the matcher reads it
    assert workplace == {"remote": 0.5, "hybrid": 0.167, "onsite": 0.167, "not stated": 0.167}
    assert figures.locations[0].name == "Berlin" and figures.locations[0].count == 2
    assert [(c.name, c.count) for c in figures.companies[:2]] == [("Acme", 3), ("Globex", 1)]
    levels = {s.name: round(s.share, 3) for s in figures.levels}
    assert levels == {"junior": 0.167, "senior": 0.667, "staff": 0.167}


def test_the_json_has_exactly_the_documented_keys(figures: Market) -> None:
    data = figures.to_json()
    assert list(data) == [
        "query",
        "understood",
        "open",
        "new_7d",
        "new_prev_7d",
        "skills",
        "pay",
        "workplace",
        "locations",
        "companies",
        "levels",
    ]
    assert data["pay"][0] == {
        "currency": "USD",
        "p25": 130000,
        "p50": 140000,
        "p75": 160000,
        "n": 5,
    }
    assert data["pay"][1] == {"currency": "EUR", "p25": None, "p50": None, "p75": None, "n": 1}
    assert set(data["skills"][0]) == {"name", "share"}


def test_the_summary_is_two_sentences_of_these_figures(figures: Market) -> None:
    text = summary(figures)
    assert text.count(". ") == 1 and text.endswith(".")
    assert "6 open postings" in text and "2 of them new in the last 7 days" in text
    assert "as many as in the 7 days before" in text
    assert "Python (50%)" in text and "median pay is $140k a year (n=5)" in text
    assert "50% are remote" in text


def test_the_summary_follows_the_figures_not_a_template() -> None:
    fewer = market("backend engineer", "x", POSTINGS[2:4], NOW)
    text = summary(fewer)
    assert "2 open postings" in text and "0 of them new" in text and "down from 2" in text
    assert "pay ranges $140k–$170k a year in the 2 postings stating it" in text


def test_fewer_than_five_postings_give_figures_without_percentiles() -> None:
    few = market("backend engineer", "x", POSTINGS[:3], NOW)
    assert all(p.p50 is None for p in few.pay)
    lines = "\n".join(figure_lines(few))
    assert "USD: $100k–$140k (n=3, too few for percentiles)" in lines  # bottom to top stated
    assert "Only 3 postings: figures without percentiles." in lines
    assert "median" not in lines


def test_the_alt_text_carries_the_charts_figures(figures: Market) -> None:
    text = alt_text(figures)
    assert "Python 50%" in text and "Kubernetes 33%" in text
    assert "median $140k, middle half $130k–$160k (n=5)" in text


def test_large_matches_are_read_from_an_even_sample() -> None:
    many = [_p(n, description="Python." if n % 2 else "Golang.") for n in range(3 * READ_AT_MOST)]
    picked = spread(many, READ_AT_MOST)
    assert len(picked) == READ_AT_MOST and picked[0] is many[0] and picked[1] is many[3]
    figures = market("backend", "x", many, NOW)
    assert figures.open == 3 * READ_AT_MOST and figures.read_from == READ_AT_MOST
    assert {s.name: s.share for s in figures.skills} == {"Go": 0.5, "Python": 0.5}
    said = f"read from {READ_AT_MOST:,} of the {3 * READ_AT_MOST:,} postings"
    assert said in "\n".join(figure_lines(figures))


def test_shares_of_a_whole_add_up_to_100_and_one_below_all_is_not_100() -> None:
    # 400 nurse postings read, 2 onsite: "onsite 1% · not stated 100%" was shown (101%).
    nurses = [_p(n, title="Nurse", workplace="onsite" if n < 2 else None) for n in range(400)]
    lines = figure_lines(market("nurse", "title nurse", nurses, NOW))
    assert "Workplace: onsite 1% · not stated 99%" in lines
    thirds = [_p(n, workplace=("remote", "hybrid", "onsite")[n % 3]) for n in range(3)]
    lines = figure_lines(market("backend", "title backend", thirds, NOW))
    assert "Workplace: remote 34% · hybrid 33% · onsite 33%" in lines
    assert "Level: senior 100%" in lines
    # Skills are not a whole, but one named by 399 of 400 postings is not "100%" either.
    almost = [_p(n, description="Python." if n else "Go.") for n in range(400)]
    assert "Python 99%" in figure_lines(market("backend", "x", almost, NOW))[1]


def test_a_government_employer_is_no_skill_in_demand() -> None:
    nurses = [
        Posting(id=f"usajobs:{n}", title="Nurse", source="usajobs", company="Indian Health Service")
        for n in range(5)
    ]
    figures = market("nurse", "nurse", nurses, datetime(2026, 12, 1, tzinfo=UTC))
    assert "Government" not in [share.name for share in figures.skills]  # was 100%


def test_a_pay_range_runs_from_the_lowest_bottom_to_the_highest_top_stated() -> None:
    # Was "€33k–€60k", the middles of €30k–€36k and €55k–€65k, read as the real range.
    stated = [
        _p(i, "Pharmacist", salary_min=low, salary_max=high, currency="EUR", posted_at=NOW)
        for i, (low, high) in enumerate([(30_000, 36_000), (55_000, 65_000)])
    ]
    lines = "\n".join(figure_lines(market("pharmacist", "x", stated, NOW)))
    assert "EUR: €30k–€65k (n=2, too few for percentiles)" in lines
    one = "\n".join(figure_lines(market("pharmacist", "x", stated[:1], NOW)))
    assert "EUR: €30k–€36k (n=1)" in one


def test_one_posting_is_said_in_the_singular() -> None:
    one = market("backend engineer", "x", POSTINGS[:1], NOW)
    lines = "\n".join(figure_lines(one))
    assert "Only 1 posting: figures without percentiles." in lines, lines
