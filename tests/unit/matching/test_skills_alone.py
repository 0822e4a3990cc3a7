"""Searches of skills alone ("kafka", "golang k8s"): a tool the description names counts as a
language there, so real postings, untagged, are found at the normal sensitivity."""

from core.matching import parse_query, rank
from core.model import Posting, Sensitivity

EVENTS = Posting(
    id="a",
    title="Senior Software Engineer",
    description="You will build event pipelines on Kafka and Java services in Azure.",
)
DATA = Posting(id="b", title="Data Engineer", description="Kafka, Spark and Python.")


def found(
    text: str, postings: list[Posting], sensitivity: Sensitivity = "normal"
) -> dict[str, float]:
    return {p.id: r.score for p, r in rank(parse_query(text), postings, sensitivity)}


def test_a_tool_named_only_in_the_description_is_a_normal_match_for_the_tool_alone() -> None:
    assert found("kafka", [EVENTS, DATA]) == {"a": 80.0}
    assert found("azure", [EVENTS, DATA]) == {"a": 80.0}
    assert found("kafka", [EVENTS, DATA], "strict") == {"a": 80.0}


def test_kafka_alone_still_looks_for_developers_spark_for_data_work_too() -> None:
    """Kafka is backend work on the real postings (59 of 66 engineering titles naming it are
    software or backend ones, 5 data ones); Spark leans to data (15 of 27)."""
    assert "b" not in found("kafka", [DATA], "loose")
    assert found("kafka spark", [EVENTS, DATA]) == {"b": 80.0}


def test_a_search_of_a_language_and_a_tool_ranks_both_named_first_and_the_tool_missing_out() -> (
    None
):
    go = Posting(id="c", title="Go Developer", description="Go services on Kubernetes.")
    both = Posting(id="d", title="Software Engineer", description="We use Go and Kubernetes.")
    go_only = Posting(id="e", title="Software Engineer", description="We use Go.")
    k8s_only = Posting(id="f", title="Platform Engineer", description="Kubernetes clusters.")
    ranked = rank(parse_query("golang k8s"), [k8s_only, go_only, both, go], "normal")
    assert [(p.id, r.score) for p, r in ranked] == [("c", 90.0), ("d", 80.0)]
    assert found("golang k8s", [go_only, k8s_only], "loose") == {"e": 40.0}


def test_a_title_beside_the_tool_keeps_the_descriptions_half_credit() -> None:
    titled = found("backend engineer kafka", [EVENTS], "loose")
    alone = found("kafka", [EVENTS], "loose")
    assert alone["a"] == 80.0 and titled.get("a", 0.0) < 80.0
