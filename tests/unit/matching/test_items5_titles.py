"""Titles outside software: unit alternatives, UK/US names, house styles, places inside nouns."""

from __future__ import annotations

import pytest

from core.matching import parse_query
from tests.unit.matching.found import found, posting


def score(search: str, title: str) -> float:
    from core.matching import score_posting

    return score_posting(parse_query(search), posting(title)).score


@pytest.mark.parametrize(
    "search", ["icu or step-down nurse", "step-down or icu nurse", "icu or stepdown nurse"]
)
def test_a_unit_or_another_unit_keeps_both_units(search: str) -> None:
    query = parse_query(search)
    echo = query.describe()
    assert "ICU" in echo and "Step-Down" in echo, echo
    assert found(search, posting("ICU Nurse"))
    assert found(search, posting("Step-Down Nurse"))
    assert found(search, posting("Progressive Care Unit RN"))


def test_a_step_down_nurse_alone_is_not_an_icu_nurse() -> None:
    assert found("step-down nurse", posting("Step-Down Nurse"))
    assert not found("step-down nurse", posting("ICU Nurse"))
    assert not found("icu nurse", posting("Step-Down Nurse"))  # fresh4 grades step-down 0


@pytest.mark.parametrize(
    ("search", "house", "plain"),
    [
        ("maths teacher", "Teacher of Mathematics", "Maths Teacher"),
        ("english teacher", "Teacher of English", "English Teacher"),
        ("law lecturer", "Lecturer in Law", "Law Lecturer"),
        ("history professor", "Professor of History", "History Professor"),
    ],
)
def test_the_uk_house_style_scores_as_the_plain_title(search: str, house: str, plain: str) -> None:
    assert score(search, house) >= score(search, plain)
    assert found(search, posting(house))


def test_a_teacher_of_another_subject_stays_out() -> None:
    assert not found("maths teacher", posting("Teacher of English"))


@pytest.mark.parametrize(
    "title", ["Radiation Therapist", "Therapeutic Radiographer", "Band 5 Therapeutic Radiographer"]
)
def test_a_therapeutic_radiographer_is_a_radiation_therapist(title: str) -> None:
    assert found("therapeutic radiographer", posting(title))
    assert found("radiation therapist", posting(title))


def test_a_diagnostic_radiographer_is_no_radiation_therapist() -> None:
    assert not found("therapeutic radiographer", posting("Diagnostic Radiographer"))
    assert not found("diagnostic radiographer", posting("Therapeutic Radiographer"))
    assert not found("diagnostic radiographer", posting("Radiation Therapist"))


@pytest.mark.parametrize(
    "title", ["Scrub Nurse", "Perioperative Nurse", "Operating Room Nurse", "Theatre Nurse"]
)
def test_a_theatre_nurse_is_a_scrub_or_perioperative_nurse(title: str) -> None:
    assert found("theatre nurse", posting(title))


@pytest.mark.parametrize("title", ["ICU Nurse", "Nurse", "Floor Scrubber", "Medical Assistant"])
def test_a_theatre_nurse_is_no_other_nurse(title: str) -> None:
    assert not found("theatre nurse", posting(title))


def test_a_place_word_in_a_noun_before_the_title_is_no_place() -> None:
    query = parse_query("yorkshire terrier groomer")
    assert query.locations == ()
    assert query.title[-1] == "groomer" and "in Yorkshire" not in query.describe()
    assert found("yorkshire terrier groomer", posting("Dog Groomer"))


@pytest.mark.parametrize(
    ("search", "place"),
    [
        ("london teacher", "london"),
        ("london bus driver", "london"),
        ("dog groomer yorkshire", "yorkshire"),
        ("yorkshire dog groomer", "yorkshire"),
        ("python london enginer manager", "london"),  # a typo of a title word is the job's
    ],
)
def test_a_place_before_a_title_stays_a_place(search: str, place: str) -> None:
    assert parse_query(search).locations == (place,)


@pytest.mark.parametrize(
    ("search", "kind"),
    [
        ("nurse yorkshire", "a region of the United Kingdom"),
        ("nurse north west england", "a region of the United Kingdom"),
        ("backend socal", "a region of California"),
    ],
)
def test_a_region_is_named_a_region(search: str, kind: str) -> None:
    notes = " ".join(parse_query(search).notes)
    assert kind in notes and "metro area" not in notes, notes


@pytest.mark.parametrize("search", ["backend bay area", "nurse greater manchester", "dev nyc"])
def test_a_metro_area_stays_a_metro_area(search: str) -> None:
    assert "a metro area" in " ".join(parse_query(search).notes)


@pytest.mark.parametrize("title", ["Case Worker", "Care Worker", "Support Worker"])
def test_a_social_worker_is_no_other_worker(title: str) -> None:
    assert not found("social worker", posting(title))
