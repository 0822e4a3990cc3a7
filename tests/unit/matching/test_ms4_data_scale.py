"""Data at the scale of petabytes is data work (issue 14, ms4): Microsoft's commerce "Software
Engineer" processing petabytes of usage with big data missed "data engineer", though big data
beside another cue of data work counts."""

from __future__ import annotations

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting

COMMERCE = (
    "We deliver the backbone of Microsoft's ability to financially transact with customers. We "
    "use big data to process petabytes of usage and transactions every day, and leverage machine "
    "learning and business intelligence. Build and run services in C# on Azure."
)
STORAGE = (
    "Our storage service holds petabytes of customer files. Build the APIs, microservices and "
    "distributed storage behind it in C# on Azure."
)


def _passes(query: str, title: str, text: str) -> bool:
    result = score_posting(parse_query(query), Posting(id="p", title=title, description=text))
    return result.passed and result.score >= threshold_for("normal")


def test_big_data_on_petabytes_is_data_work() -> None:
    assert _passes("data engineer", "Software Engineer", COMMERCE)


def test_petabytes_alone_are_no_data_work() -> None:
    # a storage service's size, its work backend: one cue of data is a mention
    assert not _passes("data engineer", "Software Engineer", STORAGE)
    assert _passes("backend engineer", "Software Engineer", STORAGE)
