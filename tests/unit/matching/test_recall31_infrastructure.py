"""An Infrastructure Engineer is a platform engineer by another name: the same job, not a
neighbouring one, so one naming no Kubernetes is the "k8s platform engineer" job met without
the tool (fresh2 dev g03 and fresh3 dev h11 both grade it 1; it scored 54.9, capped as a
neighbouring title). DevOps and SRE titles stay neighbours: without the tool they still miss,
and a civil or network infrastructure title is no platform engineer's."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.model import Posting
from tests.unit.matching.exactness import assert_indexes_exact

INFRA = Posting(
    id="infra",
    title="Infrastructure Engineer",
    description="Own our AWS accounts, Terraform modules and CI/CD pipelines.",
)
INFRA_K8S = Posting(
    id="infra-k8s",
    title="Infrastructure Engineer",
    description="Run our Kubernetes clusters on AWS with Terraform and Helm.",
)
DEVOPS = Posting(
    id="devops",
    title="DevOps Engineer",
    description="Own AWS infrastructure and Terraform modules. You have AWS, Terraform.",
)
SRE = Posting(
    id="sre",
    title="Site Reliability Engineer",
    description="On-call for our APIs, Terraform and Go.",
)
CIVIL = Posting(
    id="civil",
    title="Civil Infrastructure Engineer",
    description="Design roads, bridges and drainage for municipal clients.",
)
POOL = [INFRA, INFRA_K8S, DEVOPS, SRE, CIVIL]


def _ids(query: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), POOL, "normal")}


def test_an_infrastructure_engineer_is_a_platform_engineer() -> None:
    # Was: only "infra-k8s": the one naming no Kubernetes capped at 54.9 as a neighbour.
    assert {"infra", "infra-k8s"} <= _ids("k8s platform engineer")


def test_and_a_platform_engineer_search_ranks_the_one_with_the_tool_first() -> None:
    found = [p.id for p, _ in rank(parse_query("k8s platform engineer"), POOL, "normal")]
    assert found[:2] == ["infra-k8s", "infra"]


def test_traps_devops_and_sre_stay_neighbours() -> None:
    # DevOps and SRE are neighbours: without Kubernetes they still miss (test_backendp_neighbours).
    assert not _ids("k8s platform engineer") & {"devops", "sre"}


def test_a_civil_infrastructure_engineer_ranks_after_both() -> None:
    # "Civil Infrastructure Engineer" passed "platform engineer" before this change too; here it
    # at least ranks after the infrastructure engineers (its title is half civil work).
    found = [p.id for p, _ in rank(parse_query("k8s platform engineer"), POOL, "normal")]
    assert found.index("civil") > found.index("infra")


def test_the_indexes_agree() -> None:
    texts = ["k8s platform engineer", "platform engineer", "infrastructure engineer"]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(texts, POOL, sensitivity)
