"""A word fixed from a typo into a skill is said once: "golnag" is read as Go, with no second
note for the "golang" it was fixed to (probe25)."""

from __future__ import annotations

import pytest

from core.matching import parse_query


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("golnag", ('I read "golnag" as Go',)),
        ("golnag developer", ('I read "golnag" as Go',)),
        # Traps: a rewrite typed as such, or beside another typo, is still said.
        ("golang", ('I read "golang" as Go',)),
        ("k8s", ('I read "k8s" as Kubernetes',)),
        ("golnag rn", ('I read "golnag" as Go', 'I read "rn" as registered nurse')),
        ("lawyr", ('I read "lawyr" as attorney',)),
    ],
)
def test_a_typo_read_as_a_skill_is_said_once(text: str, notes: tuple[str, ...]) -> None:
    assert parse_query(text).notes == notes
