"""A two-letter code after a city that is both a US state's and a country's ("Berlin, DE",
"Tel Aviv, IL", "Toronto, CA"): the city's known country decides; a US city keeps its state."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.matching.regions import read_place
from core.model import Posting


@pytest.mark.parametrize(
    ("location", "country"),
    [
        ("Berlin, DE", "DE"),
        ("Munich, DE", "DE"),
        ("Berlin, DE 10115", "DE"),
        ("Remote - Berlin, DE", "DE"),
        ("Tel Aviv, IL", "IL"),
        ("Bangalore, IN", "IN"),
        ("Toronto, CA", "CA"),
        ("Vancouver, CA", "CA"),  # no Vancouver in California: Canada
        ("Buenos Aires, AR", "AR"),
        ("Bogotá, CO", "CO"),
        ("Jakarta, ID", "ID"),
        ("Rabat, MA", "MA"),
    ],
)
def test_a_code_after_a_city_of_another_country_is_that_country(
    location: str, country: str
) -> None:
    areas = read_place(location).areas
    assert country in areas
    assert "US" not in areas


@pytest.mark.parametrize(
    ("location", "state"),
    [
        ("Dover, DE", "US-DE"),
        ("Wilmington, DE", "US-DE"),
        ("Chicago, IL", "US-IL"),
        ("Indianapolis, IN", "US-IN"),
        ("Los Angeles, CA", "US-CA"),
        ("Ontario, CA", "US-CA"),  # a city of California too
        ("Vienna, VA", "US-VA"),
        ("Boston, MA", "US-MA"),
        ("Denver, CO", "US-CO"),
        ("Bremen, GA", "US-GA"),  # Bremen is no city of Gabon: the state
        ("Smallville, DE", "US-DE"),  # a town the table lacks: the US way of writing it
    ],
)
def test_a_code_after_a_us_city_or_an_unknown_town_stays_its_state(
    location: str, state: str
) -> None:
    assert state in read_place(location).areas


def test_a_search_for_germany_finds_berlin_de_and_one_for_delaware_does_not() -> None:
    posting = Posting(id="b", title="Program Manager", location="Berlin, DE")
    found = {
        q: score_posting(parse_query(q), posting)
        for q in ("program manager germany", "program manager delaware")
    }
    assert found["program manager germany"].score >= threshold_for("normal")
    assert found["program manager delaware"].score < threshold_for("normal")
