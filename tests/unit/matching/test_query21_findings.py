"""A new user's reading defects on the bundled sample: a data engineer naming the specialty
asked, common English words read as small cities, domains read from the company, pay floors
met in part, foreign titles' notes and nonsense places, pay and shell words."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching import found as probe
from tests.unit.matching.exactness import assert_indexes_exact

STREAMING = probe.posting(
    "Senior Data Engineer – Streaming (Kafka, Flink)",
    "Build real-time pipelines with Kafka Streams and Apache Flink in Java.",
    ("data engineering", "kafka", "flink", "java"),
)


@pytest.mark.parametrize(
    "search", ["streaming kafka engineer", "kafka streaming", "streaming engineer"]
)
def test_a_data_engineer_naming_the_specialty_asked_is_that_engineer(search: str) -> None:
    assert probe.found(search, STREAMING)  # was: "not a developer role (eng)", score 0


def test_a_data_engineer_naming_no_specialty_asked_stays_another_job() -> None:
    data = probe.posting("Data Engineer", "Spark and Airflow pipelines.", ("spark",))
    assert not probe.found("payments engineer", data)
    assert not probe.found("golang", data)


def test_the_streaming_posting_of_the_sample_ranks_first() -> None:
    pool = sample_postings()
    for search in ("streaming kafka engineer", "kafka streaming", "streaming engineer"):
        ranked = rank(parse_query(search), pool, "normal")
        assert ranked and ranked[0][0].id == "sample:0168", search


@pytest.mark.parametrize(
    "search",
    ["senior backend engineer strong python", "nurse with strong communication"],
)
def test_strong_is_no_misspelt_city(search: str) -> None:
    query = parse_query(search)  # was: in Sorong, "a city in Indonesia"
    assert not query.locations and not any("Sorong" in n for n in query.notes)


def test_no_common_english_word_is_read_as_a_misspelt_place() -> None:
    from core.matching.query.places import VERY_COMMON, common_words

    misread = []
    for word, zipf in common_words().items():
        if zipf < VERY_COMMON:
            continue
        query = parse_query(f"nurse {word}")
        if [p for p in query.locations if p.replace(" ", "") != word]:
            misread.append((word, query.locations))
    assert not misread  # was 600 or so: working Woking, settle Seattle, texts Texas…


@pytest.mark.parametrize(
    ("search", "place"),
    [
        ("nurse berlin", "berlin"),
        ("nurse olso", "oslo"),
        ("nurse lodnon", "london"),
        ("nurse huston", "houston"),  # less common as a word, a big city
        ("nurse in paris", "paris"),
    ],
)
def test_places_and_their_typos_are_still_read(search: str, place: str) -> None:
    assert parse_query(search).locations == (place,)
