"""Folding, tokenising, abbreviations, synonyms and skill aliases."""

from __future__ import annotations

import pytest

from core.matching.features import features
from core.matching.vocab import fold, tokens, vocabulary
from core.model import Posting


def words(title: str) -> tuple[str, ...]:
    return features(Posting(id=title, title=title)).title_words


def test_fold_strips_accents_case_and_dashes() -> None:
    assert fold("Développeur Back‑End — Zürich") == "developpeur back-end - zurich"


def test_tokens_keep_symbols_in_skill_names() -> None:
    assert tokens("C#, C++, .NET & Node.js (Sr.)") == ["c#", "c++", ".net", "node.js", "sr"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sr. Back-End Developer (Java/Spring)", ("backend", "developer")),
        ("Software Engineer III – Backend", ("software", "engineer", "backend")),
        ("SDE II, Core Services", ("software", "engineer", "core", "service")),
        ("Snr Front End Engr", ("frontend", "engineer")),
        ("Full-Stack Dev", ("fullstack", "developer")),
        ("Server-side engineer", ("backend", "engineer")),
        ("Site Reliability Engineer", ("sre", "engineer")),
        ("Quality Assurance Analyst", ("qa", "analyst")),
        ("Backend Engineers (m/f/d)", ("backend", "engineer")),
    ],
)
def test_title_abbreviations_and_synonyms(title: str, expected: tuple[str, ...]) -> None:
    assert words(title) == expected


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Sr. Engineer", "senior"),
        ("Software Engineer III", "senior"),
        ("SDE II", "mid"),
        ("Engineer I", "junior"),
        ("Jr Developer", "junior"),
        ("Staff Engineer", "staff"),
        ("Principal Engineer", "principal"),
        ("Software Engineering Intern", "intern"),
        ("Backend Engineer", None),
    ],
)
def test_seniority_from_title(title: str, level: str | None) -> None:
    assert features(Posting(id=title, title=title)).seniority == level


@pytest.mark.parametrize(
    ("alias", "skill"),
    [
        ("k8s", "kubernetes"),
        ("golang", "go"),
        ("postgres", "postgresql"),
        ("js", "javascript"),
        ("ts", "typescript"),
        ("nodejs", "node.js"),
        ("node", "node.js"),
        ("csharp", "c#"),
        ("dotnet", ".net"),
        ("gcp", "gcp"),
        ("amazon web services", "aws"),
        ("mongo", "mongodb"),
        ("spring boot", "spring boot"),
    ],
)
def test_skill_aliases(alias: str, skill: str) -> None:
    items = vocabulary().analyse(tokens(alias))
    assert [(i.kind, i.value) for i in items] == [("skill", skill)]


def test_skills_found_in_title_tags_and_description() -> None:
    posting = Posting(
        id="1",
        title="Backend Engineer (Go)",
        tags=("kubernetes",),
        description="You will use PostgreSQL and Kafka. Go to our site to apply.",
    )
    found = features(posting).skills
    assert found["go"] == 1.0
    assert found["kubernetes"] == 1.0
    assert found["postgresql"] == 0.5
    assert found["kafka"] == 0.5


def test_ambiguous_skill_words_in_descriptions_need_their_spelling() -> None:
    posting = Posting(id="2", title="Engineer", description="Go ahead and apply. We react fast.")
    assert "go" not in features(posting).skills
    assert "react" not in features(posting).skills
    posting = Posting(id="3", title="Engineer", description="We write services in Go and React.")
    assert {"go", "react"} <= features(posting).skills.keys()
