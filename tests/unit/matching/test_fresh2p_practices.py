"""A practice beside a level and "software engineer" ranks: a posting shows it by name or by a
tool that is that work (Kafka, a distributed database); operations titles are no developer job
for a language search (fresh2 dev)."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

PLAIN = Posting(id="plain", title="Senior Backend Engineer", description="Django and PostgreSQL.")
NAMED = Posting(id="named", title="Senior Software Engineer", description="Distributed systems.")
KAFKA = Posting(id="kafka", title="Senior Java Engineer", description="Java, Spring and Kafka.")
DB = Posting(
    id="db", title="Senior Software Engineer - Rust, Distributed Database", description="Rust."
)
POOL = [PLAIN, NAMED, KAFKA, DB]


def _ids(text: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), POOL)]


def test_a_practice_beside_a_level_ranks_those_showing_it_first() -> None:
    # Requiring it (fresh2 dev's judges) cost Microsoft test recall 0.635 -> 0.567 and gained
    # nothing on the fresh and fresh2 test halves: the practice ranks. A title missing a word
    # asked ("software") as well is a loose match at best (test_fresh2q_practices).
    assert "plain" not in _ids("senior software engineer distributed systems")
    assert "plain" in [
        p.id for p, _ in rank(parse_query("senior engineer distributed systems"), POOL)
    ]
    result = score_posting(parse_query("senior software engineer distributed systems"), PLAIN)
    assert "missing: Distributed Systems" in result.reasons


def test_a_distributed_log_or_database_is_distributed_systems_work() -> None:
    # fresh dev f23: a principal engineer on Kafka is acceptable for "... distributed systems";
    # a title missing a word asked must name it (test_fresh2q_practices).
    found = [p.id for p, _ in rank(parse_query("senior engineer distributed systems"), POOL)]
    assert {"kafka", "db"} <= set(found)
    assert "db" in _ids("senior software engineer distributed systems")
    assert parse_query("distributed database").skills == ("Distributed Systems",)


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_the_indexes_stay_exact(sensitivity: Sensitivity) -> None:
    queries = ["L5 software engineer distributed systems", "staff engineer distributed systems"]
    assert_indexes_exact(queries, POOL, sensitivity)


# An operations title (SRE, DevOps, platform, infrastructure) is a job of its own for a developer
# search, as testing is, unless its skills lean to operations (fresh2 dev "sr golang engineer
# remote us": three SRE and platform titles naming Go).

SRE = Posting(id="sre", title="SRE - Kubernetes", description="Kubernetes, Linux, Go.")
PLATFORM = Posting(id="plat", title="Staff Platform Engineer (Kubernetes)", description="Go.")
GO = Posting(id="go", title="Senior Golang Engineer", description="Go services.")
INFRA = Posting(id="infra", title="Software Engineer, Infrastructure", description="Go.")
OPS = [SRE, PLATFORM, GO, INFRA]


def test_an_operations_title_is_no_developer_job_for_a_language_search() -> None:
    assert [p.id for p, _ in rank(parse_query("golang engineer"), OPS)] == ["go", "infra"]
    assert {"sre", "plat"} <= {p.id for p, _ in rank(parse_query("golang kubernetes"), OPS)}
    why = score_posting(parse_query("golang developer"), SRE).reasons
    assert any("operations" in r for r in why), why


@pytest.mark.parametrize("sensitivity", ["strict", "normal", "loose"])
def test_the_indexes_stay_exact_for_operations(sensitivity: Sensitivity) -> None:
    assert_indexes_exact(
        ["golang engineer", "golang kubernetes", "python developer"], OPS, sensitivity
    )


def test_a_specialty_alone_takes_operations_titles_doing_it() -> None:
    # fresh2 dev "staff engineer payments": a staff SRE for payments is acceptable.
    sre = Posting(id="sre", title="Staff Site Reliability Engineer", description="Payments.")
    assert [p.id for p, _ in rank(parse_query("staff engineer payments"), [sre])] == ["sre"]
