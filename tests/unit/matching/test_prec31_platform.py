"""A platform engineer search is no ML platform (MLOps) search: fresh2 and fresh3 grade an "ML
Platform Engineer" or "MLOps Engineer" 0 for one (the holdout's judge 1: tests/eval/CONVENTIONS.md),
while a Platform, Infrastructure or DevOps Engineer stays, and an MLOps search still finds them."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

K8S = "Run our Kubernetes clusters, Terraform and Helm; on-call for the platform."
ML = "Kubernetes and Kubeflow for model training and serving; feature store; MLflow."

POOL = [
    Posting(id="plat", title="Platform Engineer", description=K8S),
    Posting(id="infra", title="Infrastructure Engineer (Kubernetes)", description=K8S),
    Posting(id="devops", title="DevOps Engineer", description=K8S),
    Posting(id="mlplat", title="ML Platform Engineer", description=ML),
    Posting(id="mlops", title="MLOps Engineer", description=ML),
    Posting(id="mlpl2", title="Senior Machine Learning Platform Engineer", description=ML),
    Posting(id="cook", title="Line Cook", description="Grill and prep."),
]


def _found(search: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(search), POOL, "normal")}


@pytest.mark.parametrize(
    "search", ["kubernetes platform engineer", "k8s platform engineer", "platform engineer"]
)
def test_a_platform_search_leaves_ml_platform_titles_out(search: str) -> None:
    found = _found(search)
    assert {"plat", "infra", "devops"} <= found  # the true matches stay
    assert not found & {"mlplat", "mlops", "mlpl2", "cook"}


@pytest.mark.parametrize("search", ["mlops engineer", "ml platform engineer"])
def test_an_mlops_search_still_finds_them(search: str) -> None:
    assert {"mlplat", "mlops", "mlpl2"} <= _found(search)
