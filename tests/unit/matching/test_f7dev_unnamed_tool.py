"""A developer's search named by a tool ("sql developer") is another job when the posting's
title names only other tools and the posting never names the asked one, meeting it only through a
tool that satisfies it (issue 14, f7dev: fresh7 dev "sql developer uk" passed every UK Java,
Python and .NET developer whose text said PostgreSQL, Oracle or SQL Server). Such a title is
lowered as a rival language's is; a posting naming the asked tool anywhere, or whose title names
a tool that satisfies it, keeps its place."""

from __future__ import annotations

from core.matching import parse_query, rank, score_posting
from core.model import Posting
from tests.unit.matching.exactness import assert_indexes_exact

JAVA = Posting(
    id="java",
    title="Java Developer",
    description="Spring Boot services on Oracle for a trading desk.",
)
NET = Posting(
    id="net",
    title="Senior .NET Developer (C#)",
    description="APIs in C# on SQL Server and Azure.",
)
SQL = Posting(id="sql", title="SQL Developer", description="T-SQL stored procedures, SSIS.")
NAMED = Posting(
    id="named",
    title="Java Developer",
    description="Write complex SQL queries and tune them on PostgreSQL.",
)
TITLED = Posting(id="titled", title="Python Developer – PostgreSQL", description="FastAPI.")
PLAIN = Posting(id="plain", title="Developer", description="Reports on our PostgreSQL database.")
POOL = [JAVA, NET, SQL, NAMED, TITLED, PLAIN]


def _ids(query: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(query), POOL, "normal")}


def test_a_title_of_other_tools_meeting_the_asked_one_only_by_another_is_left_out() -> None:
    found = _ids("sql developer")
    assert "sql" in found
    assert not {"java", "net"} & found


def test_traps_a_posting_naming_the_tool_or_titled_by_a_satisfier_stays() -> None:
    found = _ids("sql developer")
    assert {"named", "titled", "plain"} <= found
    # the asked tool named by its satisfier in the title: a .NET search keeps a C# title
    assert "net" in _ids(".net developer")


def test_the_breakdown_says_why_and_the_index_is_exact() -> None:
    breakdown = " ".join(score_posting(parse_query("sql developer"), JAVA).breakdown)
    assert "the posting never names your tools, only ones meeting them" in breakdown
    for sensitivity in ("strict", "normal", "loose"):
        assert_indexes_exact(["sql developer", ".net developer"], POOL, sensitivity)


def test_trap_another_asked_tool_named_in_the_text_is_no_such_case() -> None:
    # "Java Developer" naming Docker in its text meets "docker sql developer" by name
    docker = Posting(id="docker", title="Java Developer", description="Docker images on Oracle.")
    note = "the posting never names your tools, only ones meeting them"
    assert note in " ".join(score_posting(parse_query("sql developer"), docker).breakdown)
    assert note not in " ".join(
        score_posting(parse_query("docker sql developer"), docker).breakdown
    )
