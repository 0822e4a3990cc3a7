"""Who may apply to a remote posting (issue 14, item 5): read from its place as boards write it
("Remote (DE)", "Remote, NL", "Remote | PL") and, when its place names nobody, from its title or
text ("Remote within the United States", "must reside in Canada", "US work authorization
required", "we hire in EU timezones", "work from anywhere"); never from a company's offices,
customers or sales regions."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting, threshold_for
from core.matching.regions import read_place, remote_eligibility
from core.model import Posting


def found(query: str, location: str, text: str = "", workplace: str | None = "remote") -> bool:
    posting = Posting(
        id="p",
        title="Backend Engineer",
        location=location,
        workplace=workplace,  # type: ignore[arg-type]
        description=f"Build our APIs in Python. {text}",
    )
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def reasons(query: str, location: str, text: str, title: str = "Backend Engineer") -> str:
    posting = Posting(id="p", title=title, location=location, workplace="remote", description=text)
    return " | ".join(score_posting(parse_query(query), posting).reasons)


# --- the place as boards write it: country codes after "Remote" ---------------------------


@pytest.mark.parametrize(
    ("location", "country"),
    [
        ("Remote (DE)", "DE"),  # Germany, not Delaware
        ("Remote - DE", "DE"),
        ("Remote, NL", "NL"),
        ("Remote | PL", "PL"),
        ("Remote (FR)", "FR"),
        ("Remote (IN)", "IN"),  # India, not Indiana
        ("München oder Remote (DE)", "DE"),
    ],
)
def test_a_country_code_after_remote_is_the_country(location: str, country: str) -> None:
    named = read_place(location).named
    assert country in named
    assert not {n for n in named if n.startswith("US")}


def test_a_state_code_after_a_city_or_remote_stays_the_state() -> None:
    assert "US-TX" in read_place("Austin, TX").named
    assert "US-TX" in read_place("Remote - TX").named
    assert "US-DE" in read_place("Wilmington, DE").named
    assert read_place("Remote (it)").named == frozenset()  # written in lower case: a word


def test_remote_ca_may_be_canada_or_california() -> None:
    assert {"CA", "US-CA"} <= read_place("Remote (CA)").named


@pytest.mark.parametrize(
    ("query", "location", "fits"),
    [
        ("backend engineer remote germany", "Remote (DE)", True),
        ("backend engineer remote us", "Remote (DE)", False),
        ("backend engineer remote europe", "Remote, NL", True),
        ("backend engineer remote us", "Remote | PL", False),
    ],
)
def test_country_codes_meet_remote_searches(query: str, location: str, fits: bool) -> None:
    assert found(query, location) is fits


# --- who may apply, said in the title or the text ---------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "said"),
    [
        ("", "Kelby Health builds software. Remote within the United States.", "United States"),
        ("", "This role is open to candidates based in Germany.", "Germany"),
        ("", "You must reside in Canada to apply.", "Canada"),
        ("", "We hire in EU timezones only.", "EU"),
        ("", "US work authorization required.", "US"),
        ("", "Must live in the US; we cannot sponsor visas.", "US"),
        ("", "Candidates must be authorized to work in the U.S.", "US"),
        ("", "You need the right to work in the UK.", "UK"),
        ("", "Open to applicants located anywhere in the EU or the UK.", "EU or UK"),
        ("", "Dein Profil: PHP 8. Wohnsitz in Deutschland.", "Deutschland"),
        ("Senior Software Engineer (Golang) - Remote US", "", "US"),
        ("", "Location: Remote (US or Canada).", "US or Canada"),
        ("", "Fully remote, async, work from anywhere.", "anywhere"),
        ("", "Applicants may be based anywhere in the world.", "anywhere"),
    ],
)
def test_who_may_apply_is_read_from_the_title_and_text(title: str, text: str, said: str) -> None:
    assert " or ".join(remote_eligibility(title, text)[0]) == said


@pytest.mark.parametrize(
    "text",
    [
        "We serve our US customers from a remote-first team.",
        "We are remote-first, with offices in London and Berlin.",
        "Our platform powers EMEA sales teams and US retailers.",
        "We're a startup based in Berlin, Germany, building payments software.",
        "Our headquarters are located in the United States.",
        "Fully remote. We are unable to hire in California or New York.",
        "We sell to enterprises across Europe and the Americas.",
        "Our data resides in EU data centres.",
        "Remote US customers love our support.",
    ],
)
def test_offices_customers_and_sales_regions_are_not_who_may_apply(text: str) -> None:
    assert remote_eligibility("Backend Engineer", text) == ((), False)


@pytest.mark.parametrize(
    ("query", "text", "fits"),
    [
        ("backend engineer remote us", "Remote within the United States.", True),
        ("backend engineer remote europe", "Remote within the United States.", False),
        ("backend engineer remote canada", "Remote within the United States.", False),
        ("backend engineer remote germany", "Open to candidates based in Germany.", True),
        ("backend engineer remote us", "Open to candidates based in Germany.", False),
        ("backend engineer remote canada", "You must reside in Canada.", True),
        ("backend engineer remote us", "You must reside in Canada.", False),
        ("backend engineer remote eu", "We hire in EU timezones.", True),
        ("backend engineer remote us", "We hire in EU timezones.", False),
        ("backend engineer remote us", "US work authorization required.", True),
        ("backend engineer remote uk", "US work authorization required.", False),
        ("backend engineer remote us", "Work from anywhere.", True),  # open to the US too
        ("backend engineer remote uk", "Work from anywhere.", True),
        ("backend engineer uk", "Work from anywhere.", True),
        # a trap keeps the posting as today: remote, who may apply not stated
        ("backend engineer remote us", "Offices in London and Berlin.", True),
    ],
)
def test_who_may_apply_said_in_the_text_meets_remote_searches(
    query: str, text: str, fits: bool
) -> None:
    assert found(query, "Remote", text) is fits


def test_who_may_apply_said_in_the_text_of_a_posting_stating_no_place() -> None:
    assert found("backend engineer remote us", "", "Remote within the United States.")
    assert not found("backend engineer remote uk", "", "Remote within the United States.")


def test_the_text_says_remote_work_for_a_posting_whose_board_gives_no_workplace() -> None:
    text = "Remote within the United States."
    assert found("backend engineer remote us", "", text, workplace=None)
    assert not found("backend engineer remote germany", "", text, workplace=None)


def test_the_place_stated_wins_over_the_text() -> None:
    text = "Open to candidates based in Germany."
    assert found("backend engineer remote us", "Remote (US)", text)
    assert not found("backend engineer remote germany", "Remote (US)", text)


def test_the_text_is_not_read_for_an_onsite_or_hybrid_posting() -> None:
    text = "Open to candidates based in Germany."
    assert not found("backend engineer remote germany", "", text, workplace="hybrid")
    assert not found("backend engineer remote germany", "Berlin, Germany", text, "onsite")


def test_the_reasons_say_who_may_apply_and_that_the_text_says_it() -> None:
    said = reasons("backend engineer remote us", "Remote", "Remote within the United States.")
    assert "Remote (from the text: United States) ✓" in said
    said = reasons("backend engineer remote us", "Remote", "Applicants can work from anywhere.")
    assert "Remote (from the text: anywhere) ✓ open worldwide (includes the US)" in said


# --- remote regions and places as searches name them --------------------------------------


@pytest.mark.parametrize(
    ("query", "location", "workplace", "fits"),
    [
        ("backend engineer remote us", "Remote (Worldwide)", "remote", True),
        ("backend engineer remote us", "Anywhere", "remote", True),
        ("backend engineer remote canada", "Remote (US or Canada)", "remote", True),
        ("backend engineer remote us", "Remote (US or Canada)", "remote", True),
        ("backend engineer remote germany", "Remote (EMEA)", "remote", True),
        ("backend engineer remote uk", "Remote (EMEA)", "remote", True),
        ("backend engineer remote us", "Remote (EMEA)", "remote", False),
        ("backend engineer remote us", "United States", "remote", True),
        ("backend engineer remote germany", "Berlin, Germany", "hybrid", False),
        ("backend engineer remote germany", "Munich, Germany", "onsite", False),
        ("backend engineer remote us", "Austin, TX", "hybrid", False),
        ("backend engineer remote uk", "London, UK", "onsite", False),
    ],
)
def test_remote_searches_and_postings_places(
    query: str, location: str, workplace: str, fits: bool
) -> None:
    assert found(query, location, workplace=workplace) is fits


def test_a_remote_uk_posting_fits_a_london_search_after_the_london_ones() -> None:
    postings = [
        Posting(id="remote", title="Backend Engineer", location="Remote (UK)", workplace="remote"),
        Posting(id="london", title="Backend Engineer", location="London, UK", workplace="onsite"),
        Posting(id="us", title="Backend Engineer", location="Remote (US)", workplace="remote"),
    ]
    ranked = [p.id for p, _ in rank(parse_query("backend london"), postings)]
    assert ranked == ["london", "remote"]
    said = reasons("backend london", "Remote (UK)", "")
    assert "Remote (UK) ≈ (open to London)" in said


@pytest.mark.parametrize(
    ("query", "location", "fits"),
    [
        ("backend münchen", "Berlin, Germany / Remote (Germany)", True),
        ("backend london", "Manchester, UK / Remote (UK)", True),
        ("backend london", "Berlin, Germany / Remote (Germany)", False),
        ("backend hybrid munich", "Berlin, Germany / Remote (Germany)", False),
    ],
)
def test_a_place_naming_remote_beside_it_is_remote_work_for_a_place_search(
    query: str, location: str, fits: bool
) -> None:
    # its board says hybrid: remote work from Germany is offered beside Berlin, open to Munich
    assert found(query, location, workplace="hybrid") is fits


def test_the_remote_work_beside_a_place_is_said_open_to_the_place_asked() -> None:
    place = "Manchester, UK / Remote (UK)"
    posting = Posting(id="p", title="Backend Engineer", location=place, workplace="hybrid")
    said = score_posting(parse_query("backend london"), posting).reasons
    assert "Manchester, UK / Remote (UK) ≈ (open to London)" in said


def test_a_town_bei_a_city_is_by_the_city() -> None:
    # "Garching bei München": a town by Munich, as German postings write it
    assert found("backend munich", "Garching bei München", workplace="hybrid")
    assert found("backend frankfurt", "Eschborn bei Frankfurt am Main", workplace="onsite")
    assert not found("backend berlin", "Garching bei München", workplace="hybrid")
