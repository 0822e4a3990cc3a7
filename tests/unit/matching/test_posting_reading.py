"""Reading a posting once: the memo of title parts reads as a fresh reading, and stays bounded."""

from __future__ import annotations

import re

import pytest

from core.matching import features as F
from core.model import Posting

# Titles sharing parts: the same part read with and without a season term (" spring"), a part a
# title of no role noun turns into its field's role noun ("Student Trainee (Engineering)").
TITLES = [
    "Office Intern, Spring",
    "Java Developer, Spring",
    "Student Trainee (Engineering)",
    "Engineering Technician (Engineering)",
    "Civil/Mechanical Engineer",
    "Supervisory IT Specialist (INFOSEC/NETWORK)",
    "IT Specialist (INFOSEC/NETWORK)",
    "Senior II Software Engineer - Backend & Platform",
    "Forestry Technician (Fire)",
    "Registered Nurse - OR",
]


def _fresh(title: str) -> F.Features:
    """A title's features read with every memo of the posting side empty."""
    F._title_read.cache_clear()
    F._read_part.cache_clear()
    return F.analyse(Posting(id="fresh", title=title))


def test_a_title_reads_the_same_with_its_parts_remembered() -> None:
    fresh = {title: _fresh(title) for title in TITLES}
    F._title_read.cache_clear()
    F._read_part.cache_clear()
    for _ in range(2):  # the second round reads every part from the memo
        for title in TITLES:
            F._title_read.cache_clear()  # the title is read again, its parts remembered
            assert F.analyse(Posting(id="fresh", title=title)) == fresh[title], title
    assert F._read_part.cache_info().hits


def test_a_season_is_read_as_the_season_only_beside_an_internship() -> None:
    F._read_part.cache_clear()
    assert "spring" not in F.analyse(Posting(id="1", title="Office Intern, Spring")).title_skills
    assert "spring" in F.analyse(Posting(id="2", title="Java Developer, Spring")).title_skills


def test_the_part_memo_is_bounded() -> None:
    limit = F._read_part.cache_info().maxsize
    assert limit is not None and 0 < limit <= 16384
    F._read_part.cache_clear()
    for i in range(limit + 10):
        F._read_part(f"analyst {i}", False)
    assert F._read_part.cache_info().currsize == limit


# The pattern as it was, searched from every position of a part: quadratic in a long word.
_EVERYWHERE = re.compile(r"([a-z0-9+#.]+)(?:\s*[/&]|\s+and\s)")


@pytest.mark.parametrize(
    "part",
    [
        "civil/mechanical engineer",
        "c++/c# developer",
        "r&d scientist",
        "research and development",
        "sales and marketing and support",
        "brand ambassador",
        "node.js / react engineer",
        "supervisory information technology specialist",
        "",
    ],
)
def test_words_before_a_slash_are_those_found_from_every_position(part: str) -> None:
    assert F._slashed_words(part) == {m.group(1) for m in _EVERYWHERE.finditer(part)}


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://WWW.USAJOBS.GOV/job/123", "US"),
        ("https://www.usajobs.gov/job/123", "US"),
        ("https://example.com/usajobs/123", ""),
        ("https://example.com/job/123", ""),
        ("", ""),
    ],
)
def test_a_usajobs_posting_stating_no_place_is_in_the_us(url: str, country: str) -> None:
    assert F.analyse(Posting(id=url, title="Program Analyst", url=url)).country == country
