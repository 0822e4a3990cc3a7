"""A demanding backend engineer's places: "nyc or remote us" is on site or hybrid in NYC, or
remote from anywhere in the US (a place beside remote is a remote region, the others places to
work in), echoed and explained so; the older shapes read as before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import ParsedQuery, parse_query, rank, score_posting
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact


def _p(pid: str, location: str, workplace: str | None, title: str = "Backend Engineer") -> Posting:
    return Posting(
        id=pid,
        title=title,
        location=location,
        workplace=workplace,  # type: ignore[arg-type]
        description="Python, Go and Java services.",
    )


POOL = [
    _p("austin-onsite", "Austin, TX", "onsite"),
    _p("austin", "Austin, TX", None),
    _p("austin-remote", "Austin, TX", "remote"),
    _p("remote-us", "Remote (US)", "remote"),
    _p("remote-eu", "Remote – EU", "remote"),
    _p("remote-uk", "Remote (UK)", "remote"),
    _p("remote-de", "Remote (Germany)", "remote"),
    _p("remote-world", "Remote (Worldwide)", "remote"),
    _p("nyc-onsite", "New York, NY", "onsite"),
    _p("nyc-hybrid", "New York, NY", "hybrid"),
    _p("berlin-onsite", "Berlin, Germany", "onsite"),
    _p("munich-hybrid", "Munich, Germany", "hybrid"),
    _p("munich-onsite", "Munich, Germany", "onsite"),
    _p("hamburg-onsite", "Hamburg, Germany", "onsite"),
    _p("london-onsite", "London, UK", "onsite"),
    _p("manchester-onsite", "Manchester, UK", "onsite"),
    _p("paris-onsite", "Paris, France", "onsite"),
]


def _passing(query: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), POOL, "normal")}


@pytest.mark.parametrize(
    ("query", "regions", "locations", "where"),
    [
        ("backend engineer nyc or remote us", ("us",), ("nyc",), "in NYC, or remote from the US"),
        (
            "golang developer berlin or remote eu",
            ("eu",),
            ("berlin",),
            "in Berlin, or remote from the EU",
        ),
        ("python remote uk or london", ("uk",), ("london",), "in London, or remote from the UK"),
        (
            "senior java hybrid munich or remote germany",
            ("germany",),
            ("munich",),
            "hybrid in Munich, or remote from Germany",
        ),
        ("backend us remote or nyc", ("us",), ("nyc",), "in NYC, or remote from the US"),
        ("backend remote in the uk or london", ("uk",), ("london",), None),
    ],
)
def test_a_place_beside_remote_with_another_named_with_or_is_a_remote_region(
    query: str, regions: tuple[str, ...], locations: tuple[str, ...], where: str | None
) -> None:
    # Was every place an alternative ("remote or in NYC or US") or remote open to both.
    parsed = parse_query(query)
    assert parsed.remote_regions == regions
    assert parsed.locations == locations
    assert not parsed.remote_from
    if where:
        assert parsed.where == where
        assert where in parsed.describe()


@pytest.mark.parametrize(
    ("query", "where", "remote_from"),
    [
        ("backend remote or Berlin", "remote open to Germany, or in Berlin", False),
        ("backend remote us", "remote open to US", True),
        ("backend remote eu", "remote open to EU", True),
        ("backend remote us or canada", "remote open to US or Canada", True),
        ("backend berlin", "in Berlin", False),
        ("backend remote", "remote", False),
        ("backend nyc or remote", "remote open to NYC, or in NYC", False),
        ("backend not remote berlin", "in Berlin", False),
    ],
)
def test_the_older_place_shapes_read_as_before(query: str, where: str, remote_from: bool) -> None:
    parsed = parse_query(query)
    assert parsed.remote_regions == ()
    assert parsed.where == where and parsed.remote_from is remote_from


def test_onsite_in_another_us_city_is_neither_nyc_nor_remote() -> None:
    # Was passing: "remote or in NYC or US" took an onsite job in Austin.
    passing = _passing("backend engineer nyc or remote us")
    assert passing == {"nyc-onsite", "nyc-hybrid", "remote-us", "remote-world", "austin-remote"}


def test_each_reading_takes_the_places_a_person_means() -> None:
    assert _passing("golang developer berlin or remote eu") == {
        "berlin-onsite",
        "remote-eu",
        "remote-de",
        "remote-world",
    }
    assert _passing("python remote uk or london") == {"london-onsite", "remote-uk", "remote-world"}
    assert _passing("senior java hybrid munich or remote germany") == {
        "munich-hybrid",
        "remote-de",
        "remote-eu",
        "remote-world",
    }


def test_the_older_shapes_still_match_as_before() -> None:
    assert "austin-onsite" in _passing("backend remote or us")
    assert _passing("backend remote us") >= {"remote-us", "austin"}
    assert "austin-onsite" not in _passing("backend remote us")
    assert _passing("backend berlin") >= {"berlin-onsite", "remote-de", "remote-eu"}
    assert "munich-onsite" not in _passing("backend berlin")
    assert "nyc-onsite" not in _passing("backend remote")
    assert "remote-us" not in _passing("backend not remote")


def test_each_posting_says_why_it_fits_or_not() -> None:
    query = parse_query("backend engineer nyc or remote us")
    fits = score_posting(query, _p("r", "Remote (US)", "remote"))
    assert "Remote (US) ✓ open to the US" in fits.reasons
    onsite = score_posting(query, _p("a", "Austin, TX", "onsite"))
    assert not onsite.passed and onsite.score == 0
    assert any("Austin, TX ✗ not NYC, and not remote" in r for r in onsite.reasons)
    europe = score_posting(query, _p("e", "Remote – EU", "remote"))
    assert any("Remote – EU ✗ not open to the US" in r for r in europe.reasons)
    either = parse_query("backend engineer, remote or Berlin")  # README's first example
    uk = score_posting(either, _p("u", "Remote (UK)", "remote"))
    assert not uk.passed and any("Remote (UK) ✗ not open to Berlin" in r for r in uk.reasons)
    munich = parse_query("backend hybrid munich or remote germany")
    office = score_posting(munich, _p("m", "Munich, Germany", "onsite"))
    assert any("onsite ✗ not hybrid, and not remote" in r for r in office.reasons)


def test_the_remote_regions_are_stored() -> None:
    query = parse_query("backend engineer nyc or remote us")
    assert ParsedQuery.from_json(query.to_json()) == query
    assert ParsedQuery.from_json('{"title": ["backend"]}').remote_regions == ()


WORDS = ["backend", "engineer", "python", "nyc", "us", "uk", "london", "berlin", "eu"]
WORDS += ["germany", "munich", "hybrid", "remote", "or", "or", "not", "canada", "in the"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
SHAPES = ["backend nyc or remote us", "python remote uk or london", "backend remote us"]
SHAPES += ["backend hybrid munich or remote germany", "backend berlin or remote eu"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    queries=st.lists(st.one_of(texts, st.sampled_from(SHAPES)), min_size=1, max_size=4),
    sensitivity=st.sampled_from(SENSITIVITIES),
)
def test_backend7_readings_stay_exact_in_the_index(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:30]], sensitivity)


def test_a_staff_title_missing_the_specialty_ranks_before_another_level_naming_it() -> None:
    # Was the Lead Python Developer naming payments (69) before Staff titles missing it (84):
    # a specialty missing counted as a part missing altogether. A practice (distributed
    # systems) still ranks so; a domain (payments) says which work since precision10.
    postings = [
        Posting(
            id="lead-py", title="Lead Python Developer", description="Our distributed systems."
        ),
        Posting(id="staff", title="Staff Software Engineer", description="Our search platform."),
        Posting(
            id="staff-ds",
            title="Staff Software Engineer, Distributed Systems",
            description="Distributed systems.",
        ),
        Posting(id="principal", title="Principal Software Engineer", description="Cloud."),
    ]
    query = parse_query("staff software engineer distributed systems")
    ranked = [p.id for p, _ in rank(query, postings)]
    assert ranked == ["staff-ds", "staff", "principal", "lead-py"]
    # A language still gates and a skill missing still ranks after: unchanged.
    python = [Posting(id="go", title="Staff Software Engineer", description="Go services.")]
    assert rank(parse_query("staff software engineer python"), python) == []
