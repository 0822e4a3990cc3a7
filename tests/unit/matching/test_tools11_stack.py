"""A tool named beside a developer's title is the stack asked for (tools11). "backend engineer pg"
passed every backend posting, 47 of them naming no PostgreSQL (fresh2 dev: P 0.63 on that search),
and "frontend react" passed Web Developers naming no React (harness dev). At normal and strict a
posting must name the tool (or a skill standing for it); at loose it still passes, after. The
tools of a field of its own (Spark for a data engineer, Kubernetes for a platform engineer or an
SRE) only rank, as every judged set grades them."""

from __future__ import annotations

from core.matching import parse_query, rank, score_posting
from core.matching.features import features
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact


def _ids(query: str, postings: list[Posting], sensitivity: Sensitivity = "normal") -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), postings, sensitivity)]


BACKEND = [
    Posting(id="pg", title="Backend Engineer", description="Go services on PostgreSQL."),
    Posting(id="none", title="Backend Engineer", description="Go services for our shop."),
    Posting(id="mysql", title="Backend Engineer (Java)", description="Java and MySQL."),
    Posting(id="kafka", title="Backend Engineer", description="Event pipelines on Kafka."),
    Posting(id="micro", title="Backend Engineer", description="We split our microservices."),
]


def test_a_backend_search_naming_a_database_needs_it_named() -> None:
    for sensitivity in ("normal", "strict"):
        assert _ids("backend engineer pg", BACKEND, sensitivity) == ["pg"]
    loose = _ids("backend engineer pg", BACKEND, "loose")
    assert loose[0] == "pg" and {"none", "mysql"} <= set(loose)


def test_the_reasons_say_the_tool_is_needed() -> None:
    result = score_posting(parse_query("backend engineer postgres"), BACKEND[1])
    assert "needs one of: PostgreSQL" in result.reasons
    assert result.score < 55


def test_a_frontend_search_naming_react_leaves_out_a_web_developer_naming_none() -> None:
    postings = [
        Posting(id="web", title="Web Developer", description="HTML, CSS and our CMS."),
        Posting(id="react", title="Frontend Engineer", description="UIs in React."),
        Posting(id="listed", title="Frontend Engineer", description="Requirements: React, CSS."),
    ]
    assert set(_ids("frontend react", postings)) == {"react", "listed"}


def test_an_ambiguous_name_standing_alone_as_a_list_item_is_the_skill() -> None:
    # "React" and "Go" first in a sentence are read only as list items, never as verbs.
    def skills(text: str) -> frozenset[str]:
        return frozenset(features(Posting(id="p", title="Engineer", description=text)).skills)

    assert {"react"} <= skills("Requirements: React, Redux.")
    assert {"go", "postgresql"} <= skills("Stack: Go / PostgreSQL")
    assert not skills("Go to our careers site. React quickly to incidents.") & {"go", "react"}


def test_a_practice_asked_with_a_tool_is_met_by_either() -> None:
    assert set(_ids("kafka microservices engineer", BACKEND)) == {"kafka", "micro"}


def test_the_tools_of_a_field_of_its_own_still_rank() -> None:
    de = Posting(id="de", title="Data Engineer", description="Pipelines in Python.")
    spark = Posting(id="spark", title="Data Engineer", description="Pipelines in Spark.")
    assert _ids("data engineer spark", [de, spark]) == ["spark", "de"]
    plat = Posting(id="plat", title="Platform Engineer", description="Terraform on AWS.")
    assert _ids("k8s platform engineer", [plat]) == ["plat"]


def test_the_index_stays_exact_with_a_developers_tool_asked() -> None:
    texts = [
        "backend engineer pg",
        "remote backend engineer postgres",
        "frontend react",
        "kafka microservices engineer",
        "backend java spring kafka",
        "data engineer spark",
        "k8s platform engineer",
    ]
    pool = [
        *BACKEND,
        Posting(id="fe", title="Frontend Engineer", description="React."),
        Posting(id="web", title="Web Developer", description="HTML and CSS."),
        Posting(id="de", title="Data Engineer", description="Spark pipelines."),
        Posting(id="plat", title="Platform Engineer", description="Terraform."),
    ]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(texts, pool, sensitivity)
