"""For the probe findings' tests: a posting of a few fields, and whether a search lists it."""

from __future__ import annotations

from core.matching import parse_query, score_posting
from core.matching.scoring import threshold_for
from core.model import Posting


def posting(
    title: str, description: str = "", tags: tuple[str, ...] = (), company: str = ""
) -> Posting:
    """A posting with these fields, its title as its id."""
    return Posting(id=title, title=title, description=description, tags=tags, company=company)


def found(search: str, posting: Posting) -> bool:
    """Whether a search at normal sensitivity lists the posting."""
    result = score_posting(parse_query(search), posting)
    return result.passed and result.score >= threshold_for("normal")
