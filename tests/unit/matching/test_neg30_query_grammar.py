"""probe25's queries: negations in other forms and languages, "not too", "anywhere but", a place
and remote joined by a slash or comma, lists of languages ending "or", foreign pay words."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from tests.conftest import posting

# (query, how the search echoes it): each row a reading probe25 got wrong, or a trap beside one.
EXAMPLES = [
    # 1. leaving a skill out, written other ways or in other languages
    ("java backend berlin, no-php", 'title "backend" · skills Java · in Berlin · not PHP'),
    (
        "Backend-Entwickler Berlin, kein PHP, ab 80.000 €",
        'title "backend developer" · in Berlin · not PHP · salary ≥ €80k',
    ),
    ("desarrollador backend remoto, sin PHP", 'title "backend developer" · remote · not PHP'),
    ("backend developer pas de PHP", 'title "backend developer" · not PHP'),
    ("backend developer sans PHP", 'title "backend developer" · not PHP'),
    ("backend developer ohne PHP", 'title "backend developer" · not PHP'),
    ("backend developer keine Java", 'title "backend developer" · not Java'),
    ("backend developer php-free", 'title "backend developer" · not PHP'),
    ("backend developer PHP-free", 'title "backend developer" · not PHP'),
    ("backend developer PHP no", 'title "backend developer" · not PHP'),
    ("backend developer, java yes, php no", 'title "backend developer" · skills Java · not PHP'),
    # traps: no skill after the hyphen or before "no"/"free"
    ("no-code developer", 'title "no code developer"'),
    ("backend engineer no-sql", 'title "backend engineer" · skills NoSQL'),
    ("backend developer sugar-free", 'title "backend developer sugar free"'),
    ("python developer no", 'title "developer" · skills Python'),
    ("backend developer no php", 'title "backend developer" · not PHP'),
    # 2. "not too junior": junior left out; "preferably" no title word
    (
        "backend python preferably, not too junior",
        'title "backend" · skills Python · not intern, apprentice or junior level',
    ),
    ("nurse not very senior", 'title "nurse" · not senior, lead, staff or principal level'),
    # 3. "anywhere but london": London left out
    (
        "backend engineer anywhere but london",
        'title "backend engineer" · not "london" in title, company or place',
    ),
    ("backend engineer anywhere", 'title "backend engineer"'),
    # 4. a city and remote joined by a slash or comma: either, as "remote or berlin" is
    (
        "senior BE eng golang berlin/remote",
        'title "senior backend engineer" · skills Go · remote open to Germany, or in Berlin',
    ),
    (
        "backend engineer berlin, remote",
        'title "backend engineer" · remote open to Germany, or in Berlin',
    ),
    (
        "backend engineer remote/berlin",
        'title "backend engineer" · remote open to Germany, or in Berlin',
    ),
    (
        "backend engineer remote or berlin",
        'title "backend engineer" · remote open to Germany, or in Berlin',
    ),
    # traps: remote beside a country is remote work from it; remote and hybrid stay either
    ("backend engineer remote, uk", 'title "backend engineer" · remote open to UK'),
    ("backend engineer us/remote", 'title "backend engineer" · remote open to US'),
    ("backend engineer berlin remote", 'title "backend engineer" · remote open to Berlin'),
    ("backend engineer remote/hybrid", 'title "backend engineer" · remote or hybrid'),
    # 5. a list of languages ending "or" (or written a|b|c) is one any-of group; "and" is all
    ("backend engineer Go, Java or Python", 'title "backend engineer" · any of: Go, Java, Python'),
    ("backend engineer Go, Java, or Python", 'title "backend engineer" · any of: Go, Java, Python'),
    ("backend engineer (Go|Java|Python)", 'title "backend engineer" · any of: Go, Java, Python'),
    ("backend engineer Go|Java", 'title "backend engineer" · any of: Go, Java'),
    ("backend engineer Go, Java and Python", 'title "backend engineer" · skills Go, Java, Python'),
    (
        "backend engineer go or java or python",
        'title "backend engineer" · any of: Go, Java, Python',
    ),
    # trap: a list of titles is no list of skills
    ("java or python developer", 'title "developer" · any of: Java, Python'),
    # 6. foreign pay words and a radius are no title words
    ("backend engineer within 30 km of berlin", 'title "backend engineer" · in Berlin'),
    ("backend engineer within 25 miles of berlin", 'title "backend engineer" · in Berlin'),
    (
        "Softwareentwickler München mindestens 70000",
        'title "software developer" · in Munich · salary ≥ 70k',
    ),
    ("desarrollador backend mínimo 50000", 'title "backend developer" · salary ≥ 50k'),
    ("desarrollador backend desde 50.000 €", 'title "backend developer" · salary ≥ €50k'),
    ("Backend-Entwickler ab 60k", 'title "backend developer" · salary ≥ 60k'),
]


@pytest.mark.parametrize(("query", "echo"), EXAMPLES)
def test_probe25_queries_read_as_meant(query: str, echo: str) -> None:
    assert parse_query(query).describe() == echo


@pytest.mark.parametrize(
    "query",
    [
        "Backend-Entwickler Berlin, kein PHP, ab 80.000 €",
        "desarrollador backend mínimo 3000",
        "desarrollador backend desde 3000",
        "backend developer kein",
        "Softwareentwickler München mindestens 70000",
    ],
)
def test_foreign_filler_is_never_a_title_word(query: str) -> None:
    title = parse_query(query).title
    assert not {"kein", "ab", "mindestens", "minimo", "mínimo", "desde", "km"} & set(title)


def test_the_radius_is_said_to_be_ignored() -> None:
    notes = parse_query("backend engineer within 30 km of berlin").notes
    assert any('"within 30 km of"' in n for n in notes)


@pytest.mark.parametrize(
    "query", ["senior BE eng golang berlin/remote", "backend engineer us/remote"]
)
def test_no_note_repeats_the_search_garbled(query: str) -> None:
    for note in parse_query(query).notes:
        assert "/remote remote" not in note and "berlin/remote" not in note


ONSITE_BERLIN = posting(
    "onsite", "Senior Backend Engineer", location="Berlin", workplace="onsite", tags=("go",)
)
REMOTE_GERMANY = posting(
    "remote", "Senior Backend Engineer", location="Germany", workplace="remote", tags=("go",)
)


@pytest.mark.parametrize(
    "query",
    [
        "senior BE eng golang berlin/remote",
        "senior backend engineer golang remote/berlin",
        "senior backend engineer golang berlin, remote",
    ],
)
def test_a_city_slash_remote_takes_jobs_in_the_city_and_remote_ones(query: str) -> None:
    # were remote jobs alone: the on-site Berlin job probe25 wanted was dropped
    parsed = parse_query(query)
    bar = threshold_for("normal")
    assert score_posting(parsed, ONSITE_BERLIN).score >= bar
    assert score_posting(parsed, REMOTE_GERMANY).score >= bar
