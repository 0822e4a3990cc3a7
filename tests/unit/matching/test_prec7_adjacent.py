"""An adjacent field counted as the searched role (fresh5 dev): a developer search naming the
cloud its code runs on ("dotnet azure developer", "python developer gcp") passed cloud engineers,
who run the cloud rather than write for it. Traps: developers whose title names the cloud, cloud
software engineers, a search naming operations tools, a search for the cloud engineer itself."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact


def _ids(query: str, postings: list[Posting], sensitivity: Sensitivity = "normal") -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), postings, sensitivity)}


AZURE = "Services in C# and .NET on Azure: App Service, Functions, Cosmos DB."
CLOUD = [
    Posting(id="cloud-eng", title="Azure Cloud Engineer", description=AZURE),
    Posting(id="cloud-eng2", title="Cloud Engineer II (GCP)", description="Python and GCP."),
    Posting(id="cloud-support", title="Cloud Support Engineer", description=AZURE),
    Posting(id="dev", title=".NET Developer", description=AZURE),
    Posting(id="cloud-dev", title="Azure Cloud Developer", description=AZURE),
    Posting(id="cloud-swe", title="Cloud Software Engineer", description=AZURE),
    Posting(id="backend", title="Backend Engineer (Python)", description="Python on GCP."),
]


@pytest.mark.parametrize(
    ("query", "wanted", "cloud_ops"),
    [
        ("dotnet azure developer remote", {"dev", "cloud-dev", "cloud-swe"}, {"cloud-eng"}),
        ("python developer gcp", {"backend"}, {"cloud-eng2"}),
        ("azure developer", {"dev", "cloud-dev", "cloud-swe"}, {"cloud-eng", "cloud-support"}),
    ],
)
def test_a_developer_search_naming_a_cloud_leaves_out_cloud_engineers(
    query: str, wanted: set[str], cloud_ops: set[str]
) -> None:
    got = _ids(query, CLOUD)
    assert wanted <= got
    assert not got & cloud_ops


def test_traps_a_search_for_the_cloud_engineer_or_naming_operations_tools_keeps_them() -> None:
    assert {"cloud-eng", "cloud-eng2"} <= _ids("cloud engineer", CLOUD)
    assert "cloud-eng" in _ids("azure cloud engineer", CLOUD)
    terraform = [
        Posting(id="ops", title="Cloud Engineer", description="Terraform and Kubernetes on AWS.")
    ]
    assert _ids("developer terraform kubernetes", terraform) == {"ops"}


@pytest.mark.parametrize("sensitivity", ["normal", "loose"])
def test_the_indexes_stay_exact(sensitivity: Sensitivity) -> None:
    queries = [
        "dotnet azure developer remote",
        "python developer gcp",
        "azure developer",
        "cloud engineer",
        "developer terraform kubernetes",
    ]
    assert_indexes_exact(queries, CLOUD, sensitivity)
