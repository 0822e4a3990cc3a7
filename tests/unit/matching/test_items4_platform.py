"""A text naming platform engineering work ("internal developer platform", "platform
engineering") shows it for a title naming the platform only as its team ("Go Engineer,
Platform"); a product's platform ("payments platform") shows none."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.model import Posting

IDP = Posting(
    id="idp",
    title="Go Engineer, Platform",
    description="Build the internal developer platform. Go, Kubernetes, Terraform and AWS.",
)
ENGINEERING = Posting(
    id="eng",
    title="Software Engineer, Platform",
    description="Our platform engineering team runs Kubernetes for every product team.",
)
TEAM = Posting(
    id="team",
    title="Go Engineer, Platform",
    description="Go services for our checkout; we deploy on Kubernetes.",
)
PAYMENTS = Posting(
    id="pay",
    title="Software Engineer, Payments Platform",
    description="Build the payments platform in Go on Kubernetes.",
)


def test_text_naming_platform_engineering_shows_the_work() -> None:
    found = [
        p.id
        for p, _ in rank(
            parse_query("kubernetes platform engineer"),
            [IDP, ENGINEERING, TEAM, PAYMENTS],
            "normal",
        )
    ]
    assert set(found) == {"idp", "eng"}
