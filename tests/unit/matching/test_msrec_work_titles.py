"""A title naming the practice, not the worker ("Senior Practitioner – Adult Social Work"), is
that practice's worker when the job list knows the worker ("social worker", "youth worker"), and
"Practitioner" alone before it is only the grade: fresh4 dev's "social worker" misses."""

from __future__ import annotations

from core.matching import parse_query, score_posting, threshold_for
from core.matching.features import features
from core.model import Posting


def passes(query: str, title: str, description: str = "") -> bool:
    posting = Posting(id=title, title=title, description=description)
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def head(title: str) -> str | None:
    return features(Posting(id=title, title=title, description="")).head


def test_a_practice_named_in_the_title_is_its_worker() -> None:
    assert passes("social worker", "Senior Practitioner – Adult Social Work")
    assert passes("youth worker", "Senior Practitioner - Youth Work")
    assert head("Adult Social Work") == head("Social Worker")


def test_traps_another_role_or_no_known_worker_stays_itself() -> None:
    # a role noun of its own keeps its role: a lecturer or a manager of social work
    assert head("Lecturer in Social Work") == head("Lecturer")
    assert head("Social Work Team Manager – Children in Care") == head("Team Manager")
    assert not passes("social worker", "Lecturer in Social Work")
    # a nurse practitioner stays a nurse practitioner; remote work is no worker
    assert head("Nurse Practitioner") == head("Practitioner")
    assert not passes("social worker", "Nurse Practitioner – Social Care")
    assert head("Remote Work") is None
    assert head("Paralegal - Remote Work") == head("Paralegal")
    # "Senior Practitioner" of nothing the list knows as a worker stays a practitioner
    assert head("Senior Practitioner – Youth Justice") == head("Practitioner")
