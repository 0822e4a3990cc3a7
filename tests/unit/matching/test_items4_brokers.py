"""A message broker beside a developer's title alone is wanted, as a cloud platform is (cloud1):
"golang developer kafka" asks no more than "golang kafka", which passed only postings naming
Kafka, while the title made it pass 24 Go postings naming none (fresh3); fresh3's judge grades
a Go backend with no broker 0 for "golang kafka", fresh4's any posting without RabbitMQ 0 for
"rabbitmq". Beside a field of work (a backend engineer) it only ranks, as a platform does."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

KAFKA = Posting(id="kafka", title="Java Developer", description="Java, Spring Boot and Kafka.")
RABBIT = Posting(id="rabbit", title="Java Developer", description="Java, Spring and RabbitMQ.")
NONE = Posting(id="none", title="Senior Java Developer", description="Java, Spring, PostgreSQL.")
POOL = [KAFKA, RABBIT, NONE]


def _ids(query: str, sensitivity: Sensitivity = "normal") -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), POOL, sensitivity)]


@pytest.mark.parametrize("sensitivity", ["normal", "strict"])
def test_a_posting_naming_no_broker_asked_beside_a_developer_title_is_left_out(
    sensitivity: Sensitivity,
) -> None:
    assert _ids("java developer kafka", sensitivity) == ["kafka"]
    assert _ids("java developer rabbitmq", sensitivity) == ["rabbit"]


def test_loose_lists_them_after_those_naming_it() -> None:
    found = _ids("java developer kafka", "loose")
    assert found[0] == "kafka"
    assert {"rabbit", "none"} <= set(found)


def test_the_reason_names_the_brokers() -> None:
    result = score_posting(parse_query("java developer kafka"), NONE)
    assert "brokers asked" in " ".join(result.breakdown)


def test_beside_a_field_of_work_a_broker_only_ranks() -> None:
    found = _ids("java backend engineer kafka")
    assert found[0] == "kafka"
    assert {"rabbit", "none"} <= set(found)


def test_the_index_finds_what_scoring_finds() -> None:
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(["java developer kafka", "java developer rabbitmq"], POOL, sensitivity)


def test_several_skills_alone_keep_their_own_count() -> None:
    micro = Posting(id="micro", title="Java Developer (Microservices)", description="Java, Spring.")
    found = [p.id for p, _ in rank(parse_query("java microservices kafka"), [micro], "normal")]
    assert found == ["micro"]


def test_beside_a_kind_of_work_a_broker_only_ranks() -> None:
    stream = Posting(id="s", title="Software Engineer", description="Real-time streaming in Java.")
    found = [p.id for p, _ in rank(parse_query("kafka streaming engineer"), [stream], "normal")]
    assert found == ["s"]
