"""A full-stack role for a backend search of a language: acceptable (below a backend role) when
its posting shows a server side ("Software Engineer II – Full Stack" on Node.js for "node.js
backend developer", "Full Stack Engineer (Java/React)" for "javascript backend"), wherever its
title says full stack; not when it shows none (React and Tailwind alone). The judges of every
fresh set grade full-stack 1 for a backend search; fresh2's and fresh5's whatever its server's
language ("ts backend engineer", "js backend engineer"), fresh3's only on Node.js."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank, score_posting, threshold_for
from core.model import Posting
from tests.unit.matching.exactness import assert_indexes_exact


def _post(pid: str, title: str, text: str) -> Posting:
    return Posting(
        id=pid, title=title, description=text, location="Remote (US)", workplace="remote"
    )


NODE_DASH = _post(
    "node-dash",
    "Software Engineer II – Full Stack",
    "Work across React and Node on AWS. 3+ years with TypeScript. Hands-on experience with"
    " React. Hands-on experience with Node.js.",
)
NODE_COMMA = _post(
    "node-comma",
    "Software Engineer, Full Stack (Payments)",
    "TypeScript, React and Node.js services on PostgreSQL.",
)
REACT_ONLY = _post(
    "react-only",
    "Full Stack Engineer",
    "Build our web app with React, TypeScript and Tailwind. Storybook and Figma.",
)
DOTNET = _post(
    "dotnet", "Full Stack Engineer (C#/.NET + React)", "C#, ASP.NET Core, React and JavaScript."
)
JAVA = _post("java", "Full Stack Engineer", "Java and Spring Boot, React, TypeScript, PostgreSQL.")
PYTHON = _post("python", "Full Stack Engineer (Python/React)", "Python, Django, React, JavaScript.")
BACKEND = _post("backend", "Node.js Backend Engineer", "Node.js, TypeScript, PostgreSQL, Kafka.")
POOL = [NODE_DASH, NODE_COMMA, REACT_ONLY, DOTNET, JAVA, PYTHON, BACKEND]


def _found(query: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), POOL, "normal")]


@pytest.mark.parametrize(
    "query", ["node.js backend developer", "javascript backend engineer", "ts backend engineer"]
)
def test_a_full_stack_role_on_the_server_language_asked_is_a_lower_match(query: str) -> None:
    found = _found(query)
    assert found[0] == "backend"
    assert {"node-dash", "node-comma"} <= set(found)


@pytest.mark.parametrize("query", ["javascript backend engineer", "ts backend engineer"])
def test_a_full_stack_role_showing_no_server_side_is_no_match(query: str) -> None:
    found = _found(query)
    assert "react-only" not in found
    assert "java" in found
    assert found.index("backend") < found.index("java")


def test_a_full_stack_role_naming_another_language_in_its_title_stays_a_rival() -> None:
    assert not {"react-only", "dotnet", "python"} & set(_found("javascript backend engineer"))


def test_a_full_stack_role_on_the_server_language_asked_by_name() -> None:
    assert "python" in _found("python backend developer")
    assert "java" in _found("java backend engineer")
    assert "react-only" not in _found("java backend engineer")
    assert "dotnet" in _found("c# backend developer")


def test_the_reason_says_whose_server_side_it_is() -> None:
    found = score_posting(parse_query("javascript backend engineer"), REACT_ONLY)
    assert found.score < threshold_for("normal")
    assert any("no server side" in r for r in found.breakdown)


def test_the_index_finds_what_scoring_finds() -> None:
    queries = ["javascript backend engineer", "node.js backend developer", "python backend"]
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(queries, POOL, sensitivity)
