"""A cloud platform or container orchestrator named beside a job is wanted, as a sector is
(issue 14, cloud1): "python developer gcp" passed 28 Python developers naming no GCP of 33 (fresh5
dev, P 0.12), "golang engineer kubernetes" Go engineers with no Kubernetes, "dotnet azure
developer remote" a ".NET Developer - AWS" (fresh3, fresh4, fresh5 judges grade them 0). A posting
naming the platform nowhere (title or text, or a managed service of it) is a loose match: listed
at loose, after; left out at normal and strict, and counted."""

from __future__ import annotations

import pytest

from core.matching import PostingIndex, parse_query, rank, score_posting
from core.matching.scoring import UNNAMED
from core.matching.silent import left_out, note
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

GCP = Posting(id="gcp", title="Python Developer", description="Services on GCP and BigQuery.")
GKE = Posting(id="gke", title="Python Developer", description="We run Python services on GKE.")
AWS = Posting(id="aws", title="Python Developer", description="Python services on AWS Lambda.")
NONE = Posting(id="none", title="Senior Python Developer", description="Django and PostgreSQL.")
GO_K8S = Posting(id="gok8s", title="Golang Engineer", description="Go services on Kubernetes.")
GO = Posting(id="go", title="Golang Engineer", description="Go services, PostgreSQL, Redis.")
NET_AWS = Posting(id="netaws", title="Senior .NET Developer - AWS", description="C# on AWS.")
NET_AZ = Posting(id="netaz", title=".NET Developer", description="C# and Azure Functions.")
POOL = [GCP, GKE, AWS, NONE, GO_K8S, GO, NET_AWS, NET_AZ]


def _ids(query: str, sensitivity: Sensitivity = "normal") -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), POOL, sensitivity)]


@pytest.mark.parametrize("sensitivity", ["normal", "strict"])
def test_a_posting_naming_no_platform_asked_is_left_out(sensitivity: Sensitivity) -> None:
    assert set(_ids("python developer gcp", sensitivity)) == {"gcp", "gke"}
    assert _ids("golang engineer kubernetes", sensitivity) == ["gok8s"]
    assert _ids("dotnet azure developer", sensitivity) == ["netaz"]


def test_loose_lists_them_after_those_naming_it() -> None:
    ids = _ids("python developer gcp", "loose")
    assert set(ids[:2]) == {"gcp", "gke"}
    assert {"aws", "none"} <= set(ids[2:])


def test_the_postings_left_out_are_counted_and_said() -> None:
    index = PostingIndex()
    for posting in POOL:
        index.put(posting)
    query = parse_query("python developer gcp")
    for sensitivity in ("normal", "strict"):
        assert set(left_out(query, POOL, sensitivity)) == {"aws", "none"}
        assert {p.id for p in index.left_out(query, sensitivity)} == {"aws", "none"}
    assert note(query, 2, "/sensitivity 1 loose") == (
        "2 more developer jobs don't mention GCP — /sensitivity 1 loose shows them."
    )


def test_the_indexes_stay_exact_with_a_platform_asked() -> None:
    texts = [
        "python developer gcp",
        "golang engineer kubernetes",
        "dotnet azure developer remote",
        "aws or gcp python developer",
        "kubernetes",
        "gcp",
        "k8s platform engineer",
        "sde ii aws",
    ]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(texts, POOL, sensitivity)


def test_the_breakdown_says_why() -> None:
    result = score_posting(parse_query("python developer gcp"), NONE)
    assert result.score <= UNNAMED
    assert "names none of the platforms asked, a loose match" in " ".join(result.breakdown)


def test_beside_an_infrastructure_job_a_platform_only_ranks() -> None:
    """fresh2 and fresh3 dev grade a Platform Engineer or DevOps Engineer naming no Kubernetes
    or AWS relevant to "k8s platform engineer", "devops engineer aws terraform"."""
    platform = Posting(id="platform", title="Platform Engineer", description="Terraform, CI/CD.")
    devops = Posting(id="devops", title="DevOps Engineer", description="Terraform and Jenkins.")
    found = rank(parse_query("k8s platform engineer"), [platform], "normal")
    assert [p.id for p, _ in found] == ["platform"]
    found = rank(parse_query("devops engineer aws terraform"), [devops], "normal")
    assert [p.id for p, _ in found] == ["devops"]
    assert not left_out(parse_query("k8s platform engineer"), [platform], "normal")
